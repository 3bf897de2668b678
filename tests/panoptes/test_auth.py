"""Sign-in, tokens, identities and secrets, over HTTP against the emulator."""

from __future__ import annotations

import logging
import threading
import time
from pathlib import Path

import pytest

from zoo_sdk import Panoptes, Project, Subject, UnauthorizedError
from zoo_sdk.emulator import Emulator

from .helpers import make_project, png_bytes


def test_connect_signs_in_with_the_peer_flow(emu: Emulator) -> None:
    client = Panoptes.connect(username="alice", password="secret", endpoint=emu.url)
    try:
        assert emu.requests[("GET", "/users/sign_in")] == 1
        assert emu.requests[("POST", "/users/sign_in")] == 1
        assert emu.requests[("POST", "/oauth/token")] == 1
        assert client.logged_in and client.logged_in_user_id
        from zoo_sdk import User

        assert User.me().login == "alice"
    finally:
        Panoptes._default = None
        client.close()


def test_bad_password_is_a_typed_error_without_the_password(emu: Emulator) -> None:
    with pytest.raises(UnauthorizedError) as caught:
        Panoptes.connect(username="alice", password="wrong-password-123", endpoint=emu.url)
    assert caught.value.status == 401
    assert "wrong-password-123" not in str(caught.value)
    assert "wrong-password-123" not in repr(caught.value)
    Panoptes._default = None


def test_secrets_never_appear_in_repr_or_logs(
    emu: Emulator, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    client = Panoptes(username="bob", password="hunter22", endpoint=emu.url).login()
    token = client.get_bearer_token()
    assert token
    shown = repr(client) + repr(client._tokens) + repr(client._tokens.credentials)
    assert "hunter22" not in shown and token not in shown
    logged = " ".join(r.getMessage() for r in caplog.records)
    assert "hunter22" not in logged and token not in logged
    client.close()


def test_anonymous_reads_public_data_and_private_is_hidden(alice: Panoptes, emu: Emulator) -> None:
    public = make_project("Public")
    private = make_project("Private", private=True)
    with Panoptes(endpoint=emu.url) as anonymous:
        assert not anonymous.logged_in
        assert Project.find(public.id).display_name == "Public"
        from zoo_sdk import NotFoundError

        with pytest.raises(NotFoundError):
            Project.find(private.id)


def test_with_blocks_switch_identity(alice: Panoptes, emu: Emulator) -> None:
    project = make_project()
    with Panoptes(username="bob", password="hunter22", endpoint=emu.url):
        from zoo_sdk import ForbiddenError

        other = Project.find(project.id)
        other.display_name = "Bob was here"
        with pytest.raises(ForbiddenError):
            other.save()
    project.reload()
    assert project.display_name == "Test project"


def test_token_refresh_is_shared_by_threads() -> None:
    # Tokens live 2 s and are refreshed at three quarters of their life: after 1.6 s every call
    # needs one.
    with Emulator(users={"alice": "secret"}, token_ttl=2) as emu:
        client = Panoptes(username="alice", password="secret", endpoint=emu.url).login()
        with client:
            project = make_project()
        time.sleep(1.6)
        emu.reset_requests()
        failures: list[BaseException] = []

        def read() -> None:
            try:
                with client:
                    Project.find(project.id)
            except BaseException as exc:  # pragma: no cover - reported below
                failures.append(exc)

        threads = [threading.Thread(target=read) for _ in range(8)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert not failures
        assert emu.requests[("POST", "/oauth/token")] == 1  # one refresh for eight threads
        assert emu.requests[("GET", "/api/projects/{id}")] == 8
        client.close()


def test_expired_token_is_renewed_on_401() -> None:
    with Emulator(users={"alice": "secret"}, token_ttl=1) as emu:
        client = Panoptes(username="alice", password="secret", endpoint=emu.url).login()
        # Pretend the token is fresh for an hour: the server will answer 401 when it expires.
        client._tokens._expires_at = time.monotonic() + 3600
        time.sleep(1.1)
        with client:
            assert make_project().id
        assert emu.requests[("POST", "/oauth/token")] >= 2
        client.close()


def test_upload_signatures_never_reach_the_logs(
    alice: Panoptes, emu: Emulator, caplog: pytest.LogCaptureFixture, tmp_path: Path
) -> None:
    caplog.set_level(logging.DEBUG)
    caplog.set_level(logging.INFO, logger="httpx")  # other tests may have quietened it
    project = make_project()
    path = tmp_path / "a.png"
    path.write_bytes(png_bytes(1))
    subject = Subject()
    subject.links.project = project
    subject.add_location(path)
    subject.save()
    blob_lines = [r.getMessage() for r in caplog.records if "/blobs/" in r.getMessage()]
    assert blob_lines  # httpx logged the upload...
    assert all("sig=***" in line for line in blob_lines if "sig=" in line)  # ...without the key
