from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="ClassificationCreateLinks")


@_attrs_define
class ClassificationCreateLinks:
    project: int | str
    """ Project id. """
    workflow: int | str
    """ Workflow id. """
    subjects: list[int | str]
    """ Ids of the classified subjects. """

    def to_dict(self) -> dict[str, Any]:
        project: int | str
        project = self.project

        workflow: int | str
        workflow = self.workflow

        subjects = []
        for subjects_item_data in self.subjects:
            subjects_item: int | str
            subjects_item = subjects_item_data
            subjects.append(subjects_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "project": project,
                "workflow": workflow,
                "subjects": subjects,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_project(data: object) -> int | str:
            return cast(int | str, data)

        project = _parse_project(d.pop("project"))

        def _parse_workflow(data: object) -> int | str:
            return cast(int | str, data)

        workflow = _parse_workflow(d.pop("workflow"))

        subjects = []
        _subjects = d.pop("subjects")
        for subjects_item_data in _subjects:

            def _parse_subjects_item(data: object) -> int | str:
                return cast(int | str, data)

            subjects_item = _parse_subjects_item(subjects_item_data)

            subjects.append(subjects_item)

        classification_create_links = cls(
            project=project,
            workflow=workflow,
            subjects=subjects,
        )

        return classification_create_links
