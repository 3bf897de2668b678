from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.project_preference_create_links import ProjectPreferenceCreateLinks
    from ..models.project_preference_create_preferences import (
        ProjectPreferenceCreatePreferences,
    )


T = TypeVar("T", bound="ProjectPreferenceCreate")


@_attrs_define
class ProjectPreferenceCreate:
    """Writable fields on create (JSON schema; unknown keys → 422). The user is always the caller; the project link is what
    identifies the preference.

    """

    links: ProjectPreferenceCreateLinks
    email_communication: bool | Unset = UNSET
    preferences: ProjectPreferenceCreatePreferences | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        links = self.links.to_dict()

        email_communication = self.email_communication

        preferences: dict[str, Any] | Unset = UNSET
        if not isinstance(self.preferences, Unset):
            preferences = self.preferences.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "links": links,
            }
        )
        if email_communication is not UNSET:
            field_dict["email_communication"] = email_communication
        if preferences is not UNSET:
            field_dict["preferences"] = preferences

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.project_preference_create_links import (
            ProjectPreferenceCreateLinks,  # noqa: PLC0415
        )
        from ..models.project_preference_create_preferences import (
            ProjectPreferenceCreatePreferences,  # noqa: PLC0415
        )

        d = dict(src_dict)
        links = ProjectPreferenceCreateLinks.from_dict(d.pop("links"))

        email_communication = d.pop("email_communication", UNSET)

        _preferences = d.pop("preferences", UNSET)
        preferences: ProjectPreferenceCreatePreferences | Unset
        if isinstance(_preferences, Unset):
            preferences = UNSET
        else:
            preferences = ProjectPreferenceCreatePreferences.from_dict(_preferences)

        project_preference_create = cls(
            links=links,
            email_communication=email_communication,
            preferences=preferences,
        )

        return project_preference_create
