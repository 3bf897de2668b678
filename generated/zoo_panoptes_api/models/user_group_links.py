from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UserGroupLinks")


@_attrs_define
class UserGroupLinks:
    memberships: list[str] | Unset = UNSET
    users: list[str] | Unset = UNSET
    projects: list[str] | Unset = UNSET
    collections: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        memberships: list[str] | Unset = UNSET
        if not isinstance(self.memberships, Unset):
            memberships = self.memberships

        users: list[str] | Unset = UNSET
        if not isinstance(self.users, Unset):
            users = self.users

        projects: list[str] | Unset = UNSET
        if not isinstance(self.projects, Unset):
            projects = self.projects

        collections: list[str] | Unset = UNSET
        if not isinstance(self.collections, Unset):
            collections = self.collections

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if memberships is not UNSET:
            field_dict["memberships"] = memberships
        if users is not UNSET:
            field_dict["users"] = users
        if projects is not UNSET:
            field_dict["projects"] = projects
        if collections is not UNSET:
            field_dict["collections"] = collections

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        memberships = cast(list[str], d.pop("memberships", UNSET))

        users = cast(list[str], d.pop("users", UNSET))

        projects = cast(list[str], d.pop("projects", UNSET))

        collections = cast(list[str], d.pop("collections", UNSET))

        user_group_links = cls(
            memberships=memberships,
            users=users,
            projects=projects,
            collections=collections,
        )

        user_group_links.additional_properties = d
        return user_group_links

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
