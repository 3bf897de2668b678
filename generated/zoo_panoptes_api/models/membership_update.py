from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.membership_update_state import (
    MembershipUpdateState,
    check_membership_update_state,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="MembershipUpdate")


@_attrs_define
class MembershipUpdate:
    state: MembershipUpdateState | Unset = UNSET
    roles: list[str] | Unset = UNSET
    """ The full roles array, e.g. `group_admin`, `group_member`; changing roles needs edit rights on the group. """

    def to_dict(self) -> dict[str, Any]:
        state: str | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = self.state

        roles: list[str] | Unset = UNSET
        if not isinstance(self.roles, Unset):
            roles = self.roles

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if state is not UNSET:
            field_dict["state"] = state
        if roles is not UNSET:
            field_dict["roles"] = roles

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _state = d.pop("state", UNSET)
        state: MembershipUpdateState | Unset
        if isinstance(_state, Unset):
            state = UNSET
        else:
            state = check_membership_update_state(_state)

        roles = cast(list[str], d.pop("roles", UNSET))

        membership_update = cls(
            state=state,
            roles=roles,
        )

        return membership_update
