from typing import Literal

UserRuleEffectCreateAction = Literal["promote_user"]

USER_RULE_EFFECT_CREATE_ACTION_VALUES: set[UserRuleEffectCreateAction] = {
    "promote_user",
}


def check_user_rule_effect_create_action(value: str) -> UserRuleEffectCreateAction:
    if value in USER_RULE_EFFECT_CREATE_ACTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {USER_RULE_EFFECT_CREATE_ACTION_VALUES!r}"
    )
