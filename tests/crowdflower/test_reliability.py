"""Bad input to the CrowdFlower client ends in a typed error or a correct result, over HTTP."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from zoo_sdk import errors
from zoo_sdk.crowdflower import Client, Job
from zoo_sdk.emulator import Emulator, FaultPlan, FaultRule

Call = Callable[[Client, Job, Any], object]




# ----- the API key --------------------------------------------------------------------------


@pytest.mark.parametrize("key", ["", "   ", "\n", None, 42, b"bytes-key", " s3cr3t-k3y\n"])
def test_unusable_keys_are_a_configuration_error_that_never_shows_the_key(key: Any) -> None:
    with pytest.raises(errors.ConfigurationError) as raised:
        Client(key, endpoint="http://127.0.0.1:9/v1")
    assert isinstance(raised.value, ValueError)
    assert "s3cr3t" not in str(raised.value) and "bytes-key" not in str(raised.value)


# ----- attributes ---------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["units_count", "state", "completed", "created_at",
                                  "judgments_count", "golds_count", "crowd_costs", "id"])
def test_attributes_clients_may_not_write_are_read_only(client: Client, job: Job,
                                                       name: str) -> None:
    before = getattr(job, name)
    with pytest.raises(errors.ReadOnlyAttributeException, match=f"{name} is read-only"):
        setattr(job, name, 5)
    assert getattr(job, name) == before and job.changes == {}
    assert client.get_job(job.id).raw[name] == before


@pytest.mark.parametrize(("resource", "name"), [
    ("unit", "judgments_count"), ("unit", "created_at"), ("order", "meta"),
    ("order", "type"), ("judgment", "trust"),
])
def test_read_only_attributes_of_job_children(client: Client, job: Job, resource: str,
                                              name: str) -> None:
    order = job.launch(2)
    unit = client.get_unit(job, job.units[0].id)
    judgment = client.create_judgment(job, unit.id, 7, {"answer": "cat"})
    target = {"unit": unit, "order": order, "judgment": judgment}[resource]
    with pytest.raises(errors.ReadOnlyAttributeException):
        setattr(target, name, 1)


@pytest.mark.parametrize(("name", "meant"), [
    ("titel", "title"), ("instuctions", "instructions"), ("judgements_per_unit",
                                                          "judgments_per_unit"),
    ("payment_cent", "payment_cents"), ("unit_count", "units_count"),
])
def test_misspelt_attributes_raise_unknown_attribute_with_a_hint(client: Client, job: Job,
                                                                 name: str, meant: str) -> None:
    with pytest.raises(errors.UnknownAttributeError, match=f"did you mean '{meant}'"):
        setattr(job, name, "x")
    with pytest.raises(AttributeError, match=f"did you mean '{meant}'"):
        getattr(job, name)
    assert not hasattr(job, name) and job.changes == {}
    fresh = Job(client)
    with pytest.raises(errors.UnknownAttributeError, match=f"did you mean '{meant}'"):
        setattr(fresh, name, "x")


def test_writable_attributes_and_setters_still_work(client: Client, job: Job) -> None:
    job.title = "Label more cats"
    job.channels = ["amt"]
    job.update()
    assert client.get_job(job.id).title == "Label more cats"
    assert "amt" in job.channels


# ----- ids ----------------------------------------------------------------------------------

ID_CALLS: dict[str, tuple[str, Call]] = {
    "get_job": ("job_id", lambda c, j, x: c.get_job(x)),
    "update_job": ("job_id", lambda c, j, x: c.update_job(x, {"title": "Other"})),
    "job_command": ("job_id", lambda c, j, x: c.job_command(x, "pause")),
    "upload_job": ("job_id", lambda c, j, x: c.upload_job([{"n": 3}], job_id=x)),
    "get_units": ("job_id", lambda c, j, x: list(c.get_units(x))),
    "get_unit": ("unit_id", lambda c, j, x: c.get_unit(j, x)),
    "cancel_unit": ("unit_id", lambda c, j, x: c.cancel_unit(j.id, x)),
    "get_judgment": ("judgment_id", lambda c, j, x: c.get_judgment(j, x)),
    "create_judgment": ("worker_id", lambda c, j, x: c.create_judgment(j, 1, x, {"a": 1})),
    "get_order": ("order_id", lambda c, j, x: c.get_order(j, x)),
    "debit_order": ("units_count", lambda c, j, x: c.debit_order(j, x)),
    "worker_bonus": ("worker_id", lambda c, j, x: j.get_worker(x).bonus(10)),
    "download_report": ("job_id", lambda c, j, x: c.download_report(x, wait=False)),
    "get_job_tags": ("job_id", lambda c, j, x: c.get_job_tags(x)),
}


BAD_IDS = [None, True, -1, 0, 1.5, "", " 7"]
#: ``upload_job(job_id=None)`` creates a new job: None is not a bad id there.
ID_CASES = [(name, bad) for name in sorted(ID_CALLS) for bad in BAD_IDS
            if not (name == "upload_job" and bad is None)]


@pytest.mark.parametrize(("name", "bad"), ID_CASES)
def test_bad_ids_are_refused_before_any_request(emu: Emulator, client: Client, job: Job,
                                                name: str, bad: Any) -> None:
    param, call = ID_CALLS[name]
    emu.reset_requests()
    with pytest.raises(errors.ValidationError, match=param):
        call(client, job, bad)
    assert emu.requests.total == 0


def test_an_unsaved_job_is_refused_before_any_request(emu: Emulator, client: Client) -> None:
    emu.reset_requests()
    with pytest.raises(errors.ObjectNotSavedException):
        Job(client).units  # noqa: B018
    assert emu.requests.total == 0


def test_aliases_and_digit_strings_are_job_ids(client: Client, job: Job) -> None:
    job.alias = "cats v1"
    job.update()
    assert client.get_job("cats v1").id == job.id
    assert client.get_job(str(job.id)).id == job.id


# ----- bodies that are not the API ---------------------------------------------------------

READS: dict[str, Call] = {
    "get_job": lambda c, j, x: c.get_job(j.id),
    "get_jobs": lambda c, j, x: list(c.get_jobs()),
    "units": lambda c, j, x: j.units,
    "ping": lambda c, j, x: j.ping(),
    "tags": lambda c, j, x: j.tags,
    "account": lambda c, j, x: c.get_account(),
}


@pytest.mark.parametrize("kind", ["html-200", "empty-200", "not-json", "wrong-shape", "redirect"])
@pytest.mark.parametrize("read", sorted(READS))
def test_bodies_that_are_not_the_api_raise_invalid_response(
        emu: Emulator, client: Client, job: Job, kind: str, read: str) -> None:
    emu.faults = FaultPlan(seed=1, rules=[FaultRule("GET /crowdflower/*", kind)])
    with pytest.raises(errors.InvalidResponseError) as raised:
        READS[read](client, job, None)
    assert raised.value.status is not None


@pytest.mark.parametrize("kind", ["html-200", "empty-200", "not-json", "redirect"])
def test_a_report_that_is_not_a_zip_is_typed(emu: Emulator, client: Client, job: Job,
                                            kind: str) -> None:
    emu.crowdflower.report_polls = 0
    emu.faults = FaultPlan(seed=1, rules=[FaultRule("GET /crowdflower/v1/jobs/*.csv", kind)])
    with pytest.raises(errors.InvalidResponseError):
        client.download_report(job.id, "full", timeout=5, poll_interval=0.01)
    emu.faults = None
    assert client.download_report(job.id, "full", timeout=5, poll_interval=0.01).names


@pytest.mark.parametrize("kind", ["html-503", "truncated", "lost-reply"])
def test_reads_are_retried_through_transient_faults(emu: Emulator, client: Client, job: Job,
                                                   kind: str) -> None:
    emu.faults = FaultPlan(seed=1, rules=[FaultRule("GET /crowdflower/v1/jobs/*.json", kind,
                                                    times=2)])
    assert client.get_job(job.id).title == "Label cats"
    assert emu.faults.injected[kind] == 2


@pytest.mark.parametrize("kind", ["html-200", "not-json", "wrong-shape"])
def test_a_create_answered_with_a_bad_body_is_typed(emu: Emulator, client: Client,
                                                    kind: str) -> None:
    emu.faults = FaultPlan(seed=1, rules=[FaultRule("POST /crowdflower/v1/jobs.json", kind,
                                                    times=1)])
    with pytest.raises(errors.InvalidResponseError):
        client.create_job({"title": "Label dogs"})
