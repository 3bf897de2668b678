from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="FieldGuideItemWrite")


@_attrs_define
class FieldGuideItemWrite:
    icon: str | Unset = UNSET
    """ Id of an attached image used as the entry's icon. """
    title: str | Unset = UNSET
    content: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        icon = self.icon

        title = self.title

        content = self.content

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if icon is not UNSET:
            field_dict["icon"] = icon
        if title is not UNSET:
            field_dict["title"] = title
        if content is not UNSET:
            field_dict["content"] = content

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        icon = d.pop("icon", UNSET)

        title = d.pop("title", UNSET)

        content = d.pop("content", UNSET)

        field_guide_item_write = cls(
            icon=icon,
            title=title,
            content=content,
        )

        return field_guide_item_write
