from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.json_object import JsonObject


T = TypeVar("T", bound="Extractor")


@_attrs_define
class Extractor:
    """An extractor: turns each classification of the workflow into an extract. The type-specific settings come back inside
    `config`.

        Example:
            {'id': 41, 'workflow_id': 1234, 'key': 'complete', 'type': 'Extractors::QuestionExtractor', 'config':
                {'task_key': 'T1', 'if_missing': 'ignore'}, 'minimum_workflow_version': None, 'created_at':
                '2024-02-01T10:05:00.000Z', 'updated_at': '2024-02-01T10:05:00.000Z'}

    """

    id: int
    workflow_id: int | Unset = UNSET
    key: str | Unset = UNSET
    """ Unique per workflow; extracts carry it as `extractor_key`. """
    type_: str | Unset = UNSET
    """ The Rails STI class name, **not** the short name used in requests: e.g. `Extractors::BlankExtractor`,
    `Extractors::ExternalExtractor`, `Extractors::QuestionExtractor`, `Extractors::SurveyExtractor`,
    `Extractors::WhoExtractor`, `Extractors::PluckFieldExtractor`,
    `Extractors::AggregationExtractors::ShapeExtractor`. """
    config: JsonObject | Unset = UNSET
    """ A free-form JSON object. """
    minimum_workflow_version: None | str | Unset = UNSET
    """ Classifications of older workflow versions produce no extract. """
    created_at: datetime.datetime | None | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        workflow_id = self.workflow_id

        key = self.key

        type_ = self.type_

        config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.config, Unset):
            config = self.config.to_dict()

        minimum_workflow_version: None | str | Unset
        if isinstance(self.minimum_workflow_version, Unset):
            minimum_workflow_version = UNSET
        else:
            minimum_workflow_version = self.minimum_workflow_version

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        elif isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if workflow_id is not UNSET:
            field_dict["workflow_id"] = workflow_id
        if key is not UNSET:
            field_dict["key"] = key
        if type_ is not UNSET:
            field_dict["type"] = type_
        if config is not UNSET:
            field_dict["config"] = config
        if minimum_workflow_version is not UNSET:
            field_dict["minimum_workflow_version"] = minimum_workflow_version
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.json_object import JsonObject  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        workflow_id = d.pop("workflow_id", UNSET)

        key = d.pop("key", UNSET)

        type_ = d.pop("type", UNSET)

        _config = d.pop("config", UNSET)
        config: JsonObject | Unset
        if isinstance(_config, Unset):
            config = UNSET
        else:
            config = JsonObject.from_dict(_config)

        def _parse_minimum_workflow_version(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        minimum_workflow_version = _parse_minimum_workflow_version(
            d.pop("minimum_workflow_version", UNSET)
        )

        def _parse_created_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_timestamp_type_0 = datetime.datetime.fromisoformat(data)

                return componentsschemas_timestamp_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        created_at = _parse_created_at(d.pop("created_at", UNSET))

        def _parse_updated_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_timestamp_type_0 = datetime.datetime.fromisoformat(data)

                return componentsschemas_timestamp_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        updated_at = _parse_updated_at(d.pop("updated_at", UNSET))

        extractor = cls(
            id=id,
            workflow_id=workflow_id,
            key=key,
            type_=type_,
            config=config,
            minimum_workflow_version=minimum_workflow_version,
            created_at=created_at,
            updated_at=updated_at,
        )

        extractor.additional_properties = d
        return extractor

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
