"""The Caesar client against the emulator: registration, pipeline CRUD, errors, credentials."""

from __future__ import annotations

import time

import httpx
import pytest

from zoo_sdk import Caesar, Panoptes, Workflow
from zoo_sdk.caesar import InvalidCaesarConfig
from zoo_sdk.emulator import Emulator
from zoo_sdk.errors import NotFoundError, UnauthorizedError, ValidationError

CONDITION = '["gte", ["lookup", "complete.0", 0], ["const", 3]]'


def test_save_workflow_registers_then_updates(caesar: Caesar, workflow: Workflow) -> None:
    with pytest.raises(NotFoundError, match="Couldn't find Workflow with 'id'"):
        caesar.get_workflow(workflow.id)

    created = caesar.save_workflow(workflow.id, public_extracts=True)
    assert created["id"] == int(workflow.id)
    assert created["name"] == "Transcription"
    assert created["public_extracts"] is True and created["public_reductions"] is False
    assert created["status"] == "active"

    updated = caesar.save_workflow(workflow.id, public_extracts=False, public_reductions=True)
    assert updated["public_extracts"] is False and updated["public_reductions"] is True
    assert [w["id"] for w in caesar.get_workflows()] == [int(workflow.id)]


def test_register_unknown_panoptes_workflow_is_forbidden(caesar: Caesar) -> None:
    from zoo_sdk.errors import ForbiddenError

    with pytest.raises(ForbiddenError):
        caesar.save_workflow(987654)


def test_extractor_crud(caesar: Caesar, workflow: Workflow) -> None:
    wid = int(workflow.id)
    caesar.save_workflow(wid)
    # The seed example (with the quoted 'ignore' it meant).
    extractor = caesar.create_workflow_extractor(wid, "complete", "question", "T0",
                                                 {"if_missing": "ignore"})
    assert extractor["id"] is not None
    assert extractor["type"] == "Extractors::QuestionExtractor"
    assert extractor["config"] == {"task_key": "T0", "if_missing": "ignore"}

    caesar.update_workflow_extractor(wid, extractor["id"], key="done", if_missing="reject")
    fetched = caesar.get_workflow_extractor(wid, extractor["id"])
    assert fetched["key"] == "done" and fetched["config"]["if_missing"] == "reject"
    assert [e["key"] for e in caesar.get_workflow_extractors(wid)] == ["done"]

    caesar.delete_workflow_extractor(wid, extractor["id"])
    assert caesar.get_workflow_extractors(wid) == []
    with pytest.raises(NotFoundError):
        caesar.get_workflow_extractor(wid, extractor["id"])


def test_reducer_crud(caesar: Caesar, workflow: Workflow) -> None:
    wid = int(workflow.id)
    caesar.save_workflow(wid)
    reducer = caesar.create_workflow_reducer(wid, "count", "count",
                                             {"filters": {"extractor_keys": ["complete"]}})
    assert reducer["type"] == "Reducers::CountReducer"
    assert reducer["filters"] == {"extractor_keys": ["complete"]}
    assert reducer["topic"] == "reduce_by_subject"
    assert reducer["reducible_type"] == "Workflow" and reducer["reducible_id"] == wid

    caesar.update_workflow_reducer(wid, reducer["id"], filters={"from": 0, "to": 5})
    assert caesar.get_workflow_reducer(wid, reducer["id"])["filters"] == {"from": 0, "to": 5}
    summary = caesar.create_workflow_reducer(wid, "summary_stats", "stats",
                                             {"summarize_field": "complete.yes"})
    assert summary["type"] == "Reducers::SummaryStatisticsReducer"
    caesar.delete_workflow_reducer(wid, reducer["id"])
    assert [r["key"] for r in caesar.get_workflow_reducers(wid)] == ["stats"]


def test_rule_and_effect_crud(caesar: Caesar, workflow: Workflow) -> None:
    wid = int(workflow.id)
    caesar.save_workflow(wid)
    # The seed examples: a condition string, then a retirement effect.
    subject_rule = caesar.create_workflow_rule(wid, "subject", CONDITION)
    assert subject_rule["id"] is not None
    assert subject_rule["condition"] == ["gte", ["lookup", "complete.0", 0], ["const", 3]]
    retirement_config = {"reason": "classification_count"}
    effect = caesar.create_workflow_rule_effect(wid, "subject", subject_rule["id"],
                                                "retire_subject", retirement_config)
    assert effect["action"] == "retire_subject" and effect["config"] == retirement_config

    caesar.update_workflow_rule_effect(wid, "subject", subject_rule["id"], effect["id"],
                                       config={"reason": "consensus"})
    fetched = caesar.get_workflow_rule_effect(wid, "subject", subject_rule["id"], effect["id"])
    assert fetched["config"] == {"reason": "consensus"}

    # The python-client name of the collection effect is mapped to the server's.
    to_collection = caesar.create_workflow_rule_effect(
        wid, "subject", subject_rule["id"], "add_to_collection", {"collection_id": 7})
    assert to_collection["action"] == "add_subject_to_collection"

    changed = caesar.update_workflow_rule(wid, "subject", subject_rule["id"],
                                          '["gt", ["lookup", "count.classifications", 0], '
                                          '["const", 9]]')
    assert changed["condition"][0] == "gt"
    assert caesar.get_workflow_rule(wid, "subject", subject_rule["id"])["condition"][0] == "gt"

    caesar.delete_workflow_rule_effect(wid, "subject", subject_rule["id"], effect["id"])
    effects = caesar.get_workflow_rule_effects(wid, "subject", subject_rule["id"])
    assert [e["id"] for e in effects] == [to_collection["id"]]
    caesar.delete_workflow_rule(wid, "subject", subject_rule["id"])
    assert caesar.get_workflow_rules(wid, "subject") == []

    user_rule = caesar.create_workflow_rule(wid, "user", CONDITION)
    promote = caesar.create_workflow_rule_effect(wid, "user", user_rule["id"], "promote_user",
                                                 {"workflow_id": wid})
    assert caesar.get_workflow_rule_effects(wid, "user", user_rule["id"]) == [promote]


def test_invalid_rule_condition_is_refused_and_never_answered_without_id(
        caesar: Caesar, workflow: Workflow) -> None:
    caesar.save_workflow(workflow.id)
    # The one-argument lookup of the Caesar docs (2019) is rejected by the server, which
    # answers 200 with ``id: null``: the client refuses it first, and raises on such an answer.
    seed_rule = '["gte", ["lookup", "survey-total-VHCL"], ["const", 1]]'
    with pytest.raises(InvalidCaesarConfig, match="'lookup' takes a key and a default"):
        caesar.create_workflow_rule(workflow.id, "subject", seed_rule)
    with pytest.raises(ValidationError, match="did not save"):
        caesar.create_workflow_rule(workflow.id, "subject", seed_rule, validate=False)
    assert caesar.get_workflow_rules(workflow.id, "subject") == []


def test_errors_are_typed(caesar: Caesar, workflow: Workflow) -> None:
    wid = int(workflow.id)
    caesar.save_workflow(wid)
    caesar.create_workflow_extractor(wid, "complete", "question")
    with pytest.raises(ValidationError) as taken:
        caesar.create_workflow_extractor(wid, "complete", "question")
    assert taken.value.status == 422
    assert taken.value.messages == ["Key has already been taken"]

    rule = caesar.create_workflow_rule(wid, "subject", CONDITION)
    with pytest.raises(ValidationError, match="Config Does not produce a valid effect"):
        caesar.create_workflow_rule_effect(wid, "subject", rule["id"], "add_subject_to_set", {})
    extractor = caesar.get_workflow_extractors(wid)[0]
    with pytest.raises(ValidationError) as update:
        caesar.update_workflow_extractor(wid, extractor["id"], if_missing="sometimes")
    assert update.value.messages == ["if_missing: is not included in the list"]

    with pytest.raises(NotFoundError, match="Couldn't find SubjectRule"):
        caesar.get_workflow_rule_effects(wid, "subject", 999)
    with pytest.raises(NotFoundError):
        caesar.get_workflow_extractors(wid + 1000)


def test_client_side_validation(caesar: Caesar, workflow: Workflow) -> None:
    with pytest.raises(InvalidCaesarConfig):
        caesar.create_workflow_extractor(workflow.id, "k", "magic")
    with pytest.raises(ValueError, match="Invalid rule type"):
        caesar.create_workflow_rule(workflow.id, "project", CONDITION)
    with pytest.raises(ValueError, match="Invalid action"):
        caesar.create_workflow_rule_effect(workflow.id, "user", 1, "retire_subject")


def test_other_users_get_401(emu: Emulator, caesar: Caesar, workflow: Workflow) -> None:
    caesar.save_workflow(workflow.id)
    caesar.create_workflow_extractor(workflow.id, "complete", "question")
    with Panoptes(username="bob", password="hunter22", endpoint=emu.url) as bob:
        intruder = Caesar(endpoint=emu.caesar_url, panoptes=bob)
        with pytest.raises(UnauthorizedError) as denied:
            intruder.get_workflow_extractors(workflow.id)
        assert denied.value.status == 401
        with pytest.raises(UnauthorizedError):
            intruder.create_workflow_rule(workflow.id, "subject", CONDITION)
        intruder.close()
    anonymous = Caesar(endpoint=emu.caesar_url, panoptes=Panoptes(endpoint=emu.url))
    with pytest.raises(UnauthorizedError):
        anonymous.get_workflow(workflow.id)
    anonymous.close()


def test_requests_carry_the_panoptes_token(emu: Emulator, alice: Panoptes,
                                           caesar: Caesar, workflow: Workflow) -> None:
    seen: list[httpx.Request] = []
    caesar.http.client.event_hooks["request"].append(seen.append)
    caesar.save_workflow(workflow.id)
    assert seen, "no request was sent"
    token = alice.get_bearer_token()
    for request in seen:
        assert request.headers["Authorization"] == f"Bearer {token}"
        assert request.headers["Accept"] == "application/json"
        assert request.url.path.startswith("/caesar/workflows")
    assert emu.requests[("POST", "/caesar/workflows")] == 1


def test_data_requests_export_csv(emu: Emulator, caesar: Caesar, workflow: Workflow) -> None:
    wid = int(workflow.id)
    caesar.save_workflow(wid)
    caesar.create_workflow_reducer(wid, "external", "alice", {"url": "https://example.org/r"})
    caesar.upsert_subject_reduction(wid, "alice", 42, {"lines": 3})
    base = f"{emu.caesar_url}/workflows/{wid}/data_requests"
    headers = {"Authorization": f"Bearer {Panoptes.client().get_bearer_token()}",
               "Accept": "application/json"}
    created = httpx.post(base, headers=headers,
                         json={"data_request": {"requested_data": "subject_reductions"}})
    assert created.status_code == 201 and created.json()["status"] == "pending"
    deadline = time.monotonic() + 10  # DataRequestWorker: after the export delay
    while (shown := httpx.get(f"{base}/{created.json()['id']}", headers=headers).json())[
            "status"] == "pending" and time.monotonic() < deadline:
        time.sleep(0.05)
    assert shown["status"] == "complete"
    csv_text = httpx.get(shown["url"]).text  # Caesar's layout (exporters/csv_exporter.rb)
    assert csv_text.splitlines()[0].startswith("id,reducer_key,") and ",data.lines" in csv_text
    assert csv_text.splitlines()[1].endswith(",Workflow,3")
    assert [r["id"] for r in httpx.get(base, headers=headers).json()] == [shown["id"]]
    bad = httpx.post(base, headers=headers, json={"data_request": {"requested_data": "x"}})
    assert (bad.status_code, bad.content) == (422, b"")
