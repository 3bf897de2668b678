from typing import Literal

UserRuleEffectUpdateAction = Literal["promote_user"]

USER_RULE_EFFECT_UPDATE_ACTION_VALUES: set[UserRuleEffectUpdateAction] = {
    "promote_user",
}


def check_user_rule_effect_update_action(value: str) -> UserRuleEffectUpdateAction:
    if value in USER_RULE_EFFECT_UPDATE_ACTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {USER_RULE_EFFECT_UPDATE_ACTION_VALUES!r}"
    )
