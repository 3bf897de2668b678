from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.data_request_links import DataRequestLinks


T = TypeVar("T", bound="DataRequest")


@_attrs_define
class DataRequest:
    """An export of one section's comments or tags for one user (`DataRequestSerializer`: every column, sorted by name,
    plus `href` and `links`).

        Example:
            {'id': '17', 'section': 'project-1234', 'kind': 'comments', 'state': 'finished', 'url': 'https://talk-
                exports.s3.amazonaws.com/data/project-1234-comments_2026-03-02.tar.gz?X-Amz-Expires=604800', 'user_id': '6',
                'project_id': '1234', 'expires_at': '2026-03-03T10:00:00.000Z', 'created_at': '2026-03-02T10:00:00.000Z',
                'updated_at': '2026-03-02T10:00:41.000Z', 'href': '/data_requests/17', 'links': {}}

    """

    id: str
    """ The data request id (an integer, as a string). """
    section: str
    """ The exported section, `project-<project id>` or `zooniverse`. """
    kind: str
    """ What is exported. Known values: `comments`, `tags`, `votable_tags`. """
    state: str
    """ Progress of the export worker. Known values: `pending` (queued), `started`, `finished` (`url` is set),
    `failed`. """
    url: None | str | Unset = UNSET
    """ Presigned download URL (valid a week) of the `.tar.gz` holding the JSON export, once `state` is `finished`;
    null before. """
    user_id: str | Unset = UNSET
    """ Panoptes id of the user who asked for it (and may read it). """
    project_id: str | Unset = UNSET
    """ The project id taken from a `project-<id>` section, as a string; an empty string for other sections. """
    expires_at: datetime.datetime | None | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    href: str | Unset = UNSET
    """ Path of the record, `/data_requests/<id>`. """
    links: DataRequestLinks | Unset = UNSET
    """ Always empty for data requests (the serializer has no includes). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        section = self.section

        kind = self.kind

        state = self.state

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        user_id = self.user_id

        project_id = self.project_id

        expires_at: None | str | Unset
        if isinstance(self.expires_at, Unset):
            expires_at = UNSET
        elif isinstance(self.expires_at, datetime.datetime):
            expires_at = self.expires_at.isoformat()
        else:
            expires_at = self.expires_at

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

        href = self.href

        links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = self.links.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "section": section,
                "kind": kind,
                "state": state,
            }
        )
        if url is not UNSET:
            field_dict["url"] = url
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if project_id is not UNSET:
            field_dict["project_id"] = project_id
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if href is not UNSET:
            field_dict["href"] = href
        if links is not UNSET:
            field_dict["links"] = links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.data_request_links import DataRequestLinks  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        section = d.pop("section")

        kind = d.pop("kind")

        state = d.pop("state")

        def _parse_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        url = _parse_url(d.pop("url", UNSET))

        user_id = d.pop("user_id", UNSET)

        project_id = d.pop("project_id", UNSET)

        def _parse_expires_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_timestamp_type_0 = datetime.datetime.fromisoformat(data)

                return componentsschemas_timestamp_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        expires_at = _parse_expires_at(d.pop("expires_at", UNSET))

        def _parse_created_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_timestamp_type_0 = datetime.datetime.fromisoformat(data)

                return componentsschemas_timestamp_type_0
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
                componentsschemas_timestamp_type_0 = datetime.datetime.fromisoformat(data)

                return componentsschemas_timestamp_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        updated_at = _parse_updated_at(d.pop("updated_at", UNSET))

        href = d.pop("href", UNSET)

        _links = d.pop("links", UNSET)
        links: DataRequestLinks | Unset
        if isinstance(_links, Unset):
            links = UNSET
        else:
            links = DataRequestLinks.from_dict(_links)

        data_request = cls(
            id=id,
            section=section,
            kind=kind,
            state=state,
            url=url,
            user_id=user_id,
            project_id=project_id,
            expires_at=expires_at,
            created_at=created_at,
            updated_at=updated_at,
            href=href,
            links=links,
        )

        data_request.additional_properties = d
        return data_request

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
