from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.user_group_create import UserGroupCreate


T = TypeVar("T", bound="UserGroupCreateRequest")


@_attrs_define
class UserGroupCreateRequest:
    """
    Example:
        {'user_groups': {'display_name': 'A Super Grouper!', 'links': {'users': ['10', '22']}}}

    """

    user_groups: UserGroupCreate
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_groups = self.user_groups.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "user_groups": user_groups,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.user_group_create import UserGroupCreate  # noqa: PLC0415

        d = dict(src_dict)
        user_groups = UserGroupCreate.from_dict(d.pop("user_groups"))

        user_group_create_request = cls(
            user_groups=user_groups,
        )

        user_group_create_request.additional_properties = d
        return user_group_create_request

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
