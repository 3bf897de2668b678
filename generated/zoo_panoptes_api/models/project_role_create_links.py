from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="ProjectRoleCreateLinks")


@_attrs_define
class ProjectRoleCreateLinks:
    user: str
    """ Panoptes ids are always serialized as strings of digits. """
    project: str
    """ Panoptes ids are always serialized as strings of digits. """

    def to_dict(self) -> dict[str, Any]:
        user = self.user

        project = self.project

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "user": user,
                "project": project,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        user = d.pop("user")

        project = d.pop("project")

        project_role_create_links = cls(
            user=user,
            project=project,
        )

        return project_role_create_links
