"""``subject_set.download_media``: every location on disk, streamed, verified, resumable, with a
manifest; against the emulator's blob route and its injected faults."""

from __future__ import annotations

import hashlib
import json
import os
import random
from collections.abc import Iterator
from pathlib import Path

import pytest

from zoo_sdk import (
    ObjectNotSavedException,
    Panoptes,
    RetryPolicy,
    Subject,
    SubjectSet,
    ValidationError,
)
from zoo_sdk.emulator import Emulator, FaultPlan, FaultRule
from zoo_sdk.errors import ConfigurationError
from zoo_sdk.panoptes import media_download
from zoo_sdk.panoptes.downloads import ATTEMPTS
from zoo_sdk.panoptes.media_download import (
    MANIFEST,
    MediaFile,
    MediaProgress,
    OutputFolderError,
    read_manifest,
)

FAST = RetryPolicy(max_attempts=4, backoff_base=0.01, backoff_max=0.05)
BLOB_GETS = ("GET", "/blobs/{key}")


@pytest.fixture
def fast(emu: Emulator) -> Iterator[Panoptes]:
    """Alice, with quick retries and a short timeout (a stalled blob is retried soon)."""
    client = Panoptes.connect(username="alice", password="secret", endpoint=emu.url,
                              retry=FAST, timeout=1.0)
    try:
        yield client
    finally:
        Panoptes._default = None
        client.close()


def media(seed: int, size: int = 30_000) -> bytes:
    """Distinct PNG-signed bytes (the emulator serves them as image/png)."""
    return b"\x89PNG\r\n\x1a\n" + random.Random(seed).randbytes(size)


def make_set(emu: Emulator, frames: list[int]) -> SubjectSet:
    """A subject set whose subject ``i`` has ``frames[i]`` distinct locations."""
    project = emu.seed.project("alice")
    seed = iter(range(10_000))
    specs = [{"locations": [media(next(seed)) for _ in range(count)],
              "metadata": {"Filename": f"scan-{i:03d}"}} for i, count in enumerate(frames)]
    seeded = emu.seed.subject_set(project, subjects=specs)
    return SubjectSet.find(seeded.id)


def served(emu: Emulator, subject_set: SubjectSet) -> dict[str, bytes]:
    """``{default file name: the bytes the emulator serves}`` for every location of the set."""
    found = {}
    for subject in subject_set.subjects:
        for index, location in enumerate(subject.locations):
            ((mime, url),) = location.items()
            assert mime == "image/png"
            blob = emu.state.blobs.get(url.split("/blobs/", 1)[1])
            assert blob is not None
            found[f"{subject.id}_{index}.png"] = blob.data
    return found


def url_path(subject_set: SubjectSet, file_name: str) -> str:
    """The path of the blob behind a default file name (for a fault rule aimed at it)."""
    subject_id, index = file_name.removesuffix(".png").split("_")
    url = str(next(iter(Subject.find(subject_id).locations[int(index)].values())))
    return "/blobs/" + url.split("/blobs/", 1)[1]


def test_a_full_download_writes_every_location_and_a_manifest(
        fast: Panoptes, emu: Emulator, tmp_path: Path) -> None:
    subject_set = make_set(emu, [2, 1, 3])
    expected = served(emu, subject_set)
    calls: list[MediaProgress] = []
    out = tmp_path / "imgs"  # created

    result = subject_set.download_media(out, concurrency=4, progress=calls.append)

    assert result.ok and len(result.downloaded) == 6 and not result.skipped
    assert {p.name for p in out.iterdir()} == set(expected) | {MANIFEST}
    for file_name, data in expected.items():
        assert (out / file_name).read_bytes() == data
    lines = [json.loads(line) for line in (out / MANIFEST).read_text().splitlines()]
    assert len(lines) == 6
    for line in lines:
        data = expected[line["path"]]
        assert line["path"] == f"{line['subject_id']}_{line['location_index']}.png"
        assert line["mime"] == "image/png" and line["url"].startswith(emu.url + "/blobs/")
        assert line["bytes"] == len(data)
        assert line["sha256"] == hashlib.sha256(data).hexdigest()
        assert line["status"] == "complete" and line["error"] is None
    assert calls[-1].done == calls[-1].total == 6 and calls[-1].downloaded == 6
    assert calls[-1].bytes == sum(len(d) for d in expected.values()) == result.bytes
    assert "6 downloaded, 0 skipped" in str(result)


def test_a_second_run_skips_every_complete_file_without_a_request(
        fast: Panoptes, emu: Emulator, tmp_path: Path) -> None:
    subject_set = make_set(emu, [2, 2])
    first = subject_set.download_media(tmp_path)
    assert len(first.downloaded) == 4
    emu.reset_requests()

    again = subject_set.download_media(tmp_path)

    assert len(again.skipped) == 4 and not again.downloaded and not again.failed
    assert emu.requests[BLOB_GETS] == 0
    assert len(read_manifest(tmp_path)) == 4

    damaged = tmp_path / first.downloaded[0].path  # shorter on disk than the manifest says
    damaged.write_bytes(damaged.read_bytes()[:100])
    emu.reset_requests()
    third = subject_set.download_media(tmp_path)
    assert [r.path for r in third.downloaded] == [first.downloaded[0].path]
    assert emu.requests[BLOB_GETS] == 1
    assert damaged.read_bytes() == served(emu, subject_set)[damaged.name]


def test_without_resume_everything_is_downloaded_again(
        fast: Panoptes, emu: Emulator, tmp_path: Path) -> None:
    subject_set = make_set(emu, [1, 1, 1])
    subject_set.download_media(tmp_path)
    emu.reset_requests()
    again = subject_set.download_media(tmp_path, resume=False)
    assert len(again.downloaded) == 3 and not again.skipped
    assert emu.requests[BLOB_GETS] == 3


def test_a_body_cut_short_is_continued_with_a_range_request(
        fast: Panoptes, emu: Emulator, tmp_path: Path) -> None:
    subject_set = make_set(emu, [1, 1])
    expected = served(emu, subject_set)
    victim = sorted(expected)[0]
    emu.faults = FaultPlan(rules=[FaultRule(f"GET {url_path(subject_set, victim)}", "truncated",
                                            times=1)])
    emu.reset_requests()

    result = subject_set.download_media(tmp_path)

    assert result.ok and emu.faults.injected["truncated"] == 1
    resumed = {r.path: r.resumed_from for r in result.downloaded}
    assert resumed[victim] == len(expected[victim]) // 2  # the first half was kept
    assert resumed[sorted(expected)[1]] == 0
    assert emu.requests[BLOB_GETS] == 3
    for file_name, data in expected.items():
        assert (tmp_path / file_name).read_bytes() == data
    record = next(r for r in read_manifest(tmp_path) if r.path == victim)
    assert record.sha256 == hashlib.sha256(expected[victim]).hexdigest()
    assert not list(tmp_path.glob("*.part*"))


def test_an_interrupted_part_file_is_resumed_by_the_next_run(
        fast: Panoptes, emu: Emulator, tmp_path: Path) -> None:
    subject_set = make_set(emu, [1])
    ((victim, data),) = served(emu, subject_set).items()
    emu.faults = FaultPlan(rules=[FaultRule("GET /blobs/*", "truncated")])
    cut = media_download.download_media(subject_set.subjects, tmp_path, attempts=1)
    assert [r.path for r in cut.failed] == [victim] and not (tmp_path / victim).exists()
    kept = (tmp_path / (victim + ".part")).stat().st_size
    assert kept == len(data) // 2
    assert read_manifest(tmp_path)[0].status == "failed"

    emu.faults = None
    result = subject_set.download_media(tmp_path)

    assert [(r.path, r.resumed_from) for r in result.downloaded] == [(victim, kept)]
    assert (tmp_path / victim).read_bytes() == data
    assert read_manifest(tmp_path)[0].status == "complete"


def test_a_200_answer_to_the_range_request_restarts_from_zero(
        fast: Panoptes, emu: Emulator, tmp_path: Path) -> None:
    """The server does not honour the range (here: the file changed, so If-Range fails and the
    whole body comes with 200): the kept bytes are dropped, never spliced with the new ones."""
    subject_set = make_set(emu, [1])
    ((victim, _),) = served(emu, subject_set).items()
    emu.faults = FaultPlan(rules=[FaultRule("GET /blobs/*", "truncated")])
    media_download.download_media(subject_set.subjects, tmp_path, attempts=1)
    assert (tmp_path / (victim + ".part")).exists()
    key = url_path(subject_set, victim).removeprefix("/blobs/")
    emu.faults = None
    changed = media(999, size=20_000)
    emu.state.blobs.put(key, changed, "image/png")

    result = subject_set.download_media(tmp_path)

    assert [(r.path, r.resumed_from) for r in result.downloaded] == [(victim, 0)]
    assert (tmp_path / victim).read_bytes() == changed
    assert result.downloaded[0].sha256 == hashlib.sha256(changed).hexdigest()


def test_a_file_shorter_than_its_content_length_is_an_error_never_kept(
        fast: Panoptes, emu: Emulator, tmp_path: Path) -> None:
    subject_set = make_set(emu, [1, 1, 1])
    expected = served(emu, subject_set)
    victim = sorted(expected)[1]
    emu.faults = FaultPlan(rules=[FaultRule(f"GET {url_path(subject_set, victim)}",
                                            "truncated")])

    result = subject_set.download_media(tmp_path, concurrency=3)

    assert [r.path for r in result.failed] == [victim]
    assert emu.faults.injected["truncated"] == ATTEMPTS  # retried, then given up
    assert "could not download" in (result.failed[0].error or "")
    assert not (tmp_path / victim).exists()
    assert len(result.downloaded) == 2  # the others went on
    records = {r.path: r for r in read_manifest(tmp_path)}
    assert records[victim].status == "failed" and records[victim].sha256 is None
    assert all(records[name].status == "complete" for name in expected if name != victim)


@pytest.mark.parametrize("kind", ["500", "reset", "stall"])
def test_transient_blob_failures_are_retried(
        fast: Panoptes, emu: Emulator, tmp_path: Path, kind: str) -> None:
    subject_set = make_set(emu, [1, 1])
    expected = served(emu, subject_set)
    emu.faults = FaultPlan(rules=[FaultRule("GET /blobs/*", kind, times=2, stall_seconds=3)])

    result = subject_set.download_media(tmp_path, concurrency=2)

    assert result.ok and len(result.downloaded) == 2
    assert emu.faults.injected[kind] == 2
    for file_name, data in expected.items():
        assert (tmp_path / file_name).read_bytes() == data


def test_a_missing_blob_fails_its_file_only(fast: Panoptes, emu: Emulator, tmp_path: Path) -> None:
    project = emu.seed.project("alice")
    seeded = emu.seed.subject_set(project, subjects=[
        {"locations": [media(1), {"image/png": f"{emu.url}/blobs/subject_location/gone.png"}]}])
    subject_set = SubjectSet.find(seeded.id)

    result = subject_set.download_media(tmp_path)

    subject_id = seeded.subject_ids[0]
    assert [r.path for r in result.downloaded] == [f"{subject_id}_0.png"]
    assert [r.path for r in result.failed] == [f"{subject_id}_1.png"]
    assert "404" in (result.failed[0].error or "")


def test_many_subjects_on_many_threads(fast: Panoptes, emu: Emulator, tmp_path: Path) -> None:
    project = emu.seed.project("alice")
    seeded = emu.seed.subject_set(project, subjects=150)  # two pages of subjects
    subject_set = SubjectSet.find(seeded.id)
    expected = served(emu, subject_set)
    assert len(expected) == 150
    emu.reset_requests()
    calls: list[MediaProgress] = []

    result = subject_set.download_media(tmp_path, concurrency=16, progress=calls.append)

    assert result.ok and len(result.downloaded) == 150
    assert emu.requests[BLOB_GETS] == 150
    for file_name, data in expected.items():
        assert (tmp_path / file_name).read_bytes() == data
    done = [c.done for c in calls]
    assert done == sorted(done) and done[-1] == 150
    assert len(read_manifest(tmp_path)) == 150


def test_custom_names_and_collisions(fast: Panoptes, emu: Emulator, tmp_path: Path) -> None:
    subject_set = make_set(emu, [2, 1])

    def by_filename(file: MediaFile) -> str:
        return f"{file.subject.metadata['Filename']}/frame-{file.index}.{file.extension}"

    result = subject_set.download_media(tmp_path, name=by_filename)
    assert sorted(r.path for r in result.downloaded) == [
        "scan-000/frame-0.png", "scan-000/frame-1.png", "scan-001/frame-0.png"]
    assert (tmp_path / "scan-000" / "frame-1.png").is_file()

    emu.reset_requests()
    with pytest.raises(ValidationError, match="two files would be named"):
        subject_set.download_media(tmp_path / "other", name=lambda f: "same.png")
    with pytest.raises(ValidationError, match="inside the folder"):
        subject_set.download_media(tmp_path / "other", name=lambda f: "../escape.png")
    with pytest.raises(ValidationError, match="reserved"):
        subject_set.download_media(tmp_path / "other", name=lambda f: MANIFEST)
    assert emu.requests[BLOB_GETS] == 0


def test_bad_input_is_refused_before_any_request(
        fast: Panoptes, emu: Emulator, tmp_path: Path) -> None:
    subject_set = make_set(emu, [1])
    a_file = tmp_path / "notes.txt"
    a_file.write_text("keep me")
    emu.reset_requests()

    with pytest.raises(ObjectNotSavedException):
        SubjectSet().download_media(tmp_path)
    with pytest.raises(OutputFolderError, match="is a file") as caught:
        subject_set.download_media(a_file)
    assert isinstance(caught.value, OSError) and caught.value.filename == str(a_file)
    with pytest.raises(OutputFolderError, match="is a file"):
        subject_set.download_media(a_file / "imgs")
    with pytest.raises(ConfigurationError):
        subject_set.download_media(tmp_path, concurrency=0)

    assert emu.requests.total == 0
    assert a_file.read_text() == "keep me"


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0,
                    reason="root may write to any folder")
def test_an_unwritable_folder_is_refused_before_any_request(
        fast: Panoptes, emu: Emulator, tmp_path: Path) -> None:
    subject_set = make_set(emu, [1])
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    emu.reset_requests()
    try:
        with pytest.raises(OutputFolderError, match="permission denied"):
            subject_set.download_media(locked)
        with pytest.raises(OutputFolderError, match="not writable"):
            subject_set.download_media(locked / "imgs")
    finally:
        locked.chmod(0o700)
    assert emu.requests.total == 0


def test_a_manifest_cut_mid_line_is_still_read(
        fast: Panoptes, emu: Emulator, tmp_path: Path) -> None:
    subject_set = make_set(emu, [1, 1])
    subject_set.download_media(tmp_path)
    with open(tmp_path / MANIFEST, "a", encoding="utf-8") as manifest:
        manifest.write('{"subject_id": "1", "location_in')  # as a kill mid-write leaves it
    assert len(read_manifest(tmp_path)) == 2
    emu.reset_requests()
    again = subject_set.download_media(tmp_path)
    assert len(again.skipped) == 2 and emu.requests[BLOB_GETS] == 0
    assert all(json.loads(line) for line in (tmp_path / MANIFEST).read_text().splitlines())


def test_one_subjects_media(fast: Panoptes, emu: Emulator, tmp_path: Path) -> None:
    subject_set = make_set(emu, [3])
    expected = served(emu, subject_set)
    subject_id = next(iter(expected)).split("_")[0]

    result = Subject(subject_id).download_media(tmp_path)

    assert sorted(r.path for r in result.downloaded) == sorted(expected)
    with pytest.raises(ObjectNotSavedException):
        Subject().download_media(tmp_path)


def test_an_interrupted_run_leaves_a_valid_manifest_and_the_next_one_goes_on(
        fast: Panoptes, emu: Emulator, tmp_path: Path) -> None:
    subject_set = make_set(emu, [1] * 12)
    expected = served(emu, subject_set)

    def interrupt(counts: MediaProgress) -> None:
        if counts.done >= 3:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        subject_set.download_media(tmp_path, concurrency=2, progress=interrupt)
    ended = read_manifest(tmp_path)
    assert 3 <= len(ended) < 12 and all(r.status == "complete" for r in ended)
    for line in (tmp_path / MANIFEST).read_text().splitlines():
        json.loads(line)

    result = subject_set.download_media(tmp_path)

    assert len(result.skipped) == len(ended) and len(result.downloaded) == 12 - len(ended)
    for file_name, data in expected.items():
        assert (tmp_path / file_name).read_bytes() == data
    assert not list(tmp_path.glob("*.part*"))
