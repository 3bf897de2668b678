from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="CollectionUpdateLinks")


@_attrs_define
class CollectionUpdateLinks:
    subjects: list[int | str] | Unset = UNSET
    """ Full replacement of the subject list. Prefer the links routes for large collections. """
    default_subject: int | None | str | Unset = UNSET
    """ Null falls back to the first subject for the thumbnail. """

    def to_dict(self) -> dict[str, Any]:
        subjects: list[int | str] | Unset = UNSET
        if not isinstance(self.subjects, Unset):
            subjects = []
            for subjects_item_data in self.subjects:
                subjects_item: int | str
                subjects_item = subjects_item_data
                subjects.append(subjects_item)

        default_subject: int | None | str | Unset
        if isinstance(self.default_subject, Unset):
            default_subject = UNSET
        else:
            default_subject = self.default_subject

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if subjects is not UNSET:
            field_dict["subjects"] = subjects
        if default_subject is not UNSET:
            field_dict["default_subject"] = default_subject

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _subjects = d.pop("subjects", UNSET)
        subjects: list[int | str] | Unset = UNSET
        if _subjects is not UNSET:
            subjects = []
            for subjects_item_data in _subjects:

                def _parse_subjects_item(data: object) -> int | str:
                    return cast(int | str, data)

                subjects_item = _parse_subjects_item(subjects_item_data)

                subjects.append(subjects_item)

        def _parse_default_subject(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        default_subject = _parse_default_subject(d.pop("default_subject", UNSET))

        collection_update_links = cls(
            subjects=subjects,
            default_subject=default_subject,
        )

        return collection_update_links
