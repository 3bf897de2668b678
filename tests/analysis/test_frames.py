"""DataFrames and Parquet: column types, chunks, the download streamed to Parquet, joins."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from zoo_sdk import ExportRowError, Panoptes, Project, flatten_annotations, read_classifications
from zoo_sdk.analysis.frames import read_frame, write_export_parquet
from zoo_sdk.analysis.joins import with_subjects, with_workflow_versions
from zoo_sdk.errors import ValidationError

from .conftest import Simulated


def test_to_pandas_types(simulated: Simulated, signed_in: Panoptes) -> None:
    frame = Project(simulated.world.project.id).get_export("classifications").to_pandas()
    rows = list(read_classifications(simulated.classifications))
    assert len(frame) == len(rows)
    assert str(frame.dtypes["classification_id"]) == "Int64"
    assert str(frame.dtypes["user_id"]) == "Int64" and frame["user_id"].isna().any()
    assert str(frame.dtypes["created_at"]) == "datetime64[us, UTC]"
    assert isinstance(frame.dtypes["workflow_version"], pd.StringDtype)
    assert set(frame["workflow_version"]) == {"1.1", "2.1"}  # text, not the float 1.1
    assert str(frame.dtypes["gold_standard"]) == "boolean"
    assert frame["annotations"].iloc[0] == rows[0].annotations  # decoded
    assert frame["metadata"].iloc[0] == rows[0].metadata
    assert list(frame["subject_ids"].iloc[0]) == rows[0].subject_ids
    assert frame["created_at"].iloc[0].to_pydatetime() == rows[0].created_at
    raw = read_frame(simulated.classifications, decode_json=False)
    assert isinstance(raw["annotations"].iloc[0], str)


def test_chunks_cover_the_export_once(simulated: Simulated) -> None:
    whole = read_frame(simulated.classifications)
    chunks = list(read_frame(simulated.classifications, chunksize=7))
    assert [len(c) for c in chunks[:-1]] == [7] * (len(chunks) - 1)
    joined = pd.concat(chunks, ignore_index=True)
    assert joined["classification_id"].tolist() == whole["classification_id"].tolist()


def test_subjects_and_workflows_frames(simulated: Simulated) -> None:
    subjects = read_frame(simulated.subjects, "subjects")
    assert str(subjects.dtypes["subject_id"]) == "Int64"
    assert isinstance(subjects["locations"].iloc[0], list | object)
    workflows = read_frame(simulated.workflows, "workflows")
    assert isinstance(workflows["tasks"].iloc[0], dict)
    with pytest.raises(ValueError, match="no typed layout"):
        read_frame(simulated.subjects, "talk_comments")


def test_to_parquet_streams_the_download(simulated: Simulated, signed_in: Panoptes,
                                         tmp_path: Path) -> None:
    path = tmp_path / "cls.parquet"
    export = Project(simulated.world.project.id).get_export("classifications")
    assert export.to_parquet(path) == len(simulated.api)
    table = pq.read_table(path)
    assert table.schema.field("classification_id").type == pa.int64()
    assert table.schema.field("created_at").type == pa.timestamp("us", tz="UTC")
    assert table.schema.field("subject_ids").type == pa.list_(pa.int64())
    assert table.schema.field("workflow_version").type == pa.string()
    assert "json" in str(table.schema.field("annotations").type).lower()
    assert table.column("classification_id").to_pylist() == \
        [int(c["id"]) for c in simulated.api]
    assert [p.name for p in tmp_path.iterdir()] == ["cls.parquet"]  # no temporary file left


def test_to_parquet_refuses_a_bad_row_and_leaves_no_file(simulated: Simulated,
                                                         tmp_path: Path) -> None:
    lines = simulated.classifications.read_text().split("\n")
    lines[2] = lines[2].replace(",1.1,", ",one.one,", 1).replace(",2.1,", ",two.one,", 1)
    bad = tmp_path / "bad.csv"
    bad.write_text("\n".join(lines))
    with pytest.raises(ExportRowError, match=r"row 2 .*workflow_version"):
        write_export_parquet(bad, tmp_path / "out.parquet")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.csv"]
    errors: list[ExportRowError] = []
    written = write_export_parquet(bad, tmp_path / "out.parquet", errors=errors)
    assert written == len(simulated.api) - 1 and [e.row for e in errors] == [2]


def test_tables_to_pandas_and_parquet(simulated: Simulated, tmp_path: Path) -> None:
    tables = flatten_annotations(simulated.classifications, simulated.workflows)
    frames = tables.to_pandas()
    drawing = frames["drawing"]
    assert str(drawing.dtypes["x"]) == "Float64" and str(drawing.dtypes["frame"]) == "Int64"
    assert len(drawing) == len(tables.drawing)
    written = tables.to_parquet(tmp_path / "flat")
    assert set(written) == set(tables.tables())
    survey = pq.read_table(written["survey"])
    assert survey.num_rows == len(tables.survey)
    assert survey.schema.field("choice").type == pa.string()


def test_joins(simulated: Simulated) -> None:
    tables = flatten_annotations(simulated.classifications, simulated.workflows)
    answers = tables.question.to_pandas()
    joined = with_subjects(answers, simulated.subjects)
    assert len(joined) == len(answers)  # never multiplies rows
    assert joined["locations"].map(lambda urls: urls[0].startswith("http")).all()
    assert str(joined.dtypes["subject_set_id"]) == "Int64"
    versioned = with_workflow_versions(joined, simulated.workflows)
    assert len(versioned) == len(answers)
    assert set(versioned["workflow_name"]) == {"Workflow"}


def test_typed_layouts_only_for_known_exports(simulated: Simulated, signed_in: Panoptes) -> None:
    export = Project(simulated.world.project.id).get_export("subjects")
    assert len(export.to_pandas()) >= 1
    export = Project(simulated.world.project.id).get_export("subjects")
    with pytest.raises(ValidationError, match="not a workflows"):
        export.workflows()


def test_tables_compacted_into_arrow_read_the_same(simulated: Simulated,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """Rows moved into Arrow every few rows (as a large export's are) read back exactly as
    rows kept as Python objects: as columns, DataFrames and Arrow tables."""
    kept = flatten_annotations(simulated.classifications, simulated.workflows)
    monkeypatch.setattr("zoo_sdk.analysis.flatten.COMPACT_ROWS", 3)
    monkeypatch.setattr("zoo_sdk.analysis.csvsource.BLOCK_BYTES", 1 << 16)  # many batches
    compacted = flatten_annotations(simulated.classifications, simulated.workflows)
    for kind, table in compacted.tables().items():
        assert len(table._chunks) > 1, kind  # the export's batch moved them along the way
        plain = kept[kind]
        assert len(table) == len(plain)
        pd.testing.assert_frame_equal(table.to_pandas(), plain.to_pandas())
        assert table.to_arrow().equals(plain.to_arrow())
        assert table.columns == plain.columns, kind
        assert not table._chunks  # columns brought them back as Python lists
