from typing import Literal

DownloadJobReportType = Literal["aggregated", "full", "gold_report", "json", "source", "workset"]

DOWNLOAD_JOB_REPORT_TYPE_VALUES: set[DownloadJobReportType] = {
    "aggregated",
    "full",
    "gold_report",
    "json",
    "source",
    "workset",
}


def check_download_job_report_type(value: str) -> DownloadJobReportType:
    if value in DOWNLOAD_JOB_REPORT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DOWNLOAD_JOB_REPORT_TYPE_VALUES!r}"
    )
