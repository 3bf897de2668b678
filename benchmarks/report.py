"""The benchmark report: one row per scenario, its targets, and the text and JSON renderings."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass
class Check:
    """One target of a scenario; ``passed`` is None for an informational figure."""

    target: str
    measured: str
    passed: bool | None

    @property
    def verdict(self) -> str:
        return "info" if self.passed is None else "PASS" if self.passed else "FAIL"


@dataclass
class Row:
    """One scenario: both clients' median time (s) and request count, and its checks."""

    key: str
    title: str
    peer_seconds: float | None
    peer_requests: int | None
    zoo_seconds: float
    zoo_requests: int | None
    checks: list[Check] = field(default_factory=list)
    note: str = ""

    @property
    def ratio(self) -> float | None:
        """How many times faster zoo_sdk is (peer time / zoo_sdk time)."""
        if self.peer_seconds is None or self.zoo_seconds <= 0:
            return None
        return self.peer_seconds / self.zoo_seconds


@dataclass
class Report:
    """The environment header, the rows and any notes, as printed by ``make bench``."""

    environment: dict[str, str]
    rows: list[Row] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    title: str = "zoo_sdk vs panoptes-client benchmark"

    @property
    def checks(self) -> list[Check]:
        return [check for row in self.rows for check in row.checks]

    @property
    def failed(self) -> list[Check]:
        return [check for check in self.checks if check.passed is False]

    def summary(self) -> str:
        judged = [check for check in self.checks if check.passed is not None]
        failed = self.failed
        if not failed:
            return f"SUMMARY: all {len(judged)} targets PASS"
        names = "; ".join(f"{c.target} (measured {c.measured})" for c in failed)
        return f"SUMMARY: {len(judged) - len(failed)}/{len(judged)} targets PASS, FAIL: {names}"

    def to_json(self) -> str:
        rows: list[dict[str, Any]] = []
        for row in self.rows:
            data = asdict(row)
            data["ratio"] = row.ratio
            for check, raw in zip(row.checks, data["checks"], strict=True):
                raw["verdict"] = check.verdict
            rows.append(data)
        body = {
            "environment": self.environment,
            "rows": rows,
            "notes": self.notes,
            "summary": self.summary(),
        }
        return json.dumps(body, indent=2)

    def render(self) -> str:
        lines = [self.title, ""]
        width = max(len(name) for name in self.environment)
        lines += [f"  {name:<{width}}  {value}" for name, value in self.environment.items()]
        lines += ["", *_table(self.rows), ""]
        lines += [f"  note: {note}" for note in self.notes]
        if self.notes:
            lines.append("")
        lines.append(self.summary())
        return "\n".join(lines)


_HEADERS = (
    "#",
    "Scenario",
    "Peer time",
    "Peer req",
    "zoo time",
    "zoo req",
    "Ratio",
    "Target",
    "Measured",
    "Result",
)
_RIGHT = {2, 3, 4, 5, 6}


def _table(rows: list[Row]) -> list[str]:
    cells: list[tuple[str, ...]] = []
    for row in rows:
        checks = row.checks or [Check("", "", None)]
        first = checks[0]
        cells.append(
            (
                row.key,
                row.title,
                _seconds(row.peer_seconds),
                _count(row.peer_requests),
                _seconds(row.zoo_seconds),
                _count(row.zoo_requests),
                _ratio(row.ratio),
                first.target,
                first.measured,
                first.verdict if first.target else "",
            )
        )
        for check in checks[1:]:
            cells.append(("", "", "", "", "", "", "", check.target, check.measured, check.verdict))
    widths = [max(len(line[i]) for line in [_HEADERS, *cells]) for i in range(len(_HEADERS))]

    def fmt(line: tuple[str, ...]) -> str:
        parts = [
            value.rjust(w) if i in _RIGHT else value.ljust(w)
            for i, (value, w) in enumerate(zip(line, widths, strict=True))
        ]
        return "  ".join(parts).rstrip()

    rule = "  ".join("-" * w for w in widths)
    return [fmt(_HEADERS), rule, *(fmt(line) for line in cells)]


def _seconds(value: float | None) -> str:
    if value is None:
        return "-"
    return f"{value * 1000:.0f} ms" if value < 1 else f"{value:.2f} s"


def _count(value: int | None) -> str:
    return "-" if value is None else str(value)


def _ratio(value: float | None) -> str:
    return "-" if value is None else f"{value:.1f}x"
