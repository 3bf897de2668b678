from typing import Literal

ReducerFiltersEmptyExtracts = Literal["ignore_empty", "keep_all"]

REDUCER_FILTERS_EMPTY_EXTRACTS_VALUES: set[ReducerFiltersEmptyExtracts] = {
    "ignore_empty",
    "keep_all",
}


def check_reducer_filters_empty_extracts(value: str) -> ReducerFiltersEmptyExtracts:
    if value in REDUCER_FILTERS_EMPTY_EXTRACTS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REDUCER_FILTERS_EMPTY_EXTRACTS_VALUES!r}"
    )
