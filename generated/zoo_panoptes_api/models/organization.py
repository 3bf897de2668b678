from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.organization_links import OrganizationLinks
    from ..models.organization_url import OrganizationUrl


T = TypeVar("T", bound="Organization")


@_attrs_define
class Organization:
    """An organization groups related projects (by discipline or research group). Tags are write-only: they are accepted on
    create and update but never serialized.

    """

    id: str
    """ Panoptes ids are always serialized as strings of digits. """
    href: str | Unset = UNSET
    """ Relative URL of the organization (`/organizations/<id>`, no `/api`). """
    display_name: None | str | Unset = UNSET
    title: None | str | Unset = UNSET
    """ Alias of `display_name`. """
    description: None | str | Unset = UNSET
    introduction: None | str | Unset = UNSET
    announcement: None | str | Unset = UNSET
    primary_language: None | str | Unset = UNSET
    """ ISO 639 language code, optionally with a region (`en`, `zh-tw`, `es_MX`). """
    urls: list[OrganizationUrl] | Unset = UNSET
    """ External links; the server may add `path` and `site` to each entry. """
    categories: list[str] | Unset = UNSET
    listed: bool | None | Unset = UNSET
    """ Whether the organization is listed publicly (writable on update only). """
    listed_at: datetime.datetime | None | Unset = UNSET
    """ When the organization was listed (writable on update only). """
    slug: None | str | Unset = UNSET
    avatar_src: None | str | Unset = UNSET
    """ URL of the avatar (the external link when the avatar is external). """
    created_at: datetime.datetime | None | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    links: OrganizationLinks | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        href = self.href

        display_name: None | str | Unset
        if isinstance(self.display_name, Unset):
            display_name = UNSET
        else:
            display_name = self.display_name

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        introduction: None | str | Unset
        if isinstance(self.introduction, Unset):
            introduction = UNSET
        else:
            introduction = self.introduction

        announcement: None | str | Unset
        if isinstance(self.announcement, Unset):
            announcement = UNSET
        else:
            announcement = self.announcement

        primary_language: None | str | Unset
        if isinstance(self.primary_language, Unset):
            primary_language = UNSET
        else:
            primary_language = self.primary_language

        urls: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.urls, Unset):
            urls = []
            for urls_item_data in self.urls:
                urls_item = urls_item_data.to_dict()
                urls.append(urls_item)

        categories: list[str] | Unset = UNSET
        if not isinstance(self.categories, Unset):
            categories = self.categories

        listed: bool | None | Unset
        if isinstance(self.listed, Unset):
            listed = UNSET
        else:
            listed = self.listed

        listed_at: None | str | Unset
        if isinstance(self.listed_at, Unset):
            listed_at = UNSET
        elif isinstance(self.listed_at, datetime.datetime):
            listed_at = self.listed_at.isoformat()
        else:
            listed_at = self.listed_at

        slug: None | str | Unset
        if isinstance(self.slug, Unset):
            slug = UNSET
        else:
            slug = self.slug

        avatar_src: None | str | Unset
        if isinstance(self.avatar_src, Unset):
            avatar_src = UNSET
        else:
            avatar_src = self.avatar_src

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
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
        if title is not UNSET:
            field_dict["title"] = title
        if description is not UNSET:
            field_dict["description"] = description
        if introduction is not UNSET:
            field_dict["introduction"] = introduction
        if announcement is not UNSET:
            field_dict["announcement"] = announcement
        if primary_language is not UNSET:
            field_dict["primary_language"] = primary_language
        if urls is not UNSET:
            field_dict["urls"] = urls
        if categories is not UNSET:
            field_dict["categories"] = categories
        if listed is not UNSET:
            field_dict["listed"] = listed
        if listed_at is not UNSET:
            field_dict["listed_at"] = listed_at
        if slug is not UNSET:
            field_dict["slug"] = slug
        if avatar_src is not UNSET:
            field_dict["avatar_src"] = avatar_src
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if links is not UNSET:
            field_dict["links"] = links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.organization_links import OrganizationLinks  # noqa: PLC0415
        from ..models.organization_url import OrganizationUrl  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        href = d.pop("href", UNSET)

        def _parse_display_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        display_name = _parse_display_name(d.pop("display_name", UNSET))

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_introduction(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        introduction = _parse_introduction(d.pop("introduction", UNSET))

        def _parse_announcement(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        announcement = _parse_announcement(d.pop("announcement", UNSET))

        def _parse_primary_language(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        primary_language = _parse_primary_language(d.pop("primary_language", UNSET))

        _urls = d.pop("urls", UNSET)
        urls: list[OrganizationUrl] | Unset = UNSET
        if _urls is not UNSET:
            urls = []
            for urls_item_data in _urls:
                urls_item = OrganizationUrl.from_dict(urls_item_data)

                urls.append(urls_item)

        categories = cast(list[str], d.pop("categories", UNSET))

        def _parse_listed(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        listed = _parse_listed(d.pop("listed", UNSET))

        def _parse_listed_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                listed_at_type_0 = datetime.datetime.fromisoformat(data)

                return listed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        listed_at = _parse_listed_at(d.pop("listed_at", UNSET))

        def _parse_slug(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        slug = _parse_slug(d.pop("slug", UNSET))

        def _parse_avatar_src(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        avatar_src = _parse_avatar_src(d.pop("avatar_src", UNSET))

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
        links: OrganizationLinks | Unset
        if isinstance(_links, Unset):
            links = UNSET
        else:
            links = OrganizationLinks.from_dict(_links)

        organization = cls(
            id=id,
            href=href,
            display_name=display_name,
            title=title,
            description=description,
            introduction=introduction,
            announcement=announcement,
            primary_language=primary_language,
            urls=urls,
            categories=categories,
            listed=listed,
            listed_at=listed_at,
            slug=slug,
            avatar_src=avatar_src,
            created_at=created_at,
            updated_at=updated_at,
            links=links,
        )

        organization.additional_properties = d
        return organization

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
