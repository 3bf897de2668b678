from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProjectPreferenceUpdateLinks")


@_attrs_define
class ProjectPreferenceUpdateLinks:
    project: str | Unset = UNSET
    """ Panoptes ids are always serialized as strings of digits. """

    def to_dict(self) -> dict[str, Any]:
        project = self.project

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if project is not UNSET:
            field_dict["project"] = project

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        project = d.pop("project", UNSET)

        project_preference_update_links = cls(
            project=project,
        )

        return project_preference_update_links
