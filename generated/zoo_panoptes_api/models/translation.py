from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.translation_links import TranslationLinks
    from ..models.translation_string_versions_type_0 import TranslationStringVersionsType0
    from ..models.translation_strings import TranslationStrings


T = TypeVar("T", bound="Translation")


@_attrs_define
class Translation:
    """The strings of one translatable resource (project, project page, organization, organization page, field guide,
    tutorial or workflow) in one language.

    """

    id: str
    """ Panoptes ids are always serialized as strings of digits. """
    href: str | Unset = UNSET
    translated_id: str | Unset = UNSET
    """ Panoptes ids are always serialized as strings of digits. """
    translated_type: str | Unset = UNSET
    """ Model name of the translated resource (e.g. `Project`, `ProjectPage`, `Organization`, `OrganizationPage`,
    `FieldGuide`, `Tutorial`, `Workflow`). """
    language: str | Unset = UNSET
    """ Language code (downcased by the server); set on create only. """
    strings: TranslationStrings | Unset = UNSET
    """ Translated strings keyed by the translated resource's string keys. """
    string_versions: None | TranslationStringVersionsType0 | Unset = UNSET
    """ Version of the source string each translated string was made from, by key. """
    created_at: datetime.datetime | None | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    links: TranslationLinks | Unset = UNSET
    """ The translated resource under its singular type (`project`, `project_page`, `organization`,
    `organization_page`, `field_guide`, `tutorial`, `workflow`; only one is present) and the published version. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.translation_string_versions_type_0 import (
            TranslationStringVersionsType0,  # noqa: PLC0415
        )

        id = self.id

        href = self.href

        translated_id = self.translated_id

        translated_type = self.translated_type

        language = self.language

        strings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.strings, Unset):
            strings = self.strings.to_dict()

        string_versions: dict[str, Any] | None | Unset
        if isinstance(self.string_versions, Unset):
            string_versions = UNSET
        elif isinstance(self.string_versions, TranslationStringVersionsType0):
            string_versions = self.string_versions.to_dict()
        else:
            string_versions = self.string_versions

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        elif isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = self.links.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if href is not UNSET:
            field_dict["href"] = href
        if translated_id is not UNSET:
            field_dict["translated_id"] = translated_id
        if translated_type is not UNSET:
            field_dict["translated_type"] = translated_type
        if language is not UNSET:
            field_dict["language"] = language
        if strings is not UNSET:
            field_dict["strings"] = strings
        if string_versions is not UNSET:
            field_dict["string_versions"] = string_versions
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if links is not UNSET:
            field_dict["links"] = links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.translation_links import TranslationLinks  # noqa: PLC0415
        from ..models.translation_string_versions_type_0 import (
            TranslationStringVersionsType0,  # noqa: PLC0415
        )
        from ..models.translation_strings import TranslationStrings  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        href = d.pop("href", UNSET)

        translated_id = d.pop("translated_id", UNSET)

        translated_type = d.pop("translated_type", UNSET)

        language = d.pop("language", UNSET)

        _strings = d.pop("strings", UNSET)
        strings: TranslationStrings | Unset
        if isinstance(_strings, Unset):
            strings = UNSET
        else:
            strings = TranslationStrings.from_dict(_strings)

        def _parse_string_versions(data: object) -> None | TranslationStringVersionsType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                string_versions_type_0 = TranslationStringVersionsType0.from_dict(data)

                return string_versions_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TranslationStringVersionsType0 | Unset, data)

        string_versions = _parse_string_versions(d.pop("string_versions", UNSET))

        def _parse_created_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                created_at_type_0 = datetime.datetime.fromisoformat(data)

                return created_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        created_at = _parse_created_at(d.pop("created_at", UNSET))

        def _parse_updated_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                updated_at_type_0 = datetime.datetime.fromisoformat(data)

                return updated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        updated_at = _parse_updated_at(d.pop("updated_at", UNSET))

        _links = d.pop("links", UNSET)
        links: TranslationLinks | Unset
        if isinstance(_links, Unset):
            links = UNSET
        else:
            links = TranslationLinks.from_dict(_links)

        translation = cls(
            id=id,
            href=href,
            translated_id=translated_id,
            translated_type=translated_type,
            language=language,
            strings=strings,
            string_versions=string_versions,
            created_at=created_at,
            updated_at=updated_at,
            links=links,
        )

        translation.additional_properties = d
        return translation

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
