from typing import Literal

SubjectRuleEffectConfigReason = Literal[
    "blank", "classification_count", "consensus", "flagged", "human", "nothing_here", "other"
]

SUBJECT_RULE_EFFECT_CONFIG_REASON_VALUES: set[SubjectRuleEffectConfigReason] = {
    "blank",
    "classification_count",
    "consensus",
    "flagged",
    "human",
    "nothing_here",
    "other",
}


def check_subject_rule_effect_config_reason(value: str) -> SubjectRuleEffectConfigReason:
    if value in SUBJECT_RULE_EFFECT_CONFIG_REASON_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SUBJECT_RULE_EFFECT_CONFIG_REASON_VALUES!r}"
    )
