from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.project_preference_update_settings_settings_designator import (
        ProjectPreferenceUpdateSettingsSettingsDesignator,
    )


T = TypeVar("T", bound="ProjectPreferenceUpdateSettingsSettings")


@_attrs_define
class ProjectPreferenceUpdateSettingsSettings:
    workflow_id: int | str | Unset = UNSET
    """ The workflow to send the user to (a string or an integer of digits; the server's
    `ProjectPreferenceUpdateSettingsSchema` accepts both). """
    designator: ProjectPreferenceUpdateSettingsSettingsDesignator | Unset = UNSET
    """ Free-form subject-selection (designator) settings for the user. """

    def to_dict(self) -> dict[str, Any]:
        workflow_id: int | str | Unset
        if isinstance(self.workflow_id, Unset):
            workflow_id = UNSET
        else:
            workflow_id = self.workflow_id

        designator: dict[str, Any] | Unset = UNSET
        if not isinstance(self.designator, Unset):
            designator = self.designator.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if workflow_id is not UNSET:
            field_dict["workflow_id"] = workflow_id
        if designator is not UNSET:
            field_dict["designator"] = designator

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.project_preference_update_settings_settings_designator import (
            ProjectPreferenceUpdateSettingsSettingsDesignator,  # noqa: PLC0415
        )

        d = dict(src_dict)

        def _parse_workflow_id(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        workflow_id = _parse_workflow_id(d.pop("workflow_id", UNSET))

        _designator = d.pop("designator", UNSET)
        designator: ProjectPreferenceUpdateSettingsSettingsDesignator | Unset
        if isinstance(_designator, Unset):
            designator = UNSET
        else:
            designator = ProjectPreferenceUpdateSettingsSettingsDesignator.from_dict(_designator)

        project_preference_update_settings_settings = cls(
            workflow_id=workflow_id,
            designator=designator,
        )

        return project_preference_update_settings_settings
