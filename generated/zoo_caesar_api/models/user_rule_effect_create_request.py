from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.user_rule_effect_create import UserRuleEffectCreate


T = TypeVar("T", bound="UserRuleEffectCreateRequest")


@_attrs_define
class UserRuleEffectCreateRequest:
    """
    Example:
        {'user_rule_effect': {'action': 'promote_user', 'config': {'workflow_id': 4321}}}

    """

    user_rule_effect: UserRuleEffectCreate
    """ The only action is `promote_user`: it sets the user's project preference `settings.workflow_id` in Panoptes
    to `config.workflow_id`. An invalid config is answered with 422. """
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
        from ..models.user_rule_effect_create import UserRuleEffectCreate  # noqa: PLC0415

        d = dict(src_dict)
        user_rule_effect = UserRuleEffectCreate.from_dict(d.pop("user_rule_effect"))

        user_rule_effect_create_request = cls(
            user_rule_effect=user_rule_effect,
        )

        user_rule_effect_create_request.additional_properties = d
        return user_rule_effect_create_request

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
