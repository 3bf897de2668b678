from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="TutorialCreateLinks")


@_attrs_define
class TutorialCreateLinks:
    project: str | Unset = UNSET
    """ Panoptes ids are always serialized as strings of digits. """
    workflows: list[str] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        project = self.project

        workflows: list[str] | Unset = UNSET
        if not isinstance(self.workflows, Unset):
            workflows = self.workflows

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
        project = d.pop("project", UNSET)

        workflows = cast(list[str], d.pop("workflows", UNSET))

        tutorial_create_links = cls(
            project=project,
            workflows=workflows,
        )

        return tutorial_create_links
