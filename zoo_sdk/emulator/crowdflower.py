"""The CrowdFlower emulation, mounted at ``/crowdflower/v1``: all 52 operations of the spec.

Conventions of the real API that it keeps (see spec/crowdflower and the api-facts notes):

- ``?key=`` on every call; a missing or unknown key answers 401 ``{"error": {"message": ...}}``.
- ``.json`` suffixes exactly as the spec paths; form-encoded bracket fields (``job[title]``,
  ``unit[data][col]``, ``channels[]``, ``debit[units_count]``); raw JSON-lines or CSV uploads.
- Units and judgments are listed as objects keyed by unit id, ``{}`` past the last page; jobs as a
  list, ``[]`` past the end. Messages are ``{success|notice|error: {message}}``.
- ``GET /jobs/{id}.csv?type=`` answers 202 with a notice ``report_polls`` times, then a ZIP.
- Orders cost ``units * judgments_per_unit * payment_cents``; 402 when the account cannot pay.
- A path or method no route matches (``.json`` on ``channels``, OPTIONS, ...) answers 404 with the
  JSON error message, like any unknown resource; never Starlette's text page or a 405.
- Job attributes are stored with their type (integers, numbers, booleans, lists, objects, the
  typed ``options`` keys); a value that does not convert is answered 422, so a job always reads
  back as the spec's ``Job``.

State lives in ``EmulatorState.extras["crowdflower"]`` (a :class:`CrowdFlowerState`)::

    cf = crowdflower_state(emu.state)
    key = cf.add_account(balance=5.0)      # an API key for an account holding $5
"""

from __future__ import annotations

import csv
import io
import json
import logging
import re
import secrets
import threading
import zipfile
from collections import Counter
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qsl

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, Response
from starlette.routing import Route
from starlette.types import ASGIApp

if TYPE_CHECKING:
    from .app import EmulatorState

CROWDFLOWER_PREFIX = "/crowdflower/v1"
logger = logging.getLogger("zoo_sdk.emulator.crowdflower")
EXTRAS_KEY = "crowdflower"
AVAILABLE_CHANNELS = ["on_demand", "cf_internal", "amt", "sama", "gambit", "mob", "iphone"]
JOBS_PAGE, UNITS_PAGE, JUDGMENTS_PAGE = 10, 1000, 100
JOB_WRITABLE = frozenset({
    "title", "alias", "instructions", "cml", "js", "css", "auto_order", "auto_order_threshold",
    "auto_order_timeout", "confidence_fields", "excluded_countries", "expected_judgments_per_unit",
    "fields", "included_countries", "judgments_per_unit", "max_judgments_per_unit",
    "min_unit_confidence", "minimum_requirements", "options", "payment_cents", "support_email",
    "units_per_assignment", "units_remain_finalized", "variable_judgments_mode", "webhook_uri",
    "send_judgments_webhook", "language", "max_judgments_per_worker", "pages_per_assignment",
    "custom_key", "problem", "uri", "without_data",
})
_INT_FIELDS = frozenset({
    "auto_order_threshold", "auto_order_timeout", "judgments_per_unit", "max_judgments_per_unit",
    "units_per_assignment", "expected_judgments_per_unit", "pages_per_assignment",
    "max_judgments_per_worker", "missed_count", "units_count", "amount", "nb_judgments",
    "unit_id", "worker_id", "job_id",
})
_NUMBER_FIELDS = frozenset({"payment_cents", "min_unit_confidence", "agreement", "difficulty"})
#: Job attributes holding a list (``job[<attr>][]=...``) or an object (``job[<attr>][<k>]=...``).
_LIST_FIELDS = frozenset({"confidence_fields", "excluded_countries", "included_countries"})
_DICT_FIELDS = frozenset({"fields", "minimum_requirements", "options"})
#: The ``options`` keys the Job schema types (from a 2018 job JSON); others are kept as guessed.
_OPTION_TYPES = {"req_ttl_in_seconds": "int", "mail_to": "str", "flag_on_rate_limit": "bool",
                 "include_unfinished": "bool", "logical_aggregation": "bool"}
NOT_FOUND_MESSAGE = "We couldn't find what you were looking for."
_BOOL_FIELDS = frozenset({
    "auto_order", "units_remain_finalized", "send_judgments_webhook", "golden", "tainted",
    "missed", "reviewed", "persist", "force", "all_units", "gold", "without_data",
})


def _now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S+00:00")


class CFError(Exception):
    """An error answer: ``{"error": {"message": ...}}`` with ``status``."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


# ----- state -------------------------------------------------------------------------------


@dataclass
class Account:
    id: int
    key: str
    balance: float
    email: str


@dataclass
class CrowdFlowerState:
    """Accounts, jobs, units, judgments, orders and worker records of one emulator."""

    accounts: dict[str, Account] = field(default_factory=dict)
    jobs: dict[int, dict[str, Any]] = field(default_factory=dict)
    units: dict[int, dict[str, Any]] = field(default_factory=dict)
    judgments: dict[int, dict[str, Any]] = field(default_factory=dict)
    orders: dict[int, dict[str, Any]] = field(default_factory=dict)
    tags: dict[int, list[str]] = field(default_factory=dict)
    channels: dict[int, list[str]] = field(default_factory=dict)
    #: (job id, worker id) → {"flagged": reason|None, "rejected": bool, "bonuses": [...], ...}
    workers: dict[tuple[int, int], dict[str, Any]] = field(default_factory=dict)
    #: account id → worker ids flagged from every job (``persist=true``)
    flagged_everywhere: dict[int, dict[int, str]] = field(default_factory=dict)
    #: (job id, report type) → how many 202 answers were given so far
    report_polls_seen: dict[tuple[int, str], int] = field(default_factory=dict)
    #: how many times a report answers 202 before it is ready
    report_polls: int = 1
    lock: threading.RLock = field(default_factory=threading.RLock)
    _next: Counter[str] = field(default_factory=Counter)

    def next_id(self, kind: str) -> int:
        base = {"job": 1000, "unit": 500000, "judgment": 9000000, "order": 300, "account": 40}
        with self.lock:
            self._next[kind] += 1
            return base[kind] + self._next[kind]

    def add_account(self, key: str | None = None, balance: float = 100.0) -> str:
        """Register an account; returns its API key (generated unless given)."""
        key = key or secrets.token_hex(20)
        with self.lock:
            aid = self.next_id("account")
            self.accounts[key] = Account(aid, key, float(balance), f"user{aid}@example.com")
        return key

    def set_balance(self, key: str, balance: float) -> None:
        """Set the funds (US dollars) of the account of ``key``."""
        with self.lock:
            self.accounts[key].balance = float(balance)

    def balance(self, key: str) -> float:
        with self.lock:
            return self.accounts[key].balance


def crowdflower_state(state: EmulatorState) -> CrowdFlowerState:
    """The CrowdFlower state of an emulator (created on first use)."""
    with state.lock:
        found = state.extras.get(EXTRAS_KEY)
        if not isinstance(found, CrowdFlowerState):
            found = state.extras[EXTRAS_KEY] = CrowdFlowerState()
        return found


# ----- request plumbing --------------------------------------------------------------------


@dataclass
class Ctx:
    """One authenticated request: the account, path params, query and nested form."""

    request: Request
    cf: CrowdFlowerState
    account: Account
    form: dict[str, Any]
    body: bytes

    def path(self, name: str) -> str:
        return str(self.request.path_params[name])

    def query(self, name: str, default: str | None = None) -> str | None:
        return self.request.query_params.get(name, default)

    def job(self) -> dict[str, Any]:
        """The job named by ``{job_id}`` (id or alias), owned by the caller; else 404."""
        ref = self.path("job_id")
        for job in self.cf.jobs.values():
            if job["_account"] == self.account.id and (str(job["id"]) == ref
                                                       or job.get("alias") == ref):
                return job
        raise CFError(404, "Job not found")

    def unit(self, job: dict[str, Any]) -> dict[str, Any]:
        unit = self.cf.units.get(_int(self.path("unit_id")))
        if unit is None or unit["job_id"] != job["id"]:
            raise CFError(404, "Unit not found")
        return unit


Handler = Callable[[Ctx], Response | Any]


def parse_brackets(items: list[tuple[str, str]]) -> dict[str, Any]:
    """``[("job[options][a]", "1"), ("channels[]", "x")]`` → ``{"job": {"options": {"a": "1"}},
    "channels": ["x"]}``."""
    out: dict[str, Any] = {}
    for name, value in items:
        parts = re.findall(r"[^\[\]]+|\[\]", name)
        if not parts:
            continue
        node: Any = out
        for i, part in enumerate(parts):
            last = i == len(parts) - 1
            following = parts[i + 1] if not last else None
            if part == "[]":
                continue
            if last or following == "[]":
                if following == "[]":
                    existing = node.get(part)
                    node[part] = (existing if isinstance(existing, list) else []) + [value]
                else:
                    node[part] = value
                break
            child = node.get(part)
            if not isinstance(child, dict):
                child = node[part] = {}
            node = child
    return out


def _coerce(name: str, value: Any) -> Any:
    if isinstance(value, dict):
        if name == "options":
            return {k: _option(k, v) for k, v in value.items()}
        return {k: _coerce(k, v) for k, v in value.items()}
    if not isinstance(value, str):
        return value
    if name in _BOOL_FIELDS:
        return value.strip().lower() in ("true", "1", "yes", "on")
    if name in _INT_FIELDS:
        if not re.fullmatch(r"-?\d+", value.strip()):
            raise CFError(422, f"{name} must be an integer")
        return int(value)
    if name in _NUMBER_FIELDS:
        return _number(name, value)
    return value


def _number(name: str, value: str) -> int | float:
    """A finite number from its form string (integers stay integers)."""
    text = value.strip()
    if re.fullmatch(r"-?\d+", text):
        return int(text)
    try:
        number = float(text)
    except ValueError:
        raise CFError(422, f"{name} must be a number") from None
    if number != number or number in (float("inf"), float("-inf")):  # NaN, Infinity
        raise CFError(422, f"{name} must be a number")
    return number


def _option(name: str, value: Any) -> Any:
    """One ``job[options][<name>]`` value: typed for the known keys (422 otherwise)."""
    kind = _OPTION_TYPES.get(name)
    if kind is None or not isinstance(value, str):
        if kind is not None:
            raise CFError(422, f"options[{name}] must be a single value")
        return _guess(value)
    text = value.strip().lower()
    if kind == "bool":
        if text not in ("true", "false", "1", "0"):
            raise CFError(422, f"options[{name}] must be true or false")
        return text in ("true", "1")
    if kind == "int":
        if not re.fullmatch(r"-?\d+", text):
            raise CFError(422, f"options[{name}] must be an integer")
        return int(text)
    return value


def _guess(value: Any) -> Any:
    """Option values: integers and booleans from their form strings."""
    if isinstance(value, str) and re.fullmatch(r"-?\d+", value):
        return int(value)
    if isinstance(value, str) and value in ("true", "false"):
        return value == "true"
    return value


def _int(value: Any) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        raise CFError(404, "Not found") from None


def endpoint(cf: CrowdFlowerState, handler: Handler) -> Callable[[Request], Awaitable[Response]]:
    """Wrap ``handler`` with the key check, form parsing and error rendering."""

    async def run(request: Request) -> Response:
        key = request.query_params.get("key")
        account = cf.accounts.get(key or "")
        if account is None:
            message = "No API key given" if not key else "Invalid API key"
            return JSONResponse({"error": {"message": message}}, status_code=401)
        body = await request.body()
        ctype = request.headers.get("content-type", "")
        form: dict[str, Any] = {}
        items = list(request.query_params.multi_items())
        if ctype.startswith("application/x-www-form-urlencoded"):
            items += parse_qsl(body.decode("utf-8", "replace"), keep_blank_values=True)
        form = parse_brackets([(k, v) for k, v in items if k != "key"])
        ctx = Ctx(request, cf, account, form, body)
        try:
            with cf.lock:
                result = handler(ctx)
        except CFError as exc:
            return JSONResponse({"error": {"message": exc.message}}, status_code=exc.status)
        except Exception:  # an emulator bug: log it, answer a JSON 500, never crash
            logger.exception("CrowdFlower emulator failed on %s %s", request.method,
                             request.url.path)
            return JSONResponse({"error": {"message": "Internal server error"}}, status_code=500)
        return result if isinstance(result, Response) else JSONResponse(result)

    return run


def _message(kind: str, text: str, status: int = 200) -> JSONResponse:
    return JSONResponse({kind: {"message": text}}, status_code=status)


def _page(ctx: Ctx, default_limit: int, max_limit: int) -> tuple[int, int]:
    try:
        page = max(1, int(ctx.query("page") or 1))
        limit = max(1, min(max_limit, int(ctx.query("limit") or default_limit)))
    except ValueError:
        raise CFError(422, "page and limit must be integers") from None
    return (page - 1) * limit, limit


# ----- jobs --------------------------------------------------------------------------------


def _public(job: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in job.items() if not k.startswith("_")}


def _job_counts(cf: CrowdFlowerState, job: dict[str, Any]) -> None:
    units = [u for u in cf.units.values() if u["job_id"] == job["id"]]
    judgments = [j for j in cf.judgments.values() if j["job_id"] == job["id"]]
    job["units_count"] = len(units)
    job["golds_count"] = sum(1 for u in units if u.get("_golden"))
    job["judgments_count"] = len(judgments)
    job["gold"] = {} if not job["golds_count"] else {"golden": job["golds_count"]}


def _new_job(ctx: Ctx, attrs: Any) -> dict[str, Any]:
    now = _now()
    job: dict[str, Any] = {
        "id": ctx.cf.next_id("job"), "title": None, "alias": None, "instructions": None,
        "cml": None, "js": None, "css": None, "state": "unordered", "completed": False,
        "completed_at": None, "created_at": now, "updated_at": now, "crowd_costs": 0.0,
        "gold": {}, "gold_per_assignment": 0, "golds_count": 0, "judgments_count": 0,
        "units_count": 0, "auto_order": False, "auto_order_threshold": 0,
        "auto_order_timeout": None, "confidence_fields": [], "excluded_countries": None,
        "fields": {}, "included_countries": [], "judgments_per_unit": 3,
        "max_judgments_per_unit": None, "min_unit_confidence": None,
        "minimum_requirements": None, "options": {}, "payment_cents": 10,
        "support_email": None, "units_per_assignment": 5, "units_remain_finalized": False,
        "variable_judgments_mode": "none", "webhook_uri": None, "send_judgments_webhook": False,
        "secret": secrets.token_hex(8), "_account": ctx.account.id,
    }
    _apply_job_attrs(job, attrs)
    ctx.cf.jobs[job["id"]] = job
    ctx.cf.channels[job["id"]] = ["on_demand"]
    ctx.cf.tags[job["id"]] = []
    return job


def _apply_job_attrs(job: dict[str, Any], attrs: Any) -> None:
    if attrs is None or attrs == "":
        return
    if not isinstance(attrs, dict):
        raise CFError(422, "job attributes must be sent as job[<attr>] fields")
    unknown = sorted(set(attrs) - JOB_WRITABLE)
    if unknown:
        raise CFError(422, f"Unknown or read-only job attributes: {', '.join(unknown)}")
    title = attrs.get("title")
    if title is not None and not 5 <= len(title) <= 255:
        raise CFError(422, "Title must be between 5 and 255 characters")
    for name, value in attrs.items():
        if name == "without_data":
            continue
        if name in _LIST_FIELDS and not isinstance(value, list):
            raise CFError(422, f"{name} must be a list: send job[{name}][]=... fields")
        if name in _DICT_FIELDS and not isinstance(value, dict):
            raise CFError(422, f"{name} must be an object: send job[{name}][<key>]=... fields")
        if name not in _LIST_FIELDS | _DICT_FIELDS and not isinstance(value, str):
            raise CFError(422, f"{name} must be a single value: send job[{name}]=...")
        value = _coerce(name, value)
        if isinstance(value, dict) and isinstance(job.get(name), dict):
            value = {**job[name], **value}
        job[name] = value
    job["updated_at"] = _now()


def list_jobs(ctx: Ctx) -> Any:
    start, limit = _page(ctx, JOBS_PAGE, 100)
    mine = [j for j in ctx.cf.jobs.values() if j["_account"] == ctx.account.id]
    for job in mine:
        _job_counts(ctx.cf, job)
    return [_public(j) for j in mine[start:start + limit]]


def create_job(ctx: Ctx) -> Any:
    return _public(_new_job(ctx, ctx.form.get("job")))


def get_job(ctx: Ctx) -> Any:
    job = ctx.job()
    _job_counts(ctx.cf, job)
    return _public(job)


def update_job(ctx: Ctx) -> Any:
    job = ctx.job()
    _apply_job_attrs(job, ctx.form.get("job"))
    _job_counts(ctx.cf, job)
    return _public(job)


def delete_job(ctx: Ctx) -> Any:
    job = ctx.job()
    cf = ctx.cf
    for table in (cf.units, cf.judgments, cf.orders):
        for rid in [i for i, r in table.items() if r["job_id"] == job["id"]]:
            del table[rid]
    del cf.jobs[job["id"]]
    return _message("success", "Job deleted")


def _rows_from_upload(ctx: Ctx) -> list[dict[str, Any]]:
    ctype = ctx.request.headers.get("content-type", "").split(";")[0].strip().lower()
    text = ctx.body.decode("utf-8-sig")
    if ctype == "application/json":
        rows: list[dict[str, Any]] = []
        for n, line in enumerate(text.splitlines(), 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except ValueError:
                raise CFError(422, f"Line {n} is not valid JSON") from None
            if not isinstance(row, dict):
                raise CFError(422, f"Line {n} is not a JSON object")
            rows.append(row)
        if rows:  # the first object defines the columns
            columns = list(rows[0])
            rows = [{c: r[c] for c in columns if c in r} for r in rows]
        return rows
    if ctype in ("text/csv", "text/plain", "application/csv"):
        return [dict(r) for r in csv.DictReader(io.StringIO(text))]
    raise CFError(422, f"Unsupported upload type {ctype or '(none)'}")


def _add_units(ctx: Ctx, job: dict[str, Any], rows: list[dict[str, Any]], force: bool) -> None:
    existing = [u for u in ctx.cf.units.values() if u["job_id"] == job["id"]]
    if existing and rows and not force:
        known = set(existing[0]["data"])
        if set(rows[0]) != known:
            raise CFError(422, "The columns of the upload do not match the job's existing data;"
                               " use force=true to add them anyway")
    for row in rows:
        _new_unit(ctx.cf, job, row, golden=bool(row.get("_golden") in (True, "true", "TRUE")))


def _upload(ctx: Ctx, job: dict[str, Any] | None) -> Any:
    feed = ctx.form.get("job")
    if isinstance(feed, dict) and feed.get("uri"):
        job = job or _new_job(ctx, {})
        job["uri"] = feed["uri"]
        return _public(job)
    rows = _rows_from_upload(ctx)
    if not rows:
        raise CFError(422, "The upload contains no rows")
    job = job or _new_job(ctx, {})
    _add_units(ctx, job, rows, force=_coerce("force", ctx.query("force") or "false"))
    _job_counts(ctx.cf, job)
    return _public(job)


def create_job_from_upload(ctx: Ctx) -> Any:
    return _upload(ctx, None)


def upload_job_units(ctx: Ctx) -> Any:
    return _upload(ctx, ctx.job())


def copy_job(ctx: Ctx) -> Any:
    job = ctx.job()
    attrs = {k: v for k, v in job.items() if k in JOB_WRITABLE and k not in ("alias", "uri")}
    copy = _new_job(ctx, {})
    copy.update(attrs)
    copy["copied_from"] = job["id"]
    all_units = _coerce("all_units", ctx.query("all_units") or "false")
    gold = _coerce("gold", ctx.query("gold") or "false")
    if all_units or gold:
        for unit in [u for u in ctx.cf.units.values() if u["job_id"] == job["id"]]:
            if all_units or unit.get("_golden"):
                _new_unit(ctx.cf, copy, dict(unit["data"]), golden=bool(unit.get("_golden")))
    _job_counts(ctx.cf, copy)
    return _public(copy)


_TRANSITIONS = {
    "pause": ({"running", "paused"}, "paused"),
    "resume": ({"paused", "running"}, "running"),
    "cancel": ({"unordered", "running", "paused", "canceled"}, "canceled"),
}


def _transition(action: str) -> Handler:
    def handle(ctx: Ctx) -> Any:
        job = ctx.job()
        allowed, target = _TRANSITIONS[action]
        if job["state"] not in allowed:
            raise CFError(422, f"Cannot {action} a job that is {job['state']}")
        if action == "cancel" and job["state"] != "canceled":
            _refund(ctx, job)
        job["state"] = target
        job["updated_at"] = _now()
        _job_counts(ctx.cf, job)
        return _public(job)

    return handle


def _refund(ctx: Ctx, job: dict[str, Any]) -> None:
    """Give back the cost of the judgments not yet received."""
    per_judgment = float(job["payment_cents"] or 0) / 100
    due = 0
    for unit in ctx.cf.units.values():
        if unit["job_id"] == job["id"] and unit.get("_ordered"):
            due += max(0, job["judgments_per_unit"] - _judgment_count(ctx.cf, unit["id"]))
    refund = round(due * per_judgment, 2)
    ctx.account.balance = round(ctx.account.balance + refund, 2)
    job["crowd_costs"] = round(max(0.0, job["crowd_costs"] - refund), 2)


def job_status(ctx: Ctx) -> Any:
    job = ctx.job()
    units = [u for u in ctx.cf.units.values() if u["job_id"] == job["id"]]
    judgments = [j for j in ctx.cf.judgments.values() if j["job_id"] == job["id"]]
    done = [u for u in units if u["state"] == "finalized"]
    ordered = [u for u in units if u.get("_ordered")]
    needed = sum(max(0, job["judgments_per_unit"] - _judgment_count(ctx.cf, u["id"]))
                 for u in ordered)
    return {
        "golden_units": sum(1 for u in units if u.get("_golden")), "all_units": len(units),
        "ordered_units": len(ordered), "completed_units_estimate": len(done),
        "needed_judgments": needed, "all_judgments": len(judgments),
        "tainted_judgments": sum(1 for j in judgments if j.get("tainted")),
        "completed_gold_estimate": sum(1 for u in done if u.get("_golden")),
        "completed_non_gold_estimate": sum(1 for u in done if not u.get("_golden")),
    }


def job_legend(ctx: Ctx) -> Any:
    job = ctx.job()
    names = re.findall(r'name="([^"]+)"', job.get("cml") or "")
    return {name: name for name in names}


# ----- channels, tags, gold ----------------------------------------------------------------


def _channels_result(ctx: Ctx, job: dict[str, Any]) -> Any:
    return {"enabled_channels": list(ctx.cf.channels[job["id"]]),
            "available_channels": list(AVAILABLE_CHANNELS)}


def list_channels(ctx: Ctx) -> Any:
    return _channels_result(ctx, ctx.job())


def enable_channels(ctx: Ctx) -> Any:
    job = ctx.job()
    wanted = ctx.form.get("channels")
    names = wanted if isinstance(wanted, list) else [wanted] if isinstance(wanted, str) else []
    unknown = [n for n in names if n not in AVAILABLE_CHANNELS]
    if not names or unknown:
        raise CFError(422, f"Unknown channels: {', '.join(unknown)}" if unknown
                      else "No channels given")
    enabled = ctx.cf.channels[job["id"]]
    enabled.extend(n for n in names if n not in enabled)
    return _channels_result(ctx, job)


def disable_channel(ctx: Ctx) -> Any:
    job = ctx.job()
    name = ctx.form.get("channel_name")
    enabled = ctx.cf.channels[job["id"]]
    if name not in enabled:
        raise CFError(422, f"Channel {name} is not enabled")
    enabled.remove(name)
    return _channels_result(ctx, job)


def _tag_names(ctx: Ctx) -> list[str]:
    raw = ctx.form.get("tags")
    values = raw if isinstance(raw, list) else [raw] if isinstance(raw, str) else []
    return [t.strip() for v in values for t in v.split(",") if t.strip()]


def list_tags(ctx: Ctx) -> Any:
    return [{"name": t} for t in ctx.cf.tags[ctx.job()["id"]]]


def add_tags(ctx: Ctx) -> Any:
    tags = ctx.cf.tags[ctx.job()["id"]]
    tags.extend(t for t in _tag_names(ctx) if t not in tags)
    return _message("success", "Tags added")


def replace_tags(ctx: Ctx) -> Any:
    ctx.cf.tags[ctx.job()["id"]] = list(dict.fromkeys(_tag_names(ctx)))
    return _message("success", "Tags replaced")


def remove_tags(ctx: Ctx) -> Any:
    job = ctx.job()
    gone = set(_tag_names(ctx))
    ctx.cf.tags[job["id"]] = [t for t in ctx.cf.tags[job["id"]] if t not in gone]
    return _message("success", "Tags removed")


def convert_gold(ctx: Ctx) -> Any:
    job = ctx.job()
    count = 0
    for unit in ctx.cf.units.values():
        if unit["job_id"] == job["id"] and unit.get("_golden") and unit["state"] != "golden":
            unit["state"] = "golden"
            count += 1
    return _message("success", f"{count} test questions converted")


def fire_gold_webhooks(ctx: Ctx) -> Any:
    ctx.job()
    return _message("success", "Webhooks queued")


# ----- reports -----------------------------------------------------------------------------

REPORT_TYPES = ("full", "aggregated", "json", "gold_report", "workset", "source")


def download_report(ctx: Ctx) -> Any:
    job = ctx.job()
    kind = ctx.query("type") or ("full" if ctx.query("full", "true") == "true" else "aggregated")
    if kind not in REPORT_TYPES:
        raise CFError(422, f"Unknown report type {kind}")
    seen = ctx.cf.report_polls_seen.get((job["id"], kind), 0)
    if seen < ctx.cf.report_polls:
        ctx.cf.report_polls_seen[(job["id"], kind)] = seen + 1
        return _message("notice", "Your CSV is being generated.  Try again in 10 seconds.", 202)
    name, content = _report_file(ctx.cf, job, kind)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(name, content)
    return Response(buffer.getvalue(), media_type="application/zip", headers={
        "Content-Disposition": f'attachment; filename="{job["id"]}.zip"'})


def regenerate_report(ctx: Ctx) -> Any:
    job = ctx.job()
    kind = ctx.query("type") or "full"
    ctx.cf.report_polls_seen.pop((job["id"], kind), None)
    return PlainTextResponse("OK")


def _report_file(cf: CrowdFlowerState, job: dict[str, Any], kind: str) -> tuple[str, str]:
    units = [u for u in cf.units.values() if u["job_id"] == job["id"]]
    if kind == "json":
        lines = [json.dumps(_unit_json(cf, u)) for u in units]
        return f"job_{job['id']}.json", "\n".join(lines) + ("\n" if lines else "")
    rows: list[dict[str, Any]] = []
    if kind in ("full", "workset"):
        for j in cf.judgments.values():
            if j["job_id"] == job["id"]:
                rows.append({"_unit_id": j["unit_id"], "_id": j["id"],
                             "_worker_id": j["worker_id"], "_golden": j.get("golden", False),
                             "_tainted": j.get("tainted", False), "_trust": j.get("trust"),
                             "_created_at": j["created_at"],
                             **cf.units[j["unit_id"]]["data"], **(j.get("data") or {})})
    else:
        for unit in units:
            if kind == "gold_report" and not unit.get("_golden"):
                continue
            row: dict[str, Any] = {"_unit_id": unit["id"], "_golden": bool(unit.get("_golden")),
                                   "_unit_state": unit["state"],
                                   "_trusted_judgments": _judgment_count(cf, unit["id"])}
            row.update(unit["data"])
            if kind == "aggregated":
                for fname, result in _field_results(cf, unit["id"]).items():
                    row[fname] = result["agg"]
                    row[f"{fname}:confidence"] = result["confidence"]
            rows.append(row)
    columns = list(dict.fromkeys(k for r in rows for k in r))
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=columns)
    writer.writeheader()
    writer.writerows(rows)
    return f"f{job['id']}.csv" if kind == "full" else f"a{job['id']}.csv", out.getvalue()


# ----- orders ------------------------------------------------------------------------------


def create_order(ctx: Ctx) -> Any:
    job = ctx.job()
    debit = ctx.form.get("debit")
    if not isinstance(debit, dict) or "units_count" not in debit:
        raise CFError(422, "debit[units_count] is required")
    count = _coerce("units_count", debit["units_count"])
    if not isinstance(count, int) or count < 1:
        raise CFError(422, "debit[units_count] must be a positive integer")
    channels = ctx.form.get("channels") or ["on_demand"]
    channels = channels if isinstance(channels, list) else [channels]
    unknown = [str(c) for c in channels if c not in AVAILABLE_CHANNELS]
    if unknown:
        raise CFError(422, f"Unknown channels: {', '.join(unknown)}")
    if job["state"] in ("canceled", "finished"):
        raise CFError(422, f"Cannot order a job that is {job['state']}")
    pending = [u for u in ctx.cf.units.values()
               if u["job_id"] == job["id"] and not u.get("_ordered") and not u.get("_golden")
               and u["state"] != "canceled"]
    if count > len(pending):
        raise CFError(422, f"Only {len(pending)} units are available to order")
    cost = round(count * job["judgments_per_unit"] * float(job["payment_cents"] or 0) / 100, 2)
    if cost > ctx.account.balance:
        raise CFError(402, f"You have ${ctx.account.balance:.2f} available but this order will"
                           f" cost ${cost:.2f}. Please add funds to your account.")
    ctx.account.balance = round(ctx.account.balance - cost, 2)
    job["crowd_costs"] = round(job["crowd_costs"] + cost, 2)
    for unit in pending[:count]:
        unit["_ordered"] = True
        unit["state"] = "judgable"
    enabled = ctx.cf.channels[job["id"]]
    enabled.extend(c for c in channels if c not in enabled)
    job["state"] = "running"
    now = _now()
    order = {"id": ctx.cf.next_id("order"), "job_id": job["id"], "user_id": ctx.account.id,
             "type": "Debit", "meta": {"units_count": count, "channels": channels, "cost": cost},
             "created_at": now, "updated_at": now}
    ctx.cf.orders[order["id"]] = order
    return {**order, "success": {"message": "Your job is now collecting judgments!"}}


def get_order(ctx: Ctx) -> Any:
    job = ctx.job()
    order = ctx.cf.orders.get(_int(ctx.path("order_id")))
    if order is None or order["job_id"] != job["id"]:
        raise CFError(404, "Order not found")
    return order


# ----- units -------------------------------------------------------------------------------


def _new_unit(cf: CrowdFlowerState, job: dict[str, Any], data: dict[str, Any],
              golden: bool = False) -> dict[str, Any]:
    now = _now()
    unit = {"id": cf.next_id("unit"), "job_id": job["id"], "data": data,
            "state": "golden" if golden else "new", "agreement": None, "difficulty": 0,
            "missed_count": 0, "judgments_count": 0, "created_at": now, "updated_at": now,
            "_golden": golden}
    if job.get("auto_order") and not golden and job["state"] in ("running", "unordered"):
        unit["_ordered"] = True
        unit["state"] = "judgable"
    cf.units[unit["id"]] = unit
    return unit


def _judgment_count(cf: CrowdFlowerState, unit_id: int) -> int:
    return sum(1 for j in cf.judgments.values() if j["unit_id"] == unit_id)


def _field_results(cf: CrowdFlowerState, unit_id: int) -> dict[str, dict[str, Any]]:
    """Per judged field: the most common answer (``agg``), its share, all answers (``res``)."""
    answers: dict[str, list[Any]] = {}
    for j in cf.judgments.values():
        if j["unit_id"] == unit_id and not j.get("tainted"):
            for name, value in (j.get("data") or {}).items():
                answers.setdefault(name, []).append(value)
    results = {}
    for name, values in answers.items():
        counts = Counter(json.dumps(v, sort_keys=True) for v in values)
        best, hits = counts.most_common(1)[0]
        results[name] = {"agg": json.loads(best), "confidence": round(hits / len(values), 4),
                         "res": values}
    return results


def _unit_json(cf: CrowdFlowerState, unit: dict[str, Any]) -> dict[str, Any]:
    out = _public(unit)
    out["judgments_count"] = _judgment_count(cf, unit["id"])
    if out["judgments_count"]:
        fields = _field_results(cf, unit["id"])
        out["results"] = {
            "judgments": [_public(j) for j in cf.judgments.values() if j["unit_id"] == unit["id"]],
            **{k: {"agg": v["agg"], "confidence": v["confidence"]} for k, v in fields.items()},
        }
        out["agreement"] = min((v["confidence"] for v in fields.values()), default=None)
    return out


def list_units(ctx: Ctx) -> Any:
    job = ctx.job()
    start, limit = _page(ctx, UNITS_PAGE, 1000)
    units = [u for u in ctx.cf.units.values() if u["job_id"] == job["id"]]
    return {str(u["id"]): u["data"] for u in units[start:start + limit]}


def _unit_form(ctx: Ctx) -> dict[str, Any]:
    unit = ctx.form.get("unit")
    if not isinstance(unit, dict):
        raise CFError(422, "unit[...] fields are required")
    return _unit_fields(unit)


def _unit_fields(unit: dict[str, Any]) -> dict[str, Any]:
    """``unit[...]`` fields checked: ``unit[data]`` as a JSON object string (Ruby gem) or as
    ``unit[data][<column>]`` fields, every other attribute a single value (422 otherwise)."""
    data = unit.get("data")
    if isinstance(data, str):
        try:
            data = json.loads(data)
        except ValueError:
            raise CFError(422, "unit[data] is not valid JSON") from None
        if not isinstance(data, dict):
            raise CFError(422, "unit[data] must be a JSON object")
        unit = {**unit, "data": data}
    return _single_values(unit, "unit")


def _single_values(form: dict[str, Any], root: str,
                   objects: frozenset[str] = frozenset({"data"})) -> dict[str, Any]:
    """The ``<root>[<attr>]`` fields of a form: one value each, an object only for ``objects``."""
    for name, value in form.items():
        if name in objects:
            if not isinstance(value, dict):
                raise CFError(422, f"{root}[{name}] must be sent as {root}[{name}][<key>] fields")
        elif not isinstance(value, str):
            raise CFError(422, f"{root}[{name}] must be a single value")
    return form


def create_unit(ctx: Ctx) -> Any:
    job = ctx.job()
    form = _unit_form(ctx)
    if not isinstance(form.get("data"), dict):
        raise CFError(422, "unit[data] is required")
    golden = bool(_coerce("golden", form.get("golden", "false")))
    return _unit_json(ctx.cf, _new_unit(ctx.cf, job, form["data"], golden))


def get_unit(ctx: Ctx) -> Any:
    return _unit_json(ctx.cf, ctx.unit(ctx.job()))


def update_unit(ctx: Ctx) -> Any:
    unit = ctx.unit(ctx.job())
    form = _unit_form(ctx)
    for name in ("data", "state", "agreement", "difficulty", "missed_count"):
        if name in form:
            value = _coerce(name, form[name])
            unit[name] = {**unit["data"], **value} if name == "data" else value
    if "golden" in form:
        unit["_golden"] = bool(_coerce("golden", form["golden"]))
        unit["state"] = "golden" if unit["_golden"] else "new"
    if "job_id" in form:
        target = ctx.cf.jobs.get(_int(form["job_id"]))
        if target is None or target["_account"] != ctx.account.id:
            raise CFError(422, "No such target job")
        unit["job_id"] = target["id"]
    unit["updated_at"] = _now()
    return _unit_json(ctx.cf, unit)


def delete_unit(ctx: Ctx) -> Any:
    unit = ctx.unit(ctx.job())
    del ctx.cf.units[unit["id"]]
    return _message("success", "Unit deleted")


def cancel_unit(ctx: Ctx) -> Any:
    unit = ctx.unit(ctx.job())
    unit["state"] = "canceled"
    return _message("success", "Unit canceled")


def units_status(ctx: Ctx) -> Any:
    job = ctx.job()
    counts = Counter(u["state"] for u in ctx.cf.units.values() if u["job_id"] == job["id"])
    return {"count": sum(counts.values()), **counts}


def unit_judgments(ctx: Ctx) -> Any:
    unit = ctx.unit(ctx.job())
    return [_public(j) for j in ctx.cf.judgments.values() if j["unit_id"] == unit["id"]]


def copy_unit(ctx: Ctx) -> Any:
    unit = ctx.unit(ctx.job())
    found = ctx.form.get("unit")
    form: dict[str, Any] = _unit_fields(found) if isinstance(found, dict) else {}
    target_id = form.get("job_id", unit["job_id"])
    target = ctx.cf.jobs.get(_int(target_id))
    if target is None or target["_account"] != ctx.account.id:
        raise CFError(404, "Target job not found")
    data = {**unit["data"], **(form.get("data") or {})}
    return _unit_json(ctx.cf, _new_unit(ctx.cf, target, data, bool(unit.get("_golden"))))


def split_units(ctx: Ctx) -> Any:
    job = ctx.job()
    column = ctx.query("on")
    separator = ctx.query("with") or " "
    if not column:
        raise CFError(422, "on is required")
    created = 0
    for unit in [u for u in ctx.cf.units.values() if u["job_id"] == job["id"]]:
        value = unit["data"].get(column)
        if not isinstance(value, str) or separator not in value:
            continue
        parts = [p for p in value.split(separator) if p]
        unit["data"] = {**unit["data"], column: parts[0]}
        for part in parts[1:]:
            _new_unit(ctx.cf, job, {**unit["data"], column: part}, bool(unit.get("_golden")))
            created += 1
    return _message("success", f"{created} units created")


def more_judgments(ctx: Ctx) -> Any:
    unit = ctx.unit(ctx.job())
    extra = _coerce("nb_judgments", ctx.form.get("nb_judgments", "1"))
    if not isinstance(extra, int) or extra < 1:
        raise CFError(422, "nb_judgments must be a positive integer")
    unit["_extra_judgments"] = unit.get("_extra_judgments", 0) + extra
    if unit["state"] == "finalized":
        unit["state"] = "judgable"
    return _message("success", f"{extra} more judgments requested")


# ----- judgments ---------------------------------------------------------------------------


def _aggregate(cf: CrowdFlowerState, unit: dict[str, Any]) -> dict[str, Any]:
    judged = [j for j in cf.judgments.values() if j["unit_id"] == unit["id"]]
    fields = _field_results(cf, unit["id"])
    out: dict[str, Any] = {
        "_agreement": min((v["confidence"] for v in fields.values()), default=None),
        "_ids": [j["id"] for j in judged], "_state": unit["state"],
        "_updated_at": max((j["created_at"] for j in judged), default=unit["updated_at"]),
    }
    for name, result in fields.items():
        out[name] = {"agg": result["agg"], "res": result["res"]}
    return out


def list_judgments(ctx: Ctx) -> Any:
    job = ctx.job()
    start, limit = _page(ctx, JUDGMENTS_PAGE, 100)
    judged_ids = dict.fromkeys(j["unit_id"] for j in ctx.cf.judgments.values()
                               if j["job_id"] == job["id"])
    units = [ctx.cf.units[uid] for uid in judged_ids if uid in ctx.cf.units]
    return {str(u["id"]): _aggregate(ctx.cf, u) for u in units[start:start + limit]}


def _judgment(ctx: Ctx, job: dict[str, Any]) -> dict[str, Any]:
    found = ctx.cf.judgments.get(_int(ctx.path("judgment_id")))
    if found is None or found["job_id"] != job["id"]:
        raise CFError(404, "Judgment not found")
    return found


def get_judgment(ctx: Ctx) -> Any:
    return _public(_judgment(ctx, ctx.job()))


_JUDGMENT_RW = ("webhook_sent_at", "reviewed", "missed", "tainted", "country", "region", "city",
                "golden", "unit_state", "data")


def _judgment_form(ctx: Ctx) -> dict[str, Any]:
    form = ctx.form.get("judgment")
    if not isinstance(form, dict):
        raise CFError(422, "judgment[...] fields are required")
    return {k: _coerce(k, v) for k, v in _single_values(form, "judgment").items()}


def create_judgment(ctx: Ctx) -> Any:
    job = ctx.job()
    form = _judgment_form(ctx)
    unit = ctx.cf.units.get(_int(form.get("unit_id")))
    if unit is None or unit["job_id"] != job["id"]:
        raise CFError(422, "judgment[unit_id] must name a unit of this job")
    worker = form.get("worker_id")
    if not isinstance(worker, int):
        raise CFError(422, "judgment[worker_id] is required")
    if _worker(ctx.cf, job, worker).get("rejected") or _is_flagged(ctx, job, worker):
        raise CFError(422, "This worker may not work on this job")
    now = _now()
    record: dict[str, Any] = {
        "id": ctx.cf.next_id("judgment"), "job_id": job["id"], "unit_id": unit["id"],
        "worker_id": worker, "contributor_id": worker, "data": {}, "unit_data": unit["data"],
        "judgment": _judgment_count(ctx.cf, unit["id"]) + 1, "trust": 1.0, "worker_trust": 1.0,
        "golden": bool(unit.get("_golden")), "tainted": False, "missed": False,
        "reviewed": False, "rejected": False, "external_type": "emulator", "ip": "127.0.0.1",
        "country": None, "region": None, "city": None, "started_at": now, "created_at": now,
        "webhook_sent_at": None, "unit_state": unit["state"],
    }
    record.update({k: form[k] for k in _JUDGMENT_RW if k in form})
    ctx.cf.judgments[record["id"]] = record
    _settle(ctx.cf, job, unit)
    return _public(record)


def _settle(cf: CrowdFlowerState, job: dict[str, Any], unit: dict[str, Any]) -> None:
    """Finalize a unit with enough judgments; finish a running job whose units are all done."""
    wanted = job["judgments_per_unit"] + unit.get("_extra_judgments", 0)
    if unit.get("_ordered") and _judgment_count(cf, unit["id"]) >= wanted:
        unit["state"] = "finalized"
    ordered = [u for u in cf.units.values() if u["job_id"] == job["id"] and u.get("_ordered")]
    if job["state"] == "running" and ordered and all(u["state"] in ("finalized", "canceled")
                                                     for u in ordered):
        job["state"] = "finished"
        job["completed"] = True
        job["completed_at"] = _now()


def update_judgment(ctx: Ctx) -> Any:
    record = _judgment(ctx, ctx.job())
    form = _judgment_form(ctx)
    for name in _JUDGMENT_RW:
        if name in form:
            record[name] = {**record["data"], **form[name]} if name == "data" else form[name]
    return _public(record)


def delete_judgment(ctx: Ctx) -> Any:
    record = _judgment(ctx, ctx.job())
    del ctx.cf.judgments[record["id"]]
    return _message("success", "Judgment deleted")


# ----- workers -----------------------------------------------------------------------------


def _worker(cf: CrowdFlowerState, job: dict[str, Any], worker_id: int) -> dict[str, Any]:
    return cf.workers.setdefault((job["id"], worker_id), {
        "flagged": None, "rejected": False, "bonuses": [], "messages": []})


def _is_flagged(ctx: Ctx, job: dict[str, Any], worker_id: int) -> bool:
    everywhere = ctx.cf.flagged_everywhere.get(ctx.account.id, {})
    return bool(_worker(ctx.cf, job, worker_id)["flagged"]) or worker_id in everywhere


def _worker_ctx(ctx: Ctx) -> tuple[dict[str, Any], int, dict[str, Any]]:
    job = ctx.job()
    worker_id = _int(ctx.path("worker_id"))
    return job, worker_id, _worker(ctx.cf, job, worker_id)


def bonus_worker(ctx: Ctx) -> Any:
    _, worker_id, record = _worker_ctx(ctx)
    amount = _coerce("amount", ctx.form.get("amount", ""))
    if not isinstance(amount, int) or amount <= 0:
        raise CFError(422, "amount (in cents) must be a positive integer")
    dollars = amount / 100
    if dollars > ctx.account.balance:
        raise CFError(402, f"You have ${ctx.account.balance:.2f} available but this bonus will"
                           f" cost ${dollars:.2f}.")
    ctx.account.balance = round(ctx.account.balance - dollars, 2)
    record["bonuses"].append({"amount": amount, "reason": ctx.form.get("reason")})
    return _message("success", f"Worker {worker_id} was paid a bonus of {amount} cents")


def notify_worker(ctx: Ctx) -> Any:
    _, worker_id, record = _worker_ctx(ctx)
    message = ctx.form.get("message")
    if not message:
        raise CFError(422, "message is required")
    record["messages"].append(message)
    return _message("success", f"Notification sent to worker {worker_id}")


def _flag(ctx: Ctx, reason: Any, persist: bool) -> Any:
    _, worker_id, record = _worker_ctx(ctx)
    if not reason:
        raise CFError(422, "a flag reason is required")
    record["flagged"] = str(reason)
    if persist:
        ctx.cf.flagged_everywhere.setdefault(ctx.account.id, {})[worker_id] = str(reason)
    return _message("success", f"Worker {worker_id} flagged")


def _deflag(ctx: Ctx, reason: Any) -> Any:
    _, worker_id, record = _worker_ctx(ctx)
    record["flagged"] = None
    ctx.cf.flagged_everywhere.get(ctx.account.id, {}).pop(worker_id, None)
    return _message("success", f"Worker {worker_id} deflagged")


def update_worker(ctx: Ctx) -> Any:
    if "flag" in ctx.form:
        return _flag(ctx, ctx.form["flag"], bool(_coerce("persist", ctx.form.get("persist", ""))))
    if "deflag" in ctx.form or "unflag" in ctx.form:
        return _deflag(ctx, ctx.form.get("deflag", ctx.form.get("unflag")))
    raise CFError(422, "send flag=<reason> or deflag=<reason>")


def flag_worker(ctx: Ctx) -> Any:
    return _flag(ctx, ctx.form.get("reason") or ctx.form.get("flag"),
                 bool(_coerce("persist", ctx.form.get("persist", ""))))


def deflag_worker(ctx: Ctx) -> Any:
    return _deflag(ctx, ctx.form.get("reason"))


def reject_worker(ctx: Ctx) -> Any:
    job, worker_id, record = _worker_ctx(ctx)
    record["rejected"] = True
    for jid in [i for i, j in ctx.cf.judgments.items()
                if j["job_id"] == job["id"] and j["worker_id"] == worker_id]:
        unit = ctx.cf.units.get(ctx.cf.judgments[jid]["unit_id"])
        del ctx.cf.judgments[jid]
        if unit is not None and unit["state"] == "finalized":
            unit["state"] = "judgable"
    return _message("success", f"Worker {worker_id} rejected")


# ----- account -----------------------------------------------------------------------------


def get_account(ctx: Ctx) -> Any:
    acct = ctx.account
    return {"id": acct.id, "email": acct.email, "first_name": "Emu", "last_name": "Lator",
            "status": "active", "balance": acct.balance, "api_team_id": None,
            "job_template_id": None}


# ----- the app -----------------------------------------------------------------------------

_ROUTES: list[tuple[str, str, Handler]] = [
    ("GET", "/account.json", get_account),
    ("GET", "/jobs.json", list_jobs),
    ("POST", "/jobs.json", create_job),
    ("POST", "/jobs/upload.json", create_job_from_upload),
    ("PUT", "/jobs/upload.json", create_job_from_upload),
    ("GET", "/jobs/{job_id}.json", get_job),
    ("PUT", "/jobs/{job_id}.json", update_job),
    ("DELETE", "/jobs/{job_id}.json", delete_job),
    ("GET", "/jobs/{job_id}.csv", download_report),
    ("POST", "/jobs/{job_id}/regenerate", regenerate_report),
    ("POST", "/jobs/{job_id}/upload.json", upload_job_units),
    ("PUT", "/jobs/{job_id}/upload.json", upload_job_units),
    ("POST", "/jobs/{job_id}/copy.json", copy_job),
    ("GET", "/jobs/{job_id}/pause.json", _transition("pause")),
    ("GET", "/jobs/{job_id}/resume.json", _transition("resume")),
    ("GET", "/jobs/{job_id}/cancel.json", _transition("cancel")),
    ("GET", "/jobs/{job_id}/ping.json", job_status),
    ("GET", "/jobs/{job_id}/legend.json", job_legend),
    ("GET", "/jobs/{job_id}/channels", list_channels),
    ("PUT", "/jobs/{job_id}/channels", enable_channels),
    ("POST", "/jobs/{job_id}/channels", enable_channels),
    ("POST", "/jobs/{job_id}/disable_channel", disable_channel),
    ("GET", "/jobs/{job_id}/tags", list_tags),
    ("POST", "/jobs/{job_id}/tags", add_tags),
    ("PUT", "/jobs/{job_id}/tags", replace_tags),
    ("DELETE", "/jobs/{job_id}/tags", remove_tags),
    ("PUT", "/jobs/{job_id}/gold", convert_gold),
    ("GET", "/jobs/{job_id}/golds/fire_webhooks", fire_gold_webhooks),
    ("POST", "/jobs/{job_id}/orders.json", create_order),
    ("GET", "/jobs/{job_id}/orders/{order_id}.json", get_order),
    ("GET", "/jobs/{job_id}/units.json", list_units),
    ("POST", "/jobs/{job_id}/units.json", create_unit),
    ("GET", "/jobs/{job_id}/units/ping", units_status),
    ("GET", "/jobs/{job_id}/units/split", split_units),
    ("GET", "/jobs/{job_id}/units/{unit_id}.json", get_unit),
    ("PUT", "/jobs/{job_id}/units/{unit_id}.json", update_unit),
    ("DELETE", "/jobs/{job_id}/units/{unit_id}.json", delete_unit),
    ("POST", "/jobs/{job_id}/units/{unit_id}/cancel.json", cancel_unit),
    ("GET", "/jobs/{job_id}/units/{unit_id}/judgments", unit_judgments),
    ("GET", "/jobs/{job_id}/units/{unit_id}/copy", copy_unit),
    ("POST", "/jobs/{job_id}/units/{unit_id}/request_more_judgments.json", more_judgments),
    ("GET", "/jobs/{job_id}/judgments.json", list_judgments),
    ("POST", "/jobs/{job_id}/judgments", create_judgment),
    ("GET", "/jobs/{job_id}/judgments/{judgment_id}.json", get_judgment),
    ("PUT", "/jobs/{job_id}/judgments/{judgment_id}", update_judgment),
    ("DELETE", "/jobs/{job_id}/judgments/{judgment_id}", delete_judgment),
    ("POST", "/jobs/{job_id}/workers/{worker_id}/bonus.json", bonus_worker),
    ("POST", "/jobs/{job_id}/workers/{worker_id}/notify.json", notify_worker),
    ("PUT", "/jobs/{job_id}/workers/{worker_id}/reject.json", reject_worker),
    ("PUT", "/jobs/{job_id}/workers/{worker_id}/flag", flag_worker),
    ("PUT", "/jobs/{job_id}/workers/{worker_id}/deflag", deflag_worker),
    ("PUT", "/jobs/{job_id}/workers/{worker_id}.json", update_worker),
]


def crowdflower_app(state: EmulatorState) -> ASGIApp:
    """The CrowdFlower routes for one emulator (52 operations of the spec)."""
    cf = crowdflower_state(state)
    grouped: dict[str, dict[str, Handler]] = {}
    for method, path, handler in _ROUTES:
        grouped.setdefault(path, {})[method] = handler
    routes = []
    for path, handlers in grouped.items():
        routes.append(_route(cf, path, handlers))
    return Starlette(routes=routes, exception_handlers={404: no_route, 405: no_route})


async def no_route(request: Request, exc: Exception) -> Response:
    """No route for this path, or not for this method (Starlette's 404 and 405): the API answers
    404 with its JSON message, as for ``.json`` on ``channels`` (everilae), never a 405."""
    return JSONResponse({"error": {"message": NOT_FOUND_MESSAGE}}, status_code=404)


def _route(cf: CrowdFlowerState, path: str, handlers: dict[str, Handler]) -> Route:
    wrapped = {m: endpoint(cf, h) for m, h in handlers.items()}

    async def dispatch(request: Request) -> Response:
        run = wrapped.get(request.method)
        if run is None:  # HEAD of a GET route: Starlette lets it through
            run = wrapped["GET"]
        return await run(request)

    return Route(path, dispatch, methods=list(handlers))
