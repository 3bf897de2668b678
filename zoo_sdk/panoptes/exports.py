"""Data exports: generate, wait (with backoff and a deadline), and stream the download.

Mixed into Project, Workflow and SubjectSet, with panoptes_client's method names::

    export = project.get_export("classifications", generate=True, wait_timeout=600)
    for row in export.csv_dictreader():       # streamed: never the whole file in memory
        print(row["classification_id"])
    project.get_export("subjects").save("subjects.csv", progress=print)   # atomic write

The analysis readers (:mod:`zoo_sdk.analysis`) take an Export as it downloads: typed rows
(:meth:`Export.classifications`, :meth:`Export.subjects`, :meth:`Export.workflows`), flattened
annotations (:meth:`Export.flatten`), and with the ``[data]`` extra a DataFrame
(:meth:`Export.to_pandas`) or a Parquet file (:meth:`Export.to_parquet`), all streamed::

    tables = project.get_export("classifications").flatten(project.get_export("workflows"))
    project.get_export("classifications").to_parquet("classifications.parquet")

Projects also have the Talk exports ``talk_comments`` and ``talk_tags`` (as in panoptes_client
1.7.1): Talk's data requests at the connection's ``talk_endpoint``, polled until ``finished``.
Their file is a gzipped tar of one JSON array, read with :meth:`TalkExport.records` (the CSV
readers give the same rows as string dicts)::

    export = project.get_export("talk_comments", generate=True, wait_timeout=600)
    for comment in export.records():
        print(comment["comment_body"])
"""

from __future__ import annotations

import codecs
import contextlib
import csv
import io
import json
import os
import tarfile
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any

import httpx

from zoo_sdk import errors
from zoo_sdk._http import JSONBody
from zoo_sdk.panoptes.client import Panoptes
from zoo_sdk.panoptes.objects import Flow, PanoptesObject, Request, run
from zoo_sdk.panoptes.paging import records_of

if TYPE_CHECKING:
    from zoo_sdk.analysis.flatten import AnnotationTables
    from zoo_sdk.analysis.rows import ClassificationRow, SubjectRow, WorkflowRow
    from zoo_sdk.analysis.sync import SyncResult

READY_STATES = frozenset({"ready", "finished"})
FAILED_STATES = frozenset({"failed"})
CHUNK = 256 * 1024
#: The Talk exports (panoptes_client's names) and the data request ``kind`` of each.
TALK_EXPORT_TYPES = {"talk_comments": "comments", "talk_tags": "tags"}


class AtomicFile:
    """A file written through a temporary file beside ``path``, renamed into place by
    :meth:`commit` (after an fsync); errors name ``path``, never the temporary file.

    >>> out = AtomicFile("subjects.csv"); out.write(b"a,b\\n"); out.commit()   # doctest: +SKIP
    """

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.target = os.fspath(path)
        folder = os.path.dirname(os.path.abspath(self.target))
        try:
            fd, self.tmp = tempfile.mkstemp(prefix=".zoo-export-", dir=folder)
        except OSError as exc:
            raise _about(exc, self.target) from None
        self.handle = os.fdopen(fd, "wb")
        self.written = 0

    def write(self, chunk: bytes) -> None:
        try:
            self.handle.write(chunk)
        except OSError as exc:
            raise _about(exc, self.target) from None
        self.written += len(chunk)

    def commit(self) -> None:
        try:
            self.handle.flush()
            os.fsync(self.handle.fileno())
            self.handle.close()
            os.replace(self.tmp, self.target)
        except OSError as exc:
            raise _about(exc, self.target) from None

    def discard(self) -> None:
        self.handle.close()
        with contextlib.suppress(OSError):
            os.unlink(self.tmp)


class Export:
    """A downloadable export: stream it once as bytes, lines, CSV rows, or to a file.

    The HTTP response stays open until the data is consumed or :meth:`close` is called; use it
    as a context manager to be sure.
    """

    def __init__(self, response: httpx.Response, description: dict[str, Any],
                 export_type: str | None = None) -> None:
        self.response = response
        self.description = description
        #: ``classifications``, ``subjects``, ``workflows``, ... (None when not known)
        self.export_type = export_type
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
        try:
            out = AtomicFile(path)
        except OSError:
            self.close()
            raise
        try:
            for chunk in self.iter_bytes(progress):
                out.write(chunk)
            out.commit()
        except BaseException:
            out.discard()
            raise
        return out.written

    # -- analysis (zoo_sdk.analysis; DataFrames and Parquet need the [data] extra) -------------

    def classifications(self, **filters: Any) -> Iterator[ClassificationRow]:
        """Typed rows of a classifications export, streamed; ``filters`` are those of
        :func:`~zoo_sdk.analysis.rows.read_classifications` (``versions=">=12"``, ...).

        >>> for row in project.get_export("classifications").classifications(
        ...         live_only=True):   # doctest: +SKIP
        ...     print(row.classification_id, row.annotations)
        """
        from zoo_sdk.analysis.rows import read_classifications

        self._expect("classifications")
        return read_classifications(self, **filters)

    def subjects(self) -> Iterator[SubjectRow]:
        """Typed rows of a subjects export, streamed."""
        from zoo_sdk.analysis.rows import read_subjects

        self._expect("subjects")
        return read_subjects(self)

    def workflows(self) -> Iterator[WorkflowRow]:
        """Typed rows of a workflows export (one per workflow version), streamed."""
        from zoo_sdk.analysis.rows import read_workflows

        self._expect("workflows")
        return read_workflows(self)

    def flatten(self, workflows: Any = None, **filters: Any) -> AnnotationTables:
        """This classifications export's annotations as one table per task type (see
        :func:`~zoo_sdk.analysis.flatten.flatten_annotations`)."""
        from zoo_sdk.analysis.flatten import flatten_annotations

        self._expect("classifications")
        return flatten_annotations(self, workflows, **filters)

    def to_pandas(self, decode_json: bool = True, chunksize: int | None = None) -> Any:
        """The export as a typed DataFrame (JSON columns decoded), or with ``chunksize`` an
        iterator of DataFrames for exports larger than memory. Needs the ``[data]`` extra.

        >>> frame = project.get_export("classifications").to_pandas()   # doctest: +SKIP
        >>> frame["workflow_version"].iloc[0]   # doctest: +SKIP
        '12.10'
        """
        from zoo_sdk.analysis.frames import read_frame

        return read_frame(self, self._typed_layout(), decode_json=decode_json,
                          chunksize=chunksize)

    def to_parquet(self, path: str | os.PathLike[str]) -> int:
        """Stream the export into a Parquet file (typed columns, JSON columns as Parquet JSON),
        atomically and with bounded memory; returns the number of rows. Needs ``[data]``.

        >>> project.get_export("classifications").to_parquet("cls.parquet")   # doctest: +SKIP
        1048576
        """
        from zoo_sdk.analysis.frames import write_export_parquet

        return write_export_parquet(self, path, self._typed_layout())

    def _typed_layout(self) -> str:
        if self.export_type in ("classifications", "subjects", "workflows"):
            return self.export_type
        if self.export_type is None:
            return "classifications"
        self.close()
        raise errors.ValidationError(
            f"{self.export_type} exports have no typed layout (the layouts are classifications, "
            "subjects and workflows): read them with csv_dictreader()")

    def _expect(self, export_type: str) -> None:
        if self.export_type not in (None, export_type):
            self.close()
            raise errors.ValidationError(
                f"this is a {self.export_type} export, not a {export_type} one")


class TalkExport(Export):
    """A Talk export: a gzipped tar holding one JSON file, an array with one object per
    comment (``talk_comments``) or tag (``talk_tags``).

    :meth:`records` streams the objects as Talk wrote them; :meth:`csv_reader` and
    :meth:`csv_dictreader` give the same rows as strings (nested values as JSON, null as an
    empty string), so code written for CSV exports runs unchanged. ``save()`` writes the
    ``.tar.gz`` as served.
    """

    def records(self) -> Iterator[dict[str, Any]]:
        """The rows, one dict each, streamed from the archive.

        >>> [c["comment_body"] for c in
        ...  project.get_export("talk_comments").records()]   # doctest: +SKIP
        ['Is this a #spiral?']
        """
        stream = _ChunkReader(self.iter_bytes())
        try:
            with tarfile.open(fileobj=stream, mode="r|gz") as archive:
                for member in archive:
                    if not (member.isfile() and member.name.endswith(".json")):
                        continue
                    handle = archive.extractfile(member)
                    if handle is None:
                        continue
                    yield from _json_array(handle)
                    return
        except (tarfile.TarError, OSError, EOFError, UnicodeDecodeError) as exc:
            raise errors.InvalidResponseError(
                f"the Talk export is not the gzipped tar of JSON Talk writes ({exc})",
                content_type=self.headers.get("Content-Type"),
            ) from None
        finally:
            self.close()
        raise errors.InvalidResponseError("the Talk export holds no JSON file")

    def csv_dictreader(self, **kwargs: Any) -> Iterator[dict[str, str]]:
        """The rows as dicts of strings, keyed by the first row's fields."""
        fields: list[str] | None = None
        for record in self.records():
            if fields is None:
                fields = list(record)
            yield {k: _cell(record.get(k)) for k in fields}

    def csv_reader(self, **kwargs: Any) -> Iterator[list[str]]:
        """A header row (the first row's fields), then each row's values as strings."""
        fields: list[str] | None = None
        for record in self.records():
            if fields is None:
                fields = list(record)
                yield list(fields)
            yield [_cell(record.get(k)) for k in fields]


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "true" if value else "false"
    return json.dumps(value) if isinstance(value, dict | list) else str(value)


class _ChunkReader(io.RawIOBase):
    """A readable stream over byte chunks (tarfile reads the download through it)."""

    def __init__(self, chunks: Iterable[bytes]) -> None:
        self._chunks = iter(chunks)
        self._pending = b""

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        while not self._pending:
            try:
                self._pending = next(self._chunks)
            except StopIteration:
                return 0
        size = min(len(buffer), len(self._pending))
        buffer[:size], self._pending = self._pending[:size], self._pending[size:]
        return size


def _json_array(handle: Any, chunk_size: int = CHUNK) -> Iterator[dict[str, Any]]:
    """The objects of a JSON array read incrementally (never the whole file in memory)."""
    decoder = json.JSONDecoder()
    text = codecs.getincrementaldecoder("utf-8-sig")()
    buffer, position, started, ended = "", 0, False, False

    def more() -> bool:
        nonlocal buffer, position
        data = handle.read(chunk_size)
        buffer, position = buffer[position:] + text.decode(data, final=not data), 0
        return bool(data)

    while True:
        while position < len(buffer) and buffer[position] in " \t\r\n":
            position += 1
        if position >= len(buffer):
            if not more():
                break
            continue
        char = buffer[position]
        if ended:
            raise errors.InvalidResponseError("the Talk export has data after its JSON array")
        if not started:
            if char != "[":
                raise errors.InvalidResponseError("the Talk export is not a JSON array")
            started, position = True, position + 1
            continue
        if char == "]":
            ended, position = True, position + 1
            continue
        if char == ",":
            position += 1
            continue
        try:
            value, end = decoder.raw_decode(buffer, position)
        except json.JSONDecodeError:
            if more():
                continue
            raise errors.InvalidResponseError("the Talk export's JSON is cut short") from None
        if not isinstance(value, dict):  # (an object that decodes is complete)
            raise errors.InvalidResponseError("the Talk export's rows are not JSON objects")
        position = end
        yield value
    if not ended:
        raise errors.InvalidResponseError("the Talk export's JSON array is not closed")


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

    def _talk_kind(self, export_type: str) -> str | None:
        """The Talk data request kind of a Talk export type (None for Panoptes exports);
        raises before any request when this object has no such export."""
        kind = TALK_EXPORT_TYPES.get(export_type)
        if kind is None:
            return None
        if self._api_slug != "projects":
            raise errors.ValidationError(
                f"{type(self).__name__} has no {export_type!r} export: Talk exports belong to "
                "projects (use the project's)"
            )
        if self.id is None:
            raise errors.ObjectNotSavedException("save the project before exporting it")
        return kind

    @property
    def _talk_section(self) -> str:
        return f"project-{self.id}"

    def describe_export(self, export_type: str) -> dict[str, Any]:
        """The latest export's media resource (``metadata.state``, ``src``, ``updated_at``);
        for a Talk export the latest data request (``state``, ``url``, ``expires_at``)."""
        kind = self._talk_kind(export_type)
        if kind is not None:
            client = Panoptes.client()
            requests = client.talk.get_data_request(self._talk_section, kind)
            own = [r for r in requests if r.get("user_id") == client.logged_in_user_id]
            if not requests:
                raise errors.NotFoundError(f"no {export_type} export exists yet", status=404)
            return (own or requests)[0]
        return run(self._describe_flow(export_type))

    def _describe_flow(self, export_type: str) -> Flow[dict[str, Any]]:
        """The latest Panoptes export's medium (Talk exports are not flows yet)."""
        module = self._export_op("get", export_type)
        response = yield Request(module, self._export_kwargs(module))
        media = records_of(response, "media")
        if not media:
            raise errors.NotFoundError(f"no {export_type} export exists yet", status=404)
        return dict(media[0])

    def generate_export(self, export_type: str) -> dict[str, Any]:
        """Start a new export; returns its media resource (state ``creating``), or for a Talk
        export the new data request (state ``pending``).

        Talk keeps one data request per project, kind and user for a day: generating the same
        Talk export again before then raises BadRequestError (download the existing one with
        ``get_export(export_type, wait=True)``).

        >>> project.generate_export("talk_tags")["state"]   # doctest: +SKIP
        'pending'
        """
        kind = self._talk_kind(export_type)
        if kind is not None:
            try:
                return Panoptes.client().talk.post_data_request(self._talk_section, kind)
            except errors.BadRequestError as exc:
                if not any("already been created" in m for m in exc.messages):
                    raise
                raise errors.BadRequestError(
                    f"Talk already has your {export_type} export of project {self.id} (it keeps "
                    "one per project, kind and user for a day after it was asked for): download "
                    f"it with get_export({export_type!r}, wait=True)",
                    status=exc.status, messages=exc.messages, method=exc.method, url=exc.url,
                ) from exc
        return run(self._generate_flow(export_type))

    def _generate_flow(self, export_type: str) -> Flow[dict[str, Any]]:
        module = self._export_op("create", export_type)
        response = yield Request(module, {
            "idempotent": False, "body": JSONBody({"media": {"content_type": "text/csv"}}),
            **self._export_kwargs(module)})
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
        ``max_poll``). Raises ExportTimeoutError once ``timeout`` seconds have passed, and
        ServerError when the server reports the export failed (Talk's ``failed``)."""
        from zoo_sdk._waiting import poll_until

        state = ExportState(export_type, talk=self._talk_kind(export_type) is not None,
                            timeout=timeout)
        description = poll_until(
            lambda: self.describe_export(export_type), state.finished,
            timed_out=state.timed_out, timeout=timeout, poll=poll, max_poll=max_poll,
            clock=clock, sleep=sleep)
        return state.checked(description)

    def sync_export(
        self,
        export_type: str,
        path: str | os.PathLike[str],
        max_age: str | float = "24h",
        *,
        generate: bool = True,
        wait_timeout: float | None = None,
        progress: Callable[[int, int | None], None] | None = None,
    ) -> SyncResult:
        """Keep ``path`` (``.parquet``: typed Parquet; else the CSV) a copy of the latest export
        no older than ``max_age``, resuming interrupted downloads, with a provenance sidecar
        (see :mod:`zoo_sdk.analysis.sync`).

        >>> synced = project.sync_export("classifications", "data/cls.parquet",
        ...                              max_age="24h")   # doctest: +SKIP
        >>> synced.downloaded, synced.provenance["medium_id"]   # doctest: +SKIP
        (False, '5012')
        """
        from zoo_sdk.analysis.sync import sync_export

        return sync_export(self, export_type, path, max_age=max_age, generate=generate,
                           wait_timeout=wait_timeout, progress=progress)

    def get_export(
        self,
        export_type: str,
        generate: bool = False,
        wait: bool = False,
        wait_timeout: float | None = None,
    ) -> Export:
        """Open the export for streaming; optionally generate it first and wait for it.

        Talk exports (``talk_comments``, ``talk_tags``) come back as a :class:`TalkExport`.

        >>> for row in project.get_export("subjects").csv_dictreader():   # doctest: +SKIP
        ...     print(row["subject_id"])
        """
        talk = self._talk_kind(export_type) is not None
        if generate:
            self.generate_export(export_type)
        if generate or wait:
            description = self.wait_export(export_type, wait_timeout)
        else:
            description = self.describe_export(export_type)
        src = download_url(description, export_type, talk=talk)
        response = Panoptes.client().http.request("GET", src, auth=False, stream=True)
        return (TalkExport if talk else Export)(response, description, export_type)


class ExportState:
    """How an export's description reads while waiting (Panoptes media or Talk data
    requests): finished or not, failed, and the timeout error."""

    def __init__(self, export_type: str, *, talk: bool, timeout: float | None) -> None:
        self.export_type, self.talk, self.timeout = export_type, talk, timeout

    def of(self, description: dict[str, Any]) -> Any:
        if self.talk:
            return description.get("state")
        return (description.get("metadata") or {}).get("state")

    def finished(self, description: dict[str, Any]) -> bool:
        state = self.of(description)
        return state in READY_STATES or state in FAILED_STATES or (state is None
                                                                    and not self.talk)

    def timed_out(self, description: dict[str, Any]) -> errors.ExportTimeoutError:
        return errors.ExportTimeoutError(f"{self.export_type} export not ready after "
                                         f"{self.timeout} s (state {self.of(description)!r})")

    def checked(self, description: dict[str, Any]) -> dict[str, Any]:
        """``description``, unless it says the export failed (ServerError)."""
        if self.of(description) in FAILED_STATES:
            raise errors.ServerError(
                f"the {self.export_type} export failed (state {self.of(description)!r})")
        return description


def download_url(description: dict[str, Any], export_type: str, *, talk: bool) -> str:
    """Where an export's file is (NotFoundError when the description has none)."""
    src = description.get("url" if talk else "src")
    if not src:
        raise errors.NotFoundError(f"the {export_type} export has no download URL", status=404)
    return str(src)


__all__ = ["TALK_EXPORT_TYPES", "AtomicFile", "Export", "ExportState", "Exportable",
           "TalkExport", "download_url"]
