"""Annotations as tidy tables, one per task type, labelled from each classification's own
workflow version.

``flatten_annotations(source, workflows=...)`` reads a classifications export (a path, an open
file, an :class:`~zoo_sdk.panoptes.exports.Export`, or :class:`ClassificationRow` objects) and
returns :class:`AnnotationTables`: ``question`` (single and multiple choice: one row per chosen
answer, index and label), ``shortcut``, ``drawing`` (one row per mark: tool, frame,
coordinates, details), ``survey`` (one row per identified choice: choice, label, answers,
count), ``text``, ``dropdown`` (one row per menu), ``slider`` and ``other`` (task types it
does not know, value as JSON: nothing is dropped). Combo tasks are unwrapped: their parts go
to their own type's table with ``parent_task`` set. Every table starts with the same columns:
``classification_id, subject_id, user_name, user_id, workflow_id, workflow_version,
created_at, task, task_label, parent_task``::

    tables = flatten_annotations(project.get_export("classifications"),
                                 workflows=project.get_export("workflows"), live_only=True)
    answers = tables.question.to_pandas()
    answers.groupby(["subject_id", "answer"]).size().unstack(fill_value=0)

Without ``workflows=`` task types are told from the annotations' shapes, and what only the
workflow knows (answer indexes, survey labels, detail labels) is left empty; a plain string
value (a single-choice answer's label, or a transcription) then goes to ``question`` with
``task_type`` empty.
"""

from __future__ import annotations

import contextlib
import gc
import json
import os
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from zoo_sdk.analysis.csvsource import Source, is_source, read_batches
from zoo_sdk.analysis.filters import ClassificationFilter, Versions
from zoo_sdk.analysis.rows import (
    CLASSIFICATIONS,
    ClassificationRow,
    ExportRowError,
    to_json_list,
)
from zoo_sdk.analysis.workflows import EMPTY, TaskSet, WorkflowTasks

if TYPE_CHECKING:
    import pandas
    import pyarrow

    from zoo_sdk.analysis.frames import ArrowChunk

COMMON = ("classification_id", "subject_id", "user_name", "user_id", "workflow_id",
          "workflow_version", "created_at", "task", "task_label", "parent_task")
#: Each table's own columns after COMMON, with their (pandas) types; "object" holds lists/dicts.
KIND_COLUMNS: dict[str, tuple[tuple[str, str], ...]] = {
    "question": (("task_type", "string"), ("answer_index", "Int64"), ("answer", "string")),
    "shortcut": (("answer_index", "Int64"), ("answer", "string")),
    "drawing": (("mark_index", "Int64"), ("tool_index", "Int64"), ("tool_label", "string"),
                ("tool_type", "string"), ("frame", "Int64"), ("x", "Float64"), ("y", "Float64"),
                ("width", "Float64"), ("height", "Float64"), ("r", "Float64"),
                ("rx", "Float64"), ("ry", "Float64"), ("angle", "Float64"), ("x1", "Float64"),
                ("y1", "Float64"), ("x2", "Float64"), ("y2", "Float64"), ("points", "object"),
                ("details", "object")),
    "survey": (("choice_index", "Int64"), ("choice", "string"), ("choice_label", "string"),
               ("count", "Int64"), ("answers", "object"), ("answer_labels", "object")),
    "text": (("value", "string"),),
    "dropdown": (("select_index", "Int64"), ("select_label", "string"), ("value", "string"),
                 ("label", "string"), ("option", "boolean")),
    "slider": (("value", "Float64"),),
    "other": (("task_type", "string"), ("value", "string")),
}
COMMON_TYPES = {"classification_id": "Int64", "subject_id": "Int64", "user_name": "string",
                "user_id": "Int64", "workflow_id": "Int64", "workflow_version": "string",
                "created_at": "datetime64[us, UTC]", "task": "string", "task_label": "string",
                "parent_task": "string"}
SHAPE_KEYS = ("x", "y", "width", "height", "r", "rx", "ry", "angle", "x1", "y1", "x2", "y2")
_SHAPE_AT = {key: at for at, key in enumerate(SHAPE_KEYS)}
#: Rows a table keeps as Python objects before moving them into Arrow (see Table.compact).
COMPACT_ROWS = 50_000
_COUNT_QUESTION = re.compile(r"^(how ?many|hwmn|howmany|count)", re.IGNORECASE)
_LEADING_NUMBER = re.compile(r"^\s*(\d+)")


# -- tables ----------------------------------------------------------------------------------


@dataclass
class Table:
    """A table of one task type, as columns (lists of equal length).

    While flattening, rows are kept as tuples and, with pyarrow installed, moved every
    ``COMPACT_ROWS`` rows into Arrow arrays (a tenth of the memory of Python objects);
    ``columns`` gives Python lists back, ``to_pandas``/``to_arrow`` convert from Arrow.

    >>> len(tables.question), tables.question.columns["answer"][:2]   # doctest: +SKIP
    (1200, ['Yes', 'No'])
    """

    kind: str
    _columns: dict[str, list[Any]]
    #: Rows appended by the flattener (one tuple each: far cheaper than one append per column).
    pending: list[tuple[Any, ...]] = field(default_factory=list, repr=False)
    #: Older rows, compacted (they come before those in ``_columns`` and ``pending``).
    _chunks: list[ArrowChunk] = field(default_factory=list, repr=False)

    @classmethod
    def empty(cls, kind: str) -> Table:
        return cls(kind, {name: [] for name in (*COMMON, *(c for c, _ in KIND_COLUMNS[kind]))})

    @property
    def columns(self) -> dict[str, list[Any]]:
        """The table as {column: values}."""
        if self._chunks:
            from zoo_sdk.analysis.frames import chunk_lists

            held = self._held()
            lists = [chunk_lists(chunk, self.types) for chunk in self._chunks]
            self._columns = {name: [v for part in (*lists, held) for v in part[name]]
                             for name in held}
            self._chunks.clear()
        return self._held()

    def _held(self) -> dict[str, list[Any]]:
        """The rows kept as Python objects, as columns (``pending`` moved into them)."""
        if self.pending:
            for values, added in zip(self._columns.values(), zip(*self.pending, strict=True),
                                     strict=True):
                values.extend(added)
            self.pending.clear()
        return self._columns

    @property
    def types(self) -> dict[str, str]:
        return {**COMMON_TYPES, **dict(KIND_COLUMNS[self.kind])}

    def __len__(self) -> int:
        return (sum(chunk.size for chunk in self._chunks)
                + len(self._columns["classification_id"]) + len(self.pending))

    def compact(self, at_least: int = 1) -> bool:
        """Move the rows kept as Python objects into Arrow when there are ``at_least`` of them;
        False (nothing moved) without pyarrow."""
        if len(self.pending) + len(self._columns["classification_id"]) < max(at_least, 1):
            return False
        try:
            from zoo_sdk.analysis.frames import arrow_chunk
            chunk = arrow_chunk(self._held(), self.types)
        except ModuleNotFoundError:
            return False
        self._chunks.append(chunk)
        self._columns = {name: [] for name in self._columns}
        return True

    def rows(self) -> Iterator[dict[str, Any]]:
        """The rows as dicts."""
        names = list(self.columns)
        for values in zip(*self.columns.values(), strict=True):
            yield dict(zip(names, values, strict=True))

    def to_pandas(self) -> pandas.DataFrame:
        """A DataFrame with typed columns (nullable ints, strings, UTC times; lists and dicts
        as objects). Needs the ``[data]`` extra.

        >>> tables.drawing.to_pandas().dtypes["x"]   # doctest: +SKIP
        Float64Dtype()
        """
        from zoo_sdk.analysis.frames import chunks_to_pandas, require_pyarrow

        require_pyarrow()
        self.compact()
        with _no_cyclic_gc():
            return chunks_to_pandas(self._chunks, self.types)

    def to_csv(self, path: str | os.PathLike[str]) -> int:
        """Write the table as CSV (lists and dicts as JSON, times ISO 8601), atomically;
        returns the number of rows. Needs no extra.

        >>> tables.question.to_csv("answers.csv")   # doctest: +SKIP
        1200
        """
        import csv

        from zoo_sdk.analysis.frames import atomic_path

        with atomic_path(path) as tmp, open(tmp, "w", newline="", encoding="utf-8") as out:
            writer = csv.writer(out, lineterminator="\n")
            writer.writerow(self.columns)
            for values in zip(*self.columns.values(), strict=True):
                writer.writerow([_cell(v) for v in values])
        return len(self)

    def to_arrow(self) -> pyarrow.Table:
        """An Arrow table; list and dict columns are JSON text (Arrow's JSON type)."""
        from zoo_sdk.analysis.frames import chunks_to_arrow, require_pyarrow

        require_pyarrow()
        self.compact()
        return chunks_to_arrow(self._chunks, self.types)


@dataclass
class AnnotationTables:
    """The tables of :func:`flatten_annotations`, one attribute per task type."""

    question: Table = field(default_factory=lambda: Table.empty("question"))
    shortcut: Table = field(default_factory=lambda: Table.empty("shortcut"))
    drawing: Table = field(default_factory=lambda: Table.empty("drawing"))
    survey: Table = field(default_factory=lambda: Table.empty("survey"))
    text: Table = field(default_factory=lambda: Table.empty("text"))
    dropdown: Table = field(default_factory=lambda: Table.empty("dropdown"))
    slider: Table = field(default_factory=lambda: Table.empty("slider"))
    other: Table = field(default_factory=lambda: Table.empty("other"))
    classifications: int = 0
    errors: list[ExportRowError] = field(default_factory=list)

    def compact(self, at_least: int | None = None) -> None:
        """Move each table's rows into Arrow once it keeps ``at_least`` (``COMPACT_ROWS``)
        as Python objects."""
        for kind in KIND_COLUMNS:
            self[kind].compact(COMPACT_ROWS if at_least is None else at_least)

    def tables(self) -> dict[str, Table]:
        """The non-empty tables by task type."""
        return {kind: table for kind in KIND_COLUMNS
                if len(table := getattr(self, kind))}

    def __getitem__(self, kind: str) -> Table:
        if kind not in KIND_COLUMNS:
            raise KeyError(f"no {kind!r} table; the tables are {', '.join(KIND_COLUMNS)}")
        table: Table = getattr(self, kind)
        return table

    def to_pandas(self) -> dict[str, pandas.DataFrame]:
        """Each non-empty table as a DataFrame."""
        return {kind: table.to_pandas() for kind, table in self.tables().items()}

    def to_parquet(self, folder: str | os.PathLike[str]) -> dict[str, str]:
        """Write each non-empty table to ``folder/<kind>.parquet``; returns the paths."""
        from zoo_sdk.analysis.frames import write_parquet

        os.makedirs(folder, exist_ok=True)
        written = {}
        for kind, table in self.tables().items():
            path = os.path.join(os.fspath(folder), f"{kind}.parquet")
            write_parquet(table.to_arrow(), path)
            written[kind] = path
        return written


# -- the flattener ---------------------------------------------------------------------------


class _Flattener:
    """Appends the rows of one classification's annotations to the tables."""

    def __init__(self, tables: AnnotationTables, workflows: WorkflowTasks) -> None:
        self.out = tables
        self.pending = {kind: tables[kind].pending for kind in KIND_COLUMNS}
        self.workflows = workflows
        self.known = bool(workflows)

    def classification(self, common: tuple[Any, ...], annotations: list[Any]) -> None:
        """``common`` is COMMON's first seven values; ``annotations`` the decoded list."""
        tasks = self.workflows.at(common[4], common[5]) if self.known else EMPTY
        for annotation in annotations:
            self.annotation(common, annotation, tasks, None)

    def annotation(self, common: tuple[Any, ...], annotation: Any, tasks: TaskSet,
                   parent: str | None) -> None:
        if not isinstance(annotation, dict):
            self._append("other", common, (None, None, parent), (None, _dumps(annotation)))
            return
        key = annotation.get("task")
        key = key if isinstance(key, str) else None
        task = tasks.task(key)
        value = annotation.get("value")
        kind = task.get("type") or _shape_of(value, annotation)
        label = annotation.get("task_label")
        if label is None and task:
            label = _task_text(task, tasks)
        if kind == "combo":
            parts = value if isinstance(value, list) else [value]
            for part in parts:
                self.annotation(common, part, tasks, key)
            return
        head = (key, label, parent)
        if kind in ("single", "multiple", "string"):
            self._questions("question", common, head, task, tasks, value,
                            None if kind == "string" else kind)
        elif kind == "shortcut":
            self._questions("shortcut", common, head, task, tasks, value, kind)
        elif kind == "drawing":
            self._drawing(common, head, task, tasks, value)
        elif kind == "survey":
            self._survey(common, head, task, tasks, value)
        elif kind == "text":
            self._append("text", common, head, (None if value is None else str(value),))
        elif kind == "dropdown":
            self._dropdown(common, head, task, tasks, value)
        elif kind == "slider":
            self._append("slider", common, head, (_float(value),))
        else:
            self._append("other", common, head, (kind, _dumps(value)))

    def _append(self, kind: str, common: tuple[Any, ...], head: tuple[Any, ...],
                own: tuple[Any, ...]) -> None:
        """One row: COMMON's first seven, ``head`` (task, task_label, parent_task), ``own``."""
        self.pending[kind].append((*common, *head, *own))

    def _questions(self, kind: str, common: tuple[Any, ...], head: tuple[Any, ...],
                   task: Mapping[str, Any], tasks: TaskSet, value: Any,
                   task_type: str | None) -> None:
        answers = task.get("answers") or []
        chosen = value if isinstance(value, list) else [value]
        if not chosen:
            chosen = [None]
        for answer in chosen:
            index, text = _answer(answer, answers, tasks)
            own = (task_type, index, text) if kind == "question" else (index, text)
            self._append(kind, common, head, own)

    def _drawing(self, common: tuple[Any, ...], head: tuple[Any, ...], task: Mapping[str, Any],
                 tasks: TaskSet, value: Any) -> None:
        tools = task.get("tools") or []
        marks = value if isinstance(value, list) else [] if value is None else [value]
        for number, mark in enumerate(marks):
            if not isinstance(mark, dict):
                self._append("other", common, head, ("drawing mark", _dumps(mark)))
                continue
            tool_index = mark.get("tool", mark.get("toolIndex"))
            tool = tools[tool_index] if isinstance(tool_index, int) and \
                0 <= tool_index < len(tools) and isinstance(tools[tool_index], dict) else {}
            tool_label = mark.get("tool_label")
            if tool_label is None and tool:
                tool_label = tasks.text(tool.get("label"))
            points = mark.get("points")
            shape: list[float | None] = [None] * len(SHAPE_KEYS)
            for key, coordinate in mark.items():  # a mark has a few of the shape keys
                at = _SHAPE_AT.get(key)
                if at is not None:
                    shape[at] = coordinate if type(coordinate) is float else _float(coordinate)
            own = (number, tool_index if isinstance(tool_index, int) else None, tool_label,
                   tool.get("type") or mark.get("toolType"), _int(mark.get("frame", 0)),
                   *shape, points if isinstance(points, list) else None,
                   _details(mark.get("details"), tool.get("details") or [], tasks))
            self._append("drawing", common, head, own)

    def _survey(self, common: tuple[Any, ...], head: tuple[Any, ...], task: Mapping[str, Any],
                tasks: TaskSet, value: Any) -> None:
        choices = task.get("choices") or {}
        questions = task.get("questions") or {}
        items = value if isinstance(value, list) else [] if value is None else [value]
        for number, item in enumerate(items):
            if not isinstance(item, Mapping):
                self._append("other", common, head, ("survey choice", _dumps(item)))
                continue
            choice = item.get("choice")
            info = choices.get(choice) if isinstance(choice, str) else None
            choice_label = tasks.text(info.get("label")) if isinstance(info, Mapping) else None
            given_answers = item.get("answers")
            raw: Mapping[str, Any] = given_answers if isinstance(given_answers, Mapping) else {}
            labels: dict[str, Any] = {}
            count = None
            for qid, given in raw.items():
                found = questions.get(qid)
                question: Mapping[str, Any] = found if isinstance(found, Mapping) else {}
                q_label = tasks.text(question.get("label")) if question else None
                options = question.get("answers") or {}
                shown = [_survey_answer(a, options, tasks) for a in given] \
                    if isinstance(given, list) else _survey_answer(given, options, tasks)
                labels[str(q_label or qid)] = shown
                if count is None and (_COUNT_QUESTION.match(str(qid))
                                      or _COUNT_QUESTION.match(str(q_label or ""))):
                    count = _leading_int(shown if not isinstance(shown, list) else
                                         (shown[0] if shown else None))
            own = (number, choice if isinstance(choice, str) else None, choice_label, count,
                   dict(raw), labels)
            self._append("survey", common, head, own)

    def _dropdown(self, common: tuple[Any, ...], head: tuple[Any, ...], task: Mapping[str, Any],
                  tasks: TaskSet, value: Any) -> None:
        selects = task.get("selects") or []
        entries = value if isinstance(value, list) else [] if value is None else [value]
        for number, entry in enumerate(entries):
            if not isinstance(entry, Mapping):
                self._append("other", common, head, ("dropdown", _dumps(entry)))
                continue
            select = selects[number] if number < len(selects) and \
                isinstance(selects[number], Mapping) else {}
            chosen = entry.get("value")
            label = entry.get("label")
            if label is None and select:
                label = _dropdown_label(select, chosen, tasks)
            option = entry.get("option")
            own = (number, entry.get("select_label") or tasks.text(select.get("title")),
                   None if chosen is None else str(chosen),
                   None if label is None else str(label),
                   option if isinstance(option, bool) else None)
            self._append("dropdown", common, head, own)


def _shape_of(value: Any, annotation: Mapping[str, Any]) -> str:
    """A task type told from an annotation's shape (when the workflow is not known)."""
    if isinstance(value, list):
        first = next((v for v in value if v is not None), None)
        if isinstance(first, Mapping):
            if "choice" in first:
                return "survey"
            if "select_label" in first or ("option" in first and "value" in first):
                return "dropdown"
            if "tool" in first or "x" in first or "points" in first:
                return "drawing"
            if "task" in first:
                return "combo"
        if first is None or isinstance(first, str | int):
            return "multiple"
        return "unknown"
    if isinstance(value, bool):
        return "unknown"
    if isinstance(value, int | float):
        return "slider"
    if isinstance(value, str):
        return "string"  # a single-choice label or a transcription: only the workflow knows
    return "unknown" if value is not None else "string"


def _task_text(task: Mapping[str, Any], tasks: TaskSet) -> Any:
    question = task.get("question")
    return tasks.text(question if question not in (None, False) else task.get("instruction"))


def _answer(answer: Any, answers: list[Any], tasks: TaskSet) -> tuple[int | None, str | None]:
    """(index, label) of a chosen answer given as a label (exports) or an index (the API)."""
    if answer is None:
        return None, None
    if isinstance(answer, int) and not isinstance(answer, bool):
        if 0 <= answer < len(answers) and isinstance(answers[answer], Mapping):
            return answer, _str(tasks.text(answers[answer].get("label")))
        return answer, None
    text = str(answer)
    for index, option in enumerate(answers):
        if isinstance(option, Mapping) and tasks.text(option.get("label")) == text:
            return index, text
    return None, text


def _details(given: Any, specs: list[Any], tasks: TaskSet) -> list[Any] | None:
    """A mark's detail answers, labelled: questions' labels, texts as they are."""
    if not isinstance(given, list):
        return None
    out = []
    for index, detail in enumerate(given):
        value = detail.get("value") if isinstance(detail, dict) else detail
        spec = specs[index] if index < len(specs) and isinstance(specs[index], dict) else {}
        options = spec.get("answers") or []
        if spec.get("type") in ("single", "multiple") and options:
            picked = value if isinstance(value, list) else [value]
            labels = [_answer(v, options, tasks)[1] for v in picked]
            out.append(labels if isinstance(value, list) else labels[0])
        else:
            out.append(value)
    return out


def _survey_answer(given: Any, options: Mapping[str, Any], tasks: TaskSet) -> Any:
    info = options.get(given) if isinstance(given, str) else None
    if isinstance(info, Mapping) and info.get("label") is not None:
        return tasks.text(info.get("label"))
    return given


def _dropdown_label(select: Mapping[str, Any], chosen: Any, tasks: TaskSet) -> Any:
    for options in (select.get("options") or {}).values():
        for option in options if isinstance(options, list) else []:
            if isinstance(option, Mapping) and option.get("value") == chosen:
                return tasks.text(option.get("label"))
    return None


def _leading_int(value: Any) -> int | None:
    matched = _LEADING_NUMBER.match(str(value)) if value is not None else None
    return int(matched[1]) if matched else None


def _float(value: Any) -> float | None:
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int | float):
        return float(value)
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


def _int(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _str(value: Any) -> str | None:
    return None if value is None else str(value)


def _cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, dict | list):
        return _dumps(value)
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value


def _dumps(value: Any) -> str:
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False)


# -- sources ---------------------------------------------------------------------------------

#: The columns the flattener reads from an export (the filters may need a few more).
_NEEDED = ("classification_id", "user_name", "user_id", "user_ip", "workflow_id",
           "workflow_version", "created_at", "annotations", "subject_ids")


def flatten_annotations(
    source: Source | Iterable[ClassificationRow],
    workflows: Any = None,
    *,
    workflow_id: int | Iterable[int] | None = None,
    versions: Versions = None,
    live_only: bool = False,
    deduplicate: bool = False,
    gold_standard: bool | None = None,
    expert: bool | None = None,
    errors: list[ExportRowError] | None = None,
) -> AnnotationTables:
    """Flatten a classifications export into one table per task type (see the module doc).

    ``workflows``: the labels' source — a live Workflow (or several), a workflows export
    (path, file or Export), workflows export rows, or a :class:`WorkflowTasks`. The filters are
    those of :func:`~zoo_sdk.analysis.rows.read_classifications`. A malformed row raises
    :class:`ExportRowError` naming it; with ``errors=[]`` it is recorded there (and in
    ``tables.errors``) and the rest is flattened.

    >>> tables = flatten_annotations("classifications.csv", "workflows.csv")  # doctest: +SKIP
    >>> tables.drawing.to_pandas()[["subject_id", "tool_label", "x", "y"]]     # doctest: +SKIP
    """
    keep = ClassificationFilter.of(workflow_id=workflow_id, versions=versions,
                                   live_only=live_only, deduplicate=deduplicate,
                                   gold_standard=gold_standard, expert=expert)
    tables = AnnotationTables()
    flattener = _Flattener(tables, WorkflowTasks.of(workflows))
    collected = errors if errors is not None else None
    with _no_cyclic_gc():
        if not is_source(source):
            _flatten_rows(flattener, source, keep)  # type: ignore[arg-type]
        else:
            _flatten_export(flattener, source, keep, collected)  # type: ignore[arg-type]
    if collected is not None:
        tables.errors = collected
    return tables


@contextlib.contextmanager
def _no_cyclic_gc() -> Iterator[None]:
    """Pause the cyclic garbage collector: flattening allocates millions of small containers
    that are all kept (nothing to collect), and each automatic collection would walk every one
    of them again (it made decoding several times slower)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _flatten_rows(flattener: _Flattener, rows: Iterable[ClassificationRow],
                  keep: ClassificationFilter) -> None:
    for row in keep.rows(rows) if keep.active else rows:
        common = (row.classification_id, row.subject_id, row.user_name, row.user_id,
                  row.workflow_id, str(row.workflow_version), row.created_at)
        flattener.classification(common, row.annotations)
        flattener.out.classifications += 1
        if flattener.out.classifications % 10_000 == 0:
            flattener.out.compact()


def _flatten_export(flattener: _Flattener, source: Source, keep: ClassificationFilter,
                    errors_out: list[ExportRowError] | None) -> None:
    """The fast path: columns converted a batch at a time, only those needed."""
    needed = set(_NEEDED)
    if keep.live_only:
        needed.add("metadata")
    if keep.gold_standard is not None:
        needed.add("gold_standard")
    if keep.expert is not None:
        needed.add("expert")
    test = keep.keeps() if keep.active else None

    def select(header: Sequence[str]) -> set[str]:
        if "subject_ids" not in header:  # an old export: the ids are subject_data's keys
            needed.add("subject_data")
        return needed

    for batch in read_batches(source, CLASSIFICATIONS.check_header, select):
        columns = CLASSIFICATIONS.convert(batch, errors_out, only=needed - {"annotations"})
        annotations = _annotations(batch, errors_out)
        ids, names, users = (columns["classification_id"], columns["user_name"],
                             columns["user_id"])
        workflow_ids, versions, created = (columns["workflow_id"], columns["workflow_version"],
                                           columns["created_at"])
        subjects = columns.get("subject_ids") or [
            [int(k) for k in data if str(k).isdigit()] if data else []
            for data in columns["subject_data"]]
        version_text: dict[Any, str] = {}
        bad = batch.bad
        for i in range(batch.size):
            if i in bad:
                continue
            version = versions[i]
            if test is not None:
                volunteer = str(users[i]) if users[i] is not None else \
                    f"ip:{columns['user_ip'][i]}"
                if not test(workflow_ids[i], version,
                            columns["metadata"][i] if "metadata" in columns else None,
                            columns["gold_standard"][i] if "gold_standard" in columns else None,
                            columns["expert"][i] if "expert" in columns else None,
                            volunteer, subjects[i]):
                    continue
            text = version_text.get(version)
            if text is None:
                text = version_text[version] = str(version)
            first = subjects[i][0] if subjects[i] else None
            flattener.classification(
                (ids[i], first, names[i], users[i], workflow_ids[i], text, created[i]),
                annotations[i])
            flattener.out.classifications += 1
        flattener.out.compact()


def _annotations(batch: Any, errors_out: list[ExportRowError] | None) -> list[Any]:
    """The batch's annotations decoded (a bad one named by row, as every other column)."""
    cells = batch.columns.get("annotations", [])
    try:
        return [to_json_list(cell) for cell in cells]
    except ValueError:
        return CLASSIFICATIONS.convert_cells("annotations", to_json_list, cells,
                                       batch.columns.get("classification_id", []), batch,
                                       errors_out)


__all__ = ["COMMON", "KIND_COLUMNS", "AnnotationTables", "Table", "flatten_annotations"]
