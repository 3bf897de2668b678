from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.project_preference_links import ProjectPreferenceLinks
    from ..models.project_preference_settings_settings_type_0 import (
        ProjectPreferenceSettingsSettingsType0,
    )


T = TypeVar("T", bound="ProjectPreferenceSettings")


@_attrs_define
class ProjectPreferenceSettings:
    """A project preference as returned by `read_settings` (only settings and timestamps)."""

    id: str
    """ Panoptes ids are always serialized as strings of digits. """
    href: str | Unset = UNSET
    settings: None | ProjectPreferenceSettingsSettingsType0 | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    links: ProjectPreferenceLinks | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.project_preference_settings_settings_type_0 import (
            ProjectPreferenceSettingsSettingsType0,  # noqa: PLC0415
        )

        id = self.id

        href = self.href

        settings: dict[str, Any] | None | Unset
        if isinstance(self.settings, Unset):
            settings = UNSET
        elif isinstance(self.settings, ProjectPreferenceSettingsSettingsType0):
            settings = self.settings.to_dict()
        else:
            settings = self.settings

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
        if settings is not UNSET:
            field_dict["settings"] = settings
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if links is not UNSET:
            field_dict["links"] = links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.project_preference_links import ProjectPreferenceLinks  # noqa: PLC0415
        from ..models.project_preference_settings_settings_type_0 import (
            ProjectPreferenceSettingsSettingsType0,  # noqa: PLC0415
        )

        d = dict(src_dict)
        id = d.pop("id")

        href = d.pop("href", UNSET)

        def _parse_settings(data: object) -> None | ProjectPreferenceSettingsSettingsType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                settings_type_0 = ProjectPreferenceSettingsSettingsType0.from_dict(data)

                return settings_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ProjectPreferenceSettingsSettingsType0 | Unset, data)

        settings = _parse_settings(d.pop("settings", UNSET))

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
        links: ProjectPreferenceLinks | Unset
        if isinstance(_links, Unset):
            links = UNSET
        else:
            links = ProjectPreferenceLinks.from_dict(_links)

        project_preference_settings = cls(
            id=id,
            href=href,
            settings=settings,
            created_at=created_at,
            updated_at=updated_at,
            links=links,
        )

        project_preference_settings.additional_properties = d
        return project_preference_settings

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
