from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SubjectRule")


@_attrs_define
class SubjectRule:
    """A condition on a subject's reductions; when it holds, the rule's effects run. Rules are evaluated in `row_order`.

    Example:
        {'id': 12, 'workflow_id': 1234, 'condition': ['gte', ['lookup', 'count.classifications', 0], ['const', 30]],
            'topic': 'evaluate_by_subject', 'row_order': 0, 'created_at': '2024-02-01T10:10:00.000Z', 'updated_at':
            '2024-02-01T10:10:00.000Z'}

    """

    id: int | None | Unset = UNSET
    """ Null when the create request failed validation (the server still answers 200). """
    workflow_id: int | Unset = UNSET
    condition: Any | Unset = UNSET
    """ The condition, a `RuleCondition` array once saved. On a rule that failed validation (`id` null) it is what
    the request sent, whatever its type (e.g. a string). """
    topic: None | str | Unset = UNSET
    """ `evaluate_by_subject` or `evaluate_by_user`. """
    row_order: int | None | Unset = UNSET
    """ Position among the workflow's subject rules. """
    created_at: datetime.datetime | None | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: int | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        workflow_id = self.workflow_id

        condition = self.condition

        topic: None | str | Unset
        if isinstance(self.topic, Unset):
            topic = UNSET
        else:
            topic = self.topic

        row_order: int | None | Unset
        if isinstance(self.row_order, Unset):
            row_order = UNSET
        else:
            row_order = self.row_order

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
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if workflow_id is not UNSET:
            field_dict["workflow_id"] = workflow_id
        if condition is not UNSET:
            field_dict["condition"] = condition
        if topic is not UNSET:
            field_dict["topic"] = topic
        if row_order is not UNSET:
            field_dict["row_order"] = row_order
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        workflow_id = d.pop("workflow_id", UNSET)

        condition = d.pop("condition", UNSET)

        def _parse_topic(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        topic = _parse_topic(d.pop("topic", UNSET))

        def _parse_row_order(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        row_order = _parse_row_order(d.pop("row_order", UNSET))

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

        subject_rule = cls(
            id=id,
            workflow_id=workflow_id,
            condition=condition,
            topic=topic,
            row_order=row_order,
            created_at=created_at,
            updated_at=updated_at,
        )

        subject_rule.additional_properties = d
        return subject_rule

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
