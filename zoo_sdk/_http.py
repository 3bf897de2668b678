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

import email.utils
import json
import logging
import random
import threading
import time
from collections.abc import Callable, Generator, Iterable, Mapping
from dataclasses import dataclass, field
from types import ModuleType
from typing import Any, Protocol

import httpx

from zoo_sdk import errors

logger = logging.getLogger("zoo_sdk")


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

IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "PUT", "DELETE", "OPTIONS"})
_SAFE_TO_RESEND = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)


class JSONBody:
    """A request body handed to a generated endpoint as-is (lossless and forward compatible).

    >>> JSONBody({"projects": {"display_name": "x"}}).to_dict()
    {'projects': {'display_name': 'x'}}
    """

    __slots__ = ("payload",)

    def __init__(self, payload: Any) -> None:
        self.payload = payload

    def to_dict(self) -> Any:
        return self.payload


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
    """Supplies a bearer token (refreshing it when needed) for requests to the API host."""

    def bearer_token(self) -> str | None: ...

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
        token = self.source.bearer_token()
        if token:
            request.headers["Authorization"] = f"Bearer {token}"
        response = yield request
        if response.status_code == 401 and token and self.source.token_rejected(token):
            renewed = self.source.bearer_token()
            if renewed:
                request.headers["Authorization"] = f"Bearer {renewed}"
                yield request


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


def raise_for_status(response: httpx.Response) -> None:
    """Raise the typed :mod:`zoo_sdk.errors` exception for an error response."""
    if response.status_code < 400:
        return
    if not response.is_stream_consumed:
        response.read()
    messages = error_messages(response)
    cls = errors.error_class_for(response.status_code)
    raise cls(
        "; ".join(messages),
        status=response.status_code,
        messages=messages,
        method=response.request.method,
        url=str(response.request.url),
        retry_after=parse_retry_after(response.headers.get("Retry-After")),
    )


class HTTP:
    """One httpx client plus the retry loop and error mapping. Thread-safe.

    ``token_source`` adds ``Authorization: Bearer`` to requests for ``base_url``'s host only, so
    tokens never travel to blob storage or other hosts. ``api_params`` are added to every request
    for a path of ``base_url`` (e.g. Panoptes ``admin=true``), never to absolute URLs.
    """

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
        sleep: Callable[[float], None] = time.sleep,
        seed: int | None = None,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.retry = retry or RetryPolicy()
        self.api_params = dict(api_params or {})
        self._sleep = sleep
        self._rng = random.Random(seed)
        self._rng_lock = threading.Lock()
        api_host = httpx.URL(self.base_url).host
        self.client = httpx.Client(
            auth=BearerAuth(token_source, api_host) if token_source else None,
            base_url=self.base_url,
            headers=dict(headers or {}),
            params=dict(params or {}),
            timeout=timeout if timeout is not None else DEFAULT_TIMEOUT,
            limits=httpx.Limits(
                max_connections=max_connections, max_keepalive_connections=max_connections
            ),
            transport=transport,
            follow_redirects=False,
        )

    # -- sending -------------------------------------------------------------------------

    def call(
        self,
        endpoint: ModuleType,
        *,
        idempotent: bool | None = None,
        headers: Mapping[str, str] | None = None,
        ok: Iterable[int] = (),
        auth: bool = True,
        stream: bool = False,
        params: Mapping[str, Any] | None = None,
        content: bytes | Callable[[], Iterable[bytes]] | None = None,
        **kwargs: Any,
    ) -> httpx.Response:
        """Send the request that a generated endpoint module builds from ``kwargs``.

        ``ok`` lists error statuses to return instead of raising (e.g. 404 when probing);
        ``params`` adds query parameters the operation does not declare; ``content`` replaces
        the body with raw (re-readable, streamed) bytes, keeping the operation's headers.
        """
        built: dict[str, Any] = endpoint._get_kwargs(**kwargs)
        if headers:
            built["headers"] = {**built.get("headers", {}), **headers}
        if params:
            built["params"] = {**(built.get("params") or {}), **params}
        if content is not None:
            built["content"] = content
        return self.request(idempotent=idempotent, ok=ok, auth=auth, stream=stream, **built)

    def request(
        self,
        method: str,
        url: str,
        *,
        params: Mapping[str, Any] | None = None,
        json: Any = None,
        content: bytes | Callable[[], Iterable[bytes]] | None = None,
        data: Mapping[str, Any] | None = None,
        files: Any = None,
        headers: Mapping[str, str] | None = None,
        idempotent: bool | None = None,
        stream: bool = False,
        auth: bool = True,
        timeout: httpx.Timeout | float | None = None,
        ok: Iterable[int] = (),
    ) -> httpx.Response:
        """Send one logical request (with retries); raise a typed error unless it succeeds.

        With ``stream=True`` the successful response is returned unread: close it. A streamed
        body is given as a function returning a fresh iterator, so that a retry can resend it.
        """
        method = method.upper()
        if idempotent is None:
            idempotent = method in IDEMPOTENT_METHODS
        allowed = frozenset(ok)
        if self.api_params and not url.startswith(("http://", "https://")):
            params = {**self.api_params, **(params or {})}
        params = {k: _query_value(v) for k, v in (params or {}).items() if v is not None}
        send_auth: Any = httpx.USE_CLIENT_DEFAULT if auth else None
        attempt = 0
        while True:
            attempt += 1
            request = self.client.build_request(
                method,
                url,
                params=params or None,
                json=json,
                content=content() if callable(content) else content,
                data=data,
                files=files,
                headers=headers,
                timeout=timeout if timeout is not None else httpx.USE_CLIENT_DEFAULT,
            )
            try:
                response = self.client.send(request, stream=True, auth=send_auth)
            except httpx.TransportError as exc:
                retryable = idempotent or isinstance(exc, _SAFE_TO_RESEND)
                if retryable and attempt < self.retry.max_attempts:
                    self._wait(attempt, None, request, type(exc).__name__)
                    continue
                raise _transport_error(exc, request) from exc

            status = response.status_code
            if (
                status in self.retry.statuses
                and attempt < self.retry.max_attempts
                and (idempotent or status == 429)
            ):
                retry_after = parse_retry_after(response.headers.get("Retry-After"))
                if retry_after is None or retry_after <= self.retry.retry_after_max:
                    response.close()
                    self._wait(attempt, retry_after, request, f"HTTP {status}")
                    continue
            if status >= 400 and status not in allowed:
                try:
                    raise_for_status(response)
                finally:
                    response.close()
            if not stream:
                try:
                    response.read()
                finally:
                    response.close()
            return response

    def close(self) -> None:
        """Close the connection pool."""
        self.client.close()

    # -- internals -----------------------------------------------------------------------

    def _wait(
        self, attempt: int, retry_after: float | None, request: httpx.Request, why: str
    ) -> None:
        if retry_after is None:
            with self._rng_lock:
                delay = self.retry.backoff(attempt, self._rng)
        else:
            delay = retry_after
        logger.info(
            "retrying %s %s after %s (attempt %d of %d, waiting %.2fs)",
            request.method,
            errors.redact_url(str(request.url)),
            why,
            attempt + 1,
            self.retry.max_attempts,
            delay,
        )
        self._sleep(delay)


def _query_value(value: Any) -> Any:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list | tuple | set | frozenset):
        return ",".join(str(v) for v in value)
    return value


def _transport_error(exc: httpx.TransportError, request: httpx.Request) -> errors.TransportError:
    cls = errors.TimeoutError if isinstance(exc, httpx.TimeoutException) else errors.TransportError
    detail = str(exc) or type(exc).__name__
    return cls(
        f"{type(exc).__name__}: {errors.redact_url(detail)}",
        method=request.method,
        url=str(request.url),
    )
