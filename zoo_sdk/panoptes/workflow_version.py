"""WorkflowVersion: a read-only snapshot of a workflow's tasks and strings."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from zoo_payloads.panoptes_attributes import WorkflowVersionAttributes

from zoo_sdk.panoptes.objects import PanoptesObject, ids_of

if TYPE_CHECKING:
    from zoo_payloads.panoptes_links import WorkflowVersionLinks


class WorkflowVersion(PanoptesObject, WorkflowVersionAttributes):
    """A version of a workflow (``major_number``, ``minor_number``, ``tasks``, ``strings``).

    >>> WorkflowVersion.find(17, workflow=1234)   # doctest: +SKIP
    """

    _api_slug = "workflow_versions"
    _singular = "workflow_version"
    links: WorkflowVersionLinks

    @classmethod
    def find(cls, id: Any = None, workflow: Any = None, **kwargs: Any) -> WorkflowVersion:
        """Find by id; with ``workflow``, the version must belong to that workflow."""
        if workflow is None:
            return super().find(id, **kwargs)
        filters = {"workflow_id": ids_of(workflow, "workflows")[0], **kwargs}
        if id is not None:
            filters["ids"] = ids_of(id)[0]
        return super().find(None, **filters)

    def save(self) -> None:
        """Workflow versions cannot be modified once created."""
        raise NotImplementedError("workflow versions are read-only")

    @property
    def workflow(self) -> Any:
        """The Workflow this version belongs to (no request)."""
        return self.links.workflow
