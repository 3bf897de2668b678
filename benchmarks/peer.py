"""The real panoptes-client (the peer), imported once with its INFO logging switched off."""

from __future__ import annotations

from importlib.metadata import version

from panoptes_client import (  # type: ignore[import-untyped]
    Panoptes,
    Project,
    Subject,
    SubjectSet,
)

from benchmarks.world import LOGIN, PASSWORD, quiet_peer_logging

quiet_peer_logging()

VERSION = version("panoptes-client")

__all__ = ["VERSION", "Project", "Subject", "SubjectSet", "connect", "disconnect"]


def connect(url: str) -> None:
    """Sign in as the benchmark user; the bearer token is fetched now, as zoo_sdk does.

    panoptes-client would otherwise fetch it lazily inside the first timed scenario.
    """
    Panoptes.connect(username=LOGIN, password=PASSWORD, endpoint=url)
    Panoptes.client().get_bearer_token()


def disconnect() -> None:
    """Forget this thread's peer connection."""
    Panoptes._local.panoptes_client = None
