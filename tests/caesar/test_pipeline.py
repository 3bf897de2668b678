"""Caesar's pipeline over HTTP: classifications made on the emulated Panoptes become extracts,
reductions, rule actions and effects on the emulated Caesar, as on Zooniverse; data requests
export them as Caesar's CSVs.

Configuration uses the panoptes_client (seed 000) names of ``Workflow``; classifications are
made as the SDK's ``Classification`` and as a front end would (a raw JSON-API POST).
"""

from __future__ import annotations

import csv
import io
import json
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx
import pytest
from panoptes.helpers import make_project, make_subject_set, make_workflow

from zoo_sdk import Caesar, Classification, Collection, Panoptes, Project, Subject, Workflow
from zoo_sdk.emulator import Emulator
from zoo_sdk.emulator.caesar import caesar_db, caesar_pipeline
from zoo_sdk.emulator.store import Actor
from zoo_sdk.errors import ExportTimeoutError, NotFoundError, ServerError, ValidationError

METADATA = {"started_at": "2026-11-21T10:00:00Z", "finished_at": "2026-11-21T10:00:05Z",
            "user_agent": "tests", "user_language": "en", "workflow_version": "1.1"}
JSON = dict[str, Any]


@dataclass
class World:
    emu: Emulator
    caesar: Caesar
    project: Project
    workflow: Workflow
    subjects: list[Subject]
    bob: httpx.Client

    @property
    def wid(self) -> int:
        return int(self.workflow.id)

    def caesar_http(self) -> httpx.Client:
        token = Panoptes.client().get_bearer_token()
        return httpx.Client(base_url=self.emu.caesar_url, headers={
            "Authorization": f"Bearer {token}", "Accept": "application/json"})

    def settle(self) -> None:
        assert caesar_pipeline(self.emu.state).wait_idle(10), "the Caesar pipeline is stuck"


@pytest.fixture
def world(emu: Emulator, alice: Panoptes, caesar: Caesar) -> Iterator[World]:
    project = make_project("Caesar pipeline")
    workflow = make_workflow(project, "Spot the zebra")
    subject_set = make_subject_set(project, "Photos")
    subjects = []
    for n in range(3):
        subject = Subject()
        subject.links.project = project
        subject.add_location({"image/png": f"https://example.org/{n}.png"})
        subject.metadata = {"name": f"photo {n}", "#training_subject": "false"}
        subject.save()
        subjects.append(subject)
    subject_set.add(subjects)
    workflow.add_subject_sets(subject_set)
    token = httpx.post(f"{emu.url}/oauth/token", data={
        "grant_type": "password", "client_id": emu.client_id, "login": "bob",
        "password": "hunter22"}).json()["access_token"]
    bob = httpx.Client(base_url=emu.url, headers={
        "Authorization": f"Bearer {token}", "Content-Type": "application/json",
        "Accept": "application/vnd.api+json; version=1"})
    try:
        yield World(emu, caesar, project, workflow, subjects, bob)
    finally:
        bob.close()


def classify_as_alice(world: World, subject: Subject, annotations: list[JSON],
                      **metadata: Any) -> Classification:
    """A classification made with the SDK (alice's connection)."""
    classification = Classification()
    classification.annotations = annotations
    classification.metadata = {**METADATA, **metadata}
    classification.links.project = world.project
    classification.links.workflow = world.workflow
    classification.links.subjects = [subject]
    classification.save()
    return classification


def classify_as_bob(world: World, subject: Subject, annotations: list[JSON]) -> str:
    """A classification POSTed as the Zooniverse front end does (bob's token)."""
    response = world.bob.post("/api/classifications", json={"classifications": {
        "annotations": annotations, "metadata": METADATA, "completed": True,
        "links": {"project": world.project.id, "workflow": world.workflow.id,
                  "subjects": [subject.id]}}})
    assert response.status_code == 201, response.text
    cid: str = response.json()["classifications"][0]["id"]
    return cid


def wait_for(check: Callable[[], Any], timeout: float = 10.0) -> Any:
    """Poll ``check`` until it returns something truthy (the pipeline is asynchronous)."""
    deadline = time.monotonic() + timeout
    while True:
        value = check()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError("timed out waiting for the Caesar pipeline")
        time.sleep(0.02)


def reductions_by_key(world: World, subject: Subject) -> dict[str, JSON]:
    return {r["reducer_key"]: r for r in world.workflow.caesar_subject_reductions(subject.id)}


def retirement(world: World, subject: Subject) -> str | None:
    """The subject's retirement reason in the workflow (None: not retired, or no status yet)."""
    try:
        status = world.workflow.subject_workflow_status(subject.id)
    except NotFoundError:
        return None
    return str(status.retirement_reason) if status.retired_at else None


def answer(value: Any, task: str = "T0") -> list[JSON]:
    return [{"task": task, "value": value}]


# ----- the seed 000 walkthrough: extract, reduce, retire, export ------------------------------


def test_classifications_are_extracted_reduced_and_retire_the_subject(
        world: World, tmp_path: Path) -> None:
    workflow, (zebra, unsure, _) = world.workflow, world.subjects
    workflow.save_to_caesar(public_extracts=True, public_reductions=True)
    workflow.add_caesar_extractor("question", "complete", "T0", {"if_missing": "ignore"})
    workflow.add_caesar_reducer("stats", "complete", {"filters": {"extractor_keys": ["complete"]}})
    workflow.add_caesar_reducer("count", "count", {"filters": {"extractor_keys": ["complete"]}})
    rule = workflow.add_caesar_rule('["gte", ["lookup", "complete.1", 0], ["const", 2]]',
                                    "subject")
    workflow.add_caesar_rule_effect("subject", rule["id"], "retire_subject",
                                    {"reason": "consensus"})

    classify_as_alice(world, zebra, answer(1))
    first = wait_for(lambda: workflow.caesar_subject_extracts(zebra.id))
    assert [(e["extractor_key"], e["data"], e["user_id"]) for e in first] == [
        ("complete", {"1": 1}, int(Panoptes.client().logged_in_user_id or 0))]
    assert workflow.subject_workflow_status(zebra.id).retired_at is None  # 1 vote of 2
    classify_as_bob(world, zebra, answer(1))
    classify_as_alice(world, unsure, answer(0))
    classify_as_bob(world, unsure, answer(1))

    status = wait_for(lambda: (s := workflow.subject_workflow_status(zebra.id)).retired_at and s)
    assert status.retirement_reason == "consensus"
    world.settle()
    reductions = reductions_by_key(world, zebra)
    assert reductions["complete"]["data"] == {"1": 2}
    assert reductions["count"]["data"] == {"classifications": 2, "extracts": 2}
    assert reductions_by_key(world, unsure)["complete"]["data"] == {"0": 1, "1": 1}
    assert workflow.subject_workflow_status(unsure.id).retired_at is None
    workflow.reload()
    assert workflow.retired_set_member_subjects_count == 1  # Panoptes' own retirement counters

    caesar_workflow = world.caesar.get_workflow(world.wid)
    assert {k: caesar_workflow[k] for k in (
        "extracts_count", "subject_reductions_count", "subject_actions_count")} == {
        "extracts_count": 4, "subject_reductions_count": 4, "subject_actions_count": 1}
    assert caesar_workflow["stoplight_status"]["failed_extractors"] == []
    # the legacy listing route (seed 000: get_reductions_by_workflow_and_subject) and the
    # extract listing of any key
    assert world.caesar.get_reductions_by_workflow_and_subject(world.wid, zebra.id, "count")[0][
        "data"]["extracts"] == 2
    assert len(world.caesar.get_extracts_by_workflow_and_subject(world.wid, unsure.id)) == 2

    # data requests: pending, then complete; the CSV downloaded in Caesar's layout
    request = workflow.add_caesar_data_request("extracts")
    assert request["status"] == "pending" and request["url"] is None
    assert workflow.download_caesar_data_request(request, tmp_path / "extracts.csv",
                                                 timeout=10) > 0
    rows = list(csv.DictReader(io.StringIO((tmp_path / "extracts.csv").read_text())))
    assert list(rows[0]) == [
        "id", "classification_id", "classification_at", "extractor_key", "workflow_id",
        "user_id", "subject_id", "created_at", "updated_at", "project_id", "workflow_version",
        "machine_data", "data.0", "data.1"]
    assert [(r["subject_id"], r["data.0"], r["data.1"]) for r in rows] == [
        (zebra.id, "", "1"), (zebra.id, "", "1"), (unsure.id, "1", ""), (unsure.id, "", "1")]
    assert rows[0]["machine_data"] == "false" and rows[0]["classification_at"].endswith(" UTC")

    reductions = world.caesar.create_workflow_data_request(world.wid, "subject_reductions")
    done = world.caesar.wait_data_request(reductions, timeout=10, poll=0.05)
    assert done["status"] == "complete" and done["url"]
    table = list(world.caesar.open_data_request(done).csv_dictreader())
    assert list(table[0])[:10] == ["id", "reducer_key", "workflow_id", "subject_id",
                                   "created_at", "updated_at", "subgroup", "lock_version",
                                   "reducible_id", "reducible_type"]
    counts = {(r["subject_id"], r["reducer_key"]): r for r in table}
    assert counts[(zebra.id, "count")]["data.classifications"] == "2"
    assert counts[(zebra.id, "complete")]["data.1"] == "2"
    assert [r["id"] for r in workflow.caesar_data_requests()] == [done["id"], request["id"]]


def test_store_create_path_feeds_caesar_too(world: World) -> None:
    """A classification created in-process through ``Store.create`` (as a volunteer simulator
    would) reaches Caesar like one made over HTTP."""
    world.workflow.save_to_caesar()
    world.workflow.add_caesar_extractor("who", "who")
    store = world.emu.store
    user_id = store.logins["bob"]
    store.create("classifications", {"classifications": {
        "annotations": answer(1), "metadata": METADATA,
        "links": {"project": world.project.id, "workflow": world.workflow.id,
                  "subjects": [world.subjects[0].id]}}}, Actor(user_id))
    world.settle()
    [only] = world.workflow.caesar_subject_extracts(world.subjects[0].id)
    assert only["data"] == {"user_id": int(user_id)}


# ----- external extractors, reducers and effects on a loopback server -------------------------


@dataclass
class Receiver:
    """A loopback HTTP server that records POSTs and answers from ``replies`` by path."""

    replies: dict[str, tuple[int, Any]] = field(default_factory=dict)
    #: Replies computed from the body posted, by path.
    compute: dict[str, Callable[[Any], Any]] = field(default_factory=dict)
    seen: list[tuple[str, Any, str | None]] = field(default_factory=list)
    server: ThreadingHTTPServer | None = None

    def url(self, path: str) -> str:
        assert self.server is not None
        return f"https://127.0.0.1:{self.server.server_port}{path}"

    def posted(self, path: str) -> list[Any]:
        return [body for where, body, _ in self.seen if where == path]


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    receiver = Receiver()

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            size = int(self.headers.get("Content-Length") or 0)
            body = json.loads(self.rfile.read(size) or b"null")
            receiver.seen.append((self.path, body, self.headers.get("Authorization")))
            status, reply = receiver.replies.get(self.path, (204, None))
            if self.path in receiver.compute:
                status, reply = 200, receiver.compute[self.path](body)
            data = b"" if reply is None else json.dumps(reply).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, format: str, *args: Any) -> None:
            pass

    receiver.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=receiver.server.serve_forever, daemon=True)
    thread.start()
    try:
        yield receiver
    finally:
        receiver.server.shutdown()
        receiver.server.server_close()


def test_external_extractor_reducer_and_effects(world: World, receiver: Receiver,
                                                emu: Emulator) -> None:
    workflow, subject = world.workflow, world.subjects[1]
    receiver.replies["/extract"] = (200, {"lines": 3})
    receiver.compute["/reduce"] = lambda extracts: {
        "data": {"total": sum(e["data"]["lines"] for e in extracts)},
        "store": {"seen": len(extracts)}}
    receiver.replies["/effect"] = (201, {"ok": True})
    collection = Collection()
    collection.display_name = "Good ones"
    collection.private = True
    collection.save()
    target_set = make_subject_set(world.project, "Done")

    workflow.save_to_caesar()
    workflow.add_caesar_extractor("external", "ext", "T0", {"url": receiver.url("/extract")})
    workflow.add_caesar_reducer("external", "ext", {"url": receiver.url("/reduce")})
    rule = workflow.add_caesar_rule('["gte", ["lookup", "ext.total", 0], ["const", 6]]',
                                    "subject")
    workflow.add_caesar_rule_effect("subject", rule["id"], "external",
                                    {"url": receiver.url("/effect"), "reducer_key": "ext"})
    workflow.add_caesar_rule_effect("subject", rule["id"], "external_with_basic_auth", {
        "url": receiver.url("/basic"), "reducer_key": "ext", "username": "u",
        "password": "p"})
    workflow.add_caesar_rule_effect("subject", rule["id"], "add_subject_to_set",
                                    {"subject_set_id": target_set.id})
    workflow.add_caesar_rule_effect("subject", rule["id"], "add_to_collection",  # seed 000 name
                                    {"collection_id": collection.id})

    classify_as_alice(world, subject, answer("zebra"))
    classify_as_bob(world, subject, answer("zebra"))
    world.settle()

    extracted = receiver.posted("/extract")
    assert len(extracted) == 2 and extracted[0]["annotations"] == {
        "T0": [{"task": "T0", "value": "zebra"}]}
    assert extracted[0]["subject"]["metadata"]["name"] == "photo 1"
    assert extracted[0]["workflow_version"] == "1.1"
    extracts = workflow.caesar_subject_extracts(subject.id)
    assert [e["data"] for e in extracts] == [{"lines": 3}] * 2
    reduced = receiver.posted("/reduce")[-1]  # default reduction: every extract, each time
    assert [e["data"] for e in reduced] == [{"lines": 3}] * 2
    reduction = reductions_by_key(world, subject)["ext"]
    assert (reduction["data"], reduction["store"]) == ({"total": 6}, {"seen": 2})
    [effect] = receiver.posted("/effect")
    assert effect["reducer_key"] == "ext" and effect["data"] == {"total": 6}
    assert effect["reducible"] == {"id": world.wid, "type": "Workflow"}
    assert effect["subject"]["id"] == int(subject.id)
    assert [auth for where, _, auth in receiver.seen if where == "/basic"] == ["Basic dTpw"]
    assert subject.id in {s.id for s in target_set.subjects}
    assert [s.id for s in collection.subjects] == [subject.id]
    actions = caesar_db(emu.state).rows("subject_actions", workflow_id=world.wid)
    assert [(a["effect_type"], a["status"]) for a in actions] == [
        ("external", "completed"), ("external_with_basic_auth", "completed"),
        ("add_subject_to_set", "completed"), ("add_subject_to_collection", "completed")]


def test_external_urls_off_loopback_are_refused(world: World, caesar: Caesar) -> None:
    world.workflow.save_to_caesar()
    extractor = world.workflow.add_caesar_extractor(
        "external", "far", "T0", {"url": "https://aggregation-caesar.zooniverse.org/x"})
    world.workflow.add_caesar_extractor("who", "who")
    for subject in world.subjects:
        classify_as_alice(world, subject, answer(1))
    world.settle()
    pipeline = caesar_pipeline(world.emu.state)
    assert "only calls loopback URLs" in str(pipeline.errors[0])
    assert "aggregation-caesar.zooniverse.org" in str(pipeline.errors[0])
    # one extractor failing means no extract of that classification is stored (RunsExtractors)
    assert world.workflow.caesar_subject_extracts(world.subjects[0].id) == []
    failed = caesar.get_workflow(world.wid)["stoplight_status"]["failed_extractors"]
    assert [e["id"] for e in failed] == [extractor["id"]]  # red after 3 failures


def test_external_timeout(world: World, receiver: Receiver) -> None:
    class Slow(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            time.sleep(1.0)

        def log_message(self, format: str, *args: Any) -> None:
            pass

    slow = ThreadingHTTPServer(("127.0.0.1", 0), Slow)
    threading.Thread(target=slow.serve_forever, daemon=True).start()
    try:
        pipeline = caesar_pipeline(world.emu.state)
        pipeline.external_timeout = 0.2
        world.workflow.save_to_caesar()
        world.workflow.add_caesar_extractor(
            "external", "slow", "T0", {"url": f"https://127.0.0.1:{slow.server_port}/"})
        classify_as_alice(world, world.subjects[0], answer(1))
        world.settle()
        assert "did not answer within 0.2 s" in str(pipeline.errors[-1])
    finally:
        slow.shutdown()
        slow.server_close()


# ----- rules after an external reduction; user rules; rules_applied ---------------------------


def test_reduction_upsert_runs_the_rules(world: World, caesar: Caesar) -> None:
    workflow, subject = world.workflow, world.subjects[2]
    first_set, second_set = make_subject_set(world.project, "A"), make_subject_set(
        world.project, "B")
    workflow.save_to_caesar()
    workflow.add_caesar_reducer("external", "expert", {"url": "https://127.0.0.1:1/"})
    caesar.update_workflow(world.wid, rules_applied="first_matching_rule")
    for target in (first_set, second_set):  # both hold; only the first fires
        rule = workflow.add_caesar_rule(
            '["and", ["eq", ["lookup", "expert.seen", false], ["const", true]], '
            '["gt", ["lookup", "expert.likelihood", 0], ["const", 0.5]]]', "subject")
        workflow.add_caesar_rule_effect("subject", rule["id"], "add_subject_to_set",
                                        {"subject_set_id": target.id})
    retire = workflow.add_caesar_rule('["lookup", "expert.likelihood", false]', "subject")
    workflow.add_caesar_rule_effect("subject", retire["id"], "retire_subject", {"reason": "human"})

    caesar.upsert_subject_reduction(world.wid, "expert", subject.id,
                                    {"seen": True, "likelihood": 0.9})
    world.settle()
    assert subject.id in {s.id for s in first_set.subjects}
    assert list(second_set.subjects) == []
    assert retirement(world, subject) is None  # the first matching rule only

    caesar.update_workflow(world.wid, rules_applied="all_matching_rules")
    caesar.upsert_subject_reduction(world.wid, "expert", subject.id,
                                    {"seen": True, "likelihood": 0.0})  # 0 is true in Ruby
    world.settle()
    assert retirement(world, subject) == "human"
    assert list(second_set.subjects) == []  # 0.0 > 0.5 is false

    actions = caesar.get_workflow(world.wid)["subject_actions_count"]
    caesar.upsert_subject_reduction(world.wid, "expert", subject.id,
                                    {"seen": True, "likelihood": 0.0})  # unchanged: no rules
    world.settle()
    assert caesar.get_workflow(world.wid)["subject_actions_count"] == actions


def test_user_rules_promote_the_user(world: World, caesar: Caesar, emu: Emulator) -> None:
    advanced = make_workflow(world.project, "Advanced")
    world.workflow.save_to_caesar()
    world.workflow.add_caesar_extractor("question", "q", "T0")
    world.workflow.add_caesar_reducer("count", "skill", {"topic": "reduce_by_user"})
    rule = world.workflow.add_caesar_rule(
        '["gte", ["lookup", "skill.classifications", 0], ["const", 2]]', "user")
    world.workflow.add_caesar_rule_effect("user", rule["id"], "promote_user",
                                          {"workflow_id": advanced.id})
    preferences = world.bob.post("/api/project_preferences", json={"project_preferences": {
        "links": {"project": world.project.id}}})
    assert preferences.status_code == 201, preferences.text

    classify_as_bob(world, world.subjects[0], answer(1))
    world.settle()
    bob_id = int(emu.store.logins["bob"])
    [skill] = [r for r in caesar_db(emu.state).rows("user_reductions", user_id=bob_id)]
    assert skill["data"] == {"classifications": 1, "extracts": 1}
    classify_as_bob(world, world.subjects[1], answer(0))
    world.settle()
    prefs = world.bob.get("/api/project_preferences", params={
        "project_id": world.project.id}).json()["project_preferences"][0]
    assert prefs["settings"] == {"workflow_id": advanced.id}
    assert caesar.get_workflow(world.wid)["user_actions_count"] == 1


# ----- reduction modes, grouping, filters, pausing, reruns ------------------------------------


def test_running_reduction_grouping_and_filters(world: World, caesar: Caesar,
                                                emu: Emulator) -> None:
    workflow, subject = world.workflow, world.subjects[0]
    workflow.save_to_caesar()
    workflow.add_caesar_extractor("question", "q", "T0")
    workflow.add_caesar_extractor("pluck_field", "team", "T0",
                                  {"field_map": {"team": "$.metadata.team"}})
    running = workflow.add_caesar_reducer("count", "running", {
        "filters": {"extractor_keys": '["q"]', "repeated_classifications": "keep_all"}})
    # reduction_mode is not permitted by Caesar's REST API (UI/DB only): set it as the UI would
    caesar_db(emu.state).tables["reducers"][running["id"]]["reduction_mode"] = "running_reduction"
    workflow.add_caesar_reducer("stats", "by_team", {
        "grouping": {"field_name": "team.team"},
        "filters": {"extractor_keys": ["q"], "repeated_classifications": "keep_all"}})
    workflow.add_caesar_reducer("count", "first_only", {
        "filters": {"extractor_keys": ["q"], "to": 0, "repeated_classifications": "keep_all"}})
    workflow.add_caesar_reducer("count", "keep_first", {"filters": {"extractor_keys": ["q"]}})
    workflow.add_caesar_reducer("count", "keep_last", {
        "filters": {"extractor_keys": ["q"], "repeated_classifications": "keep_last"}})
    assert caesar.get_workflow_reducer(world.wid, running["id"])["filters"][
        "extractor_keys"] == ["q"]  # JSON text parsed, as reducers_controller.rb does

    for team, value in (("red", 1), ("blue", 0), ("red", 1)):
        classify_as_alice(world, subject, answer(value), team=team)
        world.settle()
    reductions = workflow.caesar_subject_reductions(subject.id)
    by_key: dict[str, list[JSON]] = {}
    for r in reductions:
        by_key.setdefault(r["reducer_key"], []).append(r)
    [run] = by_key["running"]
    assert run["data"] == {"classifications": 3, "extracts": 3} and run["lock_version"] == 2
    assert {r["subgroup"]: r["data"] for r in by_key["by_team"]} == {
        "red": {"1": 2}, "blue": {"0": 1}}
    assert by_key["first_only"][0]["data"] == {"classifications": 1, "extracts": 1}
    assert by_key["keep_first"][0]["data"]["classifications"] == 1  # one user, one vote
    assert by_key["keep_last"][0]["data"]["classifications"] == 1
    links = caesar_db(emu.state).links[("subject_reductions", run["id"])]
    assert len(links) == 3  # the extracts the running reduction took in


def test_paused_workflow_waits_and_halted_drops(world: World, caesar: Caesar) -> None:
    world.workflow.save_to_caesar()
    world.workflow.add_caesar_extractor("who", "who")
    caesar.update_workflow(world.wid, status="paused")
    classify_as_alice(world, world.subjects[0], answer(1))
    world.settle()
    assert world.workflow.caesar_subject_extracts(world.subjects[0].id) == []
    caesar.update_workflow(world.wid, status="active")  # UnpauseWorkflowWorker
    world.settle()
    assert len(world.workflow.caesar_subject_extracts(world.subjects[0].id)) == 1
    caesar.update_workflow(world.wid, status="halted")
    classify_as_alice(world, world.subjects[1], answer(1))
    caesar.update_workflow(world.wid, status="active")
    world.settle()
    assert world.workflow.caesar_subject_extracts(world.subjects[1].id) == []


def test_rerun_reducers_and_extractors(world: World, caesar: Caesar) -> None:
    world.workflow.save_to_caesar()
    world.workflow.add_caesar_extractor("question", "q", "T0")
    classify_as_alice(world, world.subjects[0], answer(1))
    classify_as_bob(world, world.subjects[0], answer(1))
    world.settle()
    assert world.workflow.caesar_subject_reductions(world.subjects[0].id) == []
    world.workflow.add_caesar_reducer("stats", "votes")
    caesar.update_workflow(world.wid, rerun="reducers")
    world.settle()
    assert reductions_by_key(world, world.subjects[0])["votes"]["data"] == {"1": 2}
    world.workflow.add_caesar_extractor("blank", "blank", "T0")
    caesar.update_workflow(world.wid, rerun="extractors")
    world.settle()
    keys = sorted(e["extractor_key"] for e in
                  world.workflow.caesar_subject_extracts(world.subjects[0].id))
    assert keys == ["blank", "blank", "q", "q"]


# ----- data requests: waiter semantics and errors ---------------------------------------------


def test_data_request_waiter(world: World, caesar: Caesar, tmp_path: Path) -> None:
    world.workflow.save_to_caesar()
    world.workflow.add_caesar_extractor("question", "q", "T0")
    world.workflow.add_caesar_reducer("count", "count", {"topic": "reduce_by_user"})
    classify_as_bob(world, world.subjects[0], answer(1))
    classify_as_alice(world, world.subjects[0], answer(0))
    world.settle()
    bob = int(world.emu.store.logins["bob"])

    request = world.workflow.add_caesar_data_request("user_reductions", user_id=bob)
    assert world.workflow.caesar_data_request(request["id"])["status"] == "pending"
    with pytest.raises(ExportTimeoutError):
        caesar.wait_data_request(request, timeout=0.01, poll=0.05)
    done = world.workflow.wait_caesar_data_request(request["id"], timeout=10)
    assert done["status"] == "complete" and done["user_id"] == bob
    target = tmp_path / "users.csv"
    written = caesar.download_data_request(done, target)
    rows = list(csv.DictReader(target.open()))
    assert written == target.stat().st_size
    assert [(r["user_id"], r["data.classifications"]) for r in rows] == [(str(bob), "1")]

    broken = caesar.create_workflow_data_request(world.wid, "extracts", subgroup="red")
    with pytest.raises(ServerError, match="failed"):  # extracts have no subgroup column
        caesar.wait_data_request(broken, timeout=10, poll=0.05)
    with pytest.raises(ValidationError, match="requested_data"):
        caesar.create_workflow_data_request(world.wid, "everything")
    with pytest.raises(ValidationError, match="UUID"):
        caesar.get_workflow_data_request(world.wid, "not-a-uuid")
    listed = world.caesar_http().get(f"/workflows/{world.wid}/data_requests").json()
    assert [r["status"] for r in listed] == ["failed", "complete"]


def test_project_reducers_and_project_data_requests(world: World, caesar: Caesar) -> None:
    """Project-level reducers reduce the extracts of the project's workflows
    (``RunsExtractors`` queues a ReduceWorker for the Caesar project too); no rules run."""
    world.workflow.save_to_caesar()
    world.workflow.add_caesar_extractor("question", "q", "T0")
    pid = int(world.project.id)
    with world.caesar_http() as http:
        assert http.post("/projects", json={"project": {"id": pid}}).status_code == 201
        assert http.post(f"/projects/{pid}/reducers", json={"reducer": {
            "type": "count", "key": "all"}}).status_code == 200
    classify_as_alice(world, world.subjects[0], answer(1))
    classify_as_bob(world, world.subjects[0], answer(0))
    world.settle()
    request = caesar.create_project_data_request(pid, "subject_reductions")
    assert request["exportable_type"] == "Project"
    assert caesar.get_project_data_requests(pid)[0]["id"] == request["id"]
    rows = list(caesar.open_data_request(request, timeout=10).csv_dictreader())
    assert [(r["reducible_type"], r["reducer_key"], r["data.classifications"]) for r in rows] \
        == [("Project", "all", "2")]
    assert caesar.get_project_data_request(pid, request["id"])["status"] == "complete"
