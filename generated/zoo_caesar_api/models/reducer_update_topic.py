from typing import Literal

ReducerUpdateTopic = Literal["reduce_by_subject", "reduce_by_user"]

REDUCER_UPDATE_TOPIC_VALUES: set[ReducerUpdateTopic] = {
    "reduce_by_subject",
    "reduce_by_user",
}


def check_reducer_update_topic(value: str) -> ReducerUpdateTopic:
    if value in REDUCER_UPDATE_TOPIC_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {REDUCER_UPDATE_TOPIC_VALUES!r}")
