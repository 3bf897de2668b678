"""Fault injection: each kind, route patterns, limits and seeded repeatability."""

from __future__ import annotations

import time

import httpx
import pytest
from emu_helpers import ACCEPT

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
