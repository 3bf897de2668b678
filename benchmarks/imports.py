"""Scenario 3: cold import time, each measured inside a fresh interpreter.

The child times only the import statement (``perf_counter`` before and after), so interpreter
start-up is excluded; peer and zoo_sdk runs are interleaved and the median is reported.
"""

from __future__ import annotations

import statistics
import subprocess
import sys

from benchmarks.report import Check, Row

_CHILD = "import time\nt = time.perf_counter()\n{statement}\nprint(time.perf_counter() - t)\n"

#: Target: ``import zoo_sdk`` takes at most this fraction of ``import panoptes_client``.
MAX_FRACTION = 0.4


def import_seconds(statement: str) -> float:
    """Seconds ``statement`` takes in a new interpreter (same executable and environment)."""
    done = subprocess.run(
        [sys.executable, "-c", _CHILD.format(statement=statement)],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    return float(done.stdout.strip().splitlines()[-1])


def median_pair(peer_statement: str, zoo_statement: str, runs: int) -> tuple[float, float]:
    """Medians over ``runs`` interleaved cold imports: (peer seconds, zoo_sdk seconds)."""
    peer_times: list[float] = []
    zoo_times: list[float] = []
    for _ in range(runs):
        peer_times.append(import_seconds(peer_statement))
        zoo_times.append(import_seconds(zoo_statement))
    return statistics.median(peer_times), statistics.median(zoo_times)


def run_imports(runs: int) -> list[Row]:
    """Row 3 (``import zoo_sdk``, judged) and 3b (``from zoo_sdk import Project``, info)."""
    peer_s, zoo_s = median_pair("import panoptes_client", "import zoo_sdk", runs)
    row = Row("3", f"Cold import: import zoo_sdk (median of {runs})", peer_s, None, zoo_s, None)
    fraction = zoo_s / peer_s
    row.checks.append(
        Check(f"zoo <= {MAX_FRACTION}x peer time", f"{fraction:.2f}x", fraction <= MAX_FRACTION)
    )
    peer_p, zoo_p = median_pair(
        "from panoptes_client import Project", "from zoo_sdk import Project", runs
    )
    info = Row(
        "3b",
        f"Cold import: from zoo_sdk import Project (median of {runs})",
        peer_p,
        None,
        zoo_p,
        None,
    )
    info.checks.append(Check("(informational)", f"{zoo_p / peer_p:.2f}x peer time", None))
    return [row, info]
