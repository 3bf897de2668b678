"""The exception hierarchy of zoo-sdk.

Every error raised by an API call is an :class:`APIError` (also importable under the
panoptes_client name :class:`PanoptesAPIException`), specialised by what went wrong::

    try:
        Project.find(1234)
    except NotFoundError as e:
        print(e.status, e.messages)

Messages never contain tokens, passwords, API keys or URL signatures: URLs are redacted.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any

_SECRET_PARAMS = re.compile(
    r"(?i)([?&](?:key|sig|signature|token|access_token|refresh_token|password|client_secret|se|sv|skoid|sktid)=)[^&#]*"
)


def redact_url(url: str) -> str:
    """Hide secret query values (API keys, signatures, tokens) in a URL.

    >>> redact_url("https://api.example/v1/jobs.json?key=abc&page=2")
    'https://api.example/v1/jobs.json?key=***&page=2'
    """
    return _SECRET_PARAMS.sub(r"\1***", url)


_SECRET_FIELDS = re.compile(
    r'(?i)("(?:access_token|refresh_token|password|client_secret|api_key|key|token|'
    r'authenticity_token)"\s*:\s*)"[^"]*"'
)


def redact_text(text: str) -> str:
    """Hide secrets in a snippet of a body: URL query secrets and JSON secret fields.

    >>> redact_text('{"access_token": "abc", "n": 1}')
    '{"access_token": "***", "n": 1}'
    """
    return _SECRET_FIELDS.sub(r'\1"***"', redact_url(text))


class ZooError(Exception):
    """Base class of every exception raised by zoo-sdk."""


class APIError(ZooError):
    """An HTTP API call failed. Carries the status (None for transport errors) and messages.

    >>> APIError("boom", status=500, method="GET", url="/api/projects").status
    500
    """

    def __init__(
        self,
        message: str,
        *,
        status: int | None = None,
        messages: Sequence[str] = (),
        method: str | None = None,
        url: str | None = None,
        retry_after: float | None = None,
        request_id: str | None = None,
    ) -> None:
        self.status = status
        self.messages = list(messages) or [message]
        self.method = method
        self.url = redact_url(url) if url else None
        self.retry_after = retry_after
        #: The request's id (``X-Request-Id``), for the server's logs and bug reports.
        self.request_id = request_id
        where = f" ({method} {self.url})" if method and self.url else ""
        code = f"HTTP {status}: " if status is not None else ""
        rid = f" [request id {request_id}]" if request_id else ""
        super().__init__(f"{code}{message}{where}{rid}")


#: The panoptes_client name of the API error base class (``except PanoptesAPIException`` works).
PanoptesAPIException = APIError


class BadRequestError(APIError):
    """400: the server rejected the data (Panoptes model validation, malformed JSON)."""


class UnauthorizedError(APIError):
    """401: not logged in, or the token or credentials are invalid or expired."""


class ForbiddenError(APIError):
    """403: logged in, but not allowed to do this."""


class NotFoundError(APIError):
    """404: no such resource, or not visible to the caller."""


class ConflictError(APIError):
    """409: a concurrent change conflicted with this one; re-read and retry."""


class PreconditionFailedError(APIError):
    """412/428: the ETag sent as If-Match is stale, or If-Match is missing."""


class ValidationError(APIError):
    """415/422: the request was well-formed HTTP but its content was not acceptable."""


class RateLimitedError(APIError):
    """429: too many requests; ``retry_after`` says how long the server asked to wait."""


class ServerError(APIError):
    """5xx: the server failed (after the retries allowed for this request)."""


class TransportError(APIError):
    """The request did not complete: connection refused or reset, DNS, TLS, protocol error."""


class TimeoutError(TransportError):
    """The request (or a wait such as an export) did not complete in time."""


class AmbiguousWriteError(TransportError):
    """A request that changes data was sent, but its reply was lost (reset, timeout, cut short):
    the server may or may not have acted. Never retried blindly; ``hint`` says how to find out.

    >>> AmbiguousWriteError("reply lost", hint="look for it").hint
    'look for it'
    """

    def __init__(
        self,
        message: str,
        *,
        hint: str = "",
        find: Callable[[], list[Any]] | None = None,
        **kwargs: Any,
    ) -> None:
        self.hint = hint
        self._find = find
        super().__init__(f"{message}; {hint}" if hint else message, **kwargs)

    def find(self) -> list[Any]:
        """What the request may have created, looked up on the server (empty: nothing found,
        so sending it again is safe); raises ZooError when there is no way to look."""
        if self._find is None:
            raise ZooError(f"no lookup is known for this request; {self.hint}")
        return self._find()


class InvalidResponseError(APIError):
    """The server answered, but not with what the API promises: HTML, an empty or truncated
    body, JSON of the wrong shape, or a redirect. Carries ``content_type`` and a short,
    redacted ``snippet`` of the body.

    >>> InvalidResponseError("not JSON", status=200, content_type="text/html").content_type
    'text/html'
    """

    def __init__(
        self, message: str, *, content_type: str | None = None, snippet: str = "", **kwargs: Any
    ) -> None:
        self.content_type = content_type
        self.snippet = redact_text(snippet)
        detail = f" [{content_type or 'no content type'}: {self.snippet!r}]" if snippet else ""
        super().__init__(message + detail, **kwargs)


class ClientClosedError(ZooError, RuntimeError):
    """A client was used after it was closed; the message names what closed it."""


class ConfigurationError(ZooError, ValueError):
    """A client was set up with values it cannot work with (empty password or API key, ...)."""


class LinkTypeError(ZooError, TypeError):
    """An object of the wrong resource class was given for a link."""


class NotLoadedError(ZooError, AttributeError):
    """An attribute of an async object that is not loaded was read (``zoo_sdk.aio`` never
    loads behind an attribute read): ``await obj.reload()`` first."""


class UnknownAttributeError(ZooError, AttributeError):
    """The resource has no such attribute (the message suggests the nearest names)."""


class UploadError(APIError):
    """A media file could not be uploaded; the subject is not complete."""


class ExportTimeoutError(TimeoutError):
    """An export was not ready before ``timeout`` seconds passed."""


class AggregationTimeoutError(TimeoutError):
    """A batch aggregation had not finished before ``timeout`` seconds passed."""


class ObjectNotSavedException(ZooError):
    """An operation needs the object to be saved first (it has no id yet)."""


class ReadOnlyAttributeException(ZooError, AttributeError):
    """The API does not allow this attribute to be modified."""


class UnknownMediaException(ZooError, ValueError):
    """A media location has a type, size or form the API does not accept."""


_BY_STATUS: dict[int, type[APIError]] = {
    400: BadRequestError,
    401: UnauthorizedError,
    403: ForbiddenError,
    404: NotFoundError,
    408: TimeoutError,
    409: ConflictError,
    412: PreconditionFailedError,
    415: ValidationError,
    422: ValidationError,
    428: PreconditionFailedError,
    429: RateLimitedError,
}


def error_class_for(status: int) -> type[APIError]:
    """The exception class for an HTTP error status.

    >>> error_class_for(503).__name__
    'ServerError'
    """
    if status in _BY_STATUS:
        return _BY_STATUS[status]
    return ServerError if status >= 500 else APIError
