"""Reliability of the Panoptes client under adversity, over HTTP against the emulator: token
rotation under load, client lifecycles, lost replies to creates, bodies that are not what the API
promises, and the journal's hygiene."""

from __future__ import annotations

import json
import stat
import threading
import time
from pathlib import Path

import pytest

from panoptes.helpers import make_project, make_subject_set, png_bytes
from zoo_sdk import Panoptes, Project, Subject, SubjectSet
from zoo_sdk._http import RetryPolicy
from zoo_sdk.emulator import Emulator, FaultPlan, FaultRule
from zoo_sdk.errors import (
    AmbiguousWriteError,
    ClientClosedError,
    InvalidResponseError,
    NotFoundError,
    ServerError,
)
from zoo_sdk.panoptes.uploads import JOURNAL_KEY

FAST = RetryPolicy(max_attempts=4, backoff_base=0.01, backoff_max=0.05)


def test_no_read_is_answered_as_anonymous_while_the_token_rotates() -> None:
    """8 threads read a private project while the 2 s token is refreshed (and the old one
    revoked) every 1.5 s: a request still using a revoked token would read as 404."""
    with Emulator(users={"alice": "secret"}, token_ttl=2) as emu:
        client = Panoptes(username="alice", password="secret", endpoint=emu.url).login()
        with client:
            project = make_project(private=True)
        failures: list[BaseException] = []
        reads = [0]
        deadline = time.monotonic() + 4.0

        def read() -> None:
            with client:
                while time.monotonic() < deadline:
                    try:
                        Project.find(project.id)
                        reads[0] += 1
                    except BaseException as exc:
                        failures.append(exc)

        threads = [threading.Thread(target=read) for _ in range(8)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert not [f for f in failures if isinstance(f, NotFoundError)]
        assert not failures
        assert reads[0] > 200
        assert emu.requests[("POST", "/oauth/token")] >= 3  # sign-in plus at least 2 refreshes
        client.close()


def test_a_closed_client_says_what_closed_it(emu: Emulator) -> None:
    client = Panoptes(username="alice", password="secret", endpoint=emu.url)
    client.close()
    with client, pytest.raises(ClientClosedError, match=r"closed by <Panoptes .*>\.close\(\)"):
        Project.find(1)


def test_a_second_connect_leaves_the_first_client_working(emu: Emulator) -> None:
    first = Panoptes.connect(username="alice", password="secret", endpoint=emu.url)
    try:
        project = make_project()
        second = Panoptes.connect(username="bob", password="hunter22", endpoint=emu.url)
        with first:
            assert Project.find(project.id).display_name == "Test project"
        second.close()
    finally:
        Panoptes._default = None
        first.close()


@pytest.mark.parametrize(
    ("kind", "error"),
    [
        ("html-200", InvalidResponseError),
        ("empty-200", InvalidResponseError),
        ("not-json", InvalidResponseError),
        ("wrong-shape", InvalidResponseError),
        ("redirect", InvalidResponseError),
    ],
)
def test_bodies_that_are_not_the_api_raise_typed_errors(
    emu: Emulator, alice: Panoptes, kind: str, error: type[Exception]
) -> None:
    project = make_project()
    emu.faults = FaultPlan(rules=[FaultRule("GET /api/projects*", kind)])
    with pytest.raises(error) as raised:
        Project.find(project.id)
    assert raised.value.status is not None
    with pytest.raises(error):
        list(Project.where(owner="alice"))


@pytest.mark.parametrize("kind", ["html-503", "truncated", "500"])
def test_html_5xx_and_truncated_bodies_of_reads_are_retried(emu: Emulator, kind: str) -> None:
    client = Panoptes.connect(username="alice", password="secret", endpoint=emu.url, retry=FAST)
    try:
        project = make_project()
        emu.faults = FaultPlan(rules=[FaultRule("GET /api/projects/*", kind, times=2)])
        assert Project.find(project.id).display_name == "Test project"
        assert emu.faults.injected[kind] == 2
        emu.faults = FaultPlan(rules=[FaultRule("GET /api/projects/*", "html-503")])
        with pytest.raises(ServerError, match="HTTP 503"):
            Project.find(project.id)
    finally:
        Panoptes._default = None
        client.close()


@pytest.mark.parametrize("kind", ["lost-reply", "truncated", "stall-after"])
def test_a_lost_reply_to_a_subject_create_is_typed_and_findable(
    emu: Emulator, kind: str
) -> None:
    client = Panoptes.connect(
        username="alice", password="secret", endpoint=emu.url, retry=FAST, timeout=1.0
    )
    try:
        project = make_project()
        emu.faults = FaultPlan(rules=[FaultRule("POST /api/subjects", kind, times=1,
                                                stall_seconds=2.0)])
        subject = Subject()
        subject.links.project = project
        subject.add_location({"image/png": "https://example.org/a.png"})
        subject.metadata["name"] = "a"
        with pytest.raises(AmbiguousWriteError, match="may exist") as raised:
            subject.save()
        time.sleep(1.2 if kind == "stall-after" else 0)
        found = raised.value.find()
        assert [s.metadata for s in found] == [{"name": "a"}]
        assert emu.requests[("POST", "/api/subjects")] == 1  # never resent blindly
    finally:
        Panoptes._default = None
        client.close()


def _upload_world(emu: Emulator, tmp_path: Path, count: int) -> tuple[list[Path], Path]:
    paths = []
    for i in range(count):
        path = tmp_path / f"{i}.png"
        path.write_bytes(png_bytes(i))
        paths.append(path)
    return paths, tmp_path / "upload.jsonl"


def _subjects_of(project: Project) -> list[Subject]:
    return list(Subject.where(project_id=project.id))


@pytest.mark.parametrize("kind", ["lost-reply", "truncated", "500", "reset"])
def test_a_lost_reply_on_bulk_create_creates_nothing_twice(
    emu: Emulator, tmp_path: Path, kind: str
) -> None:
    client = Panoptes.connect(username="alice", password="secret", endpoint=emu.url, retry=FAST)
    try:
        project = make_project()
        subject_set = make_subject_set(project)
        paths, journal = _upload_world(emu, tmp_path, 25)
        emu.faults = FaultPlan(seed=3, rules=[FaultRule("POST /api/subjects", kind, times=2)])
        result = subject_set.upload(paths, journal=journal, concurrency=4)
        assert emu.faults.injected[kind] == 2  # the faults really hit two creates
        assert len(result.subjects) == 25
        subjects = _subjects_of(project)
        assert len(subjects) == 25
        assert sorted(s.metadata[JOURNAL_KEY].split(":")[1] for s in subjects) == sorted(
            str(i) for i in range(25)
        )
        assert SubjectSet.find(subject_set.id).set_member_subjects_count == 25
    finally:
        Panoptes._default = None
        client.close()


def test_unsure_items_are_reconciled_on_resume(emu: Emulator, tmp_path: Path) -> None:
    client = Panoptes.connect(username="alice", password="secret", endpoint=emu.url, retry=FAST)
    try:
        project = make_project()
        subject_set = make_subject_set(project)
        paths, journal = _upload_world(emu, tmp_path, 5)
        emu.faults = FaultPlan(rules=[FaultRule("POST /api/subjects", "lost-reply")])
        with pytest.raises(Exception, match="5 of 5 items failed"):
            subject_set.upload(paths, journal=journal, rounds=1)
        states = [json.loads(line).get("s") for line in journal.read_text().splitlines()]
        assert states.count("unsure") == 5 and "failed" not in states
        emu.faults = None
        result = subject_set.upload(paths, journal=journal)
        assert len(result.subjects) == 5
        assert len(_subjects_of(project)) == 5  # the 5 the lost reply created, found again
    finally:
        Panoptes._default = None
        client.close()


def test_the_journal_is_private_and_holds_no_signed_urls(
    emu: Emulator, alice: Panoptes, tmp_path: Path
) -> None:
    project = make_project()
    subject_set = make_subject_set(project)
    paths, journal = _upload_world(emu, tmp_path, 3)
    subject_set.upload(paths, journal=journal)
    assert stat.S_IMODE(journal.stat().st_mode) == 0o600
    text = journal.read_text()
    assert "sig=" not in text and "http" not in text
