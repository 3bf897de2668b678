from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ReducerGrouping")


@_attrs_define
class ReducerGrouping:
    """Reduce per group instead of per subject: the value of `field_name` becomes the reduction's `subgroup` (otherwise
    `_default`). Blank values are removed by the server.

    """

    field_name: str | Unset = UNSET
    """ `<extractor_key>.<field>` whose value names the group. """
    if_missing: str | Unset = UNSET
    """ What to do when an extract lacks the field, e.g. `error` or `ignore`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_name = self.field_name

        if_missing = self.if_missing

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if field_name is not UNSET:
            field_dict["field_name"] = field_name
        if if_missing is not UNSET:
            field_dict["if_missing"] = if_missing

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        field_name = d.pop("field_name", UNSET)

        if_missing = d.pop("if_missing", UNSET)

        reducer_grouping = cls(
            field_name=field_name,
            if_missing=if_missing,
        )

        reducer_grouping.additional_properties = d
        return reducer_grouping

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
