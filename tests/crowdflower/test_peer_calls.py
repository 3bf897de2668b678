"""everilae's generic calls: ``Client.call``, ``Client.paged_call`` and ``PathFactory``, through
the one transport (key, retries, timeouts, typed errors), over HTTP to the emulator."""

from __future__ import annotations

import io
import logging
import zipfile
from typing import Any

import httpx
import pytest

from zoo_sdk import errors
from zoo_sdk._http import RetryPolicy
from zoo_sdk.crowdflower import ApiError, Client, Job, PathFactory, PaymentRequiredError
from zoo_sdk.emulator import Emulator, FaultPlan, FaultRule

# ----- call --------------------------------------------------------------------------------


def test_call_reaches_paths_the_sdk_has_no_method_for(client: Client, job: Job) -> None:
    assert client.call(f"jobs/{job.id}/units/ping") == {"count": 2, "new": 2}
    unit_id = job.units[0].id
    assert client.call(f"/jobs/{job.id}/units/{unit_id}/judgments") == []  # leading / is fine
    client.set_job_tags(job.id, ["a", "b"])
    answer = client.call(f"jobs/{job.id}/tags", {"tags": "a"}, method="DELETE")
    assert answer == {"success": {"message": "Tags removed"}}
    assert client.get_job_tags(job.id) == [{"name": "b"}]


def test_a_get_with_data_is_sent_as_a_post(client: Client, job: Job, emu: Emulator) -> None:
    job.launch(2)
    unit_id = job.units[0].id
    emu.reset_requests()
    path = f"jobs/{job.id}/units/{unit_id}/request_more_judgments.json"
    client.call(path, {"nb_judgments": 2})
    client.call(path, b"nb_judgments=1",
                headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert emu.requests[("POST", f"/crowdflower/v1/{path}")] == 2


def test_call_with_as_json_false_returns_the_response(client: Client, job: Job) -> None:
    path = f"jobs/{job.id}.csv"
    first = client.call(path, query={"type": "full"}, as_json=False)
    assert isinstance(first, httpx.Response) and first.status_code == 202
    again = client.jobs[job.id](_suffix=".csv", query={"type": "full"}, as_json=False)
    assert again.status_code == 200
    assert zipfile.ZipFile(io.BytesIO(again.content)).namelist()


def test_call_errors_are_typed_and_never_show_the_key(emu: Emulator, client: Client, job: Job,
                                                     caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.DEBUG), pytest.raises(errors.NotFoundError) as caught:
        client.call("jobs/999999.json")
    assert isinstance(caught.value, ApiError) and caught.value.status == 404
    assert emu.crowdflower_key not in str(caught.value) and "key=***" in str(caught.value)
    assert emu.crowdflower_key not in caplog.text
    emu.crowdflower.set_balance(emu.crowdflower_key, 0.0)
    with pytest.raises(PaymentRequiredError):
        client.call(f"jobs/{job.id}/orders.json",
                    {"debit[units_count]": 2, "channels[]": ["on_demand"]}, method="post")


def test_call_retries_gets_but_not_posts(client: Client, job: Job, emu: Emulator) -> None:
    emu.faults = FaultPlan(rules=[FaultRule("* /crowdflower/*", "503", times=2)])
    emu.reset_requests()
    assert client.call(f"jobs/{job.id}/units/ping")["count"] == 2
    assert emu.requests[("GET", f"/crowdflower/v1/jobs/{job.id}/units/ping")] == 3
    emu.faults = FaultPlan(rules=[FaultRule("POST /crowdflower/*", "503", times=2)])
    with pytest.raises(errors.ServerError):
        client.call("jobs.json", {"job[title]": "Never twice"}, method="post")
    assert emu.requests[("POST", "/crowdflower/v1/jobs.json")] == 1


def test_call_has_the_client_timeout(emu: Emulator, job: Job) -> None:
    emu.faults = FaultPlan(rules=[FaultRule("GET /crowdflower/*", "stall", stall_seconds=2)])
    with Client(emu.crowdflower_key, endpoint=emu.crowdflower_url, timeout=0.2,
                retry=RetryPolicy(max_attempts=1)) as slow, pytest.raises(errors.TimeoutError):
        slow.call(f"jobs/{job.id}/units/ping")


@pytest.mark.tolerated_requests  # no CrowdFlower operation of the spec takes multipart
def test_call_sends_files_as_one_multipart_post(client: Client, job: Job, emu: Emulator) -> None:
    emu.faults = FaultPlan(rules=[FaultRule("POST /crowdflower/*", "503", times=1)])
    emu.reset_requests()
    with pytest.raises(errors.ServerError):  # a POST with files is not retried
        client.call(f"jobs/{job.id}/tags", {"tags": "x"},
                    files={"upload": ("notes.txt", io.BytesIO(b"hello"), "text/plain")})
    assert emu.requests[("POST", f"/crowdflower/v1/jobs/{job.id}/tags")] == 1
    answer = client.call(f"jobs/{job.id}/tags", files={"upload": b"hello"})
    assert answer == {"success": {"message": "Tags added"}}


BAD_CALLS: list[tuple[dict[str, Any], str]] = [
    ({"path": "https://evil.example/v1/jobs.json"}, "not a URL"),
    ({"path": "//evil.example/jobs.json"}, "not a URL"),
    ({"path": "jobs.json?page=2"}, "query"),
    ({"path": "jobs/../account.json"}, "'..'"),
    ({"path": "jobs//units"}, "segments"),
    ({"path": ""}, "segments"),
    ({"path": "jobs/1 .json"}, "segments"),
    ({"path": 42}, "string"),
    ({"method": "patch"}, "GET, POST, PUT, DELETE"),
    ({"query": {"key": "other"}}, "key"),
    ({"query": {"page": {"n": 1}}}, "query"),
    ({"data": {"job": {"title": "T"}}}, "flatten"),
    ({"data": 12}, "data must be"),
    ({"data": b"raw", "files": {"f": b"x"}}, "multipart"),
    ({"files": {"f": 12}}, "files"),
    ({"headers": {"X-Count": 1}}, "headers"),
    ({"as_json": "yes"}, "as_json"),
]


@pytest.mark.parametrize(("kwargs", "match"), BAD_CALLS)
def test_bad_calls_are_refused_before_any_request(client: Client, emu: Emulator,
                                                 kwargs: dict[str, Any], match: str) -> None:
    emu.reset_requests()
    arguments = {"path": "jobs.json", **kwargs}
    with pytest.raises(errors.ValidationError, match=match) as caught:
        client.call(**arguments)
    assert emu.crowdflower_key not in str(caught.value)
    assert emu.requests.total == 0


# ----- paged_call ------------------------------------------------------------------------------


def test_paged_call_pages_until_the_sentinel(client: Client, emu: Emulator) -> None:
    for i in range(5):
        client.create_job({"title": f"Job number {i}"})
    emu.reset_requests()
    pages = list(client.paged_call("jobs.json", sentinel=[], limit=2))
    assert [len(p) for p in pages] == [2, 2, 1]  # a short page does not end it
    assert emu.requests[("GET", "/crowdflower/v1/jobs.json")] == 4  # ... the [] does
    titles = [j["title"] for p in client.jobs.pages(sentinel=[], limit=2, page=2) for j in p]
    assert titles == ["Job number 2", "Job number 3", "Job number 4"]


def test_paged_call_sentinel_function_and_default(client: Client, job: Job) -> None:
    client.upload_job([{"n": n} for n in range(5)], job_id=job.id)
    units = client.jobs[job.id].units
    short = list(units.pages(limit=3, sentinel=lambda page: len(page) < 3))
    assert [len(p) for p in short] == [3, 3]  # 7 units: stops at the short page, as asked
    every = list(units.pages(limit=3))  # sentinel None: the {} past the end still stops it
    assert [len(p) for p in every] == [3, 3, 1]


@pytest.mark.parametrize(("kwargs", "match"), [
    ({"page": 0}, "page"), ({"limit": -1}, "limit"), ({"limit": True}, "limit"),
    ({"as_json": False}, "sentinel must be a function"), ({"path": "jobs.json?x=1"}, "query"),
    ({"query": {"key": "x"}}, "key"),
])
def test_bad_paged_calls_are_refused_before_any_request(client: Client, emu: Emulator,
                                                       kwargs: dict[str, Any], match: str) -> None:
    emu.reset_requests()
    with pytest.raises(errors.ValidationError, match=match):
        client.paged_call(**{"path": "jobs.json", "sentinel": [], **kwargs})
    assert emu.requests.total == 0


# ----- PathFactory -----------------------------------------------------------------------------


def test_path_factory_builds_everilae_paths(client: Client, job: Job) -> None:
    assert isinstance(client.jobs, PathFactory)
    assert repr(client.jobs[job.id].units.ping) == f"<PathFactory jobs/{job.id}/units/ping>"
    assert client.jobs[job.id]()["title"] == "Label cats"
    channels = client.jobs[job.id].channels(_suffix=None)
    assert channels == client.get_job_channels(job.id)
    assert client.jobs[job.id].units.ping(_suffix=None)["count"] == 2
    with pytest.raises(AttributeError):
        client.jobs._private  # noqa: B018
    with pytest.raises(RuntimeError, match="no client"):
        PathFactory(None, ("jobs",))()
