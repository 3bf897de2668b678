from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="ProjectRoleCreateLinks")


@_attrs_define
class ProjectRoleCreateLinks:
    user: int | str
    """ One id in a request body. The server accepts a string of digits or an integer (the panoptes-python-client
    sends strings, panoptescli integers); responses always carry strings. """
    project: int | str
    """ One id in a request body. The server accepts a string of digits or an integer (the panoptes-python-client
    sends strings, panoptescli integers); responses always carry strings. """

    def to_dict(self) -> dict[str, Any]:
        user: int | str
        user = self.user

        project: int | str
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

        def _parse_user(data: object) -> int | str:
            return cast(int | str, data)

        user = _parse_user(d.pop("user"))

        def _parse_project(data: object) -> int | str:
            return cast(int | str, data)

        project = _parse_project(d.pop("project"))

        project_role_create_links = cls(
            user=user,
            project=project,
        )

        return project_role_create_links
