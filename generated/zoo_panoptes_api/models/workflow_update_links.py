from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkflowUpdateLinks")


@_attrs_define
class WorkflowUpdateLinks:
    """Full replacement of the listed relations; prefer the `/links/` routes for to-many ones."""

    subject_sets: list[int | str] | Unset = UNSET
    tutorials: list[int | str] | Unset = UNSET
    tutorial_subject: int | str | Unset = UNSET
    """ One id in a request body. The server accepts a string of digits or an integer (the panoptes-python-client
    sends strings, panoptescli integers); responses always carry strings. """
    published_version: int | str | Unset = UNSET
    """ One id in a request body. The server accepts a string of digits or an integer (the panoptes-python-client
    sends strings, panoptescli integers); responses always carry strings. """

    def to_dict(self) -> dict[str, Any]:
        subject_sets: list[int | str] | Unset = UNSET
        if not isinstance(self.subject_sets, Unset):
            subject_sets = []
            for subject_sets_item_data in self.subject_sets:
                subject_sets_item: int | str
                subject_sets_item = subject_sets_item_data
                subject_sets.append(subject_sets_item)

        tutorials: list[int | str] | Unset = UNSET
        if not isinstance(self.tutorials, Unset):
            tutorials = []
            for tutorials_item_data in self.tutorials:
                tutorials_item: int | str
                tutorials_item = tutorials_item_data
                tutorials.append(tutorials_item)

        tutorial_subject: int | str | Unset
        if isinstance(self.tutorial_subject, Unset):
            tutorial_subject = UNSET
        else:
            tutorial_subject = self.tutorial_subject

        published_version: int | str | Unset
        if isinstance(self.published_version, Unset):
            published_version = UNSET
        else:
            published_version = self.published_version

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if subject_sets is not UNSET:
            field_dict["subject_sets"] = subject_sets
        if tutorials is not UNSET:
            field_dict["tutorials"] = tutorials
        if tutorial_subject is not UNSET:
            field_dict["tutorial_subject"] = tutorial_subject
        if published_version is not UNSET:
            field_dict["published_version"] = published_version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _subject_sets = d.pop("subject_sets", UNSET)
        subject_sets: list[int | str] | Unset = UNSET
        if _subject_sets is not UNSET:
            subject_sets = []
            for subject_sets_item_data in _subject_sets:

                def _parse_subject_sets_item(data: object) -> int | str:
                    return cast(int | str, data)

                subject_sets_item = _parse_subject_sets_item(subject_sets_item_data)

                subject_sets.append(subject_sets_item)

        _tutorials = d.pop("tutorials", UNSET)
        tutorials: list[int | str] | Unset = UNSET
        if _tutorials is not UNSET:
            tutorials = []
            for tutorials_item_data in _tutorials:

                def _parse_tutorials_item(data: object) -> int | str:
                    return cast(int | str, data)

                tutorials_item = _parse_tutorials_item(tutorials_item_data)

                tutorials.append(tutorials_item)

        def _parse_tutorial_subject(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        tutorial_subject = _parse_tutorial_subject(d.pop("tutorial_subject", UNSET))

        def _parse_published_version(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        published_version = _parse_published_version(d.pop("published_version", UNSET))

        workflow_update_links = cls(
            subject_sets=subject_sets,
            tutorials=tutorials,
            tutorial_subject=tutorial_subject,
            published_version=published_version,
        )

        return workflow_update_links
