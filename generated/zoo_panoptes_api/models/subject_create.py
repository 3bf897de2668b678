from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.subject_create_links import SubjectCreateLinks
    from ..models.subject_create_metadata import SubjectCreateMetadata
    from ..models.subject_location_write_type_1 import SubjectLocationWriteType1


T = TypeVar("T", bound="SubjectCreate")


@_attrs_define
class SubjectCreate:
    """Writable fields of a new subject. Unknown keys are answered with 422."""

    locations: list[str | SubjectLocationWriteType1]
    links: SubjectCreateLinks
    metadata: SubjectCreateMetadata | Unset = UNSET
    """ Free-form metadata. The key `#priority` is downcased by the server. """
    external_id: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.subject_location_write_type_1 import SubjectLocationWriteType1  # noqa: PLC0415

        locations = []
        for locations_item_data in self.locations:
            locations_item: dict[str, Any] | str
            if isinstance(locations_item_data, SubjectLocationWriteType1):
                locations_item = locations_item_data.to_dict()
            else:
                locations_item = locations_item_data
            locations.append(locations_item)

        links = self.links.to_dict()

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        external_id = self.external_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "locations": locations,
                "links": links,
            }
        )
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if external_id is not UNSET:
            field_dict["external_id"] = external_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.subject_create_links import SubjectCreateLinks  # noqa: PLC0415
        from ..models.subject_create_metadata import SubjectCreateMetadata  # noqa: PLC0415
        from ..models.subject_location_write_type_1 import SubjectLocationWriteType1  # noqa: PLC0415

        d = dict(src_dict)
        locations = []
        _locations = d.pop("locations")
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

        links = SubjectCreateLinks.from_dict(d.pop("links"))

        _metadata = d.pop("metadata", UNSET)
        metadata: SubjectCreateMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = SubjectCreateMetadata.from_dict(_metadata)

        external_id = d.pop("external_id", UNSET)

        subject_create = cls(
            locations=locations,
            links=links,
            metadata=metadata,
            external_id=external_id,
        )

        return subject_create
