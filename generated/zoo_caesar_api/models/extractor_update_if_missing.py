from typing import Literal

ExtractorUpdateIfMissing = Literal["error", "ignore", "nothing_here", "reject"]

EXTRACTOR_UPDATE_IF_MISSING_VALUES: set[ExtractorUpdateIfMissing] = {
    "error",
    "ignore",
    "nothing_here",
    "reject",
}


def check_extractor_update_if_missing(value: str) -> ExtractorUpdateIfMissing:
    if value in EXTRACTOR_UPDATE_IF_MISSING_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {EXTRACTOR_UPDATE_IF_MISSING_VALUES!r}"
    )
