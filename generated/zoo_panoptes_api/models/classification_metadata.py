from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ClassificationMetadata")


@_attrs_define
class ClassificationMetadata:
    """Free-form metadata recorded by the classifying client. The server merges the classification's `workflow_version`
    into it when serializing.

    """

    started_at: str | Unset = UNSET
    """ When the volunteer started (ISO 8601 date-time, as sent by the client). """
    finished_at: str | Unset = UNSET
    """ When the volunteer finished (ISO 8601 date-time, as sent by the client). """
    user_agent: str | Unset = UNSET
    user_language: str | Unset = UNSET
    """ Interface language, e.g. `en` or `es_MX`. """
    utc_offset: str | Unset = UNSET
    """ The client's UTC offset in seconds, as a string. """
    workflow_version: str | Unset = UNSET
    """ Workflow version (`<major>.<minor>`) the classification was made against. """
    screen_resolution: str | Unset = UNSET
    seen_before: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        started_at = self.started_at

        finished_at = self.finished_at

        user_agent = self.user_agent

        user_language = self.user_language

        utc_offset = self.utc_offset

        workflow_version = self.workflow_version

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
        if utc_offset is not UNSET:
            field_dict["utc_offset"] = utc_offset
        if workflow_version is not UNSET:
            field_dict["workflow_version"] = workflow_version
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

        utc_offset = d.pop("utc_offset", UNSET)

        workflow_version = d.pop("workflow_version", UNSET)

        screen_resolution = d.pop("screen_resolution", UNSET)

        seen_before = d.pop("seen_before", UNSET)

        classification_metadata = cls(
            started_at=started_at,
            finished_at=finished_at,
            user_agent=user_agent,
            user_language=user_language,
            utc_offset=utc_offset,
            workflow_version=workflow_version,
            screen_resolution=screen_resolution,
            seen_before=seen_before,
        )

        classification_metadata.additional_properties = d
        return classification_metadata

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
