"""The test-kit side of :class:`~zoo_sdk.emulator.Emulator`: seeding, simulated volunteers and
state files (a mixin, so ``emulator/__init__.py`` stays about serving).

>>> with Emulator() as emu:                                   # doctest: +SKIP
...     world = emu.seed.world("alice", subjects=20)
...     emu.simulate(world.workflow, volunteers=10, classifications=100, seed=3)
...     emu.save_state("fixture.json")
"""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import statefile
from .seeding import Seeder
from .simulate import Answers, SimulationResult, simulate

if TYPE_CHECKING:
    from .app import EmulatorState
    from .crowdflower import CrowdFlowerState
    from .store import Store


class EmulatorTools:
    """Seeding (``emu.seed``), ``simulate``, ``save_state`` and ``load_state``."""

    if TYPE_CHECKING:
        store: Store
        state: EmulatorState
        crowdflower: CrowdFlowerState
        crowdflower_key: str

        @property
        def url(self) -> str: ...

    _seeder: Seeder | None = None

    @property
    def seed(self) -> Seeder:
        """The seeding API: ``emu.seed.user(...)``, ``.project(...)``, ``.workflow(...)``,
        ``.subject_set(...)``, ``.subjects(...)``, ``.role(...)``, ``.link(...)``,
        ``.world(...)`` (see :mod:`zoo_sdk.emulator.seeding`).

        >>> emu.seed.project(owner="alice", display_name="Penguin Watch").id   # doctest: +SKIP
        '1'
        """
        if self._seeder is None:
            self._seeder = Seeder(self.state, lambda: self.url)
        return self._seeder

    def simulate(self, workflow: Any, volunteers: Any = 40, classifications: int = 3000,
                 answers: Answers = None, seed: int = 1, *, anonymous: float = 0.0,
                 end: datetime | None = None, days: float = 7.0,
                 progress: Callable[[int, int], None] | None = None) -> SimulationResult:
        """Simulated volunteers classify ``workflow`` (an id, a seeded workflow or an SDK
        ``Workflow``): ``volunteers`` (a count of generated users, a share ``anonymous`` of them
        not logged in, or a list of existing logins) make ``classifications`` over ``days``
        ending at ``end`` (default now), deterministic for ``seed``; ``answers`` biases them
        (see :mod:`zoo_sdk.emulator.simulate`). Stops early (``result.exhausted``) once every
        subject is retired or seen.

        >>> result = emu.simulate(workflow, volunteers=40, classifications=3000, seed=1,
        ...                       answers={"T0": {"Yes": 0.8, "No": 0.2}})   # doctest: +SKIP
        >>> len(result.classification_ids)   # doctest: +SKIP
        3000
        """
        return simulate(self.state, self.seed, workflow, volunteers=volunteers,
                        classifications=classifications, answers=answers, seed=seed,
                        anonymous=anonymous, end=end, days=days, progress=progress)

    def save_state(self, path: str | os.PathLike[str]) -> Path:
        """Write all the emulator's data to a JSON file (see :mod:`zoo_sdk.emulator.statefile`)
        for ``Emulator(state_file=path)`` or :meth:`load_state` to start from; returns the path.

        >>> emu.save_state(tmp_path / "zoo.json")   # doctest: +SKIP
        PosixPath('.../zoo.json')
        """
        return statefile.save(self.state, path, {"crowdflower_key": self.crowdflower_key})

    def load_state(self, path: str | os.PathLike[str]) -> None:
        """Replace the emulator's data with a file :meth:`save_state` wrote (running or not);
        its URLs are moved to this emulator. Tokens are not kept: clients sign in again.

        >>> emu.load_state("tests/fixtures/zoo.json")   # doctest: +SKIP
        """
        data = statefile.read(path)
        statefile.restore(self.state, data)
        statefile.rebase(self.state, str(data.get("base_url") or ""), self.url)
        self.store.base_url = self.state.base_url = self.url

        def apply(key: str, value: Any) -> None:
            if key == "crowdflower_key" and isinstance(value, str):
                self.crowdflower_key = value

        statefile.apply_emulator_fields(data, apply)
        from .crowdflower import crowdflower_state

        self.crowdflower = crowdflower_state(self.state)

    def _load_state_file(self, path: str | os.PathLike[str], users: dict[str, str] | None,
                         admins: dict[str, str] | None) -> None:
        """``Emulator(state_file=...)``: the file's data, then the users given (their passwords
        win for logins the file already has)."""
        self.load_state(path)
        for login, password in (users or {}).items():
            self.seed.user(login, password, exist_ok=True)
        for login, password in (admins or {}).items():
            self.seed.user(login, password, admin=True, exist_ok=True)

    def _moved(self, before: str) -> None:
        """After binding a port: URLs made for the address before start move to the real one."""
        if before != self.url:
            statefile.rebase(self.state, before, self.url)
