"""flatten_annotations: every task type against the classifications as stored (indexes), labels
from each classification's own workflow version, combo unwrapping, unknown types kept."""

from __future__ import annotations

from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

import pytest

from zoo_sdk import Panoptes, Project, Workflow, flatten_annotations, read_classifications
from zoo_sdk.analysis import AnnotationTables, WorkflowTasks
from zoo_sdk.analysis.flatten import COMMON

from .conftest import Simulated


@pytest.fixture(scope="module")
def tables(simulated: Simulated) -> AnnotationTables:
    return flatten_annotations(simulated.classifications, simulated.workflows)


def stored(simulated: Simulated) -> dict[int, dict[str, Any]]:
    """{classification id: {task: value as stored}}, combo parts by their own keys."""
    out: dict[int, dict[str, Any]] = {}
    for classification in simulated.api:
        values: dict[str, Any] = {}
        for annotation in classification["annotations"]:
            if annotation["task"] == "T5":  # the combo: its parts are annotations too
                values.update({part["task"]: part["value"] for part in annotation["value"]})
            else:
                values[annotation["task"]] = annotation["value"]
        out[int(classification["id"])] = values
    return out


def by_classification(rows: list[dict[str, Any]], task: str) -> dict[int, list[dict[str, Any]]]:
    found: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        if row["task"] == task:
            found[row["classification_id"]].append(row)
    return found


def test_every_table_starts_with_the_common_columns(tables: AnnotationTables,
                                                    simulated: Simulated) -> None:
    assert tables.classifications == len(simulated.api)
    assert set(tables.tables()) >= {"question", "drawing", "survey", "text", "dropdown",
                                    "slider"}
    for table in tables.tables().values():
        assert tuple(table.columns)[:len(COMMON)] == COMMON
        lengths = {len(values) for values in table.columns.values()}
        assert len(lengths) == 1
    assert len(tables.other) == 0  # every task type known: nothing left over


def test_questions_match_the_stored_indexes(tables: AnnotationTables,
                                            simulated: Simulated) -> None:
    values = stored(simulated)
    rows = list(tables.question.rows())
    single = by_classification(rows, "T0")
    for cid, found in single.items():
        assert [r["answer_index"] for r in found] == [values[cid]["T0"]]
        assert found[0]["task_type"] == "single" and found[0]["task_label"] == "Is there a cat?"
    multiple = by_classification(rows, "T1")
    for cid, found in multiple.items():
        expected = values[cid]["T1"] or [None]
        assert [r["answer_index"] for r in found] == expected
        labels = ["Black", "White", "Ginger"]
        assert [r["answer"] for r in found] == [labels[i] if i is not None else None
                                                for i in expected]
    assert set(single) == {cid for cid, v in values.items() if "T0" in v}


def test_labels_come_from_each_classifications_own_version(tables: AnnotationTables,
                                                           simulated: Simulated) -> None:
    rows = [r for r in tables.question.rows() if r["task"] == "T0"]
    labels = {version: Counter(r["answer"] for r in rows if r["workflow_version"] == version)
              for version in ("1.1", "2.1")}
    assert set(labels["1.1"]) <= {"Yes", "No"} and set(labels["2.1"]) <= {"Yes, a cat",
                                                                          "No cat"}
    assert all(r["answer_index"] in (0, 1) for r in rows)  # found in the right version


def test_live_workflow_labels_the_same(simulated: Simulated, signed_in: Panoptes,
                                       tables: AnnotationTables) -> None:
    live = flatten_annotations(simulated.classifications, Workflow(simulated.workflow_id))
    assert live.question.columns == tables.question.columns
    assert live.survey.columns == tables.survey.columns
    from_export = Project(simulated.world.project.id).get_export("classifications")
    assert from_export.flatten(WorkflowTasks.from_export(simulated.workflows)).drawing.columns \
        == tables.drawing.columns


def test_drawing_one_row_per_mark(tables: AnnotationTables, simulated: Simulated) -> None:
    values = stored(simulated)
    marks = by_classification(list(tables.drawing.rows()), "T2")
    for cid, task_values in values.items():
        expected = task_values.get("T2") or []
        found = marks.get(cid, [])
        assert len(found) == len(expected)
        for row, mark in zip(found, expected, strict=True):
            assert row["tool_index"] == mark.get("tool", mark.get("toolIndex"))
            assert row["frame"] == mark.get("frame", 0)
            for key in ("x", "y", "width", "height", "r", "x1", "y2"):
                if key in mark:
                    assert row[key] == pytest.approx(float(mark[key]))
            if "points" in mark:
                assert row["points"] == mark["points"]
            if row["tool_index"] == 0:  # the point tool's details: a question and a text
                assert row["tool_label"] == "Eye"
                assert row["details"][0] in ("Yes", "No")
                assert isinstance(row["details"][1], str)
    assert {r["tool_type"] for r in tables.drawing.rows()} >= {"point", "rectangle"}


def test_survey_choices_answers_and_count(tables: AnnotationTables,
                                          simulated: Simulated) -> None:
    values = stored(simulated)
    choices = by_classification(list(tables.survey.rows()), "T3")
    for cid, task_values in values.items():
        expected = task_values.get("T3") or []
        found = choices.get(cid, [])
        assert [r["choice"] for r in found] == [c["choice"] for c in expected]
        for row, item in zip(found, expected, strict=True):
            assert row["answers"] == item["answers"]
            if "HOWMANY" in item["answers"]:
                assert row["count"] == int(item["answers"]["HOWMANY"].rstrip("+"))
                assert row["answer_labels"]["How many?"] in ("1", "2", "3+")
            if row["choice"] != "NOTHINGHERE":
                assert row["choice_label"] in ("Lion", "Zebra", "Red fox")


def test_text_dropdown_slider_and_combo(tables: AnnotationTables, simulated: Simulated) -> None:
    values = stored(simulated)
    text = by_classification(list(tables.text.rows()), "T4")
    for cid, found in text.items():
        assert [r["value"] for r in found] == [values[cid]["T4"]]
    slider = by_classification(list(tables.slider.rows()), "T7")
    for cid, found in slider.items():
        assert found[0]["value"] == pytest.approx(float(values[cid]["T7"]))
    dropdown = by_classification(list(tables.dropdown.rows()), "T6")
    for cid, found in dropdown.items():
        given = values[cid]["T6"]
        assert [r["value"] for r in found] == [str(g["value"]) for g in given]
        assert [r["option"] for r in found] == [g["option"] for g in given]
        assert all(r["label"] in ("France", "Peru", "Kenya") for r in found if r["option"])
    combo_text = [r for r in tables.text.rows() if r["parent_task"] == "T5"]
    combo_question = [r for r in tables.question.rows() if r["parent_task"] == "T5"]
    assert combo_text and combo_question
    for row in combo_question:
        assert row["answer_index"] == values[row["classification_id"]][row["task"]]


def test_without_workflows_types_come_from_the_shapes(simulated: Simulated,
                                                      tables: AnnotationTables) -> None:
    guessed = flatten_annotations(simulated.classifications)
    assert len(guessed.drawing) == len(tables.drawing)
    assert len(guessed.survey) == len(tables.survey)
    assert len(guessed.dropdown) == len(tables.dropdown)
    assert guessed.drawing.columns["tool_label"] == tables.drawing.columns["tool_label"]
    # a string may be a single-choice answer or a transcription: both go to `question`
    known = Counter(a for a in tables.question.columns["answer"] if a)
    known.update(a for a in tables.text.columns["value"] if a)
    known.update(a for a in tables.shortcut.columns["answer"] if a)  # a list of labels
    assert Counter(a for a in guessed.question.columns["answer"] if a) == known
    assert len(guessed.text) == 0
    assert set(guessed.question.columns["answer_index"]) == {None}  # only the workflow knows


def test_rows_and_export_paths_agree(simulated: Simulated, tables: AnnotationTables) -> None:
    from_rows = flatten_annotations(read_classifications(simulated.classifications),
                                    simulated.workflows)
    for kind, table in tables.tables().items():
        assert from_rows[kind].columns == table.columns, kind


def test_filters_apply_before_flattening(simulated: Simulated) -> None:
    newer = flatten_annotations(simulated.classifications, simulated.workflows,
                                versions=">=2")
    assert set(newer.question.columns["workflow_version"]) == {"2.1"}
    rows = list(read_classifications(simulated.classifications, versions=">=2"))
    assert newer.classifications == len(rows)


def test_unknown_task_types_and_odd_values_are_kept(tmp_path: Path,
                                                    simulated: Simulated) -> None:
    import csv

    with open(simulated.classifications, newline="") as handle:
        rows = list(csv.reader(handle))
    column = rows[0].index("annotations")
    rows[1][column] = ('[{"task": "T99", "value": {"anything": [1, 2]}}, "loose", '
                       '{"task": "T2", "value": ["not a mark"]}]')
    odd = tmp_path / "odd.csv"
    with open(odd, "w", newline="") as handle:
        csv.writer(handle, lineterminator="\n").writerows(rows[:2])
    found = flatten_annotations(odd, simulated.workflows)
    assert [(r["task"], r["task_type"], r["value"]) for r in found.other.rows()] == [
        ("T99", "unknown", '{"anything":[1,2]}'), (None, None, '"loose"'),
        ("T2", "drawing mark", '"not a mark"')]


def test_a_malformed_row_is_named(simulated: Simulated, tmp_path: Path) -> None:
    from zoo_sdk import ExportRowError

    text = simulated.classifications.read_text().split("\n")
    text[3] = text[3].replace('"[{', '"[{{', 1)
    bad = tmp_path / "bad.csv"
    bad.write_text("\n".join(text))
    with pytest.raises(ExportRowError, match=r"row 3 .*column annotations: not JSON"):
        flatten_annotations(bad, simulated.workflows)
    errors: list[ExportRowError] = []
    partial = flatten_annotations(bad, simulated.workflows, errors=errors)
    assert [e.row for e in errors] == [3] and partial.errors == errors
    assert partial.classifications == len(simulated.api) - 1
