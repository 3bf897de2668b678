"""``Subject.async_saves()`` on the upload pipeline, over HTTP against the emulator.

The ported panoptes_client script stores exactly what saving one subject at a time stores (ids,
metadata, files, set membership); errors surface on leaving the block; a create whose reply was
lost is never sent again; ``subject_set.add`` waits only for the saves it needs.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from zoo_sdk import (
    Panoptes,
    Project,
    RetryPolicy,
    ServerError,
    Subject,
    SubjectSet,
    UploadError,
)
from zoo_sdk.emulator import Emulator, FaultPlan, FaultRule
from zoo_sdk.errors import AmbiguousWriteError, ValidationError
from zoo_sdk.panoptes.uploads import AsyncSaves

from .helpers import allow_uploads, make_project, make_subject_set, png_bytes

FAST = RetryPolicy(max_attempts=3, backoff_base=0.01, backoff_max=0.05)
#: Subjects per scripted upload: enough for several create batches, small enough to be quick.
COUNT = 24
LINKS = ("POST", "/api/subject_sets/{subject_set_id}/links/subjects")


@pytest.fixture
def fast(emu: Emulator) -> Iterator[Panoptes]:
    """Alice, allowed any number of subjects, with quick retries (faults end tests fast)."""
    allow_uploads(emu, "alice")
    client = Panoptes.connect(username="alice", password="secret", endpoint=emu.url, retry=FAST)
    emu.reset_requests()
    try:
        yield client
    finally:
        Panoptes._default = None
        client.close()


@pytest.fixture
def images(tmp_path: Path) -> list[list[Path]]:
    """COUNT pairs of distinct PNG files."""
    groups = []
    for n in range(COUNT):
        pair = []
        for j in range(2):
            path = tmp_path / f"s{n}-{j}.png"
            path.write_bytes(png_bytes(2 * n + j))
            pair.append(path)
        groups.append(pair)
    return groups


def new_subject(project: Project, n: int, *paths: Path) -> Subject:
    subject = Subject()
    subject.links.project = project
    for path in paths:
        subject.add_location(str(path))
    if not paths:
        subject.add_location({"image/png": f"https://example.org/{n}.png"})
    subject.metadata.update({"n": n})
    return subject


def ported_script(project: Project, subject_set: SubjectSet,
                  groups: list[list[Path]]) -> list[Subject]:
    """The panoptes_client docs' upload, as a user ports it (only the import changes)."""
    subjects = []
    with Subject.async_saves():
        for n, paths in enumerate(groups):
            subject = new_subject(project, n, *paths)
            subject.save()
            subjects.append(subject)
    subject_set.add(subjects)
    return subjects


def stored(subject_set: SubjectSet) -> list[tuple[Any, list[str], list[bytes]]]:
    """What the server holds for each member: metadata, media types, file contents."""
    rows = []
    for subject in Subject.where(subject_set_id=subject_set.id):
        types = [next(iter(location)) for location in subject.locations]
        files = [httpx.get(next(iter(loc.values()))).content for loc in subject.locations]
        rows.append((subject.metadata, types, files))
    return sorted(rows, key=lambda row: row[0]["n"])


def test_the_ported_script_stores_what_saving_one_by_one_stores(
    fast: Panoptes, emu: Emulator, images: list[list[Path]]
) -> None:
    project = make_project()
    async_set, one_by_one = make_subject_set(project, "async"), make_subject_set(project, "sync")
    emu.reset_requests()
    subjects = ported_script(project, async_set, images)
    assert all(s.async_save_result for s in subjects)
    assert len({s.id for s in subjects if s.id}) == COUNT
    assert [s.metadata for s in subjects] == [{"n": n} for n in range(COUNT)]
    assert all(not s._media and len(s.locations) == 2 for s in subjects)
    assert emu.requests[("PUT", "/blobs/{key}")] == 2 * COUNT  # each file once
    assert emu.requests[("POST", "/api/subjects")] <= COUNT

    reference = []
    for n, paths in enumerate(images):  # the same subjects, saved one at a time
        subject = new_subject(project, n, *paths)
        subject.save()
        reference.append(subject)
    one_by_one.add(reference)

    assert stored(async_set) == stored(one_by_one)
    assert {s.id for s in Subject.where(subject_set_id=async_set.id)} == {s.id for s in subjects}
    assert SubjectSet.find(async_set.id).set_member_subjects_count == COUNT
    assert len(list(Subject.where(project_id=project.id))) == 2 * COUNT  # no extra subject
    subjects[0].metadata["checked"] = True  # an object from the block saves like any other
    subjects[0].save()
    assert Subject.find(subjects[0].id).metadata == {"n": 0, "checked": True}


def test_saving_outside_the_block_stays_synchronous(fast: Panoptes, emu: Emulator) -> None:
    project = make_project()
    with Subject.async_saves() as pool:
        assert AsyncSaves.current() is pool
        inside = new_subject(project, 0)
        inside.save()
    assert AsyncSaves.current() is None
    assert inside.id is not None and inside.async_save_result is True
    outside = new_subject(project, 1)
    outside.save()
    assert outside.id is not None and outside.async_save_result is False  # never queued
    assert len(list(Subject.where(project_id=project.id))) == 2


def test_errors_surface_on_leaving_the_block(fast: Panoptes, emu: Emulator) -> None:
    project = make_project()
    emu.faults = FaultPlan(rules=[FaultRule("POST /api/subjects", "500", times=1)])
    subjects: list[Subject] = []
    finished_the_loop = False
    with pytest.raises(UploadError, match="of 6 subject saves failed"), Subject.async_saves():
        for n in range(6):
            subjects.append(new_subject(project, n))
            subjects[-1].save()  # queued: never raises here
        finished_the_loop = True
    assert finished_the_loop
    failed = [s for s in subjects if s.id is None]
    assert failed  # the subjects of the one create request the server failed
    for subject in failed:
        with pytest.raises(ServerError):
            subject.async_save_result  # noqa: B018
    assert len(list(Subject.where(project_id=project.id))) == 6 - len(failed)


def test_a_refused_subject_fails_alone(fast: Panoptes, emu: Emulator) -> None:
    project = make_project()
    # The first create is held by the server, so the next saves queue up and share a request.
    emu.faults = FaultPlan(rules=[FaultRule("POST /api/subjects", "stall", times=1,
                                            stall_seconds=0.5)])
    first = new_subject(project, 0)
    refused = Subject()
    refused.links.project = 999999  # no such project: the server refuses (422)
    refused.add_location({"image/png": "https://example.org/x.png"})
    others = [new_subject(project, n) for n in range(1, 5)]
    with pytest.raises(UploadError, match="1 of 6 subject saves failed"), \
            Subject.async_saves(workers=1):
        for subject in [first, refused, *others]:
            subject.save()
    assert refused.id is None and all(s.id for s in [first, *others])  # retried one by one
    with pytest.raises(ValidationError, match="find linked projects"):  # as save() raises
        refused.async_save_result  # noqa: B018
    assert sorted(s.metadata["n"] for s in Subject.where(project_id=project.id)) == [0, 1, 2, 3, 4]


def test_a_lost_reply_creates_no_duplicate(
    fast: Panoptes, emu: Emulator, images: list[list[Path]]
) -> None:
    project = make_project()
    subject_set = make_subject_set(project)
    emu.faults = FaultPlan(rules=[FaultRule("POST /api/subjects", "lost-reply", times=1)])
    subjects = []
    with pytest.raises(UploadError, match="subject saves failed"), Subject.async_saves():
        for n, paths in enumerate(images[:8]):
            subjects.append(new_subject(project, n, *paths))
            subjects[-1].save()
    assert emu.faults.injected["lost-reply"] == 1
    lost = [s for s in subjects if s.id is None]
    assert lost
    on_server = list(Subject.where(project_id=project.id))
    assert len(on_server) == 8  # the lost request's subjects exist once: it was not resent
    for subject in lost:
        with pytest.raises(AmbiguousWriteError, match="may exist") as raised:
            subject.async_save_result  # noqa: B018
        assert [found.metadata for found in raised.value.find()] == [subject.metadata]

    with pytest.raises(UploadError, match=f"{len(lost)} of 8 subjects were not linked"):
        subject_set.add(subjects)  # the others are linked; the lost ones are named
    assert SubjectSet.find(subject_set.id).set_member_subjects_count == 8 - len(lost)


def test_a_failed_upload_is_finished_by_saving_again(
    fast: Panoptes, emu: Emulator, images: list[list[Path]]
) -> None:
    project = make_project()
    subject_set = make_subject_set(project)
    emu.faults = FaultPlan(rules=[FaultRule("PUT /blobs/*", "503")])
    with pytest.raises(UploadError, match="2 of 2 subject saves failed"), Subject.async_saves():
        subjects = [new_subject(project, n, *paths) for n, paths in enumerate(images[:2])]
        for subject in subjects:
            subject.save()
    assert all(s.id for s in subjects)  # created, files missing
    with pytest.raises(UploadError, match="2 of 2 subjects were not linked"):
        subject_set.add(subjects)
    emu.faults = None
    for subject in subjects:
        subject.save()  # synchronous: uploads the files still pending
    subject_set.add(subjects)
    assert [row[2] for row in stored(subject_set)] == [
        [p.read_bytes() for p in paths] for paths in images[:2]
    ]


def test_add_inside_the_block_links_subjects_as_their_saves_end(
    fast: Panoptes, emu: Emulator
) -> None:
    project = make_project()
    subject_set = make_subject_set(project)
    emu.reset_requests()
    with Subject.async_saves():
        subjects = [new_subject(project, n) for n in range(120)]
        for subject in subjects:
            subject.save()
        subject_set.add(subjects)  # waits for the saves it needs, 100 at a time
        assert all(s.id for s in subjects)
        assert SubjectSet.find(subject_set.id).set_member_subjects_count == 120
    assert emu.requests[LINKS] == 2


def test_a_subject_saved_twice_in_the_block_is_created_once(
    fast: Panoptes, emu: Emulator
) -> None:
    project = make_project()
    with Subject.async_saves():
        subject = new_subject(project, 0)
        subject.save()
        subject.metadata["edited"] = True  # after the first save was queued
        subject.save()
    assert subject.async_save_result is True
    (only,) = list(Subject.where(project_id=project.id))
    assert only.id == subject.id
    assert Subject.find(subject.id).metadata == {"n": 0, "edited": True}


def test_a_subject_json_cannot_hold_fails_alone(fast: Panoptes, emu: Emulator) -> None:
    project = make_project()
    with pytest.raises(UploadError, match="1 of 3 subject saves failed"), Subject.async_saves():
        subjects = [new_subject(project, n) for n in range(3)]
        subjects[1].metadata["when"] = float("nan")
        for subject in subjects:
            subject.save()
    assert [s.id is None for s in subjects] == [False, True, False]
    assert len(list(Subject.where(project_id=project.id))) == 2
