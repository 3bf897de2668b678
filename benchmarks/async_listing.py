"""Scenario 6: list a 10,000-subject set with ``Subject.where`` (sync) and ``aio.Subject.where``
(async), both prefetching pages; and the client's own CPU time per request next to a bare httpx
loop sending the same page requests.

The emulator runs in its own process (``RemoteWorld``), so ``time.process_time()`` here is the
client's CPU only. Every run reads its own freshly seeded set.
"""

from __future__ import annotations

import asyncio
import statistics
import time
from collections.abc import Callable

import httpx

from benchmarks.report import Check, Row
from benchmarks.world import RemoteWorld
from zoo_sdk import Panoptes, Subject, aio
from zoo_sdk.panoptes.client import ACCEPT

#: Subjects listed by ``make bench`` (``Config.async_listing_subjects``).
SUBJECTS = 10_000


def _sync_ids(set_id: str) -> list[str]:
    return [str(s.id) for s in Subject.where(subject_set_id=set_id)]


def _async_ids(set_id: str) -> list[str]:
    async def listed() -> list[str]:
        try:
            return [str(s.id) async for s in aio.Subject.where(subject_set_id=set_id)]
        finally:
            client = Panoptes.client()
            if client._async_http is not None:  # a fresh pool per event loop
                await client._async_http.aclose()
                client._async_http = None

    return asyncio.run(listed())


def _bare_httpx_ids(url: str, token: str | None, set_id: str, pages: int) -> list[str]:
    """The same page requests, one after another, with nothing but httpx and json."""
    headers = {"Accept": ACCEPT, **({"Authorization": f"Bearer {token}"} if token else {})}
    ids: list[str] = []
    with httpx.Client(base_url=url, headers=headers) as client:
        for page in range(1, pages + 1):
            body = client.get("/api/subjects", params={
                "subject_set_id": set_id, "page_size": 100, "page": page}).json()
            ids.extend(str(s["id"]) for s in body["subjects"])
    return ids


def _measured(world: RemoteWorld, run: Callable[[str], list[str]], subjects: int
              ) -> tuple[float, int, float]:
    """(wall seconds, requests, client CPU seconds) of listing a fresh set."""
    set_id = world.subject_set(world.project(), subjects)
    got: list[str] = []
    cpu = time.process_time()
    seconds, requests = world.count(lambda: got.extend(run(set_id)))
    cpu = time.process_time() - cpu
    if len(set(got)) != subjects:
        raise RuntimeError(f"{run.__name__} listed {len(set(got))} of {subjects} subjects")
    return seconds, requests, cpu


def run_async_listing(world: RemoteWorld, subjects: int = SUBJECTS, repeats: int = 3) -> Row:
    """Row 6: medians of ``repeats`` runs of each way."""
    pages = -(-subjects // 100)
    client = Panoptes.client()
    token = client.get_bearer_token()

    def bare(set_id: str) -> list[str]:
        return _bare_httpx_ids(client.endpoint, token, set_id, pages)

    runs: dict[str, list[tuple[float, int, float]]] = {"sync": [], "async": [], "httpx": []}
    for _ in range(repeats):
        runs["sync"].append(_measured(world, _sync_ids, subjects))
        runs["async"].append(_measured(world, _async_ids, subjects))
        runs["httpx"].append(_measured(world, bare, subjects))

    def median(way: str, at: int) -> float:
        return float(statistics.median(run[at] for run in runs[way]))

    requests = {way: max(run[1] for run in runs[way]) for way in runs}
    cpu_ms = {way: 1000 * median(way, 2) / max(1, requests[way]) for way in runs}
    row = Row("6", f"List {subjects:,} subjects: Subject.where (peer column) vs aio.Subject.where",
              median("sync", 0), requests["sync"], median("async", 0), requests["async"])
    row.checks += [
        Check("async as fast as sync (info)", f"{row.ratio or 0:.2f}x", None),
        Check("client CPU per request (info)",
              f"sync {cpu_ms['sync']:.2f} ms, async {cpu_ms['async']:.2f} ms, bare httpx loop "
              f"{cpu_ms['httpx']:.2f} ms", None),
        Check("same requests as the bare loop", f"{requests['sync']} / {requests['async']} / "
              f"{requests['httpx']}", requests["sync"] == requests["async"] == requests["httpx"]),
    ]
    row.note = (f"row 6: the bare httpx loop sends the {pages} page requests one after another "
                f"in {median('httpx', 0):.2f} s; sync and async prefetch 4 pages at a time")
    return row
