"""The tasks and texts of every workflow version, to label annotations with.

A classification is labelled with the tasks of its own workflow version. They come from the
live workflow (every saved version, through the API), from a workflows export (one row per
version), or from workflows exported earlier::

    tasks = WorkflowTasks.from_workflows([Workflow(1234)])          # live, all versions
    tasks = WorkflowTasks.from_export("project-workflows.csv")      # or a workflows export
    tasks.task(1234, "12.10", "T0")["answers"][0]["label"]

Task texts may be keys of the version's ``strings`` (``"tasks.T0.question"``), which is how
the Panoptes front end stores translations; :meth:`TaskSet.text` resolves them.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from zoo_sdk.analysis.csvsource import Source
from zoo_sdk.analysis.rows import Version, WorkflowRow, read_workflows


@dataclass(frozen=True)
class TaskSet:
    """One workflow version's tasks and strings."""

    tasks: Mapping[str, Any]
    strings: Mapping[str, Any]

    def task(self, key: Any) -> Mapping[str, Any]:
        found = self.tasks.get(key) if isinstance(key, str) else None
        return found if isinstance(found, Mapping) else {}

    def text(self, value: Any) -> Any:
        """A task text: the string it names, else itself."""
        if isinstance(value, str) and value in self.strings:
            return self.strings[value]
        return value


EMPTY = TaskSet({}, {})


class WorkflowTasks:
    """Task sets by workflow id and version; a version it does not hold falls back to the
    latest version it holds with the same major number, then to the workflow's latest."""

    def __init__(self, versions: Mapping[tuple[int, Version], TaskSet] | None = None) -> None:
        self._versions: dict[tuple[int, Version], TaskSet] = dict(versions or {})
        self._resolved: dict[tuple[int, str], TaskSet] = {}

    def add(self, workflow_id: int, version: Version | str, tasks: Mapping[str, Any],
            strings: Mapping[str, Any] | None = None) -> None:
        self._versions[(int(workflow_id), Version.parse(version))] = TaskSet(
            dict(tasks), dict(strings or {}))
        self._resolved.clear()

    def __len__(self) -> int:
        return len(self._versions)

    def __bool__(self) -> bool:
        return bool(self._versions)

    @classmethod
    def from_rows(cls, rows: Iterable[WorkflowRow]) -> WorkflowTasks:
        found = cls()
        for row in rows:
            found.add(row.workflow_id, row.version, row.tasks, row.strings)
        return found

    @classmethod
    def from_export(cls, source: Source) -> WorkflowTasks:
        """From a workflows export: a path, an open file or ``project.get_export("workflows")``."""
        return cls.from_rows(read_workflows(source))

    @classmethod
    def from_workflows(cls, workflows: Iterable[Any]) -> WorkflowTasks:
        """From live workflows: every saved version of each (one request per page of versions)."""
        found = cls()
        for workflow in workflows:
            for version in workflow.versions:
                found.add(int(workflow.id), Version(int(version.major_number),
                                                    int(version.minor_number)),
                          version.tasks or {}, version.strings or {})
            if not any(key[0] == int(workflow.id) for key in found._versions):
                found.add(int(workflow.id), Version.parse(workflow.version or "1.1"),
                          workflow.tasks or {}, {})
        return found

    @classmethod
    def of(cls, workflows: Any) -> WorkflowTasks:
        """Whatever the flatteners accept as ``workflows=``: None, a WorkflowTasks, a live
        Workflow or several, workflow export rows, or a workflows export source."""
        if workflows is None:
            return cls()
        if isinstance(workflows, WorkflowTasks):
            return workflows
        if hasattr(workflows, "versions") and hasattr(workflows, "id"):
            return cls.from_workflows([workflows])
        if isinstance(workflows, list | tuple):
            if all(isinstance(w, WorkflowRow) for w in workflows):
                return cls.from_rows(workflows)
            return cls.from_workflows(workflows)
        return cls.from_export(workflows)

    def at(self, workflow_id: int, version: str) -> TaskSet:
        """The task set of ``workflow_id`` at ``version`` (``"12.10"``), or the fallback."""
        key = (workflow_id, version)
        found = self._resolved.get(key)
        if found is None:
            found = self._resolved[key] = self._find(workflow_id, version)
        return found

    def _find(self, workflow_id: int, version: str) -> TaskSet:
        try:
            wanted = Version.parse(version)
        except ValueError:
            wanted = Version(0, 0)
        exact = self._versions.get((workflow_id, wanted))
        if exact is not None:
            return exact
        mine = sorted((v, s) for (w, v), s in self._versions.items() if w == workflow_id)
        same_major = [s for v, s in mine if v.major == wanted.major and v <= wanted]
        if same_major:
            return same_major[-1]
        return mine[-1][1] if mine else EMPTY

    def task(self, workflow_id: int, version: str, key: str) -> Mapping[str, Any]:
        return self.at(workflow_id, version).task(key)


__all__ = ["EMPTY", "TaskSet", "WorkflowTasks"]
