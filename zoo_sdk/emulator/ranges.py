"""Byte ranges, validators and HEAD, answered as Azure Blob Storage answers a GET of a blob.

`/blobs/<key>` and the export files (`/exports/...`, which the real Panoptes keeps on Azure) both
answer through `answer()`:

- every answer carries `ETag`, `Last-Modified`, `Accept-Ranges: bytes`, `x-ms-blob-type` and,
  when the length is known, `Content-Length`;
- a `Range` (or `x-ms-range`, which wins, as on Azure) in one of Azure's two forms, `bytes=N-`
  and `bytes=N-M`, gets 206 with `Content-Range: bytes N-M/TOTAL` and just those bytes (an end
  past the last byte is cut to it); a start at or past the end gets 416 `InvalidRange` with
  `Content-Range: bytes */TOTAL`;
- any other range (a suffix `bytes=-N`, several ranges, `N-M` with M < N, another unit) is
  ignored: 200 with the whole body, as Azure does with a range it cannot parse;
- `If-Range` naming another ETag (or a weak one, or a date other than `Last-Modified`) turns a
  range request into a 200 with the whole body;
- `If-None-Match` naming the current ETag (or `*`) gets 304 with no body;
- HEAD (Azure's Get Blob Properties) gets the headers of the whole body, no body; it ignores
  Range, as Get Blob Properties does.

A streamed body whose length is not known yet is sent whole (200, no `Content-Length`), any
Range ignored; the caller measures the stream first when it wants ranges answered::

    answer(request, data, "text/csv", Validators(blob.etag, blob.written_at))
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from email.utils import formatdate, parsedate_to_datetime

from starlette.requests import Request
from starlette.responses import Response, StreamingResponse

#: Azure's two range forms (`bytes=N-`, `bytes=N-M`); ASCII digits only.
RANGE_RE = re.compile(r"bytes=([0-9]+)-([0-9]*)")
INVALID_RANGE = ('<?xml version="1.0" encoding="utf-8"?><Error><Code>InvalidRange</Code>'
                 "<Message>The range specified is invalid for the current size of the "
                 "resource.</Message></Error>")

#: A body: its bytes, or a function that opens a fresh stream of the same bytes.
Body = bytes | Callable[[], Iterable[bytes]]


@dataclass(frozen=True)
class Validators:
    """What names one version of a file: its quoted `etag` and when it was written (epoch s).

    >>> Validators('"0x1"', 0).last_modified
    'Thu, 01 Jan 1970 00:00:00 GMT'
    """

    etag: str
    written_at: float

    @property
    def last_modified(self) -> str:
        return formatdate(self.written_at, usegmt=True)


def byte_range(headers: Mapping[str, str]) -> tuple[int, int | None] | None:
    """The `(first, last)` bytes a request asks for (`last` None: to the end), or None for
    the whole body (no range, or one Azure cannot parse).

    >>> byte_range({"range": "bytes=5-"}), byte_range({"range": "bytes=0-1,4-5"})
    ((5, None), None)
    """
    value = headers.get("x-ms-range", headers.get("range"))
    match = RANGE_RE.fullmatch(value.strip()) if value is not None else None
    if match is None:
        return None
    first, last = int(match[1]), int(match[2]) if match[2] else None
    if last is not None and last < first:
        return None
    return first, last


def if_range_holds(headers: Mapping[str, str], validators: Validators) -> bool:
    """False when `If-Range` names another version than `validators` (range then ignored).

    >>> if_range_holds({"if-range": '"0x2"'}, Validators('"0x1"', 0))
    False
    """
    wanted = headers.get("if-range")
    if wanted is None:
        return True
    wanted = wanted.strip()
    if wanted.startswith('"'):
        return wanted == validators.etag
    if wanted.startswith("W/"):
        return False  # a weak validator never matches for a range
    try:
        return int(parsedate_to_datetime(wanted).timestamp()) == int(validators.written_at)
    except (TypeError, ValueError):
        return False


def asks_for_range(request: Request, validators: Validators) -> bool:
    """True when `request` is a GET whose range would be answered (parsed, If-Range holds)."""
    return request.method == "GET" and byte_range(request.headers) is not None and \
        if_range_holds(request.headers, validators)


def window(chunks: Iterable[bytes], start: int, stop: int | None = None) -> Iterator[bytes]:
    """Bytes `start` up to (not including) `stop` of a chunked stream, a chunk at a time.

    >>> b"".join(window([b"abc", b"def"], 2, 5))
    b'cde'
    """
    position = 0
    for chunk in chunks:
        if stop is not None and position >= stop:
            return
        low = max(start - position, 0)
        high = len(chunk) if stop is None else min(stop - position, len(chunk))
        if low < high:
            yield chunk[low:high] if (low, high) != (0, len(chunk)) else chunk
        position += len(chunk)


def answer(request: Request, body: Body, content_type: str, validators: Validators,
           total: int | None = None) -> Response:
    """The reply to a GET or HEAD of `body` (see the module doc); `total` is the length of a
    streamed body when known (bytes give their own).

    >>> answer(request, b"id,name\\n", "text/csv", Validators('"0x1"', 0))  # doctest: +SKIP
    """
    if isinstance(body, bytes):
        total = len(body)
    headers = {"ETag": validators.etag, "Last-Modified": validators.last_modified,
               "Accept-Ranges": "bytes", "x-ms-blob-type": "BlockBlob"}
    kind = {"Content-Type": content_type}  # verbatim, as stored (no charset added)
    if _none_match(request.headers, validators.etag):
        return Response(None, 304, headers)
    wanted = byte_range(request.headers) if asks_for_range(request, validators) else None
    if wanted is not None and total is not None:
        first, last = wanted
        if first >= total:
            return Response(INVALID_RANGE, 416, {**headers, "Content-Range": f"bytes */{total}"},
                            media_type="application/xml")
        last = total - 1 if last is None else min(last, total - 1)
        headers.update({"Content-Range": f"bytes {first}-{last}/{total}",
                        "Content-Length": str(last - first + 1)})
        if isinstance(body, bytes):
            return Response(body[first:last + 1], 206, {**headers, **kind})
        return StreamingResponse(window(body(), first, last + 1), 206, {**headers, **kind})
    if total is not None:
        headers["Content-Length"] = str(total)
    if request.method == "HEAD":
        reply = Response(b"", 200, {**headers, **kind})
        if total is None:
            del reply.headers["content-length"]
        return reply
    if isinstance(body, bytes):
        return Response(body, 200, {**headers, **kind})
    return StreamingResponse(body(), 200, {**headers, **kind})


def _none_match(headers: Mapping[str, str], etag: str) -> bool:
    wanted = headers.get("if-none-match")
    if wanted is None:
        return False
    tags = {tag.strip().removeprefix("W/") for tag in wanted.split(",")}
    return "*" in tags or etag.removeprefix("W/") in tags


__all__ = ["Body", "Validators", "answer", "asks_for_range", "byte_range", "if_range_holds",
           "window"]
