from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="JudgmentAggregate")


@_attrs_define
class JudgmentAggregate:
    """The aggregate of one unit's judgments. Underscore keys are metadata; every other key is a job field with `{"agg":
    <chosen answer>, "res": <full results>}`. Undocumented: the seed warns the structure is "very likely to break".

    """

    field_agreement: float | None | Unset = UNSET
    field_ids: list[int] | Unset = UNSET
    """ Ids of the judgments aggregated. """
    field_state: None | str | Unset = UNSET
    field_updated_at: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_agreement: float | None | Unset
        if isinstance(self.field_agreement, Unset):
            field_agreement = UNSET
        else:
            field_agreement = self.field_agreement

        field_ids: list[int] | Unset = UNSET
        if not isinstance(self.field_ids, Unset):
            field_ids = self.field_ids

        field_state: None | str | Unset
        if isinstance(self.field_state, Unset):
            field_state = UNSET
        else:
            field_state = self.field_state

        field_updated_at: None | str | Unset
        if isinstance(self.field_updated_at, Unset):
            field_updated_at = UNSET
        else:
            field_updated_at = self.field_updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if field_agreement is not UNSET:
            field_dict["_agreement"] = field_agreement
        if field_ids is not UNSET:
            field_dict["_ids"] = field_ids
        if field_state is not UNSET:
            field_dict["_state"] = field_state
        if field_updated_at is not UNSET:
            field_dict["_updated_at"] = field_updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_field_agreement(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        field_agreement = _parse_field_agreement(d.pop("_agreement", UNSET))

        field_ids = cast(list[int], d.pop("_ids", UNSET))

        def _parse_field_state(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        field_state = _parse_field_state(d.pop("_state", UNSET))

        def _parse_field_updated_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        field_updated_at = _parse_field_updated_at(d.pop("_updated_at", UNSET))

        judgment_aggregate = cls(
            field_agreement=field_agreement,
            field_ids=field_ids,
            field_state=field_state,
            field_updated_at=field_updated_at,
        )

        judgment_aggregate.additional_properties = d
        return judgment_aggregate

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
