"""Lazy, ordered iteration over a Panoptes list endpoint, with concurrent page prefetch.

Nothing is requested until the first item is needed. The first page tells how many pages
there are; when that count is known the remaining pages are fetched concurrently (a bounded
number in flight) and still yielded in server order::

    for subject in Subject.where(subject_set_id=1234):   # 100 per page
        print(subject.id)

Resources whose count the server does not report (classifications, subject_workflow_statuses,
recents) are followed page by page through ``meta.<plural>.next_page``.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, Generic, TypeVar

import httpx

from zoo_sdk._http import invalid_response, json_body

T = TypeVar("T")

#: The server's maximum page size; a larger one is refused, a smaller one costs requests.
MAX_PAGE_SIZE = 100

Page = tuple[list[dict[str, Any]], dict[str, Any], dict[str, Any]]
"""One page: the resources, ``meta.<plural>``, and the whole body (for ``linked``)."""


class Paginator(Generic[T]):
    """Iterate the items of every page; ``fetch(page_number)`` returns one :data:`Page`.

    >>> pages = {1: ([{"id": "1"}], {"page_count": 2, "count": 2}, {}),
    ...          2: ([{"id": "2"}], {"page_count": 2, "count": 2}, {})}
    >>> [item["id"] for item in Paginator(pages.__getitem__, lambda raw, body: raw)]
    ['1', '2']
    """

    def __init__(
        self,
        fetch: Callable[[int], Page],
        wrap: Callable[[dict[str, Any], dict[str, Any]], T],
        *,
        prefetch: int = 4,
        first_page: int = 1,
    ) -> None:
        self._fetch = fetch
        self._wrap = wrap
        self._prefetch = max(0, prefetch)
        self._first = first_page
        self._iterator: Iterator[T] | None = None
        self.meta: dict[str, Any] = {}

    def __iter__(self) -> Iterator[T]:
        return self

    def __next__(self) -> T:
        if self._iterator is None:
            self._iterator = self._items()
        return next(self._iterator)

    def __repr__(self) -> str:
        count = self.meta.get("count")
        return f"<Paginator count={count if count is not None else '?'}>"

    @property
    def count(self) -> int | None:
        """Total number of items, once the first page has been read (None if not reported)."""
        count = self.meta.get("count")
        return int(count) if count else None

    def _items(self) -> Iterator[T]:
        items, meta, body = self._fetch(self._first)
        self.meta = meta
        yield from (self._wrap(raw, body) for raw in items)
        page_count = int(meta.get("page_count") or 0)
        if page_count > self._first and self._prefetch:
            yield from self._prefetched(range(self._first + 1, page_count + 1))
            return
        next_page = meta.get("next_page")
        while items and next_page:
            items, meta, body = self._fetch(int(next_page))
            yield from (self._wrap(raw, body) for raw in items)
            next_page = meta.get("next_page")

    def _prefetched(self, numbers: range) -> Iterator[T]:
        pending: deque[Future[Page]] = deque()
        todo = iter(numbers)
        with ThreadPoolExecutor(self._prefetch, thread_name_prefix="zoo-pages") as pool:
            try:
                for number in todo:
                    pending.append(pool.submit(self._fetch, number))
                    if len(pending) >= self._prefetch:
                        break
                while pending:
                    items, _, body = pending.popleft().result()
                    for number in todo:
                        pending.append(pool.submit(self._fetch, number))
                        break
                    yield from (self._wrap(raw, body) for raw in items)
            finally:
                for future in pending:
                    future.cancel()


def page_of(response: httpx.Response, plural: str) -> Page:
    """Split a list response into items, ``meta.<plural>`` and the parsed body (checked)."""
    parsed: dict[str, Any] = json_body(response)
    meta = (parsed.get("meta") or {}).get(plural) or {}
    if not isinstance(meta, dict):
        raise invalid_response(response, f"meta.{plural} is not an object")
    return records_of(response, plural, parsed), meta, parsed


def records_of(
    response: httpx.Response, key: str, parsed: dict[str, Any] | None = None
) -> list[dict[str, Any]]:
    """The resources of an envelope (``{"projects": [...]}``), checked to be a list of objects;
    a missing or null key is an empty list.

    >>> records_of(httpx.Response(200, json={"media": [{"id": "1"}]}), "media")
    [{'id': '1'}]
    """
    body = json_body(response) if parsed is None else parsed
    items = body.get(key) or []
    if isinstance(items, dict):  # a create of one record may answer it unwrapped
        items = [items]
    if not isinstance(items, list) or not all(isinstance(i, dict) for i in items):
        raise invalid_response(response, f"{key!r} is not a list of objects")
    return items
