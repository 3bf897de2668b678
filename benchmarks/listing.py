"""Scenario 1: list every subject of a 1,000-subject set, touching each subject's ``id``.

Every run reads its own freshly seeded set, so nothing one run fetched helps another.
"""

from __future__ import annotations

import statistics
from collections.abc import Callable, Iterable
from typing import Any

from benchmarks import peer
from benchmarks.report import Check, Row
from benchmarks.world import RemoteWorld
from zoo_sdk import Subject, SubjectSet

Lister = Callable[[str], Iterable[Any]]


def peer_set_subjects(set_id: str) -> Iterable[Any]:
    return peer.SubjectSet.find(set_id).subjects  # type: ignore[no-any-return]


def peer_where(set_id: str) -> Iterable[Any]:
    return peer.Subject.where(subject_set_id=set_id)  # type: ignore[no-any-return]


def zoo_set_subjects(set_id: str) -> Iterable[Any]:
    return SubjectSet.find(set_id).subjects


def zoo_where(set_id: str) -> Iterable[Any]:
    return Subject.where(subject_set_id=set_id)


def run_listing(world: RemoteWorld, subjects: int, repeats: int) -> list[Row]:
    """Rows 1a (``SubjectSet.subjects``) and 1b (``Subject.where``), medians of ``repeats``."""
    project_id = world.project()

    def median(lister: Lister) -> tuple[float, int]:
        runs = [
            _timed(world, lister, world.subject_set(project_id, subjects), subjects)
            for _ in range(repeats)
        ]
        return statistics.median(t for t, _ in runs), max(n for _, n in runs)

    peer_sets, peer_where_ = median(peer_set_subjects), median(peer_where)
    zoo_sets, zoo_where_ = median(zoo_set_subjects), median(zoo_where)
    label = f"{subjects:,} subjects"
    return [
        _row("1a", f"List {label}: SubjectSet.find(id).subjects", peer_sets, zoo_sets, 10),
        _row("1b", f"List {label}: Subject.where(subject_set_id=)", peer_where_, zoo_where_, 4),
    ]


def _timed(world: RemoteWorld, lister: Lister, set_id: str, expected: int) -> tuple[float, int]:
    seen: list[str] = []

    def action() -> None:
        seen.extend(str(subject.id) for subject in lister(set_id))

    seconds, requests = world.count(action)
    if len(set(seen)) != expected:
        raise RuntimeError(f"{lister.__name__} listed {len(set(seen))} of {expected} subjects")
    return seconds, requests


def _row(
    key: str, title: str, peer_run: tuple[float, int], zoo_run: tuple[float, int], factor: float
) -> Row:
    row = Row(key, title, peer_run[0], peer_run[1], zoo_run[0], zoo_run[1])
    ratio = row.ratio or 0.0
    row.checks.append(Check(f">= {factor:g}x faster", f"{ratio:.1f}x", ratio >= factor))
    return row
