from typing import Literal

ExportCreateContentType = Literal["text/csv"]

EXPORT_CREATE_CONTENT_TYPE_VALUES: set[ExportCreateContentType] = {
    "text/csv",
}


def check_export_create_content_type(value: str) -> ExportCreateContentType:
    if value in EXPORT_CREATE_CONTENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {EXPORT_CREATE_CONTENT_TYPE_VALUES!r}"
    )
