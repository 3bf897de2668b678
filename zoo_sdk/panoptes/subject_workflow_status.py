"""SubjectWorkflowStatus: a subject's classification count and retirement in one workflow."""

from __future__ import annotations

from typing import TYPE_CHECKING

from zoo_payloads.panoptes_attributes import SubjectWorkflowStatusAttributes

from zoo_sdk.panoptes.objects import PanoptesObject

if TYPE_CHECKING:
    from zoo_payloads.panoptes_links import SubjectWorkflowStatusLinks


class SubjectWorkflowStatus(PanoptesObject, SubjectWorkflowStatusAttributes):
    """Read-only: ``retired_at``, ``retirement_reason``, ``classifications_count``.

    >>> SubjectWorkflowStatus.find(subject_id=1, workflow_id=2).retirement_reason  # doctest: +SKIP
    """

    _api_slug = "subject_workflow_statuses"
    _singular = "subject_workflow_status"
    links: SubjectWorkflowStatusLinks
