from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.medium_create import MediumCreate


T = TypeVar("T", bound="MediumCreateRequest")


@_attrs_define
class MediumCreateRequest:
    """Body of a media create (`POST /api/<parent>/{id}/<media name>`).

    Example:
        {'media': {'content_type': 'image/png', 'metadata': {'filename': 'avatar.png'}}}

    """

    media: MediumCreate
    """ Writable fields of a new medium. Leave `src` out (and `external_link` false) to have Panoptes host the file:
    the response `src` is then a signed PUT URL, valid for 20 minutes, to upload it to. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        media = self.media.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "media": media,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.medium_create import MediumCreate  # noqa: PLC0415

        d = dict(src_dict)
        media = MediumCreate.from_dict(d.pop("media"))

        medium_create_request = cls(
            media=media,
        )

        medium_create_request.additional_properties = d
        return medium_create_request

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
