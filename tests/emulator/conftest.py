"""Fixtures: a fresh emulator per test, and token-holding API clients."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from emu_helpers import Api, token_for

from zoo_sdk.emulator import Emulator


@pytest.fixture
def emu() -> Iterator[Emulator]:
    with Emulator(users={"alice": "secret", "bob": "pw"}, admins={"root": "pw"},
                  export_delay=0.2) as emulator:
        yield emulator


@pytest.fixture
def alice(emu: Emulator) -> Api:
    return Api(emu, token_for(emu, "alice", "secret"))


@pytest.fixture
def bob(emu: Emulator) -> Api:
    return Api(emu, token_for(emu, "bob", "pw"))


@pytest.fixture
def anon(emu: Emulator) -> Api:
    return Api(emu)
