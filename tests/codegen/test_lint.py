"""One test per lint rule: a small bad spec, the rule id and the source file:line."""

from __future__ import annotations

from pathlib import Path

import pytest
from codegen_minispec import write_spec

from codegen.lint import RULES, lint_api

PATHS_FILE = "spec/panoptes/paths/projects.yaml"
SCHEMAS_FILE = "spec/panoptes/schemas/projects.yaml"


def lint_with(tmp_path: Path, file: str, old: str, new: str) -> list[str]:
    write_spec(tmp_path)
    target = tmp_path / file
    text = target.read_text()
    assert old in text, old
    target.write_text(text.replace(old, new, 1))
    return [str(f) for f in lint_api("panoptes", tmp_path)]


def line_of(tmp_path: Path, file: str, needle: str, occurrence: int = 1) -> int:
    lines = (tmp_path / file).read_text().splitlines()
    hits = [i + 1 for i, line in enumerate(lines) if needle in line]
    return hits[occurrence - 1]


def test_clean_spec_has_no_findings(mini_spec: Path) -> None:
    assert lint_api("panoptes", mini_spec.parents[2]) == []


CASES = [
    # rule, file, old, new, line needle (in the modified file)
    ("operation-id", PATHS_FILE, "operationId: list_projects", "operationId: ListProjects",
     "operationId: ListProjects"),
    ("operation-id", PATHS_FILE, "operationId: create_project", "operationId: list_projects",
     "operationId: list_projects\n"),
    ("single-tag", PATHS_FILE, "      - projects\n    summary: List",
     "      - things\n    summary: List", "tags:"),
    ("summary-description", PATHS_FILE, "    description: Lists projects.\n", "", "  get:"),
    ("security", PATHS_FILE, "    security:\n      - bearerAuth: []\n      - {}\n", "", "  get:"),
    ("request-default", SCHEMAS_FILE, "        private:\n          type: boolean",
     "        private:\n          type: boolean\n          default: false", "default: false"),
    ("response-enum", SCHEMAS_FILE, "    launch_approved:\n      type: boolean",
     "    launch_approved:\n      type: boolean\n      enum: [true]", "enum:"),
    ("response-closed", SCHEMAS_FILE, "ProjectLinks:\n  type: object",
     "ProjectLinks:\n  type: object\n  additionalProperties: false", "additionalProperties"),
    ("path-params", PATHS_FILE, "      - $ref: ../components/parameters.yaml#/Id\n", "", "  put:"),
    ("if-match", PATHS_FILE, "      - $ref: ../components/parameters.yaml#/IfMatch\n", "",
     "  put:"),
    ("success-response", PATHS_FILE, "      '201':\n        description: Created.",
     "      '301':\n        description: Created.", "  post:"),
    ("success-schema", PATHS_FILE,
     "          application/vnd.api+json:\n            schema:\n              $ref: ../schemas/"
     "projects.yaml#/ProjectsResponse\n  post:",
     "          application/vnd.api+json: {}\n  post:", "application/vnd.api+json: {}"),
]


@pytest.mark.parametrize(("rule", "file", "old", "new", "needle"), CASES,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_rule(tmp_path: Path, rule: str, file: str, old: str, new: str, needle: str) -> None:
    findings = lint_with(tmp_path, file, old, new)
    occurrence = 2 if rule == "operation-id" and needle.endswith("\n") else 1
    line = line_of(tmp_path, file, needle.strip(), occurrence)
    expected = f"{file.split('/', 2)[2]}:{line}: {rule} "
    assert any(expected in f for f in findings), (expected, findings)


def test_every_rule_is_tested() -> None:
    assert set(RULES) == {case[0] for case in CASES}


def test_validator_findings_point_at_source(tmp_path: Path) -> None:
    findings = lint_with(tmp_path, "spec/panoptes/components/parameters.yaml",
                         "  in: query\n", "  in: somewhere\n")
    assert any("parameters.yaml:" in f and "openapi-spec-validator" in f for f in findings), \
        findings
