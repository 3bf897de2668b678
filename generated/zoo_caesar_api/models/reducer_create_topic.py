from typing import Literal

ReducerCreateTopic = Literal["reduce_by_subject", "reduce_by_user"]

REDUCER_CREATE_TOPIC_VALUES: set[ReducerCreateTopic] = {
    "reduce_by_subject",
    "reduce_by_user",
}


def check_reducer_create_topic(value: str) -> ReducerCreateTopic:
    if value in REDUCER_CREATE_TOPIC_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {REDUCER_CREATE_TOPIC_VALUES!r}")
