"""Joins: classifications (or flattened annotations) x subjects x workflow versions.

Any DataFrame with a ``subject_id`` column (a flattened table, ``export.to_pandas()``) gains the
subjects' columns; any with ``workflow_id`` and ``workflow_version`` the version's. Needs the
``[data]`` extra::

    answers = tables.question.to_pandas()
    answers = with_subjects(answers, project.get_export("subjects"))   # locations, metadata
    answers = with_workflow_versions(answers, project.get_export("workflows"))
    answers[["subject_id", "answer", "locations", "workflow_name"]]

The subjects export has one row per subject and linked workflow; a subject is joined once (the
row of the frame's workflow when there is one, else its first row), so a join never multiplies
rows.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, cast

from zoo_sdk.analysis.csvsource import Source, is_source
from zoo_sdk.analysis.rows import SubjectRow, WorkflowRow, read_subjects, read_workflows

if TYPE_CHECKING:
    import pandas

SUBJECT_FIELDS = ("subject_set_id", "locations", "metadata", "classifications_count",
                  "retired_at", "retirement_reason")
WORKFLOW_FIELDS = ("display_name", "active", "first_task", "retirement", "primary_language")


def subjects_frame(subjects: Source | Iterable[SubjectRow] | pandas.DataFrame,
                   workflow_id: int | None = None) -> pandas.DataFrame:
    """One row per subject (``subject_id`` and SUBJECT_FIELDS) from a subjects export."""
    from zoo_sdk.analysis.frames import require_pandas

    pd = require_pandas()
    if isinstance(subjects, pd.DataFrame):
        frame = subjects
    else:
        rows = read_subjects(cast(Source, subjects)) if is_source(subjects) \
            else cast(Iterable[SubjectRow], subjects)
        chosen: dict[int, SubjectRow] = {}
        for row in rows:
            if row.subject_id not in chosen or (workflow_id is not None
                                                and row.workflow_id == workflow_id):
                chosen[row.subject_id] = row
        frame = pd.DataFrame({
            "subject_id": pd.Series(list(chosen), dtype="Int64"),
            **{name: pd.Series([getattr(r, name) for r in chosen.values()],
                               dtype=_dtype(name)) for name in SUBJECT_FIELDS}})
    result: pandas.DataFrame = frame.drop_duplicates("subject_id")
    return result


def with_subjects(frame: pandas.DataFrame,
                  subjects: Source | Iterable[SubjectRow] | pandas.DataFrame,
                  fields: Iterable[str] = SUBJECT_FIELDS) -> pandas.DataFrame:
    """``frame`` with the subjects' ``fields`` added by ``subject_id`` (a left join: rows of
    subjects missing from the export keep empty values).

    >>> with_subjects(tables.question.to_pandas(), "subjects.csv")   # doctest: +SKIP
    """
    workflow_ids: Any = frame["workflow_id"].dropna().unique() if "workflow_id" in frame else []
    one = int(workflow_ids[0]) if len(workflow_ids) == 1 else None
    table = subjects_frame(subjects, one)
    wanted = ["subject_id", *(f for f in fields if f in table.columns and f not in frame)]
    joined: pandas.DataFrame = frame.merge(table[wanted], on="subject_id", how="left")
    return joined


def with_workflow_versions(frame: pandas.DataFrame,
                           workflows: Source | Iterable[WorkflowRow],
                           fields: Iterable[str] = WORKFLOW_FIELDS) -> pandas.DataFrame:
    """``frame`` with each row's workflow version's ``fields`` (``workflow_name`` for
    ``display_name``), matched on ``workflow_id`` and ``workflow_version`` (``"12.10"``)."""
    from zoo_sdk.analysis.frames import require_pandas

    pd = require_pandas()
    rows = read_workflows(cast(Source, workflows)) if is_source(workflows) \
        else cast(Iterable[WorkflowRow], workflows)
    wanted = list(fields)
    found = list(rows)
    table = pd.DataFrame({
        "workflow_id": pd.Series([r.workflow_id for r in found], dtype="Int64"),
        "workflow_version": pd.Series([str(r.version) for r in found], dtype="string"),
        **{("workflow_name" if name == "display_name" else name):
           pd.Series([getattr(r, name) for r in found], dtype=object) for name in wanted}})
    table = table[[c for c in table.columns if c in ("workflow_id", "workflow_version")
                   or c not in frame]]
    keyed = frame.assign(workflow_version=frame["workflow_version"].astype("string"))
    joined: pandas.DataFrame = keyed.merge(table, on=["workflow_id", "workflow_version"],
                                           how="left")
    return joined


def _dtype(name: str) -> Any:
    return {"subject_set_id": "Int64", "classifications_count": "Int64",
            "retirement_reason": "string", "retired_at": "datetime64[us, UTC]"}.get(name, object)


__all__ = ["subjects_frame", "with_subjects", "with_workflow_versions"]
