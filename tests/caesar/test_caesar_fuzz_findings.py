"""Regressions for what contract fuzzing (tests/contract) found in the Caesar emulator and spec,
over raw HTTP. Each answer follows the real server (api-facts caesar_resources.md; Rails)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from zoo_sdk import Panoptes, Workflow
from zoo_sdk.emulator import Emulator

SPEC = json.loads((Path(__file__).resolve().parents[2] / "dist" / "spec" /
                   "caesar.openapi.json").read_text())
ROUTING_ERROR = {"status": 404, "error": "Not Found"}
SERVER_ERROR = {"status": 500, "error": "Internal Server Error"}


@pytest.fixture
def http(emu: Emulator, alice: Panoptes) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=emu.caesar_url, headers={
            "Authorization": f"Bearer {alice.get_bearer_token()}",
            "Accept": SPEC["info"]["x-zoo-accept"]}) as client:
        yield client


@pytest.fixture
def wid(http: httpx.Client, workflow: Workflow) -> int:
    """The workflow registered with Caesar (alice's project)."""
    wid = int(workflow.id)
    assert http.post("/workflows", json={"workflow": {"id": wid}}).status_code == 200
    return wid


def operations() -> Iterator[tuple[str, str, dict[str, Any]]]:
    for path, item in SPEC["paths"].items():
        for method, op in item.items():
            if method != "parameters":
                yield method.upper(), path, op


@pytest.mark.parametrize("kind", ["subject", "user"])
def test_condition_of_an_empty_object_fails_validation_not_the_server(
        http: httpx.Client, wid: int, kind: str) -> None:
    rules = f"/workflows/{wid}/{kind}_rules"
    created = http.post(rules, json={f"{kind}_rule": {"condition": [{}]}})
    # FromConfig.build: `{}.to_s` is no operator -> InvalidConfig "Unknown rule type" -> the
    # record is not saved but rendered with 200 (api-facts 2.6: create renders 200, id null)
    assert created.status_code == 200 and created.json()["id"] is None
    saved = http.post(rules, json={f"{kind}_rule": {"condition": ["const", True]}}).json()
    updated = http.put(f"{rules}/{saved['id']}", json={f"{kind}_rule": {"condition": [{}]}})
    assert updated.status_code == 200 and updated.json()["condition"] == [{}]
    assert http.get(f"{rules}/{saved['id']}").json()["condition"] == ["const", True]
    # a string condition: the unsaved record echoes it, so the response schema allows any type
    echoed = http.post(rules, json={f"{kind}_rule": {"condition": "AAA"}}).json()
    assert echoed["id"] is None and echoed["condition"] == "AAA"


@pytest.mark.parametrize("body", [
    {"condition": ["not"]}, {"condition": ["eq", None]}, {"condition": True},
    {"condition_string": "not json"}, {"condition_string": 5}, {"other": 1},
])
def test_conditions_caesar_does_not_rescue_are_rails_500_and_documented(
        http: httpx.Client, wid: int, body: dict[str, Any]) -> None:
    response = http.post(f"/workflows/{wid}/subject_rules", json={"subject_rule": body})
    assert response.status_code == 500 and response.json() == SERVER_ERROR
    documented = {(m, p) for m, p, op in operations() if "500" in op["responses"]}
    assert documented == {(m, f"/workflows/{{workflow_id}}/{k}_rules{tail}")
                          for k in ("subject", "user")
                          for m, tail in (("POST", ""), ("PUT", "/{id}"))}


@pytest.mark.parametrize("method,path", [
    ("GET", "/workflows/abc"), ("GET", "/nope"), ("GET", "/workflows/{wid}/users/1"),
    ("OPTIONS", "/workflows/{wid}"), ("DELETE", "/workflows/{wid}"),
    ("POST", "/workflows/{wid}/extractors/1"), ("GET", "/projects/null,null/reducers"),
])
def test_unroutable_paths_and_methods_answer_rails_json_404(
        http: httpx.Client, wid: int, method: str, path: str) -> None:
    response = http.request(method, path.format(wid=wid))
    assert response.status_code == 404
    assert response.headers["content-type"].startswith("application/json")
    assert response.json() == ROUTING_ERROR
    assert "allow" not in response.headers  # Rails routes by verb: no 405, no Allow


def test_bad_bodies_are_400_and_every_body_operation_documents_it(
        http: httpx.Client, wid: int) -> None:
    broken = http.post(f"/workflows/{wid}/extractors", content=b"{not json",
                       headers={"Content-Type": "application/json"})
    assert broken.status_code == 400 and broken.json() == {"status": 400, "error": "Bad Request"}
    for body in ({}, {"extractor": {}}, {"extractor": []}):
        missing = http.post(f"/workflows/{wid}/extractors", json=body)
        assert missing.status_code == 400
        assert missing.json() == {"error": "param is missing or the value is empty: extractor"}
    with_body = [(m, p) for m, p, op in operations() if "requestBody" in op]
    assert len(with_body) == 26
    assert [(m, p) for m, p, op in operations()
            if "requestBody" in op and "400" not in op["responses"]] == []


def test_strong_params_drop_values_of_the_wrong_kind(http: httpx.Client, wid: int) -> None:
    extractors = f"/workflows/{wid}/extractors"
    dropped = http.post(extractors, json={"extractor": {"type": "who", "key": [None, None]}})
    assert dropped.status_code == 422
    assert dropped.json() == {"errors": [{"message": "Key can't be blank"}]}
    cast = http.post(extractors, json={"extractor": {"type": "who", "key": 5,
                                                     "minimum_workflow_version": 2}}).json()
    assert cast["key"] == "5" and cast["minimum_workflow_version"] == "2"  # string columns
    effect = http.post(f"/workflows/{wid}/subject_rules", json={"subject_rule": {
        "condition": ["const", True]}}).json()
    action = http.post(f"/workflows/{wid}/subject_rules/{effect['id']}/subject_rule_effects",
                       json={"subject_rule_effect": {"action": {}, "config": {}}})
    assert action.status_code == 422  # the action is dropped, not a server error
    reduction = http.put(f"/workflows/{wid}/subject_reductions/count", json={"reduction": {
        "subject_id": 1, "data": {"n": 1}, "subgroup": [None, None]}}).json()
    assert reduction["subgroup"] == "_default"
    request = http.post(f"/workflows/{wid}/data_requests", json={"data_request": {
        "requested_data": "extracts", "subgroup": {}}})
    assert request.status_code == 201 and request.json()["subgroup"] is None
    flag = http.put(f"/workflows/{wid}", json={"workflow": {"public_extracts": "false"}})
    assert flag.status_code == 204
    assert http.get(f"/workflows/{wid}").json()["public_extracts"] is False


def test_legacy_config_entries_that_are_not_objects_fail_validation(
        http: httpx.Client, wid: int) -> None:
    response = http.put(f"/workflows/{wid}", json={"workflow": {
        "reducers_config": {"x": [None, None]}}})
    assert response.status_code == 422


def test_reducer_filters_with_an_inclusion_validation_are_checked(
        http: httpx.Client, wid: int) -> None:
    reducers = f"/workflows/{wid}/reducers"
    bad = http.post(reducers, json={"reducer": {"type": "count", "key": "c", "filters": {
        "repeated_classifications": "keep_some"}}})
    assert bad.status_code == 422
    assert bad.json() == {"errors": [{"message": "Extract filter is invalid"}]}
    good = http.post(reducers, json={"reducer": {"type": "count", "key": "c", "filters": {
        "repeated_classifications": "keep_last", "from": "2"}}})
    assert good.status_code == 200
    assert good.json()["filters"] == {"repeated_classifications": "keep_last", "from": "2"}


def test_data_request_of_an_unknown_workflow_is_a_json_404(
        http: httpx.Client, wid: int) -> None:
    created = http.post(f"/workflows/{wid}/data_requests", json={"data_request": {
        "requested_data": "extracts"}}).json()
    shown = http.get(f"/workflows/999999/data_requests/{created['id']}")
    assert shown.status_code == 404 and "error" in shown.json()
    # index and create keep the empty 404 of a missing exportable (api-facts TSV)
    assert http.get("/workflows/999999/data_requests").content == b""


def test_data_request_ids_repeat_across_emulators() -> None:
    def first_id(emu: Emulator) -> str:
        token = httpx.post(f"{emu.url}/oauth/token", data={
            "grant_type": "password", "client_id": emu.client_id, "login": "alice",
            "password": "secret"}).json()["access_token"]
        with httpx.Client(base_url=emu.url, headers={
                "Authorization": f"Bearer {token}", "Content-Type": "application/json",
                "Accept": "application/vnd.api+json; version=1"}) as http:
            project = http.post("/api/projects", json={"projects": {
                "display_name": "P", "description": "d", "primary_language": "en",
                "private": False}}).json()["projects"][0]["id"]
            workflow = http.post("/api/workflows", json={"workflows": {
                "display_name": "W", "primary_language": "en",
                "links": {"project": project}}}).json()["workflows"][0]["id"]
            http.headers["Accept"] = "application/json"
            http.post("/caesar/workflows", json={"workflow": {"id": int(workflow)}})
            created = http.post(f"/caesar/workflows/{workflow}/data_requests", json={
                "data_request": {"requested_data": "extracts"}}).json()
        rid: str = created["id"]
        return rid

    ids = []
    for _ in range(2):
        with Emulator(users={"alice": "secret"}) as emu:
            ids.append(first_id(emu))
    assert ids[0] == ids[1] and ids[0][14] == "4"  # the same version-4 UUID
