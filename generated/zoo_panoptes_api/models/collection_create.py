from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.collection_create_links import CollectionCreateLinks


T = TypeVar("T", bound="CollectionCreate")


@_attrs_define
class CollectionCreate:
    display_name: str
    name: str | Unset = UNSET
    """ The server derives it from `display_name` (underscored, downcased) when omitted. """
    private: bool | Unset = UNSET
    """ The server defaults to true. """
    favorite: bool | Unset = UNSET
    """ Make this the owner's favorites collection (one per owner). """
    description: str | Unset = UNSET
    links: CollectionCreateLinks | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        display_name = self.display_name

        name = self.name

        private = self.private

        favorite = self.favorite

        description = self.description

        links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = self.links.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "display_name": display_name,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if private is not UNSET:
            field_dict["private"] = private
        if favorite is not UNSET:
            field_dict["favorite"] = favorite
        if description is not UNSET:
            field_dict["description"] = description
        if links is not UNSET:
            field_dict["links"] = links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.collection_create_links import CollectionCreateLinks  # noqa: PLC0415

        d = dict(src_dict)
        display_name = d.pop("display_name")

        name = d.pop("name", UNSET)

        private = d.pop("private", UNSET)

        favorite = d.pop("favorite", UNSET)

        description = d.pop("description", UNSET)

        _links = d.pop("links", UNSET)
        links: CollectionCreateLinks | Unset
        if isinstance(_links, Unset):
            links = UNSET
        else:
            links = CollectionCreateLinks.from_dict(_links)

        collection_create = cls(
            display_name=display_name,
            name=name,
            private=private,
            favorite=favorite,
            description=description,
            links=links,
        )

        return collection_create
