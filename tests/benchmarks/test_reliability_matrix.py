"""The fault matrix of ``make reliability``, bounded: every fault kind (and kill -9 with resume)
ends with exactly one subject per item, every file's bytes correct, all linked, none orphaned."""

from __future__ import annotations

import pytest

from benchmarks.reliability import Row, render, run_scenario, scenarios


@pytest.mark.parametrize("scenario", scenarios(), ids=lambda s: f"{s.fault} / {s.operation}")
def test_bulk_upload_under_fault_ends_exact(scenario: object) -> None:
    row: Row = run_scenario(scenario, subjects=30, files=2)  # type: ignore[arg-type]
    assert row.ok, render([row])
    assert row.created == row.linked == row.items == 30
    assert row.faults > 0 or not scenario.rules  # type: ignore[attr-defined]
