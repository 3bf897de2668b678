from typing import Literal

WorkflowCreateRulesApplied = Literal["all_matching_rules", "first_matching_rule", "no_rules"]

WORKFLOW_CREATE_RULES_APPLIED_VALUES: set[WorkflowCreateRulesApplied] = {
    "all_matching_rules",
    "first_matching_rule",
    "no_rules",
}


def check_workflow_create_rules_applied(value: str) -> WorkflowCreateRulesApplied:
    if value in WORKFLOW_CREATE_RULES_APPLIED_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WORKFLOW_CREATE_RULES_APPLIED_VALUES!r}"
    )
