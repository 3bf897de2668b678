from typing import Literal

ReducerCreateType = Literal[
    "consensus",
    "count",
    "external",
    "first_extract",
    "placeholder",
    "rectangle",
    "sqs",
    "stats",
    "summary_stats",
    "unique_count",
]

REDUCER_CREATE_TYPE_VALUES: set[ReducerCreateType] = {
    "consensus",
    "count",
    "external",
    "first_extract",
    "placeholder",
    "rectangle",
    "sqs",
    "stats",
    "summary_stats",
    "unique_count",
}


def check_reducer_create_type(value: str) -> ReducerCreateType:
    if value in REDUCER_CREATE_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {REDUCER_CREATE_TYPE_VALUES!r}")
