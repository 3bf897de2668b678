"""``await aio.SubjectSet.upload(...)`` over HTTP against the emulator: the sync upload's
requests, batching and journal on asyncio tasks, lost replies, random faults, cancellation and
resume without duplicates."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from zoo_sdk import Panoptes, RetryPolicy, Subject, SubjectSet, UploadError, aio
from zoo_sdk.emulator import Emulator, FaultPlan, FaultRule

from .helpers import allow_uploads, make_project, make_subject_set, png_bytes, run_async

FAST = RetryPolicy(max_attempts=4, backoff_base=0.01, backoff_max=0.05)


@pytest.fixture
def signed_in(emu: Emulator) -> Iterator[Panoptes]:
    allow_uploads(emu, "alice")
    client = Panoptes.connect(username="alice", password="secret", endpoint=emu.url, retry=FAST)
    yield client
    Panoptes._default = None
    client.close()


def media(folder: Path, count: int, files: int = 2) -> list[dict[str, Any]]:
    items = []
    for i in range(count):
        paths = []
        for j in range(files):
            path = folder / f"s{i}-{j}.png"
            path.write_bytes(png_bytes(i * files + j))
            paths.append(path)
        items.append({"locations": paths, "metadata": {"n": i}, "key": f"item-{i}"})
    return items


def blob(url: str) -> bytes:
    return httpx.get(url).content


def assert_uploaded(subject_set: SubjectSet, result_subjects: dict[str, str],
                    items: list[dict[str, Any]]) -> None:
    """Every item is one subject, linked once, holding exactly its files."""
    project_id = subject_set.raw["links"]["project"]
    stored = list(Subject.where(project_id=project_id))
    assert len(stored) == len(items)  # nothing created twice
    members = {s.id for s in SubjectSet.find(subject_set.id).subjects}
    assert members == set(result_subjects.values())
    by_key = {item["key"]: item["locations"] for item in items}
    for key, subject_id in result_subjects.items():
        urls = [next(iter(loc.values())) for loc in Subject.find(subject_id).locations]
        assert [blob(u) for u in urls] == [p.read_bytes() for p in by_key[key]]


def test_async_upload_sends_what_the_sync_one_sends(
    signed_in: Panoptes, emu: Emulator, tmp_path: Path
) -> None:
    subject_set = make_subject_set(make_project())
    items = media(tmp_path, 120)
    seen: list[int] = []
    emu.reset_requests()

    async def upload() -> Any:
        target = await aio.SubjectSet.find(subject_set.id)
        return await target.upload(items, concurrency=8,
                                   progress=lambda p: seen.append(p.linked))

    result = run_async(upload)
    assert len(result.subjects) == 120 and not result.failures
    assert seen[-1] == 120
    assert emu.requests[("POST", "/api/subjects")] == 12  # 10 subjects per create request
    assert emu.requests[("PUT", "/blobs/{key}")] == 240  # streamed by the async client
    assert emu.requests[("POST", "/api/subject_sets/{subject_set_id}/links/subjects")] == 2
    assert emu.requests.total == 1 + 12 + 240 + 2  # the find, then the upload's own requests
    assert_uploaded(subject_set, result.subjects, items)
    assert Subject.find(result.subjects["item-7"]).metadata["n"] == 7


def test_async_upload_finds_lost_creates_instead_of_creating_twice(
    signed_in: Panoptes, emu: Emulator, tmp_path: Path
) -> None:
    subject_set = make_subject_set(make_project())
    items = media(tmp_path, 30, files=1)
    emu.faults = FaultPlan(rules=[FaultRule("POST /api/subjects", "lost-reply", times=2)])
    result = run_async(lambda: aio.SubjectSet(subject_set.raw).upload(items, concurrency=4))
    assert emu.faults.total == 2  # two creates acted on the server, their replies lost
    emu.faults = None
    assert len(result.subjects) == 30
    assert_uploaded(subject_set, result.subjects, items)


def test_async_upload_under_random_faults_completes_on_resume(
    signed_in: Panoptes, emu: Emulator, tmp_path: Path
) -> None:
    subject_set = make_subject_set(make_project())
    items = media(tmp_path, 60)
    emu.faults = FaultPlan(seed=11, rules=[
        FaultRule("POST /api/subjects", "503", rate=0.2),
        FaultRule("POST /api/subjects", "lost-reply", rate=0.1),
        FaultRule("PUT /blobs/*", "reset", rate=0.15),
        FaultRule("POST /api/subject_sets/*", "502", rate=0.3),
        FaultRule("GET *", "500", rate=0.1),
    ])
    journal = tmp_path / "upload.jsonl"
    failures: list[str] = []
    for _ in range(8):
        try:
            result = run_async(lambda: aio.SubjectSet(subject_set.raw).upload(
                items, concurrency=8, journal=journal))
            break
        except UploadError as exc:
            failures.append(str(exc))
    else:
        pytest.fail(f"no complete run in 8 attempts: {failures[-1]}")
    assert emu.faults.total > 20  # the faults really bit (and were survived)
    emu.faults = None
    assert len(result.subjects) == 60
    assert_uploaded(subject_set, result.subjects, items)


def test_a_cancelled_async_upload_resumes_without_duplicates(tmp_path: Path) -> None:
    with Emulator(users={"alice": "secret"}, latency_ms=20) as emu:
        allow_uploads(emu, "alice")
        client = Panoptes.connect(username="alice", password="secret", endpoint=emu.url)
        try:
            subject_set = make_subject_set(make_project())
            items = media(tmp_path, 150, files=1)
            journal = tmp_path / "upload.jsonl"

            def linked() -> int:
                lines = journal.read_text().splitlines() if journal.exists() else []
                return sum('"s":"linked"' in line for line in lines)

            async def cancel_midway() -> None:
                upload = asyncio.ensure_future(aio.SubjectSet(subject_set.raw).upload(
                    items, concurrency=4, journal=journal))
                while linked() < 100 and not upload.done():
                    await asyncio.sleep(0.01)
                upload.cancel()
                with pytest.raises(asyncio.CancelledError):
                    await upload

            run_async(cancel_midway)
            records = [json.loads(line) for line in journal.read_text().splitlines() if line]
            states = {r["k"]: r["s"] for r in records if "k" in r}
            assert 0 < list(states.values()).count("linked") < 150  # really stopped midway
            assert "creating" in states.values() or "created" in states.values()
            emu.reset_requests()
            result = run_async(lambda: aio.SubjectSet(subject_set.raw).upload(
                items, concurrency=4, journal=journal))
            assert len(result.subjects) == 150
            assert result.progress is not None and result.progress.skipped >= 100
            assert_uploaded(subject_set, result.subjects, items)
        finally:
            Panoptes._default = None
            client.close()


def test_async_upload_reports_failures_after_linking_the_rest(
    signed_in: Panoptes, emu: Emulator, tmp_path: Path
) -> None:
    subject_set = make_subject_set(make_project())
    items = media(tmp_path, 12, files=1)
    emu.faults = FaultPlan(rules=[FaultRule("PUT /blobs/*", "502", times=4 * FAST.max_attempts)])
    with pytest.raises(UploadError, match=r"^4 of 12 items failed") as caught:
        run_async(lambda: aio.SubjectSet(subject_set.raw).upload(items, concurrency=1, rounds=1))
    assert "same journal" in str(caught.value)  # four blobs failed every attempt
    assert SubjectSet.find(subject_set.id).set_member_subjects_count == 8
