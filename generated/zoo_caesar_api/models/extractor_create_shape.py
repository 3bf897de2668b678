from typing import Literal

ExtractorCreateShape = Literal[
    "circle",
    "column",
    "ellipse",
    "fan",
    "fullHeightLine",
    "fullWidthLine",
    "line",
    "point",
    "rectangle",
    "rotateRectangle",
    "triangle",
]

EXTRACTOR_CREATE_SHAPE_VALUES: set[ExtractorCreateShape] = {
    "circle",
    "column",
    "ellipse",
    "fan",
    "fullHeightLine",
    "fullWidthLine",
    "line",
    "point",
    "rectangle",
    "rotateRectangle",
    "triangle",
}


def check_extractor_create_shape(value: str) -> ExtractorCreateShape:
    if value in EXTRACTOR_CREATE_SHAPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {EXTRACTOR_CREATE_SHAPE_VALUES!r}"
    )
