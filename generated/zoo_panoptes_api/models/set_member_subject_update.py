from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.set_member_subject_update_links import SetMemberSubjectUpdateLinks


T = TypeVar("T", bound="SetMemberSubjectUpdate")


@_attrs_define
class SetMemberSubjectUpdate:
    """Writable fields of an existing set member subject. Unknown keys are answered with 422."""

    priority: float | Unset = UNSET
    links: SetMemberSubjectUpdateLinks | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        priority = self.priority

        links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = self.links.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if priority is not UNSET:
            field_dict["priority"] = priority
        if links is not UNSET:
            field_dict["links"] = links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.set_member_subject_update_links import SetMemberSubjectUpdateLinks  # noqa: PLC0415

        d = dict(src_dict)
        priority = d.pop("priority", UNSET)

        _links = d.pop("links", UNSET)
        links: SetMemberSubjectUpdateLinks | Unset
        if isinstance(_links, Unset):
            links = UNSET
        else:
            links = SetMemberSubjectUpdateLinks.from_dict(_links)

        set_member_subject_update = cls(
            priority=priority,
            links=links,
        )

        set_member_subject_update.additional_properties = d
        return set_member_subject_update

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
