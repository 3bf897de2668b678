from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.set_member_subject_create_links import SetMemberSubjectCreateLinks


T = TypeVar("T", bound="SetMemberSubjectCreate")


@_attrs_define
class SetMemberSubjectCreate:
    """Writable fields of a new set member subject. Unknown keys are answered with 422."""

    links: SetMemberSubjectCreateLinks
    priority: float | Unset = UNSET
    """ Server default null. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        links = self.links.to_dict()

        priority = self.priority

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "links": links,
            }
        )
        if priority is not UNSET:
            field_dict["priority"] = priority

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.set_member_subject_create_links import SetMemberSubjectCreateLinks  # noqa: PLC0415

        d = dict(src_dict)
        links = SetMemberSubjectCreateLinks.from_dict(d.pop("links"))

        priority = d.pop("priority", UNSET)

        set_member_subject_create = cls(
            links=links,
            priority=priority,
        )

        set_member_subject_create.additional_properties = d
        return set_member_subject_create

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
