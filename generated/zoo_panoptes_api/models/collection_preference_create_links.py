from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="CollectionPreferenceCreateLinks")


@_attrs_define
class CollectionPreferenceCreateLinks:
    collection: int | str
    """ Collection id. The linked user is always the caller. """

    def to_dict(self) -> dict[str, Any]:
        collection: int | str
        collection = self.collection

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "collection": collection,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_collection(data: object) -> int | str:
            return cast(int | str, data)

        collection = _parse_collection(d.pop("collection"))

        collection_preference_create_links = cls(
            collection=collection,
        )

        return collection_preference_create_links
