"""Data exports: export media records and the CSVs built from stored data.

POST /api/{projects|workflows|subject_sets}/{id}/{kind}_export creates a medium in state
`creating`; after `export_delay` seconds reads report `ready`, and `src` serves the CSV in the
real Panoptes column layout. `synthetic_rows` makes classification exports stream N generated
rows instead (for benchmarks).
"""

from __future__ import annotations

import csv
import io
import json
import time
from collections.abc import Iterator
from typing import Any

from .store import SYSTEM, Rec, Store, now_iso

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


class Exporter:
    """Builds export CSVs for one store."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def stream(self, medium: Rec, synthetic_rows: int) -> Iterator[bytes]:
        kind, plural, parent_id = medium.extra["export"]
        if kind == "classifications" and synthetic_rows:
            return _csv_chunks(CLASSIFICATION_COLUMNS, self._synthetic(synthetic_rows))
        if kind == "classifications":
            return _csv_chunks(CLASSIFICATION_COLUMNS, self._classifications(plural, parent_id))
        if kind == "subjects":
            return _csv_chunks(SUBJECT_COLUMNS, self._subjects(parent_id))
        return _csv_chunks(WORKFLOW_COLUMNS, self._workflows(parent_id))

    def _classification_records(self, plural: str, parent_id: str) -> list[Rec]:
        store = self.store
        with store.lock:
            if plural == "projects":
                return store.where("classifications", "project", parent_id)
            if plural == "workflows":
                return store.where("classifications", "workflow", parent_id)
            subject_ids = set(store.subjects_of_sets([parent_id]))
            seen: dict[int, Rec] = {}
            for sid in subject_ids:
                for row in store.where("classification_subjects", "subject", sid):
                    rec = store.get("classifications", row.fks["classification"] or 0)
                    if rec is not None:
                        seen[rec.id] = rec
            return [seen[k] for k in sorted(seen)]

    def _classifications(self, plural: str, parent_id: str) -> Iterator[list[Any]]:
        store = self.store
        for rec in self._classification_records(plural, parent_id):
            user = store.get("users", rec.fks.get("user") or 0)
            wf = store.get("workflows", rec.fks.get("workflow") or 0)
            subject_ids = rec.extra.get("subjects", [])
            subject_data = {}
            for sid in subject_ids:
                subject = store.get("subjects", sid)
                if subject is not None:
                    subject_data[sid] = {"retired": None, **subject.attrs.get("metadata", {})}
            yield [
                rec.id,
                user.attrs["login"] if user else f"not-logged-in-{rec.id:x}",
                user.id if user else "",
                rec.extra.get("user_ip", "127.0.0.1"),
                rec.fks.get("workflow"),
                wf.attrs["display_name"] if wf else "",
                rec.attrs.get("metadata", {}).get("workflow_version", ""),
                _csv_time(rec.created_at),
                rec.attrs.get("gold_standard") or "",
                rec.attrs.get("expert") or "",
                _dump(rec.attrs.get("metadata", {})),
                _dump(rec.attrs.get("annotations", [])),
                _dump(subject_data),
                ";".join(subject_ids),
            ]

    def _synthetic(self, count: int) -> Iterator[list[Any]]:
        created = _csv_time(now_iso())
        metadata = _dump({"started_at": created, "finished_at": created,
                          "user_agent": "zoo-emulator", "user_language": "en",
                          "workflow_version": "1.1"})
        for i in range(1, count + 1):
            annotations = _dump([{"task": "T0", "value": i % 3}])
            subject = 100000 + i
            yield [i, f"user{i % 97}", i % 97 + 1, "127.0.0.1", 1, "Synthetic", "1.1", created,
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
        store = self.store
        for wf in store.where("workflows", "project", project_id):
            data = store.serialize("workflows", wf, SYSTEM)
            major, minor = data["version"].split(".")
            yield [wf.id, data["display_name"], major, data["active"],
                   data["classifications_count"], data["pairwise"], data["grouped"],
                   data["prioritized"], data["primary_language"], data["first_task"],
                   wf.fks.get("tutorial_subject") or "",
                   data["retired_set_member_subjects_count"], _dump(data["tasks"]),
                   _dump(data["retirement"]), _dump({}), _dump({}), minor]
