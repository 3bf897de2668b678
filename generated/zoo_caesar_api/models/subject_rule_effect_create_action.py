from typing import Literal

SubjectRuleEffectCreateAction = Literal[
    "add_subject_to_collection",
    "add_subject_to_set",
    "external",
    "external_with_basic_auth",
    "retire_subject",
]

SUBJECT_RULE_EFFECT_CREATE_ACTION_VALUES: set[SubjectRuleEffectCreateAction] = {
    "add_subject_to_collection",
    "add_subject_to_set",
    "external",
    "external_with_basic_auth",
    "retire_subject",
}


def check_subject_rule_effect_create_action(value: str) -> SubjectRuleEffectCreateAction:
    if value in SUBJECT_RULE_EFFECT_CREATE_ACTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SUBJECT_RULE_EFFECT_CREATE_ACTION_VALUES!r}"
    )
