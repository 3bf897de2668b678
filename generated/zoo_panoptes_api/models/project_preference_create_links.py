from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="ProjectPreferenceCreateLinks")


@_attrs_define
class ProjectPreferenceCreateLinks:
    project: str
    """ Panoptes ids are always serialized as strings of digits. """

    def to_dict(self) -> dict[str, Any]:
        project = self.project

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "project": project,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        project = d.pop("project")

        project_preference_create_links = cls(
            project=project,
        )

        return project_preference_create_links
