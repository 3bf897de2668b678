from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.translation_update_links import TranslationUpdateLinks
    from ..models.translation_update_string_versions import (
        TranslationUpdateStringVersions,
    )
    from ..models.translation_update_strings import TranslationUpdateStrings


T = TypeVar("T", bound="TranslationUpdate")


@_attrs_define
class TranslationUpdate:
    """Writable fields on update; `strings` is required and replaces the whole object."""

    strings: TranslationUpdateStrings
    string_versions: TranslationUpdateStringVersions | Unset = UNSET
    links: TranslationUpdateLinks | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        strings = self.strings.to_dict()

        string_versions: dict[str, Any] | Unset = UNSET
        if not isinstance(self.string_versions, Unset):
            string_versions = self.string_versions.to_dict()

        links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = self.links.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "strings": strings,
            }
        )
        if string_versions is not UNSET:
            field_dict["string_versions"] = string_versions
        if links is not UNSET:
            field_dict["links"] = links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.translation_update_links import TranslationUpdateLinks  # noqa: PLC0415
        from ..models.translation_update_string_versions import (
            TranslationUpdateStringVersions,  # noqa: PLC0415
        )
        from ..models.translation_update_strings import TranslationUpdateStrings  # noqa: PLC0415

        d = dict(src_dict)
        strings = TranslationUpdateStrings.from_dict(d.pop("strings"))

        _string_versions = d.pop("string_versions", UNSET)
        string_versions: TranslationUpdateStringVersions | Unset
        if isinstance(_string_versions, Unset):
            string_versions = UNSET
        else:
            string_versions = TranslationUpdateStringVersions.from_dict(_string_versions)

        _links = d.pop("links", UNSET)
        links: TranslationUpdateLinks | Unset
        if isinstance(_links, Unset):
            links = UNSET
        else:
            links = TranslationUpdateLinks.from_dict(_links)

        translation_update = cls(
            strings=strings,
            string_versions=string_versions,
            links=links,
        )

        return translation_update
