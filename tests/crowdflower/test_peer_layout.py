"""everilae ``crowdflower`` parity: the seed-003 module layout, seed examples ported by changing
only the import, item access, tag shapes and unit updates, over HTTP to the emulator."""

from __future__ import annotations

import importlib
import inspect

import pytest

import zoo_sdk.crowdflower.client as cf_client
from zoo_sdk import errors
from zoo_sdk.crowdflower import Client
from zoo_sdk.crowdflower.job import Job
from zoo_sdk.crowdflower.unit import Unit
from zoo_sdk.emulator import Emulator, FaultPlan, FaultRule

#: Seed 003 ("Contents"): module → class → the members it documents.
SEED_003 = {
    "client": {
        "ApiError": [],
        "Client": ["add_job_tag", "call", "cancel_unit", "convert_job_test_questions",
                   "copy_job", "create_job", "debit_order", "delete_job", "get_job",
                   "get_job_channels", "get_job_tags", "get_jobs", "get_judgment",
                   "get_judgmentaggregates", "get_order", "get_report", "get_unit",
                   "get_units", "paged_call", "set_job_channels", "set_job_tags",
                   "unit_from_json", "update_job", "upload_job", "upload_job_file"],
        "PathFactory": ["pages"],
    },
    "job": {
        "Job": ["add_tag", "cancel", "channels", "convert_test_questions", "copy", "delete",
                "get_judgment", "get_results_report", "get_worker", "judgment_aggregates",
                "launch", "legend", "pause", "ping", "resume", "tags", "units", "update",
                "upload", "upload_file"],
    },
    "judgment": {
        "Judgment": [],
        "JudgmentAggregate": ["get_aggregate", "get_fields", "get_results", "judgments"],
    },
    "unit": {"Unit": ["cancel", "get_aggregate", "results"], "UnitPromise": []},
    "worker": {"Worker": ["bonus", "deflag", "flag", "notify", "reject"]},
    "order": {"Order": []},
}

#: What everilae's modules import from each other (``from crowdflower.client import Job``).
PEER_REEXPORTS = {
    "client": ["Job", "Judgment", "JudgmentAggregate", "Order", "Unit", "UnitPromise"],
    "job": ["Worker"],
}

SEED_EXAMPLE = '''
>>> import crowdflower.client
>>> client = crowdflower.client.Client('yourapikey')
>>> job = client.get_job(123123)
>>> job.title = 'New Title'
>>> job.instructions = """
... <h1>Better instructions</h1>
... <p>You should read them</p>
... """
>>> job.cml = """
... <cml:text label="Sample text field:" default="Enter text here" validates="required"/>
... """
>>> # Send changes to server
>>> job.update()
'''


def port(example: str, imports: dict[str, str]) -> str:
    """The seed's doctest as a script, with only its import lines replaced."""
    lines = [line[4:] for line in example.strip().splitlines()]
    return "\n".join(imports.get(line, line) for line in lines) + "\n"




# ----- layout -------------------------------------------------------------------------------


@pytest.mark.parametrize("module", sorted(SEED_003))
def test_each_seed_class_lives_in_the_seed_module(module: str) -> None:
    found = importlib.import_module(f"zoo_sdk.crowdflower.{module}")
    for name, members in SEED_003[module].items():
        cls = getattr(found, name)
        assert inspect.isclass(cls), name
        if name != "ApiError":  # everilae's own class; zoo's is errors.APIError under that name
            assert cls.__module__ == found.__name__, (name, cls.__module__)
        missing = [m for m in members if not hasattr(cls, m)]
        assert not missing, (name, missing)
    for name in PEER_REEXPORTS.get(module, []):
        assert hasattr(found, name), (module, name)


def test_package_names_are_the_module_classes() -> None:
    import zoo_sdk.crowdflower as package

    for module, classes in SEED_003.items():
        found = importlib.import_module(f"zoo_sdk.crowdflower.{module}")
        for name in classes:
            assert getattr(package, name) is getattr(found, name)
    assert package.ApiError is errors.APIError


# ----- seed examples, ported by changing only the import -------------------------------------


def test_seed_003_example_runs_with_only_the_import_changed(
        emu: Emulator, monkeypatch: pytest.MonkeyPatch) -> None:
    emu.crowdflower.add_account("yourapikey", 10.0)
    monkeypatch.setattr(cf_client, "DEFAULT_ENDPOINT", emu.crowdflower_url)
    # the seed's job 123123: the emulator finds a job by id or by alias
    created = Client("yourapikey").create_job({"title": "Old title", "alias": "123123"})
    script = port(SEED_EXAMPLE, {"import crowdflower.client": "from zoo_sdk import crowdflower"})
    assert script.splitlines()[1:] == [line[4:] for line in SEED_EXAMPLE.strip().splitlines()[1:]]
    namespace: dict[str, object] = {}
    exec(compile(script, "seed_003", "exec"), namespace)
    namespace["client"].close()  # type: ignore[attr-defined]
    job = Client("yourapikey").get_job(created.id)
    assert job.title == "New Title"
    assert "Better instructions" in job.instructions and "cml:text" in job.cml


def test_peer_module_imports_port_by_changing_the_package(client: Client, job: Job) -> None:
    script = port('''
>>> from crowdflower.job import Job
>>> from crowdflower.unit import Unit, UnitPromise
>>> from crowdflower.judgment import Judgment, JudgmentAggregate
>>> from crowdflower.worker import Worker
>>> from crowdflower.order import Order
>>> from crowdflower.client import Client, ApiError, PathFactory
>>> same = Job(client=client, **client.get_job(job_id).raw)
>>> units = same.units
>>> first = client.get_unit(same, units[0].id)
''', {line: line.replace("from crowdflower.", "from zoo_sdk.crowdflower.")
      for line in [
          "from crowdflower.job import Job",
          "from crowdflower.unit import Unit, UnitPromise",
          "from crowdflower.judgment import Judgment, JudgmentAggregate",
          "from crowdflower.worker import Worker",
          "from crowdflower.order import Order",
          "from crowdflower.client import Client, ApiError, PathFactory"]})
    namespace: dict[str, object] = {"client": client, "job_id": job.id}
    exec(compile(script, "peer_imports", "exec"), namespace)
    assert namespace["same"] == job and isinstance(namespace["first"], Unit)
    assert [u.data for u in namespace["units"]] == [{"n": 1}, {"n": 2}]  # type: ignore[attr-defined]


# ----- item access (everilae Base.__getitem__) -----------------------------------------------


def test_job_items_read_and_write_like_attributes(client: Client, job: Job, emu: Emulator) -> None:
    assert job["title"] == job.title == "Label cats" and job["id"] == job.id
    assert "title" in job and "titel" not in job
    with pytest.raises(KeyError):
        job["titel"]
    job["title"] = "Label more cats"
    job["options"] = {"req_ttl_in_seconds": 600}
    assert job.changes == {"options": {"req_ttl_in_seconds": 600}, "title": "Label more cats"}
    job["options"]["mail_to"] = "me@example.com"  # in-place edits are tracked too
    job.update()
    fresh = client.get_job(job.id)
    assert fresh["title"] == "Label more cats"
    assert fresh["options"] == {"req_ttl_in_seconds": 600, "mail_to": "me@example.com"}
    emu.reset_requests()
    with pytest.raises(errors.ReadOnlyAttributeException):
        job["units_count"] = 5
    with pytest.raises(errors.UnknownAttributeError, match="did you mean 'title'"):
        job["titel"] = "x"
    with pytest.raises(errors.UnknownAttributeError):
        job["_raw"] = {}
    assert job.changes == {} and emu.requests.total == 0


def test_items_of_units_promises_aggregates_and_orders(client: Client, job: Job) -> None:
    order = job.launch(2)
    assert order["type"] == "Debit" and order["meta"]["units_count"] == 2
    promise = job.units[0]
    assert promise["data"] == {"n": 1}
    assert promise["state"] == "judgable"  # not in the promise: loads the unit once
    client.create_judgment(job, promise.id, 7, {"answer": "cat"})
    aggregate = job.judgment_aggregates[0]
    assert aggregate["answer"]["agg"] == "cat" and aggregate["_ids"]
    assert client.update_job(job.id, {"title": "Label dogs"})["title"] == "Label dogs"


# ----- tags: everilae's shapes -----------------------------------------------------------------


def test_get_job_tags_answers_the_peer_shape_and_job_tags_the_names(client: Client,
                                                                   job: Job) -> None:
    assert client.get_job_tags(job.id) == []
    client.set_job_tags(job.id, ["images", "cats"])
    client.add_job_tag(job.id, "fast")
    assert client.get_job_tags(job.id) == [{"name": "images"}, {"name": "cats"},
                                           {"name": "fast"}]
    assert job.tags == ["images", "cats", "fast"]


# ----- units: update, save and delete ----------------------------------------------------------


def test_unit_update_sends_only_changes_and_keeps_value_types(client: Client, job: Job,
                                                             emu: Emulator) -> None:
    unit = client.get_unit(job, job.units[0].id)
    unit.update()  # nothing changed: no request
    unit.data = {"n": 5, "tags": ["a", "b"], "ok": True}
    unit["difficulty"] = 2
    emu.reset_requests()
    unit.update()
    assert emu.requests[("PUT", f"/crowdflower/v1/jobs/{job.id}/units/{unit.id}.json")] == 1
    assert unit.changes == {} and unit.difficulty == 2
    fresh = client.get_unit(job, unit.id)
    assert fresh.data == {"n": 5, "tags": ["a", "b"], "ok": True} and fresh.difficulty == 2


def test_make_gold_move_and_delete_units(client: Client, job: Job) -> None:
    first, second = (client.get_unit(job, p.id) for p in job.units)
    assert client.update_unit(job, first.id, {"golden": True}).state == "golden"
    other = client.create_job({"title": "Label dogs"})
    second.job_id = other.id
    second.update()
    assert second.job.id == other.id and second.job_id == other.id
    assert [u.id for u in other.units] == [second.id]
    first.delete()
    with pytest.raises(errors.NotFoundError):
        client.get_unit(job, first.id)
    assert job.units == [] and client.get_job(job.id).units_count == 0


def test_unit_save_creates_then_updates(client: Client, job: Job) -> None:
    unit = Unit(job, data={"n": "3"}).save()
    assert unit.id and unit.data == {"n": "3"} and unit.results is None
    unit.state = "canceled"
    assert unit.save() is unit
    assert client.get_unit(job, unit.id).state == "canceled"
    with pytest.raises(errors.ValidationError, match="needs data"):
        Unit(job).save()


def test_unit_updates_are_retried_on_503(client: Client, job: Job, emu: Emulator) -> None:
    unit = client.get_unit(job, job.units[0].id)
    emu.faults = FaultPlan(rules=[FaultRule("PUT /crowdflower/*", "503", times=1)])
    emu.reset_requests()
    unit.state = "canceled"
    unit.update()
    assert emu.requests[("PUT", f"/crowdflower/v1/jobs/{job.id}/units/{unit.id}.json")] == 2
    assert client.get_unit(job, unit.id).state == "canceled"


@pytest.mark.parametrize(("attrs", "match"), [
    ({"colour": "red"}, "no writable attribute 'colour'"),
    ({"data": ["a"]}, "data must be a dict"),
    ({"data": {"x": float("nan")}}, "NaN"),
    ({"job_id": -1}, "job_id"),
    ({}, "nothing to update"),
])
def test_bad_unit_updates_are_refused_before_any_request(client: Client, job: Job,
                                                        emu: Emulator, attrs: dict[str, object],
                                                        match: str) -> None:
    unit_id = job.units[0].id
    emu.reset_requests()
    with pytest.raises(errors.ValidationError, match=match):
        client.update_unit(job, unit_id, attrs)
    with pytest.raises(errors.ValidationError, match="unit_id"):
        client.delete_unit(job.id, 0)
    assert emu.requests.total == 0
