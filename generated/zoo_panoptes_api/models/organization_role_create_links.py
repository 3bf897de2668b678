from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="OrganizationRoleCreateLinks")


@_attrs_define
class OrganizationRoleCreateLinks:
    user: str
    """ Panoptes ids are always serialized as strings of digits. """
    organization: str
    """ Panoptes ids are always serialized as strings of digits. """

    def to_dict(self) -> dict[str, Any]:
        user = self.user

        organization = self.organization

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "user": user,
                "organization": organization,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        user = d.pop("user")

        organization = d.pop("organization")

        organization_role_create_links = cls(
            user=user,
            organization=organization,
        )

        return organization_role_create_links
