from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkflowUpdateLinks")


@_attrs_define
class WorkflowUpdateLinks:
    """Full replacement of the listed relations; prefer the `/links/` routes for to-many ones."""

    subject_sets: list[str] | Unset = UNSET
    tutorials: list[str] | Unset = UNSET
    tutorial_subject: str | Unset = UNSET
    """ Panoptes ids are always serialized as strings of digits. """
    published_version: str | Unset = UNSET
    """ Panoptes ids are always serialized as strings of digits. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        subject_sets: list[str] | Unset = UNSET
        if not isinstance(self.subject_sets, Unset):
            subject_sets = self.subject_sets

        tutorials: list[str] | Unset = UNSET
        if not isinstance(self.tutorials, Unset):
            tutorials = self.tutorials

        tutorial_subject = self.tutorial_subject

        published_version = self.published_version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if subject_sets is not UNSET:
            field_dict["subject_sets"] = subject_sets
        if tutorials is not UNSET:
            field_dict["tutorials"] = tutorials
        if tutorial_subject is not UNSET:
            field_dict["tutorial_subject"] = tutorial_subject
        if published_version is not UNSET:
            field_dict["published_version"] = published_version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        subject_sets = cast(list[str], d.pop("subject_sets", UNSET))

        tutorials = cast(list[str], d.pop("tutorials", UNSET))

        tutorial_subject = d.pop("tutorial_subject", UNSET)

        published_version = d.pop("published_version", UNSET)

        workflow_update_links = cls(
            subject_sets=subject_sets,
            tutorials=tutorials,
            tutorial_subject=tutorial_subject,
            published_version=published_version,
        )

        workflow_update_links.additional_properties = d
        return workflow_update_links

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
