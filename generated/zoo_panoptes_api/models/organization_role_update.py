from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="OrganizationRoleUpdate")


@_attrs_define
class OrganizationRoleUpdate:
    """Writable fields on update; `roles` replaces the whole array."""

    roles: list[str]

    def to_dict(self) -> dict[str, Any]:
        roles = self.roles

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "roles": roles,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        roles = cast(list[str], d.pop("roles"))

        organization_role_update = cls(
            roles=roles,
        )

        return organization_role_update
