"""The CrowdFlower client against the emulator, over real HTTP."""

from __future__ import annotations

import io
import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from zoo_sdk import errors
from zoo_sdk._http import RetryPolicy
from zoo_sdk.crowdflower import (
    Client,
    Job,
    PaymentRequiredError,
    ReportNotReadyError,
    ReportTimeoutError,
)
from zoo_sdk.emulator import Emulator, FaultPlan, FaultRule

CML = '<cml:radios label="Cat?" name="answer" validates="required"/>'
FAST = RetryPolicy(max_attempts=3, backoff_base=0.01, backoff_max=0.02)


@pytest.fixture
def client(emu: Emulator) -> Iterator[Client]:
    with Client(emu.crowdflower_key, endpoint=emu.crowdflower_url, retry=FAST) as c:
        yield c


@pytest.fixture
def job(client: Client) -> Job:
    return client.create_job({"title": "Label cats", "instructions": "Is it a cat?", "cml": CML,
                              "judgments_per_unit": 3, "payment_cents": 10})


def judge(client: Client, job: Job, answers: dict[int, str]) -> None:
    """Three workers judge every unit with ``answers[worker]``."""
    for unit in job.units:
        for worker, answer in answers.items():
            client.create_judgment(job, unit.id, worker, {"answer": answer})


def test_create_job_sends_bracket_fields(client: Client, job: Job) -> None:
    assert job.id and job.state == "unordered" and job.title == "Label cats"
    assert job.judgments_per_unit == 3
    again = client.get_job(job.id)
    assert again.cml == CML and again == job


def test_update_sends_only_changes_and_tracks_in_place_edits(client: Client, job: Job,
                                                             emu: Emulator) -> None:
    job.title = "Label more cats"
    job.options = {"req_ttl_in_seconds": 600}
    assert set(job.changes) == {"title", "options"}
    job.update()
    assert job.changes == {}
    job.options["mail_to"] = "me@example.com"
    assert set(job.changes) == {"options"}
    job.save()
    fresh = client.get_job(job.id)
    assert fresh.title == "Label more cats"
    assert fresh.options == {"req_ttl_in_seconds": 600, "mail_to": "me@example.com"}
    with pytest.raises(AttributeError):
        job.state = "running"  # read-only


def test_update_refuses_a_job_without_title_instructions_cml(client: Client) -> None:
    blank = client.create_job()
    blank.css = "p {}"
    with pytest.raises(RuntimeError, match="instructions"):
        blank.update()


def test_upload_json_lines_and_csv_file(client: Client, job: Job, tmp_path: Path) -> None:
    job.upload([{"url": f"https://e.x/{i}.jpg", "sku": i} for i in range(3)])
    path = tmp_path / "units.csv"
    path.write_text("url,sku\nhttps://e.x/a.jpg,a\nhttps://e.x/b.jpg,b\n")
    job.upload_file(str(path))
    job.upload_file(io.StringIO("url,sku\nhttps://e.x/c.jpg,c\n"), type_="text/csv")
    assert job.units_count == 6
    datas = [u.data for u in job.units]
    assert datas[0] == {"url": "https://e.x/0.jpg", "sku": 0}
    assert datas[-1] == {"url": "https://e.x/c.jpg", "sku": "c"}
    with pytest.raises(errors.ValidationError, match="columns"):
        job.upload([{"other": 1}])
    job.upload([{"other": 1}], force=True)
    assert client.get_job(job.id).units_count == 7


def test_upload_creates_a_new_job(client: Client) -> None:
    new = client.upload_job([{"text": "a"}, {"text": "b", "extra": 1}])
    assert new.units_count == 2
    assert [u.data for u in new.units] == [{"text": "a"}, {"text": "b"}]  # first row = columns
    promise = new.units[0]
    assert promise.state == "new" and promise.judgments_count == 0  # loads the Unit once


def test_paging_crosses_pages_and_stops_on_the_sentinel(client: Client, emu: Emulator) -> None:
    for i in range(7):
        client.create_job({"title": f"Job number {i}"})
    emu.reset_requests()
    titles = [j.title for j in client.get_jobs(limit=3)]
    assert titles == [f"Job number {i}" for i in range(7)]
    assert emu.requests[("GET", "/crowdflower/v1/jobs.json")] == 4  # 3 + 3 + 1 + the []
    job = client.upload_job([{"n": n} for n in range(5)])
    assert [u.data["n"] for u in client.get_units(job, limit=2)] == [0, 1, 2, 3, 4]


def test_pause_resume_cancel(client: Client, job: Job) -> None:
    job.upload([{"n": 1}])
    job.launch(1)
    assert job.reload().state == "running"
    assert job.pause().state == "paused"
    assert job.resume().state == "running"
    assert job.cancel().state == "canceled"
    with pytest.raises(errors.ValidationError, match="Cannot pause"):
        job.pause()


def test_order_with_and_without_funds(client: Client, job: Job, emu: Emulator) -> None:
    job.upload([{"n": n} for n in range(10)])
    order = job.launch(2, channels=["on_demand", "cf_internal"])
    assert order.meta["units_count"] == 2 and order.type == "Debit"
    assert client.get_order(job, order.id).job_id == job.id
    assert client.get_account()["balance"] == pytest.approx(100 - 0.6)
    emu.crowdflower.set_balance(emu.crowdflower_key, 0.5)
    emu.reset_requests()
    with pytest.raises(PaymentRequiredError) as caught:
        job.launch(8)
    assert caught.value.status == 402 and "$0.50 available" in str(caught.value)
    assert emu.requests[("POST", f"/crowdflower/v1/jobs/{job.id}/orders.json")] == 1


def test_judgments_and_aggregation(client: Client, job: Job) -> None:
    job.upload([{"n": 1}, {"n": 2}])
    job.launch(2)
    judge(client, job, {11: "cat", 12: "cat", 13: "dog"})
    aggregates = job.judgment_aggregates
    assert len(aggregates) == 2
    first = aggregates[0]
    assert first.get_aggregate("answer") == "cat"
    assert sorted(first.get_results("answer")) == ["cat", "cat", "dog"]
    assert first.agreement == pytest.approx(2 / 3, abs=1e-3)
    judgments = first.judgments
    assert {j.worker_id for j in judgments} == {11, 12, 13}
    unit = client.get_unit(job, first.unit_id)
    assert unit.get_aggregate("answer") == "cat" and unit.state == "finalized"
    assert job.reload().state == "finished" and job.judgments_count == 6


def test_report_is_202_then_a_zip_of_csv_rows(client: Client, job: Job, emu: Emulator) -> None:
    job.upload([{"n": 1}])
    job.launch(1)
    judge(client, job, {1: "cat", 2: "cat", 3: "cat"})
    with pytest.raises(ReportNotReadyError):
        client.download_report(job.id, "full", wait=False)
    report = client.download_report(job.id, "full", timeout=10, poll_interval=0.01)
    rows = report.rows()
    assert len(rows) == 3 and {r["answer"] for r in rows} == {"cat"}
    assert {r["_worker_id"] for r in rows} == {"1", "2", "3"}
    units = job.get_results_report()  # json report, waits through the 202
    assert units[0].get_aggregate("answer") == "cat"


def test_report_wait_times_out_typed(client: Client, job: Job, emu: Emulator) -> None:
    emu.crowdflower.report_polls = 1000
    with pytest.raises(ReportTimeoutError) as caught:
        client.download_report(job.id, "aggregated", timeout=0.2, poll_interval=0.05)
    assert isinstance(caught.value, errors.TimeoutError)


def test_worker_actions(client: Client, job: Job, emu: Emulator) -> None:
    job.upload([{"n": 1}, {"n": 2}])
    job.launch(2)
    judge(client, job, {7: "cat"})
    worker = job.get_worker(7)
    worker.bonus(150, reason="thanks")
    worker.notify("good work")
    worker.flag("too fast", persist=True)
    units = job.units
    with pytest.raises(errors.ValidationError):
        client.create_judgment(job, units[0].id, 7, {"answer": "cat"})
    worker.deflag("ok now")
    worker.reject()
    assert job.judgment_aggregates == []
    assert client.get_account()["balance"] == pytest.approx(100 - 0.6 - 1.5)


def test_channels_and_tags(client: Client, job: Job) -> None:
    assert job.channels == ["on_demand"]
    job.channels = ["amt", "sama"]
    assert job.channels == ["on_demand", "amt", "sama"]
    client.disable_job_channel(job.id, "amt")
    assert "amt" not in client.get_job_channels(job.id)["enabled_channels"]
    job.add_tag("images")
    job.add_tag("images")
    assert job.tags == ["images"]
    job.tags = ["a", "b"]
    assert job.tags == ["a", "b"]


def test_alias_copy_and_gold(client: Client, job: Job) -> None:
    job.alias = "cats-v1"
    job.update()
    assert client.get_job("cats-v1").id == job.id
    unit = client.create_unit(job, {"n": 1}, golden=True)
    client.create_unit(job, {"n": 2})
    job.convert_test_questions()
    assert client.get_unit(job, unit.id).state == "golden"
    assert job.copy(gold=True).units_count == 1
    assert job.copy(all_units=True).units_count == 2
    assert job.legend() == {"answer": "answer"}
    job.delete()
    with pytest.raises(errors.NotFoundError):
        client.get_job(job.id)


def test_bad_key_is_a_typed_401_without_the_key(emu: Emulator,
                                                caplog: pytest.LogCaptureFixture) -> None:
    secret = "s3cr3t-key-value"
    with caplog.at_level(logging.DEBUG), Client(secret, endpoint=emu.crowdflower_url) as bad:
        with pytest.raises(errors.UnauthorizedError) as caught:
            bad.get_account()
        assert secret not in repr(bad)
    assert caught.value.status == 401 and "Invalid API key" in str(caught.value)
    assert secret not in str(caught.value) and secret not in repr(caught.value)
    assert secret not in caplog.text


def test_gets_are_retried_on_503(client: Client, job: Job, emu: Emulator) -> None:
    emu.faults = FaultPlan(rules=[FaultRule("GET /crowdflower/*", "503", times=1)])
    emu.reset_requests()
    assert client.get_job(job.id).id == job.id
    assert emu.requests[("GET", f"/crowdflower/v1/jobs/{job.id}.json")] == 2


def test_creates_and_orders_are_not_retried_on_503(client: Client, job: Job,
                                                   emu: Emulator) -> None:
    job.upload([{"n": 1}])
    emu.faults = FaultPlan(rules=[FaultRule("POST /crowdflower/*", "503", times=2)])
    emu.reset_requests()
    with pytest.raises(errors.ServerError):
        client.create_job({"title": "Never twice"})
    with pytest.raises(errors.ServerError):
        job.launch(1)
    assert emu.requests[("POST", "/crowdflower/v1/jobs.json")] == 1
    assert emu.requests[("POST", f"/crowdflower/v1/jobs/{job.id}/orders.json")] == 1
    emu.faults = None
    assert [j.title for j in client.get_jobs()] == ["Label cats"]
