from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UnitUpdate")


@_attrs_define
class UnitUpdate:
    """Form fields `unit[<attr>]` to change; e.g. `unit[golden]=true` makes the unit gold."""

    unitdata: str | Unset = UNSET
    """ The row as a JSON object string. """
    unitgolden: bool | Unset = UNSET
    unitstate: str | Unset = UNSET
    unitagreement: float | Unset = UNSET
    unitdifficulty: float | Unset = UNSET
    unitmissed_count: int | Unset = UNSET
    unitjob_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        unitdata = self.unitdata

        unitgolden = self.unitgolden

        unitstate = self.unitstate

        unitagreement = self.unitagreement

        unitdifficulty = self.unitdifficulty

        unitmissed_count = self.unitmissed_count

        unitjob_id = self.unitjob_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if unitdata is not UNSET:
            field_dict["unit[data]"] = unitdata
        if unitgolden is not UNSET:
            field_dict["unit[golden]"] = unitgolden
        if unitstate is not UNSET:
            field_dict["unit[state]"] = unitstate
        if unitagreement is not UNSET:
            field_dict["unit[agreement]"] = unitagreement
        if unitdifficulty is not UNSET:
            field_dict["unit[difficulty]"] = unitdifficulty
        if unitmissed_count is not UNSET:
            field_dict["unit[missed_count]"] = unitmissed_count
        if unitjob_id is not UNSET:
            field_dict["unit[job_id]"] = unitjob_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        unitdata = d.pop("unit[data]", UNSET)

        unitgolden = d.pop("unit[golden]", UNSET)

        unitstate = d.pop("unit[state]", UNSET)

        unitagreement = d.pop("unit[agreement]", UNSET)

        unitdifficulty = d.pop("unit[difficulty]", UNSET)

        unitmissed_count = d.pop("unit[missed_count]", UNSET)

        unitjob_id = d.pop("unit[job_id]", UNSET)

        unit_update = cls(
            unitdata=unitdata,
            unitgolden=unitgolden,
            unitstate=unitstate,
            unitagreement=unitagreement,
            unitdifficulty=unitdifficulty,
            unitmissed_count=unitmissed_count,
            unitjob_id=unitjob_id,
        )

        unit_update.additional_properties = d
        return unit_update

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
