from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.judgment_record import JudgmentRecord
    from ..models.unit_field_result import UnitFieldResult


T = TypeVar("T", bound="UnitResults")


@_attrs_define
class UnitResults:
    """Present once trusted judgments exist: `judgments` (the unit's judgments) plus, per job field, `{"agg": <chosen
    answer>, "confidence": <0..1>}`.

    """

    judgments: list[JudgmentRecord] | Unset = UNSET
    additional_properties: dict[str, UnitFieldResult] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        judgments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.judgments, Unset):
            judgments = []
            for judgments_item_data in self.judgments:
                judgments_item = judgments_item_data.to_dict()
                judgments.append(judgments_item)

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        field_dict.update({})
        if judgments is not UNSET:
            field_dict["judgments"] = judgments

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.judgment_record import JudgmentRecord  # noqa: PLC0415
        from ..models.unit_field_result import UnitFieldResult  # noqa: PLC0415

        d = dict(src_dict)
        _judgments = d.pop("judgments", UNSET)
        judgments: list[JudgmentRecord] | Unset = UNSET
        if _judgments is not UNSET:
            judgments = []
            for judgments_item_data in _judgments:
                judgments_item = JudgmentRecord.from_dict(judgments_item_data)

                judgments.append(judgments_item)

        unit_results = cls(
            judgments=judgments,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = UnitFieldResult.from_dict(prop_dict)

            additional_properties[prop_name] = additional_property

        unit_results.additional_properties = additional_properties
        return unit_results

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> UnitFieldResult:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: UnitFieldResult) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
