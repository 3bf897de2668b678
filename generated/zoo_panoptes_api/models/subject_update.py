from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.subject_location_write_type_1 import SubjectLocationWriteType1
    from ..models.subject_update_links import SubjectUpdateLinks
    from ..models.subject_update_metadata import SubjectUpdateMetadata


T = TypeVar("T", bound="SubjectUpdate")


@_attrs_define
class SubjectUpdate:
    """Writable fields of an existing subject. `metadata` replaces the whole object; `locations` replaces the media list
    (bare MIME types again yield signed upload URLs). The project cannot be changed.

    """

    locations: list[str | SubjectLocationWriteType1] | Unset = UNSET
    metadata: SubjectUpdateMetadata | Unset = UNSET
    links: SubjectUpdateLinks | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.subject_location_write_type_1 import SubjectLocationWriteType1  # noqa: PLC0415

        locations: list[dict[str, Any] | str] | Unset = UNSET
        if not isinstance(self.locations, Unset):
            locations = []
            for locations_item_data in self.locations:
                locations_item: dict[str, Any] | str
                if isinstance(locations_item_data, SubjectLocationWriteType1):
                    locations_item = locations_item_data.to_dict()
                else:
                    locations_item = locations_item_data
                locations.append(locations_item)

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = self.links.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if locations is not UNSET:
            field_dict["locations"] = locations
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if links is not UNSET:
            field_dict["links"] = links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.subject_location_write_type_1 import SubjectLocationWriteType1  # noqa: PLC0415
        from ..models.subject_update_links import SubjectUpdateLinks  # noqa: PLC0415
        from ..models.subject_update_metadata import SubjectUpdateMetadata  # noqa: PLC0415

        d = dict(src_dict)
        _locations = d.pop("locations", UNSET)
        locations: list[str | SubjectLocationWriteType1] | Unset = UNSET
        if _locations is not UNSET:
            locations = []
            for locations_item_data in _locations:

                def _parse_locations_item(data: object) -> str | SubjectLocationWriteType1:
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_subject_location_write_type_1 = (
                            SubjectLocationWriteType1.from_dict(data)
                        )

                        return componentsschemas_subject_location_write_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    return cast(str | SubjectLocationWriteType1, data)

                locations_item = _parse_locations_item(locations_item_data)

                locations.append(locations_item)

        _metadata = d.pop("metadata", UNSET)
        metadata: SubjectUpdateMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = SubjectUpdateMetadata.from_dict(_metadata)

        _links = d.pop("links", UNSET)
        links: SubjectUpdateLinks | Unset
        if isinstance(_links, Unset):
            links = UNSET
        else:
            links = SubjectUpdateLinks.from_dict(_links)

        subject_update = cls(
            locations=locations,
            metadata=metadata,
            links=links,
        )

        return subject_update
