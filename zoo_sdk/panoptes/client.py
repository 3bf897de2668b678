"""The Panoptes connection: endpoint, identity, and the one HTTP transport they share.

As in panoptes_client, ``Panoptes.connect()`` sets the connection every object uses, and
``with Panoptes(...)`` switches identity for a block (per thread)::

    Panoptes.connect(username="example", password="example")   # signs in now
    project = Project(1234)                                     # no request yet

    with Panoptes(username="other", password="..."):
        Collection(1234).add(Subject(1234))

Without credentials the client is anonymous and reads public data. Credentials can also come
from ``PANOPTES_USERNAME``/``PANOPTES_PASSWORD`` (or ``PANOPTES_CLIENT_ID`` and
``PANOPTES_CLIENT_SECRET``), and the endpoint from ``PANOPTES_ENDPOINT``.

Talk (the discussion service, whose data requests make the ``talk_comments`` and ``talk_tags``
exports) takes the same tokens at ``talk_endpoint``: https://talk.zooniverse.org by default, Talk
staging for Panoptes staging, else ``PANOPTES_TALK_ENDPOINT`` or the argument::

    Panoptes.connect(endpoint=emu.url, talk_endpoint=emu.talk_url, username=..., password=...)
"""

from __future__ import annotations

import copy
import getpass
import os
import threading
import weakref
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

import httpx
from zoo_payloads import panoptes_attributes

from zoo_sdk import errors
from zoo_sdk._http import HTTP, AsyncHTTP, RetryPolicy
from zoo_sdk.panoptes.auth import (
    DEFAULT_CLIENT_ID,
    PUBLIC_CLIENT_IDS,
    Credentials,
    Secret,
    TokenManager,
)

if TYPE_CHECKING:
    from zoo_panoptes_api import Client as ApiClient

    from zoo_sdk.talk import Talk

DEFAULT_ENDPOINT = "https://www.zooniverse.org"
STAGING_ENDPOINT = "https://panoptes-staging.zooniverse.org"
TALK_ENDPOINT = "https://talk.zooniverse.org"
TALK_STAGING_ENDPOINT = "https://talk-staging.zooniverse.org"
ACCEPT = panoptes_attributes.ACCEPT  # from the spec: info.x-zoo-accept
USER_AGENT = "zoo-sdk/0.1"


class Panoptes:
    """One identity on one Panoptes endpoint, with its own connection pool.

    >>> anon = Panoptes(endpoint="http://127.0.0.1:1")   # no request is made
    >>> anon.logged_in
    False
    """

    _default: ClassVar[Panoptes | None] = None
    _default_lock: ClassVar[threading.Lock] = threading.Lock()
    _local: ClassVar[threading.local] = threading.local()

    def __init__(
        self,
        endpoint: str | None = None,
        client_id: str | None = None,
        client_secret: str | None = None,
        redirect_url: str | None = None,
        username: str | None = None,
        password: str | None = None,
        login: str | None = None,
        admin: bool = False,
        *,
        timeout: httpx.Timeout | float | None = None,
        retry: RetryPolicy | None = None,
        max_connections: int = 32,
        transport: httpx.BaseTransport | None = None,
        anonymous: bool = False,
        talk_endpoint: str | None = None,
        rate_limit: float | None = None,
    ) -> None:
        """``anonymous=True`` ignores credentials from the environment (public reads only);
        ``talk_endpoint`` is where Talk exports go (see the module docstring); ``rate_limit``
        caps the requests per second of every thread and task using this client."""
        env: Mapping[str, str] = {} if anonymous else os.environ
        self.endpoint = (
            endpoint or os.environ.get("PANOPTES_ENDPOINT") or DEFAULT_ENDPOINT
        ).rstrip("/")
        self.talk_endpoint = (
            talk_endpoint
            or os.environ.get("PANOPTES_TALK_ENDPOINT")
            or (TALK_STAGING_ENDPOINT if self.endpoint == STAGING_ENDPOINT else TALK_ENDPOINT)
        ).rstrip("/")
        if password == "" or username == "":
            raise errors.ConfigurationError(
                "an empty username or password was given: pass both, or neither for an "
                "anonymous client"
            )
        username = username or env.get("PANOPTES_USERNAME")
        password = password or env.get("PANOPTES_PASSWORD")
        if login == "interactive":
            username = username or input("Zooniverse username: ")
            password = password or getpass.getpass("Zooniverse password: ")
        if password and not username:
            raise errors.ConfigurationError("a password was given without a username")
        secret = client_secret or env.get("PANOPTES_CLIENT_SECRET")
        self.admin = admin
        self._tokens = TokenManager(
            Credentials(
                client_id=client_id
                or env.get("PANOPTES_CLIENT_ID")
                or PUBLIC_CLIENT_IDS.get(self.endpoint, DEFAULT_CLIENT_ID),
                username=username,
                password=Secret(password) if password else None,
                client_secret=Secret(secret) if secret else None,
                redirect_url=redirect_url or env.get("PANOPTES_REDIRECT_URL"),
            )
        )
        self.http = HTTP(
            self.endpoint,
            headers={"Accept": ACCEPT, "User-Agent": USER_AGENT},
            api_params={"admin": "true"} if admin else None,
            timeout=timeout,
            retry=retry,
            max_connections=max_connections,
            token_source=self._tokens,
            transport=transport,
            rate_limit=rate_limit,
        )
        self._tokens.bind(self.http)
        self._async_options: dict[str, Any] = {
            "headers": {"Accept": ACCEPT, "User-Agent": USER_AGENT},
            "api_params": {"admin": "true"} if admin else None,
            "timeout": timeout, "max_connections": max_connections,
        }
        self._async_http: AsyncHTTP | None = None
        self._async_lock = threading.Lock()
        self._origin: Panoptes | None = None  # the client a with_options() copy came from
        self._api: ApiClient | None = None
        self._talk: Talk | None = None
        self._talk_lock = threading.Lock()
        self._talk_options: dict[str, Any] = {
            "timeout": timeout, "retry": retry, "transport": transport
        }
        # A client nobody holds any more closes its connections (connect() no longer does).
        weakref.finalize(self, self.http.client.close)

    def __repr__(self) -> str:
        who = self.username or (
            "client credentials" if self._tokens.credentials.client_secret else "anonymous"
        )
        return f"<Panoptes {self.endpoint} as {who}>"

    # -- identity ------------------------------------------------------------------------

    @property
    def username(self) -> str | None:
        return self._tokens.credentials.username

    @property
    def logged_in(self) -> bool:
        """True when this client has credentials to authenticate with."""
        return self._tokens.can_authenticate

    @property
    def logged_in_user_id(self) -> str | None:
        """The id of the signed-in user (after the password sign-in)."""
        return self._tokens.user_id

    def login(self) -> Panoptes:
        """Sign in now and fail fast on bad credentials (otherwise it happens on first use)."""
        if self.logged_in:
            self._tokens.login()
        return self

    def get_bearer_token(self) -> str | None:
        """A valid access token (refreshed if needed), e.g. for another Zooniverse service."""
        return self._tokens.bearer_token()

    # -- the current connection ----------------------------------------------------------

    @classmethod
    def connect(cls, *args: Any, **kwargs: Any) -> Panoptes:
        """Configure (and sign in) the connection that objects use by default.

        Same arguments as :class:`Panoptes`: ``connect(username=, password=, endpoint=, admin=)``.
        The previous default is left open: objects and ``with`` blocks holding it keep working.
        """
        client = cls(*args, **kwargs).login()
        with cls._default_lock:
            cls._default = client
        return client

    @classmethod
    def client(cls) -> Panoptes:
        """The connection in use: the innermost ``with`` block of this thread, else the default."""
        stack: list[Panoptes] = getattr(cls._local, "stack", [])
        if stack:
            return stack[-1]
        if cls._default is None:
            with cls._default_lock:
                if cls._default is None:
                    cls._default = cls()
        return cls._default

    def __enter__(self) -> Panoptes:
        stack = getattr(self._local, "stack", None)
        if stack is None:
            stack = self._local.stack = []
        stack.append(self)
        return self

    def __exit__(self, *exc: object) -> None:
        stack: list[Panoptes] = self._local.stack
        stack.remove(self)

    # -- per-call options ----------------------------------------------------------------

    def with_options(self, *, timeout: httpx.Timeout | float | None = None,
                     retry: RetryPolicy | None = None) -> Panoptes:
        """This client (same identity, token, connection pool and rate limit) with another
        timeout and retry policy for the calls made through it::

            quick = Panoptes.client().with_options(timeout=5, retry=RetryPolicy(max_attempts=1))
            with quick:
                Project.find(1234)     # one attempt, 5 s
        """
        clone = copy.copy(self)
        clone.http = self.http.with_options(timeout=timeout, retry=retry)
        if self._async_http is not None:
            clone._async_http = self._async_http.with_options(timeout=timeout, retry=retry)
        clone._async_lock = threading.Lock()
        clone._origin = self._origin or self  # keeps the pool's owner alive
        clone._api = None
        return clone

    # -- the typed low-level client ------------------------------------------------------

    @property
    def async_http(self) -> AsyncHTTP:
        """The async transport of this identity (created on first use): the same headers,
        token, retries, error mapping and rate limit as ``http``, with an ``httpx.AsyncClient``.
        Close it with ``await panoptes.aclose()``."""
        if self._async_http is None:
            with self._async_lock:
                if self._async_http is None:
                    self._async_http = AsyncHTTP(
                        self.endpoint, retry=self.http.retry, token_source=self._tokens,
                        rate_limit=self.http.rate_limit, **self._async_options)
        return self._async_http

    @property
    def api(self) -> ApiClient:
        """The generated typed client (``zoo_panoptes_api``), sharing this connection pool and
        identity, sync and async::

            from zoo_panoptes_api.api.projects import get_project
            get_project.sync_detailed(client=panoptes.api, id="1234")
            await get_project.asyncio_detailed(client=panoptes.api, id="1234")
        """
        if self._api is None:
            from zoo_panoptes_api import Client

            api = Client(base_url=self.endpoint)
            api.set_httpx_client(self.http.client)
            api.set_async_httpx_client(self.async_http.client)
            self._api = api
        return self._api

    @property
    def talk(self) -> Talk:
        """The Talk client of this connection (at ``talk_endpoint``, with this identity's
        token; created on first use, same timeout, retries and transport)::

            Panoptes.client().talk.get_data_request("project-1234", "comments")
        """
        if self._talk is None:
            from zoo_sdk.talk import Talk

            with self._talk_lock:
                if self._talk is None:
                    self._talk = Talk(self.talk_endpoint, panoptes=self, **self._talk_options)
        return self._talk

    def close(self) -> None:
        """Close the connection pool; using this client afterwards raises ClientClosedError.
        (An async transport in use is closed by :meth:`aclose`.)"""
        self.http.close(by=f"{self!r}.close()")
        if self._talk is not None:
            self._talk.http.close(by=f"{self!r}.close()")

    async def aclose(self) -> None:
        """Close the async transport, then everything :meth:`close` closes."""
        if self._async_http is not None:
            await self._async_http.aclose(by=f"{self!r}.aclose()")
        self.close()
