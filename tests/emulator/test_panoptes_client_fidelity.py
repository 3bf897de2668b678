"""The real panoptes-client 1.7.1, unchanged, against the emulator."""

from __future__ import annotations

import struct
import zlib
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from panoptes_client import Panoptes, Project, Subject, SubjectSet, Workflow
from panoptes_client.panoptes import PanoptesAPIException

from zoo_sdk.emulator import Emulator

META = {"started_at": "2024-01-01T00:00:00Z", "finished_at": "2024-01-01T00:01:00Z",
        "user_agent": "pytest", "user_language": "en", "workflow_version": "1.1"}


def write_png(path: Path, shade: int) -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data)))

    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    data = (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
            + chunk(b"IDAT", zlib.compress(bytes([0, shade, 0, 0]))) + chunk(b"IEND", b""))
    path.write_bytes(data)
    return data


@pytest.fixture
def client_emu(monkeypatch: pytest.MonkeyPatch) -> Iterator[Emulator]:
    for name in ("PANOPTES_ENDPOINT", "PANOPTES_USERNAME", "PANOPTES_PASSWORD",
                 "PANOPTES_CLIENT_ID", "PANOPTES_CLIENT_SECRET"):
        monkeypatch.delenv(name, raising=False)
    with Emulator(users={"alice": "secret"}, export_delay=0.1) as emu:
        yield emu
    Panoptes._local.panoptes_client = None


def test_wrong_password_raises(client_emu: Emulator) -> None:
    with pytest.raises(PanoptesAPIException, match="Invalid login or password"):
        Panoptes.connect(username="alice", password="nope", endpoint=client_emu.url)


def test_full_project_lifecycle(client_emu: Emulator, tmp_path: Path) -> None:
    emu = client_emu
    Panoptes.connect(username="alice", password="secret", endpoint=emu.url)

    project = Project()
    project.display_name = "Fidelity"
    project.description = "emulated"
    project.primary_language = "en"
    project.private = True
    project.save()
    assert project.id and project.links.owner.login == "alice"

    workflow = Workflow()
    workflow.display_name = "Classify"
    workflow.primary_language = "en"
    workflow.links.project = project
    workflow.save()

    subject_set = SubjectSet()
    subject_set.display_name = "Batch 1"
    subject_set.links.project = project
    subject_set.save()

    subjects: list[Subject] = []
    payloads: dict[int, bytes] = {}
    with Subject.async_saves():
        for i in range(6):
            payloads[i] = write_png(tmp_path / f"img{i}.png", i * 40)
            subject = Subject()
            subject.links.project = project
            subject.add_location(str(tmp_path / f"img{i}.png"))
            subject.metadata["index"] = i
            subject.save()
            subjects.append(subject)
    assert all(s.async_save_result for s in subjects)

    subject_set.add(subjects)
    workflow.add_subject_sets(subject_set)
    workflow.retire_subjects(subjects[:2], reason="consensus")

    listed = list(Subject.where(subject_set_id=subject_set.id))
    assert sorted(int(s.id) for s in listed) == sorted(int(s.id) for s in subjects)
    for subject in listed:
        url = subject.locations[0]["image/png"]
        assert httpx.get(url).content == payloads[subject.metadata["index"]]

    assert SubjectSet(subject_set.id).set_member_subjects_count == 6
    assert Workflow(workflow.id).retired_set_member_subjects_count == 2
    status = workflow.subject_workflow_status(subjects[0].id)
    assert status.retirement_reason == "consensus"
    assert sorted(s.id for s in subject_set.subjects) == sorted(s.id for s in listed)

    for subject in subjects[2:4]:
        Panoptes.client().post("/classifications", json={"classifications": {
            "annotations": [{"task": "T0", "value": 1}], "metadata": META,
            "links": {"project": project.id, "workflow": workflow.id,
                      "subjects": [subject.id]}}})

    export = project.get_export("classifications", generate=True)
    rows = list(export.csv_dictreader())
    assert sorted(r["subject_ids"] for r in rows) == sorted(s.id for s in subjects[2:4])
    assert {r["workflow_name"] for r in rows} == {"Classify"}

    project.description = "updated"
    project.save()
    assert Project(project.id).description == "updated"
    assert emu.requests[("POST", "/oauth/token")] == 1
    assert emu.requests[("PUT", "/blobs/{key}")] == 6
