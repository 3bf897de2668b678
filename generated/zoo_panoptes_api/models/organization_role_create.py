from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.organization_role_create_links import OrganizationRoleCreateLinks


T = TypeVar("T", bound="OrganizationRoleCreate")


@_attrs_define
class OrganizationRoleCreate:
    """Writable fields on create (strong params; unknown keys → 422). A second role resource for the same user and
    organization → 422.

    """

    links: OrganizationRoleCreateLinks
    roles: list[str] | Unset = UNSET

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
        from ..models.organization_role_create_links import OrganizationRoleCreateLinks  # noqa: PLC0415

        d = dict(src_dict)
        links = OrganizationRoleCreateLinks.from_dict(d.pop("links"))

        roles = cast(list[str], d.pop("roles", UNSET))

        organization_role_create = cls(
            links=links,
            roles=roles,
        )

        return organization_role_create
