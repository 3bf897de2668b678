"""Shared fixtures: a fresh emulator per test, a signed-in connection, small real media files."""

from __future__ import annotations

import struct
import zlib
from collections.abc import Iterator
from pathlib import Path

import pytest

from zoo_sdk.emulator import Emulator
from zoo_sdk.panoptes.client import Panoptes

USERS = {"alice": "secret", "bob": "hunter22"}


def png_bytes(seed: int = 0, size: int = 4) -> bytes:
    """A valid little PNG whose pixels depend on ``seed``."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    row = b"\x00" + bytes([seed % 256, (seed // 256) % 256, 7]) * size
    header = struct.pack(">IIBBBBB", size, size, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(row * size))
        + chunk(b"IEND", b"")
    )


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
