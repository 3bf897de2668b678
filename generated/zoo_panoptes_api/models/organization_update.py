from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.organization_url_write import OrganizationUrlWrite


T = TypeVar("T", bound="OrganizationUpdate")


@_attrs_define
class OrganizationUpdate:
    """Writable fields on update (send only what changes). `links` is not accepted; use the link routes."""

    display_name: str | Unset = UNSET
    primary_language: str | Unset = UNSET
    description: str | Unset = UNSET
    introduction: str | Unset = UNSET
    announcement: str | Unset = UNSET
    listed: bool | Unset = UNSET
    listed_at: datetime.datetime | Unset = UNSET
    urls: list[OrganizationUrlWrite] | Unset = UNSET
    categories: list[str] | Unset = UNSET
    tags: list[str] | Unset = UNSET
    """ Tag names (write-only; not serialized back). """

    def to_dict(self) -> dict[str, Any]:
        display_name = self.display_name

        primary_language = self.primary_language

        description = self.description

        introduction = self.introduction

        announcement = self.announcement

        listed = self.listed

        listed_at: str | Unset = UNSET
        if not isinstance(self.listed_at, Unset):
            listed_at = self.listed_at.isoformat()

        urls: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.urls, Unset):
            urls = []
            for urls_item_data in self.urls:
                urls_item = urls_item_data.to_dict()
                urls.append(urls_item)

        categories: list[str] | Unset = UNSET
        if not isinstance(self.categories, Unset):
            categories = self.categories

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
        if primary_language is not UNSET:
            field_dict["primary_language"] = primary_language
        if description is not UNSET:
            field_dict["description"] = description
        if introduction is not UNSET:
            field_dict["introduction"] = introduction
        if announcement is not UNSET:
            field_dict["announcement"] = announcement
        if listed is not UNSET:
            field_dict["listed"] = listed
        if listed_at is not UNSET:
            field_dict["listed_at"] = listed_at
        if urls is not UNSET:
            field_dict["urls"] = urls
        if categories is not UNSET:
            field_dict["categories"] = categories
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.organization_url_write import OrganizationUrlWrite  # noqa: PLC0415

        d = dict(src_dict)
        display_name = d.pop("display_name", UNSET)

        primary_language = d.pop("primary_language", UNSET)

        description = d.pop("description", UNSET)

        introduction = d.pop("introduction", UNSET)

        announcement = d.pop("announcement", UNSET)

        listed = d.pop("listed", UNSET)

        _listed_at = d.pop("listed_at", UNSET)
        listed_at: datetime.datetime | Unset
        if isinstance(_listed_at, Unset):
            listed_at = UNSET
        else:
            listed_at = datetime.datetime.fromisoformat(_listed_at)

        _urls = d.pop("urls", UNSET)
        urls: list[OrganizationUrlWrite] | Unset = UNSET
        if _urls is not UNSET:
            urls = []
            for urls_item_data in _urls:
                urls_item = OrganizationUrlWrite.from_dict(urls_item_data)

                urls.append(urls_item)

        categories = cast(list[str], d.pop("categories", UNSET))

        tags = cast(list[str], d.pop("tags", UNSET))

        organization_update = cls(
            display_name=display_name,
            primary_language=primary_language,
            description=description,
            introduction=introduction,
            announcement=announcement,
            listed=listed,
            listed_at=listed_at,
            urls=urls,
            categories=categories,
            tags=tags,
        )

        return organization_update
