from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.project_preference_create import ProjectPreferenceCreate


T = TypeVar("T", bound="ProjectPreferenceCreateRequest")


@_attrs_define
class ProjectPreferenceCreateRequest:
    project_preferences: ProjectPreferenceCreate
    """ Writable fields on create (JSON schema; unknown keys → 422). The user is always the caller; the project link
    is what identifies the preference. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        project_preferences = self.project_preferences.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "project_preferences": project_preferences,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.project_preference_create import ProjectPreferenceCreate  # noqa: PLC0415

        d = dict(src_dict)
        project_preferences = ProjectPreferenceCreate.from_dict(d.pop("project_preferences"))

        project_preference_create_request = cls(
            project_preferences=project_preferences,
        )

        project_preference_create_request.additional_properties = d
        return project_preference_create_request

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
