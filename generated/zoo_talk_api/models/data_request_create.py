from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.data_request_create_kind import (
    DataRequestCreateKind,
    check_data_request_create_kind,
)

T = TypeVar("T", bound="DataRequestCreate")


@_attrs_define
class DataRequestCreate:
    """Writable fields of a new data request (`DataRequestSchema#create`, additional properties refused). The server fills
    in `user_id` from the token.

    """

    section: str
    """ The section to export, `project-<project id>` for a project's Talk. """
    kind: DataRequestCreateKind
    """ `comments` (one row per comment, with its board and discussion), `tags` (one row per hashtag use) or
    `votable_tags`; another value is answered with 422. """

    def to_dict(self) -> dict[str, Any]:
        section = self.section

        kind: str = self.kind

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "section": section,
                "kind": kind,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        section = d.pop("section")

        kind = check_data_request_create_kind(d.pop("kind"))

        data_request_create = cls(
            section=section,
            kind=kind,
        )

        return data_request_create
