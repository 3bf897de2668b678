"""Transport behaviour against injected faults: timeouts, resets, retries, typed errors; plus the
other ways to authenticate (client credentials, environment variables) and admin mode."""

from __future__ import annotations

import pytest

from zoo_sdk import (
    PanoptesAPIException,
    Project,
    RetryPolicy,
    Subject,
    TransportError,
)
from zoo_sdk import errors as zoo_errors
from zoo_sdk.emulator import Emulator, FaultPlan, FaultRule
from zoo_sdk.panoptes.client import Panoptes

from .helpers import make_project

FAST = RetryPolicy(max_attempts=3, backoff_base=0.01, backoff_max=0.02)


@pytest.fixture
def fast(emu: Emulator):  # type: ignore[no-untyped-def]
    client = Panoptes.connect(
        username="alice", password="secret", endpoint=emu.url, retry=FAST, timeout=0.5
    )
    yield client
    Panoptes._default = None
    client.close()


def test_a_stalled_response_is_a_timeout_after_retries(fast: Panoptes, emu: Emulator) -> None:
    project = make_project()
    emu.faults = FaultPlan(rules=[FaultRule("GET /api/projects/*", "stall", stall_seconds=3)])
    emu.reset_requests()
    with pytest.raises(zoo_errors.TimeoutError) as caught:
        Project.find(project.id)
    assert isinstance(caught.value, PanoptesAPIException)
    assert emu.requests[("GET", "/api/projects/{id}")] == FAST.max_attempts


def test_a_reset_during_a_read_is_retried(fast: Panoptes, emu: Emulator) -> None:
    project = make_project()
    emu.faults = FaultPlan(rules=[FaultRule("GET /api/projects/*", "reset", times=1)])
    assert Project.find(project.id).id == project.id
    assert emu.faults.injected["reset"] == 1


def test_a_reset_after_a_creation_post_is_not_resent(fast: Panoptes, emu: Emulator) -> None:
    project = make_project()
    emu.faults = FaultPlan(rules=[FaultRule("POST /api/subjects", "reset", times=1)])
    emu.reset_requests()
    subject = Subject()
    subject.links.project = project
    subject.add_location({"image/png": "https://example.org/x.png"})
    with pytest.raises(TransportError):
        subject.save()
    assert emu.requests[("POST", "/api/subjects")] == 1


def test_server_errors_on_reads_are_retried_then_typed(fast: Panoptes, emu: Emulator) -> None:
    project = make_project()
    emu.faults = FaultPlan(rules=[FaultRule("GET /api/projects/*", "502", times=2)])
    assert Project.find(project.id).id == project.id
    emu.faults = FaultPlan(rules=[FaultRule("GET /api/projects/*", "500")])
    with pytest.raises(zoo_errors.ServerError) as caught:
        Project.find(project.id)
    assert caught.value.status == 500


def test_rate_limits_wait_for_retry_after(fast: Panoptes, emu: Emulator) -> None:
    project = make_project()
    emu.faults = FaultPlan(rules=[FaultRule("GET /api/projects/*", "429", times=1, retry_after=1)])
    emu.reset_requests()
    assert Project.find(project.id).id == project.id
    assert emu.requests[("GET", "/api/projects/{id}")] == 2


def test_client_credentials_act_as_the_app_owner(emu: Emulator) -> None:
    client_id = emu.add_app("alice", secret="app-secret-42", trust="secure")
    with Panoptes(endpoint=emu.url, client_id=client_id, client_secret="app-secret-42") as app:
        project = make_project("Made by the app")
        assert "app-secret-42" not in repr(app)
    with Panoptes(username="alice", password="secret", endpoint=emu.url):
        assert Project.find(project.id).display_name == "Made by the app"


def test_environment_variables_configure_the_default_client(
    emu: Emulator, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PANOPTES_ENDPOINT", emu.url)
    monkeypatch.setenv("PANOPTES_USERNAME", "alice")
    monkeypatch.setenv("PANOPTES_PASSWORD", "secret")
    Panoptes._default = None
    try:
        assert make_project("From the environment").id
        assert Panoptes.client().username == "alice"
        assert not Panoptes(anonymous=True).logged_in  # opts out of the environment's identity
    finally:
        Panoptes.client().close()
        Panoptes._default = None


def test_admin_mode_is_sent_only_by_the_admin_client(emu: Emulator) -> None:
    emu.add_user("root", "root-pw", admin=True)
    with Panoptes(username="alice", password="secret", endpoint=emu.url):
        project = make_project("Alice's")
    with Panoptes(username="root", password="root-pw", endpoint=emu.url, admin=True):
        as_admin = Project.find(project.id)
        as_admin.display_name = "Edited by an admin"
        as_admin.save()
    with Panoptes(username="root", password="root-pw", endpoint=emu.url):
        plain = Project.find(project.id)
        plain.display_name = "Not without admin mode"
        with pytest.raises(zoo_errors.ForbiddenError):
            plain.save()
