"""``python -m benchmarks``: run the zoo_sdk vs panoptes-client benchmark and print the table.

Exits 0 even when a target fails: the output is a report (FAIL rows say so).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from benchmarks.suite import Config, run
from benchmarks.world import clear_panoptes_env


def main(argv: list[str] | None = None) -> int:
    default = Config()
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument(
        "--subjects",
        type=int,
        default=default.subjects,
        help="subjects in each listed set (default: %(default)s)",
    )
    parser.add_argument(
        "--uploads",
        type=int,
        default=default.uploads,
        help="subjects to upload (default: %(default)s)",
    )
    parser.add_argument(
        "--latency-ms",
        type=float,
        default=default.latency_ms,
        help="emulator latency per request (default: %(default)s)",
    )
    parser.add_argument(
        "--repeats",
        type=int,
        default=default.repeats,
        help="runs per listing scenario, median reported (default: %(default)s)",
    )
    parser.add_argument(
        "--concurrency",
        type=int,
        default=default.concurrency,
        help="zoo_sdk upload concurrency (default: %(default)s)",
    )
    parser.add_argument(
        "--import-runs",
        type=int,
        default=default.import_runs,
        help="fresh interpreters per import statement (default: %(default)s)",
    )
    parser.add_argument(
        "--peer-upload-subset",
        type=int,
        default=None,
        help="let the peer upload only this many subjects and scale its figures",
    )
    parser.add_argument(
        "--async-listing-subjects",
        type=int,
        default=default.async_listing_subjects,
        help="subjects listed sync and async in row 6, 0 to skip (default: %(default)s)",
    )
    parser.add_argument(
        "--analysis-rows",
        type=int,
        default=default.analysis_rows,
        help="classifications in the export the analysis rows flatten, 0 to skip "
        "(default: %(default)s)",
    )
    parser.add_argument("--json", type=Path, default=None, help="also write the report as JSON")
    args = parser.parse_args(argv)

    clear_panoptes_env()  # both clients must talk to the emulator with their built-in ids
    config = Config(
        subjects=args.subjects,
        uploads=args.uploads,
        latency_ms=args.latency_ms,
        repeats=args.repeats,
        concurrency=args.concurrency,
        import_runs=args.import_runs,
        peer_upload_subset=args.peer_upload_subset,
        analysis_rows=args.analysis_rows,
        async_listing_subjects=args.async_listing_subjects,
    )
    report = run(config, log=True)
    print(report.render())
    if args.json is not None:
        args.json.write_text(report.to_json() + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
