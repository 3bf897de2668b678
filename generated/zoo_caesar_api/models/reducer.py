from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.json_object import JsonObject


T = TypeVar("T", bound="Reducer")


@_attrs_define
class Reducer:
    """A reducer: combines the extracts of a subject (or user) into a reduction. Reducers belong to a workflow or, for
    project-level reductions, to a project (`reducible_type`). The type-specific settings come back inside `config`.

        Example:
            {'id': 77, 'workflow_id': 1234, 'reducible_id': 1234, 'reducible_type': 'Workflow', 'key': 'count', 'type':
                'Reducers::CountReducer', 'config': {}, 'filters': {'extractor_keys': ['complete'], 'repeated_classifications':
                'keep_first'}, 'grouping': {}, 'topic': 'reduce_by_subject', 'reduction_mode': 'default_reduction',
                'created_at': '2024-02-01T10:06:00.000Z', 'updated_at': '2024-02-01T10:06:00.000Z'}

    """

    id: int
    workflow_id: int | None | Unset = UNSET
    reducible_id: int | Unset = UNSET
    reducible_type: str | Unset = UNSET
    """ `Workflow` or `Project`. """
    key: str | Unset = UNSET
    """ Unique per workflow/project; reductions carry it as `reducer_key`. """
    type_: str | Unset = UNSET
    """ The Rails STI class name, **not** the short name used in requests: e.g. `Reducers::ConsensusReducer`,
    `Reducers::CountReducer`, `Reducers::PlaceholderReducer`, `Reducers::ExternalReducer`,
    `Reducers::FirstExtractReducer`, `Reducers::StatsReducer`, `Reducers::SummaryStatisticsReducer`,
    `Reducers::UniqueCountReducer`, `Reducers::AggregationReducers::RectangleReducer`, `Reducers::SqsReducer`. """
    config: JsonObject | Unset = UNSET
    """ A free-form JSON object. """
    filters: JsonObject | Unset = UNSET
    """ A free-form JSON object. """
    grouping: JsonObject | Unset = UNSET
    """ A free-form JSON object. """
    topic: str | Unset = UNSET
    """ `reduce_by_subject` or `reduce_by_user`. """
    reduction_mode: str | Unset = UNSET
    """ `default_reduction` (reduce all extracts each time) or `running_reduction` (fold new extracts into the
    stored reduction). """
    created_at: datetime.datetime | None | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        workflow_id: int | None | Unset
        if isinstance(self.workflow_id, Unset):
            workflow_id = UNSET
        else:
            workflow_id = self.workflow_id

        reducible_id = self.reducible_id

        reducible_type = self.reducible_type

        key = self.key

        type_ = self.type_

        config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.config, Unset):
            config = self.config.to_dict()

        filters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.filters, Unset):
            filters = self.filters.to_dict()

        grouping: dict[str, Any] | Unset = UNSET
        if not isinstance(self.grouping, Unset):
            grouping = self.grouping.to_dict()

        topic = self.topic

        reduction_mode = self.reduction_mode

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
        if reducible_id is not UNSET:
            field_dict["reducible_id"] = reducible_id
        if reducible_type is not UNSET:
            field_dict["reducible_type"] = reducible_type
        if key is not UNSET:
            field_dict["key"] = key
        if type_ is not UNSET:
            field_dict["type"] = type_
        if config is not UNSET:
            field_dict["config"] = config
        if filters is not UNSET:
            field_dict["filters"] = filters
        if grouping is not UNSET:
            field_dict["grouping"] = grouping
        if topic is not UNSET:
            field_dict["topic"] = topic
        if reduction_mode is not UNSET:
            field_dict["reduction_mode"] = reduction_mode
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

        def _parse_workflow_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        workflow_id = _parse_workflow_id(d.pop("workflow_id", UNSET))

        reducible_id = d.pop("reducible_id", UNSET)

        reducible_type = d.pop("reducible_type", UNSET)

        key = d.pop("key", UNSET)

        type_ = d.pop("type", UNSET)

        _config = d.pop("config", UNSET)
        config: JsonObject | Unset
        if isinstance(_config, Unset):
            config = UNSET
        else:
            config = JsonObject.from_dict(_config)

        _filters = d.pop("filters", UNSET)
        filters: JsonObject | Unset
        if isinstance(_filters, Unset):
            filters = UNSET
        else:
            filters = JsonObject.from_dict(_filters)

        _grouping = d.pop("grouping", UNSET)
        grouping: JsonObject | Unset
        if isinstance(_grouping, Unset):
            grouping = UNSET
        else:
            grouping = JsonObject.from_dict(_grouping)

        topic = d.pop("topic", UNSET)

        reduction_mode = d.pop("reduction_mode", UNSET)

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

        reducer = cls(
            id=id,
            workflow_id=workflow_id,
            reducible_id=reducible_id,
            reducible_type=reducible_type,
            key=key,
            type_=type_,
            config=config,
            filters=filters,
            grouping=grouping,
            topic=topic,
            reduction_mode=reduction_mode,
            created_at=created_at,
            updated_at=updated_at,
        )

        reducer.additional_properties = d
        return reducer

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
