from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..models.medium_create_content_type import (
    MediumCreateContentType,
    check_medium_create_content_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.medium_create_metadata import MediumCreateMetadata


T = TypeVar("T", bound="MediumCreate")


@_attrs_define
class MediumCreate:
    """Writable fields of a new medium. Leave `src` out (and `external_link` false) to have Panoptes host the file: the
    response `src` is then a signed PUT URL, valid for 20 minutes, to upload it to.

    """

    content_type: MediumCreateContentType
    """ MIME type of the file. The server accepts application/json, application/pdf, audio/aac, audio/midi,
    audio/x-midi, audio/mp3, audio/mp4, audio/x-m4a, audio/mpeg, audio/wav, image/jpeg, image/gif, image/png,
    image/tiff, image/x-icon, image/svg+xml, text/csv, text/plain, video/mp4 and video/mpeg (older servers only
    image/jpeg, image/png, image/gif and image/svg+xml); any other type is answered with 400. """
    external_link: bool | Unset = UNSET
    """ True when `src` is a URL hosted outside Zooniverse; the server stores it unchanged. The server treats a
    missing value as false. """
    src: str | Unset = UNSET
    """ URL of an externally hosted file (with `external_link: true`). Leave it out for a Panoptes-hosted file. """
    metadata: MediumCreateMetadata | Unset = UNSET
    """ Free-form metadata stored with the medium (e.g. `filename`, `size`). """

    def to_dict(self) -> dict[str, Any]:
        content_type: str = self.content_type

        external_link = self.external_link

        src = self.src

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "content_type": content_type,
            }
        )
        if external_link is not UNSET:
            field_dict["external_link"] = external_link
        if src is not UNSET:
            field_dict["src"] = src
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.medium_create_metadata import MediumCreateMetadata  # noqa: PLC0415

        d = dict(src_dict)
        content_type = check_medium_create_content_type(d.pop("content_type"))

        external_link = d.pop("external_link", UNSET)

        src = d.pop("src", UNSET)

        _metadata = d.pop("metadata", UNSET)
        metadata: MediumCreateMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = MediumCreateMetadata.from_dict(_metadata)

        medium_create = cls(
            content_type=content_type,
            external_link=external_link,
            src=src,
            metadata=metadata,
        )

        return medium_create
