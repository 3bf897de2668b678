"""Scenario 2c: the bulk upload sync (``SubjectSet.upload``) and async (``await
aio.SubjectSet.upload``), the same items, concurrency and requests; for each, the wall time over
the latency floor (requests x latency / concurrency) and the client's own CPU time per request,
next to a bare httpx loop sending the same kinds of request (creates of 10, blob PUTs, a link).

The emulator runs in its own process (``RemoteWorld``), so ``time.process_time()`` here is the
client's CPU only. Each way uploads into its own fresh project and set.

>>> row = run_async_upload(world, groups, concurrency=32, latency_ms=25)   # doctest: +SKIP
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx

from benchmarks.report import Check, Row
from benchmarks.world import RemoteWorld
from zoo_sdk import Panoptes, SubjectSet, aio
from zoo_sdk.panoptes.client import ACCEPT

#: Aim (reported, not a gate): wall time within this many times the latency floor.
FLOOR_AIM = 1.5
#: Subjects the bare httpx loop uploads one request after another (its CPU per request).
BARE_SUBJECTS = 50


def _items(groups: list[list[Path]]) -> list[dict[str, Any]]:
    return [{"locations": paths, "metadata": {"n": n}} for n, paths in enumerate(groups)]


def _sync_upload(set_id: str, groups: list[list[Path]], concurrency: int) -> None:
    SubjectSet.find(set_id).upload(_items(groups), concurrency=concurrency)


def _async_upload(set_id: str, groups: list[list[Path]], concurrency: int) -> None:
    async def upload() -> None:
        try:
            subject_set = await aio.SubjectSet.find(set_id)
            await subject_set.upload(_items(groups), concurrency=concurrency)
        finally:
            client = Panoptes.client()
            if client._async_http is not None:  # a fresh pool per event loop
                await client._async_http.aclose()
                client._async_http = None

    asyncio.run(upload())


def _bare_httpx_upload(url: str, token: str | None, project_id: str, set_id: str,
                       groups: list[list[Path]]) -> None:
    """Creates of 10, each subject's PUTs, one link request: nothing but httpx and json."""
    headers = {"Accept": ACCEPT, "Content-Type": "application/json",
               **({"Authorization": f"Bearer {token}"} if token else {})}
    ids: list[str] = []
    with httpx.Client(base_url=url, headers=headers) as api, httpx.Client() as blobs:
        for start in range(0, len(groups), 10):
            batch = groups[start:start + 10]
            body = {"subjects": [{"locations": ["image/png"] * len(paths), "metadata": {"n": n},
                                  "links": {"project": project_id}}
                                 for n, paths in enumerate(batch, start)]}
            created = api.post("/api/subjects", json=body).raise_for_status().json()["subjects"]
            for subject, paths in zip(created, batch, strict=True):
                ids.append(str(subject["id"]))
                for location, path in zip(subject["locations"], paths, strict=True):
                    blobs.put(location["image/png"], content=path.read_bytes(), headers={
                        "Content-Type": "image/png", "x-ms-blob-type": "BlockBlob",
                    }).raise_for_status()
        api.post(f"/api/subject_sets/{set_id}/links/subjects",
                 json={"subjects": ids}).raise_for_status()


def _measured(world: RemoteWorld, upload: Callable[[str, str], None], expected: int
              ) -> tuple[float, int, float]:
    """(wall seconds, requests, client CPU seconds) of one upload into a fresh set."""
    project_id = world.project()
    set_id = world.subject_set(project_id)
    cpu = time.process_time()
    seconds, requests = world.count(lambda: upload(project_id, set_id))
    cpu = time.process_time() - cpu
    if (count := world.members(set_id)) != expected:
        raise RuntimeError(f"subject set {set_id} holds {count} subjects, expected {expected}")
    return seconds, requests, cpu


def run_async_upload(world: RemoteWorld, groups: list[list[Path]], concurrency: int,
                     latency_ms: float) -> Row:
    """Row 2c: the sync upload (peer column) and the async one, then the bare loop."""
    token = Panoptes.client().get_bearer_token()
    sync = _measured(world, lambda _, s: _sync_upload(s, groups, concurrency), len(groups))
    aio_ = _measured(world, lambda _, s: _async_upload(s, groups, concurrency), len(groups))
    bare_groups = groups[:BARE_SUBJECTS]
    bare = _measured(world, lambda p, s: _bare_httpx_upload(world.url, token, p, s, bare_groups),
                     len(bare_groups))
    files = len(groups[0]) if groups else 0
    row = Row("2c", f"Bulk upload {len(groups)} subjects x {files} PNGs: upload() (peer column) "
              f"vs aio upload(), concurrency={concurrency}", sync[0], sync[1], aio_[0], aio_[1])

    def floor(way: tuple[float, int, float]) -> float:
        return way[1] * latency_ms / 1000 / concurrency

    def cpu_ms(way: tuple[float, int, float]) -> float:
        return 1000 * way[2] / max(1, way[1])

    row.checks += [
        Check("async as fast as sync (info)", f"{row.ratio or 0:.2f}x", None),
        Check(f"wall / latency floor (aim <= {FLOOR_AIM:g}x, info)",
              f"sync {sync[0] / floor(sync):.2f}x, async {aio_[0] / floor(aio_):.2f}x "
              f"(floor {floor(sync):.2f} s)" if latency_ms > 0 else "no latency: no floor",
              None),
        Check("CPU floor: requests x bare httpx CPU/request (info)",
              f"{sync[1] * cpu_ms(bare) / 1000:.2f} s", None),
        Check("client CPU per request (info)",
              f"sync {cpu_ms(sync):.2f} ms, async {cpu_ms(aio_):.2f} ms, bare httpx loop "
              f"{cpu_ms(bare):.2f} ms", None),
        Check("same requests sync and async", f"{sync[1]} / {aio_[1]}", sync[1] == aio_[1]),
    ]
    row.note = (f"row 2c: latency floor = requests x {latency_ms:g} ms / {concurrency}; the bare "
                f"httpx loop uploads {len(bare_groups)} subjects one request after another "
                f"({bare[1]} requests in {bare[0]:.2f} s)")
    return row
