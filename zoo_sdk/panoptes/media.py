"""Media locations: what a subject may carry, detected from the file's bytes and name.

No libmagic: the signatures of the accepted types are checked directly, so detection works the
same on every platform and for file objects. Type and size are checked before any request::

    Location.from_source("cat.png")             # Location(mime='image/png', ...)
    Location.from_source({"image/png": "https://example.org/cat.png"})   # remote, not uploaded
    Location.from_source("scan.dat", mime="image/png")   # a type given by hand (not sniffed)
"""

from __future__ import annotations

import io
import json
import mimetypes
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any, BinaryIO

from zoo_panoptes_api.models.medium_create_content_type import (
    MEDIUM_CREATE_CONTENT_TYPE_VALUES,
)

from zoo_sdk.errors import UnknownMediaException

#: Types the Panoptes subject upload accepts (the server's subject location list).
ALLOWED_MIME_TYPES = frozenset(
    {
        "image/jpeg",
        "image/png",
        "image/gif",
        "image/svg+xml",
        "audio/mpeg",
        "video/mp4",
        "audio/mp4",
        "video/mpeg",
        "text/plain",
        "application/json",
    }
)

#: Types a medium (an attached image of a subject or project, ...) may have: the spec's
#: ``MediumCreate.content_type`` list, which is the server's ``Medium::ALLOWED_CONTENT_TYPES``.
ATTACHED_MEDIA_TYPES = frozenset(MEDIUM_CREATE_CONTENT_TYPE_VALUES)

#: Largest file sent in one PUT (the blob store's single-request limit).
MAX_UPLOAD_BYTES = 256 * 1024 * 1024

_EXTENSIONS = {
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".png": "image/png",
    ".gif": "image/gif",
    ".svg": "image/svg+xml",
    ".mp3": "audio/mpeg",
    ".mp4": "video/mp4",
    ".m4a": "audio/mp4",
    ".mpg": "video/mpeg",
    ".mpeg": "video/mpeg",
    ".txt": "text/plain",
    ".json": "application/json",
}


def sniff(head: bytes, name: str | None = None) -> str | None:
    """The MIME type from a file's first bytes; the name only tells text formats apart.

    The bytes win: a name that claims a binary format the bytes do not have gives None (the
    caller refuses the file), never the name's type.

    >>> sniff(b"\\x89PNG\\r\\n\\x1a\\n....")
    'image/png'
    >>> sniff(b'{"a": 1}', "x.json")
    'application/json'
    >>> sniff(b"just some text", "cat.png") is None
    True
    """
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if head.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if head.startswith((b"GIF87a", b"GIF89a")):
        return "image/gif"
    if head[4:8] == b"ftyp":
        brand = head[8:12]
        return "audio/mp4" if brand in (b"M4A ", b"M4B ") else "video/mp4"
    if head.startswith((b"\x00\x00\x01\xba", b"\x00\x00\x01\xb3")):
        return "video/mpeg"
    if head.startswith(b"ID3") or (len(head) > 1 and head[0] == 0xFF and head[1] & 0xE0 == 0xE0):
        return "audio/mpeg"
    by_name = _EXTENSIONS.get(os.path.splitext(name or "")[1].lower())
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if b"<svg" in head[:4096] and text.startswith((b"<?xml", b"<svg", b"<!--", b"<!DOCTYPE")):
        return "image/svg+xml"
    if by_name in ("application/json", "text/plain"):
        return by_name
    if text.startswith((b"{", b"[")) and _is_json(head):
        return "application/json"
    if by_name is None and _is_text(head):
        return "text/plain"
    return None


def _is_json(head: bytes) -> bool:
    try:
        json.loads(head)
    except ValueError:
        return False
    return True


def _is_text(head: bytes) -> bool:
    try:
        head.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return b"\x00" not in head


@dataclass
class Location:
    """One media location of a subject: a local file, a file object, or a remote URL."""

    mime: str
    path: str | None = None
    fileobj: BinaryIO | None = None
    url: str | None = None
    size: int | None = None
    index: int | None = None
    """Position among the subject's locations (set when added to a subject)."""

    @property
    def is_local(self) -> bool:
        return self.url is None

    def to_request(self) -> str | dict[str, str]:
        """How the subject create/update body lists it."""
        return {self.mime: self.url} if self.url else self.mime

    def chunks(self, chunk_size: int = 1024 * 1024) -> Callable[[], Iterator[bytes]]:
        """A function returning a fresh iterator over the bytes (so a retry can resend)."""
        if self.path is not None:
            path = self.path

            def from_disk() -> Iterator[bytes]:
                with open(path, "rb") as handle:
                    while chunk := handle.read(chunk_size):
                        yield chunk

            return from_disk
        assert self.fileobj is not None
        handle = self.fileobj

        def from_memory() -> Iterator[bytes]:
            handle.seek(0)
            while chunk := handle.read(chunk_size):
                yield chunk

        return from_memory

    @classmethod
    def from_source(
        cls,
        source: Any,
        max_bytes: int = MAX_UPLOAD_BYTES,
        *,
        mime: str | None = None,
        allowed: frozenset[str] = ALLOWED_MIME_TYPES,
    ) -> Location:
        """Check and describe a location given as a path, a binary file object or ``{mime: url}``.

        ``mime`` gives a local file's type by hand instead of detecting it (panoptes_client's
        ``manual_mimetype``); it must still be one of ``allowed``. It is ignored for a remote
        ``{mime: url}``, whose key is its type. Raises UnknownMediaException for a type the API
        does not accept, an empty or too large file, or a missing file — before any request.

        >>> Location.from_source(io.BytesIO(b"GIF89a..."), mime="image/gif").mime
        'image/gif'
        """
        if mime is not None and not isinstance(mime, str):
            raise UnknownMediaException(f"a media type is a string such as 'image/png': {mime!r}")
        if isinstance(source, dict):
            if len(source) != 1:
                raise UnknownMediaException("a remote location is one {mime: url} pair")
            ((mime, url),) = source.items()
            return cls(mime=str(mime), url=str(url))
        if isinstance(source, str | os.PathLike):
            path = os.fspath(source)
            try:
                size = os.path.getsize(path)
                with open(path, "rb") as handle:
                    head = handle.read(8192)
            except OSError as exc:
                raise UnknownMediaException(f"cannot read {path}: {exc.strerror}") from exc
            found = mime or sniff(head, path)
            return cls(
                mime=_checked(found, path, size, max_bytes, allowed), path=path, size=size
            )
        if hasattr(source, "read"):
            name = getattr(source, "name", None)
            name = name if isinstance(name, str) else None
            if name and os.path.isfile(name) and source.seekable() and source.tell() == 0:
                # stream from disk at upload time
                return cls.from_source(name, max_bytes, mime=mime, allowed=allowed)
            data = source.read()  # the caller may close it before save(): keep the bytes
            if not isinstance(data, bytes | bytearray):
                raise UnknownMediaException("open media files in binary mode ('rb')")
            head, size, source = bytes(data[:8192]), len(data), io.BytesIO(data)
            found = _checked(mime or sniff(head, name), name or "file object", size, max_bytes,
                             allowed)
            return cls(mime=found, fileobj=source, size=size)
        raise UnknownMediaException(f"not a media location: {type(source).__name__}")


def _checked(
    mime: str | None,
    what: str,
    size: int,
    max_bytes: int,
    allowed: frozenset[str] = ALLOWED_MIME_TYPES,
) -> str:
    if mime is None:
        claimed = _EXTENSIONS.get(os.path.splitext(what)[1].lower())
        if claimed:
            raise UnknownMediaException(
                f"{what} is named like {claimed}, but its bytes are not {claimed}: "
                "check the file (rename it if it holds another type)"
            )
        guess = mimetypes.guess_type(what)[0]
        raise UnknownMediaException(f"cannot tell the media type of {what} ({guess or 'unknown'})")
    if mime not in allowed:
        raise UnknownMediaException(
            f"{what}: media type {mime} is not accepted by Panoptes here (allowed: "
            f"{', '.join(sorted(allowed))})"
        )
    if size == 0:
        raise UnknownMediaException(f"{what} is empty")
    if size > max_bytes:
        raise UnknownMediaException(f"{what} is {size} bytes; the limit is {max_bytes} bytes")
    return mime
