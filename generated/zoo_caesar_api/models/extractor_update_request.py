from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.extractor_update import ExtractorUpdate


T = TypeVar("T", bound="ExtractorUpdateRequest")


@_attrs_define
class ExtractorUpdateRequest:
    """
    Example:
        {'extractor': {'if_missing': 'reject'}}

    """

    extractor: ExtractorUpdate
    """ Changed extractor settings; every key is optional, but the object must not be empty (400). The type cannot
    change (a `type` key is ignored). Settings follow the same per-type rules as on create. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        extractor = self.extractor.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "extractor": extractor,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.extractor_update import ExtractorUpdate  # noqa: PLC0415

        d = dict(src_dict)
        extractor = ExtractorUpdate.from_dict(d.pop("extractor"))

        extractor_update_request = cls(
            extractor=extractor,
        )

        extractor_update_request.additional_properties = d
        return extractor_update_request

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
