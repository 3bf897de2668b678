from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="CollectionRoleCreateLinks")


@_attrs_define
class CollectionRoleCreateLinks:
    user: int | str
    """ Id of the user receiving the roles. """
    collection: int | str
    """ Collection id. """

    def to_dict(self) -> dict[str, Any]:
        user: int | str
        user = self.user

        collection: int | str
        collection = self.collection

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "user": user,
                "collection": collection,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_user(data: object) -> int | str:
            return cast(int | str, data)

        user = _parse_user(d.pop("user"))

        def _parse_collection(data: object) -> int | str:
            return cast(int | str, data)

        collection = _parse_collection(d.pop("collection"))

        collection_role_create_links = cls(
            user=user,
            collection=collection,
        )

        return collection_role_create_links
