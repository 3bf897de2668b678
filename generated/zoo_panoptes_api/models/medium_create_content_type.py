from typing import Literal

MediumCreateContentType = Literal[
    "application/json",
    "application/pdf",
    "audio/aac",
    "audio/midi",
    "audio/mp3",
    "audio/mp4",
    "audio/mpeg",
    "audio/wav",
    "audio/x-m4a",
    "audio/x-midi",
    "image/gif",
    "image/jpeg",
    "image/png",
    "image/svg+xml",
    "image/tiff",
    "image/x-icon",
    "text/csv",
    "text/plain",
    "video/mp4",
    "video/mpeg",
]

MEDIUM_CREATE_CONTENT_TYPE_VALUES: set[MediumCreateContentType] = {
    "application/json",
    "application/pdf",
    "audio/aac",
    "audio/midi",
    "audio/mp3",
    "audio/mp4",
    "audio/mpeg",
    "audio/wav",
    "audio/x-m4a",
    "audio/x-midi",
    "image/gif",
    "image/jpeg",
    "image/png",
    "image/svg+xml",
    "image/tiff",
    "image/x-icon",
    "text/csv",
    "text/plain",
    "video/mp4",
    "video/mpeg",
}


def check_medium_create_content_type(value: str) -> MediumCreateContentType:
    if value in MEDIUM_CREATE_CONTENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MEDIUM_CREATE_CONTENT_TYPE_VALUES!r}"
    )
