"""Fixtures for the Caesar tests: a Caesar client on the emulator, a registered workflow."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from panoptes.helpers import make_project, make_workflow

from zoo_sdk import Caesar, Panoptes, Workflow
from zoo_sdk.emulator import Emulator


@pytest.fixture
def caesar(emu: Emulator, alice: Panoptes) -> Iterator[Caesar]:
    """A Caesar client on the emulator (alice's token), also used by the Workflow methods."""
    client = Caesar(endpoint=emu.caesar_url)
    Workflow.caesar = client
    try:
        yield client
    finally:
        Workflow.caesar = None
        client.close()


@pytest.fixture
def workflow(alice: Panoptes) -> Workflow:
    """A Panoptes workflow of a project alice owns (not yet registered with Caesar)."""
    return make_workflow(make_project("Caesar project"), "Transcription")
