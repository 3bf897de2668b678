from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="SubjectSetCreateLinks")


@_attrs_define
class SubjectSetCreateLinks:
    project: int | str
    """ One id in a request body. The server accepts a string of digits or an integer (the panoptes-python-client
    sends strings, panoptescli integers); responses always carry strings. """
    workflows: list[int | str] | Unset = UNSET
    subjects: list[int | str] | Unset = UNSET
    collection: int | str | Unset = UNSET
    """ One id in a request body. The server accepts a string of digits or an integer (the panoptes-python-client
    sends strings, panoptescli integers); responses always carry strings. """

    def to_dict(self) -> dict[str, Any]:
        project: int | str
        project = self.project

        workflows: list[int | str] | Unset = UNSET
        if not isinstance(self.workflows, Unset):
            workflows = []
            for workflows_item_data in self.workflows:
                workflows_item: int | str
                workflows_item = workflows_item_data
                workflows.append(workflows_item)

        subjects: list[int | str] | Unset = UNSET
        if not isinstance(self.subjects, Unset):
            subjects = []
            for subjects_item_data in self.subjects:
                subjects_item: int | str
                subjects_item = subjects_item_data
                subjects.append(subjects_item)

        collection: int | str | Unset
        if isinstance(self.collection, Unset):
            collection = UNSET
        else:
            collection = self.collection

        field_dict: dict[str, Any] = {}

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

        def _parse_project(data: object) -> int | str:
            return cast(int | str, data)

        project = _parse_project(d.pop("project"))

        _workflows = d.pop("workflows", UNSET)
        workflows: list[int | str] | Unset = UNSET
        if _workflows is not UNSET:
            workflows = []
            for workflows_item_data in _workflows:

                def _parse_workflows_item(data: object) -> int | str:
                    return cast(int | str, data)

                workflows_item = _parse_workflows_item(workflows_item_data)

                workflows.append(workflows_item)

        _subjects = d.pop("subjects", UNSET)
        subjects: list[int | str] | Unset = UNSET
        if _subjects is not UNSET:
            subjects = []
            for subjects_item_data in _subjects:

                def _parse_subjects_item(data: object) -> int | str:
                    return cast(int | str, data)

                subjects_item = _parse_subjects_item(subjects_item_data)

                subjects.append(subjects_item)

        def _parse_collection(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        collection = _parse_collection(d.pop("collection", UNSET))

        subject_set_create_links = cls(
            project=project,
            workflows=workflows,
            subjects=subjects,
            collection=collection,
        )

        return subject_set_create_links
