from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SubjectSetCreateLinks")


@_attrs_define
class SubjectSetCreateLinks:
    project: str
    """ Panoptes ids are always serialized as strings of digits. """
    workflows: list[str] | Unset = UNSET
    subjects: list[str] | Unset = UNSET
    collection: str | Unset = UNSET
    """ Panoptes ids are always serialized as strings of digits. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        project = self.project

        workflows: list[str] | Unset = UNSET
        if not isinstance(self.workflows, Unset):
            workflows = self.workflows

        subjects: list[str] | Unset = UNSET
        if not isinstance(self.subjects, Unset):
            subjects = self.subjects

        collection = self.collection

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "project": project,
            }
        )
        if workflows is not UNSET:
            field_dict["workflows"] = workflows
        if subjects is not UNSET:
            field_dict["subjects"] = subjects
        if collection is not UNSET:
            field_dict["collection"] = collection

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        project = d.pop("project")

        workflows = cast(list[str], d.pop("workflows", UNSET))

        subjects = cast(list[str], d.pop("subjects", UNSET))

        collection = d.pop("collection", UNSET)

        subject_set_create_links = cls(
            project=project,
            workflows=workflows,
            subjects=subjects,
            collection=collection,
        )

        subject_set_create_links.additional_properties = d
        return subject_set_create_links

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
