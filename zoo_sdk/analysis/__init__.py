"""From export to analysis: typed rows, flattened annotations, DataFrames and Parquet files.

The typed rows need nothing beyond zoo-sdk; DataFrames and Parquet need the ``[data]`` extra
(``pip install 'zoo-sdk[data]'``: pandas, pyarrow and orjson, which also makes every reader
several times faster)::

    from zoo_sdk import Project, flatten_annotations, read_classifications

    project = Project(1234)
    export = project.get_export("classifications", generate=True, wait_timeout=3600)
    tables = flatten_annotations(export, workflows=project.get_export("workflows"),
                                 live_only=True, deduplicate=True)
    votes = tables.question.to_pandas()

Modules: :mod:`~zoo_sdk.analysis.rows` (typed rows, readers), :mod:`~.filters`,
:mod:`~.flatten` (one table per task type), :mod:`~.workflows` (labels per workflow version),
:mod:`~.frames` (DataFrames, Parquet), :mod:`~.joins` (classifications x subjects x workflows),
:mod:`~.sync` (cached exports with provenance).
"""

from __future__ import annotations

from zoo_sdk.analysis.filters import ClassificationFilter, VersionRange
from zoo_sdk.analysis.flatten import AnnotationTables, Table, flatten_annotations
from zoo_sdk.analysis.rows import (
    ClassificationRow,
    ExportRowError,
    SubjectRow,
    Version,
    WorkflowRow,
    read_classifications,
    read_subjects,
    read_workflows,
)
from zoo_sdk.analysis.workflows import TaskSet, WorkflowTasks

__all__ = [
    "AnnotationTables",
    "ClassificationFilter",
    "ClassificationRow",
    "ExportRowError",
    "SubjectRow",
    "Table",
    "TaskSet",
    "Version",
    "VersionRange",
    "WorkflowRow",
    "WorkflowTasks",
    "flatten_annotations",
    "read_classifications",
    "read_subjects",
    "read_workflows",
]
