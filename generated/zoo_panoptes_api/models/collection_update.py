from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.collection_update_links import CollectionUpdateLinks


T = TypeVar("T", bound="CollectionUpdate")


@_attrs_define
class CollectionUpdate:
    display_name: str | Unset = UNSET
    name: str | Unset = UNSET
    private: bool | Unset = UNSET
    description: str | Unset = UNSET
    links: CollectionUpdateLinks | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        display_name = self.display_name

        name = self.name

        private = self.private

        description = self.description

        links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = self.links.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
        if name is not UNSET:
            field_dict["name"] = name
        if private is not UNSET:
            field_dict["private"] = private
        if description is not UNSET:
            field_dict["description"] = description
        if links is not UNSET:
            field_dict["links"] = links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.collection_update_links import CollectionUpdateLinks  # noqa: PLC0415

        d = dict(src_dict)
        display_name = d.pop("display_name", UNSET)

        name = d.pop("name", UNSET)

        private = d.pop("private", UNSET)

        description = d.pop("description", UNSET)

        _links = d.pop("links", UNSET)
        links: CollectionUpdateLinks | Unset
        if isinstance(_links, Unset):
            links = UNSET
        else:
            links = CollectionUpdateLinks.from_dict(_links)

        collection_update = cls(
            display_name=display_name,
            name=name,
            private=private,
            description=description,
            links=links,
        )

        return collection_update
