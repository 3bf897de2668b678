from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.message_text import MessageText


T = TypeVar("T", bound="Message")


@_attrs_define
class Message:
    """A status message: exactly one of `success`, `notice`, `error` (the Ruby gem also raises on `warning`), each
    `{"message": "..."}`.

        Example:
            {'success': {'message': 'Your job is now collecting judgments!'}}

    """

    success: MessageText | Unset = UNSET
    """ The inner message object. """
    notice: MessageText | Unset = UNSET
    """ The inner message object. """
    warning: MessageText | Unset = UNSET
    """ The inner message object. """
    error: MessageText | Unset = UNSET
    """ The inner message object. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success: dict[str, Any] | Unset = UNSET
        if not isinstance(self.success, Unset):
            success = self.success.to_dict()

        notice: dict[str, Any] | Unset = UNSET
        if not isinstance(self.notice, Unset):
            notice = self.notice.to_dict()

        warning: dict[str, Any] | Unset = UNSET
        if not isinstance(self.warning, Unset):
            warning = self.warning.to_dict()

        error: dict[str, Any] | Unset = UNSET
        if not isinstance(self.error, Unset):
            error = self.error.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if success is not UNSET:
            field_dict["success"] = success
        if notice is not UNSET:
            field_dict["notice"] = notice
        if warning is not UNSET:
            field_dict["warning"] = warning
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.message_text import MessageText  # noqa: PLC0415

        d = dict(src_dict)
        _success = d.pop("success", UNSET)
        success: MessageText | Unset
        if isinstance(_success, Unset):
            success = UNSET
        else:
            success = MessageText.from_dict(_success)

        _notice = d.pop("notice", UNSET)
        notice: MessageText | Unset
        if isinstance(_notice, Unset):
            notice = UNSET
        else:
            notice = MessageText.from_dict(_notice)

        _warning = d.pop("warning", UNSET)
        warning: MessageText | Unset
        if isinstance(_warning, Unset):
            warning = UNSET
        else:
            warning = MessageText.from_dict(_warning)

        _error = d.pop("error", UNSET)
        error: MessageText | Unset
        if isinstance(_error, Unset):
            error = UNSET
        else:
            error = MessageText.from_dict(_error)

        message = cls(
            success=success,
            notice=notice,
            warning=warning,
            error=error,
        )

        message.additional_properties = d
        return message

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
