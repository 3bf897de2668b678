from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.subject_links import SubjectLinks
    from ..models.subject_location import SubjectLocation
    from ..models.subject_metadata import SubjectMetadata


T = TypeVar("T", bound="Subject")


@_attrs_define
class Subject:
    """A piece of media (one or more files) to be classified, with its metadata.

    Example:
        {'id': '1', 'href': '/subjects/1', 'locations': [{'image/jpeg': 'https://panoptes-
            uploads.zooniverse.org/subject_location/1.jpeg'}], 'metadata': {'lens_type': '50mm'}, 'external_id': None,
            'zooniverse_id': None, 'created_at': '2014-03-24T10:42:21Z', 'updated_at': '2014-03-24T10:42:21Z', 'links':
            {'project': '1', 'collections': [], 'subject_sets': ['1'], 'attached_images': {'href':
            '/subjects/1/attached_images', 'type': 'attached_images', 'ids': []}}}

    """

    id: str
    """ Panoptes ids are always serialized as strings of digits. """
    href: str | Unset = UNSET
    """ Relative URL without `/api`, e.g. `/subjects/1`. """
    locations: list[SubjectLocation] | Unset = UNSET
    """ Ordered media files, each an object with one key: MIME type → URL. On GET the URL is a download URL; in the
    answer to a create or update that sent a bare MIME type, it is a signed PUT URL (valid 20 minutes) to upload the
    bytes to. """
    metadata: SubjectMetadata | Unset = UNSET
    """ Free-form key → value metadata (keys starting with `#` are hidden from volunteers). """
    external_id: None | str | Unset = UNSET
    """ Caller's own identifier of the subject, when set at creation. """
    zooniverse_id: None | str | Unset = UNSET
    """ Legacy Zooniverse identifier. """
    created_at: datetime.datetime | None | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    links: SubjectLinks | Unset = UNSET
    """ Relations of a subject. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        href = self.href

        locations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.locations, Unset):
            locations = []
            for locations_item_data in self.locations:
                locations_item = locations_item_data.to_dict()
                locations.append(locations_item)

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        external_id: None | str | Unset
        if isinstance(self.external_id, Unset):
            external_id = UNSET
        else:
            external_id = self.external_id

        zooniverse_id: None | str | Unset
        if isinstance(self.zooniverse_id, Unset):
            zooniverse_id = UNSET
        else:
            zooniverse_id = self.zooniverse_id

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
        if locations is not UNSET:
            field_dict["locations"] = locations
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if external_id is not UNSET:
            field_dict["external_id"] = external_id
        if zooniverse_id is not UNSET:
            field_dict["zooniverse_id"] = zooniverse_id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if links is not UNSET:
            field_dict["links"] = links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.subject_links import SubjectLinks  # noqa: PLC0415
        from ..models.subject_location import SubjectLocation  # noqa: PLC0415
        from ..models.subject_metadata import SubjectMetadata  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        href = d.pop("href", UNSET)

        _locations = d.pop("locations", UNSET)
        locations: list[SubjectLocation] | Unset = UNSET
        if _locations is not UNSET:
            locations = []
            for locations_item_data in _locations:
                locations_item = SubjectLocation.from_dict(locations_item_data)

                locations.append(locations_item)

        _metadata = d.pop("metadata", UNSET)
        metadata: SubjectMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = SubjectMetadata.from_dict(_metadata)

        def _parse_external_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        external_id = _parse_external_id(d.pop("external_id", UNSET))

        def _parse_zooniverse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        zooniverse_id = _parse_zooniverse_id(d.pop("zooniverse_id", UNSET))

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

        _links = d.pop("links", UNSET)
        links: SubjectLinks | Unset
        if isinstance(_links, Unset):
            links = UNSET
        else:
            links = SubjectLinks.from_dict(_links)

        subject = cls(
            id=id,
            href=href,
            locations=locations,
            metadata=metadata,
            external_id=external_id,
            zooniverse_id=zooniverse_id,
            created_at=created_at,
            updated_at=updated_at,
            links=links,
        )

        subject.additional_properties = d
        return subject

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
