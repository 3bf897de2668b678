from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.medium_links import MediumLinks
    from ..models.medium_metadata_type_0 import MediumMetadataType0


T = TypeVar("T", bound="Medium")


@_attrs_define
class Medium:
    """A media file attached to a parent resource (project, organization, user, subject, workflow, tutorial, field guide,
    subject set). Exports are media too.

    """

    id: str
    """ Panoptes ids are always serialized as strings of digits. """
    href: str | Unset = UNSET
    """ Relative location of the medium, without `/api`, e.g. `/projects/1/avatar` (has-one) or
    `/projects/1/attached_images/9` (has-many). """
    content_type: str | Unset = UNSET
    """ MIME type of the file, e.g. `image/png`, `text/csv`. """
    media_type: str | Unset = UNSET
    """ Kind of medium (the database `type`), `<parent singular>_<media name>`, e.g. `project_avatar`,
    `organization_background`, `user_profile_header`, `subject_attached_image`, `project_classifications_export`,
    `workflow_classifications_export`. More values may appear. """
    external_link: bool | None | Unset = UNSET
    """ True when `src` points at a file hosted outside Zooniverse (the server then returns `src` unchanged); false
    for Panoptes-hosted files. """
    src: None | str | Unset = UNSET
    """ URL of the file. In the responses to a create or an update (POST, PUT) this is a **signed PUT URL valid for
    20 minutes**: upload the file there with an HTTP PUT, `Content-Type` set to the medium's `content_type` (the
    Azure blob store also wants `x-ms-blob-type: BlockBlob`). In the responses to reads (GET) it is a public (or,
    for private exports, signed) GET URL. For external links it is the stored URL as given. """
    created_at: datetime.datetime | None | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    """ Last update time; not serialized by every server version. """
    metadata: MediumMetadataType0 | None | Unset = UNSET
    """ Free-form object set by the client (e.g. `filename`, `size`). Exports keep their state here: `state` is
    `creating` while the export job runs and `ready` once the file can be downloaded (clients also accept
    `finished`); `recipients` lists the ids of the users emailed when it is ready. """
    put_expires: int | None | Unset = UNSET
    """ Lifetime of the signed PUT URL in seconds, when the server reports it. """
    get_expires: int | None | Unset = UNSET
    """ Lifetime of the signed GET URL in seconds, when the server reports it. """
    links: MediumLinks | Unset = UNSET
    """ Links of a medium. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.medium_metadata_type_0 import MediumMetadataType0  # noqa: PLC0415

        id = self.id

        href = self.href

        content_type = self.content_type

        media_type = self.media_type

        external_link: bool | None | Unset
        if isinstance(self.external_link, Unset):
            external_link = UNSET
        else:
            external_link = self.external_link

        src: None | str | Unset
        if isinstance(self.src, Unset):
            src = UNSET
        else:
            src = self.src

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        elif isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, MediumMetadataType0):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        put_expires: int | None | Unset
        if isinstance(self.put_expires, Unset):
            put_expires = UNSET
        else:
            put_expires = self.put_expires

        get_expires: int | None | Unset
        if isinstance(self.get_expires, Unset):
            get_expires = UNSET
        else:
            get_expires = self.get_expires

        links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = self.links.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if href is not UNSET:
            field_dict["href"] = href
        if content_type is not UNSET:
            field_dict["content_type"] = content_type
        if media_type is not UNSET:
            field_dict["media_type"] = media_type
        if external_link is not UNSET:
            field_dict["external_link"] = external_link
        if src is not UNSET:
            field_dict["src"] = src
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if put_expires is not UNSET:
            field_dict["put_expires"] = put_expires
        if get_expires is not UNSET:
            field_dict["get_expires"] = get_expires
        if links is not UNSET:
            field_dict["links"] = links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.medium_links import MediumLinks  # noqa: PLC0415
        from ..models.medium_metadata_type_0 import MediumMetadataType0  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        href = d.pop("href", UNSET)

        content_type = d.pop("content_type", UNSET)

        media_type = d.pop("media_type", UNSET)

        def _parse_external_link(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        external_link = _parse_external_link(d.pop("external_link", UNSET))

        def _parse_src(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        src = _parse_src(d.pop("src", UNSET))

        def _parse_created_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                created_at_type_0 = datetime.datetime.fromisoformat(data)

                return created_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        created_at = _parse_created_at(d.pop("created_at", UNSET))

        def _parse_updated_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                updated_at_type_0 = datetime.datetime.fromisoformat(data)

                return updated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        updated_at = _parse_updated_at(d.pop("updated_at", UNSET))

        def _parse_metadata(data: object) -> MediumMetadataType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metadata_type_0 = MediumMetadataType0.from_dict(data)

                return metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MediumMetadataType0 | None | Unset, data)

        metadata = _parse_metadata(d.pop("metadata", UNSET))

        def _parse_put_expires(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        put_expires = _parse_put_expires(d.pop("put_expires", UNSET))

        def _parse_get_expires(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        get_expires = _parse_get_expires(d.pop("get_expires", UNSET))

        _links = d.pop("links", UNSET)
        links: MediumLinks | Unset
        if isinstance(_links, Unset):
            links = UNSET
        else:
            links = MediumLinks.from_dict(_links)

        medium = cls(
            id=id,
            href=href,
            content_type=content_type,
            media_type=media_type,
            external_link=external_link,
            src=src,
            created_at=created_at,
            updated_at=updated_at,
            metadata=metadata,
            put_expires=put_expires,
            get_expires=get_expires,
            links=links,
        )

        medium.additional_properties = d
        return medium

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
