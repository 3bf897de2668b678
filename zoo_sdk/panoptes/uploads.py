"""Uploading subject media: one home for blob PUTs, the upload pipeline, parallel saves and
resumable bulk uploads.

- :func:`put_blob` streams one file to its signed URL (``x-ms-blob-type: BlockBlob``), retried
  with backoff like every idempotent request; a blob that still fails raises UploadError.
- :class:`SubjectPipeline` is the engine both entry points run on: at most ``concurrency``
  requests in flight; new subjects created up to ``create_batch`` per POST (as many as are
  waiting); each file PUT as soon as its subject exists (PUTs go before new creates).
- :class:`AsyncSaves` is ``Subject.async_saves()``: new subjects saved in the block join the
  pipeline's creates, other saves run on its threads as they would synchronously; leaving the
  block waits for them and raises if any failed (never silent).
- :class:`BulkUpload` is ``SubjectSet.upload()``: create subjects, upload their media, link them
  in batches of 100, report progress, and with a journal resume after an interruption (even
  ``kill -9``) without creating duplicates.

How a bulk upload avoids duplicates: every subject it creates carries a marker
``metadata["#zoo_upload"] = "<run id>:<item key>"`` (Zooniverse never shows ``#`` metadata to
volunteers). A create whose outcome is unknown (the reply was lost, cut short or timed out, or
the server failed) leaves its items *unsure*: before anything is created again, the project's
newest subjects uploaded by this user are searched for the marker, in the same run (up to
``rounds`` passes) and on resume from the journal. Only items not found are created again.
Async saves add no marker (the subjects are exactly what the script asked for), so a create
whose reply was lost is never sent again: each of its subjects fails with AmbiguousWriteError,
whose ``find()`` looks for it.
"""
from __future__ import annotations

import asyncio
import itertools
import json
import os
import queue
import threading
import time
import uuid
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator, Mapping
from concurrent.futures import Future, ThreadPoolExecutor
from concurrent.futures import wait as wait_for
from dataclasses import dataclass, field
from functools import partial
from typing import TYPE_CHECKING, Any, TypeVar, cast

from zoo_sdk import errors
from zoo_sdk._http import JSONBody, check_json
from zoo_sdk.panoptes.client import Panoptes
from zoo_sdk.panoptes.links import BATCH_SIZE
from zoo_sdk.panoptes.media import Location
from zoo_sdk.panoptes.objects import Flow, Request, arun, asend, run, send
from zoo_sdk.panoptes.paging import page_of, records_of

if TYPE_CHECKING:
    from zoo_sdk.panoptes.subject import Subject
    from zoo_sdk.panoptes.subject_set import SubjectSet

#: Journal marker stored in a subject's hidden metadata, so a resumed upload finds it.
JOURNAL_KEY = "#zoo_upload"
#: Signed upload URLs live 20 minutes; refresh them when less than this remains.
URL_MARGIN = 120.0
#: Subjects created per request by a bulk upload (the server creates a list in one transaction).
CREATE_BATCH = 10
#: Newest subjects a resumed upload looks through for unrecorded creations (when it has no floor).
RECONCILE_SCAN = 2000
#: Passes over the items that failed in a way worth retrying, before reporting them.
ROUNDS = 4
#: Threads of ``Subject.async_saves()``: requests in flight (the connection pool's default size).
ASYNC_SAVE_WORKERS = 32


@dataclass(frozen=True)
class Pause:
    """A bulk upload's plan waits this long (between retry rounds)."""

    seconds: float


#: What a bulk upload's plan yields to be sent the next item whose pass ended.
NEXT_FINISHED = object()
R = TypeVar("R")
#: A bulk upload's plan (see ``BulkUpload._plan``): a flow that also yields the two above.
Plan = Generator["Request | Pause | object", Any, R]


def put_blob(url: str, location: Location, client: Panoptes | None = None) -> None:
    """Upload one local location to its signed URL, streaming from disk."""
    run(put_blob_flow(url, location), client)


def put_blob_flow(url: str, location: Location) -> Flow[None]:
    """:func:`put_blob` as a flow (one PUT, retried like every idempotent request)."""
    headers = {"Content-Type": location.mime, "x-ms-blob-type": "BlockBlob"}
    if location.size is not None:
        headers["Content-Length"] = str(location.size)
    try:
        yield Request.plain("PUT", url, content=location.chunks(), headers=headers, auth=False,
                            idempotent=True)
    except errors.APIError as exc:
        what = location.path or "file object"
        raise errors.UploadError(
            f"upload of {what} failed: {exc}", status=exc.status, method="PUT", url=url
        ) from exc


def upload_locations(
    subject: Subject, locations: list[Location], client: Panoptes, workers: int = 4
) -> None:
    """PUT every local location of a freshly saved subject, in parallel, keeping order."""
    urls = _signed_urls(subject.raw.get("locations", []), locations)
    targets = [(url, loc) for url, loc in zip(urls, locations, strict=True) if loc.is_local]
    if len(targets) <= 1:
        for url, loc in targets:
            put_blob(url, loc, client)
        return
    with ThreadPoolExecutor(min(workers, len(targets)), thread_name_prefix="zoo-blob") as pool:
        futures = [pool.submit(put_blob, url, loc, client) for url, loc in targets]
        for future in futures:
            future.result()


def _signed_urls(created: list[Any], locations: list[Location]) -> list[str]:
    """The upload URL of each local location in a subject's ``created`` locations ("" for a
    remote one); a location's ``index`` (set by ``add_location``) is its position there."""
    return [
        _signed_url(created, i if loc.index is None else loc.index, loc.mime)
        if loc.is_local else ""
        for i, loc in enumerate(locations)
    ]


def _signed_url(locations: list[Any], index: int, mime: str) -> str:
    try:
        entry = locations[index]
        return str(entry[mime] if mime in entry else next(iter(entry.values())))
    except (IndexError, KeyError, StopIteration, AttributeError, TypeError):
        raise errors.UploadError(
            f"the server returned no upload URL for location {index}"
        ) from None


@dataclass
class _Item:
    """One subject going through the pipeline: its media, state, id and upload URLs."""

    key: str
    locations: list[Location]
    metadata: dict[str, Any]
    state: str = "new"
    subject_id: str | None = None
    urls: list[str] = field(default_factory=list)
    expires: float = 0.0
    pending: int = 0
    ended: bool = False
    solo: bool = False
    #: How many subjects its last create request carried.
    batch: int = 0
    #: Async saves: the Subject, its create body (as at ``save()``) and the caller's Future.
    subject: Subject | None = None
    body: dict[str, Any] = field(default_factory=dict)
    future: Future[None] | None = None


#: An item whose pass through the pipeline ended, and its error (None: uploaded).
Finished = tuple[_Item, BaseException | None]


#: One unit of pipeline work: called by a worker, it returns the flow to drive (the requests
#: it sends), or None when it did its work itself (the sync saves of ``async_saves``).
Work = Callable[[], "Flow[None] | None"]


class SubjectPipeline:
    """The engine of bulk uploads and async saves: at most ``concurrency`` requests in flight,
    on threads or (``aio=True``, inside a running event loop) on asyncio tasks.

    Work is scheduled per request, not per subject, in this order: blob PUTs, then other steps
    (``step``), then creates. Queued new subjects are created ``create_batch`` per POST, as many
    as are waiting when a worker is free, with at most ``max_creates`` create requests in
    flight; a created subject's PUTs are queued at once, ahead of further creates, so its signed
    URLs are used while fresh. Each unit of work is a flow (see
    :mod:`zoo_sdk.panoptes.objects`): the thread workers drive it with ``run``, the task workers
    with ``arun``, everything else is this one implementation. Subclasses say what to send
    (``_body``) and what an item's end means (``_item_ended``, called once per item with its
    error or None).
    """

    def __init__(
        self,
        client: Panoptes,
        *,
        concurrency: int,
        create_batch: int = CREATE_BATCH,
        max_creates: int | None = None,
        name: str = "zoo-upload",
        aio: bool = False,
    ) -> None:
        self.client = client
        self.concurrency = max(1, concurrency)
        self.create_batch = max(1, create_batch)
        self.max_creates = max(1, max_creates or self.concurrency)
        self._pool = None if aio else ThreadPoolExecutor(self.concurrency,
                                                         thread_name_prefix=name)
        self._tasks: set[asyncio.Task[None]] | None = set() if aio else None
        self._queue_lock = threading.Lock()
        self._puts: deque[Work] = deque()
        self._steps: deque[Work] = deque()
        self._solos: deque[_Item] = deque()
        self._creates: deque[_Item] = deque()
        self._creating = 0
        self._workers = 0

    # -- queueing ------------------------------------------------------------------------------

    def create(self, items: Iterable[_Item]) -> None:
        """Queue new subjects for creation (a ``solo`` item is created alone)."""
        with self._queue_lock:
            for item in items:
                (self._solos if item.solo else self._creates).append(item)
        self._wake()

    def step(self, items: list[_Item], step: Callable[..., Flow[None]], *args: Any) -> None:
        """Queue the flow ``step(*args)`` of ``items``; an error ends them (each reported once)."""
        self._push(self._steps, lambda: self._guarded(items, step(*args)))

    def _push(self, work: deque[Work], unit: Work) -> None:
        with self._queue_lock:
            work.append(unit)
        self._wake()

    def _guarded(self, items: list[_Item], flow: Flow[None]) -> Flow[None]:
        try:
            yield from flow
        except GeneratorExit:  # closed unfinished (the async upload was cancelled)
            raise
        except BaseException as exc:
            for item in items:
                self._end(item, exc)

    def _wake(self) -> None:
        """Start a worker unless every one already runs (a worker runs until idle)."""
        with self._queue_lock:
            if self._workers >= self.concurrency:
                return
            self._workers += 1
        if self._tasks is None:
            assert self._pool is not None
            self._pool.submit(self._work)
        else:
            task = asyncio.get_running_loop().create_task(self._awork())
            self._tasks.add(task)
            task.add_done_callback(self._tasks.discard)

    def _work(self) -> None:
        try:
            with self.client:
                while (unit := self._next()) is not None:
                    flow = unit()
                    if flow is not None:
                        run(flow, self.client)  # every flow reports its own errors
        except BaseException:
            with self._queue_lock:
                self._workers -= 1  # a bug in a step: let the next push start a worker
            raise

    async def _awork(self) -> None:
        try:
            while (unit := self._next()) is not None:
                flow = unit()
                if flow is not None:
                    await arun(flow, self.client)
        except BaseException:
            with self._queue_lock:
                self._workers -= 1
            raise

    def _next(self) -> Work | None:
        """The most urgent queued work; None (and this worker stops) when there is none."""
        with self._queue_lock:
            if self._puts:
                return self._puts.popleft()
            if self._steps:
                return self._steps.popleft()
            if (self._solos or self._creates) and self._creating < self.max_creates:
                self._creating += 1
                if self._solos:
                    batch = [self._solos.popleft()]
                else:
                    size = min(self.create_batch, len(self._creates))
                    batch = [self._creates.popleft() for _ in range(size)]
                return lambda: self._create_batch(batch)
            self._workers -= 1
            return None

    def close(self) -> None:
        """Wait for the threads to stop (call when no work is left)."""
        if self._pool is not None:
            self._pool.shutdown(wait=True)

    async def aclose(self, cancel: bool = False) -> None:
        """Wait for the tasks to stop; with ``cancel``, stop them first (their items stay as
        the journal last recorded them)."""
        tasks = list(self._tasks or ())
        if cancel:
            for task in tasks:
                task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)

    # -- the steps of one subject --------------------------------------------------------------

    def _create_batch(self, items: list[_Item]) -> Flow[None]:
        try:
            yield from self._guarded(items, self._create(items))
        finally:
            with self._queue_lock:
                self._creating -= 1

    def _create(self, items: list[_Item]) -> Flow[None]:
        """Create the subjects of ``items`` with one POST, then queue their blob uploads."""
        from zoo_sdk.panoptes.subject import Subject

        for item in items:
            item.batch = len(items)
        bodies = [self._body(item) for item in items]
        payload = bodies[0] if len(bodies) == 1 else bodies
        response = yield Request(Subject._op("create_subject"),
                                 {"body": JSONBody({"subjects": payload})})
        created = records_of(response, "subjects")
        if len(created) != len(items):
            raise errors.UploadError(f"asked for {len(items)} subjects, got {len(created)}")
        etag = response.headers.get("ETag") if len(items) == 1 else None
        for item, raw in zip(items, created, strict=True):
            try:
                self._created(item, raw, etag)
            except errors.ZooError as exc:  # e.g. no upload URL: this subject only
                self._end(item, exc)
                continue
            self._upload(item)

    def _body(self, item: _Item) -> dict[str, Any]:
        """What the create request says about ``item``'s subject."""
        return item.body

    def _created(self, item: _Item, raw: Mapping[str, Any], etag: str | None = None) -> None:
        """Note the subject the server created (or updated) for ``item``: id and upload URLs."""
        item.subject_id = str(raw.get("id"))
        item.urls = _signed_urls(raw.get("locations") or [], item.locations)
        item.expires = time.time() + 20 * 60
        item.state = "created"

    def _upload(self, item: _Item) -> None:
        """Queue a PUT per local file of ``item`` (in parallel); done when the last one is."""
        local = [i for i, loc in enumerate(item.locations) if loc.is_local]
        item.pending = len(local)
        if not local:
            self._uploaded(item)
        for index in local:
            self._push(self._puts, partial(self._guarded, [item], self._put(item, index)))

    def _put(self, item: _Item, index: int) -> Flow[None]:
        yield from put_blob_flow(item.urls[index], item.locations[index])
        with _lock:
            item.pending -= 1
            last = item.pending == 0
        if last:
            self._uploaded(item)

    def _uploaded(self, item: _Item) -> None:
        item.state = "uploaded"
        self._end(item, None)

    def _end(self, item: _Item, error: BaseException | None) -> None:
        with _lock:
            if item.ended:
                return
            item.ended = True
        self._item_ended(item, error)

    def _item_ended(self, item: _Item, error: BaseException | None) -> None:
        raise NotImplementedError


class AsyncSaves(SubjectPipeline):
    """``Subject.async_saves()``: run ``Subject.save()`` calls on ``workers`` threads.

    Active from creation until :meth:`shutdown` (or the end of the ``with`` block)::

        with Subject.async_saves():
            for path in paths:
                s = Subject(); s.links.project = 1234; s.add_location(path); s.save()

    A new subject's save joins the pipeline's batched creates (its body as at ``save()``) and its
    files are PUT as soon as it exists; any other save, and ``save_attached_image``, runs on the
    threads as it would synchronously. Errors are the ones a synchronous save raises, kept for
    ``async_save_result`` and raised together on leaving the block.
    """

    _local = threading.local()

    def __init__(self, workers: int = ASYNC_SAVE_WORKERS) -> None:
        workers = max(1, workers)
        super().__init__(Panoptes.client(), concurrency=workers,
                         max_creates=max(1, workers // 8), name="zoo-save")
        self.futures: list[tuple[Subject, Future[None]]] = []
        self._keys = itertools.count()
        self._stack().append(self)

    @classmethod
    def _stack(cls) -> list[AsyncSaves]:
        if not hasattr(cls._local, "stack"):
            cls._local.stack = []
        return cls._local.stack  # type: ignore[no-any-return]

    @classmethod
    def current(cls) -> AsyncSaves | None:
        stack = cls._stack()
        return stack[-1] if stack else None

    def __enter__(self) -> AsyncSaves:
        return self

    def __exit__(self, exc_type: object, *exc: object) -> None:
        self.shutdown(raise_errors=exc_type is None)

    def save(self, subject: Subject, client: Panoptes | None = None) -> Future[None]:
        """Queue ``subject.save(client)``; the Future ends when the save (uploads included) has.

        A subject saved again while its queued save runs is saved after it (never created
        twice); if that one failed, so does this one.
        """
        previous = subject._future
        if previous is not None and not previous.done():
            future: Future[None] = Future()
            self.futures.append((subject, future))

            def after(done: Future[None]) -> None:
                error = done.exception()
                if error is not None:
                    future.set_exception(error)
                else:
                    self.submit(subject, lambda: subject._save_now(client), future)

            previous.add_done_callback(after)
            return future
        if subject.id is not None or client not in (None, self.client):
            return self.submit(subject, lambda: subject._save_now(client))
        future = Future()
        self.futures.append((subject, future))
        try:
            body = subject._create_body()
        except errors.ZooError as exc:  # e.g. metadata JSON cannot hold: this subject only
            future.set_exception(exc)
            return future
        item = _Item(key=str(next(self._keys)), locations=list(subject._media), metadata={},
                     subject=subject, body=body, future=future)
        self.create([item])
        return future

    def submit(self, subject: Subject, save: Callable[[], None],
               future: Future[None] | None = None) -> Future[None]:
        """Run ``save`` on the pool as it is; returns (or completes) its Future."""
        if future is None:
            future = Future()
            self.futures.append((subject, future))
        done = future

        def save_now() -> None:
            try:
                save()
            except BaseException as exc:
                done.set_exception(exc)
            else:
                done.set_result(None)

        self._push(self._steps, save_now)
        return future

    def _created(self, item: _Item, raw: Mapping[str, Any], etag: str | None = None) -> None:
        assert item.subject is not None
        item.subject._take_created(dict(raw), etag, item.body)  # its id even if URLs lack
        super()._created(item, raw, etag)

    def _uploaded(self, item: _Item) -> None:
        assert item.subject is not None
        media = item.subject._media
        media[:] = [loc for loc in media if all(loc is not done for done in item.locations)]
        super()._uploaded(item)

    def _item_ended(self, item: _Item, error: BaseException | None) -> None:
        assert item.future is not None and item.subject is not None
        if error is None:
            item.future.set_result(None)
            return
        if item.subject_id is None and item.batch > 1 and _rejected(error):
            item.solo, item.ended = True, False  # one refused subject fails its batch: alone
            self.create([item])
            return
        if isinstance(error, errors.AmbiguousWriteError) and item.subject_id is None:
            error = item.subject._lost_create(error, item.body)
        item.future.set_exception(error)

    def shutdown(self, raise_errors: bool = True) -> None:
        """Wait for every save; raise UploadError naming how many subjects failed."""
        stack = self._stack()
        if self in stack:
            stack.remove(self)
        wait_for([future for _, future in self.futures])
        self.close()
        failed = [(s, f.exception()) for s, f in self.futures if f.exception() is not None]
        if failed and raise_errors:
            first = failed[0][1]
            raise errors.UploadError(
                f"{len(failed)} of {len(self.futures)} subject saves failed; first: {first}"
            ) from first


# -- bulk upload --------------------------------------------------------------------------


@dataclass
class UploadProgress:
    """Counts reported to the ``progress`` callback of ``SubjectSet.upload``."""

    total: int
    created: int = 0
    uploaded: int = 0
    linked: int = 0
    failed: int = 0
    skipped: int = 0

    def __str__(self) -> str:
        return (
            f"{self.linked}/{self.total} linked ({self.created} created, {self.uploaded} uploaded,"
            f" {self.failed} failed, {self.skipped} already done)"
        )


@dataclass
class UploadResult:
    """What ``SubjectSet.upload`` did: subject ids by item key, and the failures."""

    subjects: dict[str, str] = field(default_factory=dict)
    failures: dict[str, BaseException] = field(default_factory=dict)
    progress: UploadProgress | None = None


class Journal:
    """An append-only JSON-lines record of a bulk upload, safe against ``kill -9``.

    Each line is one state change of one item (``creating``, ``created``, ``uploaded``,
    ``linked``, ``unsure``, ``failed``). A line is written and flushed *before* the step it
    announces (``creating``) or right after it (the others), so a restart knows what may exist.
    The file is private (mode 0600) and holds no secrets: ids and states, never signed URLs.
    """

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = os.fspath(path)
        self.run_id = uuid.uuid4().hex[:12]
        self.records: dict[str, dict[str, Any]] = {}
        self._lock = threading.Lock()
        if os.path.exists(self.path):
            self._read()
        fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        os.chmod(self.path, 0o600)  # also an older journal created with wider permissions
        self._handle = os.fdopen(fd, "a", encoding="utf-8")
        if not self.records:
            self._write({"run": self.run_id})

    def _read(self) -> None:
        with open(self.path, encoding="utf-8") as handle:
            for line in handle:
                try:
                    record = json.loads(line)
                except ValueError:
                    continue  # a line cut short by the interruption
                if "run" in record:
                    self.run_id = record["run"]
                elif "k" in record:
                    self.records.setdefault(record["k"], {}).update(record)

    def _write(self, record: Mapping[str, Any]) -> None:
        with self._lock:
            self._handle.write(json.dumps(record, separators=(",", ":")) + "\n")
            self._handle.flush()

    def note(self, key: str, state: str, **data: Any) -> None:
        record = {"k": key, "s": state, **data}
        self.records.setdefault(key, {}).update(record)
        self._write(record)

    def close(self) -> None:
        self._handle.close()


class BulkUpload(SubjectPipeline):
    """``SubjectSet.upload`` on the pipeline (see there for the user-facing description): its
    items, journal, progress, linking and retry rounds."""

    def __init__(
        self,
        subject_set: SubjectSet,
        items: Iterable[Any],
        *,
        concurrency: int = 8,
        progress: Callable[[UploadProgress], None] | None = None,
        journal: str | os.PathLike[str] | None = None,
        create_batch: int = CREATE_BATCH,
        rounds: int = ROUNDS,
        aio: bool = False,
    ) -> None:
        if subject_set.id is None:
            raise errors.ObjectNotSavedException("save the subject set before uploading to it")
        super().__init__(Panoptes.client(), concurrency=concurrency, create_batch=create_batch,
                         aio=aio)
        self.subject_set = subject_set
        self.on_progress = progress
        self.rounds = max(1, rounds)
        self.items = [self._item(i, raw) for i, raw in enumerate(items)]
        keys = [item.key for item in self.items]
        if len(set(keys)) != len(keys):
            twice = sorted({k for k in keys if keys.count(k) > 1})[:5]
            raise errors.ValidationError(f"item keys must be unique; repeated: {twice}")
        self.journal = Journal(journal) if journal is not None else None
        self.run_id = self.journal.run_id if self.journal else uuid.uuid4().hex[:12]
        self.progress = UploadProgress(total=len(self.items))
        self.result = UploadResult(progress=self.progress)
        self._project_id: str | None = None
        self._retry: list[tuple[_Item, BaseException]] = []
        #: Items whose pass ended, with their error: filled by the workers, read by the plan.
        self._finished: queue.SimpleQueue[Finished] | asyncio.Queue[Finished] = (
            asyncio.Queue() if aio else queue.SimpleQueue())

    def _item(self, index: int, raw: Any) -> _Item:
        if isinstance(raw, Mapping):
            sources = raw.get("locations") or []
            metadata = dict(raw.get("metadata") or {})
            key = str(raw.get("key", index))
        elif isinstance(raw, tuple) and len(raw) == 2:
            sources, metadata, key = raw[0], dict(raw[1] or {}), str(index)
        else:
            sources, metadata, key = [raw], {}, str(index)
        if isinstance(sources, str | os.PathLike | dict) or hasattr(sources, "read"):
            sources = [sources]
        locations = [Location.from_source(s) for s in sources]
        if not locations:
            raise errors.UnknownMediaException(f"item {key} has no locations")
        check_json(metadata, f"item {key} metadata")
        return _Item(key=key, locations=locations, metadata=metadata)

    def marker(self, item: _Item) -> str:
        """The hidden metadata value that identifies ``item``'s subject on the server."""
        return f"{self.run_id}:{item.key}"

    # -- running ------------------------------------------------------------------------------

    def run(self) -> UploadResult:
        """Run the upload on threads (``SubjectSet.upload``)."""
        plan = self._plan()
        try:
            with self.client:
                step = next(plan)
                while True:
                    try:
                        reply: Any = None
                        if isinstance(step, Pause):
                            time.sleep(step.seconds)
                        elif step is NEXT_FINISHED:
                            reply = cast(queue.SimpleQueue[Finished], self._finished).get()
                        else:
                            reply = send(cast(Request, step), self.client)
                    except errors.ZooError as exc:
                        step = plan.throw(exc)
                    else:
                        step = plan.send(reply)
        except StopIteration:
            pass
        finally:
            self.close()
            if self.journal is not None:
                self.journal.close()
        return self._outcome()

    async def arun(self) -> UploadResult:
        """Run the upload on asyncio tasks (``await aio.SubjectSet.upload``). Cancelling it
        stops every request in flight; the journal then resumes it like after ``kill -9``."""
        plan = self._plan()
        finished = False
        try:
            step = next(plan)
            while True:
                try:
                    reply: Any = None
                    if isinstance(step, Pause):
                        await asyncio.sleep(step.seconds)
                    elif step is NEXT_FINISHED:
                        reply = await cast(asyncio.Queue[Finished], self._finished).get()
                    else:
                        reply = await asend(cast(Request, step), self.client)
                except errors.ZooError as exc:
                    step = plan.throw(exc)
                else:
                    step = plan.send(reply)
        except StopIteration:
            finished = True
        finally:
            await self.aclose(cancel=not finished)
            if self.journal is not None:
                self.journal.close()
        return self._outcome()

    def _plan(self) -> Plan[None]:
        """The whole upload, written once for both drivers: it yields the requests it sends
        itself (links, reconciling searches), :data:`NEXT_FINISHED` to be sent the next item
        whose pass ended, and :class:`Pause` between rounds."""
        self._project_id = self._project()
        todo = yield from self._resume()
        self._report()
        for round_number in range(1, self.rounds + 1):
            yield from self._pipeline(todo)
            todo = yield from self._next_round(last=round_number == self.rounds)
            if not todo:
                break
            yield Pause(min(8.0, 0.5 * 2**round_number))

    def _outcome(self) -> UploadResult:
        if self.result.failures:
            key, first = next(iter(self.result.failures.items()))
            raise errors.UploadError(
                f"{len(self.result.failures)} of {len(self.items)} items failed "
                f"(first: item {key}: {first}); {self.progress}. Run again with the same "
                "journal to retry only those."
            ) from first
        return self.result

    def _next_round(self, last: bool) -> Plan[list[_Item]]:
        """The items worth another pass (after finding the subjects of unsure creates); on the
        last round they are reported as failures instead."""
        retry, self._retry = self._retry, []
        if last or not retry:
            for item, error in retry:
                self._fail(item, error)
            return []
        unsure = [item for item, _ in retry if item.state == "unsure"]
        if unsure:
            try:
                yield from self._reconcile(unsure)
            except errors.APIError as exc:  # cannot tell what exists: create nothing again
                for item, _ in retry:
                    self._fail(item, exc)
                return []
        for item, _ in retry:
            item.ended = False
        return [item for item, _ in retry]

    def _project(self) -> str:
        project = self.subject_set.raw.get("links", {}).get("project")
        if not project:
            raise errors.ValidationError("the subject set is not linked to a project")
        return str(project)

    def _resume(self) -> Plan[list[_Item]]:
        if self.journal is None:
            return list(self.items)
        records = self.journal.records
        todo: list[_Item] = []
        unsure: list[_Item] = []
        for item in self.items:
            record = records.get(item.key, {})
            item.subject_id = record.get("id")
            item.state = record.get("s", "new")
            if item.state == "linked":
                self.progress.skipped += 1
                self.result.subjects[item.key] = str(item.subject_id)
                continue
            if item.subject_id is None and item.state in ("creating", "unsure"):
                unsure.append(item)
            elif item.subject_id is not None and item.state != "uploaded":
                item.state = "stale-urls"  # the journal keeps no signed URLs
            todo.append(item)
        if unsure:
            yield from self._reconcile(unsure)
        return todo

    def _reconcile(self, unsure: list[_Item]) -> Flow[None]:
        """Find subjects whose create request went out but whose answer never came.

        They carry this upload's marker in their metadata. The scan goes newest first and stops
        below the ids this upload is known to have created (less a margin for requests that were
        in flight together), or after :data:`RECONCILE_SCAN` subjects when none was recorded.
        """
        from zoo_sdk.panoptes.subject import Subject

        wanted = {self.marker(item): item for item in unsure}
        recorded = [int(i.subject_id) for i in self.items if i.subject_id]
        if self.journal is not None:
            recorded += [int(r["id"]) for r in self.journal.records.values() if r.get("id")]
        margin = 4 * self.create_batch * self.concurrency
        floor = min(recorded) - margin if recorded else None
        filters: dict[str, Any] = {"project_id": self._project_id, "sort": "-id"}
        if self.client.logged_in_user_id:
            filters["upload_user_id"] = self.client.logged_in_user_id
        query = Subject._where_filters(filters)
        list_op = Subject._op("list_subjects")
        scanned, page = 0, 1
        while wanted:
            response = yield Request(list_op, {**query, "page": page})
            found, meta, _ = page_of(response, "subjects")
            for raw in found:
                if not wanted or (floor is None and scanned >= RECONCILE_SCAN):
                    break
                if floor is not None and int(raw.get("id") or 0) < floor:
                    break
                scanned += 1
                self._found(wanted, raw)
            else:
                if found and meta.get("next_page"):
                    page = int(meta["next_page"])
                    continue
            break
        for item in wanted.values():
            item.state = "new"

    def _found(self, wanted: dict[str, _Item], raw: Mapping[str, Any]) -> None:
        """If ``raw`` (a subject on the server) carries a wanted marker, its item exists."""
        marker = (raw.get("metadata") or {}).get(JOURNAL_KEY)
        item = wanted.pop(marker, None) if marker else None
        if item is None:
            return
        item.subject_id, item.state = str(raw.get("id")), "stale-urls"
        if self.journal is not None:
            self.journal.note(item.key, "created", id=item.subject_id)
        with _lock:
            self.progress.created += 1

    def _pipeline(self, todo: list[_Item]) -> Plan[None]:
        """Run one pass over ``todo`` on the pipeline; link finished items 100 at a time.

        Items are started in whole create batches, enough to keep every worker busy, so that
        ``concurrency`` requests are in flight whenever there is work. Finished items arrive on
        a queue (O(1) per item for the plan).
        """
        ready: list[_Item] = [i for i in todo if i.state == "uploaded"]
        work = iter([i for i in todo if i.state != "uploaded"])
        # Items started and not finished: enough to keep every worker busy, in whole batches.
        in_flight = -(-2 * self.concurrency // self.create_batch) * self.create_batch
        running = self._start(work, in_flight)
        while running:
            item, error = yield NEXT_FINISHED
            running -= 1
            if error is None:
                ready.append(item)
            else:
                self._attempt_failed(item, error)
            room = in_flight - running
            if room >= self.create_batch:
                running += self._start(work, room - room % self.create_batch)
            if len(ready) >= BATCH_SIZE:
                yield from self._link(ready[:BATCH_SIZE])
                del ready[:BATCH_SIZE]
        if ready:
            yield from self._link(ready)

    def _attempt_failed(self, item: _Item, error: BaseException) -> None:
        """Decide what a failed step means for ``item``: retry it in the next round (after
        finding its subject if the create may have happened), or report it now."""
        if item.subject_id is not None:
            item.state = "stale-urls"  # the upload failed: fresh URLs, then upload again
        elif _rejected(error):
            if not item.solo and self.create_batch > 1:
                item.solo = True  # one bad item fails its whole batch: retry each alone
            else:
                self._fail(item, error)
                return
        elif isinstance(error, errors.RateLimitedError):
            item.state = "new"  # a 429: the server did not act
        else:
            item.state = "unsure"  # the create may have happened: look before creating again
            if self.journal is not None:
                self.journal.note(item.key, "unsure", error=_short(error))
        self._retry.append((item, error))

    def _start(self, work: Iterator[_Item], room: int) -> int:
        """Start up to ``room`` items: new ones are created in batches; returns how many."""
        started = list(itertools.islice(work, room))
        self.create(i for i in started if i.subject_id is None or i.state == "new")
        for item in started:
            if item.subject_id is not None and item.state != "new":
                self.step([item], self._refresh_and_upload, item)
        return len(started)

    def _item_ended(self, item: _Item, error: BaseException | None) -> None:
        self._finished.put_nowait((item, error))

    def _body(self, item: _Item) -> dict[str, Any]:
        if self.journal is not None:
            self.journal.note(item.key, "creating")
        return {
            "locations": [loc.to_request() for loc in item.locations],
            "metadata": {**item.metadata, JOURNAL_KEY: self.marker(item)},
            "links": {"project": self._project_id},
        }

    def _refresh_and_upload(self, item: _Item) -> Flow[None]:
        """A resumed item: get fresh upload URLs if they expired, then upload."""
        from zoo_sdk.panoptes.subject import Subject

        if item.state == "stale-urls" or time.time() > item.expires - URL_MARGIN:
            subject = Subject(item.subject_id)
            subject.locations = cast(Any, [loc.to_request() for loc in item.locations])
            yield from subject._save_flow()
            self._created(item, subject.raw, counted=False)
        self._upload(item)

    def _uploaded(self, item: _Item) -> None:
        if self.journal is not None:
            self.journal.note(item.key, "uploaded")
        with _lock:
            self.progress.uploaded += 1
        self._report()
        super()._uploaded(item)

    def _created(self, item: _Item, raw: Mapping[str, Any], etag: str | None = None,
                 counted: bool = True) -> None:
        super()._created(item, raw, etag)
        if self.journal is not None:
            self.journal.note(item.key, "created", id=item.subject_id)
        if counted:
            with _lock:
                self.progress.created += 1
        self._report()

    def _link(self, items: list[_Item]) -> Flow[None]:
        """Link uploaded subjects to the set. If that finally fails they stay "uploaded" in the
        journal (a resume links them without uploading again) and count as failures now."""
        ids = [str(i.subject_id) for i in items]
        try:
            yield from self.subject_set.links.subjects._add_flow(ids, known_new=True)
        except errors.APIError as exc:  # adding links is idempotent: the next round retries
            self._retry.extend((item, exc) for item in items)
            return
        for item in items:
            item.state = "linked"
            self.result.subjects[item.key] = str(item.subject_id)
            if self.journal is not None:
                self.journal.note(item.key, "linked", id=item.subject_id)
        self.progress.linked += len(items)
        self._report()

    def _fail(self, item: _Item, error: BaseException) -> None:
        """Report ``item`` as failed. In the journal an unsure one stays unsure (a resume looks
        for its subject before creating it) and an uploaded one stays uploaded (only linked)."""
        self.result.failures[item.key] = error
        if self.journal is not None and item.state not in ("unsure", "uploaded"):
            self.journal.note(item.key, "failed", error=_short(error))
        with _lock:
            self.progress.failed += 1
        self._report()

    def _report(self) -> None:
        """Call the progress callback, one call at a time (it runs on worker threads)."""
        if self.on_progress is not None:
            with _report_lock:
                self.on_progress(self.progress)


def _rejected(error: BaseException) -> bool:
    """True when the server answered that it refused the request (so it did not act)."""
    status = getattr(error, "status", None)
    return isinstance(error, errors.APIError) and status is not None and (
        400 <= status < 500 and status not in (408, 429)
    )


def _short(error: BaseException) -> str:
    return str(error)[:500]


_lock = threading.Lock()
_report_lock = threading.Lock()
