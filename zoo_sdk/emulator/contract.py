"""Contract checks: validate emulator traffic against the bundled Panoptes OpenAPI spec.

`ContractChecker.check(exchange)` validates one request/response pair with openapi-core and
records what the spec does not allow as `Violation`s (never raises). Only the routes the spec
covers are checked (`/api/*`, `/oauth/*`, `/users/sign_in`, `/users/sign_out`); blobs, export
files and the health check are not part of the Panoptes API.

Policy (so that tests of the emulator's error handling still pass and the check stays honest):

- Every response is checked: its status must be declared for the operation, its headers must
  match the declared ones, and a JSON body must match the declared schema (other bodies: status
  and headers only). Routes or methods the spec does not declare may only get an error status.
- Request violations (security, parameters, body) are recorded only when the emulator *accepted*
  the request (status < 400): rejecting a request the spec calls invalid is the point of the
  error-handling tests, while accepting one means spec and emulator disagree.
- Answers the server gives before routing are checked by rule, not per operation (the spec
  documents them once, in `info`): PATCH on /api → 501; /api without the versioned Accept → 404;
  a CORS preflight (OPTIONS with `Origin` and `Access-Control-Request-Method`) → 200.

Where openapi-core and Panoptes disagree on legitimate traffic, the request/response is adapted
before validation (see `_request_media_type` and `Exchange`):

- the spec is bundled with its production `servers` URL; requests are validated as if sent
  there (the emulator's loopback host/port is not in the spec);
- request bodies: the server accepts `application/vnd.api+json` like `application/json`
  (STYLE.md declares bodies as `application/json` only), so the former is validated as the latter;
- HEAD is validated as the GET it mirrors (the spec leaves out the explicit HEAD routes), without
  a body;
- an empty value of a query parameter declared `allowEmptyValue: true` (`search=`, `login=`) is
  validated as left out (openapi-core would warn on every use of the keyword).

Cost: validating takes 5-15 ms an exchange, so results are memoized by `fingerprint` (the
exchange with path ids and JSON values reduced to shapes); a repeated shape re-records the
violations found for it without validating again. `ContractChecker(memoize=False)` checks all.

Loading is lazy and cached: openapi-core is imported and the spec parsed on first use, once per
process (about 0.5 s import + 25 ms JSON parse; openapi-spec-validator's own check of the spec,
~2.7 s, is skipped here because `python -m codegen lint`/`check` already cover the spec).
"""

from __future__ import annotations

import functools
import json
import re
import threading
from collections.abc import Hashable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qsl

if TYPE_CHECKING:
    from openapi_core import OpenAPI
    from openapi_core.datatypes import RequestParameters
    from openapi_core.validation.response.validators import V31ResponseHeadersValidator
    from werkzeug.datastructures import Headers

SPEC_PATH = Path(__file__).resolve().parents[2] / "dist" / "spec" / "panoptes.openapi.json"
COVERED_PREFIXES = ("/api/", "/oauth/")
COVERED_PATHS = frozenset({"/api", "/users/sign_in", "/users/sign_out"})
JSON_MEDIA = ("application/json", "application/vnd.api+json")
VERSIONED_ACCEPT = re.compile(r"application/vnd\.api\+json;\s*version=1")


def covers(path: str) -> bool:
    """True for the routes the Panoptes spec describes."""
    return path in COVERED_PATHS or path.startswith(COVERED_PREFIXES)


@dataclass(frozen=True)
class Violation:
    """One disagreement between the emulator's traffic and the spec."""

    method: str
    path: str
    status: int
    message: str

    def __str__(self) -> str:
        return f"{self.method} {self.path} -> {self.status}: {self.message}"


@dataclass(frozen=True)
class Exchange:
    """One request/response pair as the middleware saw it (headers lower-cased)."""

    method: str
    path: str
    query: str
    request_headers: list[tuple[str, str]]
    request_body: bytes
    status: int
    response_headers: list[tuple[str, str]]
    response_body: bytes

    def request_header(self, name: str) -> str:
        return next((v for k, v in self.request_headers if k == name), "")

    def response_header(self, name: str) -> str:
        return next((v for k, v in self.response_headers if k == name), "")


class ContractChecker:
    """Validates exchanges against the spec and keeps the violations (thread-safe)."""

    def __init__(self, spec_path: Path = SPEC_PATH, memoize: bool = True) -> None:
        self.spec_path = spec_path
        self.memoize = memoize
        self.violations: list[Violation] = []
        self._lock = threading.Lock()

    covers = staticmethod(covers)

    def load(self) -> None:
        """Import openapi-core and parse the spec now (the first load takes ~0.5 s)."""
        load_spec(self.spec_path)

    def check(self, exchange: Exchange) -> None:
        """Validate one exchange if its route is covered; record violations."""
        if not covers(exchange.path):
            return
        key = (self.spec_path, fingerprint(exchange)) if self.memoize else None
        messages = _memo.get(key) if key is not None else None
        if messages is None:
            try:
                messages = tuple(self._errors(exchange))
            except Exception as exc:  # a checker bug must not break the emulator's response
                messages = (f"contract checker failed: {type(exc).__name__}: {exc}",)
            if key is not None and len(_memo) < MEMO_SIZE:
                _memo[key] = messages
        if messages:
            with self._lock:
                self.violations.extend(Violation(exchange.method, exchange.path,
                                                 exchange.status, m) for m in messages)

    def _errors(self, exchange: Exchange) -> Iterator[str]:
        expected = _pre_routing_status(exchange)
        if expected is not None:
            if exchange.status != expected:
                yield f"the server answers {expected} here before routing"
            return
        spec = load_spec(self.spec_path)
        request = _Request.of(exchange, spec.host_url, spec.empty_ok)
        accepted = exchange.status < 400
        request_errors = list(spec.openapi.iter_request_errors(request))
        if any(_is_path_error(e) for e in request_errors):
            if accepted:
                yield f"route not in the spec but answered {exchange.status}"
            return
        if accepted:
            yield from (f"request: {_describe(e)}" for e in request_errors)
        response = _Response.of(exchange)
        if exchange.method == "HEAD" or not _is_json(response.content_type):
            errors = list(spec.headers_validator.iter_errors(request, response))
        else:
            errors = list(spec.openapi.iter_response_errors(request, response))
        yield from (f"response: {_describe(e)}" for e in errors)


def _pre_routing_status(exchange: Exchange) -> int | None:
    """The status the server answers before any operation runs, if it does.

    A CORS preflight (OPTIONS with `Origin` and `Access-Control-Request-Method`) is answered by
    rack-cors (200, empty). On /api PATCH is rejected by middleware (501) and a request without
    the versioned Accept header matches no route (404). The spec documents these in `info` and
    declares no operation for them.
    """
    if exchange.method == "OPTIONS" and exchange.request_header("origin") and \
            exchange.request_header("access-control-request-method"):
        return 200
    if exchange.path != "/api" and not exchange.path.startswith("/api/"):
        return None
    if exchange.method == "PATCH":
        return 501
    if not VERSIONED_ACCEPT.search(exchange.request_header("accept")):
        return 404
    return None


# ----- memo: exchanges of an already validated shape are not validated again --------------

MEMO_SIZE = 100_000
_memo: dict[tuple[Path, Hashable], tuple[str, ...]] = {}
NUMERIC_SEGMENT = re.compile(r"(?<=/)[0-9]+(,[0-9]+)*(?=/|$)")
DATE_TIME = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d")


def fingerprint(exchange: Exchange) -> Hashable:
    """Everything validation depends on, with ids in the path and JSON bodies reduced to shapes.

    Validating is ~5-15 ms an exchange; the suite repeats a few hundred shapes thousands of times.
    Query strings and the headers validation reads are kept verbatim, so `page_size=0` and
    `page_size=500` are validated separately.
    """
    return (exchange.method, NUMERIC_SEGMENT.sub("{n}", exchange.path), exchange.query,
            exchange.request_header("accept"), exchange.request_header("content-type"),
            exchange.request_header("authorization").partition(" ")[0].lower(),
            bool(exchange.request_header("if-match")), _body_shape(exchange.request_body),
            exchange.status, exchange.response_header("content-type"),
            tuple(sorted({k for k, _ in exchange.response_headers})),
            _body_shape(exchange.response_body))


def _body_shape(body: bytes) -> Hashable:
    if not body.strip():
        return None
    try:
        return _shape(json.loads(body))
    except ValueError:
        return ("raw", body)


def _shape(value: object) -> Hashable:
    """The JSON value's structure: keys, value types, string classes; list items as a set."""
    if isinstance(value, dict):
        return tuple((k, _shape(v)) for k, v in sorted(value.items()))
    if isinstance(value, list):
        return ("[]", *sorted({_shape(v) for v in value}, key=repr))
    if isinstance(value, str):
        if value.isascii() and value.isdigit():
            return "digits"
        return "date-time" if DATE_TIME.match(value) else ("str" if value else "empty")
    if isinstance(value, bool) or value is None:
        return value
    if isinstance(value, int):
        return "int" if value > 0 else ("zero" if value == 0 else "negative")
    return type(value).__name__


# ----- the spec, loaded once per process ---------------------------------------------------


@dataclass(frozen=True)
class LoadedSpec:
    """The parsed spec with its validators."""

    openapi: OpenAPI
    headers_validator: V31ResponseHeadersValidator
    host_url: str
    #: query parameters whose empty value (`search=`) counts as left out
    empty_ok: frozenset[str] = frozenset()


@functools.cache
def load_spec(path: Path = SPEC_PATH) -> LoadedSpec:
    """Import openapi-core and parse the bundled spec (cached; skips the spec self-check)."""
    from openapi_core import Config, OpenAPI
    from openapi_core.validation.response.validators import V31ResponseHeadersValidator

    data = json.loads(path.read_text())
    empty_ok = _take_allow_empty_value(data)
    openapi = OpenAPI.from_dict(data, config=Config(spec_validator_cls=None))
    headers = V31ResponseHeadersValidator(openapi.spec)
    return LoadedSpec(openapi, headers, data["servers"][0]["url"], empty_ok)


def _take_allow_empty_value(data: dict[str, Any]) -> frozenset[str]:
    """Remove `allowEmptyValue` from the query parameters; return the names that had it true.

    openapi-core honours the keyword but warns (DeprecationWarning) on every request that merely
    reaches such a parameter, so `_Request.of` drops an empty value of these parameters instead,
    which then validates as a parameter left out.
    """
    names: set[str] = set()
    holders = [op for item in (data.get("paths") or {}).values() if isinstance(item, dict)
               for op in [item, *item.values()] if isinstance(op, dict)]
    params = [p for holder in holders for p in holder.get("parameters") or []]
    params += list(((data.get("components") or {}).get("parameters") or {}).values())
    for param in params:
        if isinstance(param, dict) and param.pop("allowEmptyValue", False) and \
                param.get("in") == "query":
            names.add(str(param.get("name")))
    return frozenset(names)


# ----- openapi-core request/response adapters ----------------------------------------------


@dataclass
class _Request:
    host_url: str
    path: str
    method: str
    parameters: RequestParameters
    content_type: str
    body: bytes | None

    @classmethod
    def of(cls, exchange: Exchange, host_url: str,
           empty_ok: frozenset[str] = frozenset()) -> _Request:
        from openapi_core.datatypes import RequestParameters
        from werkzeug.datastructures import Headers, ImmutableMultiDict

        method = "get" if exchange.method == "HEAD" else exchange.method.lower()
        cookies = [c.strip().partition("=")[::2] for c in
                   exchange.request_header("cookie").split(";") if "=" in c]
        query = [(k, v) for k, v in parse_qsl(exchange.query, keep_blank_values=True)
                 if v or k not in empty_ok]
        parameters = RequestParameters(
            query=ImmutableMultiDict(query),
            header=Headers(exchange.request_headers),
            cookie=ImmutableMultiDict(cookies),
        )
        return cls(host_url, exchange.path, method, parameters,
                   _request_media_type(exchange.request_header("content-type")),
                   exchange.request_body or None)


def _request_media_type(content_type: str) -> str:
    """vnd.api+json request bodies are validated as the application/json the spec declares."""
    media = content_type.split(";")[0].strip().lower()
    return "application/json" if media == "application/vnd.api+json" else content_type.lower()


@dataclass
class _Response:
    status_code: int
    content_type: str
    headers: Headers
    data: bytes | None

    @classmethod
    def of(cls, exchange: Exchange) -> _Response:
        from werkzeug.datastructures import Headers

        return cls(exchange.status, exchange.response_header("content-type").lower(),
                   Headers(exchange.response_headers), exchange.response_body)


def _is_json(content_type: str) -> bool:
    return content_type.split(";")[0].strip() in JSON_MEDIA


# ----- error messages -----------------------------------------------------------------------


def _is_path_error(exc: Exception) -> bool:
    from openapi_core.templating.paths.exceptions import PathError

    return isinstance(exc, PathError)


def _describe(exc: BaseException) -> str:
    """One line: the openapi-core error, or its type and the first schema errors under it."""
    details: list[str] = []
    cause: BaseException | None = exc
    while cause is not None:
        for error in getattr(cause, "schema_errors", ())[:3]:
            where = "/".join(str(p) for p in error.absolute_path)
            details.append(f"{where or '<root>'}: {error.message[:160]}")
        cause = cause.__cause__
    if not details:
        return str(exc) or type(exc).__name__
    return f"{type(exc).__name__}: " + "; ".join(details)
