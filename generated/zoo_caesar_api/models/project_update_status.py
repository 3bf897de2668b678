from typing import Literal

ProjectUpdateStatus = Literal["active", "halted"]

PROJECT_UPDATE_STATUS_VALUES: set[ProjectUpdateStatus] = {
    "active",
    "halted",
}


def check_project_update_status(value: str) -> ProjectUpdateStatus:
    if value in PROJECT_UPDATE_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PROJECT_UPDATE_STATUS_VALUES!r}")
