from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SignInUser")


@_attrs_define
class SignInUser:
    """Credentials of the user signing in."""

    login: str
    """ User login or email address. """
    password: str
    remember_me: bool | Unset = UNSET
    """ Keep the session across browser restarts (remember-me cookie). The python client sends true; the server
    treats a missing value as false. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        login = self.login

        password = self.password

        remember_me = self.remember_me

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "login": login,
                "password": password,
            }
        )
        if remember_me is not UNSET:
            field_dict["remember_me"] = remember_me

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        login = d.pop("login")

        password = d.pop("password")

        remember_me = d.pop("remember_me", UNSET)

        sign_in_user = cls(
            login=login,
            password=password,
            remember_me=remember_me,
        )

        sign_in_user.additional_properties = d
        return sign_in_user

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
