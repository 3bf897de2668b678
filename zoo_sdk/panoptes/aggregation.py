"""Aggregation: the batch aggregation run of a workflow, its status, a waiter and its outputs.

A workflow has at most one aggregation. ``Workflow.run_aggregation()`` starts one (panoptes_client's
name); the external aggregation service sets ``uuid`` and the final ``status`` when it is done::

    aggregation = Workflow(1234).run_aggregation()
    aggregation.wait(timeout=3600)                  # polls with backoff until completed/failed
    aggregation.download_links()["reductions"]      # the subject-level reductions CSV
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from zoo_payloads.panoptes_attributes import AggregationAttributes

from zoo_sdk import errors
from zoo_sdk.panoptes.client import Panoptes
from zoo_sdk.panoptes.objects import PanoptesObject, ids_of

if TYPE_CHECKING:
    from zoo_payloads.panoptes_links import AggregationLinks

#: Statuses after which the aggregation service no longer changes the run.
FINAL_STATUSES = frozenset({"completed", "failed"})
#: Where the aggregation service publishes its outputs (blob storage, not the Panoptes API).
AGGREGATION_DATA_URL = "https://aggregationdata.blob.core.windows.net"
STAGING_ENDPOINT = "https://panoptes-staging.zooniverse.org"


class Aggregation(PanoptesObject, AggregationAttributes):
    """A batch aggregation run of a workflow (links: ``workflow``, ``project``, ``user``).

    >>> Aggregation.for_workflow(1234).status   # doctest: +SKIP
    'pending'
    """

    _api_slug = "aggregations"
    _singular = "aggregation"
    links: AggregationLinks

    @classmethod
    def for_workflow(cls, workflow: Any) -> Aggregation | None:
        """The aggregation of a workflow (id or Workflow), or None if it has none (one GET).

        >>> Aggregation.for_workflow(Workflow(1234))   # doctest: +SKIP
        <Aggregation 7>
        """
        workflow_id = ids_of(workflow, "workflows")[0]
        for aggregation in cls.where(workflow_id=workflow_id, page_size=1):
            return aggregation
        return None

    @property
    def finished(self) -> bool:
        """True once the status is final (``completed`` or ``failed``)."""
        return self.status in FINAL_STATUSES

    def wait(
        self,
        timeout: float | None = None,
        *,
        poll: float = 2.0,
        max_poll: float = 30.0,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> Aggregation:
        """Re-read the run until its status is final; returns it (check ``status``).

        Polls every ``poll`` seconds, doubling up to ``max_poll``; raises AggregationTimeoutError
        once ``timeout`` seconds have passed (None: no limit).

        >>> Workflow(1234).run_aggregation().wait(timeout=600, poll=5).status  # doctest: +SKIP
        'completed'
        """
        from zoo_sdk._waiting import poll_until

        if self.id is None:
            raise errors.ObjectNotSavedException("save the aggregation before waiting for it")

        def read() -> Aggregation:
            self.reload()
            return self

        return poll_until(
            read, lambda run: bool(run.finished),
            timed_out=lambda run: errors.AggregationTimeoutError(
                f"aggregation {run.id} not finished after {timeout} s (status {run.status!r})"),
            timeout=timeout, poll=poll, max_poll=max_poll, clock=clock, sleep=sleep)

    def download_links(self) -> dict[str, str]:
        """The URLs of the outputs (panoptes_client's ``get_batch_aggregation_links``):
        ``reductions`` (subject-level reductions CSV) and ``aggregation`` (a ZIP of inputs
        and outputs). Raises NotFoundError while the service has not given the run a ``uuid``.

        >>> Workflow(1234).get_batch_aggregation().download_links()   # doctest: +SKIP
        {'reductions': 'https://.../1234_reductions.csv', 'aggregation': '...zip'}
        """
        uuid = self.uuid
        workflow_id = (self.raw.get("links") or {}).get("workflow")
        if not uuid or not workflow_id:
            raise errors.NotFoundError(
                f"aggregation {self.id} has no outputs yet (status {self.status!r}); "
                "wait() for it to complete"
            )
        env = "staging" if Panoptes.client().endpoint == STAGING_ENDPOINT else "production"
        base = f"{AGGREGATION_DATA_URL}/{env}/{uuid}/{workflow_id}"
        return {"reductions": f"{base}_reductions.csv", "aggregation": f"{base}_aggregation.zip"}
