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

_NOTHING: Any = object()
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
        self.closed_by = "close()"
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
        html_ok: bool = False,
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
        return self.request(
            idempotent=idempotent, ok=ok, auth=auth, stream=stream, html_ok=html_ok, **built
        )

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
        html_ok: bool = False,
    ) -> httpx.Response:
        """Send one logical request (with retries); raise a typed error unless it succeeds.

        A 2xx HTML page from the API host is an InvalidResponseError unless ``html_ok`` (a
        proxy's or portal's page is not the API's answer).

        With ``stream=True`` the successful response is returned unread: close it. A streamed
        body is given as a function returning a fresh iterator, so that a retry can resend it.
        """
        method = method.upper()
        if idempotent is None:
            idempotent = method in IDEMPOTENT_METHODS
        allowed = frozenset(ok)
        is_api = not url.startswith(("http://", "https://"))  # not blob storage or downloads
        if self.api_params and is_api:
            params = {**self.api_params, **(params or {})}
        params = {k: _query_value(v) for k, v in (params or {}).items() if v is not None}
        send_auth: Any = httpx.USE_CLIENT_DEFAULT if auth else None
        attempt = 0
        while True:
            attempt += 1
            self._check_open()
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
                status = response.status_code
                retry = status in self.retry.statuses and (idempotent or status == 429)
                if not stream or status >= 300 or retry:
                    _read_and_close(response)
            except httpx.TransportError as exc:
                if idempotent or isinstance(exc, _SAFE_TO_RESEND):
                    if attempt < self.retry.max_attempts:
                        self._wait(attempt, None, request, type(exc).__name__)
                        continue
                    raise _transport_error(exc, request) from exc
                raise _ambiguous(exc, request) from exc
            except RuntimeError as exc:  # httpx: the client was closed meanwhile
                self._check_open()
                raise errors.TransportError(str(exc), method=method, url=str(request.url)) from exc

            if retry and attempt < self.retry.max_attempts:
                retry_after = parse_retry_after(response.headers.get("Retry-After"))
                if retry_after is None or retry_after <= self.retry.retry_after_max:
                    self._wait(attempt, retry_after, request, f"HTTP {status}")
                    continue
            if status in allowed:
                return response
            if status >= 400:
                raise_for_status(response)
            if 300 <= status < 400:
                where = errors.redact_url(response.headers.get("Location", "elsewhere"))
                raise invalid_response(
                    response,
                    f"the server redirected to {where} instead of answering (is the endpoint "
                    "right, http or https, with or without www?)",
                )
            if is_api and not html_ok and _is_html(response):
                if stream:
                    _read_and_close(response)
                raise invalid_response(
                    response,
                    "the API answered with an HTML page (a maintenance page, a proxy or a "
                    "captive portal?): the request may not have reached it",
                )
            return response

    def close(self, by: str = "close()") -> None:
        """Close the connection pool; later requests raise ClientClosedError naming ``by``."""
        if not self.client.is_closed:
            self.closed_by = by
        self.client.close()

    def _check_open(self) -> None:
        if self.client.is_closed:
            raise errors.ClientClosedError(
                f"this client for {self.base_url} was closed by {self.closed_by}; "
                "create a new one (or Panoptes.connect() again)"
            )

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


def _is_html(response: httpx.Response) -> bool:
    return "html" in response.headers.get("Content-Type", "").lower()


def _read_and_close(response: httpx.Response) -> None:
    try:
        response.read()
    finally:
        response.close()


def _ambiguous(exc: httpx.TransportError, request: httpx.Request) -> errors.AmbiguousWriteError:
    detail = errors.redact_url(str(exc) or type(exc).__name__)
    return errors.AmbiguousWriteError(
        f"{type(exc).__name__} after the request was sent ({detail}): the server may have acted",
        hint="check before repeating it",
        method=request.method,
        url=str(request.url),
    )


def _transport_error(exc: httpx.TransportError, request: httpx.Request) -> errors.TransportError:
    cls = errors.TimeoutError if isinstance(exc, httpx.TimeoutException) else errors.TransportError
    detail = str(exc) or type(exc).__name__
    return cls(
        f"{type(exc).__name__}: {errors.redact_url(detail)}",
        method=request.method,
        url=str(request.url),
    )
