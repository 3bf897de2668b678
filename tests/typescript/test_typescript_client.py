"""The published OpenAPI specs are usable from TypeScript as they are.

openapi-typescript turns dist/spec/{panoptes,caesar,crowdflower}.openapi.json into `.d.ts` types,
`tsc --strict` compiles src/proof.ts (an openapi-fetch client typed by them) and node runs it
against a live emulator: OAuth password grant, a Panoptes project and workflow, the workflow
registered with Caesar, a CrowdFlower job, each read back. The emulator's contract validation
(tests/conftest.py) checks the Panoptes traffic against the spec on the way.

The npm packages come from tests/typescript/package-lock.json, installed by `make test`.
"""

from __future__ import annotations

import json
import os
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from zoo_sdk.emulator import Emulator
from zoo_sdk.emulator.caesar import caesar_db

from .tsgen import (
    GENERATED_DIR,
    SPEC_DIR,
    compile_proof,
    generate_all,
    require_toolchain,
    run_tool,
)

USERS = {"alice": "secret"}


@pytest.fixture(scope="module")
def proof_js() -> Path:
    """Generate the types from the published specs and compile the program once per module."""
    require_toolchain()
    generated = generate_all(GENERATED_DIR)
    assert [p.name for p in generated] == ["panoptes.d.ts", "caesar.d.ts", "crowdflower.d.ts"]
    for path in generated:
        text = path.read_text(encoding="utf-8")
        assert "export interface paths" in text, f"{path} has no paths interface"
    return compile_proof()


@pytest.fixture
def emulator() -> Iterator[Emulator]:
    with Emulator(users=dict(USERS)) as emu:
        yield emu


def run_proof(program: Path, emu: Emulator, password: str) -> subprocess.CompletedProcess[str]:
    """Run the compiled program: URLs and ids as argv, the password from the environment."""
    env = {**os.environ, "ZOO_PASSWORD": password}  # argv wins over any other ZOO_* setting
    return run_tool(
        ["node", program,
         "--panoptes-url", emu.url,
         "--caesar-url", emu.caesar_url,
         "--crowdflower-url", emu.crowdflower_url,
         "--crowdflower-key", emu.crowdflower_key,
         "--username", "alice",
         "--client-id", emu.client_id,
         f"--spec-dir={SPEC_DIR}"],
        "node build/proof.js", env=env, check=False)


def test_generated_client_round_trips_against_the_emulator(proof_js: Path,
                                                           emulator: Emulator) -> None:
    result = run_proof(proof_js, emulator, USERS["alice"])
    assert result.returncode == 0, (
        f"proof.ts exited {result.returncode}:\n{result.stdout}{result.stderr}")
    lines = result.stdout.strip().splitlines()
    assert lines, f"proof.ts printed nothing; stderr:\n{result.stderr}"
    outcome: dict[str, Any] = json.loads(lines[-1])

    project = emulator.store.get("projects", outcome["project_id"])
    assert project is not None, f"project {outcome['project_id']} not in the emulator"
    assert project.attrs["display_name"] == outcome["project_display_name"]
    assert project.attrs["private"] is True

    workflow = emulator.store.get("workflows", outcome["workflow_id"])
    assert workflow is not None, f"workflow {outcome['workflow_id']} not in the emulator"
    assert workflow.attrs["display_name"] == outcome["workflow_display_name"]
    assert workflow.fks.get("project") == outcome["project_id"]

    db = caesar_db(emulator.state)
    with db.lock:
        registered = db.tables["workflows"].get(outcome["caesar_workflow_id"])
    assert registered is not None, "the workflow was not registered with Caesar"
    assert registered["id"] == int(outcome["workflow_id"])
    assert registered["project_id"] == int(outcome["project_id"])
    assert registered["public_reductions"] is True
    assert registered["rules_applied"] == "first_matching_rule"

    with emulator.crowdflower.lock:
        job = emulator.crowdflower.jobs.get(outcome["crowdflower_job_id"])
    assert job is not None, f"CrowdFlower job {outcome['crowdflower_job_id']} not in the emulator"
    assert job["title"] == outcome["job_title"]
    assert job["judgments_per_unit"] == 2


def test_generated_client_fails_loudly(proof_js: Path, emulator: Emulator) -> None:
    """A failed call exits non-zero with a message naming the call and the server's answer."""
    result = run_proof(proof_js, emulator, "not-the-password")
    assert result.returncode == 1, f"exit {result.returncode}:\n{result.stdout}{result.stderr}"
    assert "proof failed: POST /oauth/token: HTTP 401" in result.stderr, result.stderr
    assert "invalid_grant" in result.stderr, result.stderr
    assert result.stdout == ""
    assert emulator.store.get("projects", 1) is None
