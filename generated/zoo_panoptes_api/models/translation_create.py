from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.translation_create_string_versions import (
        TranslationCreateStringVersions,
    )
    from ..models.translation_create_strings import TranslationCreateStrings


T = TypeVar("T", bound="TranslationCreate")


@_attrs_define
class TranslationCreate:
    """Writable fields on create (JSON schema; unknown keys → 422). The translated resource comes from the required
    `translated_type` and `translated_id` query parameters, which the server copies into the body before validating.

    """

    language: str
    """ Language code; must not be the resource's primary language (404). """
    strings: TranslationCreateStrings
    string_versions: TranslationCreateStringVersions | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        language = self.language

        strings = self.strings.to_dict()

        string_versions: dict[str, Any] | Unset = UNSET
        if not isinstance(self.string_versions, Unset):
            string_versions = self.string_versions.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "language": language,
                "strings": strings,
            }
        )
        if string_versions is not UNSET:
            field_dict["string_versions"] = string_versions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.translation_create_string_versions import (
            TranslationCreateStringVersions,  # noqa: PLC0415
        )
        from ..models.translation_create_strings import TranslationCreateStrings  # noqa: PLC0415

        d = dict(src_dict)
        language = d.pop("language")

        strings = TranslationCreateStrings.from_dict(d.pop("strings"))

        _string_versions = d.pop("string_versions", UNSET)
        string_versions: TranslationCreateStringVersions | Unset
        if isinstance(_string_versions, Unset):
            string_versions = UNSET
        else:
            string_versions = TranslationCreateStringVersions.from_dict(_string_versions)

        translation_create = cls(
            language=language,
            strings=strings,
            string_versions=string_versions,
        )

        return translation_create
