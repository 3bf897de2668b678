from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProjectPreferenceSettingsWrite")


@_attrs_define
class ProjectPreferenceSettingsWrite:
    """Settings writable by the owner of the preference."""

    workflow_id: int | str | Unset = UNSET
    """ One id in a request body. The server accepts a string of digits or an integer (the panoptes-python-client
    sends strings, panoptescli integers); responses always carry strings. """
    hidden: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        workflow_id: int | str | Unset
        if isinstance(self.workflow_id, Unset):
            workflow_id = UNSET
        else:
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

        def _parse_workflow_id(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        workflow_id = _parse_workflow_id(d.pop("workflow_id", UNSET))

        hidden = d.pop("hidden", UNSET)

        project_preference_settings_write = cls(
            workflow_id=workflow_id,
            hidden=hidden,
        )

        return project_preference_settings_write
