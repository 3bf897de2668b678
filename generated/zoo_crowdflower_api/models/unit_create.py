from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UnitCreate")


@_attrs_define
class UnitCreate:
    """Form fields of a new unit. Send the columns either as one `unit[data][<column>]` field each (docs) or as
    `unit[data]` holding a JSON object string (Ruby gem).

    """

    unitdata: str | Unset = UNSET
    """ The row as a JSON object string, e.g. `{"url": "a.jpg"}`. """
    unitgolden: bool | Unset = UNSET
    """ Make the unit a gold (test question) unit. Server default false. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        unitdata = self.unitdata

        unitgolden = self.unitgolden

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if unitdata is not UNSET:
            field_dict["unit[data]"] = unitdata
        if unitgolden is not UNSET:
            field_dict["unit[golden]"] = unitgolden

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        unitdata = d.pop("unit[data]", UNSET)

        unitgolden = d.pop("unit[golden]", UNSET)

        unit_create = cls(
            unitdata=unitdata,
            unitgolden=unitgolden,
        )

        unit_create.additional_properties = d
        return unit_create

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
