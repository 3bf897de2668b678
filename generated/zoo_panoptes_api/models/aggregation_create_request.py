from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.aggregation_create import AggregationCreate


T = TypeVar("T", bound="AggregationCreateRequest")


@_attrs_define
class AggregationCreateRequest:
    aggregations: AggregationCreate
    """ Writable fields on create (JSON schema; unknown keys → 422). The server adds `links.project` from the
    workflow, calls the aggregation service and sets `task_id` and `status` (`pending`). Only one aggregation per
    workflow. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        aggregations = self.aggregations.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "aggregations": aggregations,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.aggregation_create import AggregationCreate  # noqa: PLC0415

        d = dict(src_dict)
        aggregations = AggregationCreate.from_dict(d.pop("aggregations"))

        aggregation_create_request = cls(
            aggregations=aggregations,
        )

        aggregation_create_request.additional_properties = d
        return aggregation_create_request

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
