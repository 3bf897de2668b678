"""Workflow: subject sets, retirement, statuses, versions, exports.

>>> workflow.retire_subjects([1234, 5678], reason="consensus")   # doctest: +SKIP
>>> workflow.add_subject_sets(SubjectSet(42))                    # doctest: +SKIP
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, ClassVar

from zoo_payloads.panoptes_attributes import WorkflowAttributes

from zoo_sdk._http import JSONBody
from zoo_sdk.panoptes.exports import Exportable
from zoo_sdk.panoptes.links import batches
from zoo_sdk.panoptes.objects import call, ids_of

if TYPE_CHECKING:
    from zoo_payloads.caesar import (
        DataRequest,
        Extract,
        Extractor,
        Reducer,
        SubjectReduction,
    )
    from zoo_payloads.caesar import Workflow as CaesarWorkflow
    from zoo_payloads.panoptes_links import WorkflowLinks

    from zoo_sdk.caesar import Caesar, Rule, RuleEffect
    from zoo_sdk.panoptes.aggregation import Aggregation
    from zoo_sdk.panoptes.subject_workflow_status import SubjectWorkflowStatus
    from zoo_sdk.panoptes.workflow_version import WorkflowVersion

#: The ALICE aggregation service (external extractor and reducer of ``configure_for_alice``).
ALICE_AGGREGATION = "https://aggregation-caesar.zooniverse.org"

#: Retirement reasons the server accepts: the spec's enum (``WorkflowRetireSubjectsRequest``,
#: compared with the generated model by the tests); ``blank`` is stored as ``nothing_here``.
RETIREMENT_REASONS = frozenset(
    {"classification_count", "flagged", "nothing_here", "consensus", "other", "human", "blank"}
)

logger = logging.getLogger("zoo_sdk")


class Workflow(Exportable, WorkflowAttributes):
    """How volunteers classify the subjects of some subject sets."""

    _api_slug = "workflows"
    _singular = "workflow"
    links: WorkflowLinks
    #: The Caesar client of the ``caesar_*`` methods; None = the shared one for the current
    #: Panoptes endpoint. E.g. ``Workflow.caesar = Caesar(endpoint=emu.caesar_url)``.
    caesar: ClassVar[Caesar | None] = None

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
        kind = "subject_sets" if key == "subject_set_ids" else "subjects"
        for batch in batches(ids_of(objs, kind)):
            call(
                self._op(operation),
                idempotent=True,
                workflow_id=self._saved_id(),
                body=JSONBody({key: batch, **extra}),
            )

    # -- batch aggregation ---------------------------------------------------------------------

    def run_aggregation(self, user: Any = None, delete_if_exists: bool = False) -> Aggregation:
        """Start this workflow's batch aggregation; returns the Aggregation (``.wait()`` on it).

        ``user`` (a User or id; default: the signed-in user) is notified when it ends. A
        workflow has one aggregation: an existing one is returned as it is, unless
        ``delete_if_exists`` deletes it and starts a new one.

        >>> Workflow(1234).run_aggregation(delete_if_exists=True).wait(3600)  # doctest: +SKIP
        """
        from zoo_sdk.panoptes.aggregation import Aggregation

        workflow_id = self._saved_id()
        if not isinstance(delete_if_exists, bool):
            from zoo_sdk.errors import ValidationError

            raise ValidationError(f"delete_if_exists must be a bool, not {delete_if_exists!r}")
        user_id = ids_of(user, "users")[0] if user is not None else _signed_in_user_id()
        existing = Aggregation.for_workflow(workflow_id)
        if existing is not None:
            if not delete_if_exists:
                logger.info(
                    "workflow %s already has aggregation %s; pass delete_if_exists=True to "
                    "start a new one",
                    workflow_id,
                    existing.id,
                )
                return existing
            existing.delete()
        aggregation = Aggregation()
        aggregation.links.workflow = workflow_id
        aggregation.links.user = user_id
        aggregation.save()
        return aggregation

    def get_batch_aggregation(self) -> Aggregation:
        """This workflow's aggregation; NotFoundError if it has none.

        >>> Workflow(1234).get_batch_aggregation().status   # doctest: +SKIP
        'pending'
        """
        from zoo_sdk.errors import NotFoundError
        from zoo_sdk.panoptes.aggregation import Aggregation

        found = Aggregation.for_workflow(self._saved_id())
        if found is None:
            raise NotFoundError(f"Could not find Aggregation for Workflow {self.id}", status=404)
        return found

    def get_batch_aggregation_status(self) -> str | None:
        """The status of this workflow's aggregation (``pending``, ``completed``, ...).

        >>> Workflow(1234).get_batch_aggregation_status()   # doctest: +SKIP
        'completed'
        """
        status: str | None = self.get_batch_aggregation().status
        return status

    def get_batch_aggregation_links(self) -> dict[str, str]:
        """The output URLs of this workflow's aggregation (``reductions``, ``aggregation``).

        >>> Workflow(1234).get_batch_aggregation_links()["aggregation"]   # doctest: +SKIP
        'https://aggregationdata.blob.core.windows.net/production/.../1234_aggregation.zip'
        """
        return self.get_batch_aggregation().download_links()

    def subject_workflow_status(self, subject_id: Any) -> SubjectWorkflowStatus:
        """The status of one subject in this workflow."""
        from zoo_sdk.panoptes.subject_workflow_status import SubjectWorkflowStatus

        return SubjectWorkflowStatus.find(
            subject_id=ids_of(subject_id, "subjects")[0], workflow_id=self.id
        )

    def subject_workflow_statuses(self, subject_set_id: Any) -> Iterator[SubjectWorkflowStatus]:
        """Statuses in this workflow of the subjects of one subject set."""
        from zoo_sdk.panoptes.subject_workflow_status import SubjectWorkflowStatus

        return iter(
            SubjectWorkflowStatus.where(
                workflow_id=self.id, subject_set_id=ids_of(subject_set_id, "subject_sets")[0]
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

    # -- Caesar ------------------------------------------------------------------------------

    def _caesar(self) -> Caesar:
        from zoo_sdk.caesar import default_caesar

        return type(self).caesar or default_caesar()

    def save_to_caesar(
        self, public_extracts: bool = False, public_reductions: bool = False
    ) -> CaesarWorkflow:
        """Register this workflow with Caesar (or update its public flags); the Caesar workflow.

        >>> workflow.save_to_caesar(public_extracts=True, public_reductions=True)  # doctest: +SKIP
        """
        return self._caesar().save_workflow(self._saved_id(), public_extracts, public_reductions)

    def caesar_subject_extracts(self, subject_id: Any) -> list[Extract]:
        """The Caesar extracts of one subject (id or Subject) in this workflow.

        >>> workflow.caesar_subject_extracts(1234)   # doctest: +SKIP
        """
        return self._caesar().get_extracts_by_workflow_and_subject(
            self._saved_id(), ids_of(subject_id, "subjects")[0], extractor_key="all"
        )

    def caesar_subject_reductions(
        self, subject_id: Any, reducer_key: str = ""
    ) -> list[SubjectReduction]:
        """The Caesar reductions of one subject, optionally of one reducer only.

        >>> workflow.caesar_subject_reductions(1234, "points")   # doctest: +SKIP
        """
        return self._caesar().get_reductions_by_workflow_and_subject(
            self._saved_id(), ids_of(subject_id, "subjects")[0], reducer_key or None
        )

    def caesar_extractors(self) -> list[Extractor]:
        """This workflow's Caesar extractors.

        >>> [e["key"] for e in workflow.caesar_extractors()]   # doctest: +SKIP
        """
        return self._caesar().get_workflow_extractors(self._saved_id())

    def caesar_reducers(self) -> list[Reducer]:
        """This workflow's Caesar reducers."""
        return self._caesar().get_workflow_reducers(self._saved_id())

    def caesar_rules(self, rule_type: str) -> list[Rule]:
        """This workflow's Caesar ``'subject'`` or ``'user'`` rules.

        >>> workflow.caesar_rules("subject")   # doctest: +SKIP
        """
        return self._caesar().get_workflow_rules(self._saved_id(), rule_type)

    def caesar_effects(self, rule_type: str, rule_id: int) -> list[RuleEffect]:
        """The effects of one of this workflow's Caesar rules.

        >>> workflow.caesar_effects("subject", 123)   # doctest: +SKIP
        """
        return self._caesar().get_workflow_rule_effects(self._saved_id(), rule_type, rule_id)

    def add_caesar_extractor(
        self,
        extractor_type: str,
        extractor_key: str,
        task_key: str = "T0",
        extractor_other_attributes: dict[str, Any] | None = None,
    ) -> Extractor:
        """Add a Caesar extractor; returns it with its ``id``.

        >>> workflow.add_caesar_extractor("question", "complete", "T0",
        ...                               {"if_missing": "ignore"})   # doctest: +SKIP
        """
        return self._caesar().create_workflow_extractor(
            self._saved_id(), extractor_key, extractor_type, task_key, extractor_other_attributes
        )

    def add_caesar_reducer(
        self, reducer_type: str, key: str, other_reducer_attributes: dict[str, Any] | None = None
    ) -> Reducer:
        """Add a Caesar reducer; returns it with its ``id``.

        >>> workflow.add_caesar_reducer("count", "count",
        ...     {"filters": {"extractor_keys": ["complete"]}})   # doctest: +SKIP
        """
        return self._caesar().create_workflow_reducer(
            self._saved_id(), reducer_type, key, other_reducer_attributes
        )

    def add_caesar_rule(self, condition_string: str, rule_type: str) -> Rule:
        """Add a Caesar rule; returns it with its ``id`` (an invalid condition raises
        InvalidCaesarConfig before any request).

        >>> workflow.add_caesar_rule(
        ...     '["gte", ["lookup", "complete.0", 0], ["const", 3]]', "subject")  # doctest: +SKIP
        """
        return self._caesar().create_workflow_rule(self._saved_id(), rule_type, condition_string)

    def add_caesar_rule_effect(
        self,
        rule_type: str,
        rule_id: int,
        action: str,
        effect_config: dict[str, Any] | None = None,
    ) -> RuleEffect:
        """Add an effect to one of this workflow's Caesar rules; returns it with its ``id``.

        >>> workflow.add_caesar_rule_effect("subject", subject_rule["id"], "retire_subject",
        ...                                 {"reason": "classification_count"})  # doctest: +SKIP
        """
        return self._caesar().create_workflow_rule_effect(
            self._saved_id(), rule_type, rule_id, action, effect_config
        )

    def import_caesar_data_extracts(self, csv_source: str) -> None:
        """Import machine-learnt extracts into Caesar from a public CSV URL (columns
        ``extractor_key``, ``subject_id``, ``data``).

        >>> workflow.import_caesar_data_extracts("https://.../extracts.csv")   # doctest: +SKIP
        """
        self._caesar().import_data_extracts(self._saved_id(), csv_source)

    def add_caesar_data_request(
        self, requested_data: str, user_id: Any = None, subgroup: str | None = None
    ) -> DataRequest:
        """Ask Caesar for a CSV export of this workflow's ``extracts``, ``subject_reductions`` or
        ``user_reductions`` (optionally of one user or subgroup); the data request, ``pending``.

        >>> request = workflow.add_caesar_data_request("subject_reductions")  # doctest: +SKIP
        >>> workflow.download_caesar_data_request(request, "reductions.csv")  # doctest: +SKIP
        """
        user = None if user_id is None else ids_of(user_id, "users")[0]
        return self._caesar().create_workflow_data_request(
            self._saved_id(), requested_data, user, subgroup
        )

    def caesar_data_requests(self, subgroup: str | None = None) -> list[DataRequest]:
        """This workflow's Caesar data requests, newest first.

        >>> [r["status"] for r in workflow.caesar_data_requests()]   # doctest: +SKIP
        ['complete']
        """
        return self._caesar().get_workflow_data_requests(self._saved_id(), subgroup)

    def caesar_data_request(self, data_request: Any) -> DataRequest:
        """One of this workflow's Caesar data requests (its id, or the request), read again."""
        return self._caesar().get_data_request(self._data_request(data_request))

    def wait_caesar_data_request(
        self, data_request: Any, timeout: float | None = None
    ) -> DataRequest:
        """Wait until a Caesar data request of this workflow is ``complete``; returns it.

        >>> workflow.wait_caesar_data_request(request, timeout=600)["url"]  # doctest: +SKIP
        """
        return self._caesar().wait_data_request(self._data_request(data_request), timeout)

    def download_caesar_data_request(
        self,
        data_request: Any,
        path: Any,
        timeout: float | None = None,
        progress: Any = None,
    ) -> int:
        """Wait for a Caesar data request of this workflow, then stream its CSV to ``path``;
        returns the bytes written.

        >>> workflow.download_caesar_data_request(request, "extracts.csv")  # doctest: +SKIP
        4096
        """
        return self._caesar().download_data_request(
            self._data_request(data_request), path, timeout=timeout, progress=progress
        )

    def _data_request(self, data_request: Any) -> dict[str, Any]:
        """A data request of this workflow: as Caesar answered it, or by its id."""
        if isinstance(data_request, dict):
            return data_request
        return {"id": data_request, "exportable_type": "Workflow",
                "exportable_id": self._saved_id()}

    def add_alice_extractors(
        self,
        alice_task_key: str = "T0",
        question_task_key: str = "T1",
        question_extractor_if_missing: str = "ignore",
        other_question_extractor_attrib: dict[str, Any] | None = None,
        other_alice_extractor_attrib: dict[str, Any] | None = None,
    ) -> None:
        """Add the ALICE extractors: question ``complete`` and external ``alice``."""
        question = {
            "if_missing": question_extractor_if_missing,
            **(other_question_extractor_attrib or {}),
        }
        alice = {
            "url": f"{ALICE_AGGREGATION}/extractors/line_text_extractor?task={alice_task_key}",
            **(other_alice_extractor_attrib or {}),
        }
        self.add_caesar_extractor("question", "complete", question_task_key, question)
        self.add_caesar_extractor("external", "alice", alice_task_key, alice)

    def add_alice_reducers(
        self, alice_min_views: int = 5, low_consensus_threshold: int = 3
    ) -> None:
        """Add the ALICE reducers: external ``alice``, stats ``complete`` and count ``count``."""
        url = f"{ALICE_AGGREGATION}/reducers/optics_line_text_reducer"
        if alice_min_views or low_consensus_threshold:
            url += (
                f"?minimum_views={alice_min_views}&low_consensus_threshold="
                f"{low_consensus_threshold}"
            )
        keep_first = {"repeated_classifications": "keep_first"}
        self.add_caesar_reducer(
            "external",
            "alice",
            {"url": url, "filters": {"extractor_keys": ["alice"], **keep_first}},
        )
        complete = {"filters": {"extractor_keys": ["complete"], **keep_first}}
        self.add_caesar_reducer("stats", "complete", complete)
        self.add_caesar_reducer("count", "count", complete)

    def add_alice_rules_and_effects(
        self, question_retirement_limit: int = 3, count_retirement_limit: int = 30
    ) -> None:
        """Add the ALICE subject rules (question and count), each sending the subject to ALICE
        and retiring it (4 effects)."""
        send_to_alice = {"url": "https://tove.zooniverse.org/import", "reducer_key": "alice"}
        for condition, reason in (
            (
                f'["gte", ["lookup", "complete.0", 0], ["const", {question_retirement_limit}]]',
                "consensus",
            ),
            (
                f'["gte", ["lookup", "count.classifications", 0], ["const", '
                f"{count_retirement_limit}]]",
                "classification_count",
            ),
        ):
            rule_id = self.add_caesar_rule(condition, "subject")["id"]
            assert rule_id is not None  # add_caesar_rule raises for a rule Caesar did not save
            self.add_caesar_rule_effect("subject", rule_id, "external", send_to_alice)
            self.add_caesar_rule_effect("subject", rule_id, "retire_subject", {"reason": reason})

    def configure_for_alice(self) -> None:
        """Configure this workflow for ALICE/TOVE: register it with Caesar (public extracts and
        reductions), then add the ALICE extractors, reducers, rules and effects (defaults:
        minimum_views 5, low_consensus_threshold 3, retirement at 3 "complete" answers or 30
        classifications).

        >>> workflow.configure_for_alice()   # doctest: +SKIP
        """
        self.save_to_caesar(public_extracts=True, public_reductions=True)
        self.add_alice_extractors()
        self.add_alice_reducers()
        self.add_alice_rules_and_effects()


def _signed_in_user_id() -> str:
    """The id of the connection's user: known after the password sign-in, else ``/api/me``."""
    from zoo_sdk.errors import APIError, UnauthorizedError
    from zoo_sdk.panoptes.client import Panoptes
    from zoo_sdk.panoptes.user import User

    client = Panoptes.client()
    if client.logged_in_user_id:
        return client.logged_in_user_id
    if not client.logged_in:
        raise UnauthorizedError("an aggregation is run by a signed-in user: connect first")
    client.get_bearer_token()  # signs in if it has not yet, which tells the user id
    user_id = client.logged_in_user_id or User.me().id
    if user_id is None:
        raise APIError("the server did not say which user is signed in: pass user=")
    return user_id
