from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.user_rule_effect_update_action import (
    UserRuleEffectUpdateAction,
    check_user_rule_effect_update_action,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.user_rule_effect_config import UserRuleEffectConfig


T = TypeVar("T", bound="UserRuleEffectUpdate")


@_attrs_define
class UserRuleEffectUpdate:
    """Changed effect settings; both keys optional, but not both absent (400)."""

    action: UserRuleEffectUpdateAction | Unset = UNSET
    """ `promote_user`. """
    config: UserRuleEffectConfig | Unset = UNSET
    """ Settings of the action. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action: str | Unset = UNSET
        if not isinstance(self.action, Unset):
            action = self.action

        config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.config, Unset):
            config = self.config.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if action is not UNSET:
            field_dict["action"] = action
        if config is not UNSET:
            field_dict["config"] = config

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.user_rule_effect_config import UserRuleEffectConfig  # noqa: PLC0415

        d = dict(src_dict)
        _action = d.pop("action", UNSET)
        action: UserRuleEffectUpdateAction | Unset
        if isinstance(_action, Unset):
            action = UNSET
        else:
            action = check_user_rule_effect_update_action(_action)

        _config = d.pop("config", UNSET)
        config: UserRuleEffectConfig | Unset
        if isinstance(_config, Unset):
            config = UNSET
        else:
            config = UserRuleEffectConfig.from_dict(_config)

        user_rule_effect_update = cls(
            action=action,
            config=config,
        )

        user_rule_effect_update.additional_properties = d
        return user_rule_effect_update

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
