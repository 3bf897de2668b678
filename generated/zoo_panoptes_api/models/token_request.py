from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TokenRequest")


@_attrs_define
class TokenRequest:
    """Token request (RFC 6749 section 4), sent form-encoded (as the python client does) or as JSON (as
    the published docs show). Which fields are needed depends on `grant_type`:

    - `password`: `client_id`, and `login` + `password`; without them the Devise session cookie of
      `POST /users/sign_in` identifies the user (the python client's flow).
    - `client_credentials`: `client_id` + `client_secret`; the token acts as the owner of the OAuth
      application.
    - `refresh_token`: `refresh_token` + `client_id` (+ `client_secret` for confidential apps).
    - `authorization_code`: `code`, `redirect_uri`, `client_id` (+ `client_secret`, or
      `code_verifier` for PKCE with S256).

        Example:
            {'grant_type': 'client_credentials', 'client_id': 'YOUR_CLIENT_ID', 'client_secret': 'YOUR_CLIENT_SECRET'}

    """

    grant_type: str
    """ One of `password`, `client_credentials`, `refresh_token`, `authorization_code`. The grants an application
    may use depend on its trust level (insecure: refresh_token only; secure: also client_credentials and
    authorization_code; first party: also password); another grant is answered with an empty 422. """
    client_id: str | Unset = UNSET
    """ The OAuth application's client id (uid). """
    client_secret: str | Unset = UNSET
    """ The OAuth application's secret (confidential applications). """
    refresh_token: str | Unset = UNSET
    """ The refresh token of an earlier token response (`refresh_token` grant). """
    code: str | Unset = UNSET
    """ The authorization code (`authorization_code` grant). """
    redirect_uri: str | Unset = UNSET
    """ The redirect URI used to obtain `code` (`authorization_code` grant). """
    code_verifier: str | Unset = UNSET
    """ PKCE verifier for a code obtained with an S256 `code_challenge`. """
    scope: str | Unset = UNSET
    """ Space-separated scopes (`public user project group collection classification subject medium organization
    translation`). The server uses the application's default scopes when it is left out; scopes outside the
    application's scopes are answered with an empty 422. """
    login: str | Unset = UNSET
    """ User login or email (`password` grant). """
    password: str | Unset = UNSET
    """ User password (`password` grant). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        grant_type = self.grant_type

        client_id = self.client_id

        client_secret = self.client_secret

        refresh_token = self.refresh_token

        code = self.code

        redirect_uri = self.redirect_uri

        code_verifier = self.code_verifier

        scope = self.scope

        login = self.login

        password = self.password

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "grant_type": grant_type,
            }
        )
        if client_id is not UNSET:
            field_dict["client_id"] = client_id
        if client_secret is not UNSET:
            field_dict["client_secret"] = client_secret
        if refresh_token is not UNSET:
            field_dict["refresh_token"] = refresh_token
        if code is not UNSET:
            field_dict["code"] = code
        if redirect_uri is not UNSET:
            field_dict["redirect_uri"] = redirect_uri
        if code_verifier is not UNSET:
            field_dict["code_verifier"] = code_verifier
        if scope is not UNSET:
            field_dict["scope"] = scope
        if login is not UNSET:
            field_dict["login"] = login
        if password is not UNSET:
            field_dict["password"] = password

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        grant_type = d.pop("grant_type")

        client_id = d.pop("client_id", UNSET)

        client_secret = d.pop("client_secret", UNSET)

        refresh_token = d.pop("refresh_token", UNSET)

        code = d.pop("code", UNSET)

        redirect_uri = d.pop("redirect_uri", UNSET)

        code_verifier = d.pop("code_verifier", UNSET)

        scope = d.pop("scope", UNSET)

        login = d.pop("login", UNSET)

        password = d.pop("password", UNSET)

        token_request = cls(
            grant_type=grant_type,
            client_id=client_id,
            client_secret=client_secret,
            refresh_token=refresh_token,
            code=code,
            redirect_uri=redirect_uri,
            code_verifier=code_verifier,
            scope=scope,
            login=login,
            password=password,
        )

        token_request.additional_properties = d
        return token_request

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
