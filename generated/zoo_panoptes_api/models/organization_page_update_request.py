from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.organization_page_write import OrganizationPageWrite


T = TypeVar("T", bound="OrganizationPageUpdateRequest")


@_attrs_define
class OrganizationPageUpdateRequest:
    organization_pages: OrganizationPageWrite
    """ Writable fields of an organization page on create and update (strong params; unknown keys → 422). The
    organization link is taken from the path. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        organization_pages = self.organization_pages.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "organization_pages": organization_pages,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.organization_page_write import OrganizationPageWrite  # noqa: PLC0415

        d = dict(src_dict)
        organization_pages = OrganizationPageWrite.from_dict(d.pop("organization_pages"))

        organization_page_update_request = cls(
            organization_pages=organization_pages,
        )

        organization_page_update_request.additional_properties = d
        return organization_page_update_request

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
