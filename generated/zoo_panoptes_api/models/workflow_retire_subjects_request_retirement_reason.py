from typing import Literal

WorkflowRetireSubjectsRequestRetirementReason = Literal[
    "blank", "classification_count", "consensus", "flagged", "human", "nothing_here", "other"
]

WORKFLOW_RETIRE_SUBJECTS_REQUEST_RETIREMENT_REASON_VALUES: set[
    WorkflowRetireSubjectsRequestRetirementReason
] = {
    "blank",
    "classification_count",
    "consensus",
    "flagged",
    "human",
    "nothing_here",
    "other",
}


def check_workflow_retire_subjects_request_retirement_reason(
    value: str,
) -> WorkflowRetireSubjectsRequestRetirementReason:
    if value in WORKFLOW_RETIRE_SUBJECTS_REQUEST_RETIREMENT_REASON_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WORKFLOW_RETIRE_SUBJECTS_REQUEST_RETIREMENT_REASON_VALUES!r}"
    )
