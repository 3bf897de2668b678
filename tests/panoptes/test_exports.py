"""Exports: generate, wait with a deadline, stream the CSV, save atomically."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest

from zoo_sdk import Classification, ExportTimeoutError, NotFoundError, Panoptes, Subject
from zoo_sdk.emulator import Emulator

from .helpers import make_project, make_subject_set, make_workflow


def classify(project, workflow, subject, answer: int) -> Classification:  # type: ignore[no-untyped-def]
    classification = Classification()
    classification.annotations = [{"task": "T0", "value": answer}]
    classification.metadata = {
        "started_at": "2026-11-21T10:00:00Z",
        "finished_at": "2026-11-21T10:00:05Z",
        "user_agent": "tests",
        "user_language": "en",
        "workflow_version": "1.1",
    }
    classification.links.project = project
    classification.links.workflow = workflow
    classification.links.subjects = [subject]
    classification.save()
    return classification


def test_generate_wait_and_stream_a_classifications_export(
    alice: Panoptes, emu: Emulator, tmp_path: Path
) -> None:
    project = make_project()
    workflow = make_workflow(project)
    subject_set = make_subject_set(project)
    subject = Subject()
    subject.links.project = project
    subject.add_location({"image/png": "https://example.org/a.png"})
    subject.save()
    subject_set.add(subject)
    workflow.add_subject_sets(subject_set)
    made = [classify(project, workflow, subject, answer) for answer in range(3)]

    with pytest.raises(NotFoundError):
        project.describe_export("classifications")
    started = project.generate_export("classifications")
    assert started["metadata"]["state"] == "creating"
    ready = project.wait_export("classifications", timeout=30, poll=0.05)
    assert ready["metadata"]["state"] in ("ready", "finished")

    export = project.get_export("classifications")
    rows = list(export.csv_dictreader())
    assert {r["classification_id"] for r in rows} == {c.id for c in made}
    assert all(r["workflow_id"] == workflow.id and r["subject_ids"] == subject.id for r in rows)

    target = tmp_path / "classifications.csv"
    written = project.get_export("classifications").save(target)
    assert written == target.stat().st_size > 0
    assert [p.name for p in tmp_path.iterdir()] == ["classifications.csv"]  # no temp file left
    reader = project.get_export("classifications").csv_reader()
    assert next(reader)[0] == "classification_id"


def test_get_export_can_generate_and_wait(alice: Panoptes) -> None:
    project = make_project()
    export = project.get_export("subjects", generate=True, wait_timeout=30)
    assert next(export.csv_reader())[0] == "subject_id"
    export.close()


def test_save_errors_name_the_callers_path(alice: Panoptes, tmp_path: Path) -> None:
    project = make_project()
    project.get_export("subjects", generate=True, wait_timeout=30).close()
    for target in (tmp_path / "missing" / "out.csv", tmp_path):
        with pytest.raises(OSError) as raised:
            project.get_export("subjects").save(target)
        assert raised.value.filename == str(target)  # never the temporary file
    assert [p.name for p in tmp_path.iterdir()] == []


def test_waiting_past_the_timeout_is_a_typed_error() -> None:
    with Emulator(users={"alice": "secret"}, export_delay=30) as emu:
        client = Panoptes.connect(username="alice", password="secret", endpoint=emu.url)
        try:
            project = make_project()
            project.generate_export("classifications")
            with pytest.raises(ExportTimeoutError):
                project.wait_export("classifications", timeout=0.3, poll=0.05)
        finally:
            Panoptes._default = None
            client.close()


def test_csv_lines_split_only_on_newlines() -> None:
    from zoo_sdk.panoptes.exports import Export

    body = 'id,text\r\n1,"a\u2028b"\r\n2,"multi\nline"\r\n'.encode()
    response = httpx.Response(200, content=body, request=httpx.Request("GET", "http://x/e.csv"))
    rows = list(Export(response, {}).csv_dictreader())
    assert rows == [{"id": "1", "text": "a\u2028b"}, {"id": "2", "text": "multi\nline"}]
