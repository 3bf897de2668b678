"""zoo_sdk.aio over HTTP against the emulator: the sync rules (changes only, own ETag, lost
replies, retries) awaited, concurrent page prefetch, and no hidden loading."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from zoo_sdk import Panoptes, RetryPolicy, aio
from zoo_sdk import Project as SyncProject
from zoo_sdk import Subject as SyncSubject
from zoo_sdk import errors as zoo_errors
from zoo_sdk.emulator import Emulator, FaultPlan, FaultRule

from .helpers import run_async

FAST = RetryPolicy(max_attempts=3, backoff_base=0.01, backoff_max=0.02)


@pytest.fixture
def signed_in(emu: Emulator) -> Iterator[Panoptes]:
    client = Panoptes.connect(username="alice", password="secret", endpoint=emu.url, retry=FAST)
    yield client
    Panoptes._default = None
    client.close()


def test_create_find_update_reload_delete(signed_in: Panoptes, emu: Emulator) -> None:
    async def story() -> None:
        project = aio.Project()
        project.display_name = "Async project"
        project.description = "made with await"
        project.primary_language = "en"
        project.private = False
        await project.save()
        assert project.id and project.display_name == "Async project"

        found = await aio.Project.find(project.id)
        assert found == project and found.description == "made with await"
        emu.reset_requests()
        found.display_name = "Renamed"
        await found.save()  # its own ETag: one PUT, nothing read first
        assert emu.requests == {("PUT", "/api/projects/{id}"): 1}
        await project.reload()
        assert project.display_name == "Renamed"
        await project.delete()
        with pytest.raises(zoo_errors.NotFoundError):
            await aio.Project.find(project.id)

    run_async(story)


def test_a_reference_never_loads_behind_an_attribute_read(signed_in: Panoptes,
                                                         emu: Emulator) -> None:
    made = emu.seed.world("alice", subjects=1)

    async def story() -> tuple[str, str]:
        reference = aio.Project(made.project.id)
        emu.reset_requests()
        with pytest.raises(zoo_errors.NotLoadedError, match=r"await obj\.reload"):
            reference.display_name  # noqa: B018 - the read is the test
        assert emu.requests == {}  # nothing was requested
        await reference.reload()
        return str(reference.id), str(reference.display_name)

    project_id, name = run_async(story)
    assert project_id == str(made.project.id) and name == SyncProject(project_id).display_name


def test_where_prefetches_pages_concurrently_in_server_order(signed_in: Panoptes,
                                                            emu: Emulator) -> None:
    made = emu.seed.world("alice", subjects=250)
    set_id = made.subject_set.id
    expected = [s.id for s in SyncSubject.where(subject_set_id=set_id)]
    emu.faults = FaultPlan(rules=[FaultRule("GET /api/subjects", "502", times=1)])

    async def listed() -> tuple[list[str | None], int | None]:
        pages = aio.Subject.where(subject_set_id=set_id)
        ids = [subject.id async for subject in pages]
        return ids, pages.count

    emu.reset_requests()
    ids, count = run_async(listed)
    assert ids == expected and len(ids) == 250 and count == 250
    assert emu.requests[("GET", "/api/subjects")] == 3 + 1  # 3 pages, one retried 502
    subject = run_async(lambda: aio.Subject.find(ids[0]))
    assert subject.metadata == SyncSubject.find(ids[0]).metadata


def test_a_lost_create_reply_is_an_ambiguous_write_never_resent(signed_in: Panoptes,
                                                               emu: Emulator) -> None:
    emu.faults = FaultPlan(rules=[FaultRule("POST /api/projects", "lost-reply", times=1)])

    async def create() -> None:
        project = aio.Project()
        project.display_name = "Lost"
        project.description = "d"
        project.primary_language = "en"
        project.private = False
        await project.save()

    emu.reset_requests()
    with pytest.raises(zoo_errors.AmbiguousWriteError, match="may have been created"):
        run_async(create)
    assert emu.requests[("POST", "/api/projects")] == 1
    assert [p.display_name for p in SyncProject.where(display_name="Lost")] == ["Lost"]


def test_a_stale_update_is_refused_as_in_sync(signed_in: Panoptes, emu: Emulator) -> None:
    made = emu.seed.world("alice", subjects=1)

    async def race() -> None:
        mine = (await aio.Project.find(made.project.id))
        theirs = SyncProject.find(made.project.id)
        theirs.display_name = "Theirs"
        theirs.save()
        mine.display_name = "Mine"
        await mine.save()

    with pytest.raises(zoo_errors.PreconditionFailedError):
        run_async(race)
    assert SyncProject.find(made.project.id).display_name == "Theirs"


def test_exports_generate_wait_and_save_as_in_sync(signed_in: Panoptes, emu: Emulator,
                                                   tmp_path: Path) -> None:
    made = emu.seed.world("alice", subjects=4)

    async def export() -> tuple[int, dict[str, object]]:
        project = await aio.Project.find(made.project.id)
        opened = await project.get_export("subjects", generate=True, wait_timeout=30)
        async with opened:
            written = await opened.save(tmp_path / "subjects.csv")
        return written, opened.description

    written, description = run_async(export)
    on_disk = (tmp_path / "subjects.csv").read_bytes()
    assert written == len(on_disk) and on_disk.count(b"\n") == 5
    assert SyncProject(made.project.id).get_export("subjects").content == on_disk
    assert description["metadata"]["state"] == "ready"  # type: ignore[index]
    assert not list(tmp_path.glob(".zoo-export-*"))


def test_an_export_wait_times_out_with_the_sync_error(signed_in: Panoptes,
                                                      emu: Emulator) -> None:
    made = emu.seed.world("alice", subjects=1)
    emu.export_delay = 60

    async def wait() -> None:
        project = await aio.Project.find(made.project.id)
        await project.generate_export("classifications")
        await project.wait_export("classifications", timeout=0.3, poll=0.05)

    with pytest.raises(zoo_errors.ExportTimeoutError, match="state 'creating'"):
        run_async(wait)
    with pytest.raises(zoo_errors.ValidationError, match="no async twin"):
        run_async(lambda: aio.Project(made.project.id).describe_export("talk_comments"))
