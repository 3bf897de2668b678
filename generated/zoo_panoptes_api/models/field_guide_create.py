from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.field_guide_create_links import FieldGuideCreateLinks
    from ..models.field_guide_item_write import FieldGuideItemWrite


T = TypeVar("T", bound="FieldGuideCreate")


@_attrs_define
class FieldGuideCreate:
    """Writable fields on create (JSON schema; unknown keys → 422)."""

    items: list[FieldGuideItemWrite] | Unset = UNSET
    language: str | Unset = UNSET
    """ Language code; must be unique per project. """
    links: FieldGuideCreateLinks | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.items, Unset):
            items = []
            for items_item_data in self.items:
                items_item = items_item_data.to_dict()
                items.append(items_item)

        language = self.language

        links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = self.links.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if items is not UNSET:
            field_dict["items"] = items
        if language is not UNSET:
            field_dict["language"] = language
        if links is not UNSET:
            field_dict["links"] = links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.field_guide_create_links import FieldGuideCreateLinks  # noqa: PLC0415
        from ..models.field_guide_item_write import FieldGuideItemWrite  # noqa: PLC0415

        d = dict(src_dict)
        _items = d.pop("items", UNSET)
        items: list[FieldGuideItemWrite] | Unset = UNSET
        if _items is not UNSET:
            items = []
            for items_item_data in _items:
                items_item = FieldGuideItemWrite.from_dict(items_item_data)

                items.append(items_item)

        language = d.pop("language", UNSET)

        _links = d.pop("links", UNSET)
        links: FieldGuideCreateLinks | Unset
        if isinstance(_links, Unset):
            links = UNSET
        else:
            links = FieldGuideCreateLinks.from_dict(_links)

        field_guide_create = cls(
            items=items,
            language=language,
            links=links,
        )

        return field_guide_create
