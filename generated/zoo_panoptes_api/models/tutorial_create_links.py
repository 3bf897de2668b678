from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="TutorialCreateLinks")


@_attrs_define
class TutorialCreateLinks:
    project: int | str | Unset = UNSET
    """ One id in a request body. The server accepts a string of digits or an integer (the panoptes-python-client
    sends strings, panoptescli integers); responses always carry strings. """
    workflows: list[int | str] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        project: int | str | Unset
        if isinstance(self.project, Unset):
            project = UNSET
        else:
            project = self.project

        workflows: list[int | str] | Unset = UNSET
        if not isinstance(self.workflows, Unset):
            workflows = []
            for workflows_item_data in self.workflows:
                workflows_item: int | str
                workflows_item = workflows_item_data
                workflows.append(workflows_item)

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if project is not UNSET:
            field_dict["project"] = project
        if workflows is not UNSET:
            field_dict["workflows"] = workflows

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_project(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        project = _parse_project(d.pop("project", UNSET))

        _workflows = d.pop("workflows", UNSET)
        workflows: list[int | str] | Unset = UNSET
        if _workflows is not UNSET:
            workflows = []
            for workflows_item_data in _workflows:

                def _parse_workflows_item(data: object) -> int | str:
                    return cast(int | str, data)

                workflows_item = _parse_workflows_item(workflows_item_data)

                workflows.append(workflows_item)

        tutorial_create_links = cls(
            project=project,
            workflows=workflows,
        )

        return tutorial_create_links
