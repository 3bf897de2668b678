from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.project_preference_settings_write import ProjectPreferenceSettingsWrite
    from ..models.project_preference_update_links import ProjectPreferenceUpdateLinks
    from ..models.project_preference_update_preferences import (
        ProjectPreferenceUpdatePreferences,
    )


T = TypeVar("T", bound="ProjectPreferenceUpdate")


@_attrs_define
class ProjectPreferenceUpdate:
    """Writable fields on update. `preferences` replaces the whole object, so send the full hash."""

    email_communication: bool | Unset = UNSET
    preferences: ProjectPreferenceUpdatePreferences | Unset = UNSET
    settings: ProjectPreferenceSettingsWrite | Unset = UNSET
    """ Settings writable by the owner of the preference. """
    links: ProjectPreferenceUpdateLinks | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        email_communication = self.email_communication

        preferences: dict[str, Any] | Unset = UNSET
        if not isinstance(self.preferences, Unset):
            preferences = self.preferences.to_dict()

        settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.settings, Unset):
            settings = self.settings.to_dict()

        links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = self.links.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if email_communication is not UNSET:
            field_dict["email_communication"] = email_communication
        if preferences is not UNSET:
            field_dict["preferences"] = preferences
        if settings is not UNSET:
            field_dict["settings"] = settings
        if links is not UNSET:
            field_dict["links"] = links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.project_preference_settings_write import (
            ProjectPreferenceSettingsWrite,  # noqa: PLC0415
        )
        from ..models.project_preference_update_links import (
            ProjectPreferenceUpdateLinks,  # noqa: PLC0415
        )
        from ..models.project_preference_update_preferences import (
            ProjectPreferenceUpdatePreferences,  # noqa: PLC0415
        )

        d = dict(src_dict)
        email_communication = d.pop("email_communication", UNSET)

        _preferences = d.pop("preferences", UNSET)
        preferences: ProjectPreferenceUpdatePreferences | Unset
        if isinstance(_preferences, Unset):
            preferences = UNSET
        else:
            preferences = ProjectPreferenceUpdatePreferences.from_dict(_preferences)

        _settings = d.pop("settings", UNSET)
        settings: ProjectPreferenceSettingsWrite | Unset
        if isinstance(_settings, Unset):
            settings = UNSET
        else:
            settings = ProjectPreferenceSettingsWrite.from_dict(_settings)

        _links = d.pop("links", UNSET)
        links: ProjectPreferenceUpdateLinks | Unset
        if isinstance(_links, Unset):
            links = UNSET
        else:
            links = ProjectPreferenceUpdateLinks.from_dict(_links)

        project_preference_update = cls(
            email_communication=email_communication,
            preferences=preferences,
            settings=settings,
            links=links,
        )

        return project_preference_update
