"""emu.save_state / Emulator(state_file=...) / emu.load_state: a session starts from a fixture."""

from __future__ import annotations

import json
from pathlib import Path

import httpx
import pytest

from zoo_sdk import Caesar, Panoptes
from zoo_sdk.crowdflower import Client as CrowdFlower
from zoo_sdk.emulator import Emulator
from zoo_sdk.emulator.statefile import StateFileError, decode, encode

from .helpers import api, every_task, export_rows, project_classifications, world


def test_a_saved_state_starts_another_emulator(tmp_path: Path) -> None:
    path = tmp_path / "zoo.json"
    with Emulator(export_delay=0.05) as first:
        made = world(first, every_task(), subjects=8, retirement=3)
        first.simulate(made.workflow, volunteers=5, classifications=20, seed=2, anonymous=0.2)
        job = CrowdFlower(first.crowdflower_key, endpoint=first.crowdflower_url).create_job(
            {"title": "Label cats", "instructions": "Look", "cml": "<cml:text name='x'/>"})
        first.add_talk_comment(made.project.id, "a #cat", user="alice",
                               subject=made.subject_ids[0])
        with Panoptes(endpoint=first.url, username="alice", password="secret") as alice:
            caesar = Caesar(endpoint=first.caesar_url, panoptes=alice)
            caesar.save_workflow(made.workflow.id)
            caesar.create_workflow_extractor(made.workflow.id, "cat", "question", "T0")
            caesar.close()
            alice.close()
        before = project_classifications(first, made.project.id)
        before_rows = export_rows(first, "projects", made.project.id)
        client_id, cf_key = first.client_id, first.crowdflower_key
        first.save_state(path)
    assert json.loads(path.read_text())["format"] == "zoo-emulator-state"

    with Emulator(state_file=path, export_delay=0.05, users={"newcomer": "pw"}) as second:
        assert second.client_id == client_id and second.crowdflower_key == cf_key
        after = project_classifications(second, made.project.id)  # alice signs in again
        assert [(c["id"], c["annotations"], c["metadata"]) for c in after] == [
            (c["id"], c["annotations"], c["metadata"]) for c in before]
        rows = export_rows(second, "projects", made.project.id)
        keep = ("classification_id", "user_id", "annotations", "subject_data", "metadata")
        assert [[r[k] for k in keep] for r in rows] == [[r[k] for k in keep] for r in before_rows]
        with api(second) as client:
            subject = client.get(f"/subjects/{made.subject_ids[0]}").json()["subjects"][0]
            wf = client.get(f"/workflows/{made.workflow.id}").json()["workflows"][0]
        url = subject["locations"][0]["image/png"]
        assert url.startswith(second.url) and httpx.get(url).status_code == 200
        assert wf["classifications_count"] == 20
        api(second, "newcomer", "pw").close()
        with Panoptes(endpoint=second.url, username="alice", password="secret") as alice:
            caesar = Caesar(endpoint=second.caesar_url, panoptes=alice)
            assert [e["key"] for e in caesar.get_workflow_extractors(made.workflow.id)] == [
                "cat"]
            caesar.close()
            alice.close()
        jobs = CrowdFlower(cf_key, endpoint=second.crowdflower_url).get_jobs()
        assert [j.id for j in jobs] == [job.id]
        # new records continue the id sequences
        more = second.simulate(made.workflow, volunteers=3, classifications=2, seed=8)
        assert int(more.classification_ids[0]) == int(before[-1]["id"]) + 1


def test_load_state_into_a_running_emulator(tmp_path: Path) -> None:
    path = tmp_path / "state.json"
    with Emulator() as first:
        first.seed.world("alice", subjects=2)
        first.save_state(path)
    with Emulator(users={"bob": "pw"}) as second:
        second.load_state(path)
        with api(second, "alice", "password") as client:
            assert len(client.get("/projects").json()["projects"]) == 1
        with pytest.raises(httpx.HTTPStatusError):  # the file replaced bob
            httpx.post(second.url + "/oauth/token", data={
                "grant_type": "password", "client_id": second.client_id, "login": "bob",
                "password": "pw"}).raise_for_status()


def test_bad_state_files(tmp_path: Path) -> None:
    with pytest.raises(StateFileError, match="no state file"):
        Emulator(state_file=tmp_path / "missing.json")
    other = tmp_path / "other.json"
    other.write_text('{"hello": 1}')
    with pytest.raises(StateFileError, match="not an emulator state file"):
        Emulator(state_file=other)
    newer = tmp_path / "newer.json"
    newer.write_text('{"format": "zoo-emulator-state", "version": 99}')
    with pytest.raises(StateFileError, match="version 99"):
        Emulator().load_state(newer)
    sneaky = {"__dataclass__": "os:system", "fields": {}}
    with pytest.raises(StateFileError, match="only the emulator's own types"):
        decode(sneaky)


def test_codec_round_trips_what_json_cannot_hold() -> None:
    value = {"tuple": (1, "a"), 3: {b"bytes"}, "tag": {"__tuple__": 1}, "set": frozenset({2})}
    assert decode(json.loads(json.dumps(encode(value)))) == value
