"""Sign-in sessions, OAuth applications and bearer tokens, as Devise + Doorkeeper serve them.

Flow (Panoptes §7): GET /users/sign_in → CSRF token + session cookie; POST /users/sign_in →
session bound to a user; POST /oauth/token with `grant_type=password` (session cookie or
login/password), `client_credentials` (acts as the app owner) or `refresh_token`. Tokens are
JWT-shaped (HS512 here; RS512 on the real server) and expire after `token_ttl` seconds.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import secrets
import threading
import time
from dataclasses import dataclass, field

from .store import Store

PEER_CLIENT_IDS = (
    "ce310d45f951de68c4cc8ef46ca38cc0a008f607a2026680295757bfef99f43c",
    "e094b63362fdef0548e0bbcc6e6cb5996c422d3a770074ef972432d57d41049c",
    "f79cf5ea821bb161d8cbb52d061ab9a2321d7cb169007003af66b43f7b79ce2a",
)
GRANTS_BY_TRUST = {
    "insecure": {"refresh_token"},
    "secure": {"client_credentials", "authorization_code", "refresh_token"},
    "first_party": {"client_credentials", "authorization_code", "refresh_token", "password"},
}
DEFAULT_SCOPES = "public user project group collection classification subject medium " \
                 "organization translation"
SESSION_COOKIE = "_Panoptes_session"


@dataclass
class App:
    """An OAuth application (Doorkeeper) with a trust level and an owner."""

    client_id: str
    secret: str
    owner: str | None
    trust: str
    name: str = "app"


@dataclass
class Token:
    """An issued access token and its refresh token."""

    access: str
    refresh: str
    user_id: str | None
    client_id: str
    scope: str
    created_at: int
    expires_at: float
    revoked: bool = False


@dataclass
class Session:
    """A Devise cookie session: CSRF token and (after sign-in) the user."""

    csrf: str
    user_id: str | None = None


class OAuthError(Exception):
    """A Doorkeeper error: `{"error", "error_description"}` with `status` (empty body if 422)."""

    def __init__(self, status: int, error: str, description: str) -> None:
        super().__init__(description)
        self.status = status
        self.error = error
        self.description = description


@dataclass
class Auth:
    """All authentication state of one emulator."""

    store: Store
    token_ttl: int = 7200
    apps: dict[str, App] = field(default_factory=dict)
    tokens: dict[str, Token] = field(default_factory=dict)
    refresh_tokens: dict[str, Token] = field(default_factory=dict)
    sessions: dict[str, Session] = field(default_factory=dict)
    secret: bytes = field(default_factory=lambda: secrets.token_bytes(32))

    def __post_init__(self) -> None:
        self.lock = threading.Lock()
        self.client_id = self.add_app(None, trust="first_party", name="zoo-emulator")
        for cid in PEER_CLIENT_IDS:
            self.add_app(None, trust="first_party", client_id=cid, name="panoptes-python-client")

    def add_app(self, owner: str | None, secret: str | None = None, trust: str = "secure",
                client_id: str | None = None, name: str = "app") -> str:
        if trust not in GRANTS_BY_TRUST:
            raise ValueError(f"trust must be one of {sorted(GRANTS_BY_TRUST)}")
        cid = client_id or secrets.token_hex(32)
        self.apps[cid] = App(cid, secret or secrets.token_hex(32), owner, trust, name)
        return cid

    # ----- sessions --------------------------------------------------------------------------

    def new_session(self) -> tuple[str, Session]:
        sid = secrets.token_urlsafe(24)
        session = Session(secrets.token_urlsafe(32))
        self.sessions[sid] = session
        return sid, session

    def session(self, sid: str | None) -> Session | None:
        return self.sessions.get(sid or "")

    # ----- tokens ----------------------------------------------------------------------------

    def _jwt(self, user_id: str | None, scope: str) -> str:
        user = self.store.get("users", user_id or 0)
        payload = {
            "data": {"id": int(user_id) if user_id else None,
                     "login": user.attrs["login"] if user else None,
                     "dname": user.attrs["display_name"] if user else None,
                     "scope": scope.split(), "admin": bool(user and user.attrs["admin"])},
            "exp": int(time.time() + self.token_ttl), "iss": "pan-emul",
            "rng": secrets.token_hex(8),
        }

        def enc(obj: object) -> str:
            raw = json.dumps(obj, separators=(",", ":")).encode()
            return base64.urlsafe_b64encode(raw).rstrip(b"=").decode()

        head = enc({"alg": "HS512", "typ": "JWT"}) + "." + enc(payload)
        sig = hmac.new(self.secret, head.encode(), hashlib.sha512).digest()
        return head + "." + base64.urlsafe_b64encode(sig).rstrip(b"=").decode()

    def issue(self, user_id: str | None, client_id: str, scope: str = DEFAULT_SCOPES) -> Token:
        now = time.time()
        token = Token(self._jwt(user_id, scope), secrets.token_hex(32), user_id, client_id,
                      scope, int(now), now + self.token_ttl)
        with self.lock:
            self.tokens[token.access] = token
            self.refresh_tokens[token.refresh] = token
        return token

    def token_body(self, token: Token) -> dict[str, object]:
        return {"access_token": token.access, "token_type": "Bearer",
                "expires_in": self.token_ttl, "refresh_token": token.refresh,
                "scope": token.scope, "created_at": token.created_at}

    def lookup(self, access: str) -> Token | None:
        """The live token for a bearer string, or None if unknown, revoked or expired."""
        token = self.tokens.get(access)
        if token is None or token.revoked or token.expires_at <= time.time():
            return None
        return token

    def grant(self, params: dict[str, str], session: Session | None) -> Token:
        """POST /oauth/token: run one grant; raises OAuthError like Doorkeeper."""
        grant_type = params.get("grant_type", "")
        app = self.apps.get(params.get("client_id", ""))
        if app is None:
            raise OAuthError(401, "invalid_client", "Client authentication failed due to "
                                                    "unknown client, no client authentication "
                                                    "included, or unsupported authentication "
                                                    "method.")
        if grant_type not in GRANTS_BY_TRUST[app.trust]:
            raise OAuthError(422, "", "")
        scope = params.get("scope") or DEFAULT_SCOPES
        if set(scope.split()) - set(DEFAULT_SCOPES.split()):
            raise OAuthError(422, "invalid_scope", "The requested scope is invalid, unknown, "
                                                   "or malformed.")
        if grant_type == "password":
            user_id: str | None = None
            if params.get("login") or params.get("username"):
                user_id = self.store.authenticate(
                    params.get("login") or params.get("username") or "",
                    params.get("password", ""))
            elif session is not None:
                user_id = session.user_id
            if user_id is None:
                raise OAuthError(401, "invalid_grant", "The provided authorization grant is "
                                                       "invalid, expired, revoked, does not match "
                                                       "the redirection URI used in the "
                                                       "authorization request, or was issued to "
                                                       "another client.")
            return self.issue(user_id, app.client_id, scope)
        if grant_type == "client_credentials":
            if not secrets.compare_digest(params.get("client_secret", ""), app.secret):
                raise OAuthError(401, "invalid_client", "Client authentication failed.")
            return self.issue(app.owner, app.client_id, scope)
        if grant_type == "refresh_token":
            old = self.refresh_tokens.get(params.get("refresh_token", ""))
            if old is None or old.revoked or old.client_id != app.client_id:
                raise OAuthError(401, "invalid_grant", "The refresh token is invalid.")
            with self.lock:
                old.revoked = True
                self.refresh_tokens.pop(old.refresh, None)
            return self.issue(old.user_id, app.client_id, old.scope)
        raise OAuthError(400, "unsupported_grant_type", "The authorization grant type is not "
                                                        "supported by the authorization server.")

    def revoke(self, value: str) -> None:
        token = self.tokens.get(value) or self.refresh_tokens.get(value)
        if token is not None:
            token.revoked = True

    def sign_out(self, user_id: str | None, client_id: str | None) -> None:
        for token in list(self.tokens.values()):
            if token.user_id == user_id and (client_id is None or token.client_id == client_id):
                token.revoked = True

    def expire_all(self) -> None:
        """Test helper: make every issued token expired now."""
        for token in self.tokens.values():
            token.expires_at = 0
