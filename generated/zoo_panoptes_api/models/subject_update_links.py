from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="SubjectUpdateLinks")


@_attrs_define
class SubjectUpdateLinks:
    subject_sets: list[int | str] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        subject_sets: list[int | str] | Unset = UNSET
        if not isinstance(self.subject_sets, Unset):
            subject_sets = []
            for subject_sets_item_data in self.subject_sets:
                subject_sets_item: int | str
                subject_sets_item = subject_sets_item_data
                subject_sets.append(subject_sets_item)

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if subject_sets is not UNSET:
            field_dict["subject_sets"] = subject_sets

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

        subject_update_links = cls(
            subject_sets=subject_sets,
        )

        return subject_update_links
