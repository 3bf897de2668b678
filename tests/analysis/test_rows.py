"""Typed rows of the three exports: every source kind, both CSV back ends, filters, bad rows."""

from __future__ import annotations

import io
from datetime import UTC, datetime
from pathlib import Path

import pytest

from zoo_sdk import (
    ExportRowError,
    Panoptes,
    Project,
    read_classifications,
    read_subjects,
    read_workflows,
)
from zoo_sdk.analysis import ClassificationRow, Version, csvsource
from zoo_sdk.errors import InvalidResponseError, ValidationError

from .conftest import Simulated


def test_classification_rows_are_typed(simulated: Simulated) -> None:
    rows = list(read_classifications(simulated.classifications))
    assert [r.classification_id for r in rows] == [int(c["id"]) for c in simulated.api]
    first = rows[0]
    assert isinstance(first, ClassificationRow)
    assert isinstance(first.created_at, datetime) and first.created_at.tzinfo == UTC
    assert first.workflow_version == Version(1, 1) and str(first.workflow_version) == "1.1"
    assert {str(r.workflow_version) for r in rows} == {"1.1", "2.1"}
    assert all(isinstance(r.subject_ids[0], int) and r.subject_id == r.subject_ids[0]
               for r in rows)
    assert all(isinstance(r.metadata, dict) and isinstance(r.annotations, list) for r in rows)
    assert {r.logged_in for r in rows} == {True, False}  # the simulator signs some out
    assert all(r.user_id is None for r in rows if r.user_name.startswith("not-logged-in-"))
    assert all(r.duration is not None and r.duration > 0 for r in rows)
    assert all(r.row == i for i, r in enumerate(rows, 1))
    by_id = {int(c["id"]): c for c in simulated.api}
    for row in rows:
        assert [a["task"] for a in row.annotations] == \
            [a["task"] for a in by_id[row.classification_id]["annotations"]]
        assert str(row.subject_id) in row.subject_data


def test_every_source_kind_and_both_backends_agree(simulated: Simulated,
                                                   signed_in: Panoptes,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    path = simulated.classifications
    expected = list(read_classifications(path))
    with open(path, "rb") as binary:
        assert list(read_classifications(binary)) == expected
    with open(path, encoding="utf-8", newline="") as text:
        assert list(read_classifications(text)) == expected
    export = Project(simulated.world.project.id).get_export("classifications")
    assert list(export.classifications()) == expected
    monkeypatch.setattr(csvsource, "has_pyarrow", lambda: False)  # the csv module back end
    assert list(read_classifications(path)) == expected
    assert list(read_classifications(io.StringIO(path.read_text()))) == expected


def test_subject_and_workflow_rows(simulated: Simulated) -> None:
    subjects = list(read_subjects(simulated.subjects))
    assert {s.subject_id for s in subjects} == {int(s) for s in simulated.world.subject_ids}
    assert all(s.locations and s.locations[0].startswith("http") for s in subjects)
    assert all(s.workflow_id == simulated.workflow_id for s in subjects)
    workflows = list(read_workflows(simulated.workflows))
    versions = sorted(w.version for w in workflows)
    assert versions == [Version(1, 1), Version(2, 1)]  # one row per workflow version
    old, new = sorted(workflows, key=lambda w: w.version)
    assert old.tasks["T0"]["answers"][0]["label"] == "Yes"
    assert new.tasks["T0"]["answers"][0]["label"] == "Yes, a cat"


def test_filters(simulated: Simulated) -> None:
    path = simulated.classifications
    everything = list(read_classifications(path))
    assert len(list(read_classifications(path, workflow_id=simulated.workflow_id))) == \
        len(everything)
    assert list(read_classifications(path, workflow_id=[999])) == []
    new = list(read_classifications(path, versions=">=2"))
    assert new and {str(r.workflow_version) for r in new} == {"2.1"}
    assert {str(r.workflow_version) for r in read_classifications(path, versions="1")} == \
        {"1.1"}
    assert len(list(read_classifications(path, versions=("1.0", "2.1")))) == len(everything)
    assert list(read_classifications(path, versions="<1.1")) == []
    live = list(read_classifications(path, live_only=True))
    assert live == [r for r in everything if r.metadata.get("live_project") is True]
    assert list(read_classifications(path, gold_standard=True)) == []
    assert len(list(read_classifications(path, gold_standard=False))) == len(everything)
    with pytest.raises(ValueError, match="not a version selection"):
        list(read_classifications(path, versions="latest"))


def _rewrite(source: Path, target: Path, change: dict[tuple[int, str], str]) -> Path:
    """A copy of an export with cells replaced: {(row, column): text} (row 1 = first row)."""
    import csv

    with open(source, newline="") as handle:
        rows = list(csv.reader(handle))
    header = rows[0]
    for (row, column), text in change.items():
        rows[row][header.index(column)] = text
    with open(target, "w", newline="") as handle:
        csv.writer(handle, lineterminator="\n").writerows(rows)
    return target


def test_deduplicate_keeps_the_first_classification_of_a_subject_by_a_volunteer(
        simulated: Simulated, tmp_path: Path) -> None:
    rows = list(read_classifications(simulated.classifications))
    first, second = rows[0], rows[1]
    # make the second row a repeat of the first: same volunteer, same subject
    repeated = _rewrite(simulated.classifications, tmp_path / "repeat.csv", {
        (2, "user_id"): str(first.user_id or ""), (2, "user_ip"): first.user_ip,
        (2, "subject_ids"): str(first.subject_id),
        (2, "user_name"): first.user_name})
    kept = [r.classification_id for r in read_classifications(repeated, deduplicate=True)]
    assert first.classification_id in kept and second.classification_id not in kept
    assert len(kept) == len(rows) - 1


@pytest.mark.parametrize(("column", "text", "reason"), [
    ("annotations", '[{"task": "T0", "value": ', "not JSON"),
    ("metadata", "[1, 2]", "not a JSON object"),
    ("created_at", "yesterday", "not a time"),
    ("user_id", "12a", "not an id"),
    ("workflow_version", "v2", "not a workflow version"),
    ("gold_standard", "maybe", "not a boolean"),
])
def test_a_malformed_row_is_named_never_dropped(simulated: Simulated, tmp_path: Path,
                                                column: str, text: str, reason: str) -> None:
    rows = list(read_classifications(simulated.classifications))
    bad = _rewrite(simulated.classifications, tmp_path / "bad.csv", {(5, column): text})
    with pytest.raises(ExportRowError) as raised:
        list(read_classifications(bad))
    error = raised.value
    assert (error.row, error.record_id, error.column) == \
        (5, str(rows[4].classification_id), column)
    assert reason in str(error) and "row 5" in str(error)
    collected: list[ExportRowError] = []
    kept = list(read_classifications(bad, errors=collected))
    assert [e.row for e in collected] == [5]
    assert [r.classification_id for r in kept] == \
        [r.classification_id for r in rows if r.row != 5]


def test_not_an_export(tmp_path: Path, simulated: Simulated, signed_in: Panoptes) -> None:
    wrong = tmp_path / "wrong.csv"
    wrong.write_text("a,b\n1,2\n")
    with pytest.raises(InvalidResponseError, match="not a classifications export: no column"):
        list(read_classifications(wrong))
    with pytest.raises(InvalidResponseError, match="not a classifications export"):
        list(read_classifications(simulated.subjects))
    ragged = tmp_path / "ragged.csv"
    lines = simulated.classifications.read_text().split("\n")
    ragged.write_text("\n".join([lines[0], lines[1], "1,2,3"]) + "\n")
    with pytest.raises(InvalidResponseError, match=r"readable CSV|fields"):
        list(read_classifications(ragged))
    empty = tmp_path / "empty.csv"
    empty.write_text("")
    with pytest.raises(InvalidResponseError):
        list(read_classifications(empty))
    with pytest.raises(FileNotFoundError, match=r"missing\.csv"):
        list(read_classifications(tmp_path / "missing.csv"))
    with pytest.raises(ValidationError, match="not a classifications"):
        Project(simulated.world.project.id).get_export("subjects").classifications()


def test_byte_order_mark_and_header_only(simulated: Simulated, tmp_path: Path) -> None:
    text = simulated.classifications.read_text()
    marked = tmp_path / "bom.csv"
    marked.write_bytes(b"\xef\xbb\xbf" + text.encode())
    assert list(read_classifications(marked)) == list(read_classifications(
        simulated.classifications))
    header_only = tmp_path / "header.csv"
    header_only.write_text(text.split("\n")[0] + "\n")
    assert list(read_classifications(header_only)) == []
