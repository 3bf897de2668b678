from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

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

    def to_dict(self) -> dict[str, Any]:
        links = self.links.to_dict()

        priority = self.priority

        field_dict: dict[str, Any] = {}

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

        return set_member_subject_create
