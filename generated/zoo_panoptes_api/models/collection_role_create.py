from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.collection_role_create_links import CollectionRoleCreateLinks


T = TypeVar("T", bound="CollectionRoleCreate")


@_attrs_define
class CollectionRoleCreate:
    links: CollectionRoleCreateLinks
    roles: list[str] | Unset = UNSET
    """ E.g. `collaborator`, `contributor`, `viewer`. """

    def to_dict(self) -> dict[str, Any]:
        links = self.links.to_dict()

        roles: list[str] | Unset = UNSET
        if not isinstance(self.roles, Unset):
            roles = self.roles

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "links": links,
            }
        )
        if roles is not UNSET:
            field_dict["roles"] = roles

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.collection_role_create_links import CollectionRoleCreateLinks  # noqa: PLC0415

        d = dict(src_dict)
        links = CollectionRoleCreateLinks.from_dict(d.pop("links"))

        roles = cast(list[str], d.pop("roles", UNSET))

        collection_role_create = cls(
            links=links,
            roles=roles,
        )

        return collection_role_create
