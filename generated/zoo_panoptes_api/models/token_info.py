from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.token_info_application_type_0 import TokenInfoApplicationType0


T = TypeVar("T", bound="TokenInfo")


@_attrs_define
class TokenInfo:
    """Information about the bearer token presented (Doorkeeper token info)."""

    resource_owner_id: int | None | Unset = UNSET
    """ Id of the user the token acts for (an integer here, unlike the string ids of `/api`); for a
    client_credentials token the owner of the OAuth application. """
    scope: list[str] | Unset = UNSET
    """ Scopes of the token. """
    expires_in: int | None | Unset = UNSET
    """ Seconds left before the token expires. """
    application: None | TokenInfoApplicationType0 | Unset = UNSET
    """ The OAuth application the token was issued to. """
    created_at: int | None | Unset = UNSET
    """ Creation time, seconds since the Unix epoch. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.token_info_application_type_0 import TokenInfoApplicationType0  # noqa: PLC0415

        resource_owner_id: int | None | Unset
        if isinstance(self.resource_owner_id, Unset):
            resource_owner_id = UNSET
        else:
            resource_owner_id = self.resource_owner_id

        scope: list[str] | Unset = UNSET
        if not isinstance(self.scope, Unset):
            scope = self.scope

        expires_in: int | None | Unset
        if isinstance(self.expires_in, Unset):
            expires_in = UNSET
        else:
            expires_in = self.expires_in

        application: dict[str, Any] | None | Unset
        if isinstance(self.application, Unset):
            application = UNSET
        elif isinstance(self.application, TokenInfoApplicationType0):
            application = self.application.to_dict()
        else:
            application = self.application

        created_at: int | None | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        else:
            created_at = self.created_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if resource_owner_id is not UNSET:
            field_dict["resource_owner_id"] = resource_owner_id
        if scope is not UNSET:
            field_dict["scope"] = scope
        if expires_in is not UNSET:
            field_dict["expires_in"] = expires_in
        if application is not UNSET:
            field_dict["application"] = application
        if created_at is not UNSET:
            field_dict["created_at"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.token_info_application_type_0 import TokenInfoApplicationType0  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_resource_owner_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        resource_owner_id = _parse_resource_owner_id(d.pop("resource_owner_id", UNSET))

        scope = cast(list[str], d.pop("scope", UNSET))

        def _parse_expires_in(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        expires_in = _parse_expires_in(d.pop("expires_in", UNSET))

        def _parse_application(data: object) -> None | TokenInfoApplicationType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_token_info_application_type_0 = (
                    TokenInfoApplicationType0.from_dict(data)
                )

                return componentsschemas_token_info_application_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TokenInfoApplicationType0 | Unset, data)

        application = _parse_application(d.pop("application", UNSET))

        def _parse_created_at(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        created_at = _parse_created_at(d.pop("created_at", UNSET))

        token_info = cls(
            resource_owner_id=resource_owner_id,
            scope=scope,
            expires_in=expires_in,
            application=application,
            created_at=created_at,
        )

        token_info.additional_properties = d
        return token_info

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
