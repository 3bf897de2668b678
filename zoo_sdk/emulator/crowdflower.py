"""The CrowdFlower emulation, mounted at ``/crowdflower/v1`` (placeholder: no routes yet)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from starlette.applications import Starlette
from starlette.types import ASGIApp

if TYPE_CHECKING:
    from .app import EmulatorState

CROWDFLOWER_PREFIX = "/crowdflower/v1"


def crowdflower_app(state: EmulatorState) -> ASGIApp:
    """The CrowdFlower routes for one emulator."""
    return Starlette(routes=[])
