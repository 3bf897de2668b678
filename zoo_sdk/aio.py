"""The async twin of the Panoptes resource classes: the same names, awaited.

::

    from zoo_sdk import Panoptes
    from zoo_sdk.aio import Project, Subject

    Panoptes.connect(username="...", password="...")
    project = await Project.find(1234)
    async for subject in Subject.where(subject_set_id=42):   # pages prefetched concurrently
        print(subject.id, subject.metadata)
    project.display_name = "New name"
    await project.save()

How loading works here: nothing loads behind an attribute read (an await cannot hide in one).
``find``, ``where`` and ``reload`` load; ``Project(1234)`` is a reference that knows its id
only, and reading another attribute of it raises :class:`~zoo_sdk.errors.NotLoadedError` until
``await obj.reload()``. Everything else — the requests each operation sends, change tracking,
ETags, the lost-reply rules, retries, error mapping, the token — is the sync implementation:
each operation is one flow (``PanoptesObject._save_flow`` ...) that the sync classes drive with
``Panoptes.client().http`` and these classes await with ``Panoptes.client().async_http``.
Exports (``await project.get_export("classifications", generate=True)``, then ``await
export.save(path)`` or ``async for chunk in export.aiter_bytes()``) wait with the sync backoff.
Bulk uploads (``await subject_set.upload(paths, journal=...)``) run the sync upload's plan on
asyncio tasks. ``obj.sync`` is the sync object (for what has no async twin yet: link edits,
single-subject media uploads, Talk exports).
"""

from __future__ import annotations

import asyncio
import os
from collections import deque
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Generic, TypeVar

import httpx
from zoo_payloads.panoptes_attributes import (
    ClassificationAttributes,
    CollectionAttributes,
    ProjectAttributes,
    SubjectAttributes,
    SubjectSetAttributes,
    UserAttributes,
    WorkflowAttributes,
)

from zoo_sdk import errors
from zoo_sdk._waiting import apoll_until
from zoo_sdk.panoptes import (
    classification,
    collection,
    exports,
    project,
    subject,
    subject_set,
    uploads,
    user,
)
from zoo_sdk.panoptes import workflow as workflow_module
from zoo_sdk.panoptes.client import Panoptes
from zoo_sdk.panoptes.objects import PanoptesObject, Request, arun, asend
from zoo_sdk.panoptes.paging import Page, page_of

S = TypeVar("S", bound=PanoptesObject)
E = TypeVar("E", bound=exports.Exportable)
A = TypeVar("A", bound="AsyncObject[Any]")
T = TypeVar("T")


async def acall(module: Any, *, idempotent: bool | None = None, ok: tuple[int, ...] = (),
                **kwargs: Any) -> httpx.Response:
    """:func:`zoo_sdk.panoptes.objects.call`, awaited on the current connection."""
    return await asend(Request(module, {"idempotent": idempotent, "ok": ok, **kwargs}))


class AsyncPaginator(Generic[T]):
    """``async for`` over every page of a list; once the first page gives the page count, up
    to ``prefetch`` further pages are in flight at once, yielded in server order.

    >>> [s.id async for s in Subject.where(subject_set_id=42)]   # doctest: +SKIP
    """

    def __init__(self, fetch: Callable[[int], Awaitable[Page]],
                 wrap: Callable[[dict[str, Any]], T], *, prefetch: int = 4) -> None:
        self._fetch = fetch
        self._wrap = wrap
        self._prefetch = max(1, prefetch)
        self._items: AsyncIterator[T] | None = None
        self.meta: dict[str, Any] = {}

    def __aiter__(self) -> AsyncIterator[T]:
        return self

    async def __anext__(self) -> T:
        if self._items is None:
            self._items = self._all()
        return await self._items.__anext__()

    @property
    def count(self) -> int | None:
        """Total number of items, once the first page has been read (None if not reported)."""
        count = self.meta.get("count")
        return int(count) if count else None

    async def _all(self) -> AsyncIterator[T]:
        items, meta, _ = await self._fetch(1)
        self.meta = meta
        for raw in items:
            yield self._wrap(raw)
        page_count = int(meta.get("page_count") or 0)
        if page_count > 1:
            async for item in self._prefetched(range(2, page_count + 1)):
                yield item
            return
        next_page = meta.get("next_page")
        while items and next_page:
            items, meta, _ = await self._fetch(int(next_page))
            for raw in items:
                yield self._wrap(raw)
            next_page = meta.get("next_page")

    async def _prefetched(self, numbers: range) -> AsyncIterator[T]:
        todo = iter(numbers)
        pending: deque[asyncio.Task[Page]] = deque(
            asyncio.ensure_future(self._fetch(n)) for _, n in zip(range(self._prefetch), todo,
                                                                   strict=False))
        try:
            while pending:
                items, _, _ = await pending.popleft()
                for number in todo:
                    pending.append(asyncio.ensure_future(self._fetch(number)))
                    break
                for raw in items:
                    yield self._wrap(raw)
        finally:
            for task in pending:
                task.cancel()


class AsyncObject(Generic[S]):
    """The async face of one sync resource object (``sync``): attribute reads and writes go to
    it (never loading), the operations are awaited. Subclasses name their sync class."""

    _sync_class: ClassVar[type[PanoptesObject]]
    #: The sync object holding the state (attributes, changes, ETag).
    sync: S

    def __init__(self, raw: Mapping[str, Any] | int | str | None = None,
                 etag: str | None = None) -> None:
        object.__setattr__(self, "sync", self._sync_class(raw, etag))

    @classmethod
    def _wrapping(cls: type[A], obj: PanoptesObject) -> A:
        wrapper = cls.__new__(cls)
        object.__setattr__(wrapper, "sync", obj)
        return wrapper

    if not TYPE_CHECKING:  # hidden from type checkers: only declared attributes type-check

        def __getattr__(self, name: str) -> Any:
            obj: PanoptesObject = self.__dict__["sync"]
            if name.startswith("_"):
                raise AttributeError(name)
            if not obj._loaded and name not in obj._raw and name not in ("links", "id"):
                raise errors.NotLoadedError(
                    f"{type(self).__name__} {obj.id} is not loaded: `await obj.reload()` "
                    f"first (reading {name!r} cannot load it: an attribute read is never "
                    "awaited)")
            return getattr(obj, name)

    def __setattr__(self, name: str, value: Any) -> None:
        setattr(self.sync, name, value)

    def __repr__(self) -> str:
        return f"<async {type(self).__name__} {self.sync.id}>"

    def __eq__(self, other: object) -> bool:
        if isinstance(other, AsyncObject):
            return bool(self.sync == other.sync)
        return NotImplemented

    def __hash__(self) -> int:
        return hash(self.sync)

    @property
    def id(self) -> str | None:
        return self.sync.id

    @classmethod
    async def find(cls: type[A], id: Any) -> A:
        """The object with this id (one GET); NotFoundError if there is none."""
        found = await arun(cls._sync_class._find_flow(id))
        return cls._wrapping(found)

    @classmethod
    def where(cls: type[A], **filters: Any) -> AsyncPaginator[A]:
        """``async for`` over the objects matching ``filters`` (as the sync ``where``)."""
        sync_class = cls._sync_class
        list_op = sync_class._op(f"list_{sync_class._api_slug}")
        query = sync_class._where_filters(filters)

        async def fetch(page: int) -> Page:
            return page_of(await acall(list_op, **{**query, "page": page}),
                           sync_class._api_slug)

        return AsyncPaginator(fetch, lambda raw: cls._wrapping(sync_class(raw)))

    async def reload(self) -> None:
        """Re-read the object, discarding local changes."""
        await arun(self.sync._reload_flow())

    async def save(self) -> None:
        """Create the object if new, else send its changes (the sync rules: own ETag, only
        what changed, a lost create reply raises AmbiguousWriteError)."""
        await arun(self.sync._save_flow())

    async def delete(self) -> None:
        """Delete the object (no-op when new)."""
        await arun(self.sync._delete_flow())


class AsyncExport:
    """An export downloading over the async transport, streamed once::

        async with await project.get_export("classifications") as export:
            await export.save("classifications.csv")        # atomic, as the sync save
    """

    def __init__(self, response: httpx.Response, description: dict[str, Any],
                 export_type: str) -> None:
        self.response = response
        self.description = description
        self.export_type = export_type
        self.headers = response.headers

    async def __aenter__(self) -> AsyncExport:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        await self.response.aclose()

    @property
    def size(self) -> int | None:
        """Length in bytes, when the server said."""
        length = self.response.headers.get("Content-Length")
        return int(length) if length and length.isdigit() else None

    async def aiter_bytes(self, progress: Callable[[int, int | None], None] | None = None
                          ) -> AsyncIterator[bytes]:
        """The body in chunks; ``progress(bytes_so_far, total_or_None)`` after each."""
        done = 0
        try:
            async for chunk in self.response.aiter_bytes(exports.CHUNK):
                done += len(chunk)
                if progress:
                    progress(done, self.size)
                yield chunk
        finally:
            await self.aclose()

    async def save(self, path: str | os.PathLike[str],
                   progress: Callable[[int, int | None], None] | None = None) -> int:
        """Write to ``path`` atomically; returns the bytes written."""
        try:
            out = exports.AtomicFile(path)
        except OSError:
            await self.aclose()
            raise
        try:
            async for chunk in self.aiter_bytes(progress):
                out.write(chunk)
            out.commit()
        except BaseException:
            out.discard()
            raise
        return out.written


class _Exports(AsyncObject[E]):
    """Exports of an async Project, Workflow or SubjectSet (Panoptes exports; the Talk ones
    through ``obj.sync``)."""

    def _exportable(self, export_type: str) -> E:
        if self.sync._talk_kind(export_type) is not None:
            raise errors.ValidationError(
                f"{export_type} exports have no async twin yet: use obj.sync.get_export(...)")
        return self.sync

    async def describe_export(self, export_type: str) -> dict[str, Any]:
        """The latest export's media resource (``metadata.state``, ``src``, ...)."""
        return await arun(self._exportable(export_type)._describe_flow(export_type))

    async def generate_export(self, export_type: str) -> dict[str, Any]:
        """Start a new export; its media resource (state ``creating``)."""
        return await arun(self._exportable(export_type)._generate_flow(export_type))

    async def wait_export(self, export_type: str, timeout: float | None = None, *,
                          poll: float = 1.0, max_poll: float = 30.0) -> dict[str, Any]:
        """Wait (awaiting, with the sync backoff) until the export is ready."""
        self._exportable(export_type)
        state = exports.ExportState(export_type, talk=False, timeout=timeout)
        found = await apoll_until(lambda: self.describe_export(export_type), state.finished,
                                  timed_out=state.timed_out, timeout=timeout, poll=poll,
                                  max_poll=max_poll)
        return state.checked(found)

    async def get_export(self, export_type: str, generate: bool = False, wait: bool = False,
                         wait_timeout: float | None = None) -> AsyncExport:
        """Open the export for streaming; optionally generate it first and wait for it."""
        if generate:
            await self.generate_export(export_type)
        if generate or wait:
            description = await self.wait_export(export_type, wait_timeout)
        else:
            description = await self.describe_export(export_type)
        src = exports.download_url(description, export_type, talk=False)
        response = await Panoptes.client().async_http.request("GET", src, auth=False,
                                                              stream=True)
        return AsyncExport(response, description, export_type)


class Project(_Exports[project.Project], ProjectAttributes):
    """A Zooniverse project, async."""

    _sync_class = project.Project


class Workflow(_Exports[workflow_module.Workflow], WorkflowAttributes):
    """A workflow, async."""

    _sync_class = workflow_module.Workflow


class Subject(AsyncObject[subject.Subject], SubjectAttributes):
    """A subject, async (uploads of local files: ``SubjectSet.upload`` or the sync object)."""

    _sync_class = subject.Subject


class SubjectSet(_Exports[subject_set.SubjectSet], SubjectSetAttributes):
    """A subject set, async."""

    _sync_class = subject_set.SubjectSet

    async def upload(
        self,
        items: Iterable[Any],
        *,
        concurrency: int = 8,
        progress: Callable[[uploads.UploadProgress], None] | None = None,
        journal: str | os.PathLike[str] | None = None,
        create_batch: int = uploads.CREATE_BATCH,
        rounds: int = uploads.ROUNDS,
    ) -> uploads.UploadResult:
        """``SubjectSet.upload`` on asyncio tasks: the same items, batching, journal, retry
        rounds and guarantees (nothing created twice, resumable), ``concurrency`` requests in
        flight on the async transport. Cancelling the task stops the requests in flight; run
        it again with the same journal to finish.

        >>> await subject_set.upload(paths, concurrency=32, journal="up.jsonl")  # doctest: +SKIP
        """
        return await uploads.BulkUpload(
            self.sync, items, concurrency=concurrency, progress=progress, journal=journal,
            create_batch=create_batch, rounds=rounds, aio=True).arun()


class Collection(AsyncObject[collection.Collection], CollectionAttributes):
    """A collection, async."""

    _sync_class = collection.Collection


class User(AsyncObject[user.User], UserAttributes):
    """A user, async."""

    _sync_class = user.User


class Classification(AsyncObject[classification.Classification], ClassificationAttributes):
    """A classification, async."""

    _sync_class = classification.Classification


__all__ = ["AsyncExport", "AsyncObject", "AsyncPaginator", "Classification", "Collection",
           "Project", "Subject", "SubjectSet", "User", "Workflow", "acall", "arun"]
