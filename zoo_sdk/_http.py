"""The one HTTP transport: timeouts, retries with backoff and Retry-After, error mapping.

Each client (Panoptes, Caesar, CrowdFlower) owns one :class:`HTTP`, which owns one long-lived
``httpx.Client`` (connection pooling, one SSL context). Requests are built by the generated
endpoint modules and sent here::

    http = HTTP("https://www.zooniverse.org", headers={"Accept": PANOPTES_ACCEPT})
    response = http.call(get_project, id="1")        # generated module, its kwargs
    response.json()["projects"][0]

Retry rules (the only place they live):

- GET, HEAD, PUT, DELETE and calls marked ``idempotent=True`` are retried on 408, 429, 5xx,
  timeouts and dropped connections, with exponential backoff and full jitter, honouring
  ``Retry-After`` (seconds or HTTP date, capped).
- Any other POST (creating things) is retried only when the server cannot have acted on it:
  429 (rate limited) and connection failures before the request was sent.
"""

from __future__ import annotations

import contextlib
import contextvars
import copy
import email.utils
import json
import logging
import os
import random
import threading
import time
from collections.abc import (
    AsyncGenerator,
    Awaitable,
    Callable,
    Generator,
    Iterable,
    Iterator,
    Mapping,
)
from dataclasses import dataclass, field
from types import ModuleType
from typing import Any, Protocol, Self, cast

import httpx

from zoo_sdk import errors
from zoo_sdk._logs import configure_from_env

logger = logging.getLogger("zoo_sdk")
configure_from_env()


class _RedactSecrets(logging.Filter):
    """Hides API keys, URL signatures and tokens in httpx's own request log lines."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        redacted = errors.redact_url(message)
        if redacted != message:
            record.msg, record.args = redacted, ()
        return True


_httpx_logger = logging.getLogger("httpx")
if not any(isinstance(f, _RedactSecrets) for f in _httpx_logger.filters):
    _httpx_logger.addFilter(_RedactSecrets())

#: Default timeouts: a slow server is an error, never a hang.
DEFAULT_TIMEOUT = httpx.Timeout(connect=10.0, read=60.0, write=60.0, pool=30.0)

_NOTHING: Any = object()
#: The header carrying a request's id: sent by the client, echoed (or set) by the servers.
REQUEST_ID = "X-Request-Id"
IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "PUT", "DELETE", "OPTIONS"})
_SAFE_TO_RESEND = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)


class JSONBody:
    """A request body handed to a generated endpoint as-is (lossless and forward compatible).

    Checked when built, before any request: a value JSON cannot represent exactly (NaN or
    infinity, a datetime, a set, bytes, a non-string key) raises ValidationError naming where.

    >>> JSONBody({"projects": {"display_name": "x"}}).to_dict()
    {'projects': {'display_name': 'x'}}
    """

    __slots__ = ("payload",)

    def __init__(self, payload: Any) -> None:
        check_json(payload)
        self.payload = payload

    def to_dict(self) -> Any:
        return self.payload


def check_json(value: Any, where: str = "body") -> None:
    """Raise ValidationError unless ``value`` is exactly representable as JSON.

    >>> check_json({"metadata": {"when": float("nan")}})
    Traceback (most recent call last):
    zoo_sdk.errors.ValidationError: body.metadata.when is nan: JSON has no NaN or infinity ...
    """
    if value is None or isinstance(value, str | bool | int):
        return
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            raise errors.ValidationError(
                f"{where} is {value}: JSON has no NaN or infinity (use None or a string)"
            )
        return
    if isinstance(value, dict):
        for key, item in value.items():
            if not isinstance(key, str):
                raise errors.ValidationError(
                    f"{where} has the key {key!r} ({type(key).__name__}): JSON keys are strings"
                )
            check_json(item, f"{where}.{key}")
        return
    if isinstance(value, list | tuple):
        for index, item in enumerate(value):
            check_json(item, f"{where}[{index}]")
        return
    hint = " (use .isoformat())" if hasattr(value, "isoformat") else ""
    raise errors.ValidationError(
        f"{where} is a {type(value).__name__}, which JSON cannot represent{hint}"
    )


@dataclass(frozen=True)
class RetryPolicy:
    """How often and how long to retry.

    >>> RetryPolicy(max_attempts=1)  # never retry
    RetryPolicy(max_attempts=1, ...)
    """

    max_attempts: int = 5
    backoff_base: float = 0.5
    backoff_max: float = 20.0
    retry_after_max: float = 120.0
    statuses: frozenset[int] = field(
        default_factory=lambda: frozenset({408, 429, 500, 502, 503, 504})
    )

    def __repr__(self) -> str:
        return f"RetryPolicy(max_attempts={self.max_attempts}, ...)"

    def backoff(self, attempt: int, rng: random.Random) -> float:
        """Seconds to wait before attempt ``attempt + 1`` (full jitter)."""
        ceiling = min(self.backoff_max, self.backoff_base * (2 ** (attempt - 1)))
        return rng.uniform(ceiling / 2, ceiling)


class TokenSource(Protocol):
    """Supplies bearer tokens (refreshing them when needed) for requests to the API host.

    Each request holds its token from :meth:`acquire_token` until :meth:`release_token`, so a
    refresh (which revokes the old token) can wait for the requests still using it: no request
    is ever answered as anonymous because its token was revoked while it was in flight.
    """

    def acquire_token(self) -> str | None: ...

    def release_token(self, token: str | None) -> None: ...

    def token_rejected(self, token: str) -> bool:
        """The server answered 401 to ``token``: refresh it; True if a retry may succeed."""
        ...


class BearerAuth(httpx.Auth):
    """Adds ``Authorization: Bearer`` for one host only (never to blob storage or other hosts);
    on a 401 asks the token source to renew the token and resends once."""

    def __init__(self, source: TokenSource, host: str) -> None:
        self.source = source
        self.host = host

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        if request.url.host != self.host:
            yield request
            return
        token = self.source.acquire_token()
        try:
            if token:
                request.headers["Authorization"] = f"Bearer {token}"
            response = yield request
        finally:
            self.source.release_token(token)
        if response.status_code == 401 and token and self.source.token_rejected(token):
            renewed = self.source.acquire_token()
            try:
                if renewed:
                    request.headers["Authorization"] = f"Bearer {renewed}"
                    yield request
            finally:
                self.source.release_token(renewed)

    async def async_auth_flow(
        self, request: httpx.Request
    ) -> AsyncGenerator[httpx.Request, httpx.Response]:
        """The same flow for the async client; a sign-in or refresh (blocking I/O shared with
        the sync client) runs in a worker thread, never on the event loop."""
        if request.url.host != self.host:
            yield request
            return
        token = await self._acquire()
        try:
            if token:
                request.headers["Authorization"] = f"Bearer {token}"
            response = yield request
        finally:
            self.source.release_token(token)
        if response.status_code == 401 and token and await _in_thread(
                self.source.token_rejected, token):
            renewed = await self._acquire()
            try:
                if renewed:
                    request.headers["Authorization"] = f"Bearer {renewed}"
                    yield request
            finally:
                self.source.release_token(renewed)

    async def _acquire(self) -> str | None:
        nowait = getattr(self.source, "acquire_token_nowait", None)
        if nowait is not None:
            ready, token = nowait()
            if ready:
                return cast("str | None", token)
        return cast("str | None", await _in_thread(self.source.acquire_token))


async def _in_thread(function: Callable[..., Any], *args: Any) -> Any:
    import asyncio

    return await asyncio.to_thread(function, *args)


def parse_retry_after(value: str | None, now: float | None = None) -> float | None:
    """Seconds from a Retry-After header (delta seconds or an HTTP date).

    >>> parse_retry_after("2")
    2.0
    """
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value).timestamp()
    except (TypeError, ValueError):
        return None
    return max(0.0, when - (time.time() if now is None else now))


def error_messages(response: httpx.Response) -> list[str]:
    """The server's error messages, from any of the Panoptes, Doorkeeper, Caesar and
    CrowdFlower error shapes; the reason phrase when the body has none."""
    try:
        body = json.loads(response.content) if response.content else None
    except ValueError:
        body = None
    found: list[str] = []

    def collect(value: Any, prefix: str = "") -> None:
        if isinstance(value, str):
            found.append(prefix + value)
        elif isinstance(value, list):
            for item in value:
                collect(item, prefix)
        elif isinstance(value, dict):
            if "message" in value:
                collect(value["message"], prefix)
            elif "error_description" in value or "error" in value:
                collect(value.get("error_description") or value.get("error"), prefix)
            else:
                for key, item in value.items():
                    collect(item, f"{key}: ")

    if isinstance(body, dict):
        for key in ("errors", "error_description", "error", "message", "notice"):
            if key in body:
                collect(body[key])
                break
    return found or [response.reason_phrase or f"HTTP {response.status_code}"]


_SHAPES: dict[type, str] = {dict: "a JSON object", list: "a JSON list"}


def json_body(
    response: httpx.Response, expect: type | None = dict, *, empty: Any = _NOTHING
) -> Any:
    """The parsed JSON body of a response, checked: the one place zoo-sdk reads a body.

    A body that is not JSON (an HTML maintenance page, a captive portal), empty, cut short or of
    the wrong shape (``expect``: ``dict``, ``list`` or None for any) raises
    :class:`~zoo_sdk.errors.InvalidResponseError` with the status, content type and a redacted
    snippet. ``empty`` is returned for an empty body instead of raising (e.g. ``empty=None``).

    >>> json_body(httpx.Response(200, json={"projects": []}))
    {'projects': []}
    """
    content = response.content
    if not content.strip():
        if empty is not _NOTHING:
            return empty
        raise invalid_response(response, "the server answered with an empty body")
    try:
        parsed = json.loads(content)
    except (ValueError, UnicodeDecodeError):
        message = "the server answered with a body that is not JSON"
        raise invalid_response(response, message) from None
    if expect is not None and not isinstance(parsed, expect):
        shape = _SHAPES.get(expect, expect.__name__)
        raise invalid_response(response, f"the server answered with JSON that is not {shape}")
    return parsed


def invalid_response(response: httpx.Response, message: str) -> errors.InvalidResponseError:
    request = response._request
    text = response.content[:200].decode("utf-8", "replace")
    return errors.InvalidResponseError(
        message,
        status=response.status_code,
        content_type=response.headers.get("Content-Type"),
        snippet=" ".join(text.split()),
        method=request.method if request is not None else None,
        url=str(request.url) if request is not None else None,
    )


def status_error(response: httpx.Response, request_id: str | None = None) -> errors.APIError:
    """The typed :mod:`zoo_sdk.errors` exception for an error response (read first), with the
    server's request id (``X-Request-Id``, else ``request_id``, the one the client sent)."""
    if not response.is_stream_consumed:
        response.read()
    messages = error_messages(response)
    cls = errors.error_class_for(response.status_code)
    return cls(
        "; ".join(messages),
        status=response.status_code,
        messages=messages,
        method=response.request.method,
        url=str(response.request.url),
        retry_after=parse_retry_after(response.headers.get("Retry-After")),
        request_id=response.headers.get(REQUEST_ID) or request_id
        or response.request.headers.get(REQUEST_ID),
    )


def raise_for_status(response: httpx.Response) -> None:
    """Raise the typed :mod:`zoo_sdk.errors` exception for an error response."""
    if response.status_code >= 400:
        raise status_error(response)


class RateLimit:
    """A client-side limit of ``per_second`` requests, shared by every thread and task using the
    client: each request reserves the next free slot (no lock is held while waiting).

    >>> limit = RateLimit(2.0, clock=lambda: 0.0)
    >>> [limit.reserve() for _ in range(3)]   # seconds each caller waits
    [0.0, 0.5, 1.0]
    """

    def __init__(self, per_second: float, *, clock: Callable[[], float] = time.monotonic) -> None:
        if isinstance(per_second, bool) or not isinstance(per_second, int | float) \
                or not per_second > 0:
            raise errors.ConfigurationError(
                f"rate_limit is requests per second, above 0, not {per_second!r}")
        self.interval = 1.0 / float(per_second)
        self._clock = clock
        self._next = 0.0
        self._lock = threading.Lock()

    def reserve(self) -> float:
        """Take the next slot; the seconds to wait before sending."""
        with self._lock:
            now = self._clock()
            slot = max(now, self._next)
            self._next = slot + self.interval
            return slot - now


@dataclass(frozen=True)
class RawResponse:
    """What a call's final answer looked like: status, headers (ETag, X-Request-Id, ...),
    the request's method and redacted URL, and the time the last attempt took."""

    status: int
    headers: httpx.Headers
    method: str
    url: str
    request_id: str | None
    attempts: int
    elapsed: float

    @property
    def etag(self) -> str | None:
        etag: str | None = self.headers.get("ETag")
        return etag


_captures: contextvars.ContextVar[tuple[list[RawResponse], ...]] = contextvars.ContextVar(
    "zoo_sdk_captures", default=())


@contextlib.contextmanager
def capture_responses() -> Iterator[list[RawResponse]]:
    """Record the final response of every call made in the block (this thread or task).

    >>> with capture_responses() as seen:              # doctest: +SKIP
    ...     project.save()
    >>> seen[-1].status, seen[-1].etag, seen[-1].request_id   # doctest: +SKIP
    (200, 'W/"a3f..."', '5d0c...')
    """
    seen: list[RawResponse] = []
    token = _captures.set((*_captures.get(), seen))
    try:
        yield seen
    finally:
        _captures.reset(token)


@dataclass
class _Outcome:
    """What a driver does after one attempt: wait ``delay`` and resend, or return
    ``response``, or raise ``error`` (closing ``response`` first when ``close``)."""

    delay: float | None = None
    response: httpx.Response | None = None
    error: BaseException | None = None
    close: bool = False


class _Call:
    """One logical request: everything the sync and async drivers share but the I/O — the
    request built for each attempt, the retry decisions, the error mapping, the logs."""

    def __init__(self, transport: _Transport, method: str, url: str, *,
                 params: Mapping[str, Any] | None, json: Any,
                 content: bytes | Callable[[], Iterable[bytes]] | None,
                 data: Mapping[str, Any] | None, files: Any,
                 headers: Mapping[str, str] | None, idempotent: bool | None, stream: bool,
                 auth: bool, timeout: httpx.Timeout | float | None, ok: Iterable[int],
                 html_ok: bool) -> None:
        self.transport = transport
        self.method = method.upper()
        self.url = url
        self.idempotent = self.method in IDEMPOTENT_METHODS if idempotent is None else idempotent
        self.allowed = frozenset(ok)
        self.is_api = not url.startswith(("http://", "https://"))  # not blobs or downloads
        if transport.api_params and self.is_api:
            params = {**transport.api_params, **(params or {})}
        self.params = {k: _query_value(v) for k, v in (params or {}).items() if v is not None}
        self.json, self.content, self.data, self.files = json, content, data, files
        self.request_id = os.urandom(16).hex()
        self.headers = {REQUEST_ID: self.request_id, **(headers or {})}
        self.stream = stream
        self.send_auth: Any = httpx.USE_CLIENT_DEFAULT if auth else None
        chosen = timeout if timeout is not None else transport.timeout
        self.timeout: Any = chosen if chosen is not None else httpx.USE_CLIENT_DEFAULT
        self.html_ok = html_ok
        self.attempt = 0
        self.started = 0.0

    def build(self, client: httpx.Client | httpx.AsyncClient) -> httpx.Request:
        """The request of the next attempt (a streamed body is made afresh)."""
        self.attempt += 1
        self.transport.check_open()
        self.started = time.perf_counter()
        content: Any = self.content() if callable(self.content) else self.content
        if isinstance(client, httpx.AsyncClient) and content is not None \
                and not isinstance(content, bytes):
            content = _async_chunks(content)
        return client.build_request(
            self.method, self.url, params=self.params or None, json=self.json,
            content=content, data=self.data, files=self.files, headers=self.headers,
            timeout=self.timeout)

    def read_now(self, response: httpx.Response) -> bool:
        """Whether the body is read at once (all but a streamed success)."""
        return not self.stream or response.status_code >= 300 or self._retryable(response)

    def after_error(self, exc: BaseException, request: httpx.Request) -> _Outcome:
        """An attempt failed without an answer: resend after a delay, or the error to raise."""
        if isinstance(exc, RuntimeError):  # httpx: the client was closed meanwhile
            self.transport.check_open()
            return _Outcome(error=errors.TransportError(
                str(exc), method=self.method, url=str(request.url), request_id=self.request_id))
        assert isinstance(exc, httpx.TransportError)
        if self.idempotent or isinstance(exc, _SAFE_TO_RESEND):
            if self.attempt < self.transport.retry.max_attempts:
                return _Outcome(delay=self._backoff(None, request, type(exc).__name__))
            return _Outcome(error=_transport_error(exc, request, self.request_id))
        return _Outcome(error=_ambiguous(exc, request, self.request_id))

    def after_response(self, response: httpx.Response) -> _Outcome:
        """An attempt got an answer: resend after a delay, return it, or the error to raise."""
        status = response.status_code
        request_id = response.headers.get(REQUEST_ID) or self.request_id
        logger.debug("%s %s -> %d in %.0f ms (attempt %d, request id %s)", self.method,
                     errors.redact_url(str(response.request.url)), status,
                     (time.perf_counter() - self.started) * 1000, self.attempt, request_id)
        if self._retryable(response) and self.attempt < self.transport.retry.max_attempts:
            retry_after = parse_retry_after(response.headers.get("Retry-After"))
            if retry_after is None or retry_after <= self.transport.retry.retry_after_max:
                return _Outcome(delay=self._backoff(retry_after, response.request,
                                                    f"HTTP {status}"))
        if status in self.allowed:
            return self._done(response)
        if status >= 400:
            return _Outcome(error=status_error(response, request_id))
        if 300 <= status < 400:
            where = errors.redact_url(response.headers.get("Location", "elsewhere"))
            return _Outcome(error=invalid_response(
                response, f"the server redirected to {where} instead of answering (is the "
                "endpoint right, http or https, with or without www?)"))
        if self.is_api and not self.html_ok and _is_html(response):
            return _Outcome(close=self.stream, error=invalid_response(
                response, "the API answered with an HTML page (a maintenance page, a proxy or "
                "a captive portal?): the request may not have reached it"))
        return self._done(response)

    def _done(self, response: httpx.Response) -> _Outcome:
        captures = _captures.get()
        if captures:
            raw = RawResponse(response.status_code, response.headers, self.method,
                              errors.redact_url(str(response.request.url)),
                              response.headers.get(REQUEST_ID) or self.request_id,
                              self.attempt, time.perf_counter() - self.started)
            for seen in captures:
                seen.append(raw)
        return _Outcome(response=response)

    def _retryable(self, response: httpx.Response) -> bool:
        status = response.status_code
        return status in self.transport.retry.statuses and (self.idempotent or status == 429)

    def _backoff(self, retry_after: float | None, request: httpx.Request, why: str) -> float:
        transport = self.transport
        if retry_after is None:
            with transport.rng_lock:
                delay = transport.retry.backoff(self.attempt, transport.rng)
        else:
            delay = retry_after
        logger.info("retrying %s %s after %s (attempt %d of %d, waiting %.2fs, request id %s)",
                    request.method, errors.redact_url(str(request.url)), why, self.attempt + 1,
                    transport.retry.max_attempts, delay, self.request_id)
        return delay


class _Transport:
    """What the sync :class:`HTTP` and the async :class:`AsyncHTTP` share: configuration,
    per-call options, the rate limit and the building of each :class:`_Call`."""

    client: httpx.Client | httpx.AsyncClient

    def __init__(self, base_url: str, *, retry: RetryPolicy | None,
                 api_params: Mapping[str, str] | None, rate_limit: float | RateLimit | None,
                 seed: int | None) -> None:
        self.base_url = base_url.rstrip("/")
        self.closed_by = "close()"
        self.retry = retry or RetryPolicy()
        self.timeout: httpx.Timeout | float | None = None  # None: the client's default
        self.api_params = dict(api_params or {})
        self.rate_limit = rate_limit if isinstance(rate_limit, RateLimit) or rate_limit is None \
            else RateLimit(rate_limit)
        self.rng = random.Random(seed)
        self.rng_lock = threading.Lock()

    def with_options(self, *, timeout: httpx.Timeout | float | None = None,
                     retry: RetryPolicy | None = None) -> Self:
        """The same transport (one connection pool, auth, rate limit) with another default
        timeout and retry policy for the calls made through the copy.

        >>> fast = http.with_options(timeout=5, retry=RetryPolicy(max_attempts=1))  # doctest: +SKIP
        """
        clone = copy.copy(self)
        if timeout is not None:
            clone.timeout = timeout
        if retry is not None:
            clone.retry = retry
        return clone

    def check_open(self) -> None:
        if self.client.is_closed:
            raise errors.ClientClosedError(
                f"this client for {self.base_url} was closed by {self.closed_by}; "
                "create a new one (or Panoptes.connect() again)"
            )

    def _call(self, endpoint: ModuleType | None, method: str = "", url: str = "", *,
              headers: Mapping[str, str] | None = None, params: Mapping[str, Any] | None = None,
              content: bytes | Callable[[], Iterable[bytes]] | None = None,
              json: Any = None, data: Mapping[str, Any] | None = None, files: Any = None,
              idempotent: bool | None = None, stream: bool = False, auth: bool = True,
              timeout: httpx.Timeout | float | None = None, ok: Iterable[int] = (),
              html_ok: bool = False, **kwargs: Any) -> _Call:
        """The call for a generated endpoint module's request (built from ``kwargs``) or for
        ``method`` and ``url``."""
        if endpoint is not None:
            built: dict[str, Any] = endpoint._get_kwargs(**kwargs)
            method, url = built.pop("method"), built.pop("url")
            headers = {**built.pop("headers", {}), **(headers or {})}
            params = {**(built.pop("params", None) or {}), **(params or {})}
            json, data, files = built.pop("json", None), built.pop("data", None), \
                built.pop("files", None)
            content = content if content is not None else built.pop("content", None)
        return _Call(self, method, url, params=params, json=json, content=content, data=data,
                     files=files, headers=headers, idempotent=idempotent, stream=stream,
                     auth=auth, timeout=timeout, ok=ok, html_ok=html_ok)

    def _client_options(self, base_url: str, headers: Mapping[str, str] | None,
                        params: Mapping[str, str] | None, timeout: httpx.Timeout | float | None,
                        max_connections: int, auth: httpx.Auth | None) -> dict[str, Any]:
        return {
            "auth": auth, "base_url": base_url, "headers": dict(headers or {}),
            "params": dict(params or {}), "follow_redirects": False,
            "timeout": timeout if timeout is not None else DEFAULT_TIMEOUT,
            "limits": httpx.Limits(max_connections=max_connections,
                                   max_keepalive_connections=max_connections),
        }


class HTTP(_Transport):
    """One httpx client plus the retry loop and error mapping. Thread-safe.

    ``token_source`` adds ``Authorization: Bearer`` to requests for ``base_url``'s host only, so
    tokens never travel to blob storage or other hosts. ``api_params`` are added to every request
    for a path of ``base_url`` (e.g. Panoptes ``admin=true``), never to absolute URLs.
    ``rate_limit`` (requests per second, or a shared :class:`RateLimit`) spaces the requests of
    every thread using it.
    """

    client: httpx.Client

    def __init__(
        self,
        base_url: str,
        *,
        headers: Mapping[str, str] | None = None,
        params: Mapping[str, str] | None = None,
        api_params: Mapping[str, str] | None = None,
        timeout: httpx.Timeout | float | None = None,
        retry: RetryPolicy | None = None,
        max_connections: int = 32,
        token_source: TokenSource | None = None,
        transport: httpx.BaseTransport | None = None,
        rate_limit: float | RateLimit | None = None,
        sleep: Callable[[float], None] = time.sleep,
        seed: int | None = None,
    ) -> None:
        super().__init__(base_url, retry=retry, api_params=api_params, rate_limit=rate_limit,
                         seed=seed)
        self._sleep = sleep
        auth = BearerAuth(token_source, httpx.URL(self.base_url).host) if token_source else None
        self.client = httpx.Client(
            transport=transport,
            **self._client_options(self.base_url, headers, params, timeout, max_connections,
                                   auth))

    def call(self, endpoint: ModuleType, **kwargs: Any) -> httpx.Response:
        """Send the request that a generated endpoint module builds from ``kwargs``.

        Besides the endpoint's arguments: ``ok`` lists error statuses to return instead of
        raising (e.g. 404 when probing); ``params`` adds query parameters the operation does
        not declare; ``content`` replaces the body with raw (re-readable, streamed) bytes,
        keeping the operation's headers; ``headers``, ``idempotent``, ``stream``, ``auth``,
        ``timeout`` and ``html_ok`` as for :meth:`request`.
        """
        return self._send(self._call(endpoint, **kwargs))

    def request(self, method: str, url: str, **options: Any) -> httpx.Response:
        """Send one logical request (with retries); raise a typed error unless it succeeds.

        A 2xx HTML page from the API host is an InvalidResponseError unless ``html_ok`` (a
        proxy's or portal's page is not the API's answer).

        With ``stream=True`` the successful response is returned unread: close it. A streamed
        body is given as a function returning a fresh iterator, so that a retry can resend it.
        """
        return self._send(self._call(None, method, url, **options))

    def _send(self, call: _Call) -> httpx.Response:
        while True:
            request = call.build(self.client)
            if self.rate_limit is not None and (wait := self.rate_limit.reserve()) > 0:
                self._sleep(wait)
            try:
                response = self.client.send(request, stream=True, auth=call.send_auth)
                if call.read_now(response):
                    _read_and_close(response)
            except (httpx.TransportError, RuntimeError) as exc:
                outcome = call.after_error(exc, request)
            else:
                outcome = call.after_response(response)
            if outcome.delay is not None:
                self._sleep(outcome.delay)
                continue
            if outcome.error is not None:
                if outcome.close:
                    _read_and_close(response)
                raise outcome.error
            assert outcome.response is not None
            return outcome.response

    def close(self, by: str = "close()") -> None:
        """Close the connection pool; later requests raise ClientClosedError naming ``by``."""
        if not self.client.is_closed:
            self.closed_by = by
        self.client.close()


class AsyncHTTP(_Transport):
    """The async twin of :class:`HTTP` (one ``httpx.AsyncClient``): the same calls, retries,
    error mapping, token handling and rate limit — only the I/O is awaited.

    >>> http = AsyncHTTP("https://www.zooniverse.org", headers={"Accept": ACCEPT})  # doctest: +SKIP
    >>> (await http.call(get_project, id="1")).json()                          # doctest: +SKIP
    """

    client: httpx.AsyncClient

    def __init__(
        self,
        base_url: str,
        *,
        headers: Mapping[str, str] | None = None,
        params: Mapping[str, str] | None = None,
        api_params: Mapping[str, str] | None = None,
        timeout: httpx.Timeout | float | None = None,
        retry: RetryPolicy | None = None,
        max_connections: int = 32,
        token_source: TokenSource | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        rate_limit: float | RateLimit | None = None,
        sleep: Callable[[float], Awaitable[None]] | None = None,
        seed: int | None = None,
    ) -> None:
        super().__init__(base_url, retry=retry, api_params=api_params, rate_limit=rate_limit,
                         seed=seed)
        self._sleep = sleep or _asyncio_sleep
        auth = BearerAuth(token_source, httpx.URL(self.base_url).host) if token_source else None
        self.client = httpx.AsyncClient(
            transport=transport,
            **self._client_options(self.base_url, headers, params, timeout, max_connections,
                                   auth))

    async def call(self, endpoint: ModuleType, **kwargs: Any) -> httpx.Response:
        """As :meth:`HTTP.call`, awaited."""
        return await self._send(self._call(endpoint, **kwargs))

    async def request(self, method: str, url: str, **options: Any) -> httpx.Response:
        """As :meth:`HTTP.request`, awaited (a streamed response is closed with aclose())."""
        return await self._send(self._call(None, method, url, **options))

    async def _send(self, call: _Call) -> httpx.Response:
        while True:
            request = call.build(self.client)
            if self.rate_limit is not None and (wait := self.rate_limit.reserve()) > 0:
                await self._sleep(wait)
            try:
                response = await self.client.send(request, stream=True, auth=call.send_auth)
                if call.read_now(response):
                    await _aread_and_close(response)
            except (httpx.TransportError, RuntimeError) as exc:
                outcome = call.after_error(exc, request)
            else:
                outcome = call.after_response(response)
            if outcome.delay is not None:
                await self._sleep(outcome.delay)
                continue
            if outcome.error is not None:
                if outcome.close:
                    await _aread_and_close(response)
                raise outcome.error
            assert outcome.response is not None
            return outcome.response

    async def aclose(self, by: str = "aclose()") -> None:
        """Close the connection pool; later requests raise ClientClosedError naming ``by``."""
        if not self.client.is_closed:
            self.closed_by = by
        await self.client.aclose()


def _query_value(value: Any) -> Any:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list | tuple | set | frozenset):
        return ",".join(str(v) for v in value)
    return value


def _is_html(response: httpx.Response) -> bool:
    return "html" in response.headers.get("Content-Type", "").lower()


def _read_and_close(response: httpx.Response) -> None:
    try:
        response.read()
    finally:
        response.close()


async def _async_chunks(chunks: Iterable[bytes]) -> AsyncGenerator[bytes, None]:
    """A streamed body for the async client (its chunks are read from local files or memory
    between sends: 1 MiB at a time, short enough not to hold up the event loop)."""
    for chunk in chunks:
        yield chunk


async def _asyncio_sleep(seconds: float) -> None:
    import asyncio

    await asyncio.sleep(seconds)


async def _aread_and_close(response: httpx.Response) -> None:
    try:
        await response.aread()
    finally:
        await response.aclose()


def _ambiguous(exc: httpx.TransportError, request: httpx.Request,
               request_id: str | None = None) -> errors.AmbiguousWriteError:
    detail = errors.redact_url(str(exc) or type(exc).__name__)
    return errors.AmbiguousWriteError(
        f"{type(exc).__name__} after the request was sent ({detail}): the server may have acted",
        hint="check before repeating it",
        method=request.method,
        url=str(request.url),
        request_id=request_id,
    )


def _transport_error(exc: httpx.TransportError, request: httpx.Request,
                     request_id: str | None = None) -> errors.TransportError:
    cls = errors.TimeoutError if isinstance(exc, httpx.TimeoutException) else errors.TransportError
    detail = str(exc) or type(exc).__name__
    return cls(
        f"{type(exc).__name__}: {errors.redact_url(detail)}",
        method=request.method,
        url=str(request.url),
        request_id=request_id,
    )
