"""Scenario 2b: the ported panoptes_client upload script, unchanged, run by both clients.

The script is the one the panoptes_client docs give: inside ``Subject.async_saves()`` each
subject gets ``add_location`` twice and ``save()``; after the block ``subject_set.add(subjects)``.
Only the imported module differs (``panoptes_client`` or ``zoo_sdk``). Each client gets its own
project and set; both are fetched before the clock starts.

>>> row = run_compat_upload(world, groups)     # doctest: +SKIP
>>> row.ratio                                  # doctest: +SKIP
9.1
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from benchmarks import peer
from benchmarks.report import Check, Row
from benchmarks.world import RemoteWorld
from zoo_sdk import Project, Subject, SubjectSet

#: Target: the unchanged script at least this many times faster than with panoptes_client.
MIN_RATIO = 8.0


def run_compat_upload(world: RemoteWorld, groups: list[list[Path]]) -> Row:
    """Row 2b: the same ``async_saves`` + ``add`` script with each client."""
    peer_seconds, peer_requests = _timed(world, groups, peer.Project, peer.SubjectSet,
                                         peer.Subject)
    zoo_seconds, zoo_requests = _timed(world, groups, Project, SubjectSet, Subject)
    files = len(groups[0]) if groups else 0
    row = Row(
        "2b",
        f"Ported script: async_saves + add, {len(groups)} subjects x {files} PNGs",
        peer_seconds,
        peer_requests,
        zoo_seconds,
        zoo_requests,
    )
    ratio = row.ratio or 0.0
    row.checks.append(Check(f">= {MIN_RATIO:g}x faster", f"{ratio:.1f}x", ratio >= MIN_RATIO))
    return row


def ported_script(subject_cls: Any, project: Any, subject_set: Any,
                  groups: list[list[Path]]) -> list[Any]:
    """The documented panoptes_client script, written once for either client's classes."""
    subjects: list[Any] = []
    with subject_cls.async_saves():
        for n, paths in enumerate(groups):
            subject = subject_cls()
            subject.links.project = project
            for path in paths:
                subject.add_location(str(path))
            subject.metadata.update({"n": n})
            subject.save()
            subjects.append(subject)
    subject_set.add(subjects)
    return subjects


def _timed(world: RemoteWorld, groups: list[list[Path]], project_cls: Any,
           subject_set_cls: Any, subject_cls: Any) -> tuple[float, int]:
    project_id = world.project()
    project = project_cls.find(project_id)
    subject_set = subject_set_cls.find(world.subject_set(project_id))
    result = world.count(lambda: ported_script(subject_cls, project, subject_set, groups))
    count = world.members(str(subject_set.id))
    if count != len(groups):
        raise RuntimeError(f"subject set {subject_set.id} holds {count} subjects, "
                           f"expected {len(groups)}")
    return result
