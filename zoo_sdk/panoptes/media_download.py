"""Every media file of a subject set on disk: concurrent, streamed, atomic, verified, resumable,
and recorded in a manifest.

    result = subject_set.download_media("imgs/", concurrency=16, progress=print)
    print(result)   # 250 downloaded, 0 skipped (already complete), 0 failed (1,234,567 bytes); ...
    for failure in result.failed:
        print(failure.path, failure.error)

What it does, in order:

- Checks its arguments and the folder (created if missing) before any request: an unsaved
  subject set raises ObjectNotSavedException, a folder that is a file or cannot be written
  :class:`OutputFolderError`, a ``concurrency`` below 1 ConfigurationError.
- Lists the subjects through the SDK (``subject_set.subjects``); each location ``{mime: url}``
  of each subject is one file. Names (see below) that are unsafe or collide raise
  ValidationError before any download.
- Downloads the files on ``concurrency`` threads sharing the connection's transport (its retries
  and backoff for 5xx, resets and timeouts). Each file goes through
  :func:`zoo_sdk.panoptes.downloads.download`: streamed into ``<name>.part`` (never whole in
  memory), checked against Content-Length (a short file is an error, retried, never kept), then
  renamed into place. A body cut short is continued with ``Range: bytes=N-`` and ``If-Range``
  holding the ETag the server gave at the first attempt; a server answering 200 instead of 206
  (no range support, or the file changed) is read again from byte 0.
- A file that still fails is recorded with its reason and the others go on: nothing is raised
  for it; the result's ``failed`` lists it.

File names are ``{subject_id}_{location_index}.{ext}``: the index counts the subject's
locations from 0, in their order; ``ext`` follows the MIME type (``png``, ``jpg``, ``gif``,
``svg``, ``mp3``, ``mp4``, ``m4a``, ``mpeg``, ``txt``, ``json``; another type's usual extension;
``bin`` when none is known). ``name=`` takes a function of a :class:`MediaFile` returning a path
relative to the folder (subfolders allowed)::

    subject_set.download_media("imgs", name=lambda f: f"{f.subject.metadata['Filename']}"
                                                      f"/{f.index}.{f.extension}")

The manifest is ``manifest.jsonl`` in the folder: one JSON object per file, with ``subject_id``,
``location_index``, ``mime``, ``url`` (secret query values redacted), ``path`` (relative to the
folder, ``/``-separated), ``bytes``, ``sha256`` (hex), ``status`` (``complete`` or ``failed``),
``error`` (why it failed, else null) and ``resumed_from`` (bytes kept from an interrupted attempt,
0 when the file came whole). A line is appended and flushed as each file ends, so an interrupted
run leaves a valid manifest (the last line of a file wins; :func:`read_manifest` reads it so); a
run that ends rewrites it with one line per file. ``pandas.read_json(path, lines=True)`` reads it.

With ``resume=True`` (the default) a file the manifest records as complete, from the same URL and
with that size on disk, is skipped without a request, and an interrupted ``.part`` file is
continued. ``resume=False`` downloads everything again and starts a new manifest.

An interrupted run (Ctrl-C) stops its threads at their next chunk, keeps their ``.part`` files
and leaves the manifest of the files that ended; run it again to go on. Concurrency above the
connection's ``max_connections`` (32 by default) waits for free connections.
"""

from __future__ import annotations

import contextlib
import errno
import json
import mimetypes
import os
import re
import tempfile
import threading
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor, wait
from dataclasses import asdict, dataclass, field, replace
from pathlib import PurePosixPath
from typing import TYPE_CHECKING, Any

from zoo_sdk import errors
from zoo_sdk.panoptes.client import Panoptes
from zoo_sdk.panoptes.downloads import ATTEMPTS, download

if TYPE_CHECKING:
    from zoo_sdk.panoptes.subject import Subject

#: The manifest's name, in the output folder.
MANIFEST = "manifest.jsonl"

#: File extensions of the media types Panoptes accepts for subject locations.
EXTENSIONS = {
    "image/jpeg": "jpg",
    "image/png": "png",
    "image/gif": "gif",
    "image/svg+xml": "svg",
    "audio/mpeg": "mp3",
    "video/mp4": "mp4",
    "audio/mp4": "m4a",
    "video/mpeg": "mpeg",
    "text/plain": "txt",
    "application/json": "json",
}

COMPLETE, FAILED = "complete", "failed"
_SAFE_EXTENSION = re.compile(r"[a-z0-9]{1,10}")


class OutputFolderError(errors.ZooError, OSError):
    """The output folder cannot hold the downloads: it is a file, or it cannot be created or
    written. An OSError too (``errno``, ``filename``); raised before any request.

    >>> str(OutputFolderError(errno.ENOTDIR, "is a file, not a folder", "imgs"))
    'cannot download media into imgs: is a file, not a folder'
    """

    def __str__(self) -> str:
        return f"cannot download media into {self.filename}: {self.strerror}"


@dataclass(frozen=True)
class MediaFile:
    """One location of one subject: what a ``name=`` function is given.

    >>> from zoo_sdk import Subject
    >>> MediaFile(Subject({"id": "7"}), 1, "image/jpeg", "https://example.org/a.jpg").default_name
    '7_1.jpg'
    """

    subject: Subject
    index: int
    mime: str
    url: str

    @property
    def subject_id(self) -> str:
        return str(self.subject.id)

    @property
    def extension(self) -> str:
        """The file extension of the MIME type (``bin`` when none is known)."""
        return extension_of(self.mime)

    @property
    def default_name(self) -> str:
        """``{subject_id}_{location_index}.{ext}``."""
        return f"{self.subject_id}_{self.index}.{self.extension}"


@dataclass(frozen=True)
class MediaRecord:
    """One line of the manifest: a file written (``status="complete"``) or not (``"failed"``)."""

    subject_id: str
    location_index: int
    mime: str
    url: str
    path: str
    bytes: int | None
    sha256: str | None
    status: str
    error: str | None = None
    resumed_from: int = 0

    @property
    def key(self) -> tuple[str, int]:
        return self.subject_id, self.location_index


@dataclass
class MediaProgress:
    """Counts given to the ``progress`` callback: files ``done`` of ``total`` and ``bytes``
    (of the files downloaded so far this run and of those being downloaded)."""

    total: int
    downloaded: int = 0
    skipped: int = 0
    failed: int = 0
    bytes: int = 0

    @property
    def done(self) -> int:
        return self.downloaded + self.skipped + self.failed

    def __str__(self) -> str:
        return (f"{self.done}/{self.total} files ({self.downloaded} downloaded, {self.skipped} "
                f"already complete, {self.failed} failed), {self.bytes:,} bytes")


@dataclass
class MediaDownloadResult:
    """What :func:`download_media` did: the records of the files ``downloaded``, ``skipped``
    (complete from an earlier run) and ``failed`` (each with its ``error``)."""

    folder: str
    manifest: str
    downloaded: list[MediaRecord] = field(default_factory=list)
    skipped: list[MediaRecord] = field(default_factory=list)
    failed: list[MediaRecord] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """True when every file is on disk."""
        return not self.failed

    @property
    def bytes(self) -> int:
        """Bytes of the files downloaded this run."""
        return sum(record.bytes or 0 for record in self.downloaded)

    def __str__(self) -> str:
        return (f"{len(self.downloaded)} downloaded, {len(self.skipped)} skipped (already "
                f"complete), {len(self.failed)} failed ({self.bytes:,} bytes); {self.manifest}")


def extension_of(mime: str) -> str:
    """The file extension for a MIME type, without the dot.

    >>> extension_of("image/jpeg"), extension_of("image/tiff"), extension_of("x/unknown")
    ('jpg', 'tiff', 'bin')
    """
    bare = mime.split(";", 1)[0].strip().lower()
    found = EXTENSIONS.get(bare)
    if found is None:
        guessed = (mimetypes.guess_extension(bare) or "").lstrip(".")
        found = guessed if _SAFE_EXTENSION.fullmatch(guessed) else "bin"
    return found


def check_output_folder(folder: str | os.PathLike[str]) -> str:
    """The folder's absolute path, when it is (or can be created as) a writable folder; else
    :class:`OutputFolderError`. Creates nothing.

    >>> check_output_folder("imgs")   # doctest: +SKIP
    '/home/me/imgs'
    """
    given = os.fspath(folder)
    target = os.path.abspath(given)
    existing = target
    while not os.path.exists(existing):
        parent = os.path.dirname(existing)
        if parent == existing:
            break
        existing = parent
    if not os.path.isdir(existing):
        where = "is a file, not a folder" if existing == target else f"{existing} is a file"
        raise OutputFolderError(errno.ENOTDIR, where, given)
    if not os.access(existing, os.W_OK | os.X_OK):
        where = "permission denied" if existing == target else f"{existing} is not writable"
        raise OutputFolderError(errno.EACCES, where, given)
    return target


def read_manifest(path: str | os.PathLike[str]) -> list[MediaRecord]:
    """The records of a manifest (or of the ``manifest.jsonl`` in a folder), one per file, the
    last line of each file winning; a line cut short by an interruption is ignored.

    >>> [r.path for r in read_manifest("imgs") if r.status == "complete"]   # doctest: +SKIP
    ['101_0.png', '101_1.png']
    """
    target = os.fspath(path)
    if os.path.isdir(target):
        target = os.path.join(target, MANIFEST)
    return list(_read_records(target).values())


def download_media(
    subjects: Iterable[Subject],
    folder: str | os.PathLike[str],
    *,
    concurrency: int = 8,
    resume: bool = True,
    name: Callable[[MediaFile], str | os.PathLike[str]] | None = None,
    progress: Callable[[MediaProgress], None] | None = None,
    attempts: int = ATTEMPTS,
) -> MediaDownloadResult:
    """Download every location of ``subjects`` into ``folder`` (see the module doc).

    ``progress`` is called, one call at a time, from the download threads, with a copy of the
    counts. ``attempts`` bounds the tries per file (each continues where the last stopped).

    >>> download_media(Subject.where(subject_set_id=42), "imgs").failed   # doctest: +SKIP
    []
    """
    if isinstance(concurrency, bool) or not isinstance(concurrency, int) or concurrency < 1:
        raise errors.ConfigurationError(f"concurrency is at least 1, not {concurrency!r}")
    if name is not None and not callable(name):
        raise errors.ConfigurationError("name is a function of a MediaFile returning a path")
    root = check_output_folder(folder)
    _make_folder(root, os.fspath(folder))
    manifest = Manifest(os.path.join(root, MANIFEST), fresh=not resume)
    try:
        files = list(_media_files(subjects))
        names = _names(files, name)
        run = _Run(root, manifest, files, names, progress, resume, attempts)
        run.start(concurrency)
        return run.result
    finally:
        manifest.close()


# -- the run -------------------------------------------------------------------------------------


class _Run:
    """One call of :func:`download_media`: skip what is complete, download the rest."""

    def __init__(self, root: str, manifest: Manifest, files: list[MediaFile | MediaRecord],
                 names: list[str], progress: Callable[[MediaProgress], None] | None,
                 resume: bool, attempts: int) -> None:
        self.root = root
        self.manifest = manifest
        self.files = files
        self.names = names
        self.report = progress
        self.resume = resume
        self.attempts = attempts
        self.result = MediaDownloadResult(root, manifest.path)
        self.counts = MediaProgress(total=len(files))
        self.in_flight: dict[int, int] = {}
        self.finished_bytes = 0
        self.stop = threading.Event()
        self.lock = threading.Lock()

    def start(self, concurrency: int) -> None:
        client = Panoptes.client()
        todo: list[tuple[int, MediaFile]] = []
        for number, (item, path) in enumerate(zip(self.files, self.names, strict=True)):
            if isinstance(item, MediaRecord):  # not a {mime: url} location: failed as listed
                self._ended(number, item)
                continue
            earlier = self.manifest.complete(item, path, self.root) if self.resume else None
            if earlier is not None:
                self._ended(number, earlier, skipped=True)
            else:
                todo.append((number, item))
        if not todo:
            self.manifest.compact(self._order())
            return
        pool = ThreadPoolExecutor(min(concurrency, len(todo)), thread_name_prefix="zoo-media")
        try:
            futures: list[Future[None]] = [
                pool.submit(self._fetch, client, number, item, self.names[number])
                for number, item in todo
            ]
            wait(futures)
            for future in futures:
                future.result()  # a bug in this module, never a download failure
        except BaseException:
            self.stop.set()  # interrupted: the threads stop at their next chunk, .part kept
            pool.shutdown(wait=True, cancel_futures=True)
            raise
        finally:
            pool.shutdown(wait=True)
            self.manifest.compact(self._order())
            self._sort_result()

    def _fetch(self, client: Panoptes, number: int, item: MediaFile, path: str) -> None:
        if self.stop.is_set():
            return
        target = os.path.join(self.root, *PurePosixPath(path).parts)
        url = errors.redact_url(item.url)
        base = MediaRecord(item.subject_id, item.index, item.mime, url, path, None, None, FAILED)
        try:
            os.makedirs(os.path.dirname(target), exist_ok=True)
            with client:
                done = download(item.url, target, resume=self.resume, attempts=self.attempts,
                                progress=lambda size, _total: self._chunk(number, size))
            record = replace(base, bytes=done.bytes, sha256=done.sha256, status=COMPLETE,
                             resumed_from=done.resumed_from)
        except _Stopped:
            return
        except Exception as exc:  # one file's failure never stops the others
            record = replace(base, error=_reason(exc))
        self._ended(number, record)

    def _chunk(self, number: int, size: int) -> None:
        if self.stop.is_set():
            raise _Stopped
        with self.lock:
            self.in_flight[number] = size
            self._report()

    def _ended(self, number: int, record: MediaRecord, skipped: bool = False) -> None:
        with self.lock:
            self.in_flight.pop(number, None)
            if skipped:
                self.result.skipped.append(record)
                self.counts.skipped += 1
            else:
                self.manifest.write(record)
                if record.status == COMPLETE:
                    self.result.downloaded.append(record)
                    self.counts.downloaded += 1
                    self.finished_bytes += record.bytes or 0
                else:
                    self.result.failed.append(record)
                    self.counts.failed += 1
            self._report()

    def _report(self) -> None:
        self.counts.bytes = self.finished_bytes + sum(self.in_flight.values())
        if self.report is not None:
            self.report(replace(self.counts))

    def _sort_result(self) -> None:
        """The records in the order the subjects were listed (not the order they ended)."""
        position = {key: n for n, key in enumerate(self._order())}
        for records in (self.result.downloaded, self.result.skipped, self.result.failed):
            records.sort(key=lambda record: position.get(record.key, len(position)))

    def _order(self) -> list[tuple[str, int]]:
        return [(item.subject_id, item.index) if isinstance(item, MediaFile) else item.key
                for item in self.files]


class _Stopped(Exception):
    """Raised in a download thread when the run was interrupted."""


def _reason(exc: BaseException) -> str:
    text = str(exc) or type(exc).__name__
    if isinstance(exc, OSError) and not isinstance(exc, errors.ZooError):
        text = f"{exc.strerror or exc}: {exc.filename}" if exc.filename else text
    return errors.redact_url(text)


def _make_folder(root: str, given: str) -> None:
    try:
        os.makedirs(root, exist_ok=True)
    except OSError as exc:
        raise OutputFolderError(exc.errno or errno.EACCES, exc.strerror or str(exc),
                                given) from None


# -- what to download, and where -----------------------------------------------------------------


def _media_files(subjects: Iterable[Subject]) -> Iterator[MediaFile | MediaRecord]:
    """Each location of each subject; a location that is not ``{mime: url}`` with an http(s)
    URL comes as a failed record (the others are still downloaded)."""
    for subject in subjects:
        for index, location in enumerate(subject.raw.get("locations") or []):
            pairs = list(location.items()) if isinstance(location, dict) else []
            if len(pairs) == 1 and all(isinstance(v, str) for v in pairs[0]) and \
                    str(pairs[0][1]).startswith(("http://", "https://")):
                mime, url = pairs[0]
                yield MediaFile(subject, index, str(mime), str(url))
                continue
            shown = errors.redact_url(json.dumps(location, default=str))[:200]
            yield MediaRecord(str(subject.id), index, "", "", "", None, None, FAILED,
                              error=f"not a {{mime: url}} location with an http(s) URL: {shown}")


def _names(files: list[MediaFile | MediaRecord],
           name: Callable[[MediaFile], str | os.PathLike[str]] | None) -> list[str]:
    """The relative path of each file, checked safe and distinct (ValidationError otherwise)."""
    names: list[str] = []
    taken: dict[str, str] = {}
    for item in files:
        if isinstance(item, MediaRecord):
            names.append("")  # nothing is written for it
            continue
        path = _safe_name(name(item) if name is not None else item.default_name, item)
        folded = path.casefold()  # distinct on case-insensitive file systems too
        if folded in taken:
            raise errors.ValidationError(
                f"two files would be named {path}: location {item.index} of subject "
                f"{item.subject_id} and {taken[folded]} (name= must give distinct names)")
        taken[folded] = f"location {item.index} of subject {item.subject_id}"
        names.append(path)
    return names


def _safe_name(raw: object, item: MediaFile) -> str:
    where = f"location {item.index} of subject {item.subject_id}"
    if not isinstance(raw, str | os.PathLike):
        raise errors.ValidationError(f"name= gave {type(raw).__name__} for {where}, not a path")
    text = os.fspath(raw).replace(os.sep, "/")
    parts = PurePosixPath(text).parts
    if (not parts or text.startswith("/") or os.path.isabs(text)
            or any(part in ("..", ".") for part in parts)):
        raise errors.ValidationError(
            f"name= gave {text!r} for {where}: a path inside the folder is wanted")
    path = "/".join(parts)
    if path == MANIFEST or path.endswith((".part", ".part.json")):
        raise errors.ValidationError(f"name= gave {path!r} for {where}: that name is reserved")
    return path


# -- the manifest --------------------------------------------------------------------------------


class Manifest:
    """``manifest.jsonl``: appended and flushed as each file ends, rewritten whole at the end.

    >>> Manifest("imgs/manifest.jsonl", fresh=False).records   # doctest: +SKIP
    {('101', 0): MediaRecord(subject_id='101', ...)}
    """

    def __init__(self, path: str, *, fresh: bool) -> None:
        self.path = path
        self.records: dict[tuple[str, int], MediaRecord] = {} if fresh else _read_records(path)
        try:
            self._handle = open(path, "w" if fresh else "a", encoding="utf-8")  # noqa: SIM115
        except OSError as exc:
            raise OutputFolderError(exc.errno or errno.EACCES, exc.strerror or str(exc),
                                    os.path.dirname(path)) from None
        self._lock = threading.Lock()

    def complete(self, item: MediaFile, path: str, root: str) -> MediaRecord | None:
        """The earlier record of ``item`` when its file is complete on disk, else None."""
        known = self.records.get((item.subject_id, item.index))
        if known is None or known.status != COMPLETE or known.path != path or \
                known.url != errors.redact_url(item.url):
            return None
        try:
            size = os.path.getsize(os.path.join(root, *PurePosixPath(path).parts))
        except OSError:
            return None
        return known if size == known.bytes else None

    def write(self, record: MediaRecord) -> None:
        with self._lock:
            self.records[record.key] = record
            self._handle.write(json.dumps(asdict(record), separators=(",", ":")) + "\n")
            self._handle.flush()

    def compact(self, order: list[tuple[str, int]]) -> None:
        """Rewrite the manifest atomically: one line per file, this run's files first."""
        with self._lock:
            keys = list(dict.fromkeys(key for key in order if key in self.records))
            keys += [key for key in self.records if key not in set(keys)]
            folder = os.path.dirname(self.path)
            fd, tmp = tempfile.mkstemp(prefix=".manifest-", suffix=".tmp", dir=folder)
            try:
                with os.fdopen(fd, "w", encoding="utf-8") as out:
                    for key in keys:
                        out.write(json.dumps(asdict(self.records[key]), separators=(",", ":"))
                                  + "\n")
                    out.flush()
                    os.fsync(out.fileno())
                os.replace(tmp, self.path)
            except BaseException:
                with contextlib.suppress(OSError):
                    os.unlink(tmp)
                raise
            self._handle.close()
            self._handle = open(self.path, "a", encoding="utf-8")  # noqa: SIM115

    def close(self) -> None:
        self._handle.close()


def _read_records(path: str) -> dict[tuple[str, int], MediaRecord]:
    found: dict[tuple[str, int], MediaRecord] = {}
    try:
        handle = open(path, encoding="utf-8")  # noqa: SIM115 - closed below
    except FileNotFoundError:
        return found
    except OSError as exc:
        raise OutputFolderError(exc.errno or errno.EACCES, exc.strerror or str(exc),
                                path) from None
    with handle:
        for line in handle:
            record = _record_of(line)
            if record is not None:
                found[record.key] = record
    return found


def _record_of(line: str) -> MediaRecord | None:
    try:
        raw: Any = json.loads(line)
        return MediaRecord(**raw) if isinstance(raw, dict) else None
    except (ValueError, TypeError):
        return None  # a line cut short by an interruption, or not one of ours


__all__ = [
    "EXTENSIONS",
    "MANIFEST",
    "Manifest",
    "MediaDownloadResult",
    "MediaFile",
    "MediaProgress",
    "MediaRecord",
    "OutputFolderError",
    "check_output_folder",
    "download_media",
    "extension_of",
    "read_manifest",
]
