from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ExportCreateMetadata")


@_attrs_define
class ExportCreateMetadata:
    """Export options kept in the export medium's metadata."""

    recipients: list[int] | Unset = UNSET
    """ Ids of the users to email when the export is ready. The server defaults to the caller alone. """

    def to_dict(self) -> dict[str, Any]:
        recipients: list[int] | Unset = UNSET
        if not isinstance(self.recipients, Unset):
            recipients = self.recipients

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if recipients is not UNSET:
            field_dict["recipients"] = recipients

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        recipients = cast(list[int], d.pop("recipients", UNSET))

        export_create_metadata = cls(
            recipients=recipients,
        )

        return export_create_metadata
