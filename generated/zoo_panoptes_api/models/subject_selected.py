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
    from ..models.subject_selected_metadata_type_0 import SubjectSelectedMetadataType0


T = TypeVar("T", bound="SubjectSelected")


@_attrs_define
class SubjectSelected:
    """A subject as served by the selection routes (`/subjects/queued`, `/grouped`, `/selection`): the subject attributes
    plus the caller's selection state. On `/subjects/grouped` the items are virtual subject groups whose ids may be
    negative.

    """

    id: str
    """ Subject id (string of digits; negative for virtual subject groups). """
    href: str | Unset = UNSET
    locations: list[SubjectLocation] | Unset = UNSET
    metadata: None | SubjectSelectedMetadataType0 | Unset = UNSET
    zooniverse_id: None | str | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    retired: bool | Unset = UNSET
    """ Retired in the requested workflow. """
    already_seen: bool | Unset = UNSET
    """ The caller has already classified it. """
    finished_workflow: bool | None | Unset = UNSET
    """ The caller has seen every subject of the workflow. """
    user_has_finished_workflow: bool | None | Unset = UNSET
    favorite: bool | Unset = UNSET
    """ In the caller's favourites collection. """
    selection_state: None | str | Unset = UNSET
    """ How the selector produced the list (e.g. `normal`, `internal_fallback`, `failover_fallback`). """
    selected_at: datetime.datetime | None | Unset = UNSET
    links: SubjectLinks | Unset = UNSET
    """ Relations of a subject. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.subject_selected_metadata_type_0 import (
            SubjectSelectedMetadataType0,  # noqa: PLC0415
        )

        id = self.id

        href = self.href

        locations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.locations, Unset):
            locations = []
            for locations_item_data in self.locations:
                locations_item = locations_item_data.to_dict()
                locations.append(locations_item)

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, SubjectSelectedMetadataType0):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

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

        retired = self.retired

        already_seen = self.already_seen

        finished_workflow: bool | None | Unset
        if isinstance(self.finished_workflow, Unset):
            finished_workflow = UNSET
        else:
            finished_workflow = self.finished_workflow

        user_has_finished_workflow: bool | None | Unset
        if isinstance(self.user_has_finished_workflow, Unset):
            user_has_finished_workflow = UNSET
        else:
            user_has_finished_workflow = self.user_has_finished_workflow

        favorite = self.favorite

        selection_state: None | str | Unset
        if isinstance(self.selection_state, Unset):
            selection_state = UNSET
        else:
            selection_state = self.selection_state

        selected_at: None | str | Unset
        if isinstance(self.selected_at, Unset):
            selected_at = UNSET
        elif isinstance(self.selected_at, datetime.datetime):
            selected_at = self.selected_at.isoformat()
        else:
            selected_at = self.selected_at

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
        if zooniverse_id is not UNSET:
            field_dict["zooniverse_id"] = zooniverse_id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if retired is not UNSET:
            field_dict["retired"] = retired
        if already_seen is not UNSET:
            field_dict["already_seen"] = already_seen
        if finished_workflow is not UNSET:
            field_dict["finished_workflow"] = finished_workflow
        if user_has_finished_workflow is not UNSET:
            field_dict["user_has_finished_workflow"] = user_has_finished_workflow
        if favorite is not UNSET:
            field_dict["favorite"] = favorite
        if selection_state is not UNSET:
            field_dict["selection_state"] = selection_state
        if selected_at is not UNSET:
            field_dict["selected_at"] = selected_at
        if links is not UNSET:
            field_dict["links"] = links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.subject_links import SubjectLinks  # noqa: PLC0415
        from ..models.subject_location import SubjectLocation  # noqa: PLC0415
        from ..models.subject_selected_metadata_type_0 import (
            SubjectSelectedMetadataType0,  # noqa: PLC0415
        )

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

        def _parse_metadata(data: object) -> None | SubjectSelectedMetadataType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metadata_type_0 = SubjectSelectedMetadataType0.from_dict(data)

                return metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SubjectSelectedMetadataType0 | Unset, data)

        metadata = _parse_metadata(d.pop("metadata", UNSET))

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

        retired = d.pop("retired", UNSET)

        already_seen = d.pop("already_seen", UNSET)

        def _parse_finished_workflow(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        finished_workflow = _parse_finished_workflow(d.pop("finished_workflow", UNSET))

        def _parse_user_has_finished_workflow(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        user_has_finished_workflow = _parse_user_has_finished_workflow(
            d.pop("user_has_finished_workflow", UNSET)
        )

        favorite = d.pop("favorite", UNSET)

        def _parse_selection_state(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        selection_state = _parse_selection_state(d.pop("selection_state", UNSET))

        def _parse_selected_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                selected_at_type_0 = datetime.datetime.fromisoformat(data)

                return selected_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        selected_at = _parse_selected_at(d.pop("selected_at", UNSET))

        _links = d.pop("links", UNSET)
        links: SubjectLinks | Unset
        if isinstance(_links, Unset):
            links = UNSET
        else:
            links = SubjectLinks.from_dict(_links)

        subject_selected = cls(
            id=id,
            href=href,
            locations=locations,
            metadata=metadata,
            zooniverse_id=zooniverse_id,
            created_at=created_at,
            updated_at=updated_at,
            retired=retired,
            already_seen=already_seen,
            finished_workflow=finished_workflow,
            user_has_finished_workflow=user_has_finished_workflow,
            favorite=favorite,
            selection_state=selection_state,
            selected_at=selected_at,
            links=links,
        )

        subject_selected.additional_properties = d
        return subject_selected

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
