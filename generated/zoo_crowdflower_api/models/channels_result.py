from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ChannelsResult")


@_attrs_define
class ChannelsResult:
    """The answer to a channel change; not documented (probably the channel lists or a message)."""

    enabled_channels: list[str] | Unset = UNSET
    available_channels: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enabled_channels: list[str] | Unset = UNSET
        if not isinstance(self.enabled_channels, Unset):
            enabled_channels = self.enabled_channels

        available_channels: list[str] | Unset = UNSET
        if not isinstance(self.available_channels, Unset):
            available_channels = self.available_channels

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if enabled_channels is not UNSET:
            field_dict["enabled_channels"] = enabled_channels
        if available_channels is not UNSET:
            field_dict["available_channels"] = available_channels

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        enabled_channels = cast(list[str], d.pop("enabled_channels", UNSET))

        available_channels = cast(list[str], d.pop("available_channels", UNSET))

        channels_result = cls(
            enabled_channels=enabled_channels,
            available_channels=available_channels,
        )

        channels_result.additional_properties = d
        return channels_result

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
