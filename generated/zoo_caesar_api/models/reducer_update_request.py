from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.reducer_update import ReducerUpdate


T = TypeVar("T", bound="ReducerUpdateRequest")


@_attrs_define
class ReducerUpdateRequest:
    """
    Example:
        {'reducer': {'filters': {'extractor_keys': ['complete'], 'repeated_classifications': 'keep_last'}}}

    """

    reducer: ReducerUpdate
    """ Changed reducer settings; every key is optional, but the object must not be empty (400). The type cannot
    change (a `type` key is ignored). Settings follow the same per-type rules as on create. """
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
        from ..models.reducer_update import ReducerUpdate  # noqa: PLC0415

        d = dict(src_dict)
        reducer = ReducerUpdate.from_dict(d.pop("reducer"))

        reducer_update_request = cls(
            reducer=reducer,
        )

        reducer_update_request.additional_properties = d
        return reducer_update_request

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
