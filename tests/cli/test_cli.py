"""The ``zoo`` command line, run in-process against the emulator."""

from __future__ import annotations

import csv
import json
import stat
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from panoptes.helpers import (
    allow_uploads,
    make_project,
    make_subject_set,
    make_workflow,
    png_bytes,
)

from zoo_sdk import NotFoundError, Project, Subject
from zoo_sdk.cli import main
from zoo_sdk.emulator import Emulator
from zoo_sdk.panoptes.client import Panoptes

PASSWORD = "secret"


@dataclass
class Result:
    code: int
    out: str
    err: str


Run = Callable[..., Result]


@pytest.fixture
def zoo(
    emu: Emulator,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> Run:
    """``zoo(*args)`` runs the CLI as alice (password from the environment) on the emulator."""
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


def sign_ins(emu: Emulator) -> int:
    return emu.requests[("POST", "/users/sign_in")]


def test_help_makes_no_request(zoo: Run, emu: Emulator) -> None:
    for args in (["--help"], ["project", "--help"], ["subject-set", "upload-subjects", "-h"]):
        result = zoo(*args)
        assert result.code == 0 and "usage: zoo" in result.out
    assert emu.requests.total == 0


def test_configure_stores_no_password_in_a_private_file(
    zoo: Run, emu: Emulator, tmp_path: Path
) -> None:
    result = zoo("configure", "--username", "alice")
    assert result.code == 0 and "PANOPTES_PASSWORD" in result.err
    path = tmp_path / "config" / "config.json"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert json.loads(path.read_text()) == {"endpoint": emu.url, "username": "alice"}
    assert PASSWORD not in path.read_text()

    info = zoo("info")
    assert f"endpoint: {emu.url}" in info.out and "username: alice" in info.out
    assert "version: " in info.out
    assert emu.requests.total == 0


def test_public_reads_do_not_sign_in(zoo: Run, alice: Panoptes, emu: Emulator) -> None:
    project = make_project("Galaxy hunt")
    emu.reset_requests()

    info = zoo("project", "info", str(project.id))
    assert info.code == 0 and "display_name: Galaxy hunt" in info.out

    listed = zoo("--json", "project", "ls", "--search", "Galaxy")
    rows = [json.loads(line) for line in listed.out.splitlines()]
    assert [row["id"] for row in rows] == [project.id]
    after = zoo("project", "ls", "--search", "Galaxy", "--json")  # global options go anywhere
    assert after.code == 0 and after.out == listed.out
    assert sign_ins(emu) == 0


def test_project_create_modify_delete(zoo: Run, alice: Panoptes, emu: Emulator) -> None:
    created = zoo("--json", "project", "create", "Bird watch", "Count the birds")
    assert created.code == 0
    project_id = json.loads(created.out)["id"]
    assert Project.find(project_id).description == "Count the birds"

    modified = zoo("project", "modify", project_id, "--display-name", "Bird count", "--private")
    assert modified.code == 0 and "Bird count" in modified.out
    found = Project.find(project_id)
    assert found.display_name == "Bird count" and found.private is True

    assert zoo("project", "delete", project_id, "--force").code == 0
    with pytest.raises(NotFoundError):
        Project.find(project_id)


def test_a_missing_object_prints_one_line_and_exits_1(zoo: Run) -> None:
    result = zoo("project", "info", "999999")
    assert result.code == 1 and result.out == ""
    assert len(result.err.strip().splitlines()) == 1 and "404" in result.err


def test_usage_errors_exit_2(zoo: Run, emu: Emulator) -> None:
    assert zoo("project", "info", "not-an-id").code == 2
    assert zoo("project", "delete", "1").code == 2  # no --force and no terminal to ask
    assert emu.requests.total == 0


def test_upload_subjects_from_a_manifest_is_cheap_and_resumable(
    zoo: Run, alice: Panoptes, emu: Emulator, tmp_path: Path
) -> None:
    allow_uploads(emu, "alice")
    subject_set = make_subject_set(make_project())
    folder = tmp_path / "images"
    folder.mkdir()
    manifest = folder / "manifest.csv"
    with manifest.open("w", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["name", "file", "galaxy"])
        for i in range(120):
            (folder / f"img-{i}.png").write_bytes(png_bytes(i))
            writer.writerow([f"subject {i}", f"img-{i}.png", "spiral" if i % 2 else "elliptical"])
    emu.reset_requests()

    result = zoo("subject-set", "upload-subjects", str(subject_set.id), str(manifest),
                 "--concurrency", "16")
    assert result.code == 0, result.err
    assert "120/120 linked" in result.err
    assert "120 subjects" in result.out
    assert emu.requests.total <= 2.2 * 120
    assert (folder / "manifest.csv.journal.jsonl").exists()

    again = zoo("subject-set", "upload-subjects", str(subject_set.id), str(manifest))
    assert again.code == 0 and "120 from an earlier run" in again.out
    subjects = list(Subject.where(subject_set_id=subject_set.id))
    assert len(subjects) == 120
    assert {s.metadata["name"] for s in subjects} == {f"subject {i}" for i in range(120)}
    by_name = {s.metadata["name"]: s.metadata for s in subjects}
    assert by_name["subject 7"]["file"] == "img-7.png"  # the file column stays (panoptescli)


def test_workflow_retire_subjects(zoo: Run, alice: Panoptes, pngs: list[Path]) -> None:
    project = make_project()
    workflow = make_workflow(project)
    subject_set = make_subject_set(project)
    ids = list(subject_set.upload(pngs[:3]).subjects.values())
    workflow.add_subject_sets(subject_set)

    result = zoo("workflow", "retire-subjects", str(workflow.id), *ids[:2], "--reason", "consensus")
    assert result.code == 0 and "Retired 2 subject(s)" in result.out
    status = workflow.subject_workflow_status(ids[0])
    assert status.retirement_reason == "consensus" and status.retired_at


def test_download_classifications_writes_a_csv(
    zoo: Run, alice: Panoptes, tmp_path: Path
) -> None:
    workflow = make_workflow(make_project())
    target = tmp_path / "classifications.csv"
    result = zoo("workflow", "download-classifications", str(workflow.id), str(target),
                 "--generate", "--timeout", "30")
    assert result.code == 0, result.err
    assert target.read_text().startswith("classification_id")
    assert "bytes" in result.err and str(target) in result.out


def test_user_info_and_token(zoo: Run, emu: Emulator) -> None:
    me = zoo("user", "info")
    assert me.code == 0 and "login: alice" in me.out
    token = zoo("user", "token")
    assert token.code == 0 and len(token.out.strip()) > 10


def test_bad_password_fails_cleanly(zoo: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PANOPTES_PASSWORD", "wrong-password")
    result = zoo("user", "info")
    assert result.code == 1 and "wrong-password" not in result.err
    assert len(result.err.strip().splitlines()) == 1

