from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.collection_links import CollectionLinks


T = TypeVar("T", bound="Collection")


@_attrs_define
class Collection:
    """A user-curated set of subjects, owned by a user or a user group.

    Example:
        {'id': '101', 'href': '/collections/101', 'display_name': 'Lots of Pretty flowers', 'name': 'flowers', 'slug':
            'stuart/flowers', 'description': 'Flowers seen in the garden project.', 'private': False, 'favorite': False,
            'default_subject_src': 'https://panoptes-uploads.zooniverse.org/production/subject_location/hash.jpeg',
            'created_at': '2014-04-20T06:23:12Z', 'updated_at': '2014-04-20T06:23:12Z', 'links': {'owner': {'id': '10',
            'display_name': 'Owner 10', 'type': 'users', 'href': '/users/10'}, 'collection_roles': ['942'], 'subjects':
            ['1', '2'], 'projects': ['2']}}

    """

    id: str
    """ Panoptes ids are always serialized as strings of digits. """
    href: str | Unset = UNSET
    """ Relative path without `/api`, e.g. `/collections/101`. """
    display_name: str | Unset = UNSET
    name: None | str | Unset = UNSET
    """ URL name; the server derives it from `display_name` when not given. """
    slug: None | str | Unset = UNSET
    """ URL slug built from the owner's name and the collection name. """
    description: None | str | Unset = UNSET
    private: bool | Unset = UNSET
    """ Private collections are visible to their owner and role holders only. """
    favorite: bool | Unset = UNSET
    """ The owner's favorites collection (at most one per owner). """
    default_subject_src: None | str | Unset = UNSET
    """ URL of the first location of the default subject, else of the first subject; null for an empty collection.
    """
    created_at: datetime.datetime | None | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    links: CollectionLinks | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        href = self.href

        display_name = self.display_name

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        slug: None | str | Unset
        if isinstance(self.slug, Unset):
            slug = UNSET
        else:
            slug = self.slug

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        private = self.private

        favorite = self.favorite

        default_subject_src: None | str | Unset
        if isinstance(self.default_subject_src, Unset):
            default_subject_src = UNSET
        else:
            default_subject_src = self.default_subject_src

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
        if name is not UNSET:
            field_dict["name"] = name
        if slug is not UNSET:
            field_dict["slug"] = slug
        if description is not UNSET:
            field_dict["description"] = description
        if private is not UNSET:
            field_dict["private"] = private
        if favorite is not UNSET:
            field_dict["favorite"] = favorite
        if default_subject_src is not UNSET:
            field_dict["default_subject_src"] = default_subject_src
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if links is not UNSET:
            field_dict["links"] = links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.collection_links import CollectionLinks  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        href = d.pop("href", UNSET)

        display_name = d.pop("display_name", UNSET)

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_slug(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        slug = _parse_slug(d.pop("slug", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        private = d.pop("private", UNSET)

        favorite = d.pop("favorite", UNSET)

        def _parse_default_subject_src(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        default_subject_src = _parse_default_subject_src(d.pop("default_subject_src", UNSET))

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
        links: CollectionLinks | Unset
        if isinstance(_links, Unset):
            links = UNSET
        else:
            links = CollectionLinks.from_dict(_links)

        collection = cls(
            id=id,
            href=href,
            display_name=display_name,
            name=name,
            slug=slug,
            description=description,
            private=private,
            favorite=favorite,
            default_subject_src=default_subject_src,
            created_at=created_at,
            updated_at=updated_at,
            links=links,
        )

        collection.additional_properties = d
        return collection

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
