"""The benchmark machinery runs end to end on a tiny size and yields a complete report."""

from __future__ import annotations

import json

import pytest

from benchmarks.suite import Config, run


def test_tiny_benchmark_produces_a_complete_report(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("PANOPTES_ENDPOINT", "PANOPTES_USERNAME", "PANOPTES_PASSWORD",
                 "PANOPTES_CLIENT_ID", "PANOPTES_CLIENT_SECRET"):
        monkeypatch.delenv(name, raising=False)
    config = Config(subjects=20, uploads=6, latency_ms=0, repeats=1, concurrency=4,
                    import_runs=1, analysis_rows=0,
                    async_listing_subjects=150)
    report = run(config)

    assert [row.key for row in report.rows] == ["1a", "1b", "6", "2", "2c", "2b", "3", "3b"]
    for row in report.rows:
        assert row.checks and row.zoo_seconds > 0 and row.peer_seconds
        assert all(check.verdict in ("PASS", "FAIL", "info") for check in row.checks)
    checks = {row.key: len(row.checks) for row in report.rows}
    assert checks["2"] == 2 and checks["2c"] == 5
    assert report.rows[0].zoo_requests and report.rows[0].peer_requests
    text = report.render()
    assert "SUMMARY:" in text and "Ratio" in text and "panoptes-client" in text
    data = json.loads(report.to_json())
    assert len(data["rows"]) == 8 and data["summary"].startswith("SUMMARY:")
