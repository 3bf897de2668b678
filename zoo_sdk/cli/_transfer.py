"""Long transfers: a live progress line on stderr, export downloads, upload manifests."""

from __future__ import annotations

import argparse
import csv
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
    parser.add_argument("output", type=Path, help="the CSV file to write")
    parser.add_argument(
        "--generate", action="store_true", help="generate a fresh export first (and wait)"
    )
    parser.add_argument(
        "--timeout", type=float, default=None, help="give up waiting after this many seconds"
    )


def download_export(
    ctx: Context, target: Exportable, export_type: str, args: argparse.Namespace
) -> int:
    """Wait for the export, stream it to ``args.output`` atomically, report on stderr."""
    line = ProgressLine()

    def progress(done: int, total: int | None) -> None:
        line.show(f"{done:,} bytes" + (f" of {total:,}" if total else ""))

    export = target.get_export(
        export_type, generate=args.generate, wait=True, wait_timeout=args.timeout
    )
    with export:
        written = export.save(args.output, progress=progress)
    line.show(f"{written:,} bytes", final=True)
    ctx.emit(
        {"path": str(args.output), "bytes": written, "type": export_type},
        f"Saved the {export_type} export to {args.output}",
    )
    return 0


# -- upload manifests ---------------------------------------------------------------------------


def read_manifest(path: Path, file_columns: list[str] | None) -> list[dict[str, Any]]:
    """Upload items from a CSV manifest: ``file_columns`` (default: the first column naming an
    existing file) are the media, relative to the manifest; the other columns are metadata.
    Each item's key is its file names, so a resumed upload matches rows even if they move."""
    with open(path, newline="", encoding="utf-8-sig") as handle:
        rows = list(csv.DictReader(handle))
    if not rows:
        raise UsageError(f"the manifest {path} has no rows")
    folder = path.parent
    columns = list(rows[0])
    chosen = file_columns or _file_column(rows[0], columns, folder)
    missing = [c for c in chosen if c not in columns]
    if missing:
        raise UsageError(f"the manifest has no column {missing[0]!r} (columns: {columns})")
    items: list[dict[str, Any]] = []
    seen: dict[str, int] = {}
    for row in rows:
        names = [row[c] for c in chosen if row.get(c)]
        key = "|".join(names)
        seen[key] = seen.get(key, 0) + 1
        if seen[key] > 1:
            key = f"{key}#{seen[key]}"
        items.append(
            {
                "key": key,
                "locations": [os.fspath(folder / name) for name in names],
                "metadata": {k: v for k, v in row.items() if k not in chosen and k},
            }
        )
    return items


def _file_column(row: dict[str, str], columns: list[str], folder: Path) -> list[str]:
    for column in columns:
        value = row.get(column) or ""
        if value and (folder / value).is_file():
            return [column]
    raise UsageError("no manifest column names an existing file; use --file-column")


def upload_line(line: ProgressLine) -> Any:
    """The ``progress`` callback of ``SubjectSet.upload`` drawing ``line``."""

    def show(progress: Any) -> None:
        line.show(str(progress))

    return show


__all__ = ["ProgressLine", "add_export_options", "download_export", "read_manifest", "status"]
