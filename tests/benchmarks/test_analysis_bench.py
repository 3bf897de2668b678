"""The analysis benchmark (rows 4, 5a, 5b) runs end to end on a tiny export: both approaches
give the same tables, every check has a verdict and the report renders. No timing is asserted."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks.analysis import (
    comparable,
    differences,
    export_files,
    flatten_like_data_digging,
    flatten_with_zoo_sdk,
    run_analysis,
)

pytest.importorskip("pandas")
pytest.importorskip("pyarrow")


@pytest.fixture(scope="module")
def cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("analysis-bench")


def test_both_approaches_give_the_same_question_and_drawing_tables(cache: Path) -> None:
    files = export_files(600, sample=120, cache=cache)
    peer = flatten_like_data_digging(files.classifications, files.workflows)
    zoo = flatten_with_zoo_sdk(files.classifications, files.workflows)
    for kind, left, right in (("question", peer[0], zoo[0]), ("drawing", peer[1], zoo[1])):
        assert len(left) > 0
        assert differences(comparable(left, kind), comparable(right, kind), kind) is None


def test_a_difference_is_reported_with_the_column_and_row(cache: Path) -> None:
    files = export_files(600, sample=120, cache=cache)
    answers, _ = flatten_with_zoo_sdk(files.classifications, files.workflows)
    left = comparable(answers, "question")
    right = left.copy()
    right.loc[3, "answer"] = "Neither"
    found = differences(left, right, "question")
    assert found is not None and found.startswith("question.answer: 1 rows differ")
    assert differences(left, left.iloc[1:], "question") == (
        f"question: {len(left):,} rows vs {len(left) - 1:,}")


def test_tiny_analysis_rows_run_end_to_end(cache: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("PANOPTES_ENDPOINT", "PANOPTES_USERNAME", "PANOPTES_PASSWORD"):
        monkeypatch.delenv(name, raising=False)
    rows = run_analysis(500, sample=120, cache=cache)

    assert [row.key for row in rows] == ["4", "5a", "5b"]
    flatten, *parquet = rows
    assert flatten.peer_seconds and flatten.zoo_seconds > 0
    same = [check for check in flatten.checks if check.target.startswith("same ")]
    assert same and same[0].passed is True, same
    for row in parquet:
        written = [check for check in row.checks if check.target.endswith("rows written")]
        assert written and written[0].passed is True, row.checks
        assert all(check.verdict in ("PASS", "FAIL", "info") for check in row.checks)
