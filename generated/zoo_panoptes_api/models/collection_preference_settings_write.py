from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="CollectionPreferenceSettingsWrite")


@_attrs_define
class CollectionPreferenceSettingsWrite:
    """Only the `display` key is permitted (any other key is answered with 422)."""

    display: str | Unset = UNSET
    """ E.g. `grid` or `list`. """

    def to_dict(self) -> dict[str, Any]:
        display = self.display

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if display is not UNSET:
            field_dict["display"] = display

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        display = d.pop("display", UNSET)

        collection_preference_settings_write = cls(
            display=display,
        )

        return collection_preference_settings_write
