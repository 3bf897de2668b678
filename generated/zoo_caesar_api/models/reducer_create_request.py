from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.reducer_create import ReducerCreate


T = TypeVar("T", bound="ReducerCreateRequest")


@_attrs_define
class ReducerCreateRequest:
    reducer: ReducerCreate
    """ A new reducer. The type-specific settings are sent at the top level; the server only permits the
    fields the chosen type declares (others are dropped silently) and stores them in `config`.
    `reduction_mode` cannot be set through this API.

    | type | settings (server default) |
    |---|---|
    | `consensus` | `ignore_empty_extracts` (false) |
    | `count`, `placeholder`, `first_extract`, `stats` | none |
    | `external` | `url` (https), `version` ("1") |
    | `summary_stats` | `summarize_field`, `operations` |
    | `unique_count` | `field` |
    | `rectangle` | `eps` (5.0), `min_samples` (3), `metric` ("euclidean"), `algorithm` ("auto"), `leaf_size` (30),
    `p` (null) |
    | `sqs` | `queue_name`, `queue_url` | """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        reducer = self.reducer.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "reducer": reducer,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.reducer_create import ReducerCreate  # noqa: PLC0415

        d = dict(src_dict)
        reducer = ReducerCreate.from_dict(d.pop("reducer"))

        reducer_create_request = cls(
            reducer=reducer,
        )

        reducer_create_request.additional_properties = d
        return reducer_create_request

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
