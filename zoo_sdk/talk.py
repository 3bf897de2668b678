"""Talk, the Zooniverse discussion service: the data requests that export a project's Talk
comments and tags (spec/talk).

Talk shares the Panoptes credentials: each request carries the bearer token of the Panoptes
connection (refreshed by Panoptes). Its endpoint is the connection's ``talk_endpoint``
(https://talk.zooniverse.org, or Talk staging for Panoptes staging). Most code never needs this
module: ``Project.get_export("talk_comments")`` uses it::

    Panoptes.connect(username="example", password="...")
    talk = Panoptes.client().talk
    talk.post_data_request("project-1234", "comments")       # queue the export
    talk.get_data_request("project-1234", "comments")[0]["state"]   # 'pending' ... 'finished'

The names are panoptes_client's (``Talk.get_data_request``, ``Talk.post_data_request``); the
results are the data request records (newest first), not the raw ``(json, etag)`` pair.
"""

from __future__ import annotations

import weakref
from typing import TYPE_CHECKING, Any, cast

import httpx
from zoo_talk_api.api.data_requests import create_data_request, list_data_requests

from zoo_sdk import errors
from zoo_sdk._http import HTTP, JSONBody, RetryPolicy, invalid_response, json_body
from zoo_sdk.panoptes.client import USER_AGENT, Panoptes

if TYPE_CHECKING:
    from collections.abc import Mapping

#: What ``kind`` the server exports (``DataRequest.kinds``).
KINDS = ("comments", "tags", "votable_tags")
ACCEPT = "application/json"  # spec/talk info.x-zoo-accept
#: Data requests read per call (the server's maximum page size; a user has one per kind).
PAGE_SIZE = 100


class _PanoptesToken:
    """The bearer token of a Panoptes connection (the current one when ``panoptes`` is None).

    A Talk 401 is not a reason to sign in again: Talk also answers 401 when the policy denies
    the call (e.g. not an admin of the project's Talk).
    """

    def __init__(self, panoptes: Panoptes | None) -> None:
        # weak: Panoptes.talk holds its Talk, which must not keep the connection alive
        self._panoptes = weakref.ref(panoptes) if panoptes is not None else None

    def acquire_token(self) -> str | None:
        if self._panoptes is None:
            return Panoptes.client().get_bearer_token()
        pinned = self._panoptes()
        if pinned is None:
            raise errors.ClientClosedError("the Panoptes connection of this Talk client is gone")
        return pinned.get_bearer_token()

    def release_token(self, token: str | None) -> None:
        pass

    def token_rejected(self, token: str) -> bool:
        return False


class Talk:
    """The Talk HTTP client (data requests only). Thread-safe: one connection pool.

    ``endpoint`` defaults to the ``talk_endpoint`` of ``panoptes`` (or of the current
    connection); ``panoptes`` pins the connection whose token is sent.

    >>> talk = Talk(endpoint="http://127.0.0.1:8000/talk")   # no request is made
    >>> talk.endpoint
    'http://127.0.0.1:8000/talk'
    """

    def __init__(
        self,
        endpoint: str | None = None,
        *,
        panoptes: Panoptes | None = None,
        timeout: httpx.Timeout | float | None = None,
        retry: RetryPolicy | None = None,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        self.endpoint = (endpoint or (panoptes or Panoptes.client()).talk_endpoint).rstrip("/")
        self.http = HTTP(
            self.endpoint,
            headers={"Accept": ACCEPT, "User-Agent": USER_AGENT},
            timeout=timeout,
            retry=retry,
            token_source=_PanoptesToken(panoptes),
            transport=transport,
        )
        weakref.finalize(self, self.http.client.close)

    def __repr__(self) -> str:
        return f"<Talk {self.endpoint}>"

    def close(self) -> None:
        """Close the connection pool."""
        self.http.close()

    def get_data_request(self, section: str, kind: str) -> list[dict[str, Any]]:
        """The caller's data requests of ``section`` and ``kind``, newest first (a Zooniverse
        admin's list holds everyone's); empty when there is none.

        >>> Talk().get_data_request("project-1234", "tags")[0]["state"]   # doctest: +SKIP
        'finished'
        """
        query = _checked(section, kind)
        response = self.http.call(
            list_data_requests, section=query["section"], kind=query["kind"], page_size=PAGE_SIZE
        )
        return _records(response)

    def post_data_request(self, section: str, kind: str) -> dict[str, Any]:
        """Ask Talk to export ``section``'s ``kind``; returns the new (``pending``) request.

        Needs an admin of the section (a project's owners and collaborators). Talk keeps one
        request per section, kind and user for a day: asking again before it expires raises
        BadRequestError (``Validation failed: Kind has already been created``).

        >>> Talk().post_data_request("project-1234", "comments")["state"]   # doctest: +SKIP
        'pending'
        """
        body = JSONBody({"data_requests": _checked(section, kind)})
        records = _records(self.http.call(create_data_request, body=body))
        if not records:
            raise errors.InvalidResponseError("Talk answered a create with no data request")
        return records[0]


def _checked(section: Any, kind: Any) -> dict[str, str]:
    """Check a section and kind before any request."""
    if not isinstance(section, str) or not section.strip():
        raise errors.ValidationError(
            f"a Talk section is a non-empty string such as 'project-1234', not {section!r}"
        )
    if kind not in KINDS:
        raise errors.ValidationError(
            f"Talk exports {', '.join(KINDS)}; {kind!r} is none of them"
        )
    return {"section": section, "kind": cast(str, kind)}


def _records(response: httpx.Response) -> list[dict[str, Any]]:
    body: Mapping[str, Any] = json_body(response, dict)
    records = body.get("data_requests")
    if not isinstance(records, list) or not all(isinstance(r, dict) for r in records):
        raise invalid_response(response, "the answer has no list of data_requests")
    return [dict(r) for r in records]


__all__ = ["KINDS", "Talk"]
