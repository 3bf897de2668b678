from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProjectUpdateLinks")


@_attrs_define
class ProjectUpdateLinks:
    """Full replacement of the listed relations. Prefer the `/links/` routes: removing a workflow or subject set here
    destroys it, adding one copies it.

    """

    workflows: list[str] | Unset = UNSET
    subject_sets: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        workflows: list[str] | Unset = UNSET
        if not isinstance(self.workflows, Unset):
            workflows = self.workflows

        subject_sets: list[str] | Unset = UNSET
        if not isinstance(self.subject_sets, Unset):
            subject_sets = self.subject_sets

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if workflows is not UNSET:
            field_dict["workflows"] = workflows
        if subject_sets is not UNSET:
            field_dict["subject_sets"] = subject_sets

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        workflows = cast(list[str], d.pop("workflows", UNSET))

        subject_sets = cast(list[str], d.pop("subject_sets", UNSET))

        project_update_links = cls(
            workflows=workflows,
            subject_sets=subject_sets,
        )

        project_update_links.additional_properties = d
        return project_update_links

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
