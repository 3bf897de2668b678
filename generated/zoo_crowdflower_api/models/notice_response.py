from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.message_text import MessageText


T = TypeVar("T", bound="NoticeResponse")


@_attrs_define
class NoticeResponse:
    """A `notice` message, e.g. while a report is still being generated.

    Example:
        {'notice': {'message': 'Your CSV is being generated.  Try again in 10 seconds.'}}

    """

    notice: MessageText | Unset = UNSET
    """ The inner message object. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        notice: dict[str, Any] | Unset = UNSET
        if not isinstance(self.notice, Unset):
            notice = self.notice.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if notice is not UNSET:
            field_dict["notice"] = notice

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.message_text import MessageText  # noqa: PLC0415

        d = dict(src_dict)
        _notice = d.pop("notice", UNSET)
        notice: MessageText | Unset
        if isinstance(_notice, Unset):
            notice = UNSET
        else:
            notice = MessageText.from_dict(_notice)

        notice_response = cls(
            notice=notice,
        )

        notice_response.additional_properties = d
        return notice_response

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
