from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.unit_list_additional_property import UnitListAdditionalProperty


T = TypeVar("T", bound="UnitList")


@_attrs_define
class UnitList:
    """One page of units, **keyed by unit id** (not a list); each value is that unit's `data` (columns). `{}` past the last
    page. Fetch a full unit with `get_unit`.

        Example:
            {'987654321': {'url': 'https://example.com/a.jpg', 'sku': '1'}, '987654322': {'url':
                'https://example.com/b.jpg', 'sku': '2'}}

    """

    additional_properties: dict[str, UnitListAdditionalProperty] = _attrs_field(
        init=False, factory=dict
    )

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.unit_list_additional_property import UnitListAdditionalProperty  # noqa: PLC0415

        d = dict(src_dict)
        unit_list = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = UnitListAdditionalProperty.from_dict(prop_dict)

            additional_properties[prop_name] = additional_property

        unit_list.additional_properties = additional_properties
        return unit_list

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> UnitListAdditionalProperty:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: UnitListAdditionalProperty) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
