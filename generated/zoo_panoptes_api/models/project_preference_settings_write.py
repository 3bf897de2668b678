from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProjectPreferenceSettingsWrite")


@_attrs_define
class ProjectPreferenceSettingsWrite:
    """Settings writable by the owner of the preference."""

    workflow_id: str | Unset = UNSET
    """ Panoptes ids are always serialized as strings of digits. """
    hidden: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        workflow_id = self.workflow_id

        hidden = self.hidden

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if workflow_id is not UNSET:
            field_dict["workflow_id"] = workflow_id
        if hidden is not UNSET:
            field_dict["hidden"] = hidden

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        workflow_id = d.pop("workflow_id", UNSET)

        hidden = d.pop("hidden", UNSET)

        project_preference_settings_write = cls(
            workflow_id=workflow_id,
            hidden=hidden,
        )

        return project_preference_settings_write
