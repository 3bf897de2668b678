from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="SubjectSetImportCreateLinks")


@_attrs_define
class SubjectSetImportCreateLinks:
    subject_set: int | str
    """ One id in a request body. The server accepts a string of digits or an integer (the panoptes-python-client
    sends strings, panoptescli integers); responses always carry strings. """

    def to_dict(self) -> dict[str, Any]:
        subject_set: int | str
        subject_set = self.subject_set

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "subject_set": subject_set,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_subject_set(data: object) -> int | str:
            return cast(int | str, data)

        subject_set = _parse_subject_set(d.pop("subject_set"))

        subject_set_import_create_links = cls(
            subject_set=subject_set,
        )

        return subject_set_import_create_links
