from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ClassificationCreateMetadata")


@_attrs_define
class ClassificationCreateMetadata:
    """Classification metadata on create. `started_at`, `finished_at`, `user_agent`, `user_language` and `workflow_version`
    are required; further keys are accepted and stored as sent.

    """

    started_at: str
    """ When the volunteer started (ISO 8601 date-time). """
    finished_at: str
    """ When the volunteer finished (ISO 8601 date-time). """
    user_agent: str
    user_language: str
    """ Interface language, e.g. `en` or `es_MX`. """
    workflow_version: str
    """ The `version` of the workflow as last read (`<major>.<minor>`). """
    utc_offset: str | Unset = UNSET
    """ The client's UTC offset in seconds, as a string. """
    screen_resolution: str | Unset = UNSET
    """ E.g. `1920x1080`. """
    seen_before: bool | Unset = UNSET
    """ True when the volunteer had already seen this subject. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        started_at = self.started_at

        finished_at = self.finished_at

        user_agent = self.user_agent

        user_language = self.user_language

        workflow_version = self.workflow_version

        utc_offset = self.utc_offset

        screen_resolution = self.screen_resolution

        seen_before = self.seen_before

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "started_at": started_at,
                "finished_at": finished_at,
                "user_agent": user_agent,
                "user_language": user_language,
                "workflow_version": workflow_version,
            }
        )
        if utc_offset is not UNSET:
            field_dict["utc_offset"] = utc_offset
        if screen_resolution is not UNSET:
            field_dict["screen_resolution"] = screen_resolution
        if seen_before is not UNSET:
            field_dict["seen_before"] = seen_before

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        started_at = d.pop("started_at")

        finished_at = d.pop("finished_at")

        user_agent = d.pop("user_agent")

        user_language = d.pop("user_language")

        workflow_version = d.pop("workflow_version")

        utc_offset = d.pop("utc_offset", UNSET)

        screen_resolution = d.pop("screen_resolution", UNSET)

        seen_before = d.pop("seen_before", UNSET)

        classification_create_metadata = cls(
            started_at=started_at,
            finished_at=finished_at,
            user_agent=user_agent,
            user_language=user_language,
            workflow_version=workflow_version,
            utc_offset=utc_offset,
            screen_resolution=screen_resolution,
            seen_before=seen_before,
        )

        classification_create_metadata.additional_properties = d
        return classification_create_metadata

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
