from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.user_group_stats_visibility_write import (
    UserGroupStatsVisibilityWrite,
    check_user_group_stats_visibility_write,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="UserGroupUpdate")


@_attrs_define
class UserGroupUpdate:
    """Links are not permitted on update (422); use the links routes."""

    name: str | Unset = UNSET
    display_name: str | Unset = UNSET
    private: bool | Unset = UNSET
    stats_visibility: UserGroupStatsVisibilityWrite | Unset = UNSET
    """ Who may see the group's stats. The server default is `private_agg_only`. """

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        display_name = self.display_name

        private = self.private

        stats_visibility: str | Unset = UNSET
        if not isinstance(self.stats_visibility, Unset):
            stats_visibility = self.stats_visibility

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
        if private is not UNSET:
            field_dict["private"] = private
        if stats_visibility is not UNSET:
            field_dict["stats_visibility"] = stats_visibility

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        display_name = d.pop("display_name", UNSET)

        private = d.pop("private", UNSET)

        _stats_visibility = d.pop("stats_visibility", UNSET)
        stats_visibility: UserGroupStatsVisibilityWrite | Unset
        if isinstance(_stats_visibility, Unset):
            stats_visibility = UNSET
        else:
            stats_visibility = check_user_group_stats_visibility_write(_stats_visibility)

        user_group_update = cls(
            name=name,
            display_name=display_name,
            private=private,
            stats_visibility=stats_visibility,
        )

        return user_group_update
