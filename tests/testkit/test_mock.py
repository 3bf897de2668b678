"""mock_zooniverse points the SDK's default clients at an emulator and restores them."""

from __future__ import annotations

import asyncio
import os
import unittest

import httpx
import pytest

import zoo_sdk.caesar
import zoo_sdk.crowdflower.client
from zoo_sdk import Caesar, Panoptes, Project, User, Workflow
from zoo_sdk.crowdflower import Client as CrowdFlower
from zoo_sdk.emulator import Emulator
from zoo_sdk.emulator.seeding import question
from zoo_sdk.testing import NoActiveMockError, current_emulator, mock_zooniverse


@pytest.fixture
def real_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """A developer's shell: real credentials and endpoint in the environment."""
    monkeypatch.setenv("PANOPTES_USERNAME", "real-user")
    monkeypatch.setenv("PANOPTES_PASSWORD", "real-password")
    monkeypatch.setenv("PANOPTES_ENDPOINT", "https://www.zooniverse.org")
    monkeypatch.delenv("PANOPTES_TALK_ENDPOINT", raising=False)


def test_default_clients_point_at_the_emulator_and_come_back(real_environment: None) -> None:
    default_before = Panoptes._default
    caesar_default = zoo_sdk.caesar.DEFAULT_ENDPOINT
    with mock_zooniverse(users={"alice": "secret"}, login="alice") as emu:
        assert os.environ["PANOPTES_ENDPOINT"] == emu.url
        assert os.environ["PANOPTES_USERNAME"] == "alice"  # the real credentials are hidden
        client = Panoptes.client()
        assert client.endpoint == emu.url and client.talk_endpoint == emu.talk_url
        assert User.me().login == "alice"
        emu.seed.project(owner="alice", display_name="Kittens")
        assert [p.display_name for p in Project.where(owner="alice")] == ["Kittens"]
        assert Caesar().endpoint == emu.caesar_url
        assert CrowdFlower(emu.crowdflower_key).endpoint == emu.crowdflower_url
        assert Panoptes().endpoint == emu.url
    assert os.environ["PANOPTES_USERNAME"] == "real-user"
    assert os.environ["PANOPTES_ENDPOINT"] == "https://www.zooniverse.org"
    assert "PANOPTES_TALK_ENDPOINT" not in os.environ
    assert Panoptes._default is default_before
    assert caesar_default == zoo_sdk.caesar.DEFAULT_ENDPOINT
    assert zoo_sdk.crowdflower.client.DEFAULT_ENDPOINT == "https://api.crowdflower.com/v1"


def test_caesar_and_crowdflower_work_through_the_defaults() -> None:
    caesar_before, shared_before = Workflow.caesar, dict(zoo_sdk.caesar._default)
    with mock_zooniverse(users={"alice": "secret"}, login="alice",
                         crowdflower_keys={"my-key": 50.0}) as emu:
        world = emu.seed.world("alice", [question("Cat?", ["Yes", "No"])], subjects=3,
                               password="secret")
        workflow = Workflow(world.workflow.id)
        workflow.save_to_caesar()  # the shared Caesar of the current connection
        workflow.add_caesar_extractor("question", "cat", "T0")
        assert [e["key"] for e in workflow.caesar_extractors()] == ["cat"]
        job = CrowdFlower("my-key").create_job({"title": "Label cats", "instructions": "Look"})
        assert [j.id for j in CrowdFlower("my-key").get_jobs()] == [job.id]
    # restored to what it was, whatever earlier tests left there
    assert Workflow.caesar is caesar_before and zoo_sdk.caesar._default == shared_before


def test_decorated_functions_get_a_fresh_emulator_each_call() -> None:
    urls = []

    @mock_zooniverse(users={"alice": "secret"})
    def uses_the_emulator() -> str:
        emu = current_emulator()
        assert Panoptes.client().endpoint == emu.url
        assert emu.seed.project(owner="alice").id == "1"  # empty every time
        urls.append(emu.url)
        return "done"

    assert uses_the_emulator() == "done" and uses_the_emulator() == "done"
    assert urls[0] != urls[1]

    @mock_zooniverse
    def bare() -> str:
        return current_emulator().url

    assert bare().startswith("http://127.0.0.1:")

    @mock_zooniverse()
    async def coroutine() -> str:
        await asyncio.sleep(0)
        return Panoptes.client().endpoint

    assert asyncio.run(coroutine()).startswith("http://127.0.0.1:")
    with pytest.raises(NoActiveMockError):
        current_emulator()


def test_decorated_classes() -> None:
    seen: list[str] = []

    @mock_zooniverse(users={"alice": "secret"}, login="alice")
    class Case(unittest.TestCase):
        def setUp(self) -> None:
            self.emu = current_emulator()
            self.emu.seed.project(owner="alice", display_name="Set up")

        def test_one(self) -> None:
            assert [p.display_name for p in Project.where(owner="alice")] == ["Set up"]
            seen.append(self.emu.url)

        def test_two(self) -> None:
            assert Panoptes.client().endpoint == self.emu.url
            seen.append(self.emu.url)

    outcome = unittest.TextTestRunner(stream=open(os.devnull, "w")).run(  # noqa: SIM115
        unittest.defaultTestLoader.loadTestsFromTestCase(Case))
    assert outcome.wasSuccessful(), outcome.failures + outcome.errors
    assert len(set(seen)) == 2  # one emulator per test

    @mock_zooniverse()
    class Plain:
        def test_it(self) -> str:
            return current_emulator().url

        def helper(self) -> None:
            current_emulator()

    assert Plain().test_it().startswith("http://")
    with pytest.raises(NoActiveMockError):
        Plain().helper()


def test_nesting_start_stop_and_a_given_emulator() -> None:
    outer = mock_zooniverse()
    first = outer.start()
    try:
        with Emulator() as mine:
            with mock_zooniverse(emulator=mine) as inner:
                assert inner is mine and current_emulator() is mine
                assert Panoptes.client().endpoint == mine.url
            assert httpx.get(mine.url).status_code == 200  # the mock did not stop it
            assert current_emulator() is first
        assert Panoptes.client().endpoint == first.url
    finally:
        outer.stop()
    assert not outer.active
    with pytest.raises(ValueError, match="login='bob' is not one of the users"):
        mock_zooniverse(users={"alice": "x"}, login="bob")
    with pytest.raises(TypeError, match="either an emulator or options"):
        mock_zooniverse(emulator=first, users={"a": "b"})
