from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.subject_set_completeness_type_0 import SubjectSetCompletenessType0
    from ..models.subject_set_links import SubjectSetLinks
    from ..models.subject_set_metadata import SubjectSetMetadata


T = TypeVar("T", bound="SubjectSet")


@_attrs_define
class SubjectSet:
    """A named group of subjects in a project, linked to the workflows that classify them.

    Example:
        {'id': '20', 'href': '/subject_sets/20', 'display_name': 'Weird Looking Galaxies', 'metadata': {'category':
            'things'}, 'set_member_subjects_count': 100, 'completeness': {'10': 0.25}, 'created_at': '2014-02-13T10:11:34Z',
            'updated_at': '2014-02-13T10:11:34Z', 'links': {'project': '1', 'workflows': ['10']}}

    """

    id: str
    """ Panoptes ids are always serialized as strings of digits. """
    href: str | Unset = UNSET
    """ Relative URL without `/api`, e.g. `/subject_sets/20`. """
    display_name: str | Unset = UNSET
    """ Unique within the project. """
    metadata: SubjectSetMetadata | Unset = UNSET
    """ Free-form key → value metadata of the set (filterable with `metadata.<key>=`). """
    set_member_subjects_count: int | Unset = UNSET
    completeness: None | SubjectSetCompletenessType0 | Unset = UNSET
    """ Workflow id → fraction of the set's subjects retired in that workflow (0.0 to 1.0). """
    created_at: datetime.datetime | None | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    links: SubjectSetLinks | Unset = UNSET
    """ Relations of a subject set. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.subject_set_completeness_type_0 import SubjectSetCompletenessType0  # noqa: PLC0415

        id = self.id

        href = self.href

        display_name = self.display_name

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        set_member_subjects_count = self.set_member_subjects_count

        completeness: dict[str, Any] | None | Unset
        if isinstance(self.completeness, Unset):
            completeness = UNSET
        elif isinstance(self.completeness, SubjectSetCompletenessType0):
            completeness = self.completeness.to_dict()
        else:
            completeness = self.completeness

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
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if set_member_subjects_count is not UNSET:
            field_dict["set_member_subjects_count"] = set_member_subjects_count
        if completeness is not UNSET:
            field_dict["completeness"] = completeness
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if links is not UNSET:
            field_dict["links"] = links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.subject_set_completeness_type_0 import SubjectSetCompletenessType0  # noqa: PLC0415
        from ..models.subject_set_links import SubjectSetLinks  # noqa: PLC0415
        from ..models.subject_set_metadata import SubjectSetMetadata  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        href = d.pop("href", UNSET)

        display_name = d.pop("display_name", UNSET)

        _metadata = d.pop("metadata", UNSET)
        metadata: SubjectSetMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = SubjectSetMetadata.from_dict(_metadata)

        set_member_subjects_count = d.pop("set_member_subjects_count", UNSET)

        def _parse_completeness(data: object) -> None | SubjectSetCompletenessType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                completeness_type_0 = SubjectSetCompletenessType0.from_dict(data)

                return completeness_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SubjectSetCompletenessType0 | Unset, data)

        completeness = _parse_completeness(d.pop("completeness", UNSET))

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
        links: SubjectSetLinks | Unset
        if isinstance(_links, Unset):
            links = UNSET
        else:
            links = SubjectSetLinks.from_dict(_links)

        subject_set = cls(
            id=id,
            href=href,
            display_name=display_name,
            metadata=metadata,
            set_member_subjects_count=set_member_subjects_count,
            completeness=completeness,
            created_at=created_at,
            updated_at=updated_at,
            links=links,
        )

        subject_set.additional_properties = d
        return subject_set

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
