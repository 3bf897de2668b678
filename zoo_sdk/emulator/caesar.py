"""The Caesar emulation, mounted at ``/caesar``: the 66 JSON operations of spec/caesar.

Caesar's real conventions (see ../shared/api-facts/caesar_resources.md):

- plain Rails JSON: bare objects and arrays, no envelope, no paging; request bodies under a
  singular root key (``extractor``, ``subject_rule``, ...), unknown keys dropped;
- the Panoptes bearer token; a caller may use a workflow or project when they own or collaborate
  on its Panoptes project (or are a Panoptes admin); otherwise **401 with an empty body**, also
  when not signed in. Extracts and reductions can be public per workflow;
- 404 ``{"error": "Couldn't find Workflow with 'id'=..."}``; 422 as ``{"errors": [{"message"}]}``
  (create), ``{"errors": {field: [...]}}`` (update) or ``{"error": ...}`` (unknown type);
- ``type`` is a short name in requests and the STI class name in responses; creates answer 200
  (projects and data requests 201); updates and deletes 204, rule updates and reduction upserts
  200 with the record; a rule with an invalid condition is "created" with ``id: null`` and
  "updated" with 200 and the unsaved record (see :func:`condition_error`);
- an exception Caesar does not rescue (a malformed condition ``FromConfig.build`` trips over, a
  ``condition_string`` that is not JSON) is Rails' 500 ``{"status": 500, "error": "Internal
  Server Error"}``; so is any bug of this emulator (logged), which never crashes it;
- what Rails answers before any controller runs, as ``ActionDispatch::PublicExceptions`` renders
  it for a JSON request: a path or method no route matches (a non-numeric id, ``/users/...``,
  OPTIONS) is 404 ``{"status": 404, "error": "Not Found"}``, a body that is not JSON 400
  ``{"status": 400, "error": "Bad Request"}``.

Everything lives in memory in a :class:`CaesarDB` kept in ``state.extras["caesar"]``; every
handler runs under its lock. The extract import reads CSV files this emulator serves itself
(``/blobs/...`` or a Panoptes export URL): it never touches the network.

The pipeline runs as on Zooniverse (:mod:`.caesar_pipeline`, logic in :mod:`.caesar_engine`):
classifications completed on the emulated Panoptes are extracted, reduced, checked against the
rules and the effects done on the emulated Panoptes, by a background worker
(:func:`caesar_pipeline` ``(state).wait_idle()`` waits for it); a reduction ``PUT`` runs the
rules too. A data request is ``pending`` until the emulator's ``export_delay`` has passed and the
pipeline has processed what was queued before it; the next read then exports the CSV
(``Exporters::CsvExporter``'s layout) to a blob and answers ``complete`` with its ``url``.

    emu = Emulator(users={"alice": "secret"}).start()
    httpx.post(emu.caesar_url + "/workflows", json={"workflow": {"id": 1}},
               headers={"Authorization": "Bearer ...", "Accept": "application/json"})
"""

from __future__ import annotations

import contextlib
import csv
import io
import itertools
import json
import logging
import random
import threading
import time
import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote, urlsplit

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route
from starlette.types import ASGIApp

from .caesar_engine import PipelineError
from .caesar_engine import blank as _blank
from .caesar_engine import truthy as _truthy
from .caesar_pipeline import CaesarPipeline
from .exports import Exporter, refresh_state
from .store import Actor, now_iso

if TYPE_CHECKING:
    from .app import EmulatorState

CAESAR_PREFIX = "/caesar"
logger = logging.getLogger("zoo_sdk.emulator.caesar")

JSON = dict[str, Any]
JSON_MEDIA = "application/json; charset=utf-8"

# ----- the catalogue: types, config fields, actions -----------------------------------------

#: Extractor short name → (STI class, config fields permitted at the top level).
EXTRACTORS: dict[str, tuple[str, tuple[str, ...]]] = {
    "blank": ("Extractors::BlankExtractor", ("task_key",)),
    "external": ("Extractors::ExternalExtractor", ("url",)),
    "question": ("Extractors::QuestionExtractor", ("task_key", "if_missing")),
    "survey": ("Extractors::SurveyExtractor", ("task_key", "if_missing", "nothing_here_choice")),
    "who": ("Extractors::WhoExtractor", ()),
    "pluck_field": ("Extractors::PluckFieldExtractor", ("field_map", "if_missing")),
    "shape": ("Extractors::AggregationExtractors::ShapeExtractor", ("shape",)),
}

#: Reducer short name → (STI class, config fields permitted at the top level).
REDUCERS: dict[str, tuple[str, tuple[str, ...]]] = {
    "consensus": ("Reducers::ConsensusReducer", ("ignore_empty_extracts",)),
    "count": ("Reducers::CountReducer", ()),
    "placeholder": ("Reducers::PlaceholderReducer", ()),
    "external": ("Reducers::ExternalReducer", ("url", "version")),
    "first_extract": ("Reducers::FirstExtractReducer", ()),
    "stats": ("Reducers::StatsReducer", ()),
    "summary_stats": ("Reducers::SummaryStatisticsReducer", ("summarize_field", "operations")),
    "unique_count": ("Reducers::UniqueCountReducer", ("field",)),
    "rectangle": ("Reducers::AggregationReducers::RectangleReducer",
                  ("eps", "min_samples", "metric", "algorithm", "leaf_size", "p")),
    "sqs": ("Reducers::SqsReducer", ("queue_name", "queue_url")),
}

IF_MISSING = {
    "question": ("error", "ignore", "reject"),
    "survey": ("error", "ignore", "nothing_here"),
    "pluck_field": ("error", "ignore", "reject"),
}
SHAPES = ("circle", "column", "ellipse", "fullWidthLine", "fullHeightLine", "line", "point",
          "rectangle", "rotateRectangle", "triangle", "fan")
FILTER_KEYS = ("from", "to", "extractor_keys", "repeated_classifications", "training_behavior",
               "empty_extracts")
#: The filters ``Filters::FilterByRepeatedness``/``FilterByEmptiness`` validate (inclusion).
VALIDATED_FILTERS = {"repeated_classifications": ("keep_first", "keep_last", "keep_all"),
                     "empty_extracts": ("keep_all", "ignore_empty")}

#: Effect action → config keys it requires (subject rules, then user rules).
SUBJECT_ACTIONS: dict[str, tuple[str, ...]] = {
    "retire_subject": (),
    "add_subject_to_set": ("subject_set_id",),
    "add_subject_to_collection": ("collection_id",),
    "external": ("url", "reducer_key"),
    "external_with_basic_auth": ("url", "reducer_key", "username", "password"),
}
USER_ACTIONS: dict[str, tuple[str, ...]] = {"promote_user": ("workflow_id",)}
RETIRE_REASONS = ("classification_count", "flagged", "nothing_here", "blank", "consensus",
                  "other", "human")

WORKFLOW_STATUSES = ("halted", "active", "paused")
RULES_APPLIED = ("all_matching_rules", "first_matching_rule", "no_rules")
REQUESTED_DATA = ("extracts", "subject_reductions", "user_reductions")

#: Condition operators of ``Conditions::FromConfig.build`` by what they build from.
UNARY_OPERATORS = ("not", "upcase", "downcase", "int", "to_i", "float", "to_f")  # config[1]
LIST_OPERATORS = ("and", "or", "eq", "gt", "gte", "lt", "lte", "+", "-", "*", "/", "%")
KEYED_OPERATORS = ("any", "all")  # config[1] is a reducer key, config[2] a condition


# ----- state and errors ---------------------------------------------------------------------


class CaesarError(Exception):
    """An error response: ``body`` None answers an empty body."""

    def __init__(self, status: int, body: Any = None, headers: dict[str, str] | None = None):
        super().__init__(status)
        self.status = status
        self.body = body
        self.headers = headers or {}


def not_found(model: str, key: Any, column: str = "id") -> CaesarError:
    return CaesarError(404, {"error": f"Couldn't find {model} with '{column}'={key}"})


UNAUTHORIZED = CaesarError(401)
#: The body of Rails' 500 page for a JSON request (``ActionDispatch::PublicExceptions``).
SERVER_ERROR_BODY = {"status": 500, "error": "Internal Server Error"}


def server_error() -> CaesarError:
    """An exception Caesar does not rescue: Rails answers its 500 page."""
    return CaesarError(500, SERVER_ERROR_BODY)


#: Rails' JSON pages for a routing error (no route for this path and method) and a body that
#: does not parse (``ActionDispatch::Http::Parameters::ParseError``).
ROUTING_ERROR_BODY = {"status": 404, "error": "Not Found"}
PARSE_ERROR_BODY = {"status": 400, "error": "Bad Request"}


TABLES = ("workflows", "projects", "extractors", "reducers", "extracts", "subject_reductions",
          "user_reductions", "subject_rules", "user_rules", "subject_rule_effects",
          "user_rule_effects", "data_requests", "subject_actions", "user_actions")


@dataclass
class CaesarDB:
    """Caesar's tables (id → record) and id counters; use only under ``lock``."""

    lock: threading.RLock = field(default_factory=threading.RLock)
    tables: dict[str, dict[Any, JSON]] = field(
        default_factory=lambda: {name: {} for name in TABLES})
    counters: dict[str, itertools.count[int]] = field(
        default_factory=lambda: {name: itertools.count(1) for name in TABLES})
    #: The extracts a running reduction has taken in: (table, reduction id) → extract ids.
    links: dict[tuple[str, int], set[int]] = field(default_factory=dict)

    def insert(self, table: str, record: JSON) -> JSON:
        stamp = now_iso()
        if record.get("id") is None:
            record["id"] = next(self.counters[table])
        record.setdefault("created_at", stamp)
        record["updated_at"] = stamp
        self.tables[table][record["id"]] = record
        return record

    def rows(self, table: str, **match: Any) -> list[JSON]:
        return [r for r in self.tables[table].values()
                if all(r.get(k) == v for k, v in match.items())]


def caesar_db(state: EmulatorState) -> CaesarDB:
    """The Caesar tables of one emulator (created on first use)."""
    with state.lock:
        db: CaesarDB | None = state.extras.get("caesar")
        if db is None:
            db = state.extras["caesar"] = CaesarDB()
        return db


def caesar_pipeline(state: EmulatorState) -> CaesarPipeline:
    """The pipeline of one emulator's Caesar (created on first use, which hooks it to the
    store's classifications): see :mod:`zoo_sdk.emulator.caesar_pipeline`.

    >>> caesar_pipeline(emu.state).wait_idle(5)   # doctest: +SKIP
    True
    """
    db = caesar_db(state)
    with state.lock:
        pipeline: CaesarPipeline | None = state.extras.get("caesar_pipeline")
        if pipeline is None:
            pipeline = state.extras["caesar_pipeline"] = CaesarPipeline(state, db)
        return pipeline


@dataclass
class Call:
    """One parsed request: the caller (None = anonymous), path ids, query and JSON body."""

    caller: Actor | None
    path: dict[str, Any]
    query: dict[str, str]
    body: Any


def _json_response(body: Any, status: int = 200) -> Response:
    return Response(json.dumps(body), status, media_type=JSON_MEDIA)


#: Per root key, the attributes strong params permit as something other than a scalar: a hash
#: (``config: {}``), an array of scalars (``operations: []``) or anything (the rule condition).
NESTED_PARAMS: dict[str, dict[str, str]] = {
    "workflow": {"extractors_config": "hash", "reducers_config": "hash"},
    "extractor": {"config": "hash", "field_map": "hash"},
    "reducer": {"config": "hash", "filters": "hash", "grouping": "hash", "operations": "array"},
    "reduction": {"data": "hash"},
    "subject_rule": {"condition": "any"},
    "user_rule": {"condition": "any"},
    "subject_rule_effect": {"config": "hash"},
    "user_rule_effect": {"config": "hash"},
}


def _root(call: Call, key: str) -> JSON:
    """``params.require(key)``, then what ``permit`` keeps of it: the object under the singular
    root key (400 when missing or empty), without the values of a kind strong params do not permit
    for that attribute (an array or object where a scalar is expected, and so on): those are
    dropped silently, as unknown attributes are."""
    value = call.body.get(key) if isinstance(call.body, dict) else None
    if not isinstance(value, dict) or not value:
        raise CaesarError(400, {"error": f"param is missing or the value is empty: {key}"})
    nested = NESTED_PARAMS.get(key, {})
    return {name: item for name, item in value.items()
            if _permitted(item, nested.get(name, "scalar"))}


def _permitted(value: Any, kind: str) -> bool:
    if kind == "any":
        return True
    if kind == "hash":
        return isinstance(value, dict)
    if kind == "array":
        return _is_scalar(value) or (isinstance(value, list)
                                     and all(_is_scalar(v) for v in value))
    return _is_scalar(value)


def _is_scalar(value: Any) -> bool:
    return value is None or isinstance(value, str | int | float | bool)


def _string_column(value: Any) -> str | None:
    """A value as ActiveRecord stores it in a string column (``5`` → ``"5"``, true → ``"t"``)."""
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "t" if value else "f"
    return json.dumps(value)


def _boolean_column(value: Any) -> bool | None:
    """ActiveModel's boolean cast: blank is nil; ``false``, 0, ``"0"``, ``"f"``, ``"false"``,
    ``"off"`` (any case) are false; anything else is true."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, str):
        return value.strip().lower() not in ("0", "f", "false", "off")
    return value not in (False, 0)


def _float(value: Any) -> float:
    """A number, or NaN (compares false) for anything else."""
    try:
        return float(value)
    except (TypeError, ValueError, OverflowError):
        return float("nan")


def _int(value: Any) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError, OverflowError):
        return None


# ----- the application ----------------------------------------------------------------------


class CaesarApp:
    """Handlers of every Caesar operation over one emulator's state."""

    def __init__(self, state: EmulatorState) -> None:
        self.state = state
        self.db = caesar_db(state)
        self.pipeline = caesar_pipeline(state)

    # -- plumbing ------------------------------------------------------------------------

    def endpoint(self, handler: Callable[[Call], Response]) -> Callable[
            [Request], Awaitable[Response]]:
        """Wrap a sync handler: parse the request, run under the lock, map CaesarError."""

        async def run(request: Request) -> Response:
            body: Any = None
            raw = await request.body()
            if raw.strip():
                try:
                    body = json.loads(raw)
                except (ValueError, RecursionError):  # not JSON (or not UTF-8), too deep
                    return _json_response(PARSE_ERROR_BODY, 400)
            call = Call(self.caller(request), dict(request.path_params),
                        dict(request.query_params), body)
            try:
                with self.db.lock:
                    return handler(call)
            except CaesarError as exc:
                if exc.body is None:
                    return Response(b"", exc.status, exc.headers)
                return Response(json.dumps(exc.body), exc.status, exc.headers,
                                media_type=JSON_MEDIA)
            except Exception:  # an emulator bug: answer as Rails would, never crash
                logger.exception("Caesar emulator failed on %s %s", request.method,
                                 request.url.path)
                return _json_response(SERVER_ERROR_BODY, 500)

        return run

    def caller(self, request: Request) -> Actor | None:
        """The Panoptes user of the bearer token; None when missing, unknown or expired."""
        scheme, _, value = request.headers.get("authorization", "").partition(" ")
        if scheme.lower() != "bearer":
            return None
        token = self.state.auth.lookup(value.strip())
        if token is None or token.user_id is None:
            return None
        user = self.state.store.get("users", token.user_id)
        return Actor(token.user_id, bool(user and user.attrs.get("admin")))

    def can_use_project(self, caller: Actor | None, project_id: Any) -> bool:
        """Owner/collaborator of the Panoptes project (Caesar's credential scope), or admin."""
        if caller is None:
            return False
        if caller.admin:
            return True
        project = self.state.store.get("projects", project_id or 0)
        return project is not None and self.state.store.can_edit("projects", project, caller)

    def workflow(self, call: Call, public: str | None = None) -> JSON:
        """The Caesar workflow of the path, if the caller may use it (or ``public`` is set)."""
        wid = call.path.get("workflow_id", call.path.get("id"))
        if call.caller is None and public is None:
            raise UNAUTHORIZED
        record = self.db.tables["workflows"].get(wid)
        if record is None:
            raise not_found("Workflow", wid)
        if public is not None and record.get(public):
            return record
        if not self.can_use_project(call.caller, record["project_id"]):
            raise UNAUTHORIZED
        return record

    def project(self, call: Call, public: str | None = None) -> JSON:
        """The Caesar project of the path, if the caller may use it."""
        pid = call.path.get("project_id", call.path.get("id"))
        if call.caller is None and public is None:
            raise UNAUTHORIZED
        record = self.db.tables["projects"].get(pid)
        if record is None:
            raise not_found("Project", pid)
        if public is not None and record.get(public):
            return record
        if not self.can_use_project(call.caller, record["id"]):
            raise UNAUTHORIZED
        return record

    def reducible(self, call: Call, public: str | None = None) -> tuple[str, JSON]:
        if "workflow_id" in call.path:
            return "Workflow", self.workflow(call, public)
        return "Project", self.project(call, public)

    # -- workflows -----------------------------------------------------------------------

    def workflow_json(self, record: JSON) -> JSON:
        wid, db = record["id"], self.db
        counts = {
            "extracts_count": len(db.rows("extracts", workflow_id=wid)),
            "subject_reductions_count": len(db.rows("subject_reductions", workflow_id=wid)),
            "user_reductions_count": len(db.rows("user_reductions", workflow_id=wid)),
            "subject_actions_count": len(db.rows("subject_actions", workflow_id=wid)),
            "user_actions_count": len(db.rows("user_actions", workflow_id=wid)),
            "extractors_count": len(db.rows("extractors", workflow_id=wid)),
            "reducers_count": len(db.rows("reducers", workflow_id=wid)),
            "subject_rules_count": len(db.rows("subject_rules", workflow_id=wid)),
            "user_rules_count": len(db.rows("user_rules", workflow_id=wid)),
        }
        red = self.pipeline.stoplights.red
        return {**record, **counts, "stoplight_status": {
            "failed_extractors": [self.pipeline_json(r) for r in db.rows(
                "extractors", workflow_id=wid) if red(f"extractor-{r['id']}")],
            "failed_reducers": [self.pipeline_json(r) for r in db.rows(
                "reducers", reducible_id=wid, reducible_type="Workflow")
                if red(f"reducer-{r['id']}")],
            "failed_subject_rules": [r for r in db.rows("subject_rules", workflow_id=wid)
                                     if red(f"subject-rule-{r['id']}")],
            "failed_user_rules": [r for r in db.rows("user_rules", workflow_id=wid)
                                  if red(f"user-rule-{r['id']}")]}}

    def list_workflows(self, call: Call) -> Response:
        if call.caller is None:
            raise UNAUTHORIZED
        rows = [self.workflow_json(w) for _, w in sorted(self.db.tables["workflows"].items())
                if self.can_use_project(call.caller, w["project_id"])]
        return _json_response(rows)

    def create_workflow(self, call: Call) -> Response:
        if call.caller is None:
            raise UNAUTHORIZED
        attrs = _root(call, "workflow")
        wid = _int(attrs.get("id"))
        if wid in self.db.tables["workflows"]:
            location = f"{self.state.base_url}{CAESAR_PREFIX}/workflows/{wid}"
            raise CaesarError(302, None, {"Location": location})
        panoptes = self.state.store.get("workflows", wid or 0)
        project_id = panoptes.fks.get("project") if panoptes else None
        if panoptes is None or not self.can_use_project(call.caller, project_id):
            raise CaesarError(403)
        project = self.state.store.get("projects", project_id or 0)
        errors = self.workflow_errors(attrs)
        if errors:
            raise CaesarError(422, errors)
        record = self.db.insert("workflows", {
            "id": wid, "project_id": _int(project_id),
            "name": panoptes.attrs.get("display_name"),
            "project_name": project.attrs.get("display_name") if project else None,
            "public_extracts": bool(_boolean_column(attrs.get("public_extracts"))),
            "public_reductions": bool(_boolean_column(attrs.get("public_reductions"))),
            "rules_applied": attrs.get("rules_applied", "all_matching_rules"),
            "status": attrs.get("status", "active"),
            "custom_queue_name": None,
        })
        return _json_response(self.workflow_json(record))

    @staticmethod
    def workflow_errors(attrs: JSON) -> JSON:
        errors: JSON = {}
        if "status" in attrs and attrs["status"] not in WORKFLOW_STATUSES:
            errors["status"] = [f"'{attrs['status']}' is not a valid status"]
        if "rules_applied" in attrs and attrs["rules_applied"] not in RULES_APPLIED:
            errors["rules_applied"] = [f"'{attrs['rules_applied']}' is not a valid rules_applied"]
        return {"errors": errors} if errors else {}

    def get_workflow(self, call: Call) -> Response:
        return _json_response(self.workflow_json(self.workflow(call)))

    def update_workflow(self, call: Call) -> Response:
        record = self.workflow(call)
        attrs = _root(call, "workflow")
        errors = self.workflow_errors(attrs)
        if errors:
            raise CaesarError(422, errors)
        if attrs.get("rerun") == "extractors":  # re-runs the pipeline instead of updating
            self.pipeline.enqueue(self.pipeline.rerun_extractors, record["id"])
            return Response(status_code=204)
        if attrs.get("rerun") == "reducers":
            self.pipeline.enqueue(self.pipeline.rerun_reducers, "Workflow", record["id"])
            return Response(status_code=204)
        was_paused = record.get("status") == "paused"
        for key in ("public_extracts", "public_reductions", "status", "rules_applied"):
            if key in attrs:
                record[key] = bool(_boolean_column(attrs[key])) if key.startswith("public") \
                    else attrs[key]
        if isinstance(attrs.get("extractors_config"), dict):
            self.replace_all("extractors", record, attrs["extractors_config"])
        if isinstance(attrs.get("reducers_config"), dict):
            self.replace_all("reducers", record, attrs["reducers_config"])
        record["updated_at"] = now_iso()
        if was_paused and record.get("status") == "active":  # UnpauseWorkflowWorker
            self.pipeline.enqueue(self.pipeline.unpause, record["id"])
        return Response(status_code=204)

    def replace_all(self, table: str, workflow: JSON, config: JSON) -> None:
        """Legacy ``extractors_config``/``reducers_config``: replace every extractor/reducer."""
        old = self.items_of(table, "Workflow", workflow)
        for record in old:
            del self.db.tables[table][record["id"]]
        try:
            for key, value in config.items():
                attrs = {"key": key, **(value if isinstance(value, dict) else {})}
                if "minimum_version" in attrs:
                    attrs["minimum_workflow_version"] = attrs.pop("minimum_version")
                item = self.build_pipeline_item(table, "Workflow", workflow["id"], attrs,
                                                update_errors=True)
                self.db.insert(table, item)
        except CaesarError:
            for record in self.items_of(table, "Workflow", workflow):
                del self.db.tables[table][record["id"]]
            self.db.tables[table].update((record["id"], record) for record in old)
            raise

    # -- projects ------------------------------------------------------------------------

    def project_json(self, record: JSON) -> JSON:
        pid, db = record["id"], self.db
        return {**record,
                "subject_reductions_count": len(db.rows("subject_reductions", reducible_id=pid,
                                                        reducible_type="Project")),
                "user_reductions_count": len(db.rows("user_reductions", reducible_id=pid,
                                                     reducible_type="Project")),
                "reducers_count": len(db.rows("reducers", reducible_id=pid,
                                              reducible_type="Project"))}

    def list_projects(self, call: Call) -> Response:
        if call.caller is None:
            raise UNAUTHORIZED
        return _json_response([self.project_json(p) for _, p in
                               sorted(self.db.tables["projects"].items())
                               if self.can_use_project(call.caller, p["id"])])

    def create_project(self, call: Call) -> Response:
        if call.caller is None:
            raise UNAUTHORIZED
        attrs = _root(call, "project")
        pid = _int(attrs.get("id"))
        if pid in self.db.tables["projects"]:
            location = f"{self.state.base_url}{CAESAR_PREFIX}/projects/{pid}"
            raise CaesarError(302, None, {"Location": location})
        panoptes = self.state.store.get("projects", pid or 0)
        if panoptes is None or not self.can_use_project(call.caller, pid):
            raise CaesarError(403)
        if attrs.get("status", "active") not in ("halted", "active"):
            raise CaesarError(422, {"errors": {"status": ["is not included in the list"]}})
        record = self.db.insert("projects", {
            "id": pid, "display_name": panoptes.attrs.get("display_name"),
            "reducers_config": None, "rules_config": None,
            "public_reductions": bool(_boolean_column(attrs.get("public_reductions"))),
            "status": attrs.get("status", "active"), "custom_queue_name": None,
        })
        return _json_response(self.project_json(record), 201)

    def get_project(self, call: Call) -> Response:
        return _json_response(self.project_json(self.project(call)))

    def update_project(self, call: Call) -> Response:
        record = self.project(call)
        attrs = _root(call, "project")
        if "status" in attrs and attrs["status"] not in ("halted", "active"):
            raise CaesarError(422, {"errors": {"status": ["is not included in the list"]}})
        if attrs.get("rerun") == "reducers":
            self.pipeline.enqueue(self.pipeline.rerun_reducers, "Project", record["id"])
        else:
            if "public_reductions" in attrs:
                record["public_reductions"] = bool(_boolean_column(attrs["public_reductions"]))
            if "status" in attrs:
                record["status"] = attrs["status"]
            record["updated_at"] = now_iso()
        return Response(status_code=204)

    # -- extractors and reducers ---------------------------------------------------------

    def build_pipeline_item(self, table: str, reducible_type: str, reducible_id: int,
                            attrs: JSON, update_errors: bool = False,
                            existing: JSON | None = None) -> JSON:
        """Validate an extractor/reducer body and return the record (not yet stored)."""
        catalogue = EXTRACTORS if table == "extractors" else REDUCERS
        model = "extractor" if table == "extractors" else "reducer"
        short = existing["short_type"] if existing else attrs.get("type")
        if short not in catalogue:
            raise CaesarError(422, {"error": f"Unknown {model} type: {short}"})
        sti, fields = catalogue[short]
        config: JSON = dict(existing["config"]) if existing else {}
        if isinstance(attrs.get("config"), dict):
            config.update(attrs["config"])
        config.update({k: attrs[k] for k in fields if k in attrs})
        key = _string_column(attrs["key"]) if "key" in attrs else \
            existing["key"] if existing else None
        messages = self.pipeline_errors(table, short, key, config, attrs, reducible_type,
                                        reducible_id, existing)
        if messages:
            if update_errors:
                raise CaesarError(422, {"errors": {f: [m] for f, m in messages}})
            raise CaesarError(422, {"errors": [
                {"message": f"{f.replace('_', ' ').capitalize()} {m}"} for f, m in messages]})
        record: JSON = dict(existing or {})
        record.update({"key": key, "type": sti, "short_type": short, "config": config})
        if table == "extractors":
            record["workflow_id"] = reducible_id
            record["minimum_workflow_version"] = _string_column(attrs.get(
                "minimum_workflow_version", record.get("minimum_workflow_version")))
            return record
        topic = attrs.get("topic", record.get("topic", "reduce_by_subject"))
        filters = attrs.get("filters", record.get("filters", {}))
        grouping = attrs.get("grouping", record.get("grouping", {}))
        record.update({
            "workflow_id": reducible_id if reducible_type == "Workflow" else None,
            "reducible_id": reducible_id, "reducible_type": reducible_type, "topic": topic,
            "filters": _filters(filters),
            "grouping": {k: v for k, v in (grouping or {}).items() if v not in (None, "")},
            "reduction_mode": record.get("reduction_mode", "default_reduction"),
            "user_reducer_keys": _string_column(attrs.get("user_reducer_keys"))
            if topic == "reduce_by_subject" else None,
            "subject_reducer_keys": _string_column(attrs.get("subject_reducer_keys"))
            if topic == "reduce_by_user" else None,
        })
        return record

    def pipeline_errors(self, table: str, short: str, key: Any, config: JSON, attrs: JSON,
                        reducible_type: str, reducible_id: int,
                        existing: JSON | None) -> list[tuple[str, str]]:
        """Model validation messages as (field, message)."""
        found: list[tuple[str, str]] = []
        if not key:
            found.append(("key", "can't be blank"))
        else:
            siblings = self.db.rows("extractors", workflow_id=reducible_id) \
                if table == "extractors" else self.db.rows(
                    "reducers", reducible_id=reducible_id, reducible_type=reducible_type)
            if any(r["key"] == key and r["id"] != (existing or {}).get("id") for r in siblings):
                found.append(("key", "has already been taken"))
        version = attrs.get("minimum_workflow_version")
        if version is not None and not _float(version) > 0:  # "12.34" is a version
            found.append(("minimum_workflow_version", "must be greater than 0"))
        allowed = IF_MISSING.get(short)
        if allowed and "if_missing" in config and config["if_missing"] not in allowed:
            found.append(("if_missing", "is not included in the list"))
        if short == "shape" and config.get("shape") not in SHAPES:
            found.append(("shape", "is not included in the list"))
        url = config.get("url")
        if short == "external" and url is not None and not str(url).startswith("https://"):
            found.append(("url", "must be https"))
        if table == "reducers" and attrs.get("topic", "reduce_by_subject") not in (
                "reduce_by_subject", "reduce_by_user"):
            found.append(("topic", "is not included in the list"))
        if table == "reducers":
            # ``validates_associated :extract_filter``: the filters with an inclusion validation
            filters = attrs.get("filters", (existing or {}).get("filters")) or {}
            if any(_truthy(filters.get(name)) and filters[name] not in allowed_values
                   for name, allowed_values in VALIDATED_FILTERS.items()):
                found.append(("extract_filter", "is invalid"))
        return found

    @staticmethod
    def pipeline_json(record: JSON) -> JSON:
        return {k: v for k, v in record.items() if k != "short_type"}

    def list_items(self, table: str, call: Call) -> Response:
        kind, owner = self.reducible(call)
        return _json_response([self.pipeline_json(r) for r in self.items_of(table, kind, owner)])

    def items_of(self, table: str, kind: str, owner: JSON) -> list[JSON]:
        if table == "extractors":
            return self.db.rows("extractors", workflow_id=owner["id"])
        return self.db.rows(table, reducible_id=owner["id"], reducible_type=kind)

    def item(self, table: str, call: Call) -> tuple[str, JSON, JSON]:
        kind, owner = self.reducible(call)
        rid = call.path["id"]
        for record in self.items_of(table, kind, owner):
            if record["id"] == rid:
                return kind, owner, record
        raise not_found(table[:-1].capitalize(), rid)

    def create_item(self, table: str, call: Call) -> Response:
        kind, owner = self.reducible(call)
        attrs = _root(call, table[:-1])
        record = self.build_pipeline_item(table, kind, owner["id"], attrs)
        return _json_response(self.pipeline_json(self.db.insert(table, record)))

    def get_item(self, table: str, call: Call) -> Response:
        return _json_response(self.pipeline_json(self.item(table, call)[2]))

    def update_item(self, table: str, call: Call) -> Response:
        kind, owner, record = self.item(table, call)
        attrs = _root(call, table[:-1])
        updated = self.build_pipeline_item(table, kind, owner["id"], attrs, update_errors=True,
                                           existing=record)
        updated["updated_at"] = now_iso()
        self.db.tables[table][record["id"]] = updated
        return Response(status_code=204)

    def delete_item(self, table: str, call: Call) -> Response:
        record = self.item(table, call)[2]
        del self.db.tables[table][record["id"]]
        return Response(status_code=204)

    # -- extracts ------------------------------------------------------------------------

    def list_extracts(self, call: Call) -> Response:
        workflow = self.workflow(call, public="public_extracts")
        subject_id = _int(call.query.get("subject_id"))
        rows = self.db.rows("extracts", workflow_id=workflow["id"], subject_id=subject_id)
        return _json_response(rows)

    def import_extracts(self, call: Call) -> Response:
        workflow = self.workflow(call)
        url = call.body.get("file") if isinstance(call.body, dict) else None
        if not url:
            raise CaesarError(404, {"error": "CSV must be included"})
        rows = self.parse_extracts_csv(self.fetch_own_url(str(url)))
        for row in rows:
            self.db.insert("extracts", {
                "classification_id": None, "classification_at": now_iso(),
                "extractor_key": row["extractor_key"], "workflow_id": workflow["id"],
                "project_id": workflow["project_id"], "user_id": None,
                "subject_id": row["subject_id"], "data": row["data"],
                "workflow_version": None, "machine_data": True, "relevant_reduction": None,
            })
        return Response(status_code=204)

    def fetch_own_url(self, url: str) -> bytes:
        """The bytes of a blob or export this emulator serves; the network is never used."""
        base = urlsplit(self.state.base_url)
        parts = urlsplit(url)
        segs = [unquote(s) for s in parts.path.split("/") if s]
        if (parts.scheme, parts.netloc) == (base.scheme, base.netloc) and segs:
            if segs[0] == "blobs" and len(segs) > 1:
                blob = self.state.blobs.get("/".join(segs[1:]))
                if blob is not None:
                    return blob.data
            if segs[0] == "exports" and len(segs) == 3:
                medium = self.state.store.get("media", _int(segs[1]) or 0)
                if medium is not None and medium.extra.get("token") == segs[2][:-len(".csv")]:
                    refresh_state(medium)
                    if medium.attrs["metadata"].get("state") == "ready":
                        return b"".join(Exporter(self.state.store).stream(medium, 0))
        raise CaesarError(404, {"error": f"Could not download CSV from {url}"})

    @staticmethod
    def parse_extracts_csv(data: bytes) -> list[JSON]:
        reader = csv.DictReader(io.StringIO(data.decode("utf-8-sig")))
        missing = {"extractor_key", "subject_id", "data"} - set(reader.fieldnames or ())
        if missing:
            raise CaesarError(422, {"error": f"CSV is missing columns: {sorted(missing)}"})
        rows = []
        for line in reader:
            try:
                data_value = json.loads(line["data"]) if line["data"] else {}
            except ValueError:
                raise CaesarError(422, {"error": f"Invalid JSON in data: {line['data']}"}) \
                    from None
            rows.append({"extractor_key": line["extractor_key"],
                         "subject_id": _int(line["subject_id"]), "data": data_value})
        return rows

    # -- reductions ----------------------------------------------------------------------

    def list_reductions(self, table: str, call: Call) -> Response:
        kind, owner = self.reducible(call, public="public_reductions")
        target = "subject_id" if table == "subject_reductions" else "user_id"
        match: JSON = {"reducible_id": owner["id"], "reducible_type": kind}
        value = call.path.get(target, call.query.get(target))
        if value is not None:
            match[target] = _int(value)
        key = call.path.get("reducer_key", call.query.get("reducer_key"))
        if key:
            match["reducer_key"] = key
        return _json_response(self.db.rows(table, **match))

    def upsert_reduction(self, table: str, call: Call) -> Response:
        if "workflow_id" not in call.path:  # the action reads params[:workflow_id]
            if call.caller is None:
                raise UNAUTHORIZED
            raise CaesarError(404, {"error": "Couldn't find Workflow without an ID"})
        workflow = self.workflow(call)
        attrs = _root(call, "reduction")
        target = "subject_id" if table == "subject_reductions" else "user_id"
        key = call.path["reducer_key"]
        errors = {name: ["can't be blank"] for name, value in (
            (target, _int(attrs.get(target))), ("data", attrs.get("data"))) if value is None}
        if errors:
            raise CaesarError(422, {"errors": errors})
        subgroup = _string_column(attrs.get("subgroup")) or "_default"
        match = {"reducible_id": workflow["id"], "reducible_type": "Workflow",
                 "reducer_key": key, target: _int(attrs[target]), "subgroup": subgroup}
        found = self.db.rows(table, **match)
        changed = True
        if found:
            record = found[0]
            changed = record["data"] != attrs["data"]
            if changed:
                record.update(data=attrs["data"], lock_version=record["lock_version"] + 1,
                              updated_at=now_iso())
        else:
            record = self.db.insert(table, {**match, "workflow_id": workflow["id"],
                                            "data": attrs["data"], "store": {},
                                            "lock_version": 0})
        if changed and (self.db.rows("extractors", workflow_id=workflow["id"]) or self.db.rows(
                "reducers", reducible_id=workflow["id"], reducible_type="Workflow")):
            # ``CheckSubjectRulesWorker.perform_async(...) if workflow.configured?``
            self.pipeline.enqueue(self.pipeline.check_rules, target[:-3], workflow["id"],
                                  match[target])
        return _json_response(record)

    # -- rules and effects ---------------------------------------------------------------

    def list_rules(self, kind: str, call: Call) -> Response:
        workflow = self.workflow(call)
        rows = self.db.rows(f"{kind}_rules", workflow_id=workflow["id"])
        return _json_response(sorted(rows, key=lambda r: (r["row_order"], r["id"])))

    def rule(self, kind: str, call: Call, key: str = "id") -> JSON:
        workflow = self.workflow(call)
        rid = call.path[key]
        record = self.db.tables[f"{kind}_rules"].get(rid)
        if record is None or record["workflow_id"] != workflow["id"]:
            raise not_found(f"{kind.capitalize()}Rule", rid)
        return record

    def create_rule(self, kind: str, call: Call) -> Response:
        workflow = self.workflow(call)
        condition = rule_condition(_root(call, f"{kind}_rule"))
        record: JSON = {"id": None, "workflow_id": workflow["id"], "condition": condition}
        if kind == "subject":
            record["topic"] = "evaluate_by_subject"
        if condition_error(condition) is not None:  # ``save`` failed; rendered anyway
            return _json_response({**record, "row_order": None, "created_at": None,
                                   "updated_at": None})
        table = f"{kind}_rules"
        record["row_order"] = max((r["row_order"] for r in self.db.rows(
            table, workflow_id=workflow["id"])), default=-1) + 1
        return _json_response(self.db.insert(table, record))

    def get_rule(self, kind: str, call: Call) -> Response:
        return _json_response(self.rule(kind, call))

    def update_rule(self, kind: str, call: Call) -> Response:
        record = self.rule(kind, call)
        condition = rule_condition(_root(call, f"{kind}_rule"))
        if condition_error(condition) is not None:
            # ``@rule.update(rule_params)`` failed and ``render json: @rule`` shows the unsaved
            # in-memory record: the new condition, the old ``updated_at``, no errors.
            return _json_response({**record, "condition": condition})
        record.update(condition=condition, updated_at=now_iso())
        return _json_response(record)

    def delete_rule(self, kind: str, call: Call) -> Response:
        record = self.rule(kind, call)
        del self.db.tables[f"{kind}_rules"][record["id"]]
        effects = f"{kind}_rule_effects"
        for effect in self.db.rows(effects, **{f"{kind}_rule_id": record["id"]}):
            del self.db.tables[effects][effect["id"]]
        return Response(status_code=204)

    def effects_of(self, kind: str, call: Call) -> tuple[JSON, list[JSON]]:
        rule = self.rule(kind, call, key=f"{kind}_rule_id")
        return rule, self.db.rows(f"{kind}_rule_effects", **{f"{kind}_rule_id": rule["id"]})

    def effect(self, kind: str, call: Call) -> JSON:
        for record in self.effects_of(kind, call)[1]:
            if record["id"] == call.path["id"]:
                return record
        raise not_found(f"{kind.capitalize()}RuleEffect", call.path["id"])

    def list_effects(self, kind: str, call: Call) -> Response:
        return _json_response(self.effects_of(kind, call)[1])

    def create_effect(self, kind: str, call: Call) -> Response:
        rule = self.effects_of(kind, call)[0]
        attrs = _root(call, f"{kind}_rule_effect")
        action, config = attrs.get("action"), attrs.get("config") or {}
        actions = SUBJECT_ACTIONS if kind == "subject" else USER_ACTIONS
        if action not in actions:
            raise CaesarError(422, {"error": f"'{action}' is not a valid action"})
        if not effect_config_valid(action, config, actions):
            raise CaesarError(422, {"errors": [
                {"message": "Config Does not produce a valid effect"}]})
        record = {f"{kind}_rule_id": rule["id"], "action": action, "config": config}
        return _json_response(self.db.insert(f"{kind}_rule_effects", record))

    def get_effect(self, kind: str, call: Call) -> Response:
        return _json_response(self.effect(kind, call))

    def update_effect(self, kind: str, call: Call) -> Response:
        record = self.effect(kind, call)
        attrs = _root(call, f"{kind}_rule_effect")
        action = attrs.get("action", record["action"])
        config = attrs["config"] if isinstance(attrs.get("config"), dict) else record["config"]
        actions = SUBJECT_ACTIONS if kind == "subject" else USER_ACTIONS
        if action not in actions:
            raise CaesarError(422, {"error": f"'{action}' is not a valid action"})
        if not effect_config_valid(action, config, actions):
            raise CaesarError(422, {"errors": {"config": ["Does not produce a valid effect"]}})
        record.update(action=action, config=config, updated_at=now_iso())
        return Response(status_code=204)

    def delete_effect(self, kind: str, call: Call) -> Response:
        record = self.effect(kind, call)
        del self.db.tables[f"{kind}_rule_effects"][record["id"]]
        return Response(status_code=204)

    # -- data requests -------------------------------------------------------------------

    def exportable(self, call: Call) -> tuple[str, JSON]:
        """The workflow/project of a data request route (empty 404 when it does not exist)."""
        kind = "Workflow" if "workflow_id" in call.path else "Project"
        key = call.path["workflow_id" if kind == "Workflow" else "project_id"]
        record = self.db.tables[f"{kind.lower()}s"].get(key)
        if record is None:
            raise CaesarError(404)
        return kind, record

    def may_export(self, call: Call, kind: str, record: JSON) -> bool:
        project_id = record["project_id"] if kind == "Workflow" else record["id"]
        return self.can_use_project(call.caller, project_id)

    def list_data_requests(self, call: Call) -> Response:
        kind, owner = self.exportable(call)
        allowed = self.may_export(call, kind, owner)
        rows = [r for r in self.db.rows("data_requests", exportable_type=kind,
                                        exportable_id=str(owner["id"]))
                if (allowed or r["public"]) and (
                    "subgroup" not in call.query or r["subgroup"] == call.query["subgroup"])]
        rows.sort(key=lambda r: r["seq"], reverse=True)
        for row in rows:
            self.run_data_request(row, kind, owner)
        return _json_response([data_request_json(r) for r in rows])

    def create_data_request(self, call: Call) -> Response:
        kind, owner = self.exportable(call)
        attrs = _root(call, "data_request")
        requested = attrs.get("requested_data")
        if requested not in REQUESTED_DATA:
            raise CaesarError(422)
        public = bool(owner.get("public_extracts" if requested == "extracts"
                                else "public_reductions"))
        if not public and not self.may_export(call, kind, owner):
            raise UNAUTHORIZED
        record = self.db.insert("data_requests", {
            "id": data_request_id(next(self.db.counters["data_requests"])),
            "seq": len(self.db.tables["data_requests"]),
            "exportable_id": str(owner["id"]), "exportable_type": kind,
            "user_id": _int(attrs.get("user_id")),
            "subgroup": _string_column(attrs.get("subgroup")),
            "status": "pending", "requested_data": requested, "url": None, "public": public,
            # DataRequestWorker.perform_in(2.seconds): done once the emulator's export delay has
            # passed and the pipeline has processed what was queued before this request
            # (wall-clock time and the queue's own token, so a saved state file stays valid)
            "ready_at": time.time() + self.state.export_delay,
            "after_job": [self.pipeline.token, self.pipeline.queue.enqueued],
        })
        return _json_response(data_request_json(record), 201)

    def run_data_request(self, record: JSON, kind: str, owner: JSON) -> None:
        """The DataRequestWorker, run when the request is read after it is due: the CSV goes to
        a blob (the stored export) and the request becomes ``complete`` (``failed`` when the
        export fails, as for a subgroup of extracts)."""
        token, job = record.get("after_job") or ["", 0]
        if record["status"] != "pending" or time.time() < record.get("ready_at", 0) or (
                token == self.pipeline.token and self.pipeline.queue.done < job):
            return
        try:
            data = self.pipeline.export(record, owner, kind)
        except PipelineError as exc:
            self.pipeline.failed(f"data request {record['id']}", exc)
            record.update(status="failed", updated_at=now_iso())
            return
        key = f"caesar/data_requests/{record['id']}.csv"
        self.state.blobs.put(key, data, "text/csv")
        record.update(status="complete", url=f"{self.state.base_url}/blobs/{key}",
                      updated_at=now_iso())

    def get_data_request(self, call: Call) -> Response:
        # ``scope.find(params[:id])``: show does not load the workflow/project first, so a missing
        # one is the data request's RecordNotFound (JSON), not the empty 404 of index and create.
        kind = "Workflow" if "workflow_id" in call.path else "Project"
        owner = self.db.tables[f"{kind.lower()}s"].get(
            call.path["workflow_id" if kind == "Workflow" else "project_id"])
        rid = str(call.path["id"])
        record = self.db.tables["data_requests"].get(rid)
        if owner is None or record is None or record["exportable_id"] != str(owner["id"]) \
                or record["exportable_type"] != kind:
            raise not_found("DataRequest", rid)
        if not record["public"] and not self.may_export(call, kind, owner):
            raise UNAUTHORIZED
        self.run_data_request(record, kind, owner)
        return _json_response(data_request_json(record))


# ----- pure helpers -------------------------------------------------------------------------


def rule_condition(attrs: JSON) -> Any:
    """The condition of a rule body, as ``rule_params`` of Caesar's rule controllers reads it:
    ``condition`` if truthy (400 when blank), else ``JSON.parse(condition_string)`` (500 when
    that is not JSON), else 500 ("No condition specified")."""
    condition, text = attrs.get("condition"), attrs.get("condition_string")
    if _truthy(condition):
        if _blank(condition):  # params.require(:condition)
            raise CaesarError(400, {"error": "param is missing or the value is empty: condition"})
        return condition
    if not _truthy(text):
        raise server_error()  # StandardError 'No condition specified'
    if not isinstance(text, str):
        raise server_error()  # TypeError: no implicit conversion into String
    try:
        return json.loads(text, parse_constant=_ruby_json_constant)
    except (ValueError, RecursionError):
        raise server_error() from None  # JSON::ParserError


def _filters(filters: Any) -> JSON:
    """The reducer's filters as ``reducers_controller.rb`` keeps them: blank values dropped,
    ``extractor_keys`` given as JSON text parsed (kept as it is when it is not JSON)."""
    kept = {k: v for k, v in (filters or {}).items()
            if k in FILTER_KEYS and v not in (None, "", [])}
    if isinstance(kept.get("extractor_keys"), str):
        with contextlib.suppress(ValueError):
            kept["extractor_keys"] = json.loads(kept["extractor_keys"])
    return kept


def condition_error(condition: Any) -> str | None:
    """Why ``SubjectRule``/``UserRule`` validation rejects a condition, or None when it passes.

    Ports ``valid_condition?`` (``app/models/subject_rule.rb``): a blank condition is not built
    (and passes); otherwise ``Conditions::FromConfig.build`` runs, and its ``InvalidConfig``
    becomes the validation error. What makes ``build`` raise anything else (``nil[0]`` of a
    missing argument, ``true[0]``, a float) is not rescued: :func:`server_error` is raised.
    """
    if _blank(condition):
        return None
    try:
        build_condition(condition)
    except InvalidConfig as exc:
        return str(exc)
    return None


class InvalidConfig(Exception):
    """``Conditions::FromConfig::InvalidConfig``."""


def build_condition(config: Any) -> None:
    """``Conditions::FromConfig.build`` without building: the same raises, Ruby semantics of
    ``config[0]`` (``"abc"[0]`` is ``"a"``, ``{}[0]`` and ``[][0]`` are nil, ``5[0]`` a bit)."""
    op = _ruby_to_s(_ruby_at(config, 0))
    if op in UNARY_OPERATORS:
        build_condition(_ruby_at(config, 1))
    elif op in LIST_OPERATORS:
        if not isinstance(config, list):
            raise server_error()  # String/nil has no #map
        for item in config[1:]:
            build_condition(item)
    elif op in KEYED_OPERATORS:
        build_condition(_ruby_at(config, 2))
    elif op == "lookup":
        if len(config) != 3:
            raise InvalidConfig("Not enough arguments given to lookup")
    elif op != "const":
        raise InvalidConfig(f"Unknown rule type: {op} (in {json.dumps(config)})")


def _ruby_at(value: Any, index: int) -> Any:
    """Ruby's ``value[index]``; NoMethodError (a 500) for nil, true, false and floats."""
    if isinstance(value, list | str):
        return value[index] if index < len(value) else None
    if isinstance(value, dict):
        return None  # JSON keys are strings: {"a" => 1}[0] is nil
    if isinstance(value, int) and not isinstance(value, bool):
        return (value >> index) & 1  # Integer#[] is a bit
    raise server_error()


def _ruby_to_s(value: Any) -> str:
    if value is None:
        return ""
    return value if isinstance(value, str) else json.dumps(value)


def _ruby_json_constant(name: str) -> Any:
    raise ValueError(f"unexpected token {name}")  # Ruby's JSON.parse rejects NaN/Infinity


def effect_config_valid(action: str, config: Any, actions: dict[str, tuple[str, ...]]) -> bool:
    if not isinstance(config, dict):
        return False
    if any(config.get(k) in (None, "") for k in actions[action]):
        return False
    if action == "retire_subject" and config.get("reason", "other") not in RETIRE_REASONS:
        return False
    return not (action.startswith("external") and not str(config["url"]).startswith("https://"))


def data_request_id(n: int) -> str:
    """The ``n``-th data request's id: a version-4 UUID, as Caesar's, but reproducible (the same
    for the same creation order, so seeded runs of the emulator repeat exactly)."""
    return str(uuid.UUID(int=random.Random(f"caesar-data-request-{n}").getrandbits(128),
                         version=4))


def data_request_json(record: JSON) -> JSON:
    return {k: record[k] for k in ("id", "exportable_id", "exportable_type", "user_id",
                                   "subgroup", "status", "requested_data", "url", "updated_at")}


# ----- routing ------------------------------------------------------------------------------


def caesar_app(state: EmulatorState) -> ASGIApp:
    """The Caesar routes for one emulator (mounted at :data:`CAESAR_PREFIX`)."""
    app = CaesarApp(state)
    e = app.endpoint
    routes: list[Route] = []

    def add(path: str, **handlers: Callable[[Call], Response]) -> None:
        for method, handler in handlers.items():
            routes.append(Route(path, e(handler), methods=[method.upper()]))

    wf, pj = "/workflows/{workflow_id:int}", "/projects/{project_id:int}"
    add("/workflows", get=app.list_workflows, post=app.create_workflow)
    add("/workflows/{id:int}", get=app.get_workflow, put=app.update_workflow,
        patch=app.update_workflow)
    add("/projects", get=app.list_projects, post=app.create_project)
    add("/projects/{id:int}", get=app.get_project, put=app.update_project,
        patch=app.update_project)
    for base in (wf, pj):
        for table in (("extractors", "reducers") if base == wf else ("reducers",)):
            add(f"{base}/{table}", get=_bind(app.list_items, table),
                post=_bind(app.create_item, table))
            add(f"{base}/{table}/{{id:int}}", get=_bind(app.get_item, table),
                put=_bind(app.update_item, table), patch=_bind(app.update_item, table),
                delete=_bind(app.delete_item, table))
        for kind in ("subject", "user"):
            table = f"{kind}_reductions"
            listing, upsert = _bind(app.list_reductions, table), _bind(app.upsert_reduction, table)
            add(f"{base}/{table}", get=listing)
            add(f"{base}/{table}/{{reducer_key}}", put=upsert, patch=upsert)
            add(f"{base}/{kind}s/{{{kind}_id:int}}/{table}", get=listing)
        add(f"{base}/data_requests", get=app.list_data_requests, post=app.create_data_request)
        add(f"{base}/data_requests/{{id}}", get=app.get_data_request)
    add(f"{wf}/extractors/{{extractor_key}}/extracts", get=app.list_extracts)
    add(f"{wf}/extracts/import", post=app.import_extracts)
    legacy = _bind(app.list_reductions, "subject_reductions")
    legacy_upsert = _bind(app.upsert_reduction, "subject_reductions")
    add(f"{wf}/reducers/{{reducer_key}}/reductions", get=legacy, put=legacy_upsert,
        patch=legacy_upsert)
    add(f"{wf}/subjects/{{subject_id:int}}/reductions", get=legacy)
    for kind in ("subject", "user"):
        rules = f"{wf}/{kind}_rules"
        add(rules, get=_bind(app.list_rules, kind), post=_bind(app.create_rule, kind))
        add(f"{rules}/{{id:int}}", get=_bind(app.get_rule, kind),
            put=_bind(app.update_rule, kind), patch=_bind(app.update_rule, kind),
            delete=_bind(app.delete_rule, kind))
        effects = f"{rules}/{{{kind}_rule_id:int}}/{kind}_rule_effects"
        add(effects, get=_bind(app.list_effects, kind), post=_bind(app.create_effect, kind))
        add(f"{effects}/{{id:int}}", get=_bind(app.get_effect, kind),
            put=_bind(app.update_effect, kind), patch=_bind(app.update_effect, kind),
            delete=_bind(app.delete_effect, kind))
    return Starlette(routes=routes, exception_handlers={404: routing_error, 405: routing_error})


async def routing_error(request: Request, exc: Exception) -> Response:
    """No route for this path and method (Starlette's 404, or its 405 for a known path): Rails
    routes by path *and* verb, so both are ``ActionController::RoutingError``, answered 404 with
    the JSON error page, and no ``Allow`` header."""
    return _json_response(ROUTING_ERROR_BODY, 404)


def _bind(method: Callable[[str, Call], Response], arg: str) -> Callable[[Call], Response]:
    def handler(call: Call) -> Response:
        return method(arg, call)

    return handler
