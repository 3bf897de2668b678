"""Offline Panoptes emulator: a real loopback HTTP server that behaves like Zooniverse Panoptes.

    from zoo_sdk.emulator import Emulator
    with Emulator(users={"alice": "secret"}) as emu:
        Panoptes.connect(username="alice", password="secret", endpoint=emu.url)

The API is under `/api`, sign-in under `/users`, OAuth under `/oauth`; uploads go to `/blobs`.
Caesar, CrowdFlower and Talk are mounted under `/caesar`, `/crowdflower/v1` and `/talk`.

With `validate=True` (or `ZOO_EMULATOR_VALIDATE=1` in the environment) every exchange on a route
the bundled OpenAPI spec covers is validated against it; disagreements are collected in
`emu.contract_violations` (see `contract.py`). `watch_emulators()` lets a test harness see every
emulator created inside a block.
"""

from __future__ import annotations

import os
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from types import TracebackType
from typing import TYPE_CHECKING

try:  # the optional [emulator] extra: say which one to install, not a bare ModuleNotFoundError
    import starlette  # noqa: F401
    import uvicorn
except ModuleNotFoundError as _missing:
    from ._extra import missing_extra

    raise missing_extra(_missing) from None

from .app import EmulatorState, RequestCounter, create_app
from .auth import Auth
from .blobs import BlobStore
from .caesar import CAESAR_PREFIX
from .crowdflower import CROWDFLOWER_PREFIX, CrowdFlowerState, crowdflower_state
from .faults import FaultPlan, FaultRule
from .store import Store
from .talk import TALK_PREFIX
from .talk import add_comment as _add_talk_comment
from .testkit import EmulatorTools

if TYPE_CHECKING:
    from .contract import ContractChecker, Violation

__all__ = ["Emulator", "FaultPlan", "FaultRule", "Store", "watch_emulators"]

VALIDATE_ENV = "ZOO_EMULATOR_VALIDATE"
_watchers: list[list[Emulator]] = []
_watchers_lock = threading.Lock()


def validate_from_env() -> bool:
    """True when `ZOO_EMULATOR_VALIDATE` is set to 1/true/yes/on."""
    return os.environ.get(VALIDATE_ENV, "").strip().lower() in ("1", "true", "yes", "on")


@contextmanager
def watch_emulators() -> Iterator[list[Emulator]]:
    """Yield a list that receives every Emulator constructed while the block runs."""
    created: list[Emulator] = []
    with _watchers_lock:
        _watchers.append(created)
    try:
        yield created
    finally:
        with _watchers_lock:
            _watchers.remove(created)


class Emulator(EmulatorTools):
    """Runs the emulator app under uvicorn in a background thread on a loopback port.

    ``emu.seed`` creates users, projects, workflows and subjects, ``emu.simulate(...)`` makes
    volunteers classify, ``emu.save_state(path)`` / ``Emulator(state_file=path)`` keep and
    restore the data (see ``testkit.py``); the ``seed=`` argument is kept as ``random_seed``.
    """

    def __init__(
        self,
        users: dict[str, str] | None = None,
        admins: dict[str, str] | None = None,
        latency_ms: float = 0,
        faults: FaultPlan | None = None,
        seed: int = 0,
        token_ttl: int = 7200,
        export_delay: float = 0.5,
        aggregation_delay: float = 0.5,
        synthetic_export_rows: int = 0,
        host: str = "127.0.0.1",
        port: int = 0,
        validate: bool = False,
        crowdflower_keys: dict[str, float] | None = None,
        state_file: str | os.PathLike[str] | None = None,
    ) -> None:
        self.random_seed = seed  # (`emu.seed` is the seeding API)
        self.host = host
        self.port = port
        self.store = Store()
        self.store.aggregation_delay = aggregation_delay
        self.auth = Auth(self.store, token_ttl)
        self.state = EmulatorState(
            self.store, self.auth, BlobStore(), latency_ms=latency_ms, faults=faults,
            export_delay=export_delay, synthetic_export_rows=synthetic_export_rows)
        for login, password in (users or {}).items():
            self.add_user(login, password)
        for login, password in (admins or {}).items():
            self.add_user(login, password, admin=True)
        # CrowdFlower accounts: API key -> funds in US dollars; one generated account by default.
        self.crowdflower: CrowdFlowerState = crowdflower_state(self.state)
        self.crowdflower_key = self.crowdflower.add_account()
        for cf_key, balance in (crowdflower_keys or {}).items():
            self.crowdflower.add_account(cf_key, balance)
        if state_file is not None:  # the file's data; `users`/`admins` are added on top
            self._load_state_file(state_file, users, admins)
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None
        self.contract: ContractChecker | None = None
        if validate or validate_from_env():
            from .contract import ContractChecker
            self.contract = self.state.contract = ContractChecker()
        with _watchers_lock:
            for created in _watchers:
                created.append(self)

    # ----- lifecycle -------------------------------------------------------------------------

    def start(self) -> Emulator:
        """Bind the port, start serving in a thread and wait until ready."""
        if self._server is not None:
            return self
        if self.contract is not None:
            self.contract.load()  # before serving, so no request waits for the import
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        before = self.url
        sock.bind((self.host, self.port))
        self.port = sock.getsockname()[1]
        self.state.base_url = self.store.base_url = self.url
        self._moved(before)  # locations seeded or loaded before start point here now
        config = uvicorn.Config(create_app(self.state), log_level="warning", lifespan="off",
                                access_log=False, timeout_graceful_shutdown=2)
        server = uvicorn.Server(config)
        self._server = server
        self._thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]},
                                        name=f"zoo-emulator-{self.port}", daemon=True)
        self._thread.start()
        deadline = time.monotonic() + 10
        while not server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("emulator failed to start")
            time.sleep(0.005)
        return self

    def stop(self) -> None:
        """Ask uvicorn to exit and wait for the thread."""
        if self._server is None:
            return
        self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(timeout=10)
        self._server = None
        self._thread = None

    def __enter__(self) -> Emulator:
        return self.start()

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.stop()

    # ----- configuration and inspection ------------------------------------------------------

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    @property
    def caesar_url(self) -> str:
        """The Caesar endpoint (pass as ``Caesar(endpoint=...)``); same tokens as Panoptes."""
        return f"{self.url}{CAESAR_PREFIX}"

    @property
    def crowdflower_url(self) -> str:
        """The CrowdFlower API base URL (``.../v1``)."""
        return f"{self.url}{CROWDFLOWER_PREFIX}"

    @property
    def talk_url(self) -> str:
        """The Talk endpoint (pass as ``Panoptes(talk_endpoint=...)``); same tokens as Panoptes."""
        return f"{self.url}{TALK_PREFIX}"

    def add_talk_comment(self, project_id: int | str, body: str, *, user: str | int,
                         board: str = "Chat", discussion: str = "General",
                         subject: int | str | None = None) -> str:
        """Post a comment on a project's Talk (its ``#hashtags`` become tags, as Talk parses
        them), for Talk exports to hold; returns the comment id.

        >>> emu.add_talk_comment(project.id, "Is this a #spiral?", user="alice",
        ...                      subject=subject.id)   # doctest: +SKIP
        '1'
        """
        comment = _add_talk_comment(self.state, project_id, body, user=user, board=board,
                                    discussion=discussion, subject=subject)
        return str(comment["id"])

    @property
    def client_id(self) -> str:
        """A first-party OAuth app id that may use the password grant."""
        return self.auth.client_id

    def add_user(self, login: str, password: str, admin: bool = False, *,
                 subject_limit: int | None = None, upload_whitelist: bool | None = None,
                 exist_ok: bool = False) -> str:
        """Add a user who can sign in; returns their id. ``subject_limit`` caps their uploads
        (default 100) unless ``upload_whitelist``; more options in ``emu.seed.user``.

        >>> emu.add_user("bob", "pw", subject_limit=5000)   # doctest: +SKIP
        '2'
        """
        return self.seed.user(login, password, admin=admin, subject_limit=subject_limit,
                              upload_whitelist=upload_whitelist, exist_ok=exist_ok).id

    def add_app(self, owner: str, secret: str | None = None, trust: str = "secure") -> str:
        """Register an OAuth app owned by user `owner` (login or id); returns its client id."""
        uid = self.store.logins.get(owner.lower(), owner)
        return self.auth.add_app(uid, secret, trust)

    @property
    def contract_violations(self) -> list[Violation]:
        """What contract validation found so far (always empty when validation is off)."""
        return self.contract.violations if self.contract is not None else []

    @property
    def requests(self) -> RequestCounter:
        return self.state.requests

    def reset_requests(self) -> None:
        with self.state.lock:
            self.state.requests.clear()

    @property
    def faults(self) -> FaultPlan | None:
        return self.state.faults

    @faults.setter
    def faults(self, plan: FaultPlan | None) -> None:
        self.state.faults = plan

    @property
    def latency_ms(self) -> float:
        return self.state.latency_ms

    @latency_ms.setter
    def latency_ms(self, value: float) -> None:
        self.state.latency_ms = value

    @property
    def export_delay(self) -> float:
        return self.state.export_delay

    @export_delay.setter
    def export_delay(self, value: float) -> None:
        self.state.export_delay = value

    @property
    def aggregation_delay(self) -> float:
        """Seconds an aggregation run stays `pending` before it ends (see `aggregation_outcome`)."""
        return self.store.aggregation_delay

    @aggregation_delay.setter
    def aggregation_delay(self, value: float) -> None:
        self.store.aggregation_delay = value

    @property
    def aggregation_outcome(self) -> str:
        """How aggregation runs end: `completed` (with a results uuid) or `failed`."""
        return self.store.aggregation_outcome

    @aggregation_outcome.setter
    def aggregation_outcome(self, value: str) -> None:
        if value not in ("completed", "failed"):
            raise ValueError(f"aggregation_outcome must be 'completed' or 'failed', not {value!r}")
        self.store.aggregation_outcome = value

    @property
    def synthetic_export_rows(self) -> int:
        return self.state.synthetic_export_rows

    @synthetic_export_rows.setter
    def synthetic_export_rows(self, value: int) -> None:
        self.state.synthetic_export_rows = value
