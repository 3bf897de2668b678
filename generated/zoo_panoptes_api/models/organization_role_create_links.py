from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="OrganizationRoleCreateLinks")


@_attrs_define
class OrganizationRoleCreateLinks:
    user: int | str
    """ One id in a request body. The server accepts a string of digits or an integer (the panoptes-python-client
    sends strings, panoptescli integers); responses always carry strings. """
    organization: int | str
    """ One id in a request body. The server accepts a string of digits or an integer (the panoptes-python-client
    sends strings, panoptescli integers); responses always carry strings. """

    def to_dict(self) -> dict[str, Any]:
        user: int | str
        user = self.user

        organization: int | str
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

        def _parse_user(data: object) -> int | str:
            return cast(int | str, data)

        user = _parse_user(d.pop("user"))

        def _parse_organization(data: object) -> int | str:
            return cast(int | str, data)

        organization = _parse_organization(d.pop("organization"))

        organization_role_create_links = cls(
            user=user,
            organization=organization,
        )

        return organization_role_create_links
