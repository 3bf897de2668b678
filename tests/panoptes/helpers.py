"""Builders for the SDK tests: a project with a workflow and a subject set, via the SDK."""

from __future__ import annotations

import asyncio
import struct
import zlib
from collections.abc import Awaitable, Callable
from typing import TypeVar

from zoo_sdk import Panoptes, Project, SubjectSet, Workflow
from zoo_sdk.emulator import Emulator

R = TypeVar("R")


def run_async(make: Callable[[], Awaitable[R]]) -> R:
    """Run a coroutine, then close the async transport it used (in the same loop)."""

    async def main() -> R:
        try:
            return await make()
        finally:
            await Panoptes.client().async_http.aclose()
            Panoptes.client()._async_http = None

    return asyncio.run(main())


def make_project(name: str = "Test project", private: bool = False) -> Project:
    project = Project()
    project.display_name = name
    project.description = "A project for tests"
    project.primary_language = "en"
    project.private = private
    project.save()
    return project


def make_workflow(project: Project, name: str = "Workflow") -> Workflow:
    workflow = Workflow()
    workflow.display_name = name
    workflow.primary_language = "en"
    workflow.links.project = project
    workflow.save()
    return workflow


def make_subject_set(project: Project, name: str = "Set") -> SubjectSet:
    subject_set = SubjectSet()
    subject_set.display_name = name
    subject_set.links.project = project
    subject_set.save()
    return subject_set


def allow_uploads(emulator: Emulator, login: str) -> None:
    """Lift the per-user subject limit (100), as Zooniverse does for whitelisted uploaders."""
    user = emulator.store.get("users", emulator.store.logins[login])
    assert user is not None
    user.attrs["upload_whitelist"] = True


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
