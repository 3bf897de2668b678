from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.judgment_aggregate import JudgmentAggregate


T = TypeVar("T", bound="JudgmentAggregates")


@_attrs_define
class JudgmentAggregates:
    """One page of judgment aggregates **keyed by unit id**; `{}` past the last page."""

    additional_properties: dict[str, JudgmentAggregate] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.judgment_aggregate import JudgmentAggregate  # noqa: PLC0415

        d = dict(src_dict)
        judgment_aggregates = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = JudgmentAggregate.from_dict(prop_dict)

            additional_properties[prop_name] = additional_property

        judgment_aggregates.additional_properties = additional_properties
        return judgment_aggregates

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> JudgmentAggregate:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: JudgmentAggregate) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
