from typing import Literal

DataRequestCreateKind = Literal["comments", "tags", "votable_tags"]

DATA_REQUEST_CREATE_KIND_VALUES: set[DataRequestCreateKind] = {
    "comments",
    "tags",
    "votable_tags",
}


def check_data_request_create_kind(value: str) -> DataRequestCreateKind:
    if value in DATA_REQUEST_CREATE_KIND_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DATA_REQUEST_CREATE_KIND_VALUES!r}"
    )
