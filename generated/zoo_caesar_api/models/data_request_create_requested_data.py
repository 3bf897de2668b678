from typing import Literal

DataRequestCreateRequestedData = Literal["extracts", "subject_reductions", "user_reductions"]

DATA_REQUEST_CREATE_REQUESTED_DATA_VALUES: set[DataRequestCreateRequestedData] = {
    "extracts",
    "subject_reductions",
    "user_reductions",
}


def check_data_request_create_requested_data(value: str) -> DataRequestCreateRequestedData:
    if value in DATA_REQUEST_CREATE_REQUESTED_DATA_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DATA_REQUEST_CREATE_REQUESTED_DATA_VALUES!r}"
    )
