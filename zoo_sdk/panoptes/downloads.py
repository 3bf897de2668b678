"""Resumable, verified file downloads: the one home of "fetch this URL into that file".

``download(url, path)`` streams the body into ``path + ".part"``, hashing as it goes; a
connection lost mid-body is continued from the bytes already on disk with ``Range: bytes=N-``
(and ``If-Range`` holding the ETag of the first attempt, so a file that changed meanwhile is
fetched whole again, never spliced). The result is checked against the server's length before
the ``.part`` file is renamed over ``path``. An interrupted run leaves the ``.part`` file and
its ``.part.json`` note (ETag, length); the next ``download`` of the same URL resumes it::

    done = download(export_url, "data/classifications.csv")
    done.bytes, done.sha256, done.resumed_from
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urlsplit

import httpx

from zoo_sdk import errors

#: Attempts per download (each continues where the last stopped).
ATTEMPTS = 5


@dataclass(frozen=True)
class Downloaded:
    """What :func:`download` wrote: ``bytes``, ``sha256`` (hex), the server's ``etag`` and
    ``last_modified``, and ``resumed_from``: the bytes kept from an earlier attempt or run and
    not fetched again (0 when the whole body came in one response)."""

    path: str
    bytes: int
    sha256: str
    etag: str | None
    last_modified: str | None
    content_type: str | None
    resumed_from: int


class DownloadError(errors.TransportError):
    """A download that could not be completed or verified (the ``.part`` file is kept)."""


def download(
    url: str,
    path: str | os.PathLike[str],
    *,
    resume: bool = True,
    progress: Callable[[int, int | None], None] | None = None,
    attempts: int = ATTEMPTS,
) -> Downloaded:
    """Fetch ``url`` into ``path`` atomically, resuming and verifying (see the module doc).

    ``progress(bytes_so_far, total_or_None)`` is called after each chunk.
    """
    from zoo_sdk.panoptes.client import Panoptes

    target = os.fspath(path)
    part, note = target + ".part", target + ".part.json"
    http = Panoptes.client().http
    known: dict[str, object] | None = _read_note(note, url) if resume else None
    if known is None:
        _remove(part, note)
        known = {}
    last_error: Exception | None = None
    kept = resumed_from = 0
    digest: str | None = None
    for _ in range(max(1, attempts)):
        kept = _size(part)
        headers = {}
        if kept and known.get("etag"):
            headers = {"Range": f"bytes={kept}-", "If-Range": str(known["etag"])}
        response = http.request("GET", url, auth=False, stream=True, headers=headers,
                                ok=(416,))
        try:
            if response.status_code == 416:  # nothing after what we have: complete, or changed
                total = _total_of_416(response)
                if total is not None and total == kept:
                    resumed_from = kept
                    break
                _remove(part, note)
                known = {}
                continue
            offset = resumed_from = kept if response.status_code == 206 else 0
            if response.status_code == 206 and _range_start(response) != kept:
                raise DownloadError(f"the server sent a range not starting at byte {kept}")
            total = _expected_total(response, offset)
            known = {"url": without_query(url), "etag": response.headers.get("ETag"),
                     "last_modified": response.headers.get("Last-Modified"),
                     "content_type": response.headers.get("Content-Type"), "total": total}
            _write_note(note, known)
            try:
                digest = _stream(response, part, offset, total, progress)
            except httpx.TransportError as exc:  # lost mid-body: what arrived is kept
                last_error = exc
                continue
            size = _size(part)
            if total is not None and size != total:
                last_error = DownloadError(f"{target}: {size} bytes arrived of {total}")
                continue
            break
        finally:
            response.close()
    else:
        raise DownloadError(f"could not download {without_query(url)} to {target} after "
                            f"{attempts} attempts ({last_error}); run again to resume "
                            f"from the {_size(part):,} bytes kept") from last_error
    if digest is None:  # (complete from an earlier run: nothing streamed now)
        digest = sha256_of(part)
    size = _size(part)
    with open(part, "rb+") as handle:
        os.fsync(handle.fileno())
    try:
        os.replace(part, target)
    except OSError as exc:
        raise type(exc)(exc.errno, exc.strerror or str(exc), target) from None
    _remove(note)
    return Downloaded(target, size, digest, _text(known.get("etag")),
                      _text(known.get("last_modified")), _text(known.get("content_type")),
                      resumed_from)


def _text(value: object) -> str | None:
    return None if value is None else str(value)


def _stream(response: httpx.Response, part: str, offset: int, total: int | None,
            progress: Callable[[int, int | None], None] | None) -> str:
    """Write the body into ``part`` from ``offset``; the sha256 of the whole file, computed as
    the bytes arrive (the kept prefix is hashed first)."""
    mode = "r+b" if offset else "wb"
    try:
        handle = open(part, mode)  # noqa: SIM115 - closed below
    except OSError as exc:
        raise type(exc)(exc.errno, exc.strerror or str(exc), part) from None
    hasher = hashlib.sha256()
    with handle:
        left = offset
        while left:
            block = handle.read(min(left, 1 << 20))
            if not block:
                break
            hasher.update(block)
            left -= len(block)
        handle.seek(offset)
        handle.truncate()
        done = offset
        for chunk in response.iter_bytes():  # as received: a cut body keeps what arrived
            hasher.update(chunk)
            handle.write(chunk)
            done += len(chunk)
            if progress:
                progress(done, total)
        handle.flush()
    return hasher.hexdigest()


def _expected_total(response: httpx.Response, offset: int) -> int | None:
    content_range = response.headers.get("Content-Range", "")
    if response.status_code == 206 and "/" in content_range:
        total = content_range.rsplit("/", 1)[1]
        if total.isdigit():
            return int(total)
    length = response.headers.get("Content-Length")
    if length and length.isdigit() and "gzip" not in response.headers.get(
            "Content-Encoding", ""):
        return offset + int(length)
    return None


def _range_start(response: httpx.Response) -> int | None:
    content_range = response.headers.get("Content-Range", "")  # bytes 100-199/200
    first = content_range.removeprefix("bytes ").split("-", 1)[0]
    return int(first) if first.isdigit() else None


def _total_of_416(response: httpx.Response) -> int | None:
    total = response.headers.get("Content-Range", "").rsplit("/", 1)[-1]
    return int(total) if total.isdigit() else None


def sha256_of(path: str) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _size(path: str) -> int:
    try:
        return os.path.getsize(path)
    except OSError:
        return 0


def without_query(url: str) -> str:
    """The URL without its query (signed URLs carry secrets there)."""
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}{parts.path}"


def _read_note(note: str, url: str) -> dict[str, object] | None:
    try:
        with open(note, encoding="utf-8") as handle:
            found = json.load(handle)
    except (OSError, ValueError):
        return None
    return found if isinstance(found, dict) and found.get("url") == without_query(url) else None


def _write_note(note: str, known: dict[str, object]) -> None:
    with open(note, "w", encoding="utf-8") as handle:
        json.dump(known, handle)


def _remove(*paths: str) -> None:
    for path in paths:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(path)


__all__ = ["DownloadError", "Downloaded", "download", "sha256_of", "without_query"]
