"""Upload manifests (CSV), read as panoptescli reads them, checked before any request.

- Every column is subject metadata, file columns included; a ``%`` before a column name is
  dropped and makes the column one of the set's ``indexFields``.
- File columns are ``--file-column`` (a column number, from 1, or a name), else every column
  whose value names an existing file (relative to the manifest) in the first row that has one.
- ``--remote-location N`` columns hold URLs, typed by ``--mime-type`` (one for all, or one each).
- A missing, empty or unacceptable file stops everything, unless ``--allow-missing``: then it is
  left out, and so is a row left without media.

>>> read_manifests([Path("manifest.csv")], None, [], None, False).items[0]   # doctest: +SKIP
{'key': 'a.png', 'locations': ['images/a.png'], 'metadata': {'file': 'a.png', 'name': 'A'}}
"""

from __future__ import annotations

import argparse
import csv
import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from zoo_sdk.cli._context import UsageError, status
from zoo_sdk.errors import UnknownMediaException
from zoo_sdk.panoptes.media import ALLOWED_MIME_TYPES, Location

#: panoptescli's MIME type of remote locations when none is given.
DEFAULT_REMOTE_MIME = "image/png"


@dataclass
class Manifests:
    """The upload items of one or more manifests."""

    items: list[dict[str, Any]] = field(default_factory=list)
    #: ``indexFields`` for the subject set: the ``%`` columns of the last manifest having some.
    index_fields: str | None = None
    #: What ``--allow-missing`` left out, one note each.
    skipped: list[str] = field(default_factory=list)


def column_number(value: str) -> int:
    """An argparse type: a column number, counted from 1."""
    if not value.isdigit() or int(value) < 1:
        raise argparse.ArgumentTypeError(f"not a column number (1, 2, ...): {value!r}")
    return int(value)


def remote_mime_types(remote: Sequence[int], mime_types: Sequence[str] | None) -> list[str]:
    """One MIME type per remote column: one given for all, or one each (panoptescli's rule)."""
    if not remote:
        if mime_types:
            status("note: --mime-type applies to --remote-location columns; none was given")
        return []
    given = list(mime_types or [DEFAULT_REMOTE_MIME])
    if len(given) == 1:
        given *= len(remote)
    elif len(given) != len(remote):
        raise UsageError(
            f"{len(given)} --mime-type for {len(remote)} --remote-location: give one for all, "
            "or one per remote location"
        )
    for mime in given:
        if mime not in ALLOWED_MIME_TYPES:
            raise UsageError(
                f"--mime-type {mime} is not a subject media type Panoptes accepts "
                f"({', '.join(sorted(ALLOWED_MIME_TYPES))})"
            )
    return given


def read_manifests(
    paths: Sequence[Path],
    file_columns: Sequence[str] | None,
    remote: Sequence[int],
    mime_types: Sequence[str] | None,
    allow_missing: bool,
) -> Manifests:
    """The items of every manifest, in order. Each item's key is its media (file names, URLs),
    prefixed by the manifest's name when there are several, so a resumed upload matches rows
    even if they move."""
    mimes = remote_mime_types(remote, mime_types)
    result = Manifests()
    seen: dict[str, int] = {}
    for path in paths:
        index = _read_one(path, len(paths) > 1, file_columns, remote, mimes, allow_missing, result)
        if index:
            result.index_fields = ",".join(index)
    for item in result.items:
        key = item["key"]
        seen[key] = seen.get(key, 0) + 1
        if seen[key] > 1:
            item["key"] = f"{key}#{seen[key]}"
    if not result.items:
        raise UsageError("no row of the manifest has media to upload")
    return result


def _read_one(
    path: Path,
    several: bool,
    file_columns: Sequence[str] | None,
    remote: Sequence[int],
    mimes: Sequence[str],
    allow_missing: bool,
    result: Manifests,
) -> list[str]:
    """Add the items of one manifest to ``result``; returns its index fields."""
    try:
        with open(path, newline="", encoding="utf-8-sig") as handle:
            reader = csv.reader(handle, skipinitialspace=True)
            rows = [(reader.line_num, row) for row in reader if any(c.strip() for c in row)]
    except OSError as exc:
        raise UsageError(f"cannot read the manifest {path}: {exc.strerror or exc}") from None
    except (csv.Error, UnicodeDecodeError) as exc:
        raise UsageError(f"the manifest {path} is not a UTF-8 CSV file: {exc}") from None
    if not rows:
        raise UsageError(f"the manifest {path} is empty")
    (_, headers), body = rows[0], rows[1:]
    if not body:
        raise UsageError(f"the manifest {path} has no rows")
    names = [h.lstrip("%") for h in headers]
    index = [name for header, name in zip(headers, names, strict=True) if header.startswith("%")]
    remote_at = [_column(str(n), headers, names, path) for n in remote]
    if file_columns:
        files_at = [_column(spec, headers, names, path) for spec in file_columns]
    else:
        files_at = _detect(body, path.parent, set(remote_at))
        if not files_at and not remote_at:
            raise UsageError(
                f"no column of {path} names an existing file: use --file-column (a number or "
                "a name) or --remote-location"
            )
    prefix = f"{path.name}:" if several else ""
    for line, row in body:
        where = f"{path}, line {line}"
        cells = row + [""] * (len(headers) - len(row))
        locations: list[Any] = []
        media: list[str] = []
        for at in files_at:
            value = cells[at]
            problem = f"column {names[at]!r} is empty"
            if value:
                file_path = path.parent / value
                try:
                    Location.from_source(file_path)
                except UnknownMediaException as exc:
                    problem = str(exc)
                else:
                    locations.append(os.fspath(file_path))
                    media.append(value)
                    continue
            _missing(where, problem, allow_missing, result)
        for at, mime in zip(remote_at, mimes, strict=True):
            url = cells[at].strip()
            if not url:
                _missing(where, f"column {names[at]!r} is empty", allow_missing, result)
            elif not url.startswith(("https://", "http://")):
                raise UsageError(f"{where}: column {names[at]!r} is not a URL: {url!r}")
            else:
                locations.append({mime: url})
                media.append(url)
        if not locations:
            if not allow_missing:
                raise UsageError(f"{where}: the row has no media (--allow-missing skips it)")
            result.skipped.append(f"{where}: no media, row left out")
            continue
        metadata = {k: v for k, v in zip(names, row, strict=False) if k}
        result.items.append(
            {"key": prefix + "|".join(media), "locations": locations, "metadata": metadata}
        )
    return index


def _missing(where: str, problem: str, allow_missing: bool, result: Manifests) -> None:
    if not allow_missing:
        raise UsageError(f"{where}: {problem} (--allow-missing leaves it out)")
    result.skipped.append(f"{where}: {problem}")


def _column(spec: str, headers: list[str], names: list[str], path: Path) -> int:
    """The index of a column given by number (from 1) or by name."""
    if spec.isdigit():
        number = int(spec)
        if not 1 <= number <= len(headers):
            raise UsageError(f"{path} has no column {number} (it has {len(headers)})")
        return number - 1
    for at, (header, name) in enumerate(zip(headers, names, strict=True)):
        if spec in (header, name):
            return at
    raise UsageError(f"{path} has no column {spec!r} (columns: {', '.join(names)})")


def _detect(body: list[tuple[int, list[str]]], folder: Path, exclude: set[int]) -> list[int]:
    """The columns naming existing files, in the first row that has any (as panoptescli)."""
    for _, row in body:
        found = [
            at
            for at, value in enumerate(row)
            if at not in exclude and value and (folder / value).is_file()
        ]
        if found:
            return found
    return []


__all__ = ["Manifests", "column_number", "read_manifests", "remote_mime_types"]
