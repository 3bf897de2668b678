from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.collection_preference_settings_write import (
        CollectionPreferenceSettingsWrite,
    )


T = TypeVar("T", bound="CollectionPreferenceUpdate")


@_attrs_define
class CollectionPreferenceUpdate:
    preferences: CollectionPreferenceSettingsWrite | Unset = UNSET
    """ Only the `display` key is permitted (any other key is answered with 422). """

    def to_dict(self) -> dict[str, Any]:
        preferences: dict[str, Any] | Unset = UNSET
        if not isinstance(self.preferences, Unset):
            preferences = self.preferences.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if preferences is not UNSET:
            field_dict["preferences"] = preferences

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.collection_preference_settings_write import (
            CollectionPreferenceSettingsWrite,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _preferences = d.pop("preferences", UNSET)
        preferences: CollectionPreferenceSettingsWrite | Unset
        if isinstance(_preferences, Unset):
            preferences = UNSET
        else:
            preferences = CollectionPreferenceSettingsWrite.from_dict(_preferences)

        collection_preference_update = cls(
            preferences=preferences,
        )

        return collection_preference_update
