from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SetMemberSubjectCreateLinks")


@_attrs_define
class SetMemberSubjectCreateLinks:
    subject: str
    """ Panoptes ids are always serialized as strings of digits. """
    subject_set: str
    """ Panoptes ids are always serialized as strings of digits. """
    retired_workflows: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        subject = self.subject

        subject_set = self.subject_set

        retired_workflows: list[str] | Unset = UNSET
        if not isinstance(self.retired_workflows, Unset):
            retired_workflows = self.retired_workflows

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "subject": subject,
                "subject_set": subject_set,
            }
        )
        if retired_workflows is not UNSET:
            field_dict["retired_workflows"] = retired_workflows

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        subject = d.pop("subject")

        subject_set = d.pop("subject_set")

        retired_workflows = cast(list[str], d.pop("retired_workflows", UNSET))

        set_member_subject_create_links = cls(
            subject=subject,
            subject_set=subject_set,
            retired_workflows=retired_workflows,
        )

        set_member_subject_create_links.additional_properties = d
        return set_member_subject_create_links

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
