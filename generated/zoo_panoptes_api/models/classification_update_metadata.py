from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ClassificationUpdateMetadata")


@_attrs_define
class ClassificationUpdateMetadata:
    """Classification metadata on update; further keys are accepted and stored as sent."""

    started_at: str | Unset = UNSET
    """ ISO 8601 date-time. """
    finished_at: str | Unset = UNSET
    """ ISO 8601 date-time. """
    user_agent: str | Unset = UNSET
    user_language: str | Unset = UNSET
    screen_resolution: str | Unset = UNSET
    seen_before: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        started_at = self.started_at

        finished_at = self.finished_at

        user_agent = self.user_agent

        user_language = self.user_language

        screen_resolution = self.screen_resolution

        seen_before = self.seen_before

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if started_at is not UNSET:
            field_dict["started_at"] = started_at
        if finished_at is not UNSET:
            field_dict["finished_at"] = finished_at
        if user_agent is not UNSET:
            field_dict["user_agent"] = user_agent
        if user_language is not UNSET:
            field_dict["user_language"] = user_language
        if screen_resolution is not UNSET:
            field_dict["screen_resolution"] = screen_resolution
        if seen_before is not UNSET:
            field_dict["seen_before"] = seen_before

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        started_at = d.pop("started_at", UNSET)

        finished_at = d.pop("finished_at", UNSET)

        user_agent = d.pop("user_agent", UNSET)

        user_language = d.pop("user_language", UNSET)

        screen_resolution = d.pop("screen_resolution", UNSET)

        seen_before = d.pop("seen_before", UNSET)

        classification_update_metadata = cls(
            started_at=started_at,
            finished_at=finished_at,
            user_agent=user_agent,
            user_language=user_language,
            screen_resolution=screen_resolution,
            seen_before=seen_before,
        )

        classification_update_metadata.additional_properties = d
        return classification_update_metadata

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
