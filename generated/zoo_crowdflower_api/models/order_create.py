from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderCreate")


@_attrs_define
class OrderCreate:
    debitunits_count: int
    """ Number of units to order. """
    channels: list[str] | Unset = UNSET
    """ Channels to order on, sent as repeated `channels[]=<name>`. The everilae client sends `on_demand`; the R
    client `on_demand` or `cf_internal`; the legacy docs list `amt`, `iphone`, `mob`, `sama`. The R client spells it
    `channels[0]=...`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        debitunits_count = self.debitunits_count

        channels: list[str] | Unset = UNSET
        if not isinstance(self.channels, Unset):
            channels = self.channels

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "debit[units_count]": debitunits_count,
            }
        )
        if channels is not UNSET:
            field_dict["channels[]"] = channels

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        debitunits_count = d.pop("debit[units_count]")

        channels = cast(list[str], d.pop("channels[]", UNSET))

        order_create = cls(
            debitunits_count=debitunits_count,
            channels=channels,
        )

        order_create.additional_properties = d
        return order_create

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
