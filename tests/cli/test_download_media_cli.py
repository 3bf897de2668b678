"""``zoo subject-set download-media``, run in-process against the emulator."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from zoo_sdk.cli import main
from zoo_sdk.emulator import Emulator
from zoo_sdk.emulator.seeding import png

PASSWORD = "secret"
BLOB_GETS = ("GET", "/blobs/{key}")


@dataclass
class Result:
    code: int
    out: str
    err: str


Run = Callable[..., Result]


@pytest.fixture
def zoo(emu: Emulator, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> Run:
    """``zoo(*args)`` runs the CLI on the emulator (alice's password in the environment)."""
    monkeypatch.setenv("ZOO_CONFIG", str(tmp_path / "config" / "config.json"))
    monkeypatch.setenv("PANOPTES_USERNAME", "alice")
    monkeypatch.setenv("PANOPTES_PASSWORD", PASSWORD)
    capsys.readouterr()

    def run(*args: str) -> Result:
        code = main(["--endpoint", emu.url, *args])
        captured = capsys.readouterr()
        result = Result(code, captured.out, captured.err)
        assert PASSWORD not in result.out + result.err
        assert "Traceback" not in result.err
        return result

    return run


def seeded_set(emu: Emulator, count: int = 5) -> tuple[str, list[str]]:
    """A public project's subject set of ``count`` two-frame subjects; its id and file names."""
    project = emu.seed.project("alice")
    specs = [{"locations": [png(8 + i, 8), png(8 + i, 9)]} for i in range(count)]
    seeded = emu.seed.subject_set(project, subjects=specs)
    names = [f"{sid}_{index}.png" for sid in seeded.subject_ids for index in (0, 1)]
    return seeded.id, names


def test_download_media_writes_the_files_then_resumes(
        zoo: Run, emu: Emulator, tmp_path: Path) -> None:
    set_id, names = seeded_set(emu)
    out = tmp_path / "imgs"

    first = zoo("subject-set", "download-media", set_id, str(out), "--concurrency", "4")

    assert first.code == 0, first.err
    assert sorted(p.name for p in out.glob("*.png")) == sorted(names)
    assert first.out.count("\n") == 1  # the one-line summary
    assert "10 downloaded, 0 skipped" in first.out and "manifest.jsonl" in first.out
    assert "10/10 files" in first.err  # progress goes to stderr
    assert len((out / "manifest.jsonl").read_text().splitlines()) == 10

    emu.reset_requests()
    again = zoo("--json", "subject-set", "download-media", set_id, str(out))
    assert again.code == 0
    summary = json.loads(again.out)
    assert summary["downloaded"] == 0 and summary["skipped"] == 10 and summary["failed"] == 0
    assert emu.requests[BLOB_GETS] == 0

    forced = zoo("subject-set", "download-media", set_id, str(out), "--no-resume")
    assert forced.code == 0 and "10 downloaded" in forced.out
    assert emu.requests[BLOB_GETS] == 10


def test_a_failed_file_exits_1_and_is_named(zoo: Run, emu: Emulator, tmp_path: Path) -> None:
    project = emu.seed.project("alice")
    seeded = emu.seed.subject_set(project, subjects=[
        {"locations": [png(8, 8), {"image/png": f"{emu.url}/blobs/subject_location/gone.png"}]}])
    (subject_id,) = seeded.subject_ids

    result = zoo("subject-set", "download-media", seeded.id, str(tmp_path))

    assert result.code == 1
    assert "1 downloaded, 0 skipped (already complete), 1 failed" in result.out
    assert f"failed: subject {subject_id} location 1 ({subject_id}_1.png)" in result.err
    assert (tmp_path / f"{subject_id}_0.png").read_bytes() == png(8, 8)


def test_bad_output_folder_and_options_are_usage_errors(
        zoo: Run, emu: Emulator, tmp_path: Path) -> None:
    set_id, _ = seeded_set(emu, 1)
    a_file = tmp_path / "notes.txt"
    a_file.write_text("keep me")
    emu.reset_requests()

    refused = zoo("subject-set", "download-media", set_id, str(a_file))
    assert refused.code == 2 and "is a file, not a folder" in refused.err
    zero = zoo("subject-set", "download-media", set_id, str(tmp_path), "--concurrency", "0")
    assert zero.code == 2 and "--concurrency" in zero.err
    assert emu.requests.total == 0 and a_file.read_text() == "keep me"

    missing = zoo("subject-set", "download-media", "999999", str(tmp_path / "imgs"))
    assert missing.code == 1 and "404" in missing.err
