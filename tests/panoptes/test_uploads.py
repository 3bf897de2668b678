"""Media uploads: detection, streaming, retries, never-silent failures, bulk upload and resume."""

from __future__ import annotations

import io
import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import httpx
import pytest

from zoo_sdk import (
    Panoptes,
    RetryPolicy,
    ServerError,
    Subject,
    SubjectSet,
    UnknownMediaException,
    UploadError,
)
from zoo_sdk.emulator import Emulator, FaultPlan, FaultRule

from .helpers import allow_uploads, make_project, make_subject_set, png_bytes

FAST = RetryPolicy(max_attempts=4, backoff_base=0.01, backoff_max=0.05)


def blob(url: str) -> bytes:
    return httpx.get(url).content


def test_add_location_detects_and_checks_before_any_request(
    alice: Panoptes, emu: Emulator, tmp_path: Path, pngs: list[Path]
) -> None:
    subject = Subject()
    subject.add_location(pngs[0])
    subject.add_location(io.BytesIO(png_bytes(9)))
    (tmp_path / "notes.json").write_text('{"a": 1}')
    subject.add_location(str(tmp_path / "notes.json"))
    subject.add_location({"video/mp4": "https://example.org/clip.mp4"})
    assert subject.locations == [
        "image/png",
        "image/png",
        "application/json",
        {"video/mp4": "https://example.org/clip.mp4"},
    ]
    (tmp_path / "doc.pdf").write_bytes(b"%PDF-1.7\n\x00\x01binary")
    with pytest.raises(UnknownMediaException):
        subject.add_location(tmp_path / "doc.pdf")
    with pytest.raises(UnknownMediaException):
        subject.add_location(tmp_path / "missing.png")
    (tmp_path / "empty.png").write_bytes(b"")
    with pytest.raises(UnknownMediaException):
        subject.add_location(tmp_path / "empty.png")
    assert emu.requests.total == 0


def test_save_uploads_every_file_in_order(alice: Panoptes, emu: Emulator, pngs: list[Path]) -> None:
    project = make_project()
    subject = Subject()
    subject.links.project = project
    for path in pngs[:3]:
        subject.add_location(path)
    subject.metadata["name"] = "three"
    emu.reset_requests()
    subject.save()
    assert emu.requests[("POST", "/api/subjects")] == 1
    assert emu.requests[("PUT", "/blobs/{key}")] == 3
    stored = Subject.find(subject.id)
    urls = [next(iter(location.values())) for location in stored.locations]
    assert [blob(u) for u in urls] == [p.read_bytes() for p in pngs[:3]]


def test_a_failing_blob_raises_and_save_again_finishes(emu: Emulator, pngs: list[Path]) -> None:
    client = Panoptes.connect(username="alice", password="secret", endpoint=emu.url, retry=FAST)
    try:
        project = make_project()
        emu.faults = FaultPlan(rules=[FaultRule("PUT /blobs/*", "503", times=4)])
        subject = Subject()
        subject.links.project = project
        subject.add_location(pngs[0])
        with pytest.raises(UploadError):
            subject.save()  # the peer logged and carried on: the subject had no media
        assert subject.id is not None
        subject.save()  # the fault plan is spent: the pending upload completes
        url = next(iter(Subject.find(subject.id).locations[0].values()))
        assert blob(url) == pngs[0].read_bytes()
    finally:
        Panoptes._default = None
        client.close()


def test_transient_blob_errors_are_retried(emu: Emulator, pngs: list[Path]) -> None:
    client = Panoptes.connect(username="alice", password="secret", endpoint=emu.url, retry=FAST)
    try:
        project = make_project()
        emu.faults = FaultPlan(
            rules=[
                FaultRule("PUT /blobs/*", "reset", times=1),
                FaultRule("PUT /blobs/*", "502", times=1),
            ]
        )
        emu.reset_requests()
        subject = Subject()
        subject.links.project = project
        subject.add_location(pngs[1])
        subject.save()
        assert emu.requests[("PUT", "/blobs/{key}")] == 3
    finally:
        Panoptes._default = None
        client.close()


def test_creation_posts_are_not_retried_blindly(emu: Emulator) -> None:
    client = Panoptes.connect(username="alice", password="secret", endpoint=emu.url, retry=FAST)
    try:
        project = make_project()
        emu.faults = FaultPlan(rules=[FaultRule("POST /api/subjects", "503", times=1)])
        emu.reset_requests()
        subject = Subject()
        subject.links.project = project
        subject.add_location({"image/png": "https://example.org/a.png"})
        with pytest.raises(ServerError):
            subject.save()
        assert emu.requests[("POST", "/api/subjects")] == 1
        # 429 means the server did nothing: that one is safe to resend.
        emu.faults = FaultPlan(
            rules=[FaultRule("POST /api/subjects", "429", times=1, retry_after=0)]
        )
        subject.save()
        assert subject.id is not None
        assert emu.requests[("POST", "/api/subjects")] == 3
    finally:
        Panoptes._default = None
        client.close()


def test_async_saves_uploads_in_parallel_and_reports_failures(
    alice: Panoptes, emu: Emulator, pngs: list[Path]
) -> None:
    project = make_project()
    subjects = []
    with Subject.async_saves():
        for path in pngs:
            subject = Subject()
            subject.links.project = project
            subject.add_location(path)
            subject.save()
            subjects.append(subject)
    assert all(s.async_save_result for s in subjects)
    assert len({s.id for s in subjects}) == len(pngs)
    emu.faults = FaultPlan(rules=[FaultRule("POST /api/subjects", "500")])
    with pytest.raises(UploadError, match="1 of 1 subject saves failed"), Subject.async_saves():
        subject = Subject()
        subject.links.project = project
        subject.add_location(pngs[0])
        subject.save()


def test_bulk_upload_links_in_batches_and_reports_progress(
    alice: Panoptes, emu: Emulator, tmp_path: Path
) -> None:
    allow_uploads(emu, "alice")
    project = make_project()
    subject_set = make_subject_set(project)
    items = []
    for i in range(120):
        paths = []
        for j in range(2):
            path = tmp_path / f"s{i}-{j}.png"
            path.write_bytes(png_bytes(i * 2 + j))
            paths.append(path)
        items.append({"locations": paths, "metadata": {"n": i}})
    seen = []
    emu.reset_requests()
    result = subject_set.upload(items, concurrency=8, progress=lambda p: seen.append(p.linked))
    assert len(result.subjects) == 120 and not result.failures
    assert seen[-1] == 120
    assert emu.requests[("POST", "/api/subjects")] == 12  # 10 subjects per create request
    assert emu.requests[("PUT", "/blobs/{key}")] == 240
    assert emu.requests[("POST", "/api/subject_sets/{subject_set_id}/links/subjects")] == 2
    assert emu.requests.total == 12 + 240 + 2
    assert SubjectSet.find(subject_set.id).set_member_subjects_count == 120
    subject_set.display_name = "Renamed after the upload"  # its ETag followed the link changes
    subject_set.save()
    assert SubjectSet.find(subject_set.id).display_name == "Renamed after the upload"
    first = Subject.find(result.subjects["0"])
    assert first.metadata["n"] == 0


def test_bulk_upload_checks_every_file_first(
    alice: Panoptes, emu: Emulator, tmp_path: Path
) -> None:
    project = make_project()
    subject_set = make_subject_set(project)
    (tmp_path / "ok.png").write_bytes(png_bytes(1))
    (tmp_path / "bad.bin").write_bytes(b"\x00\x01\x02")
    emu.reset_requests()
    with pytest.raises(UnknownMediaException):
        subject_set.upload([tmp_path / "ok.png", tmp_path / "bad.bin"])
    assert emu.requests.total == 0


RESUMABLE = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from zoo_sdk import Panoptes, SubjectSet
    url, set_id, folder, journal = sys.argv[1:5]
    Panoptes.connect(username="alice", password="secret", endpoint=url)
    paths = sorted(Path(folder).glob("*.png"))
    SubjectSet.find(set_id).upload(
        [{"locations": [p], "key": p.stem} for p in paths], concurrency=4, journal=journal
    )
    print("done")
    """
)


def test_bulk_upload_resumes_after_kill_9_without_duplicates(tmp_path: Path) -> None:
    with Emulator(users={"alice": "secret"}, latency_ms=20) as emu:
        allow_uploads(emu, "alice")
        client = Panoptes.connect(username="alice", password="secret", endpoint=emu.url)
        try:
            project = make_project()
            subject_set = make_subject_set(project)
            folder = tmp_path / "media"
            folder.mkdir()
            for i in range(150):
                (folder / f"{i:03d}.png").write_bytes(png_bytes(i))
            journal = tmp_path / "upload.jsonl"
            script = tmp_path / "upload.py"
            script.write_text(RESUMABLE)
            args = [sys.executable, str(script), emu.url, subject_set.id, str(folder), str(journal)]
            child = subprocess.Popen(args, stdout=subprocess.PIPE, env={**os.environ})
            deadline = time.monotonic() + 30
            while time.monotonic() < deadline:
                lines = journal.read_text().splitlines() if journal.exists() else []
                if sum('"s":"linked"' in line for line in lines) >= 100:
                    break
                time.sleep(0.02)
            os.kill(child.pid, signal.SIGKILL)
            child.wait()
            records = [json.loads(line) for line in journal.read_text().splitlines() if line]
            linked_before = {r["k"] for r in records if r.get("s") == "linked"}
            assert 0 < len(linked_before) < 150  # really interrupted mid-way
            finished = subprocess.run(args, capture_output=True, text=True, timeout=120)
            assert finished.returncode == 0, finished.stderr
            subjects = list(Subject.where(project_id=project.id))
            assert len(subjects) == 150  # nothing created twice
            members = list(SubjectSet.find(subject_set.id).subjects)
            assert len({s.id for s in members}) == 150
        finally:
            Panoptes._default = None
            client.close()


def test_adding_media_to_an_existing_subject(
    alice: Panoptes, emu: Emulator, pngs: list[Path]
) -> None:
    project = make_project()
    subject = Subject()
    subject.links.project = project
    subject.add_location({"image/png": "https://example.org/remote.png"})
    subject.save()
    later = Subject(subject.id)
    later.add_location(pngs[2])
    later.save()
    locations = Subject.find(subject.id).locations
    assert locations[0] == {"image/png": "https://example.org/remote.png"}
    assert blob(next(iter(locations[1].values()))) == pngs[2].read_bytes()


def test_resume_finds_creations_that_were_never_recorded(
    alice: Panoptes, emu: Emulator, tmp_path: Path
) -> None:
    """The process died after the create request reached the server, before the journal
    recorded its answer: the resumed upload finds those subjects instead of creating twins."""
    project = make_project()
    subject_set = make_subject_set(project)
    paths = []
    for i in range(6):
        path = tmp_path / f"{i}.png"
        path.write_bytes(png_bytes(i))
        paths.append(path)
    journal = tmp_path / "upload.jsonl"
    lines = [{"run": "crashedrun01"}] + [{"k": str(i), "s": "creating"} for i in range(3)]
    journal.write_text("".join(json.dumps(line) + "\n" for line in lines))
    for i in range(3):  # what the lost request had created
        subject = Subject()
        subject.links.project = project
        subject.locations = ["image/png"]
        subject.metadata = {"#zoo_upload": f"crashedrun01:{i}"}
        subject.save_without_upload()
    emu.reset_requests()
    result = subject_set.upload(paths, journal=journal)
    assert emu.requests[("POST", "/api/subjects")] == 1  # only items 3-5 are new
    assert emu.requests[("PUT", "/api/subjects/{id}")] == 3  # fresh upload URLs for 0-2
    assert len(list(Subject.where(project_id=project.id))) == 6
    assert sorted(result.subjects) == [str(i) for i in range(6)]
    for key, subject_id in result.subjects.items():
        url = next(iter(Subject.find(subject_id).locations[0].values()))
        assert blob(url) == paths[int(key)].read_bytes()


def test_bulk_upload_under_random_faults_completes_on_resume(emu: Emulator, tmp_path: Path) -> None:
    allow_uploads(emu, "alice")
    client = Panoptes.connect(username="alice", password="secret", endpoint=emu.url, retry=FAST)
    try:
        project = make_project()
        subject_set = make_subject_set(project)
        items = []
        for i in range(60):
            paths = []
            for j in range(2):
                path = tmp_path / f"{i}-{j}.png"
                path.write_bytes(png_bytes(i * 2 + j))
                paths.append(path)
            items.append({"locations": paths, "key": f"item-{i}"})
        emu.faults = FaultPlan(
            seed=7,
            rules=[
                FaultRule("POST /api/subjects", "503", rate=0.2),
                FaultRule("PUT /blobs/*", "reset", rate=0.15),
                FaultRule("POST /api/subject_sets/*", "502", rate=0.3),
                FaultRule("GET *", "500", rate=0.1),
            ],
        )
        journal = tmp_path / "upload.jsonl"
        runs, failures = 0, []
        while runs < 8:
            runs += 1
            try:
                result = subject_set.upload(items, concurrency=8, journal=journal)
                break
            except UploadError as exc:
                failures.append(str(exc))
        else:
            pytest.fail(f"no complete run in {runs} attempts: {failures[-1]}")
        assert emu.faults.total > 20  # the faults really bit (and were survived)
        emu.faults = None
        assert len(result.subjects) == 60
        stored = list(Subject.where(project_id=project.id))
        assert len(stored) == 60  # nothing created twice
        members = {s.id for s in SubjectSet.find(subject_set.id).subjects}
        assert members == set(result.subjects.values())
        paths_by_key = {item["key"]: item["locations"] for item in items}
        for key, subject_id in result.subjects.items():
            urls = [next(iter(loc.values())) for loc in Subject.find(subject_id).locations]
            assert [blob(u) for u in urls] == [p.read_bytes() for p in paths_by_key[key]]
    finally:
        Panoptes._default = None
        client.close()


def test_a_failed_link_batch_is_reported_and_linked_on_resume(
    emu: Emulator, tmp_path: Path
) -> None:
    client = Panoptes.connect(username="alice", password="secret", endpoint=emu.url, retry=FAST)
    try:
        project = make_project()
        subject_set = make_subject_set(project)
        paths = []
        for i in range(5):
            path = tmp_path / f"{i}.png"
            path.write_bytes(png_bytes(i))
            paths.append(path)
        journal = tmp_path / "upload.jsonl"
        route = "POST /api/subject_sets/*/links/subjects"
        emu.faults = FaultPlan(rules=[FaultRule(route, "502", times=FAST.max_attempts)])
        with pytest.raises(UploadError, match="5 of 5 items failed"):
            subject_set.upload(paths, journal=journal, rounds=1)
        assert SubjectSet.find(subject_set.id).set_member_subjects_count == 0
        emu.reset_requests()
        result = subject_set.upload(paths, journal=journal)
        assert len(result.subjects) == 5
        assert emu.requests[("POST", "/api/subjects")] == 0  # nothing created again
        assert emu.requests[("PUT", "/blobs/{key}")] == 0  # nothing uploaded again
        assert SubjectSet.find(subject_set.id).set_member_subjects_count == 5
    finally:
        Panoptes._default = None
        client.close()
