"""pytest plugin: the offline Zooniverse as fixtures (entry point ``pytest11``: ``zoo_sdk``).

Loaded automatically once zoo-sdk is installed; it defines its fixtures only when the
``[emulator]`` extra (starlette, uvicorn) is installed too, and imports nothing heavy before a
fixture is used. Without pytest's auto-loading, enable it with ``-p zoo_sdk.testing.pytest_plugin``.

* ``zoo_emulator`` — a fresh :class:`~zoo_sdk.emulator.Emulator` per test, with the SDK's
  default clients pointed at it (see :func:`zoo_sdk.testing.mock_zooniverse`);
* ``zoo_emulator_session`` — one emulator for the whole session (data persists between tests),
  the default clients pointed at it from its first use to the end of the session;
* ``zoo_emulator_options`` — override it (any scope up to session) to configure both, e.g.
  ``{"users": {"alice": "secret"}, "login": "alice", "state_file": "tests/zoo.json"}``;
* the marker ``@pytest.mark.zoo_emulator(**options)`` adds options for one test's
  ``zoo_emulator``.

Example test module::

    import pytest
    from zoo_sdk import Project

    @pytest.mark.zoo_emulator(users={"alice": "secret"}, login="alice")
    def test_lists_projects(zoo_emulator):
        zoo_emulator.seed.project(owner="alice", display_name="Kittens")
        assert [p.display_name for p in Project.where(owner="alice")] == ["Kittens"]
"""

from __future__ import annotations

import importlib.util
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from zoo_sdk.emulator import Emulator



def _installed(name: str) -> bool:
    try:
        return importlib.util.find_spec(name) is not None
    except (ImportError, ValueError):  # a broken or blocked install counts as missing
        return False


#: Whether the ``[emulator]`` extra is installed (checked without importing it).
AVAILABLE = all(_installed(name) for name in ("starlette", "uvicorn"))
MARKER = "zoo_emulator"


if AVAILABLE:
    def pytest_configure(config: pytest.Config) -> None:
        config.addinivalue_line(
            "markers", f"{MARKER}(**options): options (users, admins, login, state_file, "
                       "Emulator keyword arguments) for the zoo_emulator fixture of this test")

    @pytest.fixture(scope="session")
    def zoo_emulator_options() -> dict[str, Any]:
        """Options of ``zoo_emulator`` and ``zoo_emulator_session``: ``mock_zooniverse``
        keyword arguments (override this fixture in your conftest.py)."""
        return {}

    @pytest.fixture
    def zoo_emulator(request: pytest.FixtureRequest,
                     zoo_emulator_options: dict[str, Any]) -> Iterator[Emulator]:
        """A fresh emulator for this test; the SDK's default clients point at it."""
        from zoo_sdk.testing import mock_zooniverse

        options = dict(zoo_emulator_options)
        for marker in reversed(list(request.node.iter_markers(MARKER))):
            options.update(marker.kwargs)
        with mock_zooniverse(**options) as emulator:
            yield emulator

    @pytest.fixture(scope="session")
    def zoo_emulator_session(zoo_emulator_options: dict[str, Any]) -> Iterator[Emulator]:
        """One emulator for the whole session; the default clients point at it until the end
        of the session (a ``zoo_emulator`` test in between gets its own and then returns)."""
        from zoo_sdk.testing import mock_zooniverse

        with mock_zooniverse(**zoo_emulator_options) as emulator:
            yield emulator
