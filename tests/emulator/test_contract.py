"""The contract checker: what it reports, what it lets through, and how emulators enable it."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import httpx
import pytest
from emu_helpers import ACCEPT

from zoo_sdk.emulator import VALIDATE_ENV, Emulator, watch_emulators
from zoo_sdk.emulator.contract import SPEC_PATH, ContractChecker, Exchange

API_JSON = "application/vnd.api+json; version=1"
PROJECT = {"id": "1", "href": "/projects/1", "display_name": "Galaxy", "links": {}}


def exchange(method: str, path: str, status: int, body: Any = None, *, query: str = "",
             request: Any = None, accept: str = ACCEPT, token: bool = True,
             headers: dict[str, str] | None = None) -> Exchange:
    request_headers = [("accept", accept), ("content-type", "application/json")]
    if token:
        request_headers.append(("authorization", "Bearer t"))
    response_headers = [("content-type", API_JSON), *(headers or {"etag": '"e"'}).items()]
    return Exchange(method, path, query, request_headers,
                    json.dumps(request).encode() if request is not None else b"", status,
                    response_headers, json.dumps(body).encode() if body is not None else b"")


def messages(*exchanges: Exchange) -> list[str]:
    checker = ContractChecker(memoize=False)
    for item in exchanges:
        checker.check(item)
    return [v.message for v in checker.violations]


def test_conforming_traffic_has_no_violations() -> None:
    assert messages(
        exchange("GET", "/api/projects", 200, {"projects": [PROJECT], "links": {}, "meta": {}}),
        exchange("HEAD", "/api/projects/1", 200),
        exchange("GET", "/api/projects/1", 404, {"errors": [{"message": "Could not find"}]}),
        exchange("GET", "/blobs/anything", 200, {"not": "checked"}),
    ) == []


def test_response_schema_and_undeclared_status_are_reported() -> None:
    found = messages(
        exchange("GET", "/api/projects", 200, {"projects": [{**PROJECT, "id": 1}]}),
        exchange("GET", "/api/projects", 418, {"errors": [{"message": "teapot"}]}),
    )
    assert len(found) == 2
    assert "projects/0/id" in found[0] and "418" in found[1]


def test_request_violations_count_only_when_the_emulator_accepts_them() -> None:
    bad = {"projects": {"display_name": "G"}}
    created = {"projects": [PROJECT], "links": {}, "meta": {}}
    accepted = exchange("POST", "/api/projects", 201, created, request=bad,
                        headers={"etag": '"e"', "location": "http://x/api/projects/1"})
    rejected = exchange("POST", "/api/projects", 422, {"errors": [{"message": "invalid"}]},
                        request=bad)
    assert messages(rejected) == []
    assert any(m.startswith("request:") for m in messages(accepted))


def test_routing_rules_come_before_the_operations() -> None:
    error = {"errors": [{"message": "Not Found"}]}
    assert messages(exchange("GET", "/api/projects", 404, error, accept="application/json"),
                    exchange("PATCH", "/api/projects/1", 501, error)) == []
    assert messages(exchange("GET", "/api/projects", 200, {"projects": []},
                             accept="application/json")) == [
        "the server answers 404 here before routing"]
    assert messages(exchange("GET", "/api/nowhere", 200, {})) == [
        "route not in the spec but answered 200"]


def test_memoized_shapes_still_report_every_violation() -> None:
    checker = ContractChecker()
    for project_id in ("1", "2"):
        checker.check(exchange("GET", f"/api/projects/{project_id}", 418, {"errors": []}))
    assert [v.path for v in checker.violations] == ["/api/projects/1", "/api/projects/2"]


def test_emulator_validation_is_opt_in(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(VALIDATE_ENV, "0")
    assert Emulator().contract is None and Emulator().contract_violations == []
    assert Emulator(validate=True).contract is not None
    monkeypatch.setenv(VALIDATE_ENV, "1")
    with watch_emulators() as created:
        emulator = Emulator()
    assert created == [emulator] and emulator.contract is not None


def test_a_validating_emulator_records_drift(tmp_path: Path) -> None:
    spec = json.loads(SPEC_PATH.read_text())
    del spec["paths"]["/api/projects"]["get"]["responses"]["200"]  # the spec "forgets" a status
    (tmp_path / "spec.json").write_text(json.dumps(spec))
    with Emulator(users={"alice": "secret"}, validate=True) as emu:
        assert emu.contract is not None
        emu.contract.spec_path = tmp_path / "spec.json"
        assert httpx.get(emu.url + "/api/projects", headers={"Accept": ACCEPT}).status_code == 200
        assert httpx.get(emu.url + "/api/projects/9", headers={"Accept": ACCEPT}).status_code == 404
    found = [str(v) for v in emu.contract_violations]
    emu.contract_violations.clear()  # recorded on purpose; keep the suite's own check green
    assert found == ["GET /api/projects -> 200: response: Unknown response http status: 200"]
