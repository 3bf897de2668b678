"""Long transfers: a live progress line on stderr and export downloads (to a file or stdout)."""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path
from typing import Any

from zoo_sdk.cli._context import Context, UsageError, status
from zoo_sdk.panoptes.exports import Exportable


class ProgressLine:
    """One status line on stderr: rewritten in place on a terminal, else printed every
    ``interval`` seconds (and always at the end)."""

    def __init__(self, interval: float = 2.0) -> None:
        self.live = sys.stderr.isatty()
        self.interval = 0.1 if self.live else interval
        self._last = 0.0
        self._text = ""

    def show(self, text: str, final: bool = False) -> None:
        now = time.monotonic()
        if not final and (text == self._text or now - self._last < self.interval):
            return
        self._last, self._text = now, text
        end = "\n" if final or not self.live else ""
        print(f"\r{text}" if self.live else text, end=end, file=sys.stderr, flush=True)


# -- exports -----------------------------------------------------------------------------------


def add_export_options(parser: argparse.ArgumentParser) -> None:
    """``OUTPUT_FILE`` (``-``: stdout), ``-g/--generate`` and ``-T/--generate-timeout``."""
    parser.add_argument("output", metavar="OUTPUT_FILE", help="the CSV file to write (-: stdout)")
    parser.add_argument(
        "-g", "--generate", action="store_true", help="generate a fresh export first (and wait)"
    )
    parser.add_argument(
        "-T",
        "--generate-timeout",
        "--timeout",
        dest="timeout",
        type=float,
        default=None,
        metavar="SECONDS",
        help="give up waiting for the export after this many seconds (default: no limit)",
    )


def add_analysis_options(parser: argparse.ArgumentParser) -> None:
    """``--flatten`` and the filters of the analysis layer (an ``OUTPUT_FILE`` ending in
    ``.parquet`` gets typed Parquet; the [data] extra)."""
    parser.add_argument(
        "--flatten", action="store_true",
        help="write one table per task type, labelled from the workflow's versions: "
        "OUTPUT_FILE's name with .question, .drawing, ... before its extension (.csv/.parquet)")
    parser.add_argument("--versions", metavar="SELECTION",
                        help="with --flatten: only these workflow versions (12.10, >=12, 12.3-14)")
    parser.add_argument("--live-only", action="store_true",
                        help="with --flatten: only classifications made while the project was live")
    parser.add_argument("--deduplicate", action="store_true",
                        help="with --flatten: one classification per volunteer and subject")


def check_output(output: str) -> None:
    """Refuse an output file that cannot be written, before any request (names the user's path)."""
    if output == "-":
        return
    path = Path(output)
    if path.is_dir():
        raise UsageError(f"cannot write {output}: it is a directory")
    folder = path.parent
    if not folder.is_dir():
        raise UsageError(f"cannot write {output}: the folder {folder} does not exist")
    if not os.access(folder, os.W_OK) or (path.exists() and not os.access(path, os.W_OK)):
        raise UsageError(f"cannot write {output}: permission denied")


def download_export(
    ctx: Context, target: Exportable, export_type: str, args: argparse.Namespace
) -> int:
    """Wait for the export, stream it to ``args.output`` atomically (or to stdout for ``-``),
    report on stderr."""
    check_output(args.output)
    flatten = getattr(args, "flatten", False)
    filtered = any(getattr(args, name, None) for name in ("versions", "live_only", "deduplicate"))
    if filtered and not flatten:
        raise UsageError("--versions, --live-only and --deduplicate go with --flatten")
    parquet = args.output.endswith(".parquet")
    if (flatten or parquet) and args.output == "-":
        raise UsageError("--flatten and Parquet output need an OUTPUT_FILE, not -")
    line = ProgressLine()

    def progress(done: int, total: int | None) -> None:
        line.show(f"{done:,} bytes" + (f" of {total:,}" if total else ""))

    if args.generate:
        status(f"Generating a new {export_type} export...")
    export = target.get_export(
        export_type, generate=args.generate, wait=True, wait_timeout=args.timeout
    )
    if flatten:
        return _write_flattened(ctx, target, export, args)
    with export:
        if parquet:
            rows = export.to_parquet(args.output)
            ctx.emit({"path": args.output, "rows": rows, "type": export_type},
                     f"Saved {rows:,} rows of the {export_type} export to {args.output}")
            return 0
        if args.output == "-":
            written = _to_stdout(export.iter_bytes(progress))
        else:
            written = export.save(args.output, progress=progress)
    line.show(f"{written:,} bytes", final=True)
    record = {"path": args.output, "bytes": written, "type": export_type}
    message = f"Saved the {export_type} export to {args.output}"
    if args.output == "-":  # stdout holds the data: the note goes to stderr
        status(json.dumps(record) if ctx.json else message)
    else:
        ctx.emit(record, message)
    return 0


def _write_flattened(ctx: Context, target: Exportable, export: Any,
                     args: argparse.Namespace) -> int:
    """``--flatten``: the annotations as one file per task type, labelled from the workflow."""
    from zoo_sdk.analysis import flatten_annotations
    from zoo_sdk.analysis.rows import ExportRowError

    workflows = target if target._api_slug == "workflows" else None
    errors: list[ExportRowError] = []
    with export:
        tables = flatten_annotations(export, workflows, versions=args.versions,
                                     live_only=args.live_only, deduplicate=args.deduplicate,
                                     errors=errors)
    base, suffix = os.path.splitext(args.output)
    written = {}
    for kind, table in tables.tables().items():
        path = f"{base}.{kind}{suffix or '.csv'}"
        if path.endswith(".parquet"):
            from zoo_sdk.analysis.frames import write_parquet

            write_parquet(table.to_arrow(), path)
        else:
            table.to_csv(path)
        written[kind] = path
        ctx.emit({"path": path, "rows": len(table), "type": kind},
                 f"Saved {len(table):,} {kind} rows to {path}")
    for error in errors:
        status(f"skipped {error}")
    status(f"{tables.classifications:,} classifications flattened"
           + (f", {len(errors)} malformed rows skipped (listed above)" if errors else ""))
    return 1 if errors else 0


def _to_stdout(chunks: Any) -> int:
    sys.stdout.flush()  # text written before goes first
    out = sys.stdout.buffer
    written = 0
    for chunk in chunks:
        out.write(chunk)
        written += len(chunk)
    out.flush()
    return written


def upload_line(line: ProgressLine) -> Any:
    """The ``progress`` callback of ``SubjectSet.upload`` drawing ``line``."""

    def show(progress: Any) -> None:
        line.show(str(progress))

    return show


__all__ = [
    "ProgressLine",
    "add_analysis_options",
    "add_export_options",
    "check_output",
    "download_export",
    "status",
    "upload_line",
]
