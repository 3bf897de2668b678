"""Caesar, the Zooniverse rules engine: extractors, reducers, rules and effects of a workflow.

Caesar shares the Panoptes credentials: sign in with :meth:`Panoptes.connect` and every Caesar
request carries the bearer token of the current Panoptes connection (refreshed by Panoptes)::

    Panoptes.connect(username="example", password="...")
    caesar = Caesar()                           # https://caesar.zooniverse.org
    caesar.save_workflow(1234, public_extracts=True, public_reductions=True)
    caesar.create_workflow_extractor(1234, "complete", "question", "T0", {"if_missing": "ignore"})
    rule = caesar.create_workflow_rule(
        1234, "subject", '["gte", ["lookup", "complete.0", 0], ["const", 3]]')
    caesar.create_workflow_rule_effect(
        1234, "subject", rule["id"], "retire_subject", {"reason": "consensus"})

Extracts and reductions are exported as CSV by data requests: ask, wait, download::

    request = caesar.create_workflow_data_request(1234, "subject_reductions")
    caesar.download_data_request(request, "reductions.csv", timeout=600)   # waits, streams

Results are the plain dicts and lists Caesar answers, typed with the spec's generated
TypedDicts (``zoo_payloads.caesar``: ``Extractor``, ``Reducer``, ``SubjectRule``, ``DataRequest``,
...): ``rule["id"]`` works as in panoptes_client, and mypy knows the keys. Errors raise the typed
:mod:`zoo_sdk.errors` exceptions (``NotFoundError``, ``UnauthorizedError`` — Caesar answers 401
also when the caller may not use the workflow —, ``ValidationError``, ...).

Fixed on purpose compared with panoptes_client: the subject effect that adds to a collection is
``add_subject_to_collection`` (the server's name; ``add_to_collection`` is translated), the
``summary_stats`` reducer is allowed, and calls have timeouts and retries. Ids and rule
conditions are checked before any request; a rule Caesar does not save (it answers ``id: null``,
or the unsaved record to an update) raises ``ValidationError`` instead of being returned; a body
that is not the JSON the API promises raises ``InvalidResponseError``.
"""

from __future__ import annotations

import difflib
import json
import operator
import os
import reprlib
import threading
import time
import uuid
from collections.abc import Callable, Mapping, Sequence
from types import ModuleType
from typing import TYPE_CHECKING, Any, ClassVar, TypeAlias, cast

import httpx
from zoo_caesar_api.api.data_requests import (
    create_project_data_request,
    create_workflow_data_request,
    get_project_data_request,
    get_workflow_data_request,
    list_project_data_requests,
    list_workflow_data_requests,
)
from zoo_caesar_api.api.extractors import (
    create_workflow_extractor,
    delete_workflow_extractor,
    get_workflow_extractor,
    list_workflow_extractors,
    update_workflow_extractor,
)
from zoo_caesar_api.api.extracts import import_workflow_extracts, list_workflow_extracts
from zoo_caesar_api.api.reducers import (
    create_workflow_reducer,
    delete_workflow_reducer,
    get_workflow_reducer,
    list_workflow_reducers,
    update_workflow_reducer,
)
from zoo_caesar_api.api.subject_reductions import (
    list_workflow_subject_reductions,
    list_workflow_subject_reductions_legacy,
    upsert_workflow_subject_reduction,
)
from zoo_caesar_api.api.subject_rule_effects import (
    create_workflow_subject_rule_effect,
    delete_workflow_subject_rule_effect,
    get_workflow_subject_rule_effect,
    list_workflow_subject_rule_effects,
    update_workflow_subject_rule_effect,
)
from zoo_caesar_api.api.subject_rules import (
    create_workflow_subject_rule,
    delete_workflow_subject_rule,
    get_workflow_subject_rule,
    list_workflow_subject_rules,
    update_workflow_subject_rule,
)
from zoo_caesar_api.api.user_reductions import upsert_workflow_user_reduction
from zoo_caesar_api.api.user_rule_effects import (
    create_workflow_user_rule_effect,
    delete_workflow_user_rule_effect,
    get_workflow_user_rule_effect,
    list_workflow_user_rule_effects,
    update_workflow_user_rule_effect,
)
from zoo_caesar_api.api.user_rules import (
    create_workflow_user_rule,
    delete_workflow_user_rule,
    get_workflow_user_rule,
    list_workflow_user_rules,
    update_workflow_user_rule,
)
from zoo_caesar_api.api.workflows import create_workflow, get_workflow, list_workflows
from zoo_caesar_api.api.workflows import update_workflow as update_workflow_op
from zoo_payloads.caesar import (
    DataRequest,
    Extract,
    Extractor,
    Reducer,
    SubjectReduction,
    SubjectRule,
    SubjectRuleEffect,
    UserReduction,
    UserRule,
    UserRuleEffect,
)
from zoo_payloads.caesar import Workflow as CaesarWorkflow

from zoo_sdk import errors
from zoo_sdk._http import (
    HTTP,
    JSONBody,
    RetryPolicy,
    check_json,
    error_messages,
    invalid_response,
    json_body,
)
from zoo_sdk.panoptes.client import USER_AGENT, Panoptes

if TYPE_CHECKING:
    from zoo_sdk.panoptes.exports import Export

DEFAULT_ENDPOINT = "https://caesar.zooniverse.org"
STAGING_ENDPOINT = "https://caesar-staging.zooniverse.org"
PANOPTES_STAGING = "https://panoptes-staging.zooniverse.org"
DEFAULT_REDIRECT_URL = "https://caesar.zooniverse.org/auth/zooniverse/callback"

#: Generated operations per rule type: (list, create, get, update, delete) for rules, then effects.
_RULE_OPS: dict[str, tuple[ModuleType, ...]] = {
    "subject": (
        list_workflow_subject_rules,
        create_workflow_subject_rule,
        get_workflow_subject_rule,
        update_workflow_subject_rule,
        delete_workflow_subject_rule,
    ),
    "user": (
        list_workflow_user_rules,
        create_workflow_user_rule,
        get_workflow_user_rule,
        update_workflow_user_rule,
        delete_workflow_user_rule,
    ),
}
_EFFECT_OPS: dict[str, tuple[ModuleType, ...]] = {
    "subject": (
        list_workflow_subject_rule_effects,
        create_workflow_subject_rule_effect,
        get_workflow_subject_rule_effect,
        update_workflow_subject_rule_effect,
        delete_workflow_subject_rule_effect,
    ),
    "user": (
        list_workflow_user_rule_effects,
        create_workflow_user_rule_effect,
        get_workflow_user_rule_effect,
        update_workflow_user_rule_effect,
        delete_workflow_user_rule_effect,
    ),
}
#: A rule, and an effect, of either rule type (``"subject"`` or ``"user"``) as Caesar answers it.
Rule: TypeAlias = SubjectRule | UserRule
RuleEffect: TypeAlias = SubjectRuleEffect | UserRuleEffect
#: Effect names of the python-client docs that the server calls differently.
_ACTION_ALIASES = {"add_to_collection": "add_subject_to_collection"}
#: What a data request can export (``DataRequest.requested_data``).
REQUESTED_DATA = ("extracts", "subject_reductions", "user_reductions")
#: Data request statuses after which the export worker no longer changes the request, and the
#: ones of those that are not a success (``app/models/data_request.rb``).
DATA_REQUEST_FINAL = frozenset({"complete", "failed", "canceled"})
DATA_REQUEST_FAILED = frozenset({"failed", "canceled"})
#: Generated data request operations per exportable: (list, create, get).
_DATA_REQUEST_OPS: dict[str, tuple[ModuleType, ModuleType, ModuleType]] = {
    "Workflow": (
        list_workflow_data_requests,
        create_workflow_data_request,
        get_workflow_data_request,
    ),
    "Project": (list_project_data_requests, create_project_data_request, get_project_data_request),
}


class InvalidCaesarConfig(errors.ValidationError, ValueError):
    """An extractor/reducer type, rule type, effect action or rule condition Caesar does not
    accept (raised before any request; a ``ValueError`` too, as in panoptes_client)."""


class _PanoptesToken:
    """The bearer token of a Panoptes connection (the current one when ``panoptes`` is None).

    Panoptes' TokenManager refreshes the token before it expires (thread-safe). A Caesar 401 is
    not a reason to sign in again: Caesar also answers 401 when the caller lacks the role.
    """

    def __init__(self, panoptes: Panoptes | None) -> None:
        self.panoptes = panoptes

    def acquire_token(self) -> str | None:
        return (self.panoptes or Panoptes.client()).get_bearer_token()

    def release_token(self, token: str | None) -> None:
        pass

    def token_rejected(self, token: str) -> bool:
        return False


class Caesar:
    """The Caesar HTTP client; log in with :meth:`Panoptes.connect` first.

    ``endpoint`` defaults to production, or staging when the current Panoptes connection is
    Panoptes staging. ``panoptes`` pins a connection; by default each request uses the current
    one. Thread-safe: one connection pool per instance.

    >>> caesar = Caesar(endpoint="http://127.0.0.1:8000/caesar")   # no request is made
    >>> caesar.endpoint
    'http://127.0.0.1:8000/caesar'
    """

    EXTRACTOR_TYPES = ("blank", "external", "question", "survey", "who", "pluck_field", "shape")
    REDUCER_TYPES = (
        "consensus",
        "count",
        "placeholder",
        "external",
        "first_extract",
        "stats",
        "summary_stats",
        "unique_count",
        "rectangle",
        "sqs",
    )
    RULE_TO_ACTION_TYPES: ClassVar[dict[str, tuple[str, ...]]] = {
        "subject": (
            "retire_subject",
            "add_subject_to_set",
            "add_subject_to_collection",
            "external",
            "external_with_basic_auth",
        ),
        "user": ("promote_user",),
    }

    def __init__(
        self,
        endpoint: str | None = None,
        redirect_url: str = DEFAULT_REDIRECT_URL,
        *,
        panoptes: Panoptes | None = None,
        timeout: httpx.Timeout | float | None = None,
        retry: RetryPolicy | None = None,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        if endpoint is None:
            current = panoptes or Panoptes.client()
            endpoint = (
                STAGING_ENDPOINT if current.endpoint == PANOPTES_STAGING else DEFAULT_ENDPOINT
            )
        self.endpoint = endpoint.rstrip("/")
        self.redirect_url = redirect_url
        self.http = HTTP(
            self.endpoint,
            headers={"Accept": "application/json", "User-Agent": USER_AGENT},
            timeout=timeout,
            retry=retry,
            token_source=_PanoptesToken(panoptes),
            transport=transport,
        )

    def __repr__(self) -> str:
        return f"<Caesar {self.endpoint}>"

    def close(self) -> None:
        """Close the connection pool."""
        self.http.close()

    # -- workflows -----------------------------------------------------------------------

    def get_workflow(self, workflow_id: int | str) -> CaesarWorkflow:
        """The workflow as Caesar knows it (``NotFoundError`` if it is not registered).

        >>> Caesar().get_workflow(1234)["public_extracts"]   # doctest: +SKIP
        """
        wid = check_id(workflow_id, "workflow_id")
        return cast(CaesarWorkflow, self._object(get_workflow, id=wid))

    def get_workflows(self) -> list[CaesarWorkflow]:
        """Every workflow registered with Caesar that the caller may use."""
        return cast(list[CaesarWorkflow], self._list(list_workflows))

    def save_workflow(
        self,
        workflow_id: int | str,
        public_extracts: bool = False,
        public_reductions: bool = False,
    ) -> CaesarWorkflow:
        """Register a Panoptes workflow with Caesar, or update its public flags if registered.
        Returns the Caesar workflow.

        >>> Caesar().save_workflow(123, public_extracts=True,
        ...                        public_reductions=True)   # doctest: +SKIP
        """
        wid = check_id(workflow_id, "workflow_id")
        flags = {"public_extracts": public_extracts, "public_reductions": public_reductions}
        probe = self.http.call(get_workflow, id=wid, ok=(404,))
        if probe.status_code == 404:
            created = self.http.call(
                create_workflow, body=JSONBody({"workflow": {"id": wid, **flags}}), ok=(302,)
            )
            if created.status_code != 302:  # 302: registered meanwhile; update it below
                return cast(CaesarWorkflow, json_body(created, dict))
        self.http.call(update_workflow_op, id=wid, body=JSONBody({"workflow": flags}))
        return self.get_workflow(wid)

    def update_workflow(self, workflow_id: int | str, **attributes: Any) -> None:
        """Change Caesar settings of a workflow (``status``, ``rules_applied``, ``rerun``, ...).

        >>> Caesar().update_workflow(1234, status="paused")   # doctest: +SKIP
        """
        self.http.call(
            update_workflow_op,
            id=check_id(workflow_id, "workflow_id"),
            body=JSONBody({"workflow": attributes}),
        )

    # -- extractors ----------------------------------------------------------------------

    def get_workflow_extractors(self, workflow_id: int | str) -> list[Extractor]:
        """The extractors of a workflow; ``type`` is the class name (``Extractors::...``)."""
        return cast(list[Extractor], self._list(list_workflow_extractors, **_path(workflow_id)))

    def get_workflow_extractor(self, workflow_id: int | str, extractor_id: int) -> Extractor:
        """One extractor of a workflow."""
        path = _path(workflow_id, extractor_id=extractor_id)
        return cast(Extractor, self._object(get_workflow_extractor, **path))

    def create_workflow_extractor(
        self,
        workflow_id: int | str,
        extractor_key: str,
        extractor_type: str,
        task_key: str = "T0",
        other_extractor_attributes: dict[str, Any] | None = None,
    ) -> Extractor:
        """Add an extractor (type one of :attr:`EXTRACTOR_TYPES`); returns it with its ``id``.

        >>> Caesar().create_workflow_extractor(12, "complete", "question", "T0",
        ...                                    {"if_missing": "ignore"})   # doctest: +SKIP
        """
        path = _path(workflow_id)
        self.validate_extractor_type(extractor_type)
        payload = {
            "type": extractor_type,
            "key": extractor_key,
            "task_key": task_key,
            **(other_extractor_attributes or {}),
        }
        return cast(Extractor, self._object(
            create_workflow_extractor, body=JSONBody({"extractor": payload}), **path
        ))

    def update_workflow_extractor(
        self, workflow_id: int | str, extractor_id: int, **attributes: Any
    ) -> None:
        """Change an extractor (``key``, config fields, ``config={...}``)."""
        self.http.call(
            update_workflow_extractor,
            body=JSONBody({"extractor": attributes}),
            **_path(workflow_id, extractor_id=extractor_id),
        )

    def delete_workflow_extractor(self, workflow_id: int | str, extractor_id: int) -> None:
        """Remove an extractor."""
        self.http.call(delete_workflow_extractor, **_path(workflow_id, extractor_id=extractor_id))

    # -- reducers ------------------------------------------------------------------------

    def get_workflow_reducers(self, workflow_id: int | str) -> list[Reducer]:
        """The reducers of a workflow."""
        return cast(list[Reducer], self._list(list_workflow_reducers, **_path(workflow_id)))

    def get_workflow_reducer(self, workflow_id: int | str, reducer_id: int) -> Reducer:
        """One reducer of a workflow."""
        path = _path(workflow_id, reducer_id=reducer_id)
        return cast(Reducer, self._object(get_workflow_reducer, **path))

    def create_workflow_reducer(
        self,
        workflow_id: int | str,
        reducer_type: str,
        key: str,
        other_reducer_attributes: dict[str, Any] | None = None,
    ) -> Reducer:
        """Add a reducer (type one of :attr:`REDUCER_TYPES`); returns it with its ``id``.

        >>> Caesar().create_workflow_reducer(1234, "count", "count",
        ...     {"filters": {"extractor_keys": ["complete"]}})   # doctest: +SKIP
        """
        path = _path(workflow_id)
        self.validate_reducer_type(reducer_type)
        payload = {"type": reducer_type, "key": key, **(other_reducer_attributes or {})}
        body = JSONBody({"reducer": payload})
        return cast(Reducer, self._object(create_workflow_reducer, body=body, **path))

    def update_workflow_reducer(
        self, workflow_id: int | str, reducer_id: int, **attributes: Any
    ) -> None:
        """Change a reducer (``key``, ``filters``, ``grouping``, config fields)."""
        self.http.call(
            update_workflow_reducer,
            body=JSONBody({"reducer": attributes}),
            **_path(workflow_id, reducer_id=reducer_id),
        )

    def delete_workflow_reducer(self, workflow_id: int | str, reducer_id: int) -> None:
        """Remove a reducer."""
        self.http.call(delete_workflow_reducer, **_path(workflow_id, reducer_id=reducer_id))

    # -- rules ---------------------------------------------------------------------------

    def get_workflow_rules(self, workflow_id: int | str, rule_type: str) -> list[Rule]:
        """The ``'subject'`` or ``'user'`` rules of a workflow, in evaluation order."""
        path = _path(workflow_id)
        self.validate_rule_type(rule_type)
        return cast(list[Rule], self._list(_RULE_OPS[rule_type][0], **path))

    def get_workflow_rule(
        self, workflow_id: int | str, rule_type: str, rule_id: int
    ) -> Rule:
        """One rule of a workflow."""
        path = _path(workflow_id, rule_id=rule_id)
        self.validate_rule_type(rule_type)
        return cast(Rule, self._object(_RULE_OPS[rule_type][2], **path))

    def create_workflow_rule(
        self,
        workflow_id: int | str,
        rule_type: str,
        condition_string: str | Sequence[Any] = "[]",
        *,
        validate: bool = True,
    ) -> Rule:
        """Add a rule; returns it with its ``id``.

        ``condition_string`` is the condition as JSON text or as a Python list (Lisp in JSON;
        ``lookup`` takes a key and a default). It is checked against the condition grammar
        before any request (:meth:`validate_condition`; an empty condition is refused too);
        ``validate=False`` sends it as it is, for operators newer than this client. When Caesar
        does not save the rule (it answers ``id: null``), ``ValidationError`` is raised.

        >>> Caesar().create_workflow_rule(1234, "subject",
        ...     '["gte", ["lookup", "complete.0", 0], ["const", 3]]')   # doctest: +SKIP
        """
        path = _path(workflow_id)
        self.validate_rule_type(rule_type)
        sent, _ = self._condition(condition_string, validate)
        return self._write_rule(_RULE_OPS[rule_type][1], rule_type, sent, path)

    def update_workflow_rule(
        self,
        workflow_id: int | str,
        rule_type: str,
        rule_id: int,
        condition_string: str | Sequence[Any],
        *,
        validate: bool = True,
    ) -> Rule:
        """Replace a rule's condition (checked as on create); returns the rule as stored.

        Caesar's ``update`` (``app/controllers/subject_rules_controller.rb`` and
        ``user_rules_controller.rb``) calls ``rule.update(rule_params)`` and renders the rule
        whatever the outcome: a condition its model rejects is answered 200 with the *unsaved*
        record, whose in-memory condition is the one sent and whose JSON carries no errors. So
        the answer cannot tell; the rule is read back, and ``ValidationError`` is raised when the
        stored condition is not the one sent.
        """
        path = _path(workflow_id, rule_id=rule_id)
        self.validate_rule_type(rule_type)
        sent, parsed = self._condition(condition_string, validate)
        self._write_rule(_RULE_OPS[rule_type][3], rule_type, sent, path)
        stored = cast(Rule, self._object(_RULE_OPS[rule_type][2], **path))
        if parsed is not _UNPARSED and stored.get("condition") != parsed:
            raise errors.ValidationError(
                f"Caesar did not save the new condition of {rule_type} rule {path['id']}: it "
                f"still has {_show(stored.get('condition'))} (the server rejected "
                f"{_show(parsed)})"
            )
        return stored

    def delete_workflow_rule(self, workflow_id: int | str, rule_type: str, rule_id: int) -> None:
        """Remove a rule and its effects."""
        path = _path(workflow_id, rule_id=rule_id)
        self.validate_rule_type(rule_type)
        self.http.call(_RULE_OPS[rule_type][4], **path)

    # -- effects -------------------------------------------------------------------------

    def get_workflow_rule_effects(
        self, workflow_id: int | str, rule_type: str, rule_id: int
    ) -> list[RuleEffect]:
        """The effects of one rule."""
        path = _effect_path(workflow_id, rule_type, rule_id)
        self.validate_rule_type(rule_type)
        return cast(list[RuleEffect], self._list(_EFFECT_OPS[rule_type][0], **path))

    def get_workflow_rule_effect(
        self, workflow_id: int | str, rule_type: str, rule_id: int, effect_id: int
    ) -> RuleEffect:
        """One effect of a rule."""
        path = _effect_path(workflow_id, rule_type, rule_id, effect_id=effect_id)
        self.validate_rule_type(rule_type)
        return cast(RuleEffect, self._object(_EFFECT_OPS[rule_type][2], **path))

    def create_workflow_rule_effect(
        self,
        workflow_id: int | str,
        rule_type: str,
        rule_id: int,
        action: str,
        config: dict[str, Any] | None = None,
    ) -> RuleEffect:
        """Add an effect to a rule; returns it with its ``id``.

        Subject actions: retire_subject, add_subject_to_set, add_subject_to_collection,
        external, external_with_basic_auth; user actions: promote_user.

        >>> retirement_config = {"reason": "classification_count"}
        >>> Caesar().create_workflow_rule_effect(1, "subject", subject_rule["id"],
        ...     "retire_subject", retirement_config)   # doctest: +SKIP
        """
        path = _effect_path(workflow_id, rule_type, rule_id)
        self.validate_rule_type(rule_type)
        action = _ACTION_ALIASES.get(action, action)
        self.validate_action(rule_type, action)
        body = JSONBody({f"{rule_type}_rule_effect": {"action": action, "config": config or {}}})
        return cast(RuleEffect, self._object(_EFFECT_OPS[rule_type][1], body=body, **path))

    def update_workflow_rule_effect(
        self,
        workflow_id: int | str,
        rule_type: str,
        rule_id: int,
        effect_id: int,
        action: str | None = None,
        config: dict[str, Any] | None = None,
    ) -> None:
        """Change an effect's action and/or config."""
        path = _effect_path(workflow_id, rule_type, rule_id, effect_id=effect_id)
        self.validate_rule_type(rule_type)
        payload: dict[str, Any] = {}
        if action is not None:
            payload["action"] = _ACTION_ALIASES.get(action, action)
            self.validate_action(rule_type, payload["action"])
        if config is not None:
            payload["config"] = config
        self.http.call(
            _EFFECT_OPS[rule_type][3], body=JSONBody({f"{rule_type}_rule_effect": payload}), **path
        )

    def delete_workflow_rule_effect(
        self, workflow_id: int | str, rule_type: str, rule_id: int, effect_id: int
    ) -> None:
        """Remove an effect."""
        path = _effect_path(workflow_id, rule_type, rule_id, effect_id=effect_id)
        self.validate_rule_type(rule_type)
        self.http.call(_EFFECT_OPS[rule_type][4], **path)

    # -- extracts and reductions ---------------------------------------------------------

    def get_extracts_by_workflow_and_subject(
        self, workflow_id: int | str, subject_id: int | str, extractor_key: str = "extractor"
    ) -> list[Extract]:
        """Every extract of a subject in a workflow (Caesar ignores ``extractor_key``)."""
        return cast(list[Extract], self._list(
            list_workflow_extracts,
            extractor_key=extractor_key,
            **_path(workflow_id, subject_id=subject_id),
        ))

    def get_reductions_by_workflow_and_subject(
        self, workflow_id: int | str, subject_id: int | str, reducer_key: str | None = None
    ) -> list[SubjectReduction]:
        """The subject reductions of a subject, optionally of one reducer only.

        >>> Caesar().get_reductions_by_workflow_and_subject(1234, 5678, "count")  # doctest: +SKIP
        """
        return cast(list[SubjectReduction], self._list(
            list_workflow_subject_reductions_legacy,
            reducer_key=(reducer_key or "").strip() or None,
            **_path(workflow_id, subject_id=subject_id),
        ))

    def get_workflow_subject_reductions(
        self,
        workflow_id: int | str,
        subject_id: int | str | None = None,
        reducer_key: str | None = None,
    ) -> list[SubjectReduction]:
        """Subject reductions of a workflow, filtered by subject and/or reducer key."""
        return cast(list[SubjectReduction], self._list(
            list_workflow_subject_reductions,
            workflow_id=check_id(workflow_id, "workflow_id"),
            subject_id=None if subject_id is None else check_id(subject_id, "subject_id"),
            reducer_key=reducer_key,
        ))

    def upsert_subject_reduction(
        self,
        workflow_id: int | str,
        reducer_key: str,
        subject_id: int | str,
        data: dict[str, Any],
        subgroup: str = "_default",
    ) -> SubjectReduction:
        """Store an externally computed reduction of a subject (creates or replaces it).

        >>> Caesar().upsert_subject_reduction(1234, "alice", 5678, {"done": True})  # doctest: +SKIP
        """
        return cast(SubjectReduction, self._upsert_reduction(
            upsert_workflow_subject_reduction,
            workflow_id,
            reducer_key,
            {"subject_id": check_id(subject_id, "subject_id"), "data": data, "subgroup": subgroup},
        ))

    def upsert_user_reduction(
        self,
        workflow_id: int | str,
        reducer_key: str,
        user_id: int | str,
        data: dict[str, Any],
        subgroup: str = "_default",
    ) -> UserReduction:
        """Store an externally computed reduction of a user."""
        return cast(UserReduction, self._upsert_reduction(
            upsert_workflow_user_reduction,
            workflow_id,
            reducer_key,
            {"user_id": check_id(user_id, "user_id"), "data": data, "subgroup": subgroup},
        ))

    def import_data_extracts(self, workflow_id: int | str, csv_source: str) -> None:
        """Import machine-learnt extracts from a CSV at a public URL, with the columns
        ``extractor_key``, ``subject_id`` and ``data`` (JSON).

        >>> caesar = Caesar(endpoint="https://caesar-staging.zooniverse.org")  # doctest: +SKIP
        >>> caesar.import_data_extracts(1234, "https://.../extracts.csv")      # doctest: +SKIP
        """
        self.http.call(
            import_workflow_extracts, body=JSONBody({"file": csv_source}), **_path(workflow_id)
        )

    # -- data requests (CSV exports) -----------------------------------------------------

    def create_workflow_data_request(
        self,
        workflow_id: int | str,
        requested_data: str,
        user_id: int | str | None = None,
        subgroup: str | None = None,
    ) -> DataRequest:
        """Ask Caesar for a CSV export of a workflow's ``extracts``, ``subject_reductions`` or
        ``user_reductions`` (optionally of one user or one subgroup only); returns the data
        request, ``status`` ``pending``. Wait for it with :meth:`wait_data_request`, then
        :meth:`download_data_request`.

        >>> request = Caesar().create_workflow_data_request(1234, "extracts")  # doctest: +SKIP
        >>> request["status"]                                                 # doctest: +SKIP
        'pending'
        """
        return self._create_data_request("Workflow", workflow_id, requested_data, user_id,
                                         subgroup)

    def create_project_data_request(
        self,
        project_id: int | str,
        requested_data: str,
        user_id: int | str | None = None,
        subgroup: str | None = None,
    ) -> DataRequest:
        """Ask for a CSV export of a Caesar project's (project-level) reductions."""
        return self._create_data_request("Project", project_id, requested_data, user_id,
                                         subgroup)

    def get_workflow_data_requests(
        self, workflow_id: int | str, subgroup: str | None = None
    ) -> list[DataRequest]:
        """A workflow's data requests, newest first (optionally of one subgroup)."""
        return cast(list[DataRequest], self._list(
            list_workflow_data_requests,
            workflow_id=check_id(workflow_id, "workflow_id"),
            subgroup=subgroup,
        ))

    def get_project_data_requests(
        self, project_id: int | str, subgroup: str | None = None
    ) -> list[DataRequest]:
        """A Caesar project's data requests, newest first."""
        return cast(list[DataRequest], self._list(
            list_project_data_requests,
            project_id=check_id(project_id, "project_id"),
            subgroup=subgroup,
        ))

    def get_workflow_data_request(
        self, workflow_id: int | str, request_id: str | uuid.UUID
    ) -> DataRequest:
        """One data request of a workflow (``url`` is set once ``status`` is ``complete``).

        >>> Caesar().get_workflow_data_request(1234, request["id"])["status"]  # doctest: +SKIP
        'complete'
        """
        return cast(DataRequest, self._object(
            get_workflow_data_request,
            workflow_id=check_id(workflow_id, "workflow_id"),
            id=_request_id(request_id),
        ))

    def get_project_data_request(
        self, project_id: int | str, request_id: str | uuid.UUID
    ) -> DataRequest:
        """One data request of a Caesar project."""
        return cast(DataRequest, self._object(
            get_project_data_request,
            project_id=check_id(project_id, "project_id"),
            id=_request_id(request_id),
        ))

    def get_data_request(self, data_request: Mapping[str, Any]) -> DataRequest:
        """The data request read again (it says its workflow or project itself)."""
        kind, exportable_id, request_id = _data_request_of(data_request)
        key = "workflow_id" if kind == "Workflow" else "project_id"
        return cast(DataRequest, self._object(
            _DATA_REQUEST_OPS[kind][2],
            **{key: check_id(exportable_id, key)},
            id=request_id,
        ))

    def wait_data_request(
        self,
        data_request: Mapping[str, Any],
        timeout: float | None = None,
        *,
        poll: float = 0.5,
        max_poll: float = 15.0,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> DataRequest:
        """Re-read the data request until it is ``complete``; returns it (with its ``url``).

        Polls every ``poll`` seconds, doubling up to ``max_poll``. Raises ExportTimeoutError
        once ``timeout`` seconds have passed (None: no limit) and ServerError when Caesar's
        export failed or was canceled.

        >>> done = Caesar().wait_data_request(request, timeout=600)   # doctest: +SKIP
        >>> done["url"]                                                # doctest: +SKIP
        'https://...csv'
        """
        from zoo_sdk._waiting import poll_until

        latest: list[Mapping[str, Any]] = [data_request]

        def read() -> DataRequest:
            found = self.get_data_request(latest[0])
            latest[0] = found
            return found

        current = poll_until(
            read, lambda found: found.get("status") in DATA_REQUEST_FINAL,
            timed_out=lambda found: errors.ExportTimeoutError(
                f"Caesar data request {found.get('id')} ({found.get('requested_data')}) "
                f"not complete after {timeout} s (status {found.get('status')!r})"),
            timeout=timeout, poll=poll, max_poll=max_poll, clock=clock, sleep=sleep)
        if current.get("status") in DATA_REQUEST_FAILED:
            raise errors.ServerError(
                f"Caesar data request {current.get('id')} ({current.get('requested_data')}) "
                f"ended {current.get('status')!r}: ask for a new one"
            )
        return current

    def open_data_request(
        self,
        data_request: Mapping[str, Any],
        *,
        wait: bool = True,
        timeout: float | None = None,
    ) -> Export:
        """The CSV of a data request, streamed (an :class:`~zoo_sdk.panoptes.exports.Export`:
        ``csv_dictreader()``, ``iter_bytes()``, ``save()``); waits for it first unless
        ``wait=False``.

        >>> for row in Caesar().open_data_request(request).csv_dictreader():  # doctest: +SKIP
        ...     print(row["subject_id"], row["data.classifications"])
        """
        from zoo_sdk.panoptes.exports import Export

        current = self.wait_data_request(data_request, timeout) if wait else \
            self.get_data_request(data_request)
        url = current.get("url")
        if current.get("status") != "complete" or not url:
            raise errors.NotFoundError(
                f"Caesar data request {current.get('id')} has no file yet (status "
                f"{current.get('status')!r})",
                status=404,
            )
        response = self.http.request("GET", str(url), auth=False, stream=True)
        return Export(response, dict(current))

    def download_data_request(
        self,
        data_request: Mapping[str, Any],
        path: str | os.PathLike[str],
        *,
        wait: bool = True,
        timeout: float | None = None,
        progress: Callable[[int, int | None], None] | None = None,
    ) -> int:
        """Stream the CSV of a data request to ``path`` (atomically: a temporary file renamed
        at the end), waiting for it first unless ``wait=False``; returns the bytes written.

        >>> caesar = Caesar()                                               # doctest: +SKIP
        >>> request = caesar.create_workflow_data_request(
        ...     1234, "subject_reductions")                                    # doctest: +SKIP
        >>> caesar.download_data_request(request, "reductions.csv",
        ...                              timeout=600)                          # doctest: +SKIP
        2048
        """
        return self.open_data_request(data_request, wait=wait, timeout=timeout).save(
            path, progress
        )

    # -- validation ----------------------------------------------------------------------

    def validate_rule_type(self, rule_type: str) -> None:
        if rule_type not in self.RULE_TO_ACTION_TYPES:
            raise InvalidCaesarConfig(
                f'Invalid rule type: {rule_type}. Rule types can either be "subject" or "user"'
            )

    def validate_reducer_type(self, reducer_type: str) -> None:
        if reducer_type not in self.REDUCER_TYPES:
            raise InvalidCaesarConfig(f"Invalid reducer type: {reducer_type}")

    def validate_extractor_type(self, extractor_type: str) -> None:
        if extractor_type not in self.EXTRACTOR_TYPES:
            raise InvalidCaesarConfig(f"Invalid extractor type: {extractor_type}")

    def validate_action(self, rule_type: str, action: str) -> None:
        if _ACTION_ALIASES.get(action, action) not in self.RULE_TO_ACTION_TYPES[rule_type]:
            raise InvalidCaesarConfig(f"Invalid action for {rule_type} rules: {action}")

    @staticmethod
    def validate_condition(condition: str | Sequence[Any]) -> list[Any]:
        """The rule condition (JSON text or a list) parsed and checked against Caesar's grammar
        (``Conditions::FromConfig``); ``InvalidCaesarConfig`` names the first bad position.

        >>> Caesar.validate_condition('["gte", ["lookup", "count.classifications", 0], 3]')
        Traceback (most recent call last):
        zoo_sdk.caesar.InvalidCaesarConfig: condition[2]: expected a condition ...
        """
        if isinstance(condition, str):
            try:
                parsed = json.loads(condition, parse_constant=_reject_constant)
            except RecursionError:
                raise InvalidCaesarConfig("condition is nested too deeply") from None
            except ValueError as exc:
                raise InvalidCaesarConfig(f"condition is not valid JSON: {exc}") from None
        else:
            parsed = condition
        if parsed == [] or parsed == ():
            raise InvalidCaesarConfig(
                "condition is empty: Caesar saves such a rule but cannot evaluate it"
            )
        _check_condition(parsed, "condition", 0)
        return cast(list[Any], _as_json(parsed)[1])

    # -- internals -----------------------------------------------------------------------

    def _object(self, endpoint: ModuleType, **kwargs: Any) -> dict[str, Any]:
        """Send a generated operation; its JSON object (``InvalidResponseError`` otherwise)."""
        return cast(dict[str, Any], json_body(self.http.call(endpoint, **kwargs), dict))

    def _list(self, endpoint: ModuleType, **kwargs: Any) -> list[dict[str, Any]]:
        """Send a generated operation; its JSON list of objects."""
        response = self.http.call(endpoint, **kwargs)
        items = json_body(response, list)
        if not all(isinstance(item, dict) for item in items):
            raise invalid_response(response, "the server answered a list that is not of objects")
        return cast(list[dict[str, Any]], items)

    def _condition(self, condition: str | Sequence[Any], validate: bool) -> tuple[str, Any]:
        """The ``condition_string`` to send and the parsed condition (``_UNPARSED`` when
        ``validate`` is off and the text is not JSON: the server will say)."""
        if validate:
            return _as_json(self.validate_condition(condition))
        if isinstance(condition, str):
            try:
                return condition, json.loads(condition)
            except (ValueError, RecursionError):
                return condition, _UNPARSED
        return _as_json(condition)

    def _write_rule(
        self, endpoint: ModuleType, rule_type: str, sent: str, path: dict[str, Any]
    ) -> Rule:
        """Create or update a rule; ``ValidationError`` when Caesar answers it unsaved."""
        body = JSONBody({f"{rule_type}_rule": {"condition_string": sent}})
        response = self.http.call(endpoint, body=body, **path)
        rule = cast(Rule, json_body(response, dict))
        if rule.get("id") is None or rule.get("errors"):
            # Real Caesar's create (``@rule.save`` then ``render json: @rule``, in
            # subject_rules_controller.rb / user_rules_controller.rb) answers a rule its model
            # rejected with 200 and ``id: null``; the model's errors are not in the JSON.
            found = error_messages(response) if rule.get("errors") else []
            raise errors.ValidationError(
                f"Caesar did not save the {rule_type} rule {_clip(sent)}"
                + (f": {'; '.join(found)}" if found else " (its condition is invalid)"),
                status=response.status_code,
                messages=found,
                method=response.request.method,
                url=str(response.request.url),
            )
        return rule

    def _create_data_request(
        self,
        kind: str,
        exportable_id: int | str,
        requested_data: str,
        user_id: int | str | None,
        subgroup: str | None,
    ) -> DataRequest:
        key = "workflow_id" if kind == "Workflow" else "project_id"
        path = {key: check_id(exportable_id, key)}
        if requested_data not in REQUESTED_DATA:
            raise InvalidCaesarConfig(
                f"Invalid requested_data: {requested_data!r} (one of {', '.join(REQUESTED_DATA)})"
            )
        payload: dict[str, Any] = {"requested_data": requested_data}
        if user_id is not None:
            payload["user_id"] = check_id(user_id, "user_id")
        if subgroup is not None:
            if not isinstance(subgroup, str):
                raise errors.ValidationError(f"subgroup must be a string, got {subgroup!r}")
            payload["subgroup"] = subgroup
        return cast(DataRequest, self._object(
            _DATA_REQUEST_OPS[kind][1],
            idempotent=False,
            body=JSONBody({"data_request": payload}),
            **path,
        ))

    def _upsert_reduction(
        self, endpoint: ModuleType, workflow_id: int | str, reducer_key: str, body: dict[str, Any]
    ) -> dict[str, Any]:
        return self._object(
            endpoint,
            reducer_key=reducer_key,
            body=JSONBody({"reduction": body}),
            **_path(workflow_id),
        )


# ----- ids ------------------------------------------------------------------------------------


def check_id(value: Any, name: str) -> int:
    """``value`` as a positive integer id (an int or a string of digits), checked before any
    request; ``ValidationError`` naming ``name`` otherwise (bools, negatives, None, "abc").

    >>> check_id("12", "workflow_id")
    12
    >>> check_id(True, "workflow_id")
    Traceback (most recent call last):
    zoo_sdk.errors.ValidationError: workflow_id must be a positive integer id, got True
    """
    number: int | None = None
    if isinstance(value, str):
        number = int(value) if value.isascii() and value.isdigit() else None
    elif not isinstance(value, bool) and hasattr(type(value), "__index__"):
        number = operator.index(value)
    if number is None or number < 1:
        raise errors.ValidationError(
            f"{name} must be a positive integer id, got {reprlib.repr(value)}"
        )
    return number


def _request_id(value: Any) -> uuid.UUID:
    """A data request id (a UUID), checked before any request."""
    if isinstance(value, uuid.UUID):
        return value
    try:
        return uuid.UUID(str(value))
    except ValueError:
        raise errors.ValidationError(
            f"a data request id is a UUID, got {reprlib.repr(value)}"
        ) from None


def _data_request_of(data_request: Mapping[str, Any]) -> tuple[str, Any, uuid.UUID]:
    """(exportable type, exportable id, request id) of a data request as Caesar answers it."""
    if not isinstance(data_request, Mapping):
        raise errors.ValidationError(
            "pass the data request as Caesar answered it (a dict with id, exportable_type and "
            f"exportable_id), not {reprlib.repr(data_request)}"
        )
    kind = data_request.get("exportable_type")
    if kind not in _DATA_REQUEST_OPS:
        raise errors.ValidationError(
            f"the data request's exportable_type must be Workflow or Project, got {kind!r}"
        )
    return kind, data_request.get("exportable_id"), _request_id(data_request.get("id"))


def _path(workflow_id: Any, **ids: Any) -> dict[str, Any]:
    """Checked path ids: ``workflow_id``, and the other id given by keyword (its name is used
    in the message): ``subject_id`` keeps its name, any other becomes the route's ``id``."""
    path: dict[str, Any] = {"workflow_id": check_id(workflow_id, "workflow_id")}
    for name, value in ids.items():
        path["subject_id" if name == "subject_id" else "id"] = check_id(value, name)
    return path


def _effect_path(workflow_id: Any, rule_type: str, rule_id: Any, **effect: Any) -> dict[str, Any]:
    """Checked path ids of an effect route: workflow, ``<type>_rule_id`` and, when given by
    keyword, ``effect_id`` (the route's ``id``)."""
    path = _path(workflow_id, **effect)
    path[f"{rule_type}_rule_id"] = check_id(rule_id, "rule_id")
    return path


# ----- the condition grammar ------------------------------------------------------------------

#: Operators that take one condition (``Conditions::FromConfig``: Negation, TextTransform).
_UNARY = ("not", "upcase", "downcase", "int", "to_i", "float", "to_f")
#: Operators over a list of conditions → the fewest that mean something (one comparison needs
#: two operands; the server accepts fewer and silently evaluates to nil/true).
_VARIADIC = {
    "and": 1,
    "or": 1,
    **dict.fromkeys(("eq", "lt", "lte", "gt", "gte"), 2),
    **dict.fromkeys(("+", "-", "*", "/", "%"), 2),
}
CONDITION_OPERATORS = ("const", "lookup", "any", "all", *_UNARY, *_VARIADIC)
#: Deeper conditions are refused (a real rule is a few levels deep; this bounds recursion).
MAX_CONDITION_DEPTH = 64
_UNPARSED: Any = object()


def _check_condition(node: Any, where: str, depth: int) -> None:
    """Raise InvalidCaesarConfig unless ``node`` is a condition: ``[operator, arguments...]``."""
    if depth > MAX_CONDITION_DEPTH:
        raise InvalidCaesarConfig(f"{where}: nested more than {MAX_CONDITION_DEPTH} levels deep")
    if not isinstance(node, list | tuple) or not node:
        raise InvalidCaesarConfig(
            f"{where}: expected a condition [operator, arguments...], got {_show(node)}"
            ' (literals are written ["const", value])'
        )
    op, args = node[0], list(node[1:])
    if not isinstance(op, str) or op not in CONDITION_OPERATORS:
        close = difflib.get_close_matches(str(op), CONDITION_OPERATORS, n=2)
        hint = f"; did you mean {' or '.join(map(repr, close))}?" if close else ""
        raise InvalidCaesarConfig(
            f"{where}[0]: unknown operator {_show(op)}{hint} (known: "
            f"{', '.join(CONDITION_OPERATORS)})"
        )
    expected, nested = _arity(op, args)
    if expected:
        raise InvalidCaesarConfig(
            f"{where}: {op!r} takes {expected}, got {len(args)} argument"
            f"{'' if len(args) == 1 else 's'}: {_show(node)}"
        )
    if op in ("lookup", "any", "all") and (not isinstance(args[0], str) or not args[0]):
        what = "lookup key" if op == "lookup" else "reducer key"
        raise InvalidCaesarConfig(
            f"{where}[1]: the {what} must be a non-empty string, got {_show(args[0])}"
        )
    for index in nested:
        _check_condition(args[index - 1], f"{where}[{index}]", depth + 1)


def _arity(op: str, args: list[Any]) -> tuple[str, range]:
    """What ``op`` takes if ``args`` do not fit (else ""), and the positions of nested
    conditions."""
    count = len(args)
    if op == "const":
        return ("" if count == 1 else "one value"), range(0)
    if op == "lookup":
        return ("" if count == 2 else "a key and a default (2 arguments)"), range(0)
    if op in ("any", "all"):
        return ("" if count == 2 else "a reducer key and a condition"), range(2, 3)
    if op in _UNARY:
        return ("" if count == 1 else "one condition"), range(1, 2)
    least = _VARIADIC[op]
    expected = "at least one condition" if least == 1 else f"at least {least} conditions"
    return ("" if count >= least else expected), range(1, count + 1)


def _as_json(value: Any) -> tuple[str, Any]:
    """``value`` as JSON text and back (tuples become lists); InvalidCaesarConfig for what JSON
    cannot carry (NaN, sets, ...)."""
    try:
        check_json(value, "condition")
        text = json.dumps(value)
    except errors.ValidationError as exc:
        raise InvalidCaesarConfig(str(exc)) from None
    except RecursionError:
        raise InvalidCaesarConfig("condition is nested too deeply") from None
    return text, json.loads(text)


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


def _show(value: Any) -> str:
    """A short JSON rendering of a value for messages."""
    try:
        return _clip(json.dumps(value))
    except (TypeError, ValueError, RecursionError):
        return _clip(repr(value))


def _clip(text: str, limit: int = 80) -> str:
    return text if len(text) <= limit else text[: limit - 3] + "..."


_default: dict[str, Caesar] = {}
_default_lock = threading.Lock()


def default_caesar() -> Caesar:
    """The shared Caesar client for the current Panoptes endpoint (production or staging)."""
    endpoint = (
        STAGING_ENDPOINT if Panoptes.client().endpoint == PANOPTES_STAGING else DEFAULT_ENDPOINT
    )
    with _default_lock:
        if endpoint not in _default:
            _default[endpoint] = Caesar(endpoint)
        return _default[endpoint]
