"""The shared test world: one emulator in its own process, fast seeding through its store,
media files, clients.

Seeding writes straight into ``emu.store`` (no HTTP), so building 1,000-subject sets costs
milliseconds and no request is counted. Both clients sign in as the same whitelisted user.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import struct
import time
import zlib
from collections.abc import Callable
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from zoo_sdk.emulator import Emulator
from zoo_sdk.emulator.store import Actor

LOGIN = "alice"
PASSWORD = "secret"

_PEER_LOGGERS = ("panoptes_client", "httpx", "httpcore", "urllib3", "requests")


class World:
    """A running emulator with one user allowed to upload any number of subjects."""

    def __init__(self, emulator: Emulator) -> None:
        self.emu = emulator
        self.user_id = emulator.store.logins[LOGIN]
        user = emulator.store.get("users", self.user_id)
        assert user is not None
        user.attrs["upload_whitelist"] = True
        self.actor = Actor(self.user_id)
        self._serial = 0

    @property
    def url(self) -> str:
        return self.emu.url

    def project(self) -> str:
        """A fresh public project owned by the user; returns its id."""
        self._serial += 1
        body = {
            "projects": {
                "display_name": f"Bench project {self._serial}",
                "description": "benchmark",
                "primary_language": "en",
                "private": False,
            }
        }
        return str(self.emu.store.create("projects", body, self.actor)[0].id)

    def subject_set(self, project_id: str, subjects: int = 0) -> str:
        """A fresh subject set in ``project_id`` holding ``subjects`` remote-media subjects."""
        self._serial += 1
        store = self.emu.store
        body = {
            "subject_sets": {
                "display_name": f"Bench set {self._serial}",
                "links": {"project": project_id},
            }
        }
        subject_set = store.create("subject_sets", body, self.actor)[0]
        if subjects:
            items = [
                {
                    "locations": [{"image/png": f"https://example.org/{n}.png"}],
                    "metadata": {"n": n},
                    "links": {"project": project_id},
                }
                for n in range(subjects)
            ]
            created = store.create("subjects", {"subjects": items}, self.actor)
            ids = [str(rec.id) for rec in created]
            store.add_links("subject_sets", subject_set, "subjects", {"subjects": ids}, self.actor)
        return str(subject_set.id)

    def members(self, set_id: str) -> int:
        """How many subjects the set holds (read from the store, no request)."""
        record = self.emu.store.get("subject_sets", set_id)
        return int(record.attrs["set_member_subjects_count"]) if record else 0

    def reset_requests(self) -> None:
        self.emu.reset_requests()

    def requests(self) -> int:
        return int(self.emu.requests.total)


class RemoteWorld:
    """A :class:`World` in its own process: the emulator gets its own interpreter (and GIL),
    as a real server would, so it does not slow the client it is measuring.

    Seeding and request counting run in that process; commands travel over a pipe.
    """

    def __init__(self, latency_ms: float) -> None:
        context = multiprocessing.get_context("spawn")
        self._conn, child = context.Pipe()
        self._process = context.Process(target=_serve, args=(child, latency_ms), daemon=True)
        self._process.start()
        self.url: str = self._conn.recv()

    def _call(self, name: str, *args: Any) -> Any:
        self._conn.send((name, args))
        ok, value = self._conn.recv()
        if not ok:
            raise RuntimeError(f"emulator process: {value}")
        return value

    def project(self) -> str:
        return str(self._call("project"))

    def subject_set(self, project_id: str, subjects: int = 0) -> str:
        return str(self._call("subject_set", project_id, subjects))

    def members(self, set_id: str) -> int:
        return int(self._call("members", set_id))

    def count(self, action: Callable[[], Any]) -> tuple[float, int]:
        """Run ``action`` after resetting the request counter: (seconds, requests)."""
        self._call("reset_requests")
        start = time.perf_counter()
        action()
        elapsed = time.perf_counter() - start
        return elapsed, int(self._call("requests"))

    def close(self) -> None:
        self._conn.send(("stop", ()))
        self._process.join(timeout=15)

    def __enter__(self) -> RemoteWorld:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _serve(conn: Connection, latency_ms: float) -> None:
    """The emulator process: run a World and answer commands until told to stop."""
    with Emulator(users={LOGIN: PASSWORD}, latency_ms=latency_ms) as emu:
        world = World(emu)
        conn.send(emu.url)
        while True:
            name, args = conn.recv()
            if name == "stop":
                return
            try:
                conn.send((True, getattr(world, name)(*args)))
            except Exception as exc:  # reported to the parent, which raises
                conn.send((False, repr(exc)))


def clear_panoptes_env() -> None:
    """Drop PANOPTES_* variables so both clients use exactly the emulator and built-in ids."""
    for name in [n for n in os.environ if n.startswith("PANOPTES_")]:
        del os.environ[name]


def quiet_peer_logging() -> None:
    """Undo ``logging.basicConfig(INFO)`` done by importing panoptes_client."""
    logging.getLogger().setLevel(logging.WARNING)
    for name in _PEER_LOGGERS:
        logging.getLogger(name).setLevel(logging.WARNING)


def png_bytes(seed: int, size: int = 8) -> bytes:
    """A small valid RGB PNG whose pixels depend on ``seed`` (so every file differs)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    row = b"\x00" + bytes([seed % 256, (seed // 256) % 256, (seed * 7) % 256]) * size
    header = struct.pack(">IIBBBBB", size, size, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(row * size))
        + chunk(b"IEND", b"")
    )


def write_pngs(folder: Path, subjects: int, per_subject: int = 2) -> list[list[Path]]:
    """``subjects`` groups of ``per_subject`` distinct PNG files under ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    groups: list[list[Path]] = []
    for i in range(subjects):
        group = []
        for j in range(per_subject):
            path = folder / f"s{i:04d}-{j}.png"
            path.write_bytes(png_bytes(i * per_subject + j))
            group.append(path)
        groups.append(group)
    return groups
