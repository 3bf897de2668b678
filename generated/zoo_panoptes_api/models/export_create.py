from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..models.export_create_content_type import (
    ExportCreateContentType,
    check_export_create_content_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.export_create_metadata import ExportCreateMetadata


T = TypeVar("T", bound="ExportCreate")


@_attrs_define
class ExportCreate:
    """Options of a new export; every field is optional."""

    content_type: ExportCreateContentType | Unset = UNSET
    """ MIME type of the export. Only `text/csv` is accepted (anything else is answered with 400); the server uses
    `text/csv` when it is left out. """
    metadata: ExportCreateMetadata | Unset = UNSET
    """ Export options kept in the export medium's metadata. """
    private: bool | Unset = UNSET
    """ Whether the export file is private (served through short-lived signed URLs). The server treats a missing
    value as true. """

    def to_dict(self) -> dict[str, Any]:
        content_type: str | Unset = UNSET
        if not isinstance(self.content_type, Unset):
            content_type = self.content_type

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        private = self.private

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if content_type is not UNSET:
            field_dict["content_type"] = content_type
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if private is not UNSET:
            field_dict["private"] = private

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.export_create_metadata import ExportCreateMetadata  # noqa: PLC0415

        d = dict(src_dict)
        _content_type = d.pop("content_type", UNSET)
        content_type: ExportCreateContentType | Unset
        if isinstance(_content_type, Unset):
            content_type = UNSET
        else:
            content_type = check_export_create_content_type(_content_type)

        _metadata = d.pop("metadata", UNSET)
        metadata: ExportCreateMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = ExportCreateMetadata.from_dict(_metadata)

        private = d.pop("private", UNSET)

        export_create = cls(
            content_type=content_type,
            metadata=metadata,
            private=private,
        )

        return export_create
