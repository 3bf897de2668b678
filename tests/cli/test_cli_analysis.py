"""``zoo workflow download-classifications ... --flatten`` and Parquet output, on the emulator."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from testkit.helpers import OWNER, PASSWORD, world

from zoo_sdk.cli import main
from zoo_sdk.emulator import Emulator
from zoo_sdk.emulator.seeding import SeededWorld


@pytest.fixture(scope="module")
def simulated() -> Iterator[tuple[Emulator, SeededWorld]]:
    with Emulator(export_delay=0.05) as emu:
        made = world(emu, subjects=8)
        emu.simulate(made.workflow, volunteers=6, classifications=20, seed=5, anonymous=0.2)
        yield emu, made


def zoo(emu: Emulator, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["--endpoint", emu.url, *args])
    captured = capsys.readouterr()
    assert PASSWORD not in captured.out + captured.err
    assert "Traceback" not in captured.err
    return code, captured.out, captured.err


@pytest.fixture(autouse=True)
def _signed_in(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("ZOO_CONFIG", str(tmp_path / "config.json"))
    monkeypatch.setenv("PANOPTES_USERNAME", OWNER)
    monkeypatch.setenv("PANOPTES_PASSWORD", PASSWORD)


def test_flatten_writes_one_parquet_file_per_task_type(
        simulated: tuple[Emulator, SeededWorld], tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    emu, made = simulated
    code, out, err = zoo(emu, capsys, "workflow", "download-classifications", made.workflow.id,
                         str(tmp_path / "out.parquet"), "--generate", "--flatten")
    assert code == 0, err
    names = sorted(p.name for p in tmp_path.iterdir() if p.suffix == ".parquet")
    assert {"out.question.parquet", "out.drawing.parquet", "out.survey.parquet",
            "out.text.parquet", "out.dropdown.parquet", "out.slider.parquet"} <= set(names)
    question = pq.read_table(tmp_path / "out.question.parquet")
    assert {"classification_id", "subject_id", "answer_index", "answer"} <= \
        set(question.schema.names)
    assert set(question.column("answer_index").to_pylist()) <= {0, 1, 2, None}
    assert "20 classifications flattened" in err
    assert "out.drawing.parquet" in out


def test_flatten_to_csv_with_filters_and_plain_parquet(
        simulated: tuple[Emulator, SeededWorld], tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    emu, made = simulated
    code, _, err = zoo(emu, capsys, "workflow", "download-classifications", made.workflow.id,
                       str(tmp_path / "flat.csv"), "--flatten", "--versions", ">=1",
                       "--deduplicate")
    assert code == 0, err
    with open(tmp_path / "flat.survey.csv", newline="") as handle:
        survey = list(csv.DictReader(handle))
    assert survey and {"choice", "choice_label", "count", "answer_labels"} <= set(survey[0])
    code, out, err = zoo(emu, capsys, "workflow", "download-classifications", made.workflow.id,
                         str(tmp_path / "raw.parquet"))
    assert code == 0, err
    assert pq.read_table(tmp_path / "raw.parquet").num_rows == 20
    assert "20 rows" in out


def test_usage_errors_before_any_download(simulated: tuple[Emulator, SeededWorld],
                                          tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    emu, made = simulated
    code, _, err = zoo(emu, capsys, "workflow", "download-classifications", made.workflow.id,
                       str(tmp_path / "x.csv"), "--live-only")
    assert code != 0 and "go with --flatten" in err
    code, _, err = zoo(emu, capsys, "workflow", "download-classifications", made.workflow.id,
                       "-", "--flatten")
    assert code != 0 and "need an OUTPUT_FILE" in err
