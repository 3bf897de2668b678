from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.field_guide_update import FieldGuideUpdate


T = TypeVar("T", bound="FieldGuideUpdateRequest")


@_attrs_define
class FieldGuideUpdateRequest:
    field_guides: FieldGuideUpdate
    """ Writable fields on update; `items` replaces the whole list. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_guides = self.field_guides.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "field_guides": field_guides,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.field_guide_update import FieldGuideUpdate  # noqa: PLC0415

        d = dict(src_dict)
        field_guides = FieldGuideUpdate.from_dict(d.pop("field_guides"))

        field_guide_update_request = cls(
            field_guides=field_guides,
        )

        field_guide_update_request.additional_properties = d
        return field_guide_update_request

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
