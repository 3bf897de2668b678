from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkflowCreateLinks")


@_attrs_define
class WorkflowCreateLinks:
    project: int | str
    """ One id in a request body. The server accepts a string of digits or an integer (the panoptes-python-client
    sends strings, panoptescli integers); responses always carry strings. """
    subject_sets: list[int | str] | Unset = UNSET
    tutorial_subject: int | str | Unset = UNSET
    """ One id in a request body. The server accepts a string of digits or an integer (the panoptes-python-client
    sends strings, panoptescli integers); responses always carry strings. """

    def to_dict(self) -> dict[str, Any]:
        project: int | str
        project = self.project

        subject_sets: list[int | str] | Unset = UNSET
        if not isinstance(self.subject_sets, Unset):
            subject_sets = []
            for subject_sets_item_data in self.subject_sets:
                subject_sets_item: int | str
                subject_sets_item = subject_sets_item_data
                subject_sets.append(subject_sets_item)

        tutorial_subject: int | str | Unset
        if isinstance(self.tutorial_subject, Unset):
            tutorial_subject = UNSET
        else:
            tutorial_subject = self.tutorial_subject

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "project": project,
            }
        )
        if subject_sets is not UNSET:
            field_dict["subject_sets"] = subject_sets
        if tutorial_subject is not UNSET:
            field_dict["tutorial_subject"] = tutorial_subject

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_project(data: object) -> int | str:
            return cast(int | str, data)

        project = _parse_project(d.pop("project"))

        _subject_sets = d.pop("subject_sets", UNSET)
        subject_sets: list[int | str] | Unset = UNSET
        if _subject_sets is not UNSET:
            subject_sets = []
            for subject_sets_item_data in _subject_sets:

                def _parse_subject_sets_item(data: object) -> int | str:
                    return cast(int | str, data)

                subject_sets_item = _parse_subject_sets_item(subject_sets_item_data)

                subject_sets.append(subject_sets_item)

        def _parse_tutorial_subject(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        tutorial_subject = _parse_tutorial_subject(d.pop("tutorial_subject", UNSET))

        workflow_create_links = cls(
            project=project,
            subject_sets=subject_sets,
            tutorial_subject=tutorial_subject,
        )

        return workflow_create_links
