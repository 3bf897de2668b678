"""Signing in to Panoptes and keeping the bearer token fresh, safely across threads.

Three ways to get a token, as the real server offers them:

- password: ``GET /users/sign_in`` (CSRF token + session cookie), ``POST /users/sign_in``, then
  ``POST /oauth/token`` with ``grant_type=password`` (the session cookie identifies the user);
- client credentials: ``POST /oauth/token`` with ``grant_type=client_credentials`` (acts as the
  OAuth application's owner);
- refresh: ``grant_type=refresh_token``, done :data:`REFRESH_MARGIN` seconds before expiry, by one
  thread while the others wait for the new token.

>>> Secret("hunter2")
Secret('***')
"""

from __future__ import annotations

import logging
import threading
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from zoo_sdk import errors
from zoo_sdk._http import json_body
from zoo_sdk.panoptes._ops import op

if TYPE_CHECKING:
    from zoo_sdk._http import HTTP

logger = logging.getLogger("zoo_sdk")

#: Refresh this many seconds before the token expires (the peer uses two minutes too).
REFRESH_MARGIN = 120.0

#: Longest a refresh waits for requests still using the old token (then it goes ahead).
DRAIN_SECONDS = 30.0

#: The public OAuth client ids the Zooniverse front ends (and panoptes_client) use.
PUBLIC_CLIENT_IDS = {
    "https://panoptes-staging.zooniverse.org": (
        "e094b63362fdef0548e0bbcc6e6cb5996c422d3a770074ef972432d57d41049c"
    ),
}
DEFAULT_CLIENT_ID = "ce310d45f951de68c4cc8ef46ca38cc0a008f607a2026680295757bfef99f43c"


class Secret:
    """A string that never shows itself in repr, str, logs or tracebacks."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        self._value = value

    def reveal(self) -> str:
        """The secret value, for the one place that sends it."""
        return self._value

    def __repr__(self) -> str:
        return "Secret('***')"

    __str__ = __repr__

    def __bool__(self) -> bool:
        return bool(self._value)


@dataclass
class Credentials:
    """What a :class:`TokenManager` may use to obtain tokens."""

    client_id: str
    username: str | None = None
    password: Secret | None = None
    client_secret: Secret | None = None
    redirect_url: str | None = None


class TokenManager:
    """Obtains, caches and refreshes the bearer token of one Panoptes identity.

    Thread-safe: concurrent callers share one refresh. A refresh revokes the old token, and the
    server answers a revoked token as anonymous (a private record reads as 404), so a refresh
    first waits (up to :data:`DRAIN_SECONDS`) for the requests still using the old token, and
    new requests wait for the new token.
    """

    def __init__(self, credentials: Credentials, *, clock: Any = time.monotonic) -> None:
        self.credentials = credentials
        self._clock = clock
        self._lock = threading.Condition()
        self._http: HTTP | None = None
        self._access: Secret | None = None
        self._refresh: Secret | None = None
        self._expires_at = 0.0
        self._margin = REFRESH_MARGIN
        self._renewing = False
        self._in_flight: dict[str, int] = {}
        self.user_id: str | None = None

    def __repr__(self) -> str:
        who = self.credentials.username or ("client" if self.credentials.client_secret else None)
        return f"<TokenManager {who or 'anonymous'} token={'yes' if self._access else 'no'}>"

    def bind(self, http: HTTP) -> None:
        """Use ``http`` for the sign-in and token requests."""
        self._http = http

    @property
    def can_authenticate(self) -> bool:
        c = self.credentials
        return bool((c.username and c.password) or c.client_secret)

    # -- TokenSource protocol ------------------------------------------------------------

    def bearer_token(self) -> str | None:
        """A valid access token, signing in or refreshing first when needed; None if anonymous."""
        token = self.acquire_token()
        self.release_token(token)
        return token

    def acquire_token(self) -> str | None:
        """A valid token for one request, held until :meth:`release_token`."""
        if not self.can_authenticate:
            return None
        while True:
            with self._lock:
                while self._renewing:
                    self._lock.wait()
                access = self._access
                if access is not None and self._clock() < self._expires_at - self._margin:
                    token = access.reveal()
                    self._in_flight[token] = self._in_flight.get(token, 0) + 1
                    return token
            self._renew_exclusively(lambda seen=access: self._access is seen)

    def acquire_token_nowait(self) -> tuple[bool, str | None]:
        """(True, token) when :meth:`acquire_token` would not wait (no sign-in, refresh or
        renewal needed), else (False, None): the async client then acquires in a thread."""
        if not self.can_authenticate:
            return True, None
        with self._lock:
            access = self._access
            if self._renewing or access is None or \
                    self._clock() >= self._expires_at - self._margin:
                return False, None
            token = access.reveal()
            self._in_flight[token] = self._in_flight.get(token, 0) + 1
            return True, token

    def release_token(self, token: str | None) -> None:
        """The request that used ``token`` has its answer (or failed)."""
        if token is None:
            return
        with self._lock:
            left = self._in_flight.get(token, 0) - 1
            if left > 0:
                self._in_flight[token] = left
            else:
                self._in_flight.pop(token, None)
                self._lock.notify_all()

    def token_rejected(self, token: str) -> bool:
        """The server refused ``token`` (401): renew it once; True if a retry makes sense."""
        if not self.can_authenticate:
            return False
        self._renew_exclusively(
            lambda: self._access is None or self._access.reveal() == token
        )
        return True

    def _renew_exclusively(self, still_needed: Any, force_login: bool = False) -> None:
        """Renew once for all threads: wait for other renewals, then for the requests still
        using the current token, then get a new one."""
        with self._lock:
            while self._renewing:
                self._lock.wait()
            if not still_needed():
                return
            self._renewing = True
            old = self._access.reveal() if self._access is not None else None
            deadline = time.monotonic() + DRAIN_SECONDS
            while old and self._in_flight.get(old) and time.monotonic() < deadline:
                self._lock.wait(max(0.0, deadline - time.monotonic()))
        try:
            self._renew(force_login)
        finally:
            with self._lock:
                self._renewing = False
                self._lock.notify_all()

    # -- flows ---------------------------------------------------------------------------

    def login(self) -> None:
        """Sign in now, not on first use. Raises UnauthorizedError on bad credentials."""
        self._renew_exclusively(lambda: True, force_login=True)

    def _renew(self, force_login: bool = False) -> None:
        if self._refresh is not None and not force_login:
            try:
                self._grant(
                    {"grant_type": "refresh_token", "refresh_token": self._refresh.reveal()}
                )
                return
            except errors.APIError as exc:
                logger.info("token refresh failed (%s); signing in again", exc.status)
        if self.credentials.client_secret:
            self._grant({"grant_type": "client_credentials"}, secret=True)
        else:
            self._sign_in()
            self._grant({"grant_type": "password"})

    def _sign_in(self) -> None:
        http = self._require_http()
        c = self.credentials
        assert c.username and c.password
        # Only the headers matter here: the server may answer its HTML sign-in page.
        page = http.call(op("sessions", "get_sign_in"), auth=False, html_ok=True)
        csrf = page.headers.get("X-CSRF-Token", "")
        body = op("sessions", "sign_in", "SignInRequest").from_dict(
            {
                "authenticity_token": csrf,
                "user": {"login": c.username, "password": c.password.reveal(), "remember_me": True},
            }
        )
        response = http.call(op("sessions", "sign_in"), body=body, auth=False)
        users = json_body(response).get("users") or [{}]
        user = users[0] if isinstance(users, list) and isinstance(users[0], dict) else {}
        self.user_id = str(user["id"]) if user.get("id") is not None else None

    def _grant(self, form: dict[str, str], secret: bool = False) -> None:
        http = self._require_http()
        c = self.credentials
        form = {**form, "client_id": c.client_id}
        if secret and c.client_secret:
            form["client_secret"] = c.client_secret.reveal()
            if c.redirect_url:
                form["url"] = c.redirect_url
        started = self._clock()
        response = http.call(
            op("oauth", "create_token"),
            body=op("oauth", "create_token", "TokenRequest").from_dict(form),
            auth=False,
            idempotent=form["grant_type"] != "refresh_token",
        )
        payload = json_body(response)
        if not isinstance(payload.get("access_token"), str):
            raise errors.UnauthorizedError(
                "the token endpoint answered without an access token", status=response.status_code
            )
        self._access = Secret(payload["access_token"])
        refresh = payload.get("refresh_token")
        self._refresh = Secret(refresh) if refresh else None
        lifetime = float(payload.get("expires_in") or 7200)
        self._expires_at = started + lifetime
        self._margin = min(REFRESH_MARGIN, lifetime / 4)  # short-lived tokens: refresh at 3/4

    def _require_http(self) -> HTTP:
        if self._http is None:
            raise errors.ZooError("TokenManager is not bound to an HTTP client")
        return self._http
