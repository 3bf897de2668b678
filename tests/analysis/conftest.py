"""One simulated project for the analysis tests: every task type, two workflow versions.

Volunteers classify version 1.1 of a workflow of every task type; the owner then renames the
first question's answers (a new major version, 2.1) and more volunteers classify. The exports
(classifications, subjects, workflows) are downloaded over HTTP into files, and the same
classifications read from the API (annotation values as stored: answer indexes) for checks.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from testkit.helpers import OWNER, PASSWORD, project_classifications, world

from zoo_sdk import Panoptes, Project, Workflow
from zoo_sdk.emulator import Emulator
from zoo_sdk.emulator.seeding import SeededWorld


@dataclass
class Simulated:
    emu: Emulator
    world: SeededWorld
    folder: Path
    classifications: Path
    subjects: Path
    workflows: Path
    api: list[dict[str, Any]]

    @property
    def workflow_id(self) -> int:
        return int(self.world.workflow.id)

    def connect(self) -> Panoptes:
        return Panoptes.connect(endpoint=self.emu.url, username=OWNER, password=PASSWORD)


@pytest.fixture(scope="package")
def simulated(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Simulated]:
    folder = tmp_path_factory.mktemp("analysis")
    with Emulator(export_delay=0.05) as emu:
        made = world(emu, subjects=12)
        emu.simulate(made.workflow, volunteers=12, classifications=50, seed=3, anonymous=0.2)
        client = Panoptes.connect(endpoint=emu.url, username=OWNER, password=PASSWORD)
        workflow = Workflow.find(made.workflow.id)
        tasks = copy.deepcopy(workflow.tasks)
        tasks["T0"]["answers"][0]["label"] = "Yes, a cat"
        tasks["T0"]["answers"][1]["label"] = "No cat"
        workflow.tasks = tasks
        workflow.save()
        emu.simulate(made.workflow, volunteers=12, classifications=30, seed=4)
        project = Project(made.project.id)
        paths = {}
        for kind in ("classifications", "subjects", "workflows"):
            paths[kind] = folder / f"{kind}.csv"
            project.get_export(kind, generate=True, wait_timeout=60).save(paths[kind])
        client.close()
        Panoptes._default = None
        yield Simulated(emu, made, folder, paths["classifications"], paths["subjects"],
                        paths["workflows"], project_classifications(emu, made.project.id))


@pytest.fixture
def signed_in(simulated: Simulated) -> Iterator[Panoptes]:
    client = simulated.connect()
    try:
        yield client
    finally:
        Panoptes._default = None
        client.close()

