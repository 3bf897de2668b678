from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="MembershipCreateLinks")


@_attrs_define
class MembershipCreateLinks:
    user: int | str
    """ Must be the caller's own user id (403 otherwise). """
    user_group: int | str
    """ Id of the group to join. """

    def to_dict(self) -> dict[str, Any]:
        user: int | str
        user = self.user

        user_group: int | str
        user_group = self.user_group

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "user": user,
                "user_group": user_group,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_user(data: object) -> int | str:
            return cast(int | str, data)

        user = _parse_user(d.pop("user"))

        def _parse_user_group(data: object) -> int | str:
            return cast(int | str, data)

        user_group = _parse_user_group(d.pop("user_group"))

        membership_create_links = cls(
            user=user,
            user_group=user_group,
        )

        return membership_create_links
