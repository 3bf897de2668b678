from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.sign_in_user import SignInUser


T = TypeVar("T", bound="SignInRequest")


@_attrs_define
class SignInRequest:
    """Body of a cookie-session sign-in.

    Example:
        {'authenticity_token': '3q2+7w==', 'user': {'login': 'my_login', 'password': 'my_password', 'remember_me':
            True}}

    """

    authenticity_token: str
    """ The CSRF token from the `X-CSRF-Token` header of `GET /users/sign_in` (same cookie session). """
    user: SignInUser
    """ Credentials of the user signing in. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        authenticity_token = self.authenticity_token

        user = self.user.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "authenticity_token": authenticity_token,
                "user": user,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sign_in_user import SignInUser  # noqa: PLC0415

        d = dict(src_dict)
        authenticity_token = d.pop("authenticity_token")

        user = SignInUser.from_dict(d.pop("user"))

        sign_in_request = cls(
            authenticity_token=authenticity_token,
            user=user,
        )

        sign_in_request.additional_properties = d
        return sign_in_request

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
