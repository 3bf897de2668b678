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

Results are the plain dicts and lists Caesar answers. Errors raise the typed
:mod:`zoo_sdk.errors` exceptions (``NotFoundError``, ``UnauthorizedError`` — Caesar answers 401
also when the caller may not use the workflow —, ``ValidationError``, ...).

Fixed on purpose compared with panoptes_client: the subject effect that adds to a collection is
``add_subject_to_collection`` (the server's name; ``add_to_collection`` is translated), the
``summary_stats`` reducer is allowed, and calls have timeouts and retries.
"""

from __future__ import annotations

import json
import threading
from types import ModuleType
from typing import Any, ClassVar, cast

import httpx
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

from zoo_sdk import errors
from zoo_sdk._http import HTTP, JSONBody, RetryPolicy
from zoo_sdk.panoptes.client import USER_AGENT, Panoptes

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
#: Effect names of the python-client docs that the server calls differently.
_ACTION_ALIASES = {"add_to_collection": "add_subject_to_collection"}


class InvalidCaesarConfig(errors.ValidationError, ValueError):
    """An extractor/reducer type, rule type or effect action Caesar does not know (raised
    before any request; a ``ValueError`` too, as in panoptes_client)."""


class _PanoptesToken:
    """The bearer token of a Panoptes connection (the current one when ``panoptes`` is None).

    Panoptes' TokenManager refreshes the token before it expires (thread-safe). A Caesar 401 is
    not a reason to sign in again: Caesar also answers 401 when the caller lacks the role.
    """

    def __init__(self, panoptes: Panoptes | None) -> None:
        self.panoptes = panoptes

    def bearer_token(self) -> str | None:
        return (self.panoptes or Panoptes.client()).get_bearer_token()

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

    def get_workflow(self, workflow_id: int | str) -> dict[str, Any]:
        """The workflow as Caesar knows it (``NotFoundError`` if it is not registered).

        >>> Caesar().get_workflow(1234)["public_extracts"]   # doctest: +SKIP
        """
        return self._object(get_workflow, id=int(workflow_id))

    def get_workflows(self) -> list[dict[str, Any]]:
        """Every workflow registered with Caesar that the caller may use."""
        return self._list(list_workflows)

    def save_workflow(
        self,
        workflow_id: int | str,
        public_extracts: bool = False,
        public_reductions: bool = False,
    ) -> dict[str, Any]:
        """Register a Panoptes workflow with Caesar, or update its public flags if registered.
        Returns the Caesar workflow.

        >>> Caesar().save_workflow(123, public_extracts=True,
        ...                        public_reductions=True)   # doctest: +SKIP
        """
        wid = int(workflow_id)
        flags = {"public_extracts": public_extracts, "public_reductions": public_reductions}
        probe = self.http.call(get_workflow, id=wid, ok=(404,))
        if probe.status_code == 404:
            created = self.http.call(
                create_workflow, body=JSONBody({"workflow": {"id": wid, **flags}})
            )
            if created.status_code != 302:  # 302: registered meanwhile; update it below
                return cast(dict[str, Any], created.json())
        self.http.call(update_workflow_op, id=wid, body=JSONBody({"workflow": flags}))
        return self.get_workflow(wid)

    def update_workflow(self, workflow_id: int | str, **attributes: Any) -> None:
        """Change Caesar settings of a workflow (``status``, ``rules_applied``, ``rerun``, ...).

        >>> Caesar().update_workflow(1234, status="paused")   # doctest: +SKIP
        """
        self.http.call(
            update_workflow_op, id=int(workflow_id), body=JSONBody({"workflow": attributes})
        )

    # -- extractors ----------------------------------------------------------------------

    def get_workflow_extractors(self, workflow_id: int | str) -> list[dict[str, Any]]:
        """The extractors of a workflow; ``type`` is the class name (``Extractors::...``)."""
        return self._list(list_workflow_extractors, workflow_id=int(workflow_id))

    def get_workflow_extractor(self, workflow_id: int | str, extractor_id: int) -> dict[str, Any]:
        """One extractor of a workflow."""
        return self._object(
            get_workflow_extractor, workflow_id=int(workflow_id), id=int(extractor_id)
        )

    def create_workflow_extractor(
        self,
        workflow_id: int | str,
        extractor_key: str,
        extractor_type: str,
        task_key: str = "T0",
        other_extractor_attributes: dict[str, Any] | None = None,
    ) -> dict[str, Any]:
        """Add an extractor (type one of :attr:`EXTRACTOR_TYPES`); returns it with its ``id``.

        >>> Caesar().create_workflow_extractor(12, "complete", "question", "T0",
        ...                                    {"if_missing": "ignore"})   # doctest: +SKIP
        """
        self.validate_extractor_type(extractor_type)
        payload = {
            "type": extractor_type,
            "key": extractor_key,
            "task_key": task_key,
            **(other_extractor_attributes or {}),
        }
        return self._object(
            create_workflow_extractor,
            workflow_id=int(workflow_id),
            body=JSONBody({"extractor": payload}),
        )

    def update_workflow_extractor(
        self, workflow_id: int | str, extractor_id: int, **attributes: Any
    ) -> None:
        """Change an extractor (``key``, config fields, ``config={...}``)."""
        self.http.call(
            update_workflow_extractor,
            workflow_id=int(workflow_id),
            id=int(extractor_id),
            body=JSONBody({"extractor": attributes}),
        )

    def delete_workflow_extractor(self, workflow_id: int | str, extractor_id: int) -> None:
        """Remove an extractor."""
        self.http.call(
            delete_workflow_extractor, workflow_id=int(workflow_id), id=int(extractor_id)
        )

    # -- reducers ------------------------------------------------------------------------

    def get_workflow_reducers(self, workflow_id: int | str) -> list[dict[str, Any]]:
        """The reducers of a workflow."""
        return self._list(list_workflow_reducers, workflow_id=int(workflow_id))

    def get_workflow_reducer(self, workflow_id: int | str, reducer_id: int) -> dict[str, Any]:
        """One reducer of a workflow."""
        return self._object(get_workflow_reducer, workflow_id=int(workflow_id), id=int(reducer_id))

    def create_workflow_reducer(
        self,
        workflow_id: int | str,
        reducer_type: str,
        key: str,
        other_reducer_attributes: dict[str, Any] | None = None,
    ) -> dict[str, Any]:
        """Add a reducer (type one of :attr:`REDUCER_TYPES`); returns it with its ``id``.

        >>> Caesar().create_workflow_reducer(1234, "count", "count",
        ...     {"filters": {"extractor_keys": ["complete"]}})   # doctest: +SKIP
        """
        self.validate_reducer_type(reducer_type)
        payload = {"type": reducer_type, "key": key, **(other_reducer_attributes or {})}
        return self._object(
            create_workflow_reducer,
            workflow_id=int(workflow_id),
            body=JSONBody({"reducer": payload}),
        )

    def update_workflow_reducer(
        self, workflow_id: int | str, reducer_id: int, **attributes: Any
    ) -> None:
        """Change a reducer (``key``, ``filters``, ``grouping``, config fields)."""
        self.http.call(
            update_workflow_reducer,
            workflow_id=int(workflow_id),
            id=int(reducer_id),
            body=JSONBody({"reducer": attributes}),
        )

    def delete_workflow_reducer(self, workflow_id: int | str, reducer_id: int) -> None:
        """Remove a reducer."""
        self.http.call(delete_workflow_reducer, workflow_id=int(workflow_id), id=int(reducer_id))

    # -- rules ---------------------------------------------------------------------------

    def get_workflow_rules(self, workflow_id: int | str, rule_type: str) -> list[dict[str, Any]]:
        """The ``'subject'`` or ``'user'`` rules of a workflow, in evaluation order."""
        self.validate_rule_type(rule_type)
        return self._list(_RULE_OPS[rule_type][0], workflow_id=int(workflow_id))

    def get_workflow_rule(
        self, workflow_id: int | str, rule_type: str, rule_id: int
    ) -> dict[str, Any]:
        """One rule of a workflow."""
        self.validate_rule_type(rule_type)
        return self._object(_RULE_OPS[rule_type][2], workflow_id=int(workflow_id), id=int(rule_id))

    def create_workflow_rule(
        self, workflow_id: int | str, rule_type: str, condition_string: str = "[]"
    ) -> dict[str, Any]:
        """Add a rule; ``condition_string`` is the JSON condition (Lisp in JSON; ``lookup`` takes
        a key and a default). Caesar answers ``id: None`` when the condition is invalid.

        >>> Caesar().create_workflow_rule(1234, "subject",
        ...     '["gte", ["lookup", "complete.0", 0], ["const", 3]]')   # doctest: +SKIP
        """
        self.validate_rule_type(rule_type)
        body = JSONBody({f"{rule_type}_rule": {"condition_string": condition_string}})
        return self._object(_RULE_OPS[rule_type][1], workflow_id=int(workflow_id), body=body)

    def update_workflow_rule(
        self, workflow_id: int | str, rule_type: str, rule_id: int, condition_string: str
    ) -> dict[str, Any]:
        """Replace a rule's condition; returns the rule."""
        self.validate_rule_type(rule_type)
        body = JSONBody({f"{rule_type}_rule": {"condition_string": condition_string}})
        return self._object(
            _RULE_OPS[rule_type][3], workflow_id=int(workflow_id), id=int(rule_id), body=body
        )

    def delete_workflow_rule(self, workflow_id: int | str, rule_type: str, rule_id: int) -> None:
        """Remove a rule and its effects."""
        self.validate_rule_type(rule_type)
        self.http.call(_RULE_OPS[rule_type][4], workflow_id=int(workflow_id), id=int(rule_id))

    # -- effects -------------------------------------------------------------------------

    def get_workflow_rule_effects(
        self, workflow_id: int | str, rule_type: str, rule_id: int
    ) -> list[dict[str, Any]]:
        """The effects of one rule."""
        self.validate_rule_type(rule_type)
        return self._list(
            _EFFECT_OPS[rule_type][0], workflow_id=int(workflow_id), **_rule_key(rule_type, rule_id)
        )

    def get_workflow_rule_effect(
        self, workflow_id: int | str, rule_type: str, rule_id: int, effect_id: int
    ) -> dict[str, Any]:
        """One effect of a rule."""
        self.validate_rule_type(rule_type)
        return self._object(
            _EFFECT_OPS[rule_type][2],
            workflow_id=int(workflow_id),
            id=int(effect_id),
            **_rule_key(rule_type, rule_id),
        )

    def create_workflow_rule_effect(
        self,
        workflow_id: int | str,
        rule_type: str,
        rule_id: int,
        action: str,
        config: dict[str, Any] | None = None,
    ) -> dict[str, Any]:
        """Add an effect to a rule; returns it with its ``id``.

        Subject actions: retire_subject, add_subject_to_set, add_subject_to_collection,
        external, external_with_basic_auth; user actions: promote_user.

        >>> retirement_config = {"reason": "classification_count"}
        >>> Caesar().create_workflow_rule_effect(1, "subject", subject_rule["id"],
        ...     "retire_subject", retirement_config)   # doctest: +SKIP
        """
        self.validate_rule_type(rule_type)
        action = _ACTION_ALIASES.get(action, action)
        self.validate_action(rule_type, action)
        body = JSONBody({f"{rule_type}_rule_effect": {"action": action, "config": config or {}}})
        return self._object(
            _EFFECT_OPS[rule_type][1],
            workflow_id=int(workflow_id),
            body=body,
            **_rule_key(rule_type, rule_id),
        )

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
        self.validate_rule_type(rule_type)
        payload: dict[str, Any] = {}
        if action is not None:
            payload["action"] = _ACTION_ALIASES.get(action, action)
            self.validate_action(rule_type, payload["action"])
        if config is not None:
            payload["config"] = config
        self.http.call(
            _EFFECT_OPS[rule_type][3],
            workflow_id=int(workflow_id),
            id=int(effect_id),
            body=JSONBody({f"{rule_type}_rule_effect": payload}),
            **_rule_key(rule_type, rule_id),
        )

    def delete_workflow_rule_effect(
        self, workflow_id: int | str, rule_type: str, rule_id: int, effect_id: int
    ) -> None:
        """Remove an effect."""
        self.validate_rule_type(rule_type)
        self.http.call(
            _EFFECT_OPS[rule_type][4],
            workflow_id=int(workflow_id),
            id=int(effect_id),
            **_rule_key(rule_type, rule_id),
        )

    # -- extracts and reductions ---------------------------------------------------------

    def get_extracts_by_workflow_and_subject(
        self, workflow_id: int | str, subject_id: int | str, extractor_key: str = "extractor"
    ) -> list[dict[str, Any]]:
        """Every extract of a subject in a workflow (Caesar ignores ``extractor_key``)."""
        return self._list(
            list_workflow_extracts,
            workflow_id=int(workflow_id),
            extractor_key=extractor_key,
            subject_id=int(subject_id),
        )

    def get_reductions_by_workflow_and_subject(
        self, workflow_id: int | str, subject_id: int | str, reducer_key: str | None = None
    ) -> list[dict[str, Any]]:
        """The subject reductions of a subject, optionally of one reducer only.

        >>> Caesar().get_reductions_by_workflow_and_subject(1234, 5678, "count")  # doctest: +SKIP
        """
        return self._list(
            list_workflow_subject_reductions_legacy,
            workflow_id=int(workflow_id),
            subject_id=int(subject_id),
            reducer_key=(reducer_key or "").strip() or None,
        )

    def get_workflow_subject_reductions(
        self,
        workflow_id: int | str,
        subject_id: int | str | None = None,
        reducer_key: str | None = None,
    ) -> list[dict[str, Any]]:
        """Subject reductions of a workflow, filtered by subject and/or reducer key."""
        return self._list(
            list_workflow_subject_reductions,
            workflow_id=int(workflow_id),
            subject_id=int(subject_id) if subject_id is not None else None,
            reducer_key=reducer_key,
        )

    def upsert_subject_reduction(
        self,
        workflow_id: int | str,
        reducer_key: str,
        subject_id: int | str,
        data: dict[str, Any],
        subgroup: str = "_default",
    ) -> dict[str, Any]:
        """Store an externally computed reduction of a subject (creates or replaces it).

        >>> Caesar().upsert_subject_reduction(1234, "alice", 5678, {"done": True})  # doctest: +SKIP
        """
        body = {"reduction": {"subject_id": int(subject_id), "data": data, "subgroup": subgroup}}
        return self._object(
            upsert_workflow_subject_reduction,
            workflow_id=int(workflow_id),
            reducer_key=reducer_key,
            body=JSONBody(body),
        )

    def upsert_user_reduction(
        self,
        workflow_id: int | str,
        reducer_key: str,
        user_id: int | str,
        data: dict[str, Any],
        subgroup: str = "_default",
    ) -> dict[str, Any]:
        """Store an externally computed reduction of a user."""
        body = {"reduction": {"user_id": int(user_id), "data": data, "subgroup": subgroup}}
        return self._object(
            upsert_workflow_user_reduction,
            workflow_id=int(workflow_id),
            reducer_key=reducer_key,
            body=JSONBody(body),
        )

    def import_data_extracts(self, workflow_id: int | str, csv_source: str) -> None:
        """Import machine-learnt extracts from a CSV at a public URL, with the columns
        ``extractor_key``, ``subject_id`` and ``data`` (JSON).

        >>> caesar = Caesar(endpoint="https://caesar-staging.zooniverse.org")  # doctest: +SKIP
        >>> caesar.import_data_extracts(1234, "https://.../extracts.csv")      # doctest: +SKIP
        """
        self.http.call(
            import_workflow_extracts,
            workflow_id=int(workflow_id),
            body=JSONBody({"file": csv_source}),
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

    # -- internals -----------------------------------------------------------------------

    def _json(self, endpoint: ModuleType, **kwargs: Any) -> Any:
        """Send a generated operation; the decoded JSON body (None when empty)."""
        response = self.http.call(endpoint, **kwargs)
        return json.loads(response.content) if response.content else None

    def _object(self, endpoint: ModuleType, **kwargs: Any) -> dict[str, Any]:
        return cast(dict[str, Any], self._json(endpoint, **kwargs))

    def _list(self, endpoint: ModuleType, **kwargs: Any) -> list[dict[str, Any]]:
        return cast(list[dict[str, Any]], self._json(endpoint, **kwargs))


def _rule_key(rule_type: str, rule_id: int) -> dict[str, Any]:
    """The path parameter naming a rule: ``subject_rule_id`` or ``user_rule_id``."""
    return {f"{rule_type}_rule_id": int(rule_id)}


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
