"""Shared fixtures: a fresh emulator per test, a signed-in connection, small real media files."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from panoptes.helpers import png_bytes

from zoo_sdk.emulator import Emulator
from zoo_sdk.panoptes.client import Panoptes

USERS = {"alice": "secret", "bob": "hunter22"}


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
