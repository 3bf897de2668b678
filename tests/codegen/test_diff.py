"""The API change report: breaking and non-breaking changes, --fail-on-breaking."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from codegen_minispec import PATHS, PROJECT_SCHEMAS, write_spec

from codegen.__main__ import main


def two_versions(tmp_path: Path, paths: str = PATHS, schemas: str = PROJECT_SCHEMAS) -> list[str]:
    old = write_spec(tmp_path / "old")
    new = write_spec(tmp_path / "new", paths__projects_yaml=paths,
                     schemas__projects_yaml=schemas)
    return [str(old), str(new)]


def test_non_breaking_change(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    schemas = PROJECT_SCHEMAS.replace(
        "    launch_approved:\n      type: boolean\n",
        "    launch_approved:\n      type: boolean\n    beta_approved:\n      type: boolean\n", 1)
    args = two_versions(tmp_path, schemas=schemas)
    assert main(["diff", *args, "--fail-on-breaking"]) == 0
    out = capsys.readouterr().out
    assert "ok       GET /api/projects (list_projects): response 200 field " \
           "projects[].beta_approved added" in out
    assert "BREAKING" not in out


def test_breaking_changes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    paths = PATHS.replace("        schema:\n          type: string\n",
                          "        schema:\n          type: integer\n", 1)
    paths = paths.replace("      - $ref: ../components/parameters.yaml#/Page\n", "")
    schemas = PROJECT_SCHEMAS.replace("        private:\n          type: boolean\n", "")
    schemas = schemas.replace("    classifications_count:\n      type: integer\n",
                              "    classifications_count:\n      type: string\n")
    args = two_versions(tmp_path, paths=paths, schemas=schemas)
    assert main(["diff", *args]) == 0
    assert main(["diff", *args, "--fail-on-breaking"]) == 1
    capsys.readouterr()
    main(["diff", *args, "--format", "json"])
    changes = json.loads(capsys.readouterr().out)
    messages = {c["message"] for c in changes if c["breaking"]}
    assert "parameter query 'page' removed" in messages
    assert "parameter query 'display_name' retyped string -> integer" in messages
    assert "request body field projects.private removed" in messages
    assert "response 200 field projects[].classifications_count retyped integer -> string" \
        in messages


def test_operation_added_and_removed(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    paths = PATHS.replace("projects.id:\n  put:", "projects.id:\n  delete:")
    paths = paths.replace("operationId: update_project", "operationId: delete_project")
    main(["diff", *two_versions(tmp_path, paths=paths)])
    out = capsys.readouterr().out
    assert "ok       DELETE /api/projects/{id} (delete_project): operation added" in out
    assert "BREAKING PUT /api/projects/{id} (update_project): operation removed" in out
