"""The Caesar emulation, mounted at ``/caesar`` (placeholder: no routes yet)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from starlette.applications import Starlette
from starlette.types import ASGIApp

if TYPE_CHECKING:
    from .app import EmulatorState

CAESAR_PREFIX = "/caesar"


def caesar_app(state: EmulatorState) -> ASGIApp:
    """The Caesar routes for one emulator."""
    return Starlette(routes=[])
