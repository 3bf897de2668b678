"""Shared fixtures: a fresh emulator per test, a signed-in connection, small real media files.

Every emulator the suite starts validates its traffic against the bundled OpenAPI spec, and a test
whose emulators recorded contract violations fails (set `ZOO_EMULATOR_VALIDATE=0` to turn it off).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from panoptes.helpers import png_bytes

from zoo_sdk.emulator import VALIDATE_ENV, Emulator, watch_emulators
from zoo_sdk.panoptes.client import Panoptes

USERS = {"alice": "secret", "bob": "hunter22"}


@pytest.fixture(scope="session", autouse=True)
def _validate_emulators() -> Iterator[None]:
    """Turn contract validation on for every emulator, also those started inside tests."""
    previous = os.environ.get(VALIDATE_ENV)
    os.environ.setdefault(VALIDATE_ENV, "1")
    yield
    if previous is None:
        os.environ.pop(VALIDATE_ENV, None)


@pytest.fixture(autouse=True)
def _no_contract_violations(request: pytest.FixtureRequest) -> Iterator[None]:
    """Fail the test if any emulator created during it saw traffic the spec does not allow.

    A test marked ``tolerated_requests`` checks that the server tolerates requests outside the
    contract (as the real one does): only its *request* findings are ignored.
    """
    with watch_emulators() as created:
        yield
    tolerated = request.node.get_closest_marker("tolerated_requests") is not None
    violations = [
        str(v)
        for emulator in created
        for v in emulator.contract_violations
        if not (tolerated and v.message.startswith("request:"))
    ]
    if violations:
        pytest.fail("emulator traffic disagrees with dist/spec/panoptes.openapi.json:\n  "
                    + "\n  ".join(violations), pytrace=False)


@pytest.fixture
def emu() -> Iterator[Emulator]:
    with Emulator(users=dict(USERS), export_delay=0.2) as emulator:
        yield emulator


@pytest.fixture
def alice(emu: Emulator) -> Iterator[Panoptes]:
    """Alice signed in and set as the default connection (reset afterwards)."""
    client = Panoptes.connect(username="alice", password="secret", endpoint=emu.url)
    emu.reset_requests()
    try:
        yield client
    finally:
        Panoptes._default = None
        client.close()


@pytest.fixture
def pngs(tmp_path: Path) -> list[Path]:
    """Six small PNG files on disk."""
    paths = []
    for i in range(6):
        path = tmp_path / f"image-{i}.png"
        path.write_bytes(png_bytes(i))
        paths.append(path)
    return paths
