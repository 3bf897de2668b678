"""Run every scenario against one emulator and collect the :class:`~benchmarks.report.Report`.

>>> report = run(Config(subjects=20, uploads=5, latency_ms=0, repeats=1))  # doctest: +SKIP
>>> print(report.render())                                                 # doctest: +SKIP
"""

from __future__ import annotations

import os
import platform
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from benchmarks import peer
from benchmarks.analysis import ANALYSIS_ROWS, run_analysis
from benchmarks.analysis import environment as analysis_environment
from benchmarks.async_listing import SUBJECTS as ASYNC_LISTING_SUBJECTS
from benchmarks.async_listing import run_async_listing
from benchmarks.async_upload import run_async_upload
from benchmarks.compat_upload import run_compat_upload
from benchmarks.imports import run_imports
from benchmarks.listing import run_listing
from benchmarks.report import Report
from benchmarks.upload import run_upload
from benchmarks.world import LOGIN, PASSWORD, RemoteWorld, write_pngs
from zoo_sdk import Panoptes


@dataclass(frozen=True)
class Config:
    """Sizes and settings of one benchmark run (the defaults are the ``make bench`` ones)."""

    subjects: int = 1000
    uploads: int = 300
    files_per_subject: int = 2
    latency_ms: float = 25
    repeats: int = 3
    concurrency: int = 32
    import_runs: int = 9
    peer_upload_subset: int | None = None
    #: Subjects of the set listed sync and async in row 6 (0 skips it).
    async_listing_subjects: int = ASYNC_LISTING_SUBJECTS
    #: Rows of the classifications export flattened in rows 4-5b (0 skips them).
    analysis_rows: int = ANALYSIS_ROWS


def run(config: Config, log: bool = False) -> Report:
    """Start the emulator, run scenarios 1-3 with both clients, return the report."""
    report = Report(_environment(config))
    started = time.perf_counter()
    with (
        RemoteWorld(config.latency_ms) as world,
        tempfile.TemporaryDirectory(prefix="zoo-bench-") as scratch,
    ):
        groups = write_pngs(Path(scratch), config.uploads, config.files_per_subject)
        peer.connect(world.url)
        zoo = Panoptes.connect(username=LOGIN, password=PASSWORD, endpoint=world.url)
        try:
            _progress(log, "listing subjects (peer is slow: one request per subject)")
            report.rows += run_listing(world, config.subjects, config.repeats)
            if config.async_listing_subjects:
                _progress(log, f"listing {config.async_listing_subjects:,} subjects sync and async")
                listed = run_async_listing(world, config.async_listing_subjects, config.repeats)
                report.rows.append(listed)
                report.notes.append(listed.note)
            _progress(log, f"uploading {config.uploads} subjects")
            row = run_upload(world, groups, config.concurrency, config.peer_upload_subset)
            report.rows.append(row)
            if row.note:
                report.notes.append(row.note)
            _progress(log, f"bulk upload sync and async, {config.uploads} subjects")
            row = run_async_upload(world, groups, config.concurrency, config.latency_ms)
            report.rows.append(row)
            report.notes.append(row.note)
            _progress(log, f"the ported async_saves script, {config.uploads} subjects")
            report.rows.append(run_compat_upload(world, groups))
        finally:
            peer.disconnect()
            Panoptes._default = None
            zoo.close()
    _progress(log, "timing cold imports")
    report.rows += run_imports(config.import_runs)
    if config.analysis_rows:
        _progress(log, f"analysis: flattening a {config.analysis_rows:,}-row export")
        analysis = run_analysis(config.analysis_rows,
                                log=(lambda message: _progress(True, message)) if log else None)
        report.rows += analysis
        report.notes += [row.note for row in analysis if row.note]
    report.notes += [
        "times are medians; requests are counted by the emulator after sign-in "
        "(both clients sign in, and fetch their token, before any clock starts)",
        f"whole run took {time.perf_counter() - started:.0f} s",
    ]
    return report


def _environment(config: Config) -> dict[str, str]:
    return {
        "python": f"{platform.python_version()} ({sys.executable})",
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, {platform.system()}",
        "peer": f"panoptes-client {peer.VERSION}",
        "emulator": f"own process, latency {config.latency_ms:g} ms per request",
        "listing": f"{config.subjects:,} subjects, median of {config.repeats} runs, "
        "a fresh set per run",
        "upload": f"{config.uploads} subjects x {config.files_per_subject} PNG files, "
        f"zoo_sdk concurrency {config.concurrency}",
        "imports": f"median of {config.import_runs} fresh interpreters per statement",
        **(analysis_environment(config.analysis_rows) if config.analysis_rows else {}),
    }


def _progress(enabled: bool, message: str) -> None:
    if enabled:
        print(f"... {message}", file=sys.stderr, flush=True)
