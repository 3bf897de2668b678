"""Batch aggregations (Workflow.run_aggregation, the Aggregation waiter), iNaturalist imports
and User.delete, over HTTP against the emulator."""

from __future__ import annotations

import datetime as dt

import pytest
from zoo_panoptes_api.models.workflow_retire_subjects_request_retirement_reason import (
    WORKFLOW_RETIRE_SUBJECTS_REQUEST_RETIREMENT_REASON_VALUES as SPEC_REASONS,
)

from zoo_sdk import (
    Aggregation,
    AggregationTimeoutError,
    ForbiddenError,
    Inaturalist,
    NotFoundError,
    Panoptes,
    SubjectSet,
    User,
    ValidationError,
)
from zoo_sdk.emulator import Emulator
from zoo_sdk.panoptes import aggregation as aggregation_module
from zoo_sdk.panoptes.workflow import RETIREMENT_REASONS

from .helpers import make_project, make_subject_set, make_workflow

LIST, CREATE = ("GET", "/api/aggregations"), ("POST", "/api/aggregations")
IMPORT = ("POST", "/api/inaturalist/import")


def test_run_aggregation_creates_one_per_workflow(alice: Panoptes, emu: Emulator) -> None:
    workflow = make_workflow(make_project())
    emu.reset_requests()
    aggregation = workflow.run_aggregation()
    assert isinstance(aggregation, Aggregation) and aggregation.status == "pending"
    assert aggregation.raw["links"]["workflow"] == workflow.id
    assert aggregation.raw["links"]["user"] == alice.logged_in_user_id
    assert emu.requests[LIST] == 1 and emu.requests[CREATE] == 1  # the user id needs no GET

    again = workflow.run_aggregation()  # the existing one is returned as it is
    assert again.id == aggregation.id and emu.requests[CREATE] == 1

    bob = emu.store.logins["bob"]
    replaced = workflow.run_aggregation(user=User(bob), delete_if_exists=True)
    assert replaced.id != aggregation.id and replaced.raw["links"]["user"] == bob
    assert len(emu.store.where("aggregations", "workflow", workflow.id)) == 1
    assert workflow.get_batch_aggregation().id == replaced.id
    assert workflow.get_batch_aggregation_status() == "pending"


def test_bad_arguments_are_refused_before_any_request(alice: Panoptes, emu: Emulator) -> None:
    workflow = make_workflow(make_project())
    emu.reset_requests()
    with pytest.raises(ValidationError):
        workflow.run_aggregation(user="alice")  # an id, not a login
    with pytest.raises(ValidationError):
        workflow.run_aggregation(delete_if_exists="yes")  # type: ignore[arg-type]
    with pytest.raises(ValidationError):
        Aggregation(1).wait(timeout=-1)
    assert emu.requests.total == 0


def test_get_batch_aggregation_without_one(alice: Panoptes) -> None:
    workflow = make_workflow(make_project())
    with pytest.raises(NotFoundError, match="Could not find Aggregation"):
        workflow.get_batch_aggregation()
    assert Aggregation.for_workflow(workflow) is None


def test_wait_until_the_service_reports_the_end(alice: Panoptes, emu: Emulator) -> None:
    """The emulated aggregation service ends a run `aggregation_delay` seconds after it starts."""
    emu.aggregation_delay = 0.3
    workflow = make_workflow(make_project())
    aggregation = workflow.run_aggregation()
    assert aggregation.status == "pending" and aggregation.uuid is None
    assert aggregation.wait(timeout=20, poll=0.05) is aggregation
    assert aggregation.status == "completed" and aggregation.finished
    assert aggregation.uuid and len(aggregation.uuid) == 32

    emu.aggregation_outcome = "failed"
    run = make_workflow(make_project("Other")).run_aggregation()
    assert run.wait(timeout=5, poll=0.05).status == "failed"  # final too: the caller decides
    assert run.uuid is None


def test_only_editors_see_aggregations(alice: Panoptes, emu: Emulator) -> None:
    workflow = make_workflow(make_project())
    aggregation = workflow.run_aggregation()
    with Panoptes(username="bob", password="hunter22", endpoint=emu.url):
        assert Aggregation.for_workflow(workflow) is None
        with pytest.raises(NotFoundError):
            Aggregation.find(aggregation.id)


def test_wait_gives_up_after_the_timeout(alice: Panoptes, emu: Emulator) -> None:
    emu.aggregation_delay = 3600
    aggregation = make_workflow(make_project()).run_aggregation()
    now = [0.0]
    slept: list[float] = []

    def sleep(seconds: float) -> None:
        slept.append(seconds)
        now[0] += seconds

    with pytest.raises(AggregationTimeoutError, match="pending"):
        aggregation.wait(timeout=10, poll=1, max_poll=4, clock=lambda: now[0], sleep=sleep)
    assert slept == [1, 2, 4] and now[0] <= 10  # backoff, and never sleeps past the deadline


def test_download_links(alice: Panoptes, emu: Emulator, monkeypatch: pytest.MonkeyPatch) -> None:
    emu.aggregation_delay = 0
    workflow = make_workflow(make_project())
    aggregation = workflow.run_aggregation().wait(timeout=5, poll=0.05)
    base = f"https://aggregationdata.blob.core.windows.net/production/{aggregation.uuid}"
    assert workflow.get_batch_aggregation_links() == {
        "reductions": f"{base}/{workflow.id}_reductions.csv",
        "aggregation": f"{base}/{workflow.id}_aggregation.zip",
    }
    monkeypatch.setattr(aggregation_module, "STAGING_ENDPOINT", emu.url)
    assert "/staging/" in aggregation.download_links()["reductions"]

    record = emu.store.get("aggregations", str(aggregation.id))
    assert record is not None
    record.attrs["uuid"] = None  # the service has not reported yet
    with pytest.raises(NotFoundError, match="no outputs yet"):
        workflow.get_batch_aggregation_links()


def test_inat_import(alice: Panoptes, emu: Emulator) -> None:
    subject_set = make_subject_set(make_project())
    emu.reset_requests()
    assert Inaturalist.inat_import(46017, subject_set.id, "2022-10-31") == {}
    assert Inaturalist.inat_import("16462", subject_set) == {}
    assert Inaturalist.inat_import(1, subject_set, dt.date(2024, 1, 31)) == {}
    assert emu.requests[IMPORT] == 3  # the emulator checked each body against the spec

    with pytest.raises(NotFoundError):
        Inaturalist.inat_import(1, 999999)
    bob = Panoptes(username="bob", password="hunter22", endpoint=emu.url)
    with bob, pytest.raises(ForbiddenError, match="owner or collaborator"):
        Inaturalist.inat_import(1, subject_set)


@pytest.mark.parametrize(
    ("taxon", "subject_set", "since"),
    [
        ("squirrel", 1, None),
        (True, 1, None),
        (-5, 1, None),
        (1, "set one", None),
        (1, SubjectSet, None),
        (1, 1, "yesterday"),
        (1, 1, ""),
        (1, 1, 20221031),
    ],
)
def test_inat_import_checks_arguments_first(
    alice: Panoptes, emu: Emulator, taxon: object, subject_set: object, since: object
) -> None:
    emu.reset_requests()
    with pytest.raises(ValidationError):
        Inaturalist.inat_import(taxon, subject_set, since)  # type: ignore[arg-type]
    assert emu.requests.total == 0


def test_user_delete_deactivates_the_account(emu: Emulator) -> None:
    emu.add_user("root", "rootpw", admin=True)
    carol = emu.add_user("carol", "pw-carol")
    with Panoptes(username="root", password="rootpw", endpoint=emu.url, admin=True):
        User(carol).delete()  # ?admin=true: an admin may delete any account
    record = emu.store.get("users", carol)
    assert record is not None and record.extra.get("deactivated")
    bob = Panoptes(username="bob", password="hunter22", endpoint=emu.url)
    with bob, pytest.raises(NotFoundError):
        User.find(carol)


def test_retirement_reasons_are_the_specs() -> None:
    assert frozenset(SPEC_REASONS) == RETIREMENT_REASONS
