"""Regressions for what contract fuzzing (tests/contract) found in the CrowdFlower emulator and
spec, over raw HTTP (form-encoded bodies, ``?key=``)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from zoo_sdk.emulator import Emulator

SPEC = json.loads((Path(__file__).resolve().parents[2] / "dist" / "spec" /
                   "crowdflower.openapi.json").read_text())
CML = '<cml:radios label="Cat?" name="answer" validates="required"/>'
NOT_FOUND = {"error": {"message": "We couldn't find what you were looking for."}}


@pytest.fixture
def http(emu: Emulator) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=emu.crowdflower_url, params={"key": emu.crowdflower_key},
                      headers={"Accept": SPEC["info"]["x-zoo-accept"]}) as client:
        yield client


@pytest.fixture
def job(http: httpx.Client) -> dict[str, Any]:
    created: dict[str, Any] = http.post("/jobs.json", data={
        "job[title]": "Label cats", "job[instructions]": "Cat?", "job[cml]": CML,
        "job[payment_cents]": "1"}).json()
    return created


def responses(method: str, path: str) -> set[str]:
    return set(SPEC["paths"][path][method.lower()]["responses"])


def test_min_unit_confidence_and_numbers_are_stored_as_numbers(http: httpx.Client) -> None:
    job = http.post("/jobs.json", data={"job[title]": "Label cats",
                                        "job[min_unit_confidence]": "0.0",
                                        "job[payment_cents]": "2.5"}).json()
    assert job["min_unit_confidence"] == 0.0 and isinstance(job["min_unit_confidence"], float)
    assert job["payment_cents"] == 2.5
    updated = http.put(f"/jobs/{job['id']}.json", data={"job[min_unit_confidence]": "1"})
    assert updated.json()["min_unit_confidence"] == 1
    for field, value in (("min_unit_confidence", "high"), ("payment_cents", "nan"),
                         ("judgments_per_unit", "1.5"), ("payment_cents", "Infinity")):
        rejected = http.put(f"/jobs/{job['id']}.json", data={f"job[{field}]": value})
        assert rejected.status_code == 422, (field, value)


def test_typed_options_are_validated(http: httpx.Client, job: dict[str, Any]) -> None:
    path = f"/jobs/{job['id']}.json"
    bad = http.put(path, data={"job[options][logical_aggregation]": "AAA"})
    assert bad.status_code == 422
    assert bad.json() == {"error": {
        "message": "options[logical_aggregation] must be true or false"}}
    assert http.put(path, data={"job[options][req_ttl_in_seconds]": "soon"}).status_code == 422
    good = http.put(path, data={"job[options][logical_aggregation]": "true",
                                "job[options][req_ttl_in_seconds]": "600",
                                "job[options][custom]": "7"}).json()
    assert good["options"] == {"logical_aggregation": True, "req_ttl_in_seconds": 600,
                               "custom": 7}


@pytest.mark.parametrize("form", [
    {"job[confidence_fields]": "answer"},     # a list attribute as one value
    {"job[fields]": "answer"},                # an object attribute as one value
    {"job[title][x]": "Label cats"},          # a single value as an object
    {"job[state]": "running"},                # read-only
    {"job[zzz]": "1"},                        # unknown
])
def test_job_attributes_of_the_wrong_kind_or_unknown_are_422(
        http: httpx.Client, job: dict[str, Any], form: dict[str, str]) -> None:
    response = http.put(f"/jobs/{job['id']}.json", data=form)
    assert response.status_code == 422 and "error" in response.json()
    assert SPEC["components"]["schemas"]["JobCreate"]["additionalProperties"] is False


def test_list_attributes_as_repeated_fields(http: httpx.Client, job: dict[str, Any]) -> None:
    updated = http.put(f"/jobs/{job['id']}.json", data={
        "job[confidence_fields][]": ["answer", "other"], "job[fields][answer]": "radios"})
    assert updated.json()["confidence_fields"] == ["answer", "other"]
    assert updated.json()["fields"] == {"answer": "radios"}


@pytest.mark.parametrize("method,path", [
    ("GET", "/jobs/{job}/channels.json"), ("GET", "/jobs/{job}/tags.json"), ("GET", "/nope"),
    ("OPTIONS", "/jobs.json"), ("DELETE", "/jobs/{job}/channels"), ("PATCH", "/jobs/{job}.json"),
])
def test_unroutable_paths_and_methods_are_json_404(
        http: httpx.Client, job: dict[str, Any], method: str, path: str) -> None:
    response = http.request(method, path.format(job=job["id"]))
    assert response.status_code == 404
    assert response.headers["content-type"].startswith("application/json")
    assert response.json() == NOT_FOUND and "allow" not in response.headers


def test_422_and_402_answers_are_documented(http: httpx.Client, job: dict[str, Any],
                                            emu: Emulator) -> None:
    jid = job["id"]
    cases = [
        ("GET", "/jobs.json", {"params": {"page": "x"}}),
        ("GET", "/jobs/{job_id}/pause.json", {}),
        ("GET", "/jobs/{job_id}/resume.json", {}),
        ("PUT", "/jobs/{job_id}/channels", {"data": {"channels[]": "nowhere"}}),
        ("POST", "/jobs/{job_id}/channels", {"data": {}}),
        ("POST", "/jobs/{job_id}/disable_channel", {"data": {"channel_name": "amt"}}),
        ("GET", "/jobs/{job_id}.csv", {"params": {"type": "everything"}}),
        ("GET", "/jobs/{job_id}/units.json", {"params": {"limit": "many"}}),
        ("GET", "/jobs/{job_id}/judgments.json", {"params": {"page": "1.5"}}),
        ("GET", "/jobs/{job_id}/units/split", {"params": {"on": ""}}),
        ("POST", "/jobs/{job_id}/workers/{worker_id}/bonus.json", {"data": {"amount": "-1"}}),
        ("POST", "/jobs/{job_id}/workers/{worker_id}/notify.json", {"data": {"message": ""}}),
        ("PUT", "/jobs/{job_id}/workers/{worker_id}.json", {"data": {"persist": "true"}}),
        ("PUT", "/jobs/{job_id}/workers/{worker_id}/flag", {"data": {"reason": ""}}),
        ("POST", "/jobs/{job_id}/orders.json", {"data": {"debit[units_count]": "1",
                                                         "channels[]": "nowhere"}}),
    ]
    for method, template, kwargs in cases:
        path = template.format(job_id=jid, worker_id=7)
        response = http.request(method, path, **kwargs)
        assert response.status_code == 422, (method, path, response.text)
        assert "422" in responses(method, template), (method, template)
    emu.crowdflower.set_balance(emu.crowdflower_key, 0.5)
    broke = http.post(f"/jobs/{jid}/workers/7/bonus.json", data={"amount": "100"})
    assert broke.status_code == 402
    assert "402" in responses("POST", "/jobs/{job_id}/workers/{worker_id}/bonus.json")


def test_unit_and_judgment_fields_of_the_wrong_kind_are_422_not_500(
        http: httpx.Client, job: dict[str, Any]) -> None:
    jid = job["id"]
    unit = http.post(f"/jobs/{jid}/units.json", data={"unit[data][text]": "a"}).json()
    base = f"/jobs/{jid}/units/{unit['id']}"
    copied = http.get(f"{base}/copy", params={"unit[data][]": "null"})
    assert copied.status_code == 422
    assert "422" in responses("GET", "/jobs/{job_id}/units/{unit_id}/copy")
    assert http.put(f"{base}.json", data={"unit[data][]": "x"}).status_code == 422
    assert http.put(f"{base}.json", data={"unit[state][x]": "y"}).status_code == 422
    assert http.put(f"{base}.json", data={"unit[data]": "[1]"}).status_code == 422
    more = http.post(f"{base}/request_more_judgments.json", data={"nb_judgments[x]": "1"})
    assert more.status_code == 422
    judged = http.post(f"/jobs/{jid}/judgments", data={
        "judgment[unit_id]": str(unit["id"]), "judgment[worker_id]": "7",
        "judgment[data][]": "yes"})
    assert judged.status_code == 422
    ok = http.get(f"{base}/copy", params={"unit[data][text]": "b"}).json()
    assert ok["data"] == {"text": "b"}
