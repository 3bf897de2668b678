from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.user_rule_effect_update import UserRuleEffectUpdate


T = TypeVar("T", bound="UserRuleEffectUpdateRequest")


@_attrs_define
class UserRuleEffectUpdateRequest:
    """
    Example:
        {'user_rule_effect': {'config': {'workflow_id': 4322}}}

    """

    user_rule_effect: UserRuleEffectUpdate
    """ Changed effect settings; both keys optional, but not both absent (400). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_rule_effect = self.user_rule_effect.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "user_rule_effect": user_rule_effect,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.user_rule_effect_update import UserRuleEffectUpdate  # noqa: PLC0415

        d = dict(src_dict)
        user_rule_effect = UserRuleEffectUpdate.from_dict(d.pop("user_rule_effect"))

        user_rule_effect_update_request = cls(
            user_rule_effect=user_rule_effect,
        )

        user_rule_effect_update_request.additional_properties = d
        return user_rule_effect_update_request

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
