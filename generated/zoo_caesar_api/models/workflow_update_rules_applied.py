from typing import Literal

WorkflowUpdateRulesApplied = Literal["all_matching_rules", "first_matching_rule", "no_rules"]

WORKFLOW_UPDATE_RULES_APPLIED_VALUES: set[WorkflowUpdateRulesApplied] = {
    "all_matching_rules",
    "first_matching_rule",
    "no_rules",
}


def check_workflow_update_rules_applied(value: str) -> WorkflowUpdateRulesApplied:
    if value in WORKFLOW_UPDATE_RULES_APPLIED_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WORKFLOW_UPDATE_RULES_APPLIED_VALUES!r}"
    )
