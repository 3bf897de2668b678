"""Scenario 2: create subjects with two local PNGs each, upload the media, link them to a set.

The peer does it the documented way (``Subject.async_saves()``, ``add_location`` twice,
``save()``, then ``subject_set.add(subjects)``); zoo_sdk calls ``subject_set.upload(items)``.
Each client gets its own project and set; the objects are fetched before the clock starts.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from benchmarks import peer
from benchmarks.report import Check, Row
from benchmarks.world import RemoteWorld
from zoo_sdk import SubjectSet

#: Target: at most 3.01 requests per two-file subject (create + 2 PUTs + links per 100).
MAX_REQUESTS_PER_SUBJECT = 3.01


def run_upload(
    world: RemoteWorld, groups: list[list[Path]], concurrency: int, peer_subset: int | None = None
) -> Row:
    """Row 2. With ``peer_subset`` the peer uploads only that many and its figures are scaled."""
    total = len(groups)
    peer_groups = groups[:peer_subset] if peer_subset else groups
    peer_seconds, peer_requests = _peer_upload(world, peer_groups)
    zoo_seconds, zoo_requests = _zoo_upload(world, groups, concurrency)
    scale = total / len(peer_groups)
    files = len(groups[0]) if groups else 0
    row = Row(
        "2",
        f"Upload {total} subjects x {files} PNGs + link (zoo concurrency={concurrency})",
        peer_seconds * scale,
        round(peer_requests * scale),
        zoo_seconds,
        zoo_requests,
    )
    if scale != 1:
        row.note = (
            f"peer uploaded {len(peer_groups)} of {total} subjects; its time and "
            "requests are scaled linearly"
        )
    ratio = row.ratio or 0.0
    per_subject = zoo_requests / total if total else 0.0
    row.checks += [
        Check(">= 8x faster", f"{ratio:.1f}x", ratio >= 8),
        Check(
            f"<= {MAX_REQUESTS_PER_SUBJECT} zoo req/subject",
            f"{per_subject:.3f}",
            zoo_requests * 100 <= round(MAX_REQUESTS_PER_SUBJECT * 100) * total,
        ),
    ]
    return row


def _peer_upload(world: RemoteWorld, groups: list[list[Path]]) -> tuple[float, int]:
    project_id = world.project()
    project = peer.Project.find(project_id)
    subject_set = peer.SubjectSet.find(world.subject_set(project_id))

    def action() -> None:
        subjects: list[Any] = []
        with peer.Subject.async_saves():
            for n, paths in enumerate(groups):
                subject = peer.Subject()
                subject.links.project = project
                for path in paths:
                    subject.add_location(str(path))
                subject.metadata.update({"n": n})
                subject.save()
                subjects.append(subject)
        subject_set.add(subjects)

    result = world.count(action)
    _check_members(world, str(subject_set.id), len(groups))
    return result


def _zoo_upload(
    world: RemoteWorld, groups: list[list[Path]], concurrency: int
) -> tuple[float, int]:
    subject_set = SubjectSet.find(world.subject_set(world.project()))
    items = [{"locations": paths, "metadata": {"n": n}} for n, paths in enumerate(groups)]
    result = world.count(lambda: subject_set.upload(items, concurrency=concurrency))
    _check_members(world, str(subject_set.id), len(groups))
    return result


def _check_members(world: RemoteWorld, set_id: str, expected: int) -> None:
    count = world.members(set_id)
    if count != expected:
        raise RuntimeError(f"subject set {set_id} holds {count} subjects, expected {expected}")
