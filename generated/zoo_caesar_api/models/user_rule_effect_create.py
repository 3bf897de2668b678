from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.user_rule_effect_create_action import (
    UserRuleEffectCreateAction,
    check_user_rule_effect_create_action,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.user_rule_effect_config import UserRuleEffectConfig


T = TypeVar("T", bound="UserRuleEffectCreate")


@_attrs_define
class UserRuleEffectCreate:
    """The only action is `promote_user`: it sets the user's project preference `settings.workflow_id` in Panoptes to
    `config.workflow_id`. An invalid config is answered with 422.

    """

    action: UserRuleEffectCreateAction
    """ `promote_user`; another value is answered 422. """
    config: UserRuleEffectConfig | Unset = UNSET
    """ Settings of the action. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action: str = self.action

        config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.config, Unset):
            config = self.config.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "action": action,
            }
        )
        if config is not UNSET:
            field_dict["config"] = config

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.user_rule_effect_config import UserRuleEffectConfig  # noqa: PLC0415

        d = dict(src_dict)
        action = check_user_rule_effect_create_action(d.pop("action"))

        _config = d.pop("config", UNSET)
        config: UserRuleEffectConfig | Unset
        if isinstance(_config, Unset):
            config = UNSET
        else:
            config = UserRuleEffectConfig.from_dict(_config)

        user_rule_effect_create = cls(
            action=action,
            config=config,
        )

        user_rule_effect_create.additional_properties = d
        return user_rule_effect_create

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
