"""Cached exports with provenance: ``project.sync_export("classifications", "data/cls.parquet",
max_age="24h")``.

An analysis run calls it every time; it asks the server for a new export only when the latest
is older than ``max_age`` (and waits for one being made rather than starting another),
downloads only when the server's export is not the one on disk, resumes an interrupted
download on the next call, and writes beside the file a provenance sidecar
(``cls.parquet.provenance.json``): the export medium's id, ``created_at`` and ``updated_at``,
the download's sha256 and size, the output's sha256, rows and format, the workflow versions in
the data and the zoo-sdk version. An analysis can then say exactly which data it used::

    synced = project.sync_export("classifications", "data/cls.parquet", max_age="24h")
    synced.downloaded, synced.provenance["sha256"], synced.provenance["workflow_versions"]

The output's format follows its name: ``.parquet`` (typed Parquet, the ``[data]`` extra) or
anything else (the CSV as served).
"""

from __future__ import annotations

import contextlib
import json
import os
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

from zoo_sdk import errors

if TYPE_CHECKING:
    from zoo_sdk.panoptes.exports import Exportable

SIDECAR = ".provenance.json"
_AGE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([smhdw]?)\s*$")
_UNITS = {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400, "w": 604800}


@dataclass(frozen=True)
class SyncResult:
    """What :func:`sync_export` did: the output ``path``, whether it ``downloaded`` and
    ``regenerated`` (asked the server for a new export), and the ``provenance`` written."""

    path: str
    downloaded: bool
    regenerated: bool
    provenance: dict[str, Any]


def parse_age(max_age: str | float | timedelta) -> float:
    """Seconds of ``"24h"``, ``"30m"``, ``"7d"``, ``"2w"``, a number of seconds or a timedelta.

    >>> parse_age("24h"), parse_age(90), parse_age("1.5d")
    (86400.0, 90.0, 129600.0)
    """
    if isinstance(max_age, timedelta):
        return max_age.total_seconds()
    if isinstance(max_age, int | float):
        return float(max_age)
    matched = _AGE.match(str(max_age))
    if not matched:
        raise ValueError(f"not an age: {max_age!r} (try '24h', '30m', '7d' or seconds)")
    return float(matched[1]) * _UNITS[matched[2]]


def sync_export(
    target: Exportable,
    export_type: str,
    path: str | os.PathLike[str],
    *,
    max_age: str | float | timedelta = "24h",
    generate: bool = True,
    wait_timeout: float | None = None,
    progress: Callable[[int, int | None], None] | None = None,
) -> SyncResult:
    """Keep ``path`` a copy of ``target``'s latest ``export_type`` export no older than
    ``max_age`` (see the module doc). With ``generate=False`` no new export is asked for: the
    latest one is used whatever its age."""
    from zoo_sdk.panoptes.downloads import download, without_query

    output = os.fspath(path)
    limit = parse_age(max_age)
    folder = os.path.dirname(os.path.abspath(output))
    if not os.path.isdir(folder):
        raise FileNotFoundError(2, "the folder does not exist", folder)
    parquet = output.endswith(".parquet")
    if parquet:
        from zoo_sdk.analysis.frames import require_pyarrow

        require_pyarrow()
    medium, regenerated = _fresh_medium(target, export_type, limit, generate, wait_timeout)
    previous = read_provenance(output)
    if previous is not None and _same_medium(previous, medium) and _intact(output, previous):
        return SyncResult(output, False, regenerated, previous)
    src = medium.get("src") or medium.get("url")  # (Talk's data requests say url)
    if not src:
        raise errors.NotFoundError(f"the {export_type} export has no download URL", status=404)
    raw = output + ".download" if parquet else output
    fetched = download(str(src), raw, progress=progress)
    versions = _workflow_versions(raw) if export_type == "classifications" else None
    rows: int | None = None
    if parquet:
        from zoo_sdk.analysis.frames import write_export_parquet

        layout = export_type if export_type in ("classifications", "subjects",
                                                "workflows") else None
        if layout is None:
            raise errors.ValidationError(f"{export_type} exports cannot be written as Parquet")
        rows = write_export_parquet(raw, output, layout)
        os.unlink(raw)
    provenance = {
        "export_type": export_type,
        "resource": {"type": target._api_slug, "id": str(target.id)},
        "medium_id": str(medium.get("id")),
        "medium_created_at": medium.get("created_at"),
        "medium_updated_at": medium.get("updated_at"),
        "download": {"url": without_query(str(src)), "bytes": fetched.bytes,
                     "sha256": fetched.sha256, "etag": fetched.etag,
                     "content_type": fetched.content_type},
        "sha256": _sha(output),
        "bytes": os.path.getsize(output),
        "format": "parquet" if parquet else "csv",
        "rows": rows,
        "workflow_versions": versions,
        "zoo_sdk_version": _version(),
        "synced_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "regenerated": regenerated,
    }
    _write_json(output + SIDECAR, provenance)
    return SyncResult(output, True, regenerated, provenance)


def read_provenance(path: str | os.PathLike[str]) -> dict[str, Any] | None:
    """The provenance sidecar of ``path`` (None when there is none or it does not parse)."""
    try:
        with open(os.fspath(path) + SIDECAR, encoding="utf-8") as handle:
            found = json.load(handle)
    except (OSError, ValueError):
        return None
    return found if isinstance(found, dict) else None


def _fresh_medium(target: Exportable, export_type: str, limit: float, generate: bool,
                  wait_timeout: float | None) -> tuple[dict[str, Any], bool]:
    """The export medium to use, and whether a new one was asked for."""
    try:
        medium = target.describe_export(export_type)
    except errors.NotFoundError:
        medium = None
    if medium is not None:
        state = (medium.get("metadata") or {}).get("state") or medium.get("state")
        if state in ("creating", "pending"):  # being made: wait for it rather than ask again
            return target.wait_export(export_type, wait_timeout), False
        if not generate or _age(medium) <= limit:
            return medium, False
    if not generate:
        raise errors.NotFoundError(f"no {export_type} export exists yet (generate=False)",
                                   status=404)
    target.generate_export(export_type)
    return target.wait_export(export_type, wait_timeout), True


def _age(medium: dict[str, Any]) -> float:
    stamp = medium.get("updated_at") or medium.get("created_at")
    if not isinstance(stamp, str):
        return float("inf")
    try:
        when = datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    except ValueError:
        return float("inf")
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return (datetime.now(UTC) - when).total_seconds()


def _same_medium(previous: dict[str, Any], medium: dict[str, Any]) -> bool:
    return previous.get("medium_id") == str(medium.get("id")) and \
        previous.get("medium_updated_at") == medium.get("updated_at")


def _intact(output: str, previous: dict[str, Any]) -> bool:
    """The file on disk is the one the sidecar describes (size, then sha256)."""
    from zoo_sdk.panoptes.downloads import sha256_of

    try:
        if os.path.getsize(output) != previous.get("bytes"):
            return False
    except OSError:
        return False
    return sha256_of(output) == previous.get("sha256")


def _workflow_versions(path: str) -> dict[str, list[str]]:
    """{workflow id: sorted versions} of a classifications export on disk."""
    from zoo_sdk.analysis.csvsource import read_batches
    from zoo_sdk.analysis.rows import CLASSIFICATIONS, Version

    found: dict[str, set[str]] = {}
    for batch in read_batches(path, CLASSIFICATIONS.check_header):
        for workflow, version in zip(batch.columns["workflow_id"],
                                     batch.columns["workflow_version"], strict=True):
            found.setdefault(workflow, set()).add(version)

    def order(text: str) -> tuple[int, ...]:
        with contextlib.suppress(ValueError):
            return tuple(Version.parse(text))
        return (1 << 62,)

    return {w: sorted(v, key=order) for w, v in sorted(found.items())}


def _sha(path: str) -> str:
    from zoo_sdk.panoptes.downloads import sha256_of

    return sha256_of(path)


def _version() -> str:
    from zoo_sdk import __version__

    return __version__


def _write_json(path: str, value: dict[str, Any]) -> None:
    from zoo_sdk.analysis.frames import atomic_path

    with atomic_path(path) as tmp, open(tmp, "w", encoding="utf-8") as handle:
        json.dump(value, handle, indent=2, sort_keys=True)
        handle.write("\n")


__all__ = ["SIDECAR", "SyncResult", "parse_age", "read_provenance", "sync_export"]
