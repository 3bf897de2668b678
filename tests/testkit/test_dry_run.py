"""A whole dry run offline, as a user's own test would write it: seed a project, configure Caesar
with the panoptes_client (seed 000) names, simulate volunteers, watch the rule retire subjects on
Panoptes, then request and download the extracts and reductions."""

from __future__ import annotations

import csv
from pathlib import Path

from zoo_sdk import Workflow
from zoo_sdk.emulator.caesar import caesar_pipeline
from zoo_sdk.emulator.seeding import question
from zoo_sdk.testing import mock_zooniverse


@mock_zooniverse(users={"alice": "secret"}, login="alice")
def test_simulated_volunteers_retire_subjects_by_a_caesar_rule(tmp_path: Path) -> None:
    from zoo_sdk.testing import current_emulator

    emu = current_emulator()
    world = emu.seed.world("alice", [question("Is there a galaxy?", ["Yes", "No"])],
                           subjects=12, retirement="never")
    workflow = Workflow(world.workflow.id)
    workflow.save_to_caesar(public_extracts=True, public_reductions=True)
    workflow.add_caesar_extractor("question", "galaxy", "T0")
    workflow.add_caesar_reducer("count", "votes", {"filters": {"extractor_keys": ["galaxy"]}})
    rule = workflow.add_caesar_rule('["gte", ["lookup", "votes.classifications", 0], '
                                    '["const", 3]]', "subject")
    workflow.add_caesar_rule_effect("subject", rule["id"], "retire_subject",
                                    {"reason": "classification_count"})

    result = emu.simulate(workflow, volunteers=8, classifications=60,
                          answers={"T0": {"Yes": 0.7, "No": 0.3}}, seed=1)
    assert caesar_pipeline(emu.state).wait_idle(30)
    assert len(result) > 0

    retired = [s for s in world.subject_ids
               if workflow.subject_workflow_status(s).retired_at is not None]
    assert retired, "no subject retired by the Caesar rule"
    for subject_id in retired:
        status = workflow.subject_workflow_status(subject_id)
        assert status.retirement_reason == "classification_count"
        assert len(workflow.caesar_subject_extracts(subject_id)) >= 3

    for requested in ("extracts", "subject_reductions"):
        request = workflow.add_caesar_data_request(requested)
        target = tmp_path / f"{requested}.csv"
        assert workflow.download_caesar_data_request(request, target, timeout=30) > 0
        with target.open(newline="", encoding="utf-8") as handle:
            rows = list(csv.DictReader(handle))
        assert rows, requested
        assert {str(r["subject_id"]) for r in rows} >= set(retired)
