from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="TranslationUpdateLinks")


@_attrs_define
class TranslationUpdateLinks:
    published_version: str | Unset = UNSET
    """ Panoptes ids are always serialized as strings of digits. """

    def to_dict(self) -> dict[str, Any]:
        published_version = self.published_version

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if published_version is not UNSET:
            field_dict["published_version"] = published_version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        published_version = d.pop("published_version", UNSET)

        translation_update_links = cls(
            published_version=published_version,
        )

        return translation_update_links
