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
    line = ProgressLine()

    def progress(done: int, total: int | None) -> None:
        line.show(f"{done:,} bytes" + (f" of {total:,}" if total else ""))

    if args.generate:
        status(f"Generating a new {export_type} export...")
    export = target.get_export(
        export_type, generate=args.generate, wait=True, wait_timeout=args.timeout
    )
    with export:
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
    "add_export_options",
    "check_output",
    "download_export",
    "status",
    "upload_line",
]
