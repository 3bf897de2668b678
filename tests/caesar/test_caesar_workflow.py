"""The Workflow Caesar methods (panoptes_client names), ALICE, extracts and reductions."""

from __future__ import annotations

import json

import pytest

from zoo_sdk import Caesar, Workflow
from zoo_sdk.emulator import Emulator
from zoo_sdk.errors import NotFoundError


def test_workflow_methods_seed_examples(caesar: Caesar, workflow: Workflow) -> None:
    created = workflow.save_to_caesar()
    assert created["id"] == int(workflow.id)
    workflow.save_to_caesar(public_extracts=True, public_reductions=True)

    extractor = workflow.add_caesar_extractor("question", "complete", "T0",
                                              {"if_missing": "ignore"})
    reducer = workflow.add_caesar_reducer("count", "count",
                                          {"filters": {"extractor_keys": ["complete"]}})
    subject_rule = workflow.add_caesar_rule(
        '["gte", ["lookup", "complete.0", 0], ["const", 3]]', "subject")
    effect = workflow.add_caesar_rule_effect("subject", subject_rule["id"], "retire_subject",
                                             {"reason": "classification_count"})

    assert workflow.caesar_extractors() == [extractor]
    assert workflow.caesar_reducers() == [reducer]
    assert workflow.caesar_rules("subject") == [subject_rule]
    assert workflow.caesar_rules("user") == []
    assert workflow.caesar_effects("subject", subject_rule["id"]) == [effect]


def test_configure_for_alice(caesar: Caesar, workflow: Workflow) -> None:
    workflow.configure_for_alice()

    registered = caesar.get_workflow(workflow.id)
    assert registered["public_extracts"] and registered["public_reductions"]
    extractors = {e["key"]: e for e in workflow.caesar_extractors()}
    assert extractors["complete"]["type"] == "Extractors::QuestionExtractor"
    assert extractors["complete"]["config"] == {"task_key": "T1", "if_missing": "ignore"}
    assert extractors["alice"]["config"] == {
        "url": "https://aggregation-caesar.zooniverse.org/extractors/line_text_extractor?task=T0"}
    reducers = {r["key"]: r for r in workflow.caesar_reducers()}
    assert reducers["alice"]["config"]["url"] == (
        "https://aggregation-caesar.zooniverse.org/reducers/optics_line_text_reducer"
        "?minimum_views=5&low_consensus_threshold=3")
    assert reducers["alice"]["filters"] == {"extractor_keys": ["alice"],
                                            "repeated_classifications": "keep_first"}
    assert reducers["complete"]["type"] == "Reducers::StatsReducer"
    assert reducers["count"]["filters"]["extractor_keys"] == ["complete"]

    rules = workflow.caesar_rules("subject")
    assert [r["condition"] for r in rules] == [
        ["gte", ["lookup", "complete.0", 0], ["const", 3]],
        ["gte", ["lookup", "count.classifications", 0], ["const", 30]],
    ]
    for rule, reason in zip(rules, ("consensus", "classification_count"), strict=True):
        effects = workflow.caesar_effects("subject", rule["id"])
        assert [(e["action"], e["config"]) for e in effects] == [
            ("external", {"url": "https://tove.zooniverse.org/import", "reducer_key": "alice"}),
            ("retire_subject", {"reason": reason}),
        ]


def test_reductions_listing(caesar: Caesar, workflow: Workflow) -> None:
    wid = int(workflow.id)
    workflow.save_to_caesar()
    workflow.add_caesar_reducer("external", "points", {"url": "https://example.org/points"})
    workflow.add_caesar_reducer("count", "count")
    first = caesar.upsert_subject_reduction(wid, "points", 11, {"x": 1})
    again = caesar.upsert_subject_reduction(wid, "points", 11, {"x": 2})
    assert again["id"] == first["id"] and again["data"] == {"x": 2}
    assert again["lock_version"] == first["lock_version"] + 1
    caesar.upsert_subject_reduction(wid, "count", 11, {"classifications": 4})
    caesar.upsert_subject_reduction(wid, "count", 12, {"classifications": 1})

    assert {r["reducer_key"] for r in workflow.caesar_subject_reductions(11)} == {"points",
                                                                                  "count"}
    only = workflow.caesar_subject_reductions(11, "points")
    assert [(r["reducer_key"], r["data"], r["subgroup"]) for r in only] == [
        ("points", {"x": 2}, "_default")]
    assert len(caesar.get_workflow_subject_reductions(wid, reducer_key="count")) == 2
    assert caesar.get_reductions_by_workflow_and_subject(wid, 12)[0]["subject_id"] == 12


def test_import_extracts_from_a_blob_on_the_emulator(emu: Emulator, caesar: Caesar,
                                                     workflow: Workflow) -> None:
    workflow.save_to_caesar()
    workflow.add_caesar_extractor("external", "ml", extractor_other_attributes={
        "url": "https://example.org/ml"})
    rows = [("ml", 21, {"probability": 0.9}), ("ml", 22, {"probability": 0.1})]
    csv_text = "extractor_key,subject_id,data\n" + "".join(
        f'{key},{sid},"{json.dumps(data).replace(chr(34), chr(34) * 2)}"\n'
        for key, sid, data in rows)
    emu.state.blobs.put("ml/extracts.csv", csv_text.encode(), "text/csv")

    workflow.import_caesar_data_extracts(f"{emu.url}/blobs/ml/extracts.csv")

    extracts = workflow.caesar_subject_extracts(21)
    assert [(e["extractor_key"], e["data"], e["machine_data"]) for e in extracts] == [
        ("ml", {"probability": 0.9}, True)]
    assert caesar.get_extracts_by_workflow_and_subject(workflow.id, 22)[0]["data"] == {
        "probability": 0.1}
    assert caesar.get_workflow(workflow.id)["extracts_count"] == 2

    with pytest.raises(NotFoundError, match="Could not download CSV"):
        workflow.import_caesar_data_extracts("https://example.org/elsewhere.csv")
    with pytest.raises(NotFoundError, match="CSV must be included"):
        workflow.import_caesar_data_extracts("")


def test_workflow_needs_an_explicit_client_or_uses_the_default(workflow: Workflow) -> None:
    from zoo_sdk.caesar import DEFAULT_ENDPOINT

    assert Workflow.caesar is None
    assert workflow._caesar().endpoint == DEFAULT_ENDPOINT
