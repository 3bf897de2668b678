from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.set_member_subject_update_links import SetMemberSubjectUpdateLinks


T = TypeVar("T", bound="SetMemberSubjectUpdate")


@_attrs_define
class SetMemberSubjectUpdate:
    """Writable fields of an existing set member subject. Unknown keys are answered with 422."""

    priority: float | Unset = UNSET
    links: SetMemberSubjectUpdateLinks | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        priority = self.priority

        links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = self.links.to_dict()

        field_dict: dict[str, Any] = {}

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

        return set_member_subject_update
