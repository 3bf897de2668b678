from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.polymorphic_link import PolymorphicLink


T = TypeVar("T", bound="MediumLinks")


@_attrs_define
class MediumLinks:
    """Links of a medium."""

    linked: PolymorphicLink | Unset = UNSET
    """ A polymorphic belongs-to link. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        linked: dict[str, Any] | Unset = UNSET
        if not isinstance(self.linked, Unset):
            linked = self.linked.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if linked is not UNSET:
            field_dict["linked"] = linked

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.polymorphic_link import PolymorphicLink  # noqa: PLC0415

        d = dict(src_dict)
        _linked = d.pop("linked", UNSET)
        linked: PolymorphicLink | Unset
        if isinstance(_linked, Unset):
            linked = UNSET
        else:
            linked = PolymorphicLink.from_dict(_linked)

        medium_links = cls(
            linked=linked,
        )

        medium_links.additional_properties = d
        return medium_links

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
