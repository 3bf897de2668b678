from typing import Literal

ExtractorUpdateShape = Literal[
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

EXTRACTOR_UPDATE_SHAPE_VALUES: set[ExtractorUpdateShape] = {
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


def check_extractor_update_shape(value: str) -> ExtractorUpdateShape:
    if value in EXTRACTOR_UPDATE_SHAPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {EXTRACTOR_UPDATE_SHAPE_VALUES!r}"
    )
