from typing import Literal

ProjectCreateStatus = Literal["active", "halted"]

PROJECT_CREATE_STATUS_VALUES: set[ProjectCreateStatus] = {
    "active",
    "halted",
}


def check_project_create_status(value: str) -> ProjectCreateStatus:
    if value in PROJECT_CREATE_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PROJECT_CREATE_STATUS_VALUES!r}")
