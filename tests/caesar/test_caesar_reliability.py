"""Bad input to the Caesar client ends in a typed error or a correct result, over HTTP.

Ids and rule conditions are refused before any request; bodies that are not what the API
promises (fault injection) raise ``InvalidResponseError``; a rule the server answers unsaved
(``id: null`` on create, the unsaved record on update) raises ``ValidationError``.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from zoo_sdk import Caesar, Panoptes, Workflow
from zoo_sdk._http import RetryPolicy
from zoo_sdk.caesar import InvalidCaesarConfig
from zoo_sdk.emulator import Emulator, FaultPlan, FaultRule
from zoo_sdk.errors import (
    AmbiguousWriteError,
    InvalidResponseError,
    ServerError,
    ValidationError,
)

CONDITION = ["gte", ["lookup", "count.classifications", 0], ["const", 3]]
FAST = RetryPolicy(max_attempts=3, backoff_base=0.01, backoff_max=0.02)
Call = Callable[[Caesar, Any], object]


def registered(caesar: Caesar, workflow: Workflow) -> int:
    """The workflow's id, registered with Caesar."""
    caesar.save_workflow(workflow.id)
    return int(workflow.id)


def raw(emu: Emulator, alice: Panoptes) -> httpx.Client:
    """A plain HTTP client on the emulator's Caesar with alice's token."""
    return httpx.Client(base_url=emu.caesar_url, headers={
        "Authorization": f"Bearer {alice.get_bearer_token()}", "Accept": "application/json"})


# ----- ids ----------------------------------------------------------------------------------

ID_CALLS: dict[str, tuple[str, Call]] = {
    "get_workflow": ("workflow_id", lambda c, x: c.get_workflow(x)),
    "save_workflow": ("workflow_id", lambda c, x: c.save_workflow(x)),
    "get_workflow_extractor": ("extractor_id", lambda c, x: c.get_workflow_extractor(1, x)),
    "delete_workflow_reducer": ("workflow_id", lambda c, x: c.delete_workflow_reducer(x, 1)),
    "update_workflow_rule": (
        "rule_id", lambda c, x: c.update_workflow_rule(1, "subject", x, CONDITION)),
    "create_workflow_rule_effect": (
        "rule_id", lambda c, x: c.create_workflow_rule_effect(1, "subject", x, "retire_subject")),
    "get_workflow_rule_effect": (
        "effect_id", lambda c, x: c.get_workflow_rule_effect(1, "user", 1, x)),
    "get_reductions_by_workflow_and_subject": (
        "subject_id", lambda c, x: c.get_reductions_by_workflow_and_subject(1, x)),
    "get_extracts_by_workflow_and_subject": (
        "subject_id", lambda c, x: c.get_extracts_by_workflow_and_subject(1, x)),
    "upsert_user_reduction": ("user_id", lambda c, x: c.upsert_user_reduction(1, "k", x, {})),
}


@pytest.mark.parametrize("name", sorted(ID_CALLS))
@pytest.mark.parametrize("bad", ["abc", True, -1, 0, None, 1.5, " 7", "1/2"])
def test_bad_ids_are_refused_before_any_request(emu: Emulator, caesar: Caesar, name: str,
                                                bad: Any) -> None:
    param, call = ID_CALLS[name]
    emu.reset_requests()
    with pytest.raises(ValidationError, match=f"{param} must be a positive integer id") as raised:
        call(caesar, bad)
    assert raised.value.status is None
    assert emu.requests.total == 0


def test_ids_given_as_digit_strings_work(caesar: Caesar, workflow: Workflow) -> None:
    wid = registered(caesar, workflow)
    rule = caesar.create_workflow_rule(str(wid), "subject", CONDITION)
    assert caesar.get_workflow_rule(str(wid), "subject", str(rule["id"]))["id"] == rule["id"]


# ----- rule conditions ----------------------------------------------------------------------

INVALID_CONDITIONS = [
    ("[]", "condition is empty"),
    ("[{}]", r"condition\[0\]: unknown operator {}"),
    ('["gte", ["lookup", "survey-total-VHCL"], ["const", 1]]',
     r"condition\[1\]: 'lookup' takes a key and a default"),
    ('["gte", ["lookup", "count.classifications", 0], 3]',
     r'condition\[2\]: expected a condition .* \["const", value\]'),
    ('["gtee", ["const", 1], ["const", 2]]', r"unknown operator \"gtee\"; did you mean 'gte'"),
    ('["and", ["not"]]', r"condition\[1\]: 'not' takes one condition, got 0"),
    ('["any", "votes"]', "'any' takes a reducer key and a condition"),
    ('["all", 5, ["const", true]]', r"condition\[1\]: the reducer key must be a non-empty"),
    ('["lookup", "", 0]', "the lookup key must be a non-empty string"),
    ('["eq", ["const", 1]]', "'eq' takes at least 2 conditions, got 1"),
    ('["or"]', "'or' takes at least one condition"),
    ('["const", 1, 2]', "'const' takes one value, got 2"),
    ('["upcase", "abc"]', r"condition\[1\]: expected a condition"),
    ("not json", "condition is not valid JSON"),
    ('["const", NaN]', "condition is not valid JSON"),
    ("null", "condition: expected a condition"),
    ("[" * 3000 + "]" * 3000, "nested too deeply"),
    (["eq", ["const", 1], ["const", float("inf")]], r"condition\[2\]\[1\] is inf"),
    (["const", {1, 2}], "JSON cannot represent"),
    ([["const", 1]], r"condition\[0\]: unknown operator \[\"const\", 1\]"),
]


@pytest.mark.parametrize(("condition", "message"), INVALID_CONDITIONS)
@pytest.mark.parametrize("operation", ["create", "update"])
def test_invalid_conditions_are_refused_before_any_request(
        emu: Emulator, caesar: Caesar, condition: Any, message: str, operation: str) -> None:
    emu.reset_requests()
    with pytest.raises(InvalidCaesarConfig, match=message) as raised:
        if operation == "create":
            caesar.create_workflow_rule(1, "subject", condition)
        else:
            caesar.update_workflow_rule(1, "user", 2, condition)
    assert isinstance(raised.value, ValidationError) and isinstance(raised.value, ValueError)
    assert emu.requests.total == 0


VALID_CONDITIONS = [
    CONDITION,
    ["and", ["gte", ["lookup", "consensus.num_votes", 0], ["const", 5]],
     ["not", ["lookup", "flagged.flagged", False]]],
    ["or", ["eq", ["downcase", ["lookup", "survey.choice", ""]], ["const", "lion"]],
     ["lt", ["const", 1], ["int", ["lookup", "c.n", "0"]], ["const", 9]]],
    ["any", "votes", ["gt", ["lookup", "value", 0], ["+", ["const", 1], ["const", 2]]]],
    ["all", "votes", ["gte", ["float", ["lookup", "value", 0]], ["const", {"nested": [1]}]]],
    ["eq", ["%", ["lookup", "count.classifications", 0], ["const", 10]], ["const", None]],
]


@pytest.mark.parametrize("condition", VALID_CONDITIONS)
@pytest.mark.parametrize("as_text", [True, False])
def test_valid_conditions_round_trip(caesar: Caesar, workflow: Workflow,
                                     condition: list[Any], as_text: bool) -> None:
    wid = registered(caesar, workflow)
    given = json.dumps(condition) if as_text else condition
    rule = caesar.create_workflow_rule(wid, "subject", given)
    assert rule["condition"] == condition
    changed = caesar.update_workflow_rule(wid, "subject", rule["id"], given)
    assert changed["condition"] == condition
    assert caesar.get_workflow_rules(wid, "subject") == [changed]


# ----- what the server answers to conditions it rejects --------------------------------------

SERVER_REJECTED = [[{}], ["lookup", "complete.0"], ["nope", 1], ["not", 5], ["not", []], 7]


@pytest.mark.parametrize("condition", SERVER_REJECTED)
def test_server_answers_an_invalid_create_unsaved_and_the_client_raises(
        emu: Emulator, alice: Panoptes, caesar: Caesar, workflow: Workflow,
        condition: Any) -> None:
    wid = registered(caesar, workflow)
    with raw(emu, alice) as http:
        answer = http.post(f"/workflows/{wid}/subject_rules",
                           json={"subject_rule": {"condition": condition}})
    assert answer.status_code == 200  # real Caesar renders the unsaved record
    assert answer.json()["id"] is None and answer.json()["condition"] == condition
    with pytest.raises(ValidationError, match="Caesar did not save the subject rule") as raised:
        caesar.create_workflow_rule(wid, "subject", condition, validate=False)
    assert raised.value.status == 200
    assert caesar.get_workflow_rules(wid, "subject") == []


@pytest.mark.parametrize("condition", SERVER_REJECTED)
@pytest.mark.parametrize("rule_type", ["subject", "user"])
def test_server_answers_an_invalid_update_unsaved_and_the_client_detects_it(
        emu: Emulator, alice: Panoptes, caesar: Caesar, workflow: Workflow,
        condition: Any, rule_type: str) -> None:
    wid = registered(caesar, workflow)
    rule = caesar.create_workflow_rule(wid, rule_type, CONDITION)
    with raw(emu, alice) as http:
        answer = http.put(f"/workflows/{wid}/{rule_type}_rules/{rule['id']}",
                          json={f"{rule_type}_rule": {"condition": condition}})
    # 200, the rule's id and the condition sent: the answer looks like a success.
    assert answer.status_code == 200
    assert answer.json()["id"] == rule["id"] and answer.json()["condition"] == condition
    assert answer.json()["updated_at"] == rule["updated_at"]
    with pytest.raises(ValidationError, match="did not save the new condition") as raised:
        caesar.update_workflow_rule(wid, rule_type, rule["id"], condition, validate=False)
    assert "still has" in str(raised.value)
    assert caesar.get_workflow_rule(wid, rule_type, rule["id"])["condition"] == CONDITION


@pytest.mark.parametrize(("body", "status"), [
    ({"condition": ["not"]}, 500),            # build(nil): NoMethodError
    ({"condition": ["any", "votes"]}, 500),
    ({"condition": True}, 500),               # true[0]
    ({"condition": ["and", 1.5]}, 500),       # Float has no []
    ({"condition": ["not", "+5"]}, 500),      # build("+5"): "+", then String#map
    ({"condition_string": "not json"}, 500),  # JSON::ParserError
    ({"condition_string": '["const", NaN]'}, 500),
    ({"condition_string": 5}, 500),           # JSON.parse(5): TypeError
    ({"other": 1}, 500),                      # 'No condition specified'
    ({"condition": []}, 400),                 # params.require(:condition)
])
def test_conditions_real_caesar_fails_on_are_its_500_page_never_a_crash(
        emu: Emulator, alice: Panoptes, caesar: Caesar, workflow: Workflow,
        body: dict[str, Any], status: int) -> None:
    wid = registered(caesar, workflow)
    with raw(emu, alice) as http:
        answer = http.post(f"/workflows/{wid}/subject_rules", json={"subject_rule": body})
    assert answer.status_code == status
    assert answer.headers["content-type"].startswith("application/json")
    if status == 500:
        assert answer.json() == {"status": 500, "error": "Internal Server Error"}
    assert caesar.get_workflow_rules(wid, "subject") == []


def test_blank_conditions_are_saved_by_the_server_but_refused_by_the_client(
        emu: Emulator, alice: Panoptes, caesar: Caesar, workflow: Workflow) -> None:
    wid = registered(caesar, workflow)
    with raw(emu, alice) as http:
        saved = http.post(f"/workflows/{wid}/user_rules",
                          json={"user_rule": {"condition_string": "[]"}}).json()
    assert saved["id"] is not None  # valid_condition? skips a blank condition
    with pytest.raises(InvalidCaesarConfig, match="empty"):
        caesar.create_workflow_rule(wid, "user")


def test_a_server_500_on_a_rule_is_a_typed_error(caesar: Caesar, workflow: Workflow) -> None:
    wid = registered(caesar, workflow)
    no_retry = Caesar(endpoint=caesar.endpoint, retry=RetryPolicy(max_attempts=1))
    try:
        with pytest.raises(ServerError, match="Internal Server Error"):
            no_retry.create_workflow_rule(wid, "subject", ["not"], validate=False)
        rule = no_retry.create_workflow_rule(wid, "subject", CONDITION)
        with pytest.raises(ServerError):
            no_retry.update_workflow_rule(wid, "subject", rule["id"], "nope", validate=False)
    finally:
        no_retry.close()


def test_workflow_rule_then_effect_never_fails_with_a_bare_type_error(
        caesar: Caesar, workflow: Workflow) -> None:
    workflow.save_to_caesar()
    with pytest.raises(InvalidCaesarConfig, match="lookup"):
        workflow.add_caesar_rule('["gte", ["lookup", "survey-total-VHCL"], ["const", 1]]',
                                 "subject")
    # What an old script does with the id of a rule the server did not save:
    with pytest.raises(ValidationError, match="rule_id must be a positive integer id"):
        workflow.add_caesar_rule_effect("subject", None, "retire_subject")  # type: ignore[arg-type]
    assert workflow.caesar_rules("subject") == []


# ----- bodies that are not the API ---------------------------------------------------------

READS: dict[str, Call] = {
    "object": lambda c, wid: c.get_workflow(wid),
    "list": lambda c, wid: c.get_workflow_extractors(wid),
    "rule": lambda c, wid: c.get_workflow_rules(wid, "subject"),
}


@pytest.mark.parametrize("kind", ["html-200", "empty-200", "not-json", "wrong-shape", "redirect"])
@pytest.mark.parametrize("read", sorted(READS))
def test_reads_of_bodies_that_are_not_the_api_raise_invalid_response(
        emu: Emulator, caesar: Caesar, workflow: Workflow, kind: str, read: str) -> None:
    wid = registered(caesar, workflow)
    emu.faults = FaultPlan(seed=1, rules=[FaultRule("GET /caesar/workflows/*", kind)])
    with pytest.raises(InvalidResponseError) as raised:
        READS[read](caesar, wid)
    assert raised.value.status is not None


@pytest.mark.parametrize("kind", ["html-200", "empty-200", "not-json", "wrong-shape"])
def test_a_rule_create_answered_with_a_bad_body_is_typed(
        emu: Emulator, caesar: Caesar, workflow: Workflow, kind: str) -> None:
    wid = registered(caesar, workflow)
    emu.faults = FaultPlan(seed=1, rules=[FaultRule("POST /caesar/workflows/*/subject_rules",
                                                    kind, times=1)])
    with pytest.raises(InvalidResponseError):
        caesar.create_workflow_rule(wid, "subject", CONDITION)


@pytest.mark.parametrize("kind", ["html-503", "truncated", "lost-reply", "502"])
def test_reads_are_retried_through_transient_faults(
        emu: Emulator, caesar: Caesar, workflow: Workflow, kind: str) -> None:
    wid = registered(caesar, workflow)
    fast = Caesar(endpoint=caesar.endpoint, retry=FAST)
    try:
        emu.faults = FaultPlan(seed=1, rules=[FaultRule("GET /caesar/workflows/*", kind,
                                                        times=2)])
        assert fast.get_workflow(wid)["id"] == wid
        assert emu.faults.injected[kind] == 2
    finally:
        fast.close()


@pytest.mark.parametrize("kind", ["reset", "lost-reply", "truncated"])
def test_a_rule_create_whose_reply_is_lost_is_ambiguous(
        emu: Emulator, caesar: Caesar, workflow: Workflow, kind: str) -> None:
    wid = registered(caesar, workflow)
    emu.faults = FaultPlan(seed=1, rules=[FaultRule("POST /caesar/workflows/*/subject_rules",
                                                    kind, times=1)])
    with pytest.raises(AmbiguousWriteError):
        caesar.create_workflow_rule(wid, "subject", CONDITION)
