"""Data exports: generate, wait (with backoff and a deadline), and stream the download.

Mixed into Project, Workflow and SubjectSet, with panoptes_client's method names::

    export = project.get_export("classifications", generate=True, wait_timeout=600)
    for row in export.csv_dictreader():       # streamed: never the whole file in memory
        print(row["classification_id"])
    project.get_export("subjects").save("subjects.csv", progress=print)   # atomic write
"""

from __future__ import annotations

import codecs
import contextlib
import csv
import os
import tempfile
import time
from collections.abc import Callable, Iterator
from typing import Any

import httpx

from zoo_sdk import errors
from zoo_sdk._http import JSONBody
from zoo_sdk.panoptes.client import Panoptes
from zoo_sdk.panoptes.objects import PanoptesObject, call
from zoo_sdk.panoptes.paging import records_of

READY_STATES = frozenset({"ready", "finished"})
CHUNK = 256 * 1024


class Export:
    """A downloadable export: stream it once as bytes, lines, CSV rows, or to a file.

    The HTTP response stays open until the data is consumed or :meth:`close` is called; use it
    as a context manager to be sure.
    """

    def __init__(self, response: httpx.Response, description: dict[str, Any]) -> None:
        self.response = response
        self.description = description
        self.status_code = response.status_code
        self.headers = response.headers

    def __enter__(self) -> Export:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.response.close()

    @property
    def size(self) -> int | None:
        """Length in bytes, when the server said."""
        length = self.response.headers.get("Content-Length")
        return int(length) if length and length.isdigit() else None

    def iter_bytes(
        self, progress: Callable[[int, int | None], None] | None = None
    ) -> Iterator[bytes]:
        """The body in chunks; ``progress(bytes_so_far, total_or_None)`` after each."""
        done = 0
        try:
            for chunk in self.response.iter_bytes(CHUNK):
                done += len(chunk)
                if progress:
                    progress(done, self.size)
                yield chunk
        finally:
            self.close()

    def iter_lines(self) -> Iterator[str]:
        """Decoded text lines (UTF-8, BOM removed) split on ``\\n`` only, ends kept, as the csv
        module wants them (``str.splitlines`` would also split inside fields, e.g. on U+2028)."""
        decoder = codecs.getincrementaldecoder("utf-8-sig")()
        pending = ""
        for chunk in self.iter_bytes():
            pending += decoder.decode(chunk)
            *lines, pending = pending.split("\n")
            yield from (line + "\n" for line in lines)
        pending += decoder.decode(b"", final=True)
        if pending:
            yield pending

    def csv_reader(self, **kwargs: Any) -> Iterator[list[str]]:
        """Rows as lists, streamed (quoted newlines inside fields are handled)."""
        return csv.reader(self.iter_lines(), **kwargs)

    def csv_dictreader(self, **kwargs: Any) -> Iterator[dict[str, str]]:
        """Rows as dicts keyed by the header, streamed."""
        return csv.DictReader(self.iter_lines(), **kwargs)

    @property
    def content(self) -> bytes:
        """The whole body in memory (prefer streaming for large exports)."""
        return b"".join(self.iter_bytes())

    @property
    def text(self) -> str:
        return self.content.decode("utf-8-sig")

    def save(
        self,
        path: str | os.PathLike[str],
        progress: Callable[[int, int | None], None] | None = None,
    ) -> int:
        """Write to ``path`` atomically (a temporary file renamed at the end); returns bytes.

        A file system error names ``path``, never the temporary file.

        >>> project.get_export("subjects").save("subjects.csv")   # doctest: +SKIP
        48213
        """
        target = os.fspath(path)
        folder = os.path.dirname(os.path.abspath(target))
        try:
            fd, tmp = tempfile.mkstemp(prefix=".zoo-export-", dir=folder)
        except OSError as exc:
            self.close()
            raise _about(exc, target) from None
        written = 0
        try:
            with os.fdopen(fd, "wb") as out:
                for chunk in self.iter_bytes(progress):
                    try:
                        out.write(chunk)
                    except OSError as exc:
                        raise _about(exc, target) from None
                    written += len(chunk)
                out.flush()
                os.fsync(out.fileno())
            try:
                os.replace(tmp, target)
            except OSError as exc:
                raise _about(exc, target) from None
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise
        return written


def _about(exc: OSError, target: str) -> OSError:
    """The same error, about the file the caller named."""
    return type(exc)(exc.errno, exc.strerror or str(exc), target)


class Exportable(PanoptesObject):
    """A PanoptesObject with exports: the base of Project, Workflow and SubjectSet."""

    def _export_op(self, verb: str, export_type: str) -> Any:
        from zoo_sdk.panoptes._ops import op

        if self.id is None:
            raise errors.ObjectNotSavedException("save the object before exporting it")
        name = f"{verb}_{self._singular}_{export_type}_export"
        try:
            return op("exports", name)
        except ModuleNotFoundError:
            raise errors.ValidationError(
                f"{type(self).__name__} has no {export_type!r} export"
            ) from None

    def _export_kwargs(self, module: Any) -> dict[str, Any]:
        from zoo_sdk.panoptes.links import _parent_id_kwargs

        return _parent_id_kwargs(module, self, str(self.id))

    def describe_export(self, export_type: str) -> dict[str, Any]:
        """The latest export's media resource (``metadata.state``, ``src``, ``updated_at``)."""
        module = self._export_op("get", export_type)
        media = records_of(call(module, **self._export_kwargs(module)), "media")
        if not media:
            raise errors.NotFoundError(f"no {export_type} export exists yet", status=404)
        return dict(media[0])

    def generate_export(self, export_type: str) -> dict[str, Any]:
        """Start a new export; returns its media resource (state ``creating``)."""
        module = self._export_op("create", export_type)
        response = call(
            module,
            idempotent=False,
            body=JSONBody({"media": {"content_type": "text/csv"}}),
            **self._export_kwargs(module),
        )
        return dict((records_of(response, "media") or [{}])[0])

    def wait_export(
        self,
        export_type: str,
        timeout: float | None = None,
        *,
        poll: float = 1.0,
        max_poll: float = 30.0,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> dict[str, Any]:
        """Block until the export is ready; polls with backoff (``poll`` doubling up to
        ``max_poll``). Raises ExportTimeoutError once ``timeout`` seconds have passed."""
        deadline = None if timeout is None else clock() + timeout
        delay = poll
        while True:
            description = self.describe_export(export_type)
            state = (description.get("metadata") or {}).get("state")
            if state in READY_STATES or state is None:
                return description
            if deadline is not None and clock() + delay > deadline:
                raise errors.ExportTimeoutError(
                    f"{export_type} export not ready after {timeout} s (state {state!r})"
                )
            sleep(delay)
            delay = min(max_poll, delay * 2)

    def get_export(
        self,
        export_type: str,
        generate: bool = False,
        wait: bool = False,
        wait_timeout: float | None = None,
    ) -> Export:
        """Open the export for streaming; optionally generate it first and wait for it."""
        if generate:
            self.generate_export(export_type)
        if generate or wait:
            description = self.wait_export(export_type, wait_timeout)
        else:
            description = self.describe_export(export_type)
        src = description.get("src")
        if not src:
            raise errors.NotFoundError(f"the {export_type} export has no download URL", status=404)
        response = Panoptes.client().http.request("GET", src, auth=False, stream=True)
        return Export(response, description)


__all__ = ["Export", "Exportable"]
