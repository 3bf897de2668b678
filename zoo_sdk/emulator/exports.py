"""Data exports: export media records and the CSVs built from stored data.

POST /api/{projects|workflows|subject_sets}/{id}/{kind}_export creates a medium in state
`creating`; after `export_delay` seconds reads report `ready`, and `src` serves the CSV in the
real Panoptes column layout. Like the file the dump worker writes once, the CSV is fixed when it
is first read after it is ready (`Exporter.file`): later classifications or edits never change
its bytes, its ETag or its Last-Modified. `synthetic_rows` makes a classification export a
stream of N generated rows instead (for benchmarks: never held in memory), fixed the same way by
its row count and a created_at stamp taken when it is written, so every download is identical.

Workflow exports follow `Formatter::Csv::Workflow` over `CsvDumps::WorkflowScope`: one row per
version of each workflow of the project (workflows and their versions in id order), with the
version's numbers, tasks, strings and first task, the other columns from the workflow.

Classification rows follow `Formatter::Csv::Classification`: only completed classifications;
`user_ip` an opaque token per address (and `not-logged-in-<token>` as the name of anonymous
volunteers); `workflow_version` in its column, not in `metadata`; annotations through
`AnnotationFormatter` (answer labels, `task_label`, `tool_label`); `subject_data` with each
subject's `retired` status (or null) before its metadata; stored JSON in jsonb key order.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import time
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from .blobs import azure_etag
from .store import SYSTEM, Rec, Store, now_iso

JSON = dict[str, Any]

CLASSIFICATION_COLUMNS = (
    "classification_id", "user_name", "user_id", "user_ip", "workflow_id", "workflow_name",
    "workflow_version", "created_at", "gold_standard", "expert", "metadata", "annotations",
    "subject_data", "subject_ids",
)
SUBJECT_COLUMNS = (
    "subject_id", "project_id", "workflow_id", "subject_set_id", "metadata", "locations",
    "classifications_count", "retired_at", "retirement_reason", "created_at", "updated_at",
)
WORKFLOW_COLUMNS = (
    "workflow_id", "display_name", "version", "active", "classifications_count", "pairwise",
    "grouped", "prioritized", "primary_language", "first_task", "tutorial_subject_id",
    "retired_set_member_subjects_count", "tasks", "retirement", "aggregation", "strings",
    "minor_version",
)
CHUNK_ROWS = 500


def _dump(value: Any) -> str:
    return json.dumps(value, separators=(",", ":"))


def jsonb(value: Any) -> Any:
    """`value` with its object keys in PostgreSQL jsonb order (shorter keys first, then
    bytewise), the order the real exports show stored JSON in.

    >>> list(jsonb({"user_agent": 1, "source": 2, "session": 3}))
    ['source', 'session', 'user_agent']
    """
    if isinstance(value, Mapping):
        return {str(k): jsonb(value[k]) for k in sorted(
            value, key=lambda k: (len(str(k).encode()), str(k).encode()))}
    if isinstance(value, list):
        return [jsonb(v) for v in value]
    return value


class AnnotationFormatter:
    """`Formatter::Csv::AnnotationForCsv`: annotations as the classification export shows them.

    Questions (single, multiple, shortcut) get a `task_label` and their answer labels instead of
    indexes; drawing marks a `tool_label`; text a `task_label`; dropdowns one entry per menu
    (`select_label`, `option`, `value`, `label`); combos their sub-tasks formatted the same way;
    other types (survey, slider, ...) and unknown tasks stay as stored.

    >>> AnnotationFormatter({"T0": {"type": "single", "question": "Cat?", "answers": [
    ...     {"label": "Yes"}, {"label": "No"}]}}).format({"task": "T0", "value": 1})
    {'task': 'T0', 'task_label': 'Cat?', 'value': 'No'}
    """

    def __init__(self, tasks: JSON, strings: JSON | None = None) -> None:
        self.tasks = tasks
        self.strings = strings or {}

    def string(self, key: Any) -> Any:
        """A task text: the workflow string it names, else the text itself."""
        if isinstance(key, str) and key in self.strings:
            return self.strings[key]
        return key

    def task(self, key: Any) -> JSON:
        found = self.tasks.get(key) if isinstance(key, str) else None
        return found if isinstance(found, dict) else {}

    def format(self, annotation: Any) -> Any:
        if not isinstance(annotation, Mapping):
            return annotation
        task = self.task(annotation.get("task"))
        kind = task.get("type")
        if kind == "drawing":
            return self._drawing(annotation, task)
        if kind in ("single", "multiple", "shortcut"):
            return self._simple(annotation, task)
        if kind == "text":
            return self._text(annotation, task)
        if kind == "dropdown":
            return self._dropdown(annotation, task)
        if kind == "combo":
            return self._combo(annotation)
        return jsonb(annotation)

    def _label(self, task: JSON) -> Any:
        question = task.get("question")  # Ruby's `||`: only nil and false fall through
        return self.string(question if question not in (None, False) else
                           task.get("instruction"))

    def _drawing(self, annotation: Mapping[str, Any], task: JSON) -> JSON:
        tools = task.get("tools") or []
        value = annotation.get("value")
        marks = value if isinstance(value, list) else [value] if value is not None else []
        out = []
        for mark in marks:
            if isinstance(mark, Mapping):
                index = mark.get("tool", mark.get("toolIndex"))
                known = tools[index] if isinstance(index, int) and 0 <= index < len(tools) \
                    else None
                label = self.string(known.get("label")) if isinstance(known, Mapping) else None
                out.append({**jsonb(mark), "tool_label": label})
            else:
                out.append(mark)
        return {"task": annotation.get("task"), "task_label": self._label(task), "value": out}

    def _simple(self, annotation: Mapping[str, Any], task: JSON) -> JSON:
        value = annotation.get("value")
        answers = task.get("answers") or []
        labels = []
        for index in value if isinstance(value, list) else [value] if value is not None else []:
            try:
                labels.append(self.string(answers[index]["label"]))
            except (TypeError, IndexError, KeyError):
                labels.append("unknown answer label")
        shown: Any = labels if task.get("type") in ("multiple", "shortcut") else \
            (labels[0] if labels else None)
        return {"task": annotation.get("task"), "task_label": self._label(task), "value": shown}

    def _text(self, annotation: Mapping[str, Any], task: JSON) -> JSON:
        return {"task": annotation.get("task"), "value": jsonb(annotation.get("value")),
                "task_label": self._label(task)}

    def _dropdown(self, annotation: Mapping[str, Any], task: JSON) -> JSON:
        value = annotation.get("value")
        given = value if isinstance(value, list) else []
        out = []
        for index, select in enumerate(task.get("selects") or []):
            answer = given[index] if index < len(given) else None
            answer_value = answer.get("value") if isinstance(answer, Mapping) else None
            entry: JSON = {"select_label": select.get("title")}
            if select.get("allowCreate"):
                entry.update(option=False, value=answer_value)
            for options in (select.get("options") or {}).values():
                found = next((o for o in options if o.get("value") == answer_value), None)
                if found is not None:
                    entry.update(option=True, value=found.get("value"),
                                 label=self.string(found.get("label")))
                    break
            out.append(entry)
        return {"task": annotation.get("task"), "value": out}

    def _combo(self, annotation: Mapping[str, Any]) -> JSON:
        value = annotation.get("value")
        parts = []
        for sub in value if isinstance(value, list) else [value]:
            if not isinstance(sub, Mapping):
                parts.append(sub)
                continue
            task = self.task(sub.get("task"))
            kind = task.get("type")
            if kind == "drawing":
                parts.append(self._drawing(sub, task))
            elif kind in ("single", "multiple"):
                parts.append(self._simple(sub, task))
            elif kind == "text":
                parts.append(self._text(sub, task))
            elif kind == "dropdown":
                parts.append(self._dropdown(sub, task))
            elif kind == "combo":
                parts.append({"error": "combo tasks cannot be nested"})
            else:
                parts.append(jsonb(sub))
        return {"task": annotation.get("task"), "task_label": None, "value": parts}


def _csv_time(stamp: str) -> str:
    return stamp[:19].replace("T", " ") + " UTC"


def refresh_state(medium: Rec) -> None:
    """Flip `creating` to `ready` once the export's ready time has passed."""
    ready_at = medium.extra.get("ready_at")
    if ready_at is not None and medium.attrs["metadata"].get("state") == "creating" \
            and time.time() >= ready_at:
        medium.attrs["metadata"] = {**medium.attrs["metadata"], "state": "ready"}
        medium.touch()


def _csv_chunks(header: tuple[str, ...], rows: Iterator[list[Any]]) -> Iterator[bytes]:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(header)
    for count, row in enumerate(rows, 1):
        writer.writerow(row)
        if count % CHUNK_ROWS == 0:
            yield buffer.getvalue().encode()
            buffer.seek(0)
            buffer.truncate()
    yield buffer.getvalue().encode()


@dataclass(frozen=True)
class ExportFile:
    """An export as written once: its `data`, or for a synthetic stream its `synthetic_rows`
    and `stamp` (the rows' created_at); its `etag`, `written_at` (epoch s) and `size` (None
    while a synthetic stream has not been measured)."""

    etag: str
    written_at: float
    size: int | None
    data: bytes | None = None
    synthetic_rows: int = 0
    stamp: str = ""


class Exporter:
    """Builds export CSVs for one store; `file()` writes one once and keeps it on the medium."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def file(self, medium: Rec, synthetic_rows: int = 0) -> ExportFile:
        """The medium's export file, written now if this is its first read (call it only
        once the medium is ready). A classification export is written as a synthetic stream
        when `synthetic_rows` is set at that moment.

        >>> Exporter(store).file(medium).etag   # doctest: +SKIP
        '"0x5D41402ABC4B2A76"'
        """
        with self.store.lock:
            kept = medium.extra.get("file")
            if kept is None:
                kept = self._write(medium, synthetic_rows)
                medium.extra["file"] = kept
            return ExportFile(**kept)

    def chunks(self, medium: Rec) -> Iterator[bytes]:
        """A fresh stream of the written file's bytes (a synthetic one is measured on the
        way, so later answers can say its length)."""
        written = self.file(medium)
        if written.data is not None:
            return iter((written.data,))
        stream = self._synthetic_chunks(written)
        return stream if written.size is not None else self._measured(medium, stream)

    def measure(self, medium: Rec) -> int:
        """The byte length of the written file (a synthetic stream is generated, not kept)."""
        written = self.file(medium)
        if written.size is not None:
            return written.size
        return sum(len(chunk) for chunk in self._measured(medium,
                                                          self._synthetic_chunks(written)))

    def stream(self, medium: Rec, synthetic_rows: int = 0) -> Iterator[bytes]:
        """The CSV of an export: the written file once the medium is ready, else built now."""
        if medium.attrs["metadata"].get("state") == "ready":
            self.file(medium, synthetic_rows)
            return self.chunks(medium)
        if self._is_synthetic(medium, synthetic_rows):
            return _csv_chunks(CLASSIFICATION_COLUMNS, self._synthetic(synthetic_rows, now_iso()))
        return self._build(medium)

    def _write(self, medium: Rec, synthetic_rows: int) -> dict[str, Any]:
        written_at = time.time()
        if self._is_synthetic(medium, synthetic_rows):
            stamp = now_iso()
            recipe = f"synthetic:{medium.id}:{medium.extra.get('token')}:{synthetic_rows}:{stamp}"
            return {"etag": azure_etag(recipe.encode()), "written_at": written_at, "size": None,
                    "synthetic_rows": synthetic_rows, "stamp": stamp}
        data = b"".join(self._build(medium))
        return {"etag": azure_etag(data), "written_at": written_at, "size": len(data),
                "data": data}

    @staticmethod
    def _is_synthetic(medium: Rec, synthetic_rows: int) -> bool:
        return medium.extra["export"][0] == "classifications" and synthetic_rows > 0

    def _build(self, medium: Rec) -> Iterator[bytes]:
        kind, plural, parent_id = medium.extra["export"]
        if kind == "classifications":
            return _csv_chunks(CLASSIFICATION_COLUMNS,
                               self._classifications(plural, parent_id, str(medium.id)))
        if kind == "subjects":
            return _csv_chunks(SUBJECT_COLUMNS, self._subjects(parent_id))
        return _csv_chunks(WORKFLOW_COLUMNS, self._workflows(parent_id))

    def _synthetic_chunks(self, written: ExportFile) -> Iterator[bytes]:
        return _csv_chunks(CLASSIFICATION_COLUMNS,
                           self._synthetic(written.synthetic_rows, written.stamp))

    def _measured(self, medium: Rec, chunks: Iterable[bytes]) -> Iterator[bytes]:
        """`chunks`, recording their total length on the medium once all have passed."""
        size = 0
        for chunk in chunks:
            size += len(chunk)
            yield chunk
        with self.store.lock:
            medium.extra["file"] = {**medium.extra["file"], "size": size}

    def _classification_records(self, plural: str, parent_id: str) -> list[Rec]:
        store = self.store
        with store.lock:
            if plural == "projects":
                found = store.where("classifications", "project", parent_id)
            elif plural == "workflows":
                found = store.where("classifications", "workflow", parent_id)
            else:
                subject_ids = set(store.subjects_of_sets([parent_id]))
                seen: dict[int, Rec] = {}
                for sid in subject_ids:
                    for row in store.where("classification_subjects", "subject", sid):
                        rec = store.get("classifications", row.fks["classification"] or 0)
                        if rec is not None:
                            seen[rec.id] = rec
                found = [seen[k] for k in sorted(seen)]
            # `ClassificationScope`: only completed classifications are exported
            return [rec for rec in found if rec.attrs.get("completed", True) is not False]

    def _classifications(self, plural: str, parent_id: str,
                         salt: str = "") -> Iterator[list[Any]]:
        store = self.store
        ips: dict[str, str] = {}
        formatters: dict[tuple[str, str], AnnotationFormatter] = {}
        for rec in self._classification_records(plural, parent_id):
            user = store.get("users", rec.fks.get("user") or 0)
            wf = store.get("workflows", rec.fks.get("workflow") or 0)
            metadata = dict(rec.attrs.get("metadata") or {})
            # the controller moves `workflow_version` out of the metadata into its own column
            version = str(metadata.pop("workflow_version", ""))
            ip = str(rec.extra.get("user_ip", "127.0.0.1"))
            if ip not in ips:  # `secure_user_ip`: one opaque 20-hex token per address
                ips[ip] = hashlib.sha256(f"{salt}:{ip}".encode()).hexdigest()[:20]
            user_ip = ips[ip]
            key = (str(wf.id) if wf else "", version)
            if key not in formatters:
                formatters[key] = AnnotationFormatter(*self._tasks_at(wf, version))
            formatter = formatters[key]
            subject_ids = rec.extra.get("subjects", [])
            subject_data = {}
            for sid in subject_ids:
                subject = store.get("subjects", sid)
                if subject is not None:
                    subject_data[sid] = {"retired": self._retired(wf, sid),
                                         **jsonb(subject.attrs.get("metadata") or {})}
            yield [
                rec.id,
                user.attrs["login"] if user else f"not-logged-in-{user_ip}",
                user.id if user else "",
                user_ip,
                rec.fks.get("workflow"),
                wf.attrs["display_name"] if wf else "",
                version,
                _csv_time(rec.created_at),
                "true" if rec.attrs.get("gold_standard") else "",
                rec.attrs.get("expert") or "",
                _dump(jsonb(metadata)),
                _dump([formatter.format(a) for a in rec.attrs.get("annotations") or []]),
                _dump(subject_data),
                ";".join(subject_ids),
            ]

    def _tasks_at(self, wf: Rec | None, version: str) -> tuple[JSON, JSON]:
        """The tasks and strings of a workflow at a classification's version (else its
        current ones), as `ClassificationDumpCache#workflow_at_version` finds them."""
        if wf is None:
            return {}, {}
        major, _, minor = version.partition(".")
        for row in self.store.where("workflow_versions", "workflow", wf.id):
            if str(row.attrs.get("major_number")) == major and \
                    str(row.attrs.get("minor_number")) == minor:
                return dict(row.attrs.get("tasks") or {}), dict(row.attrs.get("strings") or {})
        return dict(wf.attrs.get("tasks") or {}), {}

    def _retired(self, wf: Rec | None, subject_id: str) -> JSON | None:
        """`subject_data[id].retired`: the subject's workflow status if it is retired there."""
        if wf is None:
            return None
        for status in self.store.where("subject_workflow_statuses", "subject", subject_id):
            if status.fks.get("workflow") == str(wf.id) and status.attrs.get("retired_at"):
                return {"id": status.id, "workflow_id": wf.id,
                        "classifications_count": status.attrs.get("classifications_count", 0),
                        "created_at": status.created_at, "updated_at": status.updated_at,
                        "retired_at": status.attrs["retired_at"],
                        "subject_id": int(subject_id),
                        "retirement_reason": status.attrs.get("retirement_reason")}
        return None

    def _synthetic(self, count: int, stamp: str) -> Iterator[list[Any]]:
        created = _csv_time(stamp)
        metadata = _dump(jsonb({"started_at": created, "finished_at": created,
                                "user_agent": "zoo-emulator", "user_language": "en"}))
        user_ip = hashlib.sha256(b":127.0.0.1").hexdigest()[:20]
        for i in range(1, count + 1):
            annotations = _dump([{"task": "T0", "value": i % 3}])
            subject = 100000 + i
            yield [i, f"user{i % 97}", i % 97 + 1, user_ip, 1, "Synthetic", "1.1", created,
                   "", "", metadata, annotations, _dump({str(subject): {"retired": None}}),
                   str(subject)]

    def _subjects(self, project_id: str) -> Iterator[list[Any]]:
        store = self.store
        with store.lock:
            sets = store.where("subject_sets", "project", project_id)
            rows: list[list[Any]] = []
            for sset in sets:
                workflows = [r.fks["workflow"] for r in
                             store.where("workflow_subject_sets", "subject_set", sset.id)]
                for sms in store.where("set_member_subjects", "subject_set", sset.id):
                    subject = store.get("subjects", sms.fks["subject"] or 0)
                    if subject is None:
                        continue
                    locations = {str(i): next(iter(loc.values()))
                                 for i, loc in enumerate(subject.attrs["locations"])}
                    statuses = {s.fks["workflow"]: s for s in store.where(
                        "subject_workflow_statuses", "subject", subject.id)}
                    for wid in workflows or [None]:
                        status = statuses.get(wid) if wid else None
                        rows.append([
                            subject.id, project_id, wid or "", sset.id,
                            _dump(subject.attrs["metadata"]), _dump(locations),
                            status.attrs["classifications_count"] if status else 0,
                            (status.attrs["retired_at"] or "") if status else "",
                            (status.attrs["retirement_reason"] or "") if status else "",
                            subject.created_at, subject.updated_at,
                        ])
        yield from rows

    def _workflows(self, project_id: str) -> Iterator[list[Any]]:
        """`CsvDumps::WorkflowScope`: every version of every workflow of the project."""
        store = self.store
        rows: list[list[Any]] = []
        with store.lock:
            for wf in sorted(store.where("workflows", "project", project_id), key=_rec_id):
                data = store.serialize("workflows", wf, SYSTEM)
                versions = [store.serialize("workflow_versions", row, SYSTEM) for row in sorted(
                    store.where("workflow_versions", "workflow", wf.id), key=_rec_id)]
                if not versions:  # no recorded version: the current content is the one
                    major, minor = data["version"].split(".")
                    versions = [{"major_number": major, "minor_number": minor,
                                 "tasks": data["tasks"], "first_task": data["first_task"],
                                 "strings": {}}]
                for version in versions:
                    rows.append(self._workflow_row(wf, data, version))
        yield from rows

    @staticmethod
    def _workflow_row(wf: Rec, data: JSON, version: JSON) -> list[Any]:
        """`Formatter::Csv::Workflow#to_rows`: what the version has (numbers, tasks, strings,
        first task) from it, the rest from the workflow; Ruby's `true`/`false`."""
        return [wf.id, data["display_name"], version["major_number"], _ruby(data["active"]),
                data["classifications_count"], _ruby(data["pairwise"]), _ruby(data["grouped"]),
                _ruby(data["prioritized"]), data["primary_language"], version["first_task"],
                wf.fks.get("tutorial_subject") or "", data["retired_set_member_subjects_count"],
                _dump(jsonb(version["tasks"] or {})), _dump(data["retirement"]),
                _dump(jsonb(wf.attrs.get("aggregation") or {})),
                _dump(jsonb(version["strings"] or {})), version["minor_number"]]


def _rec_id(rec: Rec) -> int:
    return rec.id


def _ruby(value: Any) -> Any:
    """A cell as Ruby's CSV writes it: `true`/`false` for booleans, else the value."""
    return ("true" if value else "false") if isinstance(value, bool) else value
