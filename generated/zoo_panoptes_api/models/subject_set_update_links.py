from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="SubjectSetUpdateLinks")


@_attrs_define
class SubjectSetUpdateLinks:
    """Full replacement of the listed relations (unlinked resources are not destroyed); prefer `POST/DELETE
    /api/subject_sets/{subject_set_id}/links/subjects`.

    """

    workflows: list[int | str] | Unset = UNSET
    subjects: list[int | str] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
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

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if workflows is not UNSET:
            field_dict["workflows"] = workflows
        if subjects is not UNSET:
            field_dict["subjects"] = subjects

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
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

        subject_set_update_links = cls(
            workflows=workflows,
            subjects=subjects,
        )

        return subject_set_update_links
