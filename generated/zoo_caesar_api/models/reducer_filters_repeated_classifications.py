from typing import Literal

ReducerFiltersRepeatedClassifications = Literal["keep_all", "keep_first", "keep_last"]

REDUCER_FILTERS_REPEATED_CLASSIFICATIONS_VALUES: set[ReducerFiltersRepeatedClassifications] = {
    "keep_all",
    "keep_first",
    "keep_last",
}


def check_reducer_filters_repeated_classifications(
    value: str,
) -> ReducerFiltersRepeatedClassifications:
    if value in REDUCER_FILTERS_REPEATED_CLASSIFICATIONS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REDUCER_FILTERS_REPEATED_CLASSIFICATIONS_VALUES!r}"
    )
