from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="JobStatus")


@_attrs_define
class JobStatus:
    """Progress counters of a job (field list from the R client)."""

    golden_units: int | Unset = UNSET
    all_units: int | Unset = UNSET
    ordered_units: int | Unset = UNSET
    completed_units_estimate: int | Unset = UNSET
    needed_judgments: int | Unset = UNSET
    all_judgments: int | Unset = UNSET
    tainted_judgments: int | Unset = UNSET
    completed_gold_estimate: int | Unset = UNSET
    completed_non_gold_estimate: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        golden_units = self.golden_units

        all_units = self.all_units

        ordered_units = self.ordered_units

        completed_units_estimate = self.completed_units_estimate

        needed_judgments = self.needed_judgments

        all_judgments = self.all_judgments

        tainted_judgments = self.tainted_judgments

        completed_gold_estimate = self.completed_gold_estimate

        completed_non_gold_estimate = self.completed_non_gold_estimate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if golden_units is not UNSET:
            field_dict["golden_units"] = golden_units
        if all_units is not UNSET:
            field_dict["all_units"] = all_units
        if ordered_units is not UNSET:
            field_dict["ordered_units"] = ordered_units
        if completed_units_estimate is not UNSET:
            field_dict["completed_units_estimate"] = completed_units_estimate
        if needed_judgments is not UNSET:
            field_dict["needed_judgments"] = needed_judgments
        if all_judgments is not UNSET:
            field_dict["all_judgments"] = all_judgments
        if tainted_judgments is not UNSET:
            field_dict["tainted_judgments"] = tainted_judgments
        if completed_gold_estimate is not UNSET:
            field_dict["completed_gold_estimate"] = completed_gold_estimate
        if completed_non_gold_estimate is not UNSET:
            field_dict["completed_non_gold_estimate"] = completed_non_gold_estimate

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        golden_units = d.pop("golden_units", UNSET)

        all_units = d.pop("all_units", UNSET)

        ordered_units = d.pop("ordered_units", UNSET)

        completed_units_estimate = d.pop("completed_units_estimate", UNSET)

        needed_judgments = d.pop("needed_judgments", UNSET)

        all_judgments = d.pop("all_judgments", UNSET)

        tainted_judgments = d.pop("tainted_judgments", UNSET)

        completed_gold_estimate = d.pop("completed_gold_estimate", UNSET)

        completed_non_gold_estimate = d.pop("completed_non_gold_estimate", UNSET)

        job_status = cls(
            golden_units=golden_units,
            all_units=all_units,
            ordered_units=ordered_units,
            completed_units_estimate=completed_units_estimate,
            needed_judgments=needed_judgments,
            all_judgments=all_judgments,
            tainted_judgments=tainted_judgments,
            completed_gold_estimate=completed_gold_estimate,
            completed_non_gold_estimate=completed_non_gold_estimate,
        )

        job_status.additional_properties = d
        return job_status

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
