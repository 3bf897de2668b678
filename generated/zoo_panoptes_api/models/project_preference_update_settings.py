from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.project_preference_update_settings_settings import (
        ProjectPreferenceUpdateSettingsSettings,
    )


T = TypeVar("T", bound="ProjectPreferenceUpdateSettings")


@_attrs_define
class ProjectPreferenceUpdateSettings:
    """Identifies the preference by `user_id` and `project_id` (inside the body) and merges `settings` into its settings
    hash.

    """

    user_id: int | str
    """ The user's id (a string or an integer of digits). """
    project_id: int | str
    """ The project's id (a string or an integer of digits). """
    settings: ProjectPreferenceUpdateSettingsSettings | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        user_id: int | str
        user_id = self.user_id

        project_id: int | str
        project_id = self.project_id

        settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.settings, Unset):
            settings = self.settings.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "user_id": user_id,
                "project_id": project_id,
            }
        )
        if settings is not UNSET:
            field_dict["settings"] = settings

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.project_preference_update_settings_settings import (
            ProjectPreferenceUpdateSettingsSettings,  # noqa: PLC0415
        )

        d = dict(src_dict)

        def _parse_user_id(data: object) -> int | str:
            return cast(int | str, data)

        user_id = _parse_user_id(d.pop("user_id"))

        def _parse_project_id(data: object) -> int | str:
            return cast(int | str, data)

        project_id = _parse_project_id(d.pop("project_id"))

        _settings = d.pop("settings", UNSET)
        settings: ProjectPreferenceUpdateSettingsSettings | Unset
        if isinstance(_settings, Unset):
            settings = UNSET
        else:
            settings = ProjectPreferenceUpdateSettingsSettings.from_dict(_settings)

        project_preference_update_settings = cls(
            user_id=user_id,
            project_id=project_id,
            settings=settings,
        )

        return project_preference_update_settings
