from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..models.user_group_stats_visibility_write import (
    UserGroupStatsVisibilityWrite,
    check_user_group_stats_visibility_write,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.user_group_create_links import UserGroupCreateLinks


T = TypeVar("T", bound="UserGroupCreate")


@_attrs_define
class UserGroupCreate:
    display_name: str
    name: str | Unset = UNSET
    """ The server derives it from `display_name` when omitted. """
    private: bool | Unset = UNSET
    """ Write-only flag; not serialized. """
    stats_visibility: UserGroupStatsVisibilityWrite | Unset = UNSET
    """ Who may see the group's stats. The server default is `private_agg_only`. """
    links: UserGroupCreateLinks | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        display_name = self.display_name

        name = self.name

        private = self.private

        stats_visibility: str | Unset = UNSET
        if not isinstance(self.stats_visibility, Unset):
            stats_visibility = self.stats_visibility

        links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = self.links.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "display_name": display_name,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if private is not UNSET:
            field_dict["private"] = private
        if stats_visibility is not UNSET:
            field_dict["stats_visibility"] = stats_visibility
        if links is not UNSET:
            field_dict["links"] = links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.user_group_create_links import UserGroupCreateLinks  # noqa: PLC0415

        d = dict(src_dict)
        display_name = d.pop("display_name")

        name = d.pop("name", UNSET)

        private = d.pop("private", UNSET)

        _stats_visibility = d.pop("stats_visibility", UNSET)
        stats_visibility: UserGroupStatsVisibilityWrite | Unset
        if isinstance(_stats_visibility, Unset):
            stats_visibility = UNSET
        else:
            stats_visibility = check_user_group_stats_visibility_write(_stats_visibility)

        _links = d.pop("links", UNSET)
        links: UserGroupCreateLinks | Unset
        if isinstance(_links, Unset):
            links = UNSET
        else:
            links = UserGroupCreateLinks.from_dict(_links)

        user_group_create = cls(
            display_name=display_name,
            name=name,
            private=private,
            stats_visibility=stats_visibility,
            links=links,
        )

        return user_group_create
