from typing import Literal

SubjectRuleEffectUpdateAction = Literal[
    "add_subject_to_collection",
    "add_subject_to_set",
    "external",
    "external_with_basic_auth",
    "retire_subject",
]

SUBJECT_RULE_EFFECT_UPDATE_ACTION_VALUES: set[SubjectRuleEffectUpdateAction] = {
    "add_subject_to_collection",
    "add_subject_to_set",
    "external",
    "external_with_basic_auth",
    "retire_subject",
}


def check_subject_rule_effect_update_action(value: str) -> SubjectRuleEffectUpdateAction:
    if value in SUBJECT_RULE_EFFECT_UPDATE_ACTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SUBJECT_RULE_EFFECT_UPDATE_ACTION_VALUES!r}"
    )
