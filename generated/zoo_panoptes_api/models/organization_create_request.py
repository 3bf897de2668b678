from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.organization_create import OrganizationCreate


T = TypeVar("T", bound="OrganizationCreateRequest")


@_attrs_define
class OrganizationCreateRequest:
    organizations: OrganizationCreate
    """ Writable fields on create. The owner is always the current user. The server's JSON schema has no `links`
    property and no required field (422 on unknown keys); attach projects afterwards with `POST
    /api/organizations/{organization_id}/links/projects`. Deviation from the published docs: the docs say
    display_name, description and primary_language are required and show a `links.projects` key under a capitalised
    `Organizations` root; the server requires nothing, rejects `links` and needs the lower-case `organizations` root
    key. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        organizations = self.organizations.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "organizations": organizations,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.organization_create import OrganizationCreate  # noqa: PLC0415

        d = dict(src_dict)
        organizations = OrganizationCreate.from_dict(d.pop("organizations"))

        organization_create_request = cls(
            organizations=organizations,
        )

        organization_create_request.additional_properties = d
        return organization_create_request

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
