from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.user_rule_write import UserRuleWrite


T = TypeVar("T", bound="UserRuleWriteRequest")


@_attrs_define
class UserRuleWriteRequest:
    """
    Example:
        {'user_rule': {'condition': ['gte', ['lookup', 'skill.score', 0], ['const', 0.9]]}}

    """

    user_rule: UserRuleWrite
    """ Send exactly one of `condition` (the array) or `condition_string` (the same array encoded as a JSON string).
    With neither the server fails with 500 ("No condition specified"). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_rule = self.user_rule.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "user_rule": user_rule,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.user_rule_write import UserRuleWrite  # noqa: PLC0415

        d = dict(src_dict)
        user_rule = UserRuleWrite.from_dict(d.pop("user_rule"))

        user_rule_write_request = cls(
            user_rule=user_rule,
        )

        user_rule_write_request.additional_properties = d
        return user_rule_write_request

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
