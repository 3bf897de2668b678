from typing import Literal

WorkflowRetirementWriteCriteria = Literal["classification_count", "never_retire"]

WORKFLOW_RETIREMENT_WRITE_CRITERIA_VALUES: set[WorkflowRetirementWriteCriteria] = {
    "classification_count",
    "never_retire",
}


def check_workflow_retirement_write_criteria(value: str) -> WorkflowRetirementWriteCriteria:
    if value in WORKFLOW_RETIREMENT_WRITE_CRITERIA_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WORKFLOW_RETIREMENT_WRITE_CRITERIA_VALUES!r}"
    )
