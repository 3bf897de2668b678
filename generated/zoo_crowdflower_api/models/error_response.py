from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.message_text import MessageText


T = TypeVar("T", bound="ErrorResponse")


@_attrs_define
class ErrorResponse:
    """The CrowdFlower error body `{"error": {"message": "..."}}`. Some answers carry `errors` (a list of strings) instead.

    Example:
        {'error': {'message': "We couldn't find what you were looking for."}}

    """

    error: MessageText | Unset = UNSET
    """ The inner message object. """
    errors: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error: dict[str, Any] | Unset = UNSET
        if not isinstance(self.error, Unset):
            error = self.error.to_dict()

        errors: list[str] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = self.errors

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if error is not UNSET:
            field_dict["error"] = error
        if errors is not UNSET:
            field_dict["errors"] = errors

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.message_text import MessageText  # noqa: PLC0415

        d = dict(src_dict)
        _error = d.pop("error", UNSET)
        error: MessageText | Unset
        if isinstance(_error, Unset):
            error = UNSET
        else:
            error = MessageText.from_dict(_error)

        errors = cast(list[str], d.pop("errors", UNSET))

        error_response = cls(
            error=error,
            errors=errors,
        )

        error_response.additional_properties = d
        return error_response

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
