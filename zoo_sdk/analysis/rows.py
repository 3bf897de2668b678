"""Typed rows of the Panoptes CSV exports: classifications, subjects and workflows.

The exports' JSON columns (``metadata``, ``annotations``, ``subject_data``, ``tasks``, ...) are
decoded, ids become ints, times timezone-aware datetimes and workflow versions :class:`Version`
(``"12.10"`` is not the float ``12.1``). Rows stream from a path, an open file or an
:class:`~zoo_sdk.panoptes.exports.Export`; a malformed row raises :class:`ExportRowError`
naming its row number, id and column (or is collected, with ``errors=[]``), never dropped::

    from zoo_sdk import read_classifications
    for row in read_classifications("galaxy-zoo-classifications.csv", workflow_id=1234):
        print(row.classification_id, row.workflow_version, row.annotations[0]["value"])
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, NamedTuple, TypeVar

from zoo_sdk import errors
from zoo_sdk.analysis.csvsource import Batch, Source, read_batches
from zoo_sdk.analysis.filters import ClassificationFilter, Versions

_loads: Callable[[str], Any] = json.loads
_JSONError: type[ValueError] = json.JSONDecodeError
try:  # the [data] extra decodes JSON several times faster; the standard library is the fallback
    import orjson

    _loads, _JSONError = orjson.loads, orjson.JSONDecodeError
except ModuleNotFoundError:  # pragma: no cover - exercised only without the extra
    pass

Row = TypeVar("Row")


class ExportRowError(errors.ZooError, ValueError):
    """A row of an export that cannot be read: ``row`` (1 = the first row after the header),
    ``record_id`` (the row's classification/subject/workflow id, as written), ``column`` and
    ``reason``.

    >>> str(ExportRowError(12, "77", "created_at", "not a time: 'yesterday'"))
    "row 12 (id 77), column created_at: not a time: 'yesterday'"
    """

    def __init__(self, row: int, record_id: str | None, column: str, reason: str) -> None:
        self.row, self.record_id, self.column, self.reason = row, record_id, column, reason
        where = f"row {row}" + (f" (id {record_id})" if record_id else "")
        super().__init__(f"{where}, column {column}: {reason}")


class Version(NamedTuple):
    """A workflow version, ``major.minor``, ordered numerically.

    >>> Version.parse("12.10") > Version.parse("12.9"), str(Version(3, 0))
    (True, '3.0')
    """

    major: int
    minor: int = 0

    @classmethod
    def parse(cls, text: str | float | Version) -> Version:
        """``"12.10"`` or ``"12"`` (minor 0); a Version is returned as it is."""
        if isinstance(text, Version):
            return text
        major, dot, minor = str(text).strip().partition(".")
        if not major.isdigit() or (dot and not minor.isdigit()):
            raise ValueError(f"not a workflow version: {text!r}")
        return cls(int(major), int(minor or 0))

    def __str__(self) -> str:
        return f"{self.major}.{self.minor}"


# -- cell conversions (shared by the typed rows and the DataFrame/Parquet writers) -----------


def to_int(text: str) -> int:
    if not text.isdigit():  # (str.isdigit also takes some non-ASCII digits: int() refuses them)
        raise ValueError(f"not an id: {text!r}")
    return int(text)


def to_optional_int(text: str) -> int | None:
    return to_int(text) if text else None


def to_time(text: str) -> datetime:
    """``2024-05-01 12:00:00 UTC`` (the exports' Ruby format) or ISO 8601, as an aware UTC time.

    >>> to_time("2024-05-01 12:00:00 UTC").isoformat()
    '2024-05-01T12:00:00+00:00'
    """
    value = text[:-4] if text.endswith(" UTC") else text
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        raise ValueError(f"not a time: {text!r}") from None
    return parsed.replace(tzinfo=UTC) if parsed.tzinfo is None else parsed.astimezone(UTC)


def to_optional_time(text: str) -> datetime | None:
    return to_time(text) if text else None


def to_bool(text: str) -> bool | None:
    """The exports' booleans: ``true``/``false`` (any case), ``t``/``f``, empty for none."""
    lowered = text.strip().lower()
    if lowered in ("true", "t"):
        return True
    if lowered in ("false", "f"):
        return False
    if not lowered:
        return None
    raise ValueError(f"not a boolean: {text!r}")


def to_text(text: str) -> str:
    return text


def to_optional_text(text: str) -> str | None:
    return text or None


def to_json(text: str) -> Any:
    try:
        return _loads(text)
    except _JSONError as exc:
        raise ValueError(f"not JSON ({exc}): {_clip(text)}") from None


def to_json_object(text: str) -> dict[str, Any]:
    value = to_json(text) if text else {}
    if not isinstance(value, dict):
        raise ValueError(f"not a JSON object: {_clip(text)}")
    return value


def to_json_list(text: str) -> list[Any]:
    value = to_json(text) if text else []
    if not isinstance(value, list):
        raise ValueError(f"not a JSON list: {_clip(text)}")
    return value


def to_id_list(text: str) -> list[int]:
    """``subject_ids``: ids separated by ``;`` (and spaces in old exports)."""
    return [to_int(part.strip()) for part in text.split(";") if part.strip()]


def _clip(text: str, width: int = 60) -> str:
    return repr(text if len(text) <= width else text[:width] + "...")


# -- the rows ----------------------------------------------------------------------------------


@dataclass(slots=True)
class ClassificationRow:
    """One row of a classifications export, typed.

    ``annotations`` are as the export writes them (answer labels, ``task_label``,
    ``tool_label``); :func:`~zoo_sdk.analysis.flatten.flatten_annotations` makes tables of them.

    >>> row.workflow_version, row.subject_id, row.live_project   # doctest: +SKIP
    (Version(major=12, minor=10), 4321, True)
    """

    classification_id: int
    user_name: str
    user_id: int | None
    user_ip: str
    workflow_id: int
    workflow_name: str
    workflow_version: Version
    created_at: datetime
    gold_standard: bool | None
    expert: str | None
    metadata: dict[str, Any]
    annotations: list[Any]
    subject_data: dict[str, Any]
    subject_ids: list[int]
    row: int = field(default=0, compare=False)

    @property
    def subject_id(self) -> int | None:
        """The first (usually the only) subject classified."""
        return self.subject_ids[0] if self.subject_ids else None

    @property
    def logged_in(self) -> bool:
        return self.user_id is not None

    @property
    def live_project(self) -> bool | None:
        """Whether the project was live (launched) when classified (``metadata.live_project``)."""
        value = self.metadata.get("live_project")
        return value if isinstance(value, bool) else None

    @property
    def started_at(self) -> datetime | None:
        return _metadata_time(self.metadata, "started_at")

    @property
    def finished_at(self) -> datetime | None:
        return _metadata_time(self.metadata, "finished_at")

    @property
    def duration(self) -> float | None:
        """Seconds from ``started_at`` to ``finished_at`` (None when either is missing)."""
        start, end = self.started_at, self.finished_at
        return (end - start).total_seconds() if start and end else None


@dataclass(slots=True)
class SubjectRow:
    """One row of a subjects export (one per subject and linked workflow), typed.

    ``locations`` are the media URLs in frame order.
    """

    subject_id: int
    project_id: int
    workflow_id: int | None
    subject_set_id: int
    metadata: dict[str, Any]
    locations: list[str]
    classifications_count: int
    retired_at: datetime | None
    retirement_reason: str | None
    created_at: datetime
    updated_at: datetime
    row: int = field(default=0, compare=False)


@dataclass(slots=True)
class WorkflowRow:
    """One row of a workflows export: one version of one workflow, with its tasks and strings.

    >>> row.version, sorted(row.tasks)   # doctest: +SKIP
    (Version(major=3, minor=12), ['T0', 'T1'])
    """

    workflow_id: int
    display_name: str
    version: Version
    active: bool | None
    classifications_count: int
    pairwise: bool | None
    grouped: bool | None
    prioritized: bool | None
    primary_language: str
    first_task: str
    tutorial_subject_id: int | None
    retired_set_member_subjects_count: int
    tasks: dict[str, Any]
    retirement: dict[str, Any]
    aggregation: dict[str, Any]
    strings: dict[str, Any]
    row: int = field(default=0, compare=False)


def _metadata_time(metadata: Mapping[str, Any], key: str) -> datetime | None:
    value = metadata.get(key)
    if not isinstance(value, str):
        return None
    try:
        return to_time(value.replace("Z", "+00:00"))
    except ValueError:
        return None


_VERSIONS: dict[str, Version] = {}


def _version(text: str) -> Version:
    """``Version.parse``, remembered (an export has few distinct versions)."""
    found = _VERSIONS.get(text)
    if found is None:
        found = Version.parse(text)
        if len(_VERSIONS) < 4096:
            _VERSIONS[text] = found
    return found


def _locations(text: str) -> list[str]:
    """``{"0": url, "1": url}`` in frame order."""
    value = to_json_object(text)
    try:
        ordered = sorted(value.items(), key=lambda kv: int(kv[0]))
    except ValueError:
        raise ValueError(f"location keys are not frame numbers: {_clip(text)}") from None
    return [str(url) for _, url in ordered]


Converter = Callable[[str], Any]

#: Each export's columns: (column, converter, required). Unknown extra columns are ignored.
CLASSIFICATION_COLUMNS: tuple[tuple[str, Converter, bool], ...] = (
    ("classification_id", to_int, True),
    ("user_name", to_text, True),
    ("user_id", to_optional_int, True),
    ("user_ip", to_text, False),
    ("workflow_id", to_int, True),
    ("workflow_name", to_text, False),
    ("workflow_version", _version, True),
    ("created_at", to_time, True),
    ("gold_standard", to_bool, False),
    ("expert", to_optional_text, False),
    ("metadata", to_json_object, True),
    ("annotations", to_json_list, True),
    ("subject_data", to_json_object, True),
    ("subject_ids", to_id_list, False),
)
SUBJECT_COLUMNS: tuple[tuple[str, Converter, bool], ...] = (
    ("subject_id", to_int, True),
    ("project_id", to_int, True),
    ("workflow_id", to_optional_int, False),
    ("subject_set_id", to_int, True),
    ("metadata", to_json_object, True),
    ("locations", _locations, True),
    ("classifications_count", to_int, False),
    ("retired_at", to_optional_time, False),
    ("retirement_reason", to_optional_text, False),
    ("created_at", to_time, True),
    ("updated_at", to_time, True),
)
WORKFLOW_COLUMNS: tuple[tuple[str, Converter, bool], ...] = (
    ("workflow_id", to_int, True),
    ("display_name", to_text, True),
    ("version", to_int, True),
    ("active", to_bool, False),
    ("classifications_count", to_int, False),
    ("pairwise", to_bool, False),
    ("grouped", to_bool, False),
    ("prioritized", to_bool, False),
    ("primary_language", to_text, False),
    ("first_task", to_text, False),
    ("tutorial_subject_id", to_optional_int, False),
    ("retired_set_member_subjects_count", to_int, False),
    ("tasks", to_json_object, True),
    ("retirement", to_json_object, False),
    ("aggregation", to_json_object, False),
    ("strings", to_json_object, False),
    ("minor_version", to_int, True),
)
#: What a missing optional column reads as (its converter applied to an empty cell).
_EMPTY_DEFAULTS = {"classifications_count": "0", "retired_set_member_subjects_count": "0"}


class Layout:
    """How to read one export's columns: checks the header, converts cells, names bad rows."""

    def __init__(self, name: str, columns: Sequence[tuple[str, Converter, bool]],
                 id_column: str) -> None:
        self.name, self.columns, self.id_column = name, tuple(columns), id_column

    def check_header(self, header: Sequence[str]) -> None:
        missing = [c for c, _, required in self.columns if required and c not in header]
        if missing:
            raise errors.InvalidResponseError(
                f"not a {self.name} export: no column {', '.join(missing)} "
                f"(the header is {', '.join(header[:20]) or 'empty'})"
            )

    def convert(self, batch: Batch, errors_out: list[ExportRowError] | None,
                only: Iterable[str] | None = None) -> dict[str, list[Any]]:
        """The batch's columns converted; a bad row raises, or with ``errors_out`` is recorded
        there and its cells become None (the caller skips rows listed in ``batch.bad``)."""
        wanted = set(only) if only is not None else None
        out: dict[str, list[Any]] = {}
        ids = batch.columns.get(self.id_column, [])
        for name, converter, _ in self.columns:
            if wanted is not None and name not in wanted:
                continue
            cells = batch.columns.get(name)
            if cells is None:
                cells = [_EMPTY_DEFAULTS.get(name, "")] * batch.size
            try:
                out[name] = [converter(cell) for cell in cells]
            except ValueError:
                out[name] = self.convert_cells(name, converter, cells, ids, batch, errors_out)
        return out

    def convert_cells(self, name: str, converter: Converter, cells: list[str], ids: list[str],
                batch: Batch, errors_out: list[ExportRowError] | None) -> list[Any]:
        """Convert cell by cell to find (and report) the bad ones."""
        values: list[Any] = []
        for index, cell in enumerate(cells):
            try:
                values.append(converter(cell))
            except ValueError as exc:
                error = ExportRowError(batch.first_row + index, ids[index] if ids else None,
                                       name, str(exc))
                if errors_out is None:
                    raise error from None
                errors_out.append(error)
                batch.bad.add(index)
                values.append(None)
        return values


CLASSIFICATIONS = Layout("classifications", CLASSIFICATION_COLUMNS, "classification_id")
SUBJECTS = Layout("subjects", SUBJECT_COLUMNS, "subject_id")
WORKFLOWS = Layout("workflows", WORKFLOW_COLUMNS, "workflow_id")


def _rows(source: Source, layout: Layout, build: Callable[[dict[str, list[Any]], int, int], Row],
          errors_out: list[ExportRowError] | None) -> Iterator[Row]:
    for batch in read_batches(source, layout.check_header):
        columns = layout.convert(batch, errors_out)
        for index in range(batch.size):
            if index not in batch.bad:
                yield build(columns, index, batch.first_row + index)


def _classification(columns: dict[str, list[Any]], i: int, row: int) -> ClassificationRow:
    subject_ids = columns["subject_ids"][i] if "subject_ids" in columns else []
    subject_data = columns["subject_data"][i]
    if not subject_ids:
        subject_ids = [int(k) for k in subject_data if str(k).isdigit()]
    return ClassificationRow(
        columns["classification_id"][i], columns["user_name"][i], columns["user_id"][i],
        columns["user_ip"][i], columns["workflow_id"][i], columns["workflow_name"][i],
        columns["workflow_version"][i], columns["created_at"][i], columns["gold_standard"][i],
        columns["expert"][i], columns["metadata"][i], columns["annotations"][i], subject_data,
        subject_ids, row)


def _subject(columns: dict[str, list[Any]], i: int, row: int) -> SubjectRow:
    return SubjectRow(**{name: columns[name][i] for name, _, _ in SUBJECT_COLUMNS}, row=row)


def _workflow(columns: dict[str, list[Any]], i: int, row: int) -> WorkflowRow:
    names = [c for c, _, _ in WORKFLOW_COLUMNS if c not in ("version", "minor_version")]
    values = {name: columns[name][i] for name in names}
    version = Version(columns["version"][i], columns["minor_version"][i])
    return WorkflowRow(version=version, row=row, **values)


def read_classifications(
    source: Source,
    *,
    workflow_id: int | Iterable[int] | None = None,
    versions: Versions = None,
    live_only: bool = False,
    deduplicate: bool = False,
    gold_standard: bool | None = None,
    expert: bool | None = None,
    errors: list[ExportRowError] | None = None,
) -> Iterator[ClassificationRow]:
    """Typed rows of a classifications export (a path, an open file, or an Export), streamed.

    Filters: ``workflow_id``; ``versions`` (``"12.10"``, ``">=12"``, ``("12.0", "13.5")``);
    ``live_only`` (classified while the project was live); ``deduplicate`` (keep the first
    classification of a subject by a volunteer, by user id or, for those not logged in, the
    hashed IP); ``gold_standard`` / ``expert`` (True: only those, False: none of those).
    A malformed row raises :class:`ExportRowError`; pass ``errors=[]`` to collect them instead.

    >>> rows = read_classifications("classifications.csv", versions=">=12", live_only=True)
    ... # doctest: +SKIP
    """
    keep = ClassificationFilter.of(workflow_id=workflow_id, versions=versions,
                                   live_only=live_only, deduplicate=deduplicate,
                                   gold_standard=gold_standard, expert=expert)
    rows = _rows(source, CLASSIFICATIONS, _classification, errors)
    return keep.rows(rows) if keep.active else rows


def read_subjects(source: Source, *, errors: list[ExportRowError] | None = None
                  ) -> Iterator[SubjectRow]:
    """Typed rows of a subjects export, streamed.

    >>> {r.subject_id: r.locations for r in read_subjects("subjects.csv")}   # doctest: +SKIP
    """
    return _rows(source, SUBJECTS, _subject, errors)


def read_workflows(source: Source, *, errors: list[ExportRowError] | None = None
                   ) -> Iterator[WorkflowRow]:
    """Typed rows of a workflows export (one per workflow version), streamed.

    >>> [(r.workflow_id, str(r.version)) for r in read_workflows("workflows.csv")]
    ... # doctest: +SKIP
    """
    return _rows(source, WORKFLOWS, _workflow, errors)


__all__ = [
    "CLASSIFICATIONS",
    "SUBJECTS",
    "WORKFLOWS",
    "ClassificationRow",
    "ExportRowError",
    "Layout",
    "SubjectRow",
    "Version",
    "WorkflowRow",
    "read_classifications",
    "read_subjects",
    "read_workflows",
]
