from typing import Literal

RegenerateJobReportType = Literal["aggregated", "full", "gold_report", "json", "source", "workset"]

REGENERATE_JOB_REPORT_TYPE_VALUES: set[RegenerateJobReportType] = {
    "aggregated",
    "full",
    "gold_report",
    "json",
    "source",
    "workset",
}


def check_regenerate_job_report_type(value: str) -> RegenerateJobReportType:
    if value in REGENERATE_JOB_REPORT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REGENERATE_JOB_REPORT_TYPE_VALUES!r}"
    )
