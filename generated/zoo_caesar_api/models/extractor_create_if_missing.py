from typing import Literal

ExtractorCreateIfMissing = Literal["error", "ignore", "nothing_here", "reject"]

EXTRACTOR_CREATE_IF_MISSING_VALUES: set[ExtractorCreateIfMissing] = {
    "error",
    "ignore",
    "nothing_here",
    "reject",
}


def check_extractor_create_if_missing(value: str) -> ExtractorCreateIfMissing:
    if value in EXTRACTOR_CREATE_IF_MISSING_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {EXTRACTOR_CREATE_IF_MISSING_VALUES!r}"
    )
