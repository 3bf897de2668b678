from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="UserGroupCreateLinks")


@_attrs_define
class UserGroupCreateLinks:
    users: list[int | str] | Unset = UNSET
    """ Users to add to the group. """

    def to_dict(self) -> dict[str, Any]:
        users: list[int | str] | Unset = UNSET
        if not isinstance(self.users, Unset):
            users = []
            for users_item_data in self.users:
                users_item: int | str
                users_item = users_item_data
                users.append(users_item)

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if users is not UNSET:
            field_dict["users"] = users

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _users = d.pop("users", UNSET)
        users: list[int | str] | Unset = UNSET
        if _users is not UNSET:
            users = []
            for users_item_data in _users:

                def _parse_users_item(data: object) -> int | str:
                    return cast(int | str, data)

                users_item = _parse_users_item(users_item_data)

                users.append(users_item)

        user_group_create_links = cls(
            users=users,
        )

        return user_group_create_links
