"""The Talk emulation, mounted at ``/talk``: the data requests of spec/talk, and the comments and
tags they export.

What the real service (zooniverse/talk-api) does, and this emulation with it:

- ``GET /data_requests`` (``list_data_requests``) and ``POST /data_requests``
  (``create_data_request``), answered in the RestPack envelope (``{"data_requests": [...],
  "meta": {"data_requests": {...}}}``, ids and foreign keys as strings), creates with **200**;
- the Panoptes bearer token; an unknown or expired token is no token. Listing needs a signed-in
  user and shows their own requests (a Zooniverse admin's: everyone's); creating needs Talk's
  ``admin`` role of the section, which Panoptes gives a project's owners and collaborators
  (here: whoever may edit the Panoptes project) and Zooniverse admins (here: Panoptes admins);
- errors ``{"error": "..."}``: 401 (Pundit, also when not signed in), 422 (unknown attribute,
  JSON schema), 400 (a second request of the same section and kind by the same user before the
  first expired: ``Validation failed: Kind has already been created``), 405 for an update or
  delete of a data request, 404 ``{"error": "Not found"}`` for every other path (the other Talk
  resources are not emulated);
- the export worker: ``state`` is ``pending``, ``started`` after half the emulator's
  ``export_delay``, ``finished`` after all of it, with ``url`` a download of a ``.tar.gz`` holding
  ``<section>-<kind>_<date>.json``, a JSON array written as the worker writes it (one object per
  comment, with its board and discussion, or per tag, in id order); requests expire after a day;
- repeated slashes are merged (nginx does so in front of Talk): panoptes-client 1.7.1 asks for
  ``//data_requests``.

Comments (and the tags their ``#hashtags`` make, as Talk parses them) are seeded with
:func:`add_comment`, which ``Emulator.add_talk_comment`` calls::

    emu = Emulator(users={"alice": "secret"}).start()
    emu.add_talk_comment(project_id, "Look at this #spiral", user="alice", subject=subject_id)
    httpx.get(emu.talk_url + "/data_requests", params={"section": f"project-{project_id}"},
              headers={"Authorization": "Bearer ..."})
"""

from __future__ import annotations

import io
import itertools
import json
import logging
import math
import re
import tarfile
import threading
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route
from starlette.types import ASGIApp, Receive, Scope, Send

from .store import Actor

if TYPE_CHECKING:
    from .app import EmulatorState

TALK_PREFIX = "/talk"
logger = logging.getLogger("zoo_sdk.emulator.talk")

JSON = dict[str, Any]
JSON_MEDIA = "application/json; charset=utf-8"
#: ``DataRequest.kinds`` in its order (the JSON schema error lists them so).
KINDS = ("tags", "votable_tags", "comments")
#: The columns of ``data_requests``: what the model accepts in a body, and its ``inspect``.
COLUMNS = (("id", "integer"), ("user_id", "integer"), ("section", "string"),
           ("kind", "string"), ("expires_at", "datetime"), ("created_at", "datetime"),
           ("updated_at", "datetime"), ("state", "integer"), ("project_id", "integer"),
           ("url", "string"))
MODEL_INSPECT = "DataRequest(" + ", ".join(f"{n}: {t}" for n, t in COLUMNS) + ")"
#: Filters of ``DataRequestSerializer``: the primary key, the ``user`` foreign key, ``section``
#: (sectioned) and ``kind`` (``project_id`` is taken out by ``TalkSerializer``).
FILTERS = ("id", "user_id", "section", "kind")
DEFAULT_SORT = "-created_at"
PAGE_SIZE = 10  # RestPack's default
MAX_PAGE_SIZE = 100  # Kaminari's max_per_page
LIFETIME = timedelta(days=1)  # DataRequest#set_expiration
#: ``Comment::Tagging::MATCH_TAGS``: a ``#`` word of 3 to 40 word characters or dashes.
HASHTAG = re.compile(r"(?:^|\s)(#([-\w]{3,40}))", re.IGNORECASE)
SECTION_PROJECT = re.compile(r"project-(\d+)")  # Sectioned#set_project_id (not anchored)
SERVER_ERROR_BODY = {"status": 500, "error": "Internal Server Error"}


class TalkError(Exception):
    """An error response: ``{"error": message}`` with ``status``."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


# ----- state --------------------------------------------------------------------------------


@dataclass
class TalkDB:
    """Talk's tables (id → record) and id counters; use only under ``lock``."""

    lock: threading.RLock = field(default_factory=threading.RLock)
    tables: dict[str, dict[int, JSON]] = field(default_factory=lambda: {
        name: {} for name in ("boards", "discussions", "comments", "tags", "data_requests")})
    counters: dict[str, itertools.count[int]] = field(default_factory=lambda: {
        name: itertools.count(1)
        for name in ("boards", "discussions", "comments", "tags", "data_requests")})
    #: Per data request id: (time it is ``started``, time it is ``finished``).
    schedule: dict[int, tuple[float, float]] = field(default_factory=dict)

    def insert(self, table: str, record: JSON) -> JSON:
        record["id"] = next(self.counters[table])
        self.tables[table][record["id"]] = record
        return record


def talk_db(state: EmulatorState) -> TalkDB:
    """The Talk tables of one emulator (created on first use)."""
    with state.lock:
        db: TalkDB | None = state.extras.get("talk")
        if db is None:
            db = state.extras["talk"] = TalkDB()
        return db


def _stamp(when: datetime) -> str:
    """A time as Rails renders it in JSON (milliseconds, ``Z``)."""
    return when.strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"


def _now() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True)
class TalkUser:
    """The Talk user of a bearer token (Talk reads it from the Panoptes database)."""

    id: int
    login: str
    zooniverse_admin: bool


def _user(state: EmulatorState, who: str | int) -> TalkUser:
    store = state.store
    uid = store.logins.get(str(who).lower(), str(who))
    user = store.get("users", uid)
    if user is None:
        raise ValueError(f"no such emulator user: {who!r}")
    return TalkUser(int(user.id), str(user.attrs["login"]), bool(user.attrs.get("admin")))


def add_comment(
    state: EmulatorState,
    project_id: int | str,
    body: str,
    *,
    user: str | int,
    board: str = "Chat",
    discussion: str = "General",
    subject: int | str | None = None,
) -> JSON:
    """Add a comment to a project's Talk (board and discussion made on first use, by title).

    ``user`` is an emulator user (login or id); ``subject`` is the comment's focus. Hashtags in
    ``body`` become tags, as Talk parses them. Returns the comment record.
    """
    author = _user(state, user)
    pid = int(project_id)
    section = f"project-{pid}"
    db = talk_db(state)
    with db.lock:
        stamp = _stamp(_now())
        board_rec = next((b for b in db.tables["boards"].values()
                          if b["section"] == section and b["title"] == board), None)
        if board_rec is None:
            board_rec = db.insert("boards", {"title": board, "section": section,
                                             "description": f"{board} about the project"})
        thread = next((d for d in db.tables["discussions"].values()
                       if d["board_id"] == board_rec["id"] and d["title"] == discussion), None)
        if thread is None:
            thread = db.insert("discussions", {"title": discussion, "board_id": board_rec["id"],
                                               "section": section})
        focus = int(subject) if subject is not None else None
        comment = db.insert("comments", {
            "body": body, "discussion_id": thread["id"], "board_id": board_rec["id"],
            "section": section, "user_id": author.id, "user_login": author.login,
            "focus_id": focus, "focus_type": "Subject" if focus is not None else None,
            "created_at": stamp, "project_id": pid,
        })
        names: list[str] = []
        for _tag, name in HASHTAG.findall(body):
            if name.lower() not in names:
                names.append(name.lower())
        for name in names:
            db.insert("tags", {
                "name": name, "section": section, "created_at": stamp, "user_id": author.id,
                "comment_id": comment["id"], "taggable_id": focus,
                "taggable_type": "Subject" if focus is not None else None,
                "project_id": pid, "user_login": author.login,
            })
        return comment


def expire_data_requests(state: EmulatorState) -> int:
    """Delete every data request now, as the hourly expiry worker does a day after each was made
    (so the same user can ask again); returns how many were deleted."""
    db = talk_db(state)
    with db.lock:
        count = len(db.tables["data_requests"])
        db.tables["data_requests"].clear()
        db.schedule.clear()
        return count


# ----- the export worker --------------------------------------------------------------------


def _ruby_json(value: Any) -> str:
    """``to_json`` as ActiveSupport writes it: compact, UTF-8, with ``<``, ``>``, ``&`` and the
    line/paragraph separators escaped."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    for char, escaped in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"),
                          ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(char, escaped)
    return text


def export_rows(db: TalkDB, section: str, kind: str) -> list[JSON]:
    """The rows the worker of ``kind`` writes for ``section`` (id order, as ``find_each``)."""
    if kind == "comments":  # CommentExportWorker's view over boards, discussions and comments
        rows = []
        for comment in sorted(db.tables["comments"].values(), key=lambda c: c["id"]):
            thread = db.tables["discussions"][comment["discussion_id"]]
            board = db.tables["boards"][thread["board_id"]]
            if board["section"] != section:
                continue
            rows.append({
                "board_id": board["id"], "board_title": board["title"],
                "board_description": board["description"], "discussion_id": thread["id"],
                "discussion_title": thread["title"], "comment_id": comment["id"],
                "comment_body": comment["body"], "comment_focus_id": comment["focus_id"],
                "comment_focus_type": comment["focus_type"],
                "comment_user_id": comment["user_id"],
                "comment_user_login": comment["user_login"],
                "comment_created_at": comment["created_at"],
            })
        return rows
    if kind == "tags":  # TagExportWorker: the tag columns but updated_at
        return [{"id": t["id"], **{k: v for k, v in t.items() if k != "id"}}
                for t in sorted(db.tables["tags"].values(), key=lambda t: t["id"])
                if t["section"] == section]
    return []  # votable tags: this emulation holds none


def export_archive(name: str, rows: list[JSON]) -> bytes:
    """``DataExportWorker``: ``<name>.json`` (a JSON array) in a gzipped tar."""
    data = ("[" + ",".join(_ruby_json(row) for row in rows) + "]\n").encode()
    out = io.BytesIO()
    with tarfile.open(fileobj=out, mode="w:gz") as archive:
        info = tarfile.TarInfo(f"{name}.json")
        info.size, info.mtime, info.mode = len(data), int(time.time()), 0o644
        archive.addfile(info, io.BytesIO(data))
    return out.getvalue()


# ----- the application ----------------------------------------------------------------------


class TalkApp:
    """Handlers of the emulated Talk routes over one emulator's state."""

    def __init__(self, state: EmulatorState) -> None:
        self.state = state
        self.db = talk_db(state)

    def endpoint(self, handler: Callable[[Request, TalkUser | None, Any], Response]) -> Callable[
            [Request], Awaitable[Response]]:
        """Wrap a sync handler: parse the body, run under the lock, map TalkError."""

        async def run(request: Request) -> Response:
            raw = await request.body()
            body: Any = None
            if raw.strip():
                try:
                    body = json.loads(raw)
                except (ValueError, RecursionError):  # Rails' parse error page
                    return _json({"status": 400, "error": "Bad Request"}, 400)
            try:
                with self.db.lock:
                    return handler(request, self.caller(request), body)
            except TalkError as exc:
                if exc.status == 500:  # an exception Talk does not rescue: Rails' error page
                    return _json(SERVER_ERROR_BODY, 500)
                return _json({"error": exc.message}, exc.status)
            except Exception:  # an emulator bug: answer as Rails would, never crash
                logger.exception("Talk emulator failed on %s %s", request.method,
                                 request.url.path)
                return _json(SERVER_ERROR_BODY, 500)

        return run

    def caller(self, request: Request) -> TalkUser | None:
        """``User.from_panoptes``: the user of a live bearer token, else None."""
        match = re.match(r"^Bearer ([\w\-.]+)$", request.headers.get("authorization", ""),
                         re.IGNORECASE)
        token = self.state.auth.lookup(match.group(1)) if match else None
        if token is None or token.user_id is None:
            return None
        try:
            return _user(self.state, token.user_id)
        except ValueError:
            return None

    # -- policy --------------------------------------------------------------------------

    def section_admin(self, user: TalkUser, section: Any) -> bool:
        """``accessible_section?``: a Zooniverse admin, or an admin of the section (Panoptes
        makes a project's owners and collaborators admins of ``project-<id>``)."""
        if user.zooniverse_admin:
            return True
        match = re.fullmatch(r"project-(\d+)", section) if isinstance(section, str) else None
        project = self.state.store.get("projects", match.group(1)) if match else None
        return project is not None and self.state.store.can_edit(
            "projects", project, Actor(str(user.id)))

    # -- the worker ----------------------------------------------------------------------

    def refresh(self, record: JSON) -> None:
        """Advance a request through the worker's states as time passes."""
        if record["state"] not in ("pending", "started"):
            return
        started, finished = self.db.schedule.get(record["id"], (0.0, 0.0))
        now = time.time()
        if now >= finished:
            date = _now().date().isoformat()
            name = f"{record['section']}-{record['kind']}_{date}"
            key = f"talk/data_requests/{record['id']}/{name}.tar.gz"
            archive = export_archive(name, export_rows(self.db, record["section"],
                                                       record["kind"]))
            self.state.blobs.put(key, archive, "application/gzip")
            record.update(state="finished", url=f"{self.state.base_url}/blobs/{key}",
                          updated_at=_stamp(_now()))
        elif now >= started and record["state"] == "pending":
            record.update(state="started", updated_at=_stamp(_now()))

    def live_requests(self) -> list[JSON]:
        """The data requests, without those the expiry worker has deleted."""
        now = _stamp(_now())
        table = self.db.tables["data_requests"]
        for rid in [rid for rid, r in table.items() if r["expires_at"] < now]:
            del table[rid]
            self.db.schedule.pop(rid, None)
        for record in table.values():
            self.refresh(record)
        return list(table.values())

    # -- handlers ------------------------------------------------------------------------

    def index(self, request: Request, user: TalkUser | None, _body: Any) -> Response:
        if user is None:
            raise TalkError(401, f"not allowed to index? this {MODEL_INSPECT}")
        params = dict(request.query_params)
        rows = [r for r in self.live_requests()
                if user.zooniverse_admin or r["user_id"] == user.id]
        filters = _filters(params)
        rows = [r for r in rows if all(str(r[k]) in v for k, v in filters.items())]
        sort = params.get("sort") or DEFAULT_SORT
        return _json(envelope(rows, params, filters, sort))

    def create(self, _request: Request, user: TalkUser | None, body: Any) -> Response:
        if user is None:  # DataRequestService#build → set_user
            raise TalkError(401, "not allowed to create this DataRequest")
        rooted = body.get("data_requests") if isinstance(body, dict) else None
        if rooted is not None and not isinstance(rooted, dict):
            raise TalkError(500, "ArgumentError")  # DataRequest.new("...") raises it
        attrs = dict(rooted or {})
        columns = {name for name, _ in COLUMNS}
        unknown = [k for k in attrs if k not in columns]
        if unknown:  # ActiveRecord::UnknownAttributeError, before authorization
            raise TalkError(422, f"unknown attribute '{unknown[0]}' for DataRequest.")
        if not self.section_admin(user, attrs.get("section")):
            raise TalkError(401, "not allowed to create this DataRequest")
        attrs["user_id"] = user.id
        if rooted is None:
            raise TalkError(422, "The property '#/' did not contain a required property of "
                                 "'data_requests'")
        _validate_create(attrs)
        section, kind = attrs["section"], attrs["kind"]
        if any(r["section"] == section and r["kind"] == kind and r["user_id"] == user.id
               for r in self.live_requests()):
            raise TalkError(400, "Validation failed: Kind has already been created")
        created = _now()
        match = SECTION_PROJECT.search(section)
        record = self.db.insert("data_requests", {
            "user_id": user.id, "section": section, "kind": kind,
            "expires_at": _stamp(created + LIFETIME), "created_at": _stamp(created),
            "updated_at": _stamp(created), "state": "pending",
            "project_id": int(match.group(1)) if match else None, "url": None,
        })
        delay = max(0.0, self.state.export_delay)
        self.db.schedule[record["id"]] = (time.time() + delay / 2, time.time() + delay)
        self.refresh(record)  # a zero delay finishes at once
        return _json(envelope([record], {}, {"id": [str(record["id"])]}, None))

    def show(self, request: Request, user: TalkUser | None, _body: Any) -> Response:
        ids = [i for i in request.path_params["id"].split(",") if i]
        rows = [r for r in self.live_requests() if str(r["id"]) in ids]
        if user is None or not (user.zooniverse_admin
                                or all(r["user_id"] == user.id for r in rows)):
            raise TalkError(401, "not allowed to show? this DataRequest")
        return _json(envelope(rows, {}, {"id": ids}, None))

    def not_allowed(self, _request: Request, _user: TalkUser | None, _body: Any) -> Response:
        raise TalkError(405, "Method Not Allowed")  # `disallow :update, :destroy`


def _filters(params: dict[str, str]) -> dict[str, list[str]]:
    """RestPack's filters: ``key`` or ``keys``, comma lists; a blank value matches nothing
    here (RestPack compares it with the column's null value, which these columns never hold)."""
    found: dict[str, list[str]] = {}
    for name in FILTERS:
        for key in (name, f"{name}s"):
            if key in params:
                value = params[key]
                found[name] = value.split(",") if value else ["\0"]
    return found


def _validate_create(attrs: JSON) -> None:
    """``DataRequestSchema#create`` (JSON schema, additional properties refused)."""
    extra = sorted(k for k in attrs if k not in ("section", "kind", "user_id"))
    if extra:
        listed = ", ".join(f'"{k}"' for k in extra)
        raise TalkError(422, f"The property '#/data_requests' contains additional properties "
                             f"[{listed}] outside of the schema when none are allowed")
    for name in ("section", "kind"):
        if name not in attrs:
            raise TalkError(422, f"The property '#/data_requests' did not contain a required "
                                 f"property of '{name}'")
        if not isinstance(attrs[name], str):
            raise TalkError(422, f"The property '#/data_requests/{name}' of type "
                                 f"{_json_type(attrs[name])} did not match the following type: "
                                 "string")
    if attrs["kind"] not in KINDS:
        value = json.dumps(attrs["kind"])
        raise TalkError(422, f"The property '#/data_requests/kind' value {value} did not match "
                             f"one of the following values: {', '.join(KINDS)}")
    if not attrs["section"]:  # validates :section, presence: true
        raise TalkError(400, "Validation failed: Section can't be blank")


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    return "array" if isinstance(value, list) else "object"


def serialize(record: JSON) -> JSON:
    """``DataRequestSerializer``: href and links, then every column sorted by name; ids and
    foreign keys as strings (a missing project id is ``""``)."""
    project = record["project_id"]
    return {
        "href": f"/data_requests/{record['id']}", "links": {},
        "created_at": record["created_at"], "expires_at": record["expires_at"],
        "id": str(record["id"]), "kind": record["kind"],
        "project_id": "" if project is None else str(project), "section": record["section"],
        "state": record["state"], "updated_at": record["updated_at"], "url": record["url"],
        "user_id": str(record["user_id"]),
    }


def envelope(rows: list[JSON], params: dict[str, str], filters: dict[str, list[str]],
             sort: str | None) -> JSON:
    """RestPack's ``page_with_options``: one page of ``rows`` and its meta (Kaminari paging)."""
    sorting = [(s.lstrip("-").lower(), s.startswith("-")) for s in (sort or "").split(",") if s]
    sorting = [(k, desc) for k, desc in sorting if k == "created_at"][:1]
    rows = sorted(rows, key=lambda r: r["id"])
    if sorting:
        rows.sort(key=lambda r: (r["created_at"], r["id"]), reverse=sorting[0][1])
    page = _positive(params.get("page"), 1)
    size = min(_positive(params.get("page_size"), PAGE_SIZE), MAX_PAGE_SIZE)
    count = len(rows)
    page_count = math.ceil(count / size)
    out_of_range = page > page_count
    previous_page = page - 1 if page > 1 and not out_of_range else None
    next_page = page + 1 if page < page_count else None
    current_sort = ",".join(("-" if desc else "") + k for k, desc in sorting)

    def href(number: int | None) -> str | None:
        if number is None:
            return None
        query = [] if number == 1 else [f"page={number}"]
        if size != PAGE_SIZE:
            query.append(f"page_size={size}")
        if current_sort:
            query.append(f"sort={current_sort}")
        query += [f"{k}={','.join(v)}" for k, v in sorted(filters.items())]
        return "/data_requests" + ("?" + "&".join(query) if query else "")

    return {
        "data_requests": [serialize(r) for r in rows[(page - 1) * size: page * size]],
        "meta": {"data_requests": {
            "page": page, "page_size": size, "count": count, "include": [],
            "page_count": page_count, "previous_page": previous_page, "next_page": next_page,
            "first_href": href(1), "previous_href": href(previous_page),
            "next_href": href(next_page), "last_href": href(page_count),
            "current_sort": current_sort, "default_sort": DEFAULT_SORT,
            "sortable_attributes": ["created_at"],
        }},
    }


def _positive(value: str | None, default: int) -> int:
    """``to_i`` of a paging parameter, with the default for a missing or non-positive one."""
    digits = re.match(r"\s*\d+", value or "")
    number = int(digits.group()) if digits else 0
    return number if number > 0 else default


def _json(body: Any, status: int = 200) -> Response:
    return Response(json.dumps(body), status, media_type=JSON_MEDIA)


async def routing_error(request: Request, exc: Exception) -> Response:
    """``match "*path" => application#sinkhole``: ``RoutingError`` rendered as 404."""
    return _json({"error": "Not found"}, 404)


def talk_app(state: EmulatorState) -> ASGIApp:
    """The Talk routes for one emulator (mounted at :data:`TALK_PREFIX`)."""
    app = TalkApp(state)
    e = app.endpoint
    routes = [
        Route("/data_requests", e(app.index), methods=["GET"]),
        Route("/data_requests", e(app.create), methods=["POST"]),
        Route("/data_requests/{id}", e(app.show), methods=["GET"]),
        Route("/data_requests/{id}", e(app.not_allowed), methods=["PUT", "PATCH", "DELETE"]),
    ]
    inner = Starlette(routes=routes,
                      exception_handlers={404: routing_error, 405: routing_error})

    async def merge_slashes(scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and "//" in scope["path"]:
            scope = {**scope, "path": re.sub(r"/{2,}", "/", scope["path"])}
        await inner(scope, receive, send)

    return merge_slashes
