from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SubjectSetUpdateLinks")


@_attrs_define
class SubjectSetUpdateLinks:
    """Full replacement of the listed relations (unlinked resources are not destroyed); prefer `POST/DELETE
    /api/subject_sets/{subject_set_id}/links/subjects`.

    """

    workflows: list[str] | Unset = UNSET
    subjects: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        workflows: list[str] | Unset = UNSET
        if not isinstance(self.workflows, Unset):
            workflows = self.workflows

        subjects: list[str] | Unset = UNSET
        if not isinstance(self.subjects, Unset):
            subjects = self.subjects

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if workflows is not UNSET:
            field_dict["workflows"] = workflows
        if subjects is not UNSET:
            field_dict["subjects"] = subjects

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        workflows = cast(list[str], d.pop("workflows", UNSET))

        subjects = cast(list[str], d.pop("subjects", UNSET))

        subject_set_update_links = cls(
            workflows=workflows,
            subjects=subjects,
        )

        subject_set_update_links.additional_properties = d
        return subject_set_update_links

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
