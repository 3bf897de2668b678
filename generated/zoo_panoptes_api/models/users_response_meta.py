from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.page_meta import PageMeta


T = TypeVar("T", bound="UsersResponseMeta")


@_attrs_define
class UsersResponseMeta:
    users: PageMeta | Unset = UNSET
    """ Paging state of one resource key. Hrefs are relative and omit `/api`. Classifications,
    subject_workflow_statuses and recents always report `count` 0 and `page_count` 0. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        users: dict[str, Any] | Unset = UNSET
        if not isinstance(self.users, Unset):
            users = self.users.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if users is not UNSET:
            field_dict["users"] = users

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.page_meta import PageMeta  # noqa: PLC0415

        d = dict(src_dict)
        _users = d.pop("users", UNSET)
        users: PageMeta | Unset
        if isinstance(_users, Unset):
            users = UNSET
        else:
            users = PageMeta.from_dict(_users)

        users_response_meta = cls(
            users=users,
        )

        users_response_meta.additional_properties = d
        return users_response_meta

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
