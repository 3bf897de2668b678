"""Test your own code against the offline emulator, as moto's ``mock_aws`` does for AWS.

``mock_zooniverse`` starts an :class:`~zoo_sdk.emulator.Emulator` and points the SDK's default
clients at it: ``Panoptes()`` / ``Panoptes.connect()`` / ``Panoptes.client()`` (through
``PANOPTES_ENDPOINT`` and ``PANOPTES_TALK_ENDPOINT``), ``Caesar()`` and the shared Caesar of
``Workflow.caesar_*``, and ``crowdflower.Client(key)``. Everything is restored afterwards (the
environment, the default connection, the module defaults); credentials in the environment are
hidden meanwhile, so a test can never sign in to the real Zooniverse. It works as a decorator
(of functions, coroutines and test classes), a context manager and with ``start()``/``stop()``::

    from zoo_sdk import Panoptes, Project
    from zoo_sdk.testing import mock_zooniverse

    @mock_zooniverse(users={"alice": "secret"}, login="alice")
    def test_counts_projects():
        emu = current_emulator()
        emu.seed.project(owner="alice", display_name="Kittens")
        assert [p.display_name for p in Project.where(owner="alice")] == ["Kittens"]

    with mock_zooniverse() as emu:      # the emulator itself
        ...

The pytest plugin (``zoo_sdk.testing.pytest_plugin``, installed with the ``[emulator]`` extra)
gives the same as the fixtures ``zoo_emulator`` and ``zoo_emulator_session``. Importing this
module is cheap: the emulator (starlette, uvicorn) loads when a mock starts.

>>> mock_zooniverse(users={"alice": "secret"}).active
False
"""

from __future__ import annotations

import functools
import inspect
import os
import threading
from collections.abc import Callable, Mapping
from types import TracebackType
from typing import TYPE_CHECKING, Any, TypeVar, overload

if TYPE_CHECKING:
    from zoo_sdk.emulator import Emulator

__all__ = ["MockZooniverse", "NoActiveMockError", "current_emulator", "mock_zooniverse"]

F = TypeVar("F", bound=Callable[..., Any])

#: Environment variables the mock sets or hides while it is active.
ENDPOINT_VARS = ("PANOPTES_ENDPOINT", "PANOPTES_TALK_ENDPOINT")
CREDENTIAL_VARS = ("PANOPTES_USERNAME", "PANOPTES_PASSWORD", "PANOPTES_CLIENT_ID",
                   "PANOPTES_CLIENT_SECRET", "PANOPTES_REDIRECT_URL")

_active: list[MockZooniverse] = []
_active_lock = threading.Lock()


class NoActiveMockError(RuntimeError):
    """:func:`current_emulator` was called outside every ``mock_zooniverse``."""


def current_emulator() -> Emulator:
    """The emulator of the innermost active ``mock_zooniverse`` (for decorated tests).

    >>> with mock_zooniverse() as emu:          # doctest: +SKIP
    ...     assert current_emulator() is emu
    """
    with _active_lock:
        if not _active:
            raise NoActiveMockError("no mock_zooniverse is active: decorate the test with "
                                    "@mock_zooniverse or use the zoo_emulator fixture")
        return _active[-1].emulator


class MockZooniverse:
    """One mock: an emulator (started on ``start()``, or one you pass) and the patches that
    point the SDK at it. Use it as a decorator, a context manager or with start/stop.

    ``users``/``admins`` are ``{login: password}``; ``login`` makes that user the default
    connection (``PANOPTES_USERNAME``/``PASSWORD`` point at them; they sign in on first use;
    ``password`` is needed only for a user not in ``users``/``admins``);
    ``state_file`` starts from a saved state; other keyword arguments go to ``Emulator``
    (``latency_ms``, ``faults``, ``crowdflower_keys``, ``export_delay``, ...).
    """

    def __init__(self, emulator: Emulator | None = None, *,
                 users: Mapping[str, str] | None = None, admins: Mapping[str, str] | None = None,
                 login: str | None = None, password: str | None = None,
                 state_file: str | os.PathLike[str] | None = None,
                 **emulator_options: Any) -> None:
        if emulator is not None and (users or admins or state_file or emulator_options):
            raise TypeError("pass either an emulator or options to make one, not both")
        known = {**(users or {}), **(admins or {})}
        if login is not None and password is None and login not in known:
            raise ValueError(f"login={login!r} is not one of the users given "
                             f"({', '.join(known) or 'none'}); add it to users= or pass "
                             f"password=")
        self._given = emulator
        self._users = dict(users or {})
        self._admins = dict(admins or {})
        self._login = login
        self._password = password if password is not None else known.get(login or "")
        self._state_file = state_file
        self._options = emulator_options
        self._emulator: Emulator | None = None
        self._owned = False
        self._saved: dict[str, Any] = {}

    # -- lifecycle ----------------------------------------------------------------------

    @property
    def active(self) -> bool:
        return self._emulator is not None

    @property
    def emulator(self) -> Emulator:
        """The emulator of this mock (while it is active)."""
        if self._emulator is None:
            raise NoActiveMockError("this mock_zooniverse is not active (start() it first)")
        return self._emulator

    def start(self) -> Emulator:
        """Start the emulator (unless one was given) and point the default clients at it."""
        if self._emulator is not None:
            raise RuntimeError("this mock_zooniverse is already active; make another one to "
                               "nest mocks")
        if self._given is not None:
            emulator = self._given.start()
            self._owned = False
        else:
            from zoo_sdk.emulator import Emulator

            emulator = Emulator(users=self._users, admins=self._admins,
                                state_file=self._state_file, **self._options)
            emulator.start()
            self._owned = True
        try:
            self._patch(emulator)
        except BaseException:
            if self._owned:
                emulator.stop()
            raise
        self._emulator = emulator
        with _active_lock:
            _active.append(self)
        return emulator

    def stop(self) -> None:
        """Restore everything the mock changed and stop the emulator it started."""
        emulator = self._emulator
        if emulator is None:
            return
        with _active_lock:
            if self in _active:
                _active.remove(self)
        try:
            self._unpatch()
        finally:
            self._emulator = None
            if self._owned:
                emulator.stop()

    def __enter__(self) -> Emulator:
        return self.start()

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.stop()

    def _copy(self) -> MockZooniverse:
        """A fresh mock with the same options (each decorated call gets its own emulator)."""
        return MockZooniverse(self._given, users=self._users or None,
                              admins=self._admins or None, login=self._login,
                              password=self._password, state_file=self._state_file,
                              **self._options)

    # -- decorating ---------------------------------------------------------------------

    @overload
    def __call__(self, target: type[Any]) -> type[Any]: ...

    @overload
    def __call__(self, target: F) -> F: ...

    def __call__(self, target: Any) -> Any:
        if inspect.isclass(target):
            return self._decorate_class(target)
        if inspect.iscoroutinefunction(target):
            @functools.wraps(target)
            async def run_async(*args: Any, **kwargs: Any) -> Any:
                with self._copy():
                    return await target(*args, **kwargs)
            return run_async

        @functools.wraps(target)
        def run(*args: Any, **kwargs: Any) -> Any:
            with self._copy():
                return target(*args, **kwargs)
        return run

    def _decorate_class(self, cls: type[Any]) -> type[Any]:
        """unittest classes: the mock is active from setUp to the cleanups of each test; other
        classes: around each ``test*`` method."""
        import unittest

        if issubclass(cls, unittest.TestCase):
            original = cls.setUp
            mock = self

            def set_up(case: unittest.TestCase) -> None:
                fresh = mock._copy()
                fresh.start()
                case.addCleanup(fresh.stop)
                original(case)
            cls.setUp = set_up  # type: ignore[method-assign,assignment]
            return cls
        for name, member in list(vars(cls).items()):
            if name.startswith("test") and callable(member):
                setattr(cls, name, self(member))
        return cls

    # -- patching -----------------------------------------------------------------------

    def _patch(self, emulator: Emulator) -> None:
        import zoo_sdk.caesar as caesar
        import zoo_sdk.crowdflower as crowdflower_package
        import zoo_sdk.crowdflower.client as crowdflower
        from zoo_sdk.panoptes.client import Panoptes
        from zoo_sdk.panoptes.workflow import Workflow

        saved = self._saved
        saved["env"] = {name: os.environ.get(name) for name in ENDPOINT_VARS + CREDENTIAL_VARS}
        saved["panoptes_default"] = Panoptes._default
        saved["workflow_caesar"] = Workflow.caesar
        saved["caesar_endpoint"] = caesar.DEFAULT_ENDPOINT
        with caesar._default_lock:
            saved["caesar_default"] = dict(caesar._default)
            caesar._default.clear()
        saved["crowdflower_endpoint"] = crowdflower.DEFAULT_ENDPOINT
        saved["crowdflower_package_endpoint"] = crowdflower_package.DEFAULT_ENDPOINT

        for name in CREDENTIAL_VARS:
            os.environ.pop(name, None)
        os.environ["PANOPTES_ENDPOINT"] = emulator.url
        os.environ["PANOPTES_TALK_ENDPOINT"] = emulator.talk_url
        if self._login is not None and self._password is not None:
            os.environ["PANOPTES_USERNAME"] = self._login
            os.environ["PANOPTES_PASSWORD"] = self._password
        with Panoptes._default_lock:
            Panoptes._default = None  # made on first use, from the environment above
        Workflow.caesar = None
        caesar.DEFAULT_ENDPOINT = emulator.caesar_url
        crowdflower.DEFAULT_ENDPOINT = emulator.crowdflower_url
        crowdflower_package.DEFAULT_ENDPOINT = emulator.crowdflower_url

    def _unpatch(self) -> None:
        import zoo_sdk.caesar as caesar
        import zoo_sdk.crowdflower as crowdflower_package
        import zoo_sdk.crowdflower.client as crowdflower
        from zoo_sdk.panoptes.client import Panoptes
        from zoo_sdk.panoptes.workflow import Workflow

        saved = self._saved
        for name, value in saved["env"].items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value
        with Panoptes._default_lock:
            made = Panoptes._default
            Panoptes._default = saved["panoptes_default"]
        if made is not None and made is not saved["panoptes_default"]:
            made.close()
        Workflow.caesar = saved["workflow_caesar"]
        with caesar._default_lock:
            for client in caesar._default.values():
                client.close()
            caesar._default.clear()
            caesar._default.update(saved["caesar_default"])
        caesar.DEFAULT_ENDPOINT = saved["caesar_endpoint"]
        crowdflower.DEFAULT_ENDPOINT = saved["crowdflower_endpoint"]
        crowdflower_package.DEFAULT_ENDPOINT = saved["crowdflower_package_endpoint"]
        self._saved = {}


@overload
def mock_zooniverse(target: F, /) -> F: ...


@overload
def mock_zooniverse(target: None = None, /, *, emulator: Emulator | None = None,
                    users: Mapping[str, str] | None = None,
                    admins: Mapping[str, str] | None = None, login: str | None = None,
                    password: str | None = None,
                    state_file: str | os.PathLike[str] | None = None,
                    **emulator_options: Any) -> MockZooniverse: ...


def mock_zooniverse(target: Any = None, /, *, emulator: Emulator | None = None,
                    users: Mapping[str, str] | None = None,
                    admins: Mapping[str, str] | None = None, login: str | None = None,
                    password: str | None = None,
                    state_file: str | os.PathLike[str] | None = None,
                    **emulator_options: Any) -> Any:
    """Mock the Zooniverse for a test: ``@mock_zooniverse``, ``@mock_zooniverse(...)`` or
    ``with mock_zooniverse(...) as emu``; see the module docstring for the options.

    >>> @mock_zooniverse(users={"alice": "secret"}, login="alice")   # doctest: +SKIP
    ... def test_sign_in():
    ...     assert Panoptes.client().login().logged_in_user_id == "1"
    """
    mock = MockZooniverse(emulator, users=users, admins=admins, login=login, password=password,
                          state_file=state_file, **emulator_options)
    if target is None:
        return mock
    if inspect.isclass(target) or callable(target):
        return mock(target)
    raise TypeError(f"mock_zooniverse decorates functions and classes, not {target!r}")
