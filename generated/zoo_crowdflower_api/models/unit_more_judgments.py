from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UnitMoreJudgments")


@_attrs_define
class UnitMoreJudgments:
    nb_judgments: int | Unset = UNSET
    """ How many more judgments to collect. Server default 1. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        nb_judgments = self.nb_judgments

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if nb_judgments is not UNSET:
            field_dict["nb_judgments"] = nb_judgments

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        nb_judgments = d.pop("nb_judgments", UNSET)

        unit_more_judgments = cls(
            nb_judgments=nb_judgments,
        )

        unit_more_judgments.additional_properties = d
        return unit_more_judgments

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
