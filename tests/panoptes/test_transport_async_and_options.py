"""The async transport (one implementation shared with the sync one), the generated async calls
through ``Panoptes.api``, per-call options, raw responses, request ids, ``ZOO_LOG`` and the
client-side rate limit — all over HTTP against the emulator."""

from __future__ import annotations

import asyncio
import logging
import os
import subprocess
import sys
import threading
import time

import httpx
import pytest
from zoo_panoptes_api.api.projects import get_project

from zoo_sdk import Panoptes, Project, RetryPolicy, capture_responses
from zoo_sdk import errors as zoo_errors
from zoo_sdk._http import RateLimit
from zoo_sdk.emulator import Emulator, FaultPlan, FaultRule

from .helpers import make_project

FAST = RetryPolicy(max_attempts=3, backoff_base=0.01, backoff_max=0.02)


@pytest.fixture
def fast(emu: Emulator):  # type: ignore[no-untyped-def]
    client = Panoptes.connect(username="alice", password="secret", endpoint=emu.url, retry=FAST)
    yield client
    Panoptes._default = None
    client.close()


# ----- the generated async calls through the documented bridge ----------------------------------


def test_generated_asyncio_calls_send_the_accept_header_and_the_token(fast: Panoptes) -> None:
    private = make_project("Private", private=True)

    async def both() -> tuple[int, int]:
        found = await get_project.asyncio_detailed(client=fast.api, id=str(private.id))
        anonymous = Panoptes(endpoint=fast.endpoint, anonymous=True)
        try:
            hidden = await get_project.asyncio_detailed(client=anonymous.api, id=str(private.id))
        finally:
            await anonymous.aclose()
        return int(found.status_code), int(hidden.status_code)

    found, hidden = asyncio.run(both())
    synced = get_project.sync_detailed(client=fast.api, id=str(private.id))
    assert (found, int(synced.status_code)) == (200, 200)
    assert hidden == 404  # private: the token is what made the difference


# ----- AsyncHTTP: the same retries and error mapping ----------------------------------------------


def test_the_async_transport_retries_and_maps_errors_like_the_sync_one(fast: Panoptes,
                                                                      emu: Emulator) -> None:
    project = make_project()
    path = f"/api/projects/{project.id}"

    async def run() -> None:
        http = fast.async_http
        emu.faults = FaultPlan(rules=[FaultRule("GET /api/projects/*", "502", times=2)])
        emu.reset_requests()
        answered = await http.request("GET", path)
        assert answered.json()["projects"][0]["id"] == str(project.id)
        assert emu.requests[("GET", "/api/projects/{id}")] == 3
        emu.faults = FaultPlan(rules=[FaultRule("GET /api/projects/*", "html-200")])
        with pytest.raises(zoo_errors.InvalidResponseError):
            await http.request("GET", path)
        emu.faults = FaultPlan(rules=[FaultRule("POST /api/projects", "lost-reply", times=1)])
        with pytest.raises(zoo_errors.AmbiguousWriteError) as lost:
            await http.request("POST", "/api/projects", json={"projects": {
                "display_name": "Async", "description": "d", "primary_language": "en",
                "private": False}})
        assert lost.value.request_id
        emu.faults = None
        with pytest.raises(zoo_errors.NotFoundError) as missing:
            await http.request("GET", "/api/projects/999999")
        assert missing.value.request_id
        await fast.aclose()
        with pytest.raises(zoo_errors.ClientClosedError):
            await http.request("GET", path)

    asyncio.run(run())


def test_async_requests_share_one_token_across_tasks(emu: Emulator) -> None:
    client = Panoptes(username="alice", password="secret", endpoint=emu.url)
    project_id = client.http.request("POST", "/api/projects", json={"projects": {
        "display_name": "Tasks", "description": "d", "primary_language": "en",
        "private": True}}).json()["projects"][0]["id"]
    emu.reset_requests()

    async def many() -> list[int]:
        answers = await asyncio.gather(*(client.async_http.request(
            "GET", f"/api/projects/{project_id}") for _ in range(20)))
        await client.aclose()
        return [a.status_code for a in answers]

    assert asyncio.run(many()) == [200] * 20
    assert emu.requests.get(("POST", "/oauth/token"), 0) == 0  # the sync sign-in's token


# ----- request ids --------------------------------------------------------------------------------


def test_every_error_carries_the_request_id_the_server_logged(fast: Panoptes, emu: Emulator,
                                                             caplog: pytest.LogCaptureFixture
                                                             ) -> None:
    with caplog.at_level(logging.DEBUG, logger="zoo_sdk"), \
            pytest.raises(zoo_errors.NotFoundError) as missing:
        Project.find(999999)
    request_id = missing.value.request_id
    assert request_id and request_id in str(missing.value)
    answer = httpx.get(emu.url + "/api/projects/999999",
                       headers={"Accept": "application/vnd.api+json; version=1",
                                "X-Request-Id": "mine-1@x<script>"})
    assert answer.headers["X-Request-Id"] == "mine-1@xscript"  # Rails' sanitising
    logged = [r.getMessage() for r in caplog.records if request_id in r.getMessage()]
    assert logged and "-> 404" in logged[0]

    emu.faults = FaultPlan(rules=[FaultRule("GET /api/projects/*", "reset")])
    with pytest.raises(zoo_errors.TransportError) as reset:
        Project.find(1)
    assert reset.value.request_id  # no answer: the id the client sent


# ----- per-call options and raw responses ------------------------------------------------------


def test_with_options_changes_retries_and_timeout_for_its_calls_only(fast: Panoptes,
                                                                   emu: Emulator) -> None:
    project = make_project()
    once = fast.with_options(retry=RetryPolicy(max_attempts=1))
    emu.faults = FaultPlan(rules=[FaultRule("GET /api/projects/*", "500", times=1)])
    with once, pytest.raises(zoo_errors.ServerError):
        Project.find(project.id)
    emu.faults = FaultPlan(rules=[FaultRule("GET /api/projects/*", "500", times=1)])
    assert Project.find(project.id).id == project.id  # the default client still retries

    impatient = fast.with_options(timeout=0.2, retry=RetryPolicy(max_attempts=1))
    emu.faults = FaultPlan(rules=[FaultRule("GET /api/projects/*", "stall", stall_seconds=1)])
    with impatient, pytest.raises(zoo_errors.TimeoutError):
        Project.find(project.id)
    emu.faults = None
    assert impatient.http.client is fast.http.client  # one connection pool
    assert impatient.logged_in_user_id == fast.logged_in_user_id


def test_capture_responses_gives_status_headers_etag_and_request_id(fast: Panoptes) -> None:
    project = make_project()
    with capture_responses() as seen:
        found = Project.find(project.id)
        found.display_name = "Renamed"
        found.save()
    assert [(r.method, r.status) for r in seen] == [("GET", 200), ("PUT", 200)]
    read, written = seen
    assert read.etag and written.etag and read.etag != written.etag
    assert read.request_id and read.request_id == read.headers["X-Request-Id"]
    assert read.attempts == 1 and read.url.endswith(f"/api/projects/{project.id}")
    with capture_responses() as outer:
        with capture_responses() as inner:
            Project.find(project.id)
        Project.find(project.id)
    assert (len(inner), len(outer)) == (1, 2)


# ----- ZOO_LOG ---------------------------------------------------------------------------------


def test_zoo_log_debug_prints_readable_lines_without_secrets(emu: Emulator) -> None:
    script = (
        "import logging, zoo_sdk\n"
        "from zoo_sdk import Panoptes, Project\n"
        f"Panoptes.connect(username='alice', password='secret', endpoint={emu.url!r})\n"
        "try:\n    Project.find(999999)\nexcept zoo_sdk.NotFoundError as e:\n"
        "    print('id', e.request_id)\n"
        "print('root handlers', len(logging.getLogger().handlers))\n")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          timeout=60, env={**os.environ, "ZOO_LOG": "debug"})
    assert done.returncode == 0, done.stderr
    assert "root handlers 0" in done.stdout
    request_id = done.stdout.split("id ", 1)[1].split()[0]
    lines = [line for line in done.stderr.splitlines() if " zoo_sdk DEBUG " in line]
    assert any("GET" in line and "-> 404" in line and request_id in line for line in lines)
    assert "secret" not in done.stderr and "Bearer" not in done.stderr
    quiet = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                           timeout=60, env={k: v for k, v in os.environ.items()
                                            if k != "ZOO_LOG"})
    assert "zoo_sdk DEBUG" not in quiet.stderr


# ----- rate limit ------------------------------------------------------------------------------


def test_rate_limit_reserves_slots_in_order() -> None:
    now = [10.0]
    limit = RateLimit(4, clock=lambda: now[0])
    assert [limit.reserve() for _ in range(3)] == [0.0, 0.25, 0.5]
    now[0] = 20.0  # idle for long: no burst credit is kept beyond the next slot
    assert limit.reserve() == 0.0
    for bad in (0, -1, True, "5"):
        with pytest.raises(zoo_errors.ConfigurationError):
            RateLimit(bad)  # type: ignore[arg-type]


def test_rate_limit_is_shared_by_threads_and_tasks(emu: Emulator) -> None:
    client = Panoptes(username="alice", password="secret", endpoint=emu.url, rate_limit=40)
    client.login()
    project = client.http.request("POST", "/api/projects", json={"projects": {
        "display_name": "Limited", "description": "d", "primary_language": "en",
        "private": False}}).json()["projects"][0]
    path = f"/api/projects/{project['id']}"
    emu.reset_requests()
    started = time.monotonic()

    def reads() -> None:
        for _ in range(5):
            client.http.request("GET", path)

    threads = [threading.Thread(target=reads) for _ in range(4)]
    for thread in threads:
        thread.start()

    async def tasks() -> None:
        await asyncio.gather(*(client.async_http.request("GET", path) for _ in range(10)))
        await client.async_http.aclose()

    asyncio.run(tasks())
    for thread in threads:
        thread.join()
    client.close()
    assert emu.requests[("GET", "/api/projects/{id}")] == 30
    # 30 requests at 40 per second share one schedule: the last slot is 29/40 s after the first
    assert time.monotonic() - started >= 29 / 40 - 0.05
