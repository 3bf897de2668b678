"""The emulator's ASGI application: middleware, routing and the HTTP side of every handler.

`create_app(state)` returns `EmulatorMiddleware(Starlette(...))`. The middleware counts requests
by route template, adds latency, injects faults and enforces the /api header rules (404 without
the versioned Accept header, 415 on writes without a JSON content type, 501 on PATCH). Starlette
routes sign-in, OAuth, blobs and exports; `/api/...` is dispatched by `ApiRouter` over the
resource registry, so every resource in the registry is served by the same generic code.
With a `ContractChecker` in the state, the middleware buffers each exchange on a covered route and
validates it against the bundled spec before sending the response (see `contract.py`).
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import re
import secrets
import threading
import time
import uuid
from collections import Counter
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from email.utils import formatdate
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qsl, unquote

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Mount, Route
from starlette.types import ASGIApp, Message, Receive, Scope, Send
from zoo_payloads import panoptes_attributes

from . import ranges
from .auth import SESSION_COOKIE, Auth, OAuthError, Session
from .blobs import BlobStore
from .caesar import CAESAR_PREFIX, caesar_app
from .caesar import routing_error as caesar_routing_error
from .crowdflower import CROWDFLOWER_PREFIX, crowdflower_app
from .crowdflower import no_route as crowdflower_no_route
from .exports import Exporter, refresh_state
from .faults import ACTING_KINDS, PAGE_KINDS, FaultPlan, FaultRule
from .registry import EDITOR_ROLES, EXPORT_TYPES, TYPES
from .store import (
    ANONYMOUS,
    JSON,
    Actor,
    ApiError,
    Rec,
    Store,
    dumps,
    etag_of,
    parse_ids,
    to_i,
)
from .talk import TALK_PREFIX, talk_app
from .talk import routing_error as talk_routing_error

if TYPE_CHECKING:  # contract.py (and openapi-core) is imported only when validation is on
    from .contract import ContractChecker

API_MEDIA_TYPE = panoptes_attributes.ACCEPT  # the spec's info.x-zoo-accept
ACCEPT_RE = re.compile(r"application/vnd\.api\+json;\s*version=1")
JSON_TYPES = ("application/json", "application/vnd.api+json")
IDS_RE = re.compile(r"^[0-9]+(,[0-9]+)*\Z")  # \Z: `$` would let "1\n" through
#: Resources whose reads need a bearer token. Doorkeeper (`require_authentication`) refuses an
#: anonymous caller with an empty 401 and a `WWW-Authenticate` header; where the controller runs
#: `require_login` first (memberships, preferences) the answer is the JSON "You must be logged in".
TOKEN_READS = frozenset({"aggregations", "classifications", "workflow_versions",
                         "subject_set_imports"})
LOGIN_READS = frozenset({"memberships", "project_preferences", "collection_preferences"})
LOGIN_REQUIRED = "You must be logged in to access this resource."
#: Exports only the parent's editors may read (`MediaController#controlled_scope`).
PRIVATE_EXPORTS = frozenset({"classifications", "subjects"})
#: rack-cors (`config/initializers/cors.rb`): `/api/*` is open to any origin; these methods.
CORS_METHODS = "DELETE, GET, POST, OPTIONS, PUT, HEAD"
CORS_EXPOSE = "ETag, X-CSRF-Param, X-CSRF-Token"
#: `?translated_type=` values and the resources they name (the model name is stored).
TRANSLATED_TYPES = {"project": "projects", "project_page": "project_pages",
                    "organization": "organizations", "organization_page": "organization_pages",
                    "field_guide": "field_guides", "tutorial": "tutorials",
                    "workflow": "workflows"}
ALLOWED_MEDIA = (  # `Medium::ALLOWED_CONTENT_TYPES`, in its order (the error message lists it)
    "application/json", "application/pdf", "audio/aac", "audio/midi", "audio/x-midi", "audio/mp3",
    "audio/mp4", "audio/x-m4a", "audio/mpeg", "audio/wav", "image/jpeg", "image/gif",
    "image/png", "image/tiff", "image/x-icon", "image/svg+xml", "text/csv", "text/plain",
    "video/mp4", "video/mpeg",
)


class RequestCounter(Counter[tuple[str, str]]):
    """Counts requests by (METHOD, route template); `.total` is the sum (also callable)."""

    @property
    def total(self) -> _Total:
        return _Total(sum(self.values()))


class _Total(int):
    def __call__(self) -> int:
        return int(self)


@dataclass
class EmulatorState:
    """Everything one running emulator shares between the middleware and the handlers."""

    store: Store
    auth: Auth
    blobs: BlobStore
    base_url: str = ""
    latency_ms: float = 0.0
    faults: FaultPlan | None = None
    export_delay: float = 0.5
    synthetic_export_rows: int = 0
    contract: ContractChecker | None = None
    requests: RequestCounter = field(default_factory=RequestCounter)
    #: State of the mounted Caesar and CrowdFlower emulations, keyed by their module.
    extras: dict[str, Any] = field(default_factory=dict)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def count(self, method: str, template: str) -> None:
        with self.lock:
            self.requests[(method, template)] += 1


# ----- middleware --------------------------------------------------------------------------


def route_template(path: str) -> str:
    """`/api/subject_sets/3/links/subjects/1,2` → `/api/subject_sets/{subject_set_id}/...`."""
    segs = [s for s in path.split("/") if s]
    if not segs:
        return "/"
    if segs[0] == "blobs":
        return "/blobs/{key}"
    if segs[0] == "exports":
        return "/exports/{id}"
    if segs[0] != "api" or len(segs) < 2:
        return path
    rtype = TYPES.get(segs[1])
    singular = rtype.singular if rtype else segs[1].rstrip("s")
    out = ["", "api", segs[1]]
    rest = segs[2:]
    for i, seg in enumerate(rest):
        if IDS_RE.match(seg):
            if i == 0:
                out.append("{id}" if len(rest) == 1 else f"{{{singular}_id}}")
            elif i >= 2 and rest[i - 2] == "links":
                out.append("{link_ids}")
            else:
                out.append("{id}")
        else:
            out.append(seg)
    return "/".join(out)


MAINTENANCE_PAGE = (b"<!DOCTYPE html><html><head><title>Down for maintenance</title></head>"
                    b"<body><h1>We'll be back soon</h1></body></html>")


async def _send_page(send: Send, kind: str, scope: Scope) -> None:
    """Answer what a proxy, portal or broken server would, instead of the API (PAGE_KINDS)."""
    html = b"text/html; charset=utf-8"
    if kind == "redirect":
        host = dict(scope["headers"]).get(b"host", b"localhost")
        query = scope["query_string"]
        location = b"https://" + host + scope["path"].encode() + (b"?" + query if query else b"")
        await _send_raw(send, 301, b"", [(b"location", location)], content_type=html)
    elif kind in ("html-503", "html-200"):
        await _send_raw(send, 503 if kind == "html-503" else 200, MAINTENANCE_PAGE, [],
                        content_type=html)
    else:
        body = {"empty-200": b"", "not-json": b'{"projects": [{"id": "1", "disp',
                "wrong-shape": b"[1, 2]"}[kind]
        await _send_raw(send, 200, body, [])


def _error_body(status: int, message: str) -> bytes:
    return dumps({"errors": [{"message": message}]})


def _not_found_type(accept: str) -> str:
    """Content type of the catch-all 404 (`application#unknown_route`): `format.json` renders
    `application/json`, the versioned API format (and, here, anything else) the API media type."""
    if "application/json" in accept and "vnd.api+json" not in accept:
        return "application/json; charset=utf-8"
    return API_MEDIA_TYPE


def _is_preflight(scope: Scope) -> bool:
    """A CORS preflight, which rack-cors answers before routing: OPTIONS with an `Origin` and an
    `Access-Control-Request-Method`. Any other OPTIONS falls through to the routes (404)."""
    headers = dict(scope["headers"])
    return b"origin" in headers and b"access-control-request-method" in headers


async def _send_preflight(send: Send, path: str, headers: Mapping[bytes, bytes]) -> None:
    """rack-cors: 200 with an empty body; the CORS headers only when the path is a CORS resource
    and the requested method is allowed (`/api/*` for any origin; `/users*`, `/oauth/*` only for
    allow-listed origins, which the emulator takes to be loopback ones)."""
    origin = headers.get(b"origin", b"").decode("latin-1")
    wanted = headers.get(b"access-control-request-method", b"").decode("latin-1").upper()
    extra: list[tuple[bytes, bytes]] = []
    open_path = path.startswith("/api/") or path == "/graphql"
    credentialed = (path.startswith(("/users", "/oauth/")) or path == "/unsubscribe") and \
        re.match(r"^https?://(127\.0\.0\.1|localhost|[a-z0-9-]+\.local)(:\d+)?$", origin)
    if (open_path or credentialed) and wanted in CORS_METHODS.split(", "):
        extra = [(b"access-control-allow-origin", b"*" if open_path else origin.encode()),
                 (b"access-control-allow-methods", CORS_METHODS.encode()),
                 (b"access-control-expose-headers", CORS_EXPOSE.encode()),
                 (b"access-control-max-age", b"300")]
        if requested := headers.get(b"access-control-request-headers"):
            extra.append((b"access-control-allow-headers", requested))
        if not open_path:
            extra.append((b"access-control-allow-credentials", b"true"))
            extra.append((b"vary", b"Origin"))
    await send({"type": "http.response.start", "status": 200,
                "headers": [(b"content-length", b"0"), *extra]})
    await send({"type": "http.response.body", "body": b""})


async def _send_raw(send: Send, status: int, body: bytes, headers: list[tuple[bytes, bytes]],
                    content_type: bytes = API_MEDIA_TYPE.encode()) -> None:
    head = [(b"content-type", content_type), (b"content-length", str(len(body)).encode())]
    await send({"type": "http.response.start", "status": status, "headers": head + headers})
    await send({"type": "http.response.body", "body": body})


async def _read_body(receive: Receive) -> bytes:
    chunks: list[bytes] = []
    while True:
        message = await receive()
        if message["type"] != "http.request":
            break
        chunks.append(message.get("body", b""))
        if not message.get("more_body", False):
            break
    return b"".join(chunks)


def _str_headers(raw: list[tuple[bytes, bytes]]) -> list[tuple[str, str]]:
    return [(k.decode("latin-1").lower(), v.decode("latin-1")) for k, v in raw]


_REQUEST_ID_UNSAFE = re.compile(r"[^\w\-@]")


def _with_request_id(scope: Scope, send: Send) -> Send:
    """`send`, adding the request id every answer carries: `X-Request-Id` from the APIs (Rails'
    ActionDispatch::RequestId: the client's own id with characters other than word, `-` and
    `@` removed, at most 255, else a new UUID), `x-ms-request-id` from blob storage."""
    path: str = scope["path"]
    if path.startswith(("/blobs/", "/exports/")):
        name, value = b"x-ms-request-id", str(uuid.uuid4()).encode()
    else:
        given = dict(scope["headers"]).get(b"x-request-id", b"").decode("latin-1")
        cleaned = _REQUEST_ID_UNSAFE.sub("", given)[:255]
        name, value = b"x-request-id", (cleaned or str(uuid.uuid4())).encode()

    async def sending(message: Message) -> None:
        if message["type"] == "http.response.start":
            message = {**message, "headers": [*message.get("headers", []), (name, value)]}
        await send(message)

    sending.unwrapped = send  # type: ignore[attr-defined]  # what _reset reaches the socket by
    return sending


class EmulatorMiddleware:
    """Counting, latency, fault injection, the /api header rules and contract checks (ASGI)."""

    def __init__(self, app: ASGIApp, state: EmulatorState) -> None:
        self.app = app
        self.state = state

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        state = self.state
        method: str = scope["method"]
        path: str = scope["path"]
        send = _with_request_id(scope, send)
        template = route_template(path)
        state.count(method, template)
        if state.latency_ms:
            await asyncio.sleep(state.latency_ms / 1000)
        plan = state.faults
        if plan is not None and (rule := plan.pick(method, path, template)) is not None:
            if rule.kind == "reset":
                self._reset(send)
                return
            if rule.kind in ACTING_KINDS:
                await self._act_then_fail(rule, scope, receive, send)
                return
            if rule.kind in PAGE_KINDS:
                await _send_page(send, rule.kind, scope)
                return
            if rule.kind == "stall":
                await asyncio.sleep(rule.stall_seconds)
            else:
                status = int(rule.kind)
                extra = [(b"retry-after", str(rule.retry_after).encode())] if status == 429 else []
                await _send_raw(send, status, _error_body(status, "Injected fault"), extra)
                return
        if state.contract is not None and state.contract.covers(path):
            await self._checked(state.contract, scope, receive, send)
        else:
            await self._serve(scope, receive, send)

    async def _serve(self, scope: Scope, receive: Receive, send: Send) -> None:
        """The /api header rules, then the app."""
        method: str = scope["method"]
        path: str = scope["path"]
        if method == "OPTIONS" and _is_preflight(scope):
            await _send_preflight(send, path, dict(scope["headers"]))
            return
        if path == "/api" or path.startswith("/api/"):
            headers = dict(scope["headers"])
            if method == "PATCH":
                await _send_raw(send, 501, _error_body(
                    501, "PATCH Requests are not currently supported"), [])
                return
            accept = headers.get(b"accept", b"").decode("latin-1")
            if not ACCEPT_RE.search(accept):
                await _send_raw(send, 404, _error_body(404, "Not Found"), [],
                                content_type=_not_found_type(accept).encode())
                return
            if method in ("POST", "PUT"):  # routed write methods (a TRACE falls to the 404)
                media = headers.get(b"content-type", b"").decode("latin-1").split(";")[0].strip()
                if media.lower() not in JSON_TYPES:
                    await _send_raw(send, 415, _error_body(
                        415, "Only requests with Content-Type: application/json or "
                             "application/vnd.api+json are allowed"), [])
                    return
        await self.app(scope, receive, send)

    async def _checked(self, checker: ContractChecker, scope: Scope, receive: Receive,
                       send: Send) -> None:
        """Serve with request and response buffered; validate the pair, then send the response."""
        from .contract import Exchange

        body = await _read_body(receive)
        replayed = False

        async def replay() -> Message:
            nonlocal replayed
            if replayed:
                return await receive()
            replayed = True
            return {"type": "http.request", "body": body, "more_body": False}

        messages: list[Message] = []

        async def hold(message: Message) -> None:
            messages.append(message)

        await self._serve(scope, replay, hold)
        start = next((m for m in messages if m["type"] == "http.response.start"), None)
        if start is not None:
            checker.check(Exchange(
                method=scope["method"], path=scope["path"],
                query=scope["query_string"].decode("latin-1"),
                request_headers=_str_headers(scope["headers"]), request_body=body,
                status=start["status"], response_headers=_str_headers(start.get("headers", [])),
                response_body=b"".join(m.get("body", b"") for m in messages
                                       if m["type"] == "http.response.body")))
        for message in messages:
            await send(message)

    async def _act_then_fail(self, rule: FaultRule, scope: Scope, receive: Receive,
                             send: Send) -> None:
        """Let the handler act, then lose, cut short or delay its reply (`rule.kind`)."""
        messages: list[Message] = []

        async def hold(message: Message) -> None:
            messages.append(message)

        await self._serve(scope, receive, hold)
        if rule.kind == "lost-reply":
            self._reset(send)
            return
        if rule.kind == "stall-after":
            await asyncio.sleep(rule.stall_seconds)
            for message in messages:
                await send(message)
            return
        body = b"".join(m.get("body", b"") for m in messages if m["type"] == "http.response.body")
        start = next(m for m in messages if m["type"] == "http.response.start")
        headers = [(k, v) for k, v in start.get("headers", []) if k.lower() != b"content-length"]
        headers.append((b"content-length", str(len(body)).encode()))
        await send({**start, "headers": headers})
        await send({"type": "http.response.body", "body": body[: len(body) // 2],
                    "more_body": True})
        self._reset(send, flush=True)

    @staticmethod
    def _reset(send: Send, flush: bool = False) -> None:
        """Drop the connection, leaving the response unfinished (uvicorn's cycle owns the
        transport); with `flush`, what was already written is delivered first."""
        cycle = getattr(getattr(send, "unwrapped", send), "__self__", None)
        transport = getattr(cycle, "transport", None)
        if transport is not None:
            if flush:
                transport.close()
            else:
                transport.abort()
            cycle.disconnected = True  # type: ignore[union-attr]


# ----- response helpers --------------------------------------------------------------------


def api_response(body: Any, status: int = 200,
                 headers: Mapping[str, str] | None = None) -> Response:
    return Response(dumps(body), status, dict(headers or {}), media_type=API_MEDIA_TYPE)


def error_response(status: int, message: str) -> Response:
    return Response(_error_body(status, message), status, media_type=API_MEDIA_TYPE)


def oauth_error(exc: OAuthError) -> Response:
    if exc.status == 422 and not exc.error:
        return Response(b"", 422)
    body = {"error": exc.error, "error_description": exc.description}
    return Response(json.dumps(body), exc.status, media_type="application/json")


class TokenRequired(ApiError):
    """Doorkeeper refused the request (`doorkeeper_authorize!` without a valid token): `head
    :unauthorized` with an empty body and the `WWW-Authenticate` challenge."""

    def __init__(self) -> None:
        super().__init__(401, "The access token is invalid")

    def response(self) -> Response:
        challenge = ('Bearer realm="Doorkeeper", error="invalid_token", '
                     f'error_description="{self.message}"')
        return Response(b"", 401, {"WWW-Authenticate": challenge})


def no_media(name: str, plural: str, rid: str, medium_id: str | None = None) -> str:
    """`Api::NoMediaError`: `No avatar exists for project #1`, `No attached_images #5 ...`."""
    medium = f" #{medium_id} " if medium_id else " "
    return f"No {name}{medium}exists for {TYPES[plural].singular} #{rid}"


def strip_etag(value: str) -> str:
    value = value.strip()
    return value[2:] if value.startswith("W/") else value


# ----- the /api router ---------------------------------------------------------------------

Handler = Callable[["ApiCall"], Awaitable[Response]]


@dataclass
class ApiCall:
    """One parsed /api request."""

    request: Request
    method: str
    segs: list[str]
    params: dict[str, str]
    actor: Actor
    body: Any = None


class ApiRouter:
    """Dispatches `/api/<resource>/...` over the registry to generic and special handlers."""

    def __init__(self, state: EmulatorState) -> None:
        self.state = state
        self.store = state.store
        self.exporter = Exporter(state.store)

    async def handle(self, request: Request) -> Response:
        try:
            call = await self._parse(request)
            response = await self._dispatch(call)
        except TokenRequired as exc:
            return exc.response()
        except ApiError as exc:
            return error_response(exc.status, exc.message)
        if request.method == "HEAD":
            return Response(b"", response.status_code, {
                k: v for k, v in response.headers.items() if k.lower() != "content-length"})
        return response

    async def _parse(self, request: Request) -> ApiCall:
        # the raw path: `request.url` drops control characters (`/api/projects/%0A` → `.../`)
        segs = [s for s in request.scope["path"].split("/")[2:] if s]
        params = dict(request.query_params)
        actor = self.actor(request, params)
        body: Any = None
        if request.method in ("POST", "PUT"):
            raw = await request.body()
            if raw.strip():
                try:
                    body = json.loads(raw)
                except ValueError as exc:
                    raise ApiError(400, f"There was a problem in the JSON you submitted: "
                                        f"{exc}") from None
        return ApiCall(request, request.method, segs, params, actor, body)

    def actor(self, request: Request, params: Mapping[str, str]) -> Actor:
        header = request.headers.get("authorization", "")
        if not header:
            return ANONYMOUS
        scheme, _, value = header.partition(" ")
        token = self.state.auth.lookup(value.strip()) if scheme.lower() == "bearer" else None
        if token is None:
            # Doorkeeper only refuses tokens on actions that require authentication; elsewhere
            # an unknown or expired token reads as anonymous (writes then answer 401).
            return ANONYMOUS
        user = self.store.get("users", token.user_id or 0)
        admin = bool(user and user.attrs.get("admin") and "admin" in params)
        return Actor(token.user_id, admin)

    async def _dispatch(self, call: ApiCall) -> Response:
        segs, method = call.segs, call.method
        if not segs:
            raise ApiError(404, "Not Found")
        name = segs[0]
        if name == "me" and len(segs) == 1 and method in ("GET", "HEAD"):
            return self.me(call)
        if name == "inaturalist" and segs[1:] == ["import"] and method == "POST":
            return self.inaturalist_import(call)
        rtype = TYPES.get(name)
        if rtype is None or not rtype.routed:
            raise ApiError(404, "Not Found")
        if name == "translations" and "translated_type" not in call.params:
            raise ApiError(404, "Not Found")
        method = "GET" if method == "HEAD" else method
        n = len(segs)
        if n == 1:
            if method == "GET" and "index" in rtype.actions:
                self.require_reader(call, name)
                return self.index(call, name)
            if method == "POST" and "create" in rtype.actions:
                return self.create(call, name)
        elif n == 2 and IDS_RE.match(segs[1]):
            ids = parse_ids(segs[1])
            if method == "GET" and "show" in rtype.actions:
                self.require_reader(call, name)
                return self.show(call, name, ids)
            if method == "PUT" and "update" in rtype.actions:
                return self.update(call, name, ids)
            if method == "DELETE" and "delete" in rtype.actions:
                return self.delete(call, name, ids)
        elif n == 2:
            special = getattr(self, f"collection_{name}_{segs[1]}", None)
            if special is not None:
                self.require_reader(call, name)
                return await special(call)  # type: ignore[no-any-return]
        elif IDS_RE.match(segs[1]) and "," not in segs[1]:
            return await self._member_route(call, name, segs[1], segs[2:])
        raise ApiError(404, "Not Found")

    async def _member_route(self, call: ApiCall, name: str, rid: str,
                            rest: list[str]) -> Response:
        rtype = TYPES[name]
        method = "GET" if call.method == "HEAD" else call.method
        action = rest[0]
        if action == "links" and len(rest) >= 2 and rest[1] in rtype.link_routes:
            if method == "POST" and len(rest) == 2:
                return self.add_links(call, name, rid, rest[1])
            if method == "DELETE" and len(rest) == 3:
                return self.remove_links(call, name, rid, rest[1], parse_ids(unquote(rest[2])))
        elif action.endswith("_export") and action[:-7] in EXPORT_TYPES.get(name, ()) \
                and len(rest) == 1:
            return self.export(call, name, rid, action[:-7])
        elif action in rtype.media:
            return self.media(call, name, rid, action, rest[1] if len(rest) > 1 else None)
        elif len(rest) == 1 and (special := getattr(self, f"member_{name}_{action}", None)):
            return special(call, rid)  # type: ignore[no-any-return]
        elif action == "pages" and name in ("projects", "organizations"):
            return self.pages(call, name, rid, rest[1] if len(rest) > 1 else None)
        elif action == "recents" and name in ("users", "user_groups") and len(rest) == 1:
            return self.recents(call, name, rid)
        raise ApiError(404, "Not Found")

    # ----- rendering ---------------------------------------------------------------------

    def render(self, plural: str, records: list[Rec], actor: Actor, meta: JSON,
               includes: list[str] | None = None) -> JSON:
        store = self.store
        body: JSON = {plural: [self._serialize(plural, r, actor) for r in records]}
        if includes:
            body["linked"] = store.linked(plural, records, includes, actor)
        links = dict(store.link_templates(plural))
        for name in includes or []:
            target = TYPES[plural].belongs.get(name) or (
                TYPES[plural].has_many[name].target if name in TYPES[plural].has_many else None)
            if target in TYPES:
                links.update(store.link_templates(target))
        body["links"] = links
        body["meta"] = meta
        return body

    def _serialize(self, plural: str, rec: Rec, actor: Actor) -> JSON:
        if plural == "media" and rec.extra.get("export"):
            refresh_state(rec)
        out = self.store.serialize(plural, rec, actor)
        pending = rec.extra.get("pending_uploads")
        if not pending:
            return out
        sign = self.state.blobs.signed_url
        if plural != "subjects":
            out["src"] = sign(self.state.base_url, pending[0][2])
            return out
        locations = [dict(loc) for loc in out.get("locations", [])]
        for position, mime, key in pending:
            locations[position] = {mime: sign(self.state.base_url, key)}
        out["locations"] = locations
        return out

    def single_meta(self, plural: str, records: list[Rec], params: Mapping[str, str],
                    includes: list[str]) -> JSON:
        rtype = TYPES[plural]
        return self.store._meta(rtype, {}, 1, 20, 0 if rtype.no_count else len(records),
                                len(records), includes, None, [])

    def created(self, plural: str, records: list[Rec], actor: Actor, location: str) -> Response:
        body = self.render(plural, records, actor, self.single_meta(plural, records, {}, []))
        for rec in records:
            rec.extra.pop("pending_uploads", None)
        return api_response(body, 201, {
            "ETag": etag_of(records, plural), "Location": location,
            "Last-Modified": time.strftime("%a, %d %b %Y %H:%M:%S GMT", time.gmtime())})

    def check_if_match(self, call: ApiCall, plural: str, records: list[Rec]) -> None:
        header = call.request.headers.get("if-match")
        if not header:
            raise ApiError(428, "Request requires If-Match header to be present")
        current = strip_etag(etag_of(records, plural))
        if all(strip_etag(v) != current for v in header.split(",")) and header.strip() != "*":
            raise ApiError(412, "Request If-Match header does not match current resource state")

    def require_login(self, actor: Actor) -> None:
        if actor.user_id is None and not actor.admin:
            raise ApiError(401, LOGIN_REQUIRED)

    def require_reader(self, call: ApiCall, name: str) -> None:
        """The filters the controller runs before a read (`GET` of an index, a record or a
        collection route): `require_login` (JSON 401), else Doorkeeper's (empty 401)."""
        if call.actor.user_id is not None or call.actor.admin:
            return
        if name in LOGIN_READS:
            raise ApiError(401, LOGIN_REQUIRED)
        if name in TOKEN_READS and call.segs[1:] != ["gold_standard"]:
            raise TokenRequired()

    # ----- generic handlers --------------------------------------------------------------

    def index(self, call: ApiCall, plural: str, base: str | None = None,
              scope: list[Rec] | None = None) -> Response:
        params = dict(call.params)
        if plural == "classifications" and scope is None:
            params["user_id"] = call.actor.user_id or "0"
            scope_recs = [r for r in self.store.where("classifications", "user",
                                                      call.actor.user_id or 0)
                          if r.attrs.get("completed", True)]
            scope = scope_recs
            params.pop("user_id")
        if plural == "translations" and scope is None:  # the route scopes by translated_type
            kind = params.get("translated_type", "").title().replace("_", "")
            scope = [r for r in self.store.all("translations")
                     if r.attrs.get("translated_type") == kind]
        page = self.store.index(plural, params, call.actor, base, scope)
        includes = self.store.check_includes(TYPES[plural], params.get("include"))
        with self.store.lock:
            body = dumps(self.render(plural, page.records, call.actor, page.meta, includes))
        etag = 'W/"' + hashlib.md5(body).hexdigest() + '"'
        return Response(body, 200, {"ETag": etag}, media_type=API_MEDIA_TYPE)

    def show(self, call: ApiCall, plural: str, ids: list[str]) -> Response:
        store = self.store
        includes = store.check_includes(TYPES[plural], call.params.get("include"))
        with store.lock:
            records = [store.find_visible(plural, rid, call.actor) for rid in ids]
            body = self.render(plural, records, call.actor,
                               self.single_meta(plural, records, call.params, includes),
                               includes)
            return api_response(body, 200, {"ETag": etag_of(records, plural)})

    def create(self, call: ApiCall, plural: str) -> Response:
        store = self.store
        if plural == "translations":
            return self.create_translation(call)
        with store.lock:
            records = store.create(plural, call.body, call.actor)
            if plural == "classifications":
                host = call.request.client.host if call.request.client else "127.0.0.1"
                for rec in records:
                    rec.extra["user_ip"] = host
            location = f"{self.state.base_url}/api/{plural}/{records[0].id}"
            return self.created(plural, records, call.actor, location)

    def create_translation(self, call: ApiCall) -> Response:
        """`TranslationsController#create`: the translated resource comes from the required
        `translated_type` and `translated_id` query parameters, which the server copies into the
        body before the JSON schema (which requires both) validates it. The caller must be
        allowed to translate it (owner, collaborator or translator), and the resource's primary
        language is not created this way; otherwise 404 like a missing resource."""
        store = self.store
        self.require_login(call.actor)
        kind = call.params.get("translated_type", "")
        tid = call.params.get("translated_id", "")
        missing = f"Could not find {kind} translations with id='{tid}'"
        with store.lock:
            target = TRANSLATED_TYPES.get(kind)
            if target is None:
                raise ApiError(404, missing)
            if not tid:
                raise ApiError(422, "The property '#/translated_id' of type null did not match "
                                    "one or more of the following types: string, integer")
            resource = store.get(target, tid)
            if resource is None or not self._may_translate(target, resource, call.actor):
                raise ApiError(404, missing)
            item = (call.body or {}).get("translations") if isinstance(call.body, dict) else None
            language = item.get("language") if isinstance(item, dict) else None
            primary = resource.attrs.get("primary_language", resource.attrs.get("language"))
            if isinstance(language, str) and language.lower() == str(primary).lower():
                raise ApiError(404, missing)
            records = store.create("translations", call.body, call.actor)
            for rec in records:
                rec.attrs.update(translated_type=kind.title().replace("_", ""),
                                 translated_id=str(resource.id),
                                 language=str(rec.attrs.get("language", "")).lower())
            return self.created("translations", records, call.actor,
                                f"{self.state.base_url}/api/translations/{records[0].id}")

    def _may_translate(self, plural: str, rec: Rec, actor: Actor) -> bool:
        store = self.store
        if store.can_edit(plural, rec, actor):
            return True
        root = store.root_of(plural, rec)
        return bool(root and actor.user_id and root[0] in ("projects", "organizations")
                    and "translator" in store.roles_of(root[0], root[1], actor.user_id))

    def update(self, call: ApiCall, plural: str, ids: list[str]) -> Response:
        store = self.store
        self.require_login(call.actor)
        with store.lock:
            records = [store.find_visible(plural, rid, call.actor) for rid in ids]
            self.check_if_match(call, plural, records)
            records = store.update(plural, ids, call.body, call.actor)
            body = self.render(plural, records, call.actor,
                               self.single_meta(plural, records, {}, []))
            for rec in records:
                rec.extra.pop("pending_uploads", None)
            return api_response(body, 200, {
                "ETag": etag_of(records, plural),
                "Last-Modified": time.strftime("%a, %d %b %Y %H:%M:%S GMT", time.gmtime())})

    def delete(self, call: ApiCall, plural: str, ids: list[str]) -> Response:
        store = self.store
        self.require_login(call.actor)
        with store.lock:
            records = [store.find_visible(plural, rid, call.actor) for rid in ids]
            self.check_if_match(call, plural, records)
            store.delete(plural, ids, call.actor)
        if plural == "users":  # `revoke_doorkeeper_request_token!`
            self.state.auth.revoke(
                call.request.headers.get("authorization", "").partition(" ")[2].strip())
        return Response(status_code=204)

    def add_links(self, call: ApiCall, plural: str, rid: str, rel: str) -> Response:
        store = self.store
        self.require_login(call.actor)
        with store.lock:
            rec = store.find_visible(plural, rid, call.actor)
            store.add_links(plural, rec, rel, call.body, call.actor)
            body = self.render(plural, [rec], call.actor, self.single_meta(plural, [rec], {}, []))
            return api_response(body, 200)

    def remove_links(self, call: ApiCall, plural: str, rid: str, rel: str,
                     ids: list[str]) -> Response:
        store = self.store
        self.require_login(call.actor)
        with store.lock:
            rec = store.find_visible(plural, rid, call.actor)
            store.require_edit(plural, rec, call.actor)
            store.remove_links(plural, rec, rel, ids, call.actor)
        return Response(status_code=204)

    # ----- special routes ----------------------------------------------------------------

    def me(self, call: ApiCall) -> Response:
        if call.actor.user_id is None:
            raise TokenRequired()  # `require_authentication :me`: Doorkeeper's empty 401
        user = self.store.find_visible("users", call.actor.user_id or "0", call.actor)
        body = self.render("users", [user], Actor(call.actor.user_id, call.actor.admin),
                           self.single_meta("users", [user], {}, []))
        return api_response(body, 200, {"ETag": etag_of([user], "users")})

    def member_workflows_retired_subjects(self, call: ApiCall, rid: str) -> Response:
        return self._retirement(call, rid, retire=True)

    def member_workflows_unretire_subjects(self, call: ApiCall, rid: str) -> Response:
        return self._retirement(call, rid, retire=False)

    def _retirement(self, call: ApiCall, rid: str, retire: bool) -> Response:
        store = self.store
        self.require_login(call.actor)
        body = call.body if isinstance(call.body, dict) else {}
        with store.lock:
            wf = store.find_visible("workflows", rid, call.actor)
            store.require_edit("workflows", wf, call.actor)
            ids = [str(i) for i in body.get("subject_ids") or []]
            if body.get("subject_id") is not None:
                ids.append(str(body["subject_id"]))
            set_ids = [str(i) for i in body.get("subject_set_ids") or []]
            if body.get("subject_set_id") is not None:
                set_ids.append(str(body["subject_set_id"]))
            ids += store.subjects_of_sets(set_ids)
            if not ids:
                raise ApiError(422, "subject_id or subject_ids must be present")
            if retire:
                store.retire(wf, ids, body.get("retirement_reason"), call.actor)
            else:
                store.unretire(wf, ids)
        return Response(status_code=204)

    def member_workflows_publish(self, call: ApiCall, rid: str) -> Response:
        store = self.store
        self.require_login(call.actor)
        with store.lock:
            wf = store.find_visible("workflows", rid, call.actor)
            store.require_edit("workflows", wf, call.actor)
            versions = store.where("workflow_versions", "workflow", wf.id)
            if versions:
                store.set_fk("workflows", wf, "published_version", versions[-1].id)
        return Response(status_code=204)

    def inaturalist_import(self, call: ApiCall) -> Response:
        """`InaturalistController#import`: the subject set must exist (404) and the caller must
        be an owner or collaborator of its project (403, anonymous callers too); the import
        itself runs in a worker, so the answer is an empty 200."""
        body = call.body if isinstance(call.body, dict) else {}
        sid = body.get("subject_set_id", call.params.get("subject_set_id"))
        store = self.store
        with store.lock:
            sset = store.get("subject_sets", sid if isinstance(sid, (str, int)) else 0)
            if sset is None:
                raise ApiError(404, f"Couldn't find SubjectSet with 'id'={sid}")
            project = store.get("projects", sset.fks.get("project") or 0)
            if call.actor.user_id is None or project is None or not (
                    project.extra.get("owner") == call.actor.user_id
                    or store.roles_of("projects", project, call.actor.user_id) & EDITOR_ROLES):
                raise ApiError(403, "Must be owner or collaborator to import")
        return api_response({})

    def member_projects_copy(self, call: ApiCall, rid: str) -> Response:
        store = self.store
        self.require_login(call.actor)
        body = call.body if isinstance(call.body, dict) else {}
        with store.lock:
            source = store.find_visible("projects", rid, call.actor)
            if "template" not in (source.attrs.get("configuration") or {}) or \
                    source.attrs.get("live"):
                raise ApiError(405, f"Project with id {rid} can not be copied, the project must "
                                    "not be 'live' and the configuration json must have the "
                                    "'template' attribute set")
            copy_body = {"projects": {
                k: source.attrs[k] for k in ("display_name", "description", "primary_language",
                                             "private", "configuration", "introduction")}}
            copy_body["projects"]["display_name"] += " (copy)"
            (project,) = store.create("projects", copy_body, call.actor)
            for wf in store.where("workflows", "project", source.id):
                store._adopt(project, "workflows", [str(wf.id)], call.actor)
            if body.get("create_subject_set"):
                store.insert("subject_sets", {"display_name": body["create_subject_set"]},
                             {"project": project.id})
            return self.created("projects", [project], call.actor,
                                f"{self.state.base_url}/api/projects/{project.id}")

    async def collection_classifications_project(self, call: ApiCall) -> Response:
        self.require_login(call.actor)
        store = self.store
        editable = [str(p.id) for p in store.tables["projects"].values()
                    if store.can_edit("projects", p, call.actor)]
        wanted = parse_ids(call.params.get("project_id", "")) or editable
        scope = [c for pid in wanted if pid in editable
                 for c in store.where("classifications", "project", pid)]
        scope.sort(key=lambda r: r.id)
        params = {k: v for k, v in call.params.items() if k != "project_id"}
        call.params = params
        return self.index(call, "classifications", "/classifications/project", scope)

    async def collection_classifications_incomplete(self, call: ApiCall) -> Response:
        self.require_login(call.actor)
        scope = [c for c in self.store.where("classifications", "user", call.actor.user_id or 0)
                 if not c.attrs.get("completed", True)]
        return self.index(call, "classifications", "/classifications/incomplete", scope)

    async def collection_classifications_gold_standard(self, call: ApiCall) -> Response:
        store = self.store
        scope = [c for c in store.tables["classifications"].values()
                 if c.attrs.get("gold_standard") and (wf := store.get(
                     "workflows", c.fks.get("workflow") or 0)) and wf.attrs.get(
                     "public_gold_standard")]
        return self.index(call, "classifications", "/classifications/gold_standard", scope)

    async def collection_subjects_queued(self, call: ApiCall) -> Response:
        store = self.store
        wid = call.params.get("workflow_id")
        if not wid:
            raise ApiError(422, "workflow_id is required")
        with store.lock:
            wf = store.find_visible("workflows", wid, call.actor)
            set_ids = [r.fks["subject_set"] or "" for r in
                       store.where("workflow_subject_sets", "workflow", wf.id)]
            if call.params.get("subject_set_id"):
                set_ids = [s for s in set_ids if s == call.params["subject_set_id"]]
            retired = {s.fks["subject"] for s in store.where(
                "subject_workflow_statuses", "workflow", wf.id) if s.attrs["retired_at"]}
            size = min(max(to_i(call.params.get("page_size", "10")), 1), 100)
            chosen = [store.get("subjects", sid) for sid in dict.fromkeys(
                store.subjects_of_sets(set_ids)) if sid not in retired][:size]
            records = [r for r in chosen if r is not None]
            body = self.render("subjects", records, call.actor,
                               self.single_meta("subjects", records, {}, []))
            for item in body["subjects"]:
                item.update(retired=False, already_seen=False, finished_workflow=False,
                            user_has_finished_workflow=False, favorite=False,
                            selection_state="normal", selected_at=item["updated_at"])
            return api_response(body)

    collection_subjects_selection = collection_subjects_queued
    collection_subjects_grouped = collection_subjects_queued

    async def collection_project_preferences_read_settings(self, call: ApiCall) -> Response:
        store = self.store
        project = store.find_visible("projects", call.params.get("project_id", "0"), call.actor)
        store.require_edit("projects", project, call.actor)
        scope = store.where("project_preferences", "project", project.id)
        return self.index(call, "project_preferences", "/project_preferences/read_settings",
                          scope)

    async def collection_project_preferences_update_settings(self, call: ApiCall) -> Response:
        store = self.store
        body = (call.body or {}).get("project_preferences") if isinstance(call.body, dict) else None
        if not isinstance(body, dict):
            raise ApiError(422, "param is missing or the value is empty: project_preferences")
        with store.lock:
            project = store.find_visible("projects", str(body.get("project_id")), call.actor)
            store.require_edit("projects", project, call.actor)
            found = [p for p in store.where("project_preferences", "project", project.id)
                     if p.fks.get("user") == str(body.get("user_id"))]
            if not found:
                raise ApiError(404, "Could not find project_preferences")
            pref = found[0]
            pref.attrs["settings"] = {**pref.attrs["settings"], **(body.get("settings") or {})}
            pref.touch()
            return api_response(self.render("project_preferences", [pref], call.actor,
                                             self.single_meta("project_preferences", [pref], {},
                                                              [])))

    def recents(self, call: ApiCall, plural: str, rid: str) -> Response:
        store = self.store
        owner = store.find_visible(plural, rid, call.actor)
        if plural == "users" and str(owner.id) != call.actor.user_id and not call.actor.admin:
            raise ApiError(404, f"Could not find users with id='{rid}'")
        users = [rid] if plural == "users" else [
            m.fks["user"] or "" for m in store.where("memberships", "user_group", owner.id)]
        scope = sorted((r for u in users for r in store.where("recents", "user", u)),
                       key=lambda r: -r.id)
        for rec in scope:
            rec.extra["href"] = f"/{plural}/{rid}/recents/{rec.id}"
        return self.index(call, "recents", f"/{plural}/{rid}/recents", scope)

    def pages(self, call: ApiCall, plural: str, rid: str, page_id: str | None) -> Response:
        store = self.store
        page_plural = f"{plural[:-1]}_pages"
        link = plural[:-1]
        method = "GET" if call.method == "HEAD" else call.method
        if method in ("POST", "PUT", "DELETE"):
            self.require_login(call.actor)  # ApiController's filter, before any lookup
        with store.lock:
            parent = store.find_visible(plural, rid, call.actor)
            if page_id is None and method == "GET":
                return self.index(call, page_plural, f"/{plural}/{rid}/pages",
                                  store.where(page_plural, link, parent.id))
            if page_id is None and method == "POST":
                self.require_login(call.actor)
                store.require_edit(plural, parent, call.actor)
                body = call.body if isinstance(call.body, dict) else {}
                item = body.get("project_pages") or body.get("organization_pages") or body.get(
                    page_plural)
                if not isinstance(item, dict):
                    raise ApiError(422, f"param is missing or the value is empty: {page_plural}")
                item = {**item, "links": {link: rid}}
                (rec,) = store.create(page_plural, {page_plural: item}, call.actor)
                rec.extra["href"] = f"/{plural}/{rid}/pages/{rec.id}"
                return self.created(page_plural, [rec], call.actor,
                                    f"{self.state.base_url}/api{rec.extra['href']}")
            rec_or_none = store.get(page_plural, page_id or 0)
            if rec_or_none is None or rec_or_none.fks.get(link) != str(parent.id):
                raise ApiError(404, f"Could not find {page_plural} with id='{page_id}'")
            rec = rec_or_none
            rec.extra["href"] = f"/{plural}/{rid}/pages/{rec.id}"
            if method == "GET":
                return api_response(self.render(page_plural, [rec], call.actor,
                                                self.single_meta(page_plural, [rec], {}, [])),
                                    200, {"ETag": etag_of([rec], page_plural)})
            self.require_login(call.actor)
            self.check_if_match(call, page_plural, [rec])
            if method == "PUT":
                (rec,) = store.update(page_plural, [str(rec.id)], call.body, call.actor)
                return api_response(self.render(page_plural, [rec], call.actor,
                                                self.single_meta(page_plural, [rec], {}, [])))
            if method == "DELETE":
                store.delete(page_plural, [str(rec.id)], call.actor)
                return Response(status_code=204)
        raise ApiError(404, "Not Found")

    # ----- media and exports -------------------------------------------------------------

    def media(self, call: ApiCall, plural: str, rid: str, name: str,
              medium_id: str | None) -> Response:
        store = self.store
        many = TYPES[plural].media[name]
        method = "GET" if call.method == "HEAD" else call.method
        if method in ("POST", "PUT", "DELETE"):
            self.require_login(call.actor)  # ApiController's filter, before any lookup
        with store.lock:
            parent = store.find_visible(plural, rid, call.actor)
            existing = store.media_of(plural, rid, name)
            if method == "POST" and medium_id is None:
                self.require_login(call.actor)
                store.require_edit(plural, parent, call.actor)
                rec = self._create_medium(call, plural, parent, name, many)
                return self.created("media", [rec], call.actor,
                                    f"{self.state.base_url}/api{rec.extra['href']}")
            if many and medium_id is None and method == "GET":
                return self.index(call, "media", f"/{plural}/{rid}/{name}", existing)
            targets = [m for m in existing if medium_id is None or str(m.id) == medium_id]
            if (many and medium_id is None) or not targets:
                raise ApiError(404, no_media(name, plural, rid, medium_id))
            rec = targets[-1]
            if method == "GET":
                return api_response(self.render("media", [rec], call.actor,
                                                self.single_meta("media", [rec], {}, [])),
                                    200, {"ETag": etag_of([rec], "media")})
            self.require_login(call.actor)
            store.require_edit(plural, parent, call.actor)
            self.check_if_match(call, "media", [rec])
            if method == "DELETE":
                store.drop_medium(rec)
                return Response(status_code=204)
            if method == "PUT":
                items = store.body_items("media", call.body, allow_list=False)
                store.validate(TYPES["media"], items[0], TYPES["media"].update, frozenset(),
                               call.actor, False)
                rec.attrs.update(items[0])
                rec.touch()
                return api_response(self.render("media", [rec], call.actor,
                                                self.single_meta("media", [rec], {}, [])),
                                    200, {"ETag": etag_of([rec], "media")})
        raise ApiError(404, "Not Found")

    def _create_medium(self, call: ApiCall, plural: str, parent: Rec, name: str,
                       many: bool) -> Rec:
        store = self.store
        (item,) = store.body_items("media", call.body, allow_list=False)
        store.validate(TYPES["media"], item, TYPES["media"].create, frozenset(), call.actor, True)
        content_type = item["content_type"]
        if content_type not in ALLOWED_MEDIA:
            raise ApiError(400, "Validation failed: Content type Invalid file type. Content-Type "
                                "must be one of the following: " + ", ".join(ALLOWED_MEDIA))
        attrs = dict(item)
        key = ""
        if not item.get("external_link"):
            ext = content_type.split("/")[-1].split("+")[0]
            key = f"{plural[:-1]}_{name}/{secrets.token_hex(16)}.{ext}"
            attrs["src"] = f"{self.state.base_url}/blobs/{key}"
        rec = store.add_medium(plural, parent, name, attrs, many)
        if key:
            rec.extra["pending_uploads"] = [(0, content_type, key)]
        return rec

    def export(self, call: ApiCall, plural: str, rid: str, kind: str) -> Response:
        store = self.store
        method = "GET" if call.method == "HEAD" else call.method
        name = f"{kind}_export"
        if method in ("POST", "PUT", "DELETE"):
            self.require_login(call.actor)  # ApiController's filter, before any lookup
        with store.lock:
            if method == "GET" and kind in PRIVATE_EXPORTS:
                # MediaController#controlled_scope is :update for these: the parent is looked up
                # among what the caller may edit, so others (anonymous too) find no export.
                found = store.get(plural, rid)
                if found is None or not store.can_edit(plural, found, call.actor):
                    raise ApiError(404, no_media(name, plural, rid))
            parent = store.find_visible(plural, rid, call.actor)
            if method == "POST":
                self.require_login(call.actor)  # the login filter runs before the action
                if kind == "workflow_contents":
                    return Response(status_code=410)
                store.require_edit(plural, parent, call.actor)
                body = call.body if isinstance(call.body, dict) else {}
                media = body.get("media") or {}
                if not isinstance(media, dict):  # other top-level keys are ignored
                    raise ApiError(422, "media must be an object")
                content_type = media.get("content_type", "text/csv")
                if content_type != "text/csv":  # a model validation, hence 400
                    raise ApiError(400, "Validation failed: Content type Content-Type for "
                                        "exports must be one of text/csv")
                token = secrets.token_hex(12)
                rec = store.add_medium(plural, parent, name, {
                    "content_type": "text/csv",
                    "metadata": {"state": "creating", "recipients": [call.actor.user_id],
                                 **(media.get("metadata") or {})}}, many=False)
                rec.attrs["media_type"] = f"{plural[:-1]}_{name}"
                rec.attrs["src"] = f"{self.state.base_url}/exports/{rec.id}/{token}.csv"
                rec.extra.update(export=(kind, plural, str(parent.id)), token=token,
                                 ready_at=time.time() + self.state.export_delay)
                return self.created("media", [rec], call.actor,
                                    f"{self.state.base_url}/api{rec.extra['href']}")
            existing = store.media_of(plural, rid, name)
            if not existing:
                raise ApiError(404, no_media(name, plural, rid))
            rec = existing[-1]
            if method == "GET":
                refresh_state(rec)
                return api_response(self.render("media", [rec], call.actor,
                                                self.single_meta("media", [rec], {}, [])),
                                    200, {"ETag": etag_of([rec], "media")})
            self.require_login(call.actor)
            store.require_edit(plural, parent, call.actor)
            self.check_if_match(call, "media", [rec])
            if method == "DELETE":
                store.drop_medium(rec)
                return Response(status_code=204)
            if method == "PUT":
                (item,) = store.body_items("media", call.body, allow_list=False)
                rec.attrs["metadata"] = {**rec.attrs["metadata"], **(item.get("metadata") or {})}
                rec.touch()
                return api_response(self.render("media", [rec], call.actor,
                                                self.single_meta("media", [rec], {}, [])))
        raise ApiError(404, "Not Found")

    async def export_file(self, request: Request) -> Response:
        """GET/HEAD /exports/<id>/<token>.csv: the export file, written once on its first read
        after the medium is ready and then served as Azure serves a blob (ETag, Last-Modified,
        Range, HEAD; see `ranges`). A synthetic stream answers ranges once its length is known:
        it is measured (generated, not kept) the first time a range is asked before that."""
        rec = self.store.get("media", request.path_params["medium_id"])
        if rec is None or rec.extra.get("token") != request.path_params["token"]:
            return _azure_error(404, "BlobNotFound", "The specified blob does not exist.")
        refresh_state(rec)
        if rec.attrs["metadata"].get("state") != "ready":  # the dump worker has not written it
            return _azure_error(404, "BlobNotFound", "The specified blob does not exist.")
        written = await run_in_threadpool(self.exporter.file, rec,
                                          self.state.synthetic_export_rows)
        validators = ranges.Validators(written.etag, written.written_at)
        if written.data is not None:
            return ranges.answer(request, written.data, "text/csv", validators)
        size = written.size
        if size is None and ranges.asks_for_range(request, validators):
            size = await run_in_threadpool(self.exporter.measure, rec)
        return ranges.answer(request, lambda: self.exporter.chunks(rec), "text/csv", validators,
                             total=size)


# ----- sign-in, OAuth, blobs ---------------------------------------------------------------


async def _params(request: Request) -> dict[str, str]:
    raw = await request.body()
    params = dict(request.query_params)
    if not raw:
        return params
    if request.headers.get("content-type", "").startswith("application/json"):
        try:
            data = json.loads(raw)
        except ValueError:
            return params
        if isinstance(data, dict):
            params.update({k: str(v) for k, v in data.items() if v is not None})
        return params
    params.update(dict(parse_qsl(raw.decode("latin-1"), keep_blank_values=True)))
    return params


class AuthRoutes:
    """Devise sign-in/out and the Doorkeeper OAuth endpoints."""

    def __init__(self, state: EmulatorState, api: ApiRouter) -> None:
        self.state = state
        self.auth: Auth = state.auth
        self.api = api

    def _session(self, request: Request) -> tuple[str, Session, bool]:
        sid = request.cookies.get(SESSION_COOKIE)
        session = self.auth.session(sid)
        if sid is None or session is None:
            sid, session = self.auth.new_session()
            return sid, session, True
        return sid, session, False

    def _with_session(self, response: Response, sid: str, session: Session) -> Response:
        response.headers["X-CSRF-Param"] = "authenticity_token"
        response.headers["X-CSRF-Token"] = session.csrf
        response.set_cookie(SESSION_COOKIE, sid, httponly=True, samesite="lax")
        return response

    async def sign_in_page(self, request: Request) -> Response:
        sid, session, _ = self._session(request)
        return self._with_session(Response(json.dumps({"login": "/users/sign_in"}),
                                           media_type="application/json"), sid, session)

    async def sign_in(self, request: Request) -> Response:
        sid, session, _ = self._session(request)
        try:
            data = json.loads(await request.body() or b"{}")
        except ValueError:
            data = {}
        user = data.get("user") if isinstance(data, dict) else None
        if not isinstance(user, dict):
            return Response(json.dumps({"error": "You need to sign in or sign up before "
                                                 "continuing."}), 401,
                            media_type="application/json")
        # `protect_from_forgery with: :null_session`: a wrong token does not refuse the request,
        # it runs it with an empty session, so the sign-in succeeds but is not remembered
        token = data.get("authenticity_token")
        forged = token is not None and token != session.csrf
        uid = self.state.store.authenticate(str(user.get("login", "")),
                                            str(user.get("password", "")))
        if uid is None:
            return Response(json.dumps({"error": "Invalid login or password."}), 401,
                            media_type="application/json")
        store = self.state.store
        record = store.get("users", uid)
        assert record is not None
        actor = Actor(uid, False)
        body = self.api.render("users", [record], actor,
                               self.api.single_meta("users", [record], {}, []))
        response = Response(dumps(body), media_type="application/json")
        if forged:  # the null session: nothing is stored, no cookie is written
            response.headers["X-CSRF-Param"] = "authenticity_token"
            response.headers["X-CSRF-Token"] = secrets.token_urlsafe(32)
            return response
        session.user_id = uid
        session.csrf = secrets.token_urlsafe(32)
        return self._with_session(response, sid, session)

    async def sign_out(self, request: Request) -> Response:
        sid = request.cookies.get(SESSION_COOKIE)
        session = self.auth.session(sid)
        header = request.headers.get("authorization", "")
        token = self.auth.lookup(header.partition(" ")[2].strip()) if header else None
        if token is not None:
            self.auth.sign_out(token.user_id, token.client_id)
        if session is not None:
            session.user_id = None
        response = Response(status_code=204)
        response.delete_cookie(SESSION_COOKIE)
        return response

    async def token(self, request: Request) -> Response:
        params = await _params(request)
        session = self.auth.session(request.cookies.get(SESSION_COOKIE))
        try:
            token = self.auth.grant(params, session)
        except OAuthError as exc:
            return oauth_error(exc)
        return Response(json.dumps(self.auth.token_body(token)), media_type="application/json",
                        headers={"Cache-Control": "no-store"})

    async def token_info(self, request: Request) -> Response:
        header = request.headers.get("authorization", "")
        token = self.auth.lookup(header.partition(" ")[2].strip())
        if token is None:
            return oauth_error(OAuthError(401, "invalid_token", "The access token is invalid"))
        body = {"resource_owner_id": int(token.user_id) if token.user_id else None,
                "scope": token.scope.split(),
                "expires_in": max(0, int(token.expires_at - time.time())),
                "application": {"uid": token.client_id}, "created_at": token.created_at}
        return Response(json.dumps(body), media_type="application/json")

    async def revoke(self, request: Request) -> Response:
        params = await _params(request)
        self.auth.revoke(params.get("token", ""))
        return Response(b"{}", media_type="application/json")

    async def introspect(self, request: Request) -> Response:
        params = await _params(request)
        token = self.auth.lookup(params.get("token", ""))
        if token is None:
            return Response(json.dumps({"active": False}), media_type="application/json")
        body = {"active": True, "scope": token.scope, "client_id": token.client_id,
                "token_type": "Bearer", "exp": int(token.expires_at), "iat": token.created_at,
                "sub": token.user_id}
        return Response(json.dumps(body), media_type="application/json")


def _azure_error(status: int, code: str, message: str) -> Response:
    body = f'<?xml version="1.0" encoding="utf-8"?><Error><Code>{code}</Code>' \
           f"<Message>{message}</Message></Error>"
    return Response(body, status, media_type="application/xml")


def blob_routes(state: EmulatorState) -> Callable[[Request], Awaitable[Response]]:
    """GET/PUT/HEAD /blobs/<key>: signed Azure-style uploads and public reads (with ETag,
    Last-Modified and byte ranges; see `ranges`)."""

    async def blob(request: Request) -> Response:
        key = unquote(request.path_params["key"])
        if request.method == "PUT":
            sig, exp = request.query_params.get("sig"), request.query_params.get("exp")
            if not state.blobs.verify("PUT", key, sig, exp):
                return _azure_error(403, "AuthenticationFailed", "Server failed to authenticate "
                                    "the request. Signature invalid or expired.")
            if request.headers.get("x-ms-blob-type") != "BlockBlob":
                return _azure_error(400, "MissingRequiredHeader", "An HTTP header that's "
                                    "mandatory for this request is not specified: x-ms-blob-type")
            data = await request.body()
            content_type = request.headers.get("content-type", "application/octet-stream")
            stored = state.blobs.put(key, data, content_type)
            return Response(b"", 201, {"ETag": stored.etag,
                                       "Last-Modified": formatdate(stored.written_at,
                                                                   usegmt=True)})
        found = state.blobs.get(key)
        if found is None:
            return _azure_error(404, "BlobNotFound", "The specified blob does not exist.")
        return ranges.answer(request, found.data, found.content_type,
                             ranges.Validators(found.etag, found.written_at))

    return blob


async def unknown_route(request: Request, exc: Exception) -> Response:
    """What no route matches (also a method a route does not take): Panoptes' catch-all
    `match "*path" => application#unknown_route, via: :all` answers 404 with the JSON error
    body, never 405. A path under the Caesar, CrowdFlower or Talk prefix that their mount does
    not match (a `%0A` in it) gets that API's own routing error."""
    if request.url.path.startswith(CAESAR_PREFIX):
        return await caesar_routing_error(request, exc)
    if request.url.path.startswith(CROWDFLOWER_PREFIX):
        return await crowdflower_no_route(request, exc)
    if request.url.path.startswith(TALK_PREFIX):
        return await talk_routing_error(request, exc)
    return Response(_error_body(404, "Not Found"), 404,
                    media_type=_not_found_type(request.headers.get("accept", "")))


async def root(request: Request) -> Response:
    return Response(json.dumps({"status": "ok", "emulator": "zoo_sdk.emulator"}),
                    media_type="application/json")


def create_app(state: EmulatorState) -> ASGIApp:
    """Build the Starlette app for `state`, wrapped in the emulator middleware."""
    api = ApiRouter(state)
    auth = AuthRoutes(state, api)
    api_methods = ["GET", "POST", "PUT", "DELETE", "HEAD"]
    routes = [
        Route("/api/{path:path}", api.handle, methods=api_methods),
        Route("/users/sign_in", auth.sign_in_page, methods=["GET"]),
        Route("/users/sign_in", auth.sign_in, methods=["POST"]),
        Route("/users/sign_out", auth.sign_out, methods=["DELETE", "GET"]),
        Route("/oauth/token", auth.token, methods=["POST"]),
        Route("/oauth/token/info", auth.token_info, methods=["GET"]),
        Route("/oauth/revoke", auth.revoke, methods=["POST"]),
        Route("/oauth/introspect", auth.introspect, methods=["POST"]),
        Route("/blobs/{key:path}", blob_routes(state), methods=["GET", "PUT", "HEAD"]),
        Route("/exports/{medium_id:int}/{token}.csv", api.export_file, methods=["GET"]),
        Route("/", root, methods=["GET"]),
        Route("/health_check", root, methods=["GET"]),
        Mount(CAESAR_PREFIX, app=caesar_app(state)),
        Mount(CROWDFLOWER_PREFIX, app=crowdflower_app(state)),
        Mount(TALK_PREFIX, app=talk_app(state)),
    ]
    handlers = {404: unknown_route, 405: unknown_route}
    app = Starlette(routes=routes, exception_handlers=handlers)
    app.router.redirect_slashes = False  # Rails routes `/api` to the catch-all, no redirect
    return EmulatorMiddleware(app, state)


__all__ = ["EmulatorState", "Message", "create_app", "route_template"]
