from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.membership_create import MembershipCreate


T = TypeVar("T", bound="MembershipCreateRequest")


@_attrs_define
class MembershipCreateRequest:
    """
    Example:
        {'memberships': {'join_token': 'decafbad', 'links': {'user': '10', 'user_group': '11'}}}

    """

    memberships: MembershipCreate
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        memberships = self.memberships.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "memberships": memberships,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.membership_create import MembershipCreate  # noqa: PLC0415

        d = dict(src_dict)
        memberships = MembershipCreate.from_dict(d.pop("memberships"))

        membership_create_request = cls(
            memberships=memberships,
        )

        membership_create_request.additional_properties = d
        return membership_create_request

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
