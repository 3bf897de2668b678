"""Workflow: subject sets, retirement, statuses, versions, exports.

>>> workflow.retire_subjects([1234, 5678], reason="consensus")   # doctest: +SKIP
>>> workflow.add_subject_sets(SubjectSet(42))                    # doctest: +SKIP
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from zoo_payloads.panoptes_attributes import WorkflowAttributes

from zoo_sdk.panoptes.exports import Exportable
from zoo_sdk.panoptes.links import batches
from zoo_sdk.panoptes.objects import JSONBody, call, ids_of

if TYPE_CHECKING:
    from zoo_sdk.panoptes.subject_workflow_status import SubjectWorkflowStatus
    from zoo_sdk.panoptes.workflow_version import WorkflowVersion

#: Retirement reasons the server accepts.
RETIREMENT_REASONS = frozenset(
    {"classification_count", "flagged", "nothing_here", "consensus", "other", "human", "blank"}
)


class Workflow(Exportable, WorkflowAttributes):
    """How volunteers classify the subjects of some subject sets."""

    _api_slug = "workflows"
    _singular = "workflow"

    def add_subject_sets(self, subject_sets: Any) -> None:
        """Link subject sets (ids or SubjectSets) to this workflow."""
        self.links.subject_sets.add(subject_sets)

    def remove_subject_sets(self, subject_sets: Any) -> None:
        """Unlink subject sets from this workflow."""
        self.links.subject_sets.remove(subject_sets)

    def retire_subjects(self, subjects: Any, reason: str = "other") -> None:
        """Retire subjects in this workflow, 100 per request (safe to retry)."""
        if reason not in RETIREMENT_REASONS:
            from zoo_sdk.errors import ValidationError

            raise ValidationError(f"unknown retirement reason {reason!r}")
        self._in_batches(
            "retire_workflow_subjects", "subject_ids", subjects, retirement_reason=reason
        )

    def unretire_subjects(self, subjects: Any) -> None:
        """Un-retire subjects in this workflow, 100 per request."""
        self._in_batches("unretire_workflow_subjects", "subject_ids", subjects)

    def unretire_subjects_by_subject_set(self, subject_sets: Any) -> None:
        """Un-retire every subject of the given subject sets in this workflow."""
        self._in_batches("unretire_workflow_subjects", "subject_set_ids", subject_sets)

    def _in_batches(self, operation: str, key: str, objs: Any, **extra: str) -> None:
        """POST ``{key: [ids], **extra}`` for each batch of 100 ids (an idempotent action)."""
        for batch in batches(ids_of(objs)):
            call(
                self._op(operation),
                idempotent=True,
                workflow_id=self._saved_id(),
                body=JSONBody({key: batch, **extra}),
            )

    def subject_workflow_status(self, subject_id: Any) -> SubjectWorkflowStatus:
        """The status of one subject in this workflow."""
        from zoo_sdk.panoptes.subject_workflow_status import SubjectWorkflowStatus

        return SubjectWorkflowStatus.find(subject_id=ids_of(subject_id)[0], workflow_id=self.id)

    def subject_workflow_statuses(self, subject_set_id: Any) -> Iterator[SubjectWorkflowStatus]:
        """Statuses in this workflow of the subjects of one subject set."""
        from zoo_sdk.panoptes.subject_workflow_status import SubjectWorkflowStatus

        return iter(
            SubjectWorkflowStatus.where(
                workflow_id=self.id, subject_set_id=ids_of(subject_set_id)[0]
            )
        )

    @property
    def versions(self) -> Iterator[WorkflowVersion]:
        """Every saved version of this workflow (``/workflow_versions?workflow_id=``)."""
        from zoo_sdk.panoptes.workflow_version import WorkflowVersion

        return iter(WorkflowVersion.where(workflow_id=self.id))

    def _saved_id(self) -> str:
        from zoo_sdk.errors import ObjectNotSavedException

        if self.id is None:
            raise ObjectNotSavedException("save the workflow first")
        return self.id
