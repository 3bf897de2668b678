from typing import Literal

ExtractorCreateType = Literal[
    "blank", "external", "pluck_field", "question", "shape", "survey", "who"
]

EXTRACTOR_CREATE_TYPE_VALUES: set[ExtractorCreateType] = {
    "blank",
    "external",
    "pluck_field",
    "question",
    "shape",
    "survey",
    "who",
}


def check_extractor_create_type(value: str) -> ExtractorCreateType:
    if value in EXTRACTOR_CREATE_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {EXTRACTOR_CREATE_TYPE_VALUES!r}")
