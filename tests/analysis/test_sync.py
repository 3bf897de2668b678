"""project.sync_export: regenerate only when stale, download only when changed, resume, and a
provenance sidecar that names the data exactly."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from testkit.helpers import OWNER, PASSWORD, world

from zoo_sdk import Panoptes, Project
from zoo_sdk.analysis.sync import parse_age, read_provenance
from zoo_sdk.emulator import Emulator, FaultPlan, FaultRule
from zoo_sdk.emulator.seeding import SeededWorld
from zoo_sdk.panoptes.downloads import DownloadError, download, sha256_of


@pytest.fixture
def project() -> Iterator[tuple[Emulator, SeededWorld, Project]]:
    with Emulator(export_delay=0.05) as emu:
        made = world(emu, subjects=8)
        emu.simulate(made.workflow, volunteers=6, classifications=25, seed=2)
        client = Panoptes.connect(endpoint=emu.url, username=OWNER, password=PASSWORD)
        try:
            yield emu, made, Project(made.project.id)
        finally:
            Panoptes._default = None
            client.close()


def posts(emu: Emulator) -> int:
    return sum(count for (method, path), count in emu.requests.items()
               if method == "POST" and path.endswith("/classifications_export"))


def test_first_sync_generates_downloads_and_records_provenance(
        project: tuple[Emulator, SeededWorld, Project], tmp_path: Path) -> None:
    emu, made, target = project
    out = tmp_path / "cls.parquet"
    synced = target.sync_export("classifications", out, max_age="24h")
    assert synced.downloaded and synced.regenerated and posts(emu) == 1
    assert pq.read_table(out).num_rows == 25
    sidecar = json.loads((tmp_path / "cls.parquet.provenance.json").read_text())
    assert sidecar == synced.provenance == read_provenance(out)
    assert sidecar["export_type"] == "classifications" and sidecar["format"] == "parquet"
    assert sidecar["resource"] == {"type": "projects", "id": made.project.id}
    medium = target.describe_export("classifications")
    assert sidecar["medium_id"] == medium["id"]
    assert sidecar["medium_updated_at"] == medium["updated_at"]
    assert sidecar["sha256"] == sha256_of(str(out)) and sidecar["rows"] == 25
    assert sidecar["workflow_versions"] == {made.workflow.id: ["1.1"]}
    assert len(sidecar["download"]["sha256"]) == 64 and sidecar["download"]["bytes"] > 0
    assert "?" not in sidecar["download"]["url"]
    assert sidecar["zoo_sdk_version"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cls.parquet",
                                                          "cls.parquet.provenance.json"]


def test_a_fresh_export_is_neither_regenerated_nor_downloaded_again(
        project: tuple[Emulator, SeededWorld, Project], tmp_path: Path) -> None:
    emu, _, target = project
    out = tmp_path / "cls.csv"
    first = target.sync_export("classifications", out, max_age="1h")
    downloads_before = sum(c for (m, p), c in emu.requests.items() if p.startswith("/exports/"))
    again = target.sync_export("classifications", out, max_age="1h")
    assert not again.downloaded and not again.regenerated and posts(emu) == 1
    assert again.provenance == first.provenance
    assert sum(c for (m, p), c in emu.requests.items()
               if p.startswith("/exports/")) == downloads_before
    assert out.read_text().startswith("classification_id")


def test_a_stale_export_is_regenerated(project: tuple[Emulator, SeededWorld, Project],
                                       tmp_path: Path) -> None:
    emu, made, target = project
    out = tmp_path / "cls.csv"
    target.sync_export("classifications", out)
    emu.simulate(made.workflow, volunteers=4, classifications=5, seed=8)
    synced = target.sync_export("classifications", out, max_age=0)
    assert synced.regenerated and synced.downloaded and posts(emu) == 2
    assert out.read_text().count("\n") == 31  # header + 30 classifications


def test_a_changed_local_file_is_downloaded_again(
        project: tuple[Emulator, SeededWorld, Project], tmp_path: Path) -> None:
    _, _, target = project
    out = tmp_path / "cls.csv"
    first = target.sync_export("classifications", out)
    out.write_text(out.read_text().replace("1.1", "9.9"))
    again = target.sync_export("classifications", out)
    assert again.downloaded and not again.regenerated
    assert sha256_of(str(out)) == first.provenance["sha256"]


def test_a_cut_download_resumes(project: tuple[Emulator, SeededWorld, Project],
                                tmp_path: Path) -> None:
    emu, _, target = project
    clean = tmp_path / "clean.csv"
    target.sync_export("classifications", clean)
    expected = sha256_of(str(clean))
    medium = target.describe_export("classifications")
    emu.faults = FaultPlan(rules=[FaultRule("GET /exports/*", "truncated", times=1)])
    done = download(medium["src"], tmp_path / "cut.csv")
    assert emu.faults.injected["truncated"] == 1
    assert done.sha256 == expected and done.bytes == clean.stat().st_size
    # a run that gives up keeps what arrived; the next run resumes from it
    emu.faults = FaultPlan(rules=[FaultRule("GET /exports/*", "truncated", times=1)])
    with pytest.raises(DownloadError, match="run again to resume"):
        download(medium["src"], tmp_path / "later.csv", attempts=1)
    assert (tmp_path / "later.csv.part").stat().st_size > 0
    emu.faults = None
    resumed = download(medium["src"], tmp_path / "later.csv")
    assert resumed.resumed_from > 0 and resumed.sha256 == expected
    assert not (tmp_path / "later.csv.part").exists()


def test_bad_arguments(project: tuple[Emulator, SeededWorld, Project], tmp_path: Path) -> None:
    _, _, target = project
    with pytest.raises(ValueError, match="not an age"):
        target.sync_export("classifications", tmp_path / "x.csv", max_age="soon")
    with pytest.raises(FileNotFoundError, match="missing"):
        target.sync_export("classifications", tmp_path / "missing" / "x.csv")
    with pytest.raises(Exception, match="no classifications export exists"):
        target.sync_export("classifications", tmp_path / "x.csv", generate=False)
    assert parse_age("2w") == 1209600 and parse_age(5) == 5
