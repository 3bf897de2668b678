"""Fault injection: each kind as a real httpx client sees it (and whether the server acted),
route patterns, limits and seeded repeatability."""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from emu_helpers import ACCEPT, Api, make_project

from zoo_sdk.emulator import Emulator, FaultPlan, FaultRule

H = {"Accept": ACCEPT}


@pytest.mark.parametrize("kind", ["500", "502", "503"])
def test_status_faults(emu: Emulator, kind: str) -> None:
    emu.faults = FaultPlan(rules=[FaultRule("GET /api/projects*", kind, rate=1.0)])
    response = httpx.get(emu.url + "/api/projects", headers=H)
    assert response.status_code == int(kind)
    assert response.json()["errors"][0]["message"]
    assert httpx.get(emu.url + "/api/workflows", headers=H).status_code == 200
    assert emu.faults.injected[kind] == 1


def test_429_has_retry_after_and_times_limit(emu: Emulator) -> None:
    emu.faults = FaultPlan(rules=[FaultRule("*", "429", times=2, retry_after=7)])
    first = httpx.get(emu.url + "/api/projects", headers=H)
    assert first.status_code == 429 and first.headers["Retry-After"] == "7"
    assert httpx.get(emu.url + "/api/projects", headers=H).status_code == 429
    assert httpx.get(emu.url + "/api/projects", headers=H).status_code == 200
    assert emu.faults.total == 2


def test_reset_drops_connection(emu: Emulator) -> None:
    emu.faults = FaultPlan(rules=[FaultRule("GET /api/projects", "reset", times=1)])
    with pytest.raises(httpx.TransportError):
        httpx.get(emu.url + "/api/projects", headers=H)
    assert httpx.get(emu.url + "/api/projects", headers=H).status_code == 200


def test_stall_holds_response(emu: Emulator) -> None:
    emu.faults = FaultPlan(rules=[FaultRule("GET /api/projects", "stall", stall_seconds=0.5)])
    with pytest.raises(httpx.ReadTimeout):
        httpx.get(emu.url + "/api/projects", headers=H, timeout=0.2)
    started = time.monotonic()
    assert httpx.get(emu.url + "/api/projects", headers=H).status_code == 200
    assert time.monotonic() - started >= 0.45


def test_seeded_plans_repeat(emu: Emulator) -> None:
    def run(seed: int) -> list[int]:
        emu.faults = FaultPlan(seed=seed, rules=[FaultRule("*", "503", rate=0.5)])
        with httpx.Client(base_url=emu.url, headers=H) as client:
            return [client.get("/api/projects").status_code for _ in range(30)]

    first, second, other = run(7), run(7), run(8)
    assert first == second and first != other
    assert 503 in first and 200 in first


def test_unknown_kind_rejected() -> None:
    with pytest.raises(ValueError):
        FaultRule("*", "418")


def test_request_counts_and_latency() -> None:
    with Emulator(latency_ms=50) as emu:
        with httpx.Client(base_url=emu.url, headers=H) as client:
            started = time.monotonic()
            client.get("/api/projects")
            client.get("/api/projects/1")
            client.get("/api/subject_sets/3/links/subjects/1,2")
            assert time.monotonic() - started >= 0.15
        assert emu.requests[("GET", "/api/projects")] == 1
        assert emu.requests[("GET", "/api/projects/{id}")] == 1
        assert emu.requests[("GET", "/api/subject_sets/{subject_set_id}/links/subjects/"
                                    "{link_ids}")] == 1
        assert emu.requests.total == 3 and emu.requests.total() == 3
        emu.reset_requests()
        assert emu.requests.total == 0


# ----- fault shapes: what a real client sees, and whether the server acted ---------------------


def _names(api: Api) -> list[str]:
    return [p["display_name"] for p in api.get("/projects").json()["projects"]]


def _project(name: str) -> dict[str, Any]:
    return {"projects": {"display_name": name, "description": "d", "primary_language": "en",
                         "private": False}}


def _serves_normally(emu: Emulator) -> None:
    """A new connection after the fault is served as usual."""
    response = httpx.get(emu.url + "/api/projects", headers=H)
    assert response.status_code == 200 and "projects" in response.json()


def test_lost_reply_acts_then_drops_the_connection(emu: Emulator, alice: Api) -> None:
    emu.faults = FaultPlan(rules=[FaultRule("POST /api/projects", "lost-reply", times=1)])
    with pytest.raises(httpx.TransportError):
        alice.post("/projects", _project("Lost"))
    assert emu.faults.injected["lost-reply"] == 1
    assert _names(alice) == ["Lost"]
    _serves_normally(emu)


def test_truncated_sends_head_and_half_the_body(emu: Emulator, alice: Api) -> None:
    project = make_project(alice)
    full = alice.get(f"/projects/{project['id']}").content
    emu.faults = FaultPlan(rules=[FaultRule("GET /api/projects/*", "truncated", times=1)])
    with alice.client.stream("GET", f"/projects/{project['id']}") as response:
        assert response.status_code == 200
        assert response.headers["content-type"].startswith("application/vnd.api+json")
        assert response.headers["content-length"] == str(len(full))
        with pytest.raises(httpx.RemoteProtocolError, match=f"expected {len(full)}"):
            response.read()
    _serves_normally(emu)


def test_truncated_post_has_acted(emu: Emulator, alice: Api) -> None:
    emu.faults = FaultPlan(rules=[FaultRule("POST /api/projects", "truncated", times=1)])
    with alice.client.stream("POST", "/projects", json=_project("Cut")) as response:
        assert response.status_code == 201
        with pytest.raises(httpx.TransportError):
            response.read()
    assert _names(alice) == ["Cut"]
    _serves_normally(emu)


def test_stall_after_times_out_a_client_after_the_server_acted(emu: Emulator,
                                                               alice: Api) -> None:
    emu.faults = FaultPlan(rules=[FaultRule("POST /api/projects", "stall-after", times=1,
                                            stall_seconds=0.8)])
    with pytest.raises(httpx.ReadTimeout):
        alice.post("/projects", _project("Slow"), timeout=httpx.Timeout(10, read=0.3))
    assert _names(alice) == ["Slow"]
    _serves_normally(emu)


def test_stall_after_delivers_the_reply_to_a_patient_client(emu: Emulator, alice: Api) -> None:
    emu.faults = FaultPlan(rules=[FaultRule("POST /api/projects", "stall-after", times=1,
                                            stall_seconds=0.3)])
    started = time.monotonic()
    response = alice.post("/projects", _project("Late"))
    assert time.monotonic() - started >= 0.28
    assert response.status_code == 201 and response.json()["projects"][0]["display_name"] == "Late"
    assert _names(alice) == ["Late"]


def _is_html(response: httpx.Response) -> None:
    assert response.text.lstrip().lower().startswith("<!doctype html")


def _not_json(response: httpx.Response) -> None:
    with pytest.raises(ValueError):
        response.json()


def _wrong_shape(response: httpx.Response) -> None:
    assert isinstance(response.json(), list)


def _empty(response: httpx.Response) -> None:
    assert response.content == b"" and response.headers["content-length"] == "0"


CANNED: dict[str, tuple[int, str, Callable[[httpx.Response], None]]] = {
    "html-503": (503, "text/html; charset=utf-8", _is_html),
    "html-200": (200, "text/html", _is_html),
    "empty-200": (200, ACCEPT, _empty),
    "not-json": (200, ACCEPT, _not_json),
    "wrong-shape": (200, ACCEPT, _wrong_shape),
    "redirect": (301, "", _empty),
}


@pytest.mark.parametrize("kind", sorted(CANNED))
def test_canned_replies_do_not_act(emu: Emulator, alice: Api, kind: str) -> None:
    status, content_type, check = CANNED[kind]
    emu.faults = FaultPlan(rules=[FaultRule("POST /api/projects", kind, times=1)])
    response = alice.post("/projects", _project("Never"))
    assert response.status_code == status
    assert response.headers.get("content-type", "").startswith(content_type)
    check(response)
    assert emu.faults.injected[kind] == 1
    assert _names(alice) == []
    _serves_normally(emu)


def test_redirect_points_at_https_on_the_same_host(emu: Emulator) -> None:
    emu.faults = FaultPlan(rules=[FaultRule("GET /api/projects", "redirect")])
    response = httpx.get(emu.url + "/api/projects?page=2", headers=H)
    assert response.status_code == 301 and response.is_redirect
    assert response.headers["location"] == f"https://127.0.0.1:{emu.port}/api/projects?page=2"


def test_mixed_plan_counts_each_kind(emu: Emulator) -> None:
    kinds = ["lost-reply", "truncated", "html-200", "wrong-shape"]
    emu.faults = FaultPlan(rules=[FaultRule("GET /api/projects", k, times=1) for k in kinds])
    for _ in kinds:
        with contextlib.suppress(httpx.TransportError):
            httpx.get(emu.url + "/api/projects", headers=H)
    assert emu.faults.injected == dict.fromkeys(kinds, 1)
    _serves_normally(emu)
