from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.project_preference_activity_count_by_workflow_type_0 import (
        ProjectPreferenceActivityCountByWorkflowType0,
    )
    from ..models.project_preference_links import ProjectPreferenceLinks
    from ..models.project_preference_preferences_type_0 import (
        ProjectPreferencePreferencesType0,
    )
    from ..models.project_preference_settings_type_0 import ProjectPreferenceSettingsType0


T = TypeVar("T", bound="ProjectPreference")


@_attrs_define
class ProjectPreference:
    """One user's preferences and settings for one project. Only visible to that user (and admins)."""

    id: str
    """ Panoptes ids are always serialized as strings of digits. """
    href: str | Unset = UNSET
    email_communication: bool | None | Unset = UNSET
    """ Whether the user accepts project emails. """
    preferences: None | ProjectPreferencePreferencesType0 | Unset = UNSET
    """ Free-form preferences set by the user (e.g. `{"tutorial": true}`). """
    settings: None | ProjectPreferenceSettingsType0 | Unset = UNSET
    """ Settings set by the project team, e.g. `workflow_id` (the workflow to send the user to), `hidden`,
    `designator` (subject-selection settings). """
    activity_count: int | None | Unset = UNSET
    """ Number of subjects the user has classified in the project (cached 5 minutes). """
    activity_count_by_workflow: None | ProjectPreferenceActivityCountByWorkflowType0 | Unset = UNSET
    """ Activity count keyed by workflow id. """
    created_at: datetime.datetime | None | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    links: ProjectPreferenceLinks | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.project_preference_activity_count_by_workflow_type_0 import (
            ProjectPreferenceActivityCountByWorkflowType0,  # noqa: PLC0415
        )
        from ..models.project_preference_preferences_type_0 import (
            ProjectPreferencePreferencesType0,  # noqa: PLC0415
        )
        from ..models.project_preference_settings_type_0 import (
            ProjectPreferenceSettingsType0,  # noqa: PLC0415
        )

        id = self.id

        href = self.href

        email_communication: bool | None | Unset
        if isinstance(self.email_communication, Unset):
            email_communication = UNSET
        else:
            email_communication = self.email_communication

        preferences: dict[str, Any] | None | Unset
        if isinstance(self.preferences, Unset):
            preferences = UNSET
        elif isinstance(self.preferences, ProjectPreferencePreferencesType0):
            preferences = self.preferences.to_dict()
        else:
            preferences = self.preferences

        settings: dict[str, Any] | None | Unset
        if isinstance(self.settings, Unset):
            settings = UNSET
        elif isinstance(self.settings, ProjectPreferenceSettingsType0):
            settings = self.settings.to_dict()
        else:
            settings = self.settings

        activity_count: int | None | Unset
        if isinstance(self.activity_count, Unset):
            activity_count = UNSET
        else:
            activity_count = self.activity_count

        activity_count_by_workflow: dict[str, Any] | None | Unset
        if isinstance(self.activity_count_by_workflow, Unset):
            activity_count_by_workflow = UNSET
        elif isinstance(
            self.activity_count_by_workflow, ProjectPreferenceActivityCountByWorkflowType0
        ):
            activity_count_by_workflow = self.activity_count_by_workflow.to_dict()
        else:
            activity_count_by_workflow = self.activity_count_by_workflow

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
        if email_communication is not UNSET:
            field_dict["email_communication"] = email_communication
        if preferences is not UNSET:
            field_dict["preferences"] = preferences
        if settings is not UNSET:
            field_dict["settings"] = settings
        if activity_count is not UNSET:
            field_dict["activity_count"] = activity_count
        if activity_count_by_workflow is not UNSET:
            field_dict["activity_count_by_workflow"] = activity_count_by_workflow
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if links is not UNSET:
            field_dict["links"] = links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.project_preference_activity_count_by_workflow_type_0 import (
            ProjectPreferenceActivityCountByWorkflowType0,  # noqa: PLC0415
        )
        from ..models.project_preference_links import ProjectPreferenceLinks  # noqa: PLC0415
        from ..models.project_preference_preferences_type_0 import (
            ProjectPreferencePreferencesType0,  # noqa: PLC0415
        )
        from ..models.project_preference_settings_type_0 import (
            ProjectPreferenceSettingsType0,  # noqa: PLC0415
        )

        d = dict(src_dict)
        id = d.pop("id")

        href = d.pop("href", UNSET)

        def _parse_email_communication(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        email_communication = _parse_email_communication(d.pop("email_communication", UNSET))

        def _parse_preferences(data: object) -> None | ProjectPreferencePreferencesType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                preferences_type_0 = ProjectPreferencePreferencesType0.from_dict(data)

                return preferences_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ProjectPreferencePreferencesType0 | Unset, data)

        preferences = _parse_preferences(d.pop("preferences", UNSET))

        def _parse_settings(data: object) -> None | ProjectPreferenceSettingsType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                settings_type_0 = ProjectPreferenceSettingsType0.from_dict(data)

                return settings_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ProjectPreferenceSettingsType0 | Unset, data)

        settings = _parse_settings(d.pop("settings", UNSET))

        def _parse_activity_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        activity_count = _parse_activity_count(d.pop("activity_count", UNSET))

        def _parse_activity_count_by_workflow(
            data: object,
        ) -> None | ProjectPreferenceActivityCountByWorkflowType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                activity_count_by_workflow_type_0 = (
                    ProjectPreferenceActivityCountByWorkflowType0.from_dict(data)
                )

                return activity_count_by_workflow_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ProjectPreferenceActivityCountByWorkflowType0 | Unset, data)

        activity_count_by_workflow = _parse_activity_count_by_workflow(
            d.pop("activity_count_by_workflow", UNSET)
        )

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

        project_preference = cls(
            id=id,
            href=href,
            email_communication=email_communication,
            preferences=preferences,
            settings=settings,
            activity_count=activity_count,
            activity_count_by_workflow=activity_count_by_workflow,
            created_at=created_at,
            updated_at=updated_at,
            links=links,
        )

        project_preference.additional_properties = d
        return project_preference

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
