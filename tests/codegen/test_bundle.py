"""Bundling: hoisting names and sections, nested refs, collisions, determinism."""

from __future__ import annotations

from pathlib import Path

import pytest
from codegen_minispec import SCHEMAS, write_spec

from codegen.bundle import bundle, validate
from codegen.specs import CodegenError


def test_hoists_into_sections_by_usage(mini_spec: Path) -> None:
    doc = bundle(mini_spec).document
    components = doc["components"]
    assert sorted(components["parameters"]) == ["Id", "IfMatch", "Page"]
    assert sorted(components["responses"]) == ["BadRequest"]
    assert "ProjectsResponse" in components["schemas"]
    get = doc["paths"]["/api/projects"]["get"]
    assert get["parameters"][0] == {"$ref": "#/components/parameters/Page"}
    schema = get["responses"]["200"]["content"]["application/vnd.api+json"]["schema"]
    assert schema == {"$ref": "#/components/schemas/ProjectsResponse"}
    assert validate(bundle(mini_spec)) == []


def test_nested_and_local_refs_are_rewritten(mini_spec: Path) -> None:
    schemas = bundle(mini_spec).document["components"]["schemas"]
    # a local '#/Project' inside schemas/projects.yaml, and a ref inside a hoisted response
    assert schemas["ProjectsResponse"]["properties"]["projects"]["items"] == {
        "$ref": "#/components/schemas/Project"}
    assert schemas["Project"]["properties"]["links"] == {
        "$ref": "#/components/schemas/ProjectLinks"}
    assert schemas["ProjectLinks"]["properties"]["workflows"]["items"] == {
        "$ref": "#/components/schemas/Id"}
    assert "ErrorResponse" in schemas  # reached only through responses.yaml
    assert list(schemas) == sorted(schemas)


def test_collision_names_both_files(tmp_path: Path) -> None:
    clash = SCHEMAS + "Project:\n  type: string\n"
    entry = write_spec(tmp_path, components__schemas_yaml=clash)
    projects = (tmp_path / "spec/panoptes/schemas/projects.yaml")
    projects.write_text(projects.read_text().replace(
        "    id:\n      $ref: ../components/schemas.yaml#/Id",
        "    id:\n      $ref: ../components/schemas.yaml#/Project"))
    with pytest.raises(CodegenError) as info:
        bundle(entry)
    message = str(info.value)
    assert "components/schemas.yaml#/Project" in message
    assert "schemas/projects.yaml#/Project" in message


def test_output_is_deterministic(mini_spec: Path) -> None:
    first, second = bundle(mini_spec), bundle(mini_spec)
    assert first.yaml_text() == second.yaml_text()
    assert first.json_text() == second.json_text()


def test_origins_point_at_source_lines(mini_spec: Path) -> None:
    result = bundle(mini_spec)
    where = result.locate(("components", "schemas", "Project", "properties", "display_name"))
    assert where.endswith("schemas/projects.yaml:7")
