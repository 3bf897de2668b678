from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.export_create import ExportCreate


T = TypeVar("T", bound="ExportCreateRequest")


@_attrs_define
class ExportCreateRequest:
    """Optional body of an export create (`POST /api/<parent>/{id}/<type>_export`). The python client sends `{"media":
    {"content_type": "text/csv"}}`.

        Example:
            {'media': {'content_type': 'text/csv'}}

    """

    media: ExportCreate | Unset = UNSET
    """ Options of a new export; every field is optional. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        media: dict[str, Any] | Unset = UNSET
        if not isinstance(self.media, Unset):
            media = self.media.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if media is not UNSET:
            field_dict["media"] = media

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.export_create import ExportCreate  # noqa: PLC0415

        d = dict(src_dict)
        _media = d.pop("media", UNSET)
        media: ExportCreate | Unset
        if isinstance(_media, Unset):
            media = UNSET
        else:
            media = ExportCreate.from_dict(_media)

        export_create_request = cls(
            media=media,
        )

        export_create_request.additional_properties = d
        return export_create_request

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
