"""The classification export of simulated classifications has the real layout: columns,
user names and hashed IPs, version column, jsonb-ordered metadata, formatted annotations
(answer labels, task_label, tool_label, dropdown selects), subject_data with retirement."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pytest

from zoo_sdk.emulator import Emulator
from zoo_sdk.emulator.seeding import SeededWorld

from .helpers import (
    OWNER,
    PASSWORD,
    TOOLS,
    annotations_of,
    every_task,
    export_rows,
    project_classifications,
    world,
)

COLUMNS = ["classification_id", "user_name", "user_id", "user_ip", "workflow_id",
           "workflow_name", "workflow_version", "created_at", "gold_standard", "expert",
           "metadata", "annotations", "subject_data", "subject_ids"]


@dataclass
class Simulated:
    """One simulated workflow: its export rows and the same classifications over the API."""

    emu: Emulator
    world: SeededWorld
    rows: list[dict[str, str]]
    api_rows: list[dict[str, Any]]


@pytest.fixture(scope="module")
def simulated() -> Iterator[Simulated]:
    with Emulator(export_delay=0.05) as emu:
        made = world(emu, subjects=12, retirement=4)
        emu.simulate(made.workflow, volunteers=10, classifications=40, seed=9, anonymous=0.2)
        rows = export_rows(emu, "workflows", made.workflow.id)
        yield Simulated(emu, made, rows, project_classifications(emu, made.project.id))


def test_columns_and_one_row_per_classification(simulated: Simulated) -> None:
    made, rows, api_rows = simulated.world, simulated.rows, simulated.api_rows
    assert list(rows[0]) == COLUMNS
    assert [r["classification_id"] for r in rows] == [c["id"] for c in api_rows]
    assert {r["workflow_id"] for r in rows} == {made.workflow.id}
    assert {r["workflow_name"] for r in rows} == {"Workflow"}
    assert {r["workflow_version"] for r in rows} == {"1.1"}
    assert {r["gold_standard"] for r in rows} == {""} and {r["expert"] for r in rows} == {""}
    for row, c in zip(rows, api_rows, strict=True):
        assert row["created_at"] == c["created_at"][:19].replace("T", " ") + " UTC"
        assert row["subject_ids"] == ";".join(c["links"]["subjects"])


def test_users_and_hashed_ips(simulated: Simulated) -> None:
    rows, api_rows = simulated.rows, simulated.api_rows
    by_ip: dict[str, set[str]] = {}
    for row, c in zip(rows, api_rows, strict=True):
        assert re.fullmatch(r"[0-9a-f]{20}", row["user_ip"])
        by_ip.setdefault(row["user_ip"], set()).add(row["user_name"])
        if c["links"].get("user"):
            assert row["user_id"] == c["links"]["user"]
            assert not row["user_name"].startswith("not-logged-in")
        else:
            assert row["user_id"] == ""
            assert row["user_name"] == f"not-logged-in-{row['user_ip']}"
    assert all(len(names) == 1 for names in by_ip.values())  # one token per volunteer
    assert any(r["user_id"] == "" for r in rows) and any(r["user_id"] for r in rows)


def test_metadata_in_jsonb_order_without_the_version(simulated: Simulated) -> None:
    for row in simulated.rows:
        metadata = json.loads(row["metadata"])
        assert "workflow_version" not in metadata
        keys = list(metadata)
        assert keys == sorted(keys, key=lambda k: (len(k), k))
        assert keys[:3] == ["source", "session", "viewport"]


def test_annotations_as_the_export_formats_them(simulated: Simulated) -> None:
    rows, api_rows = simulated.rows, simulated.api_rows
    tasks = {"T0": every_task()[0]}
    assert tasks["T0"]["question"] == "Is there a cat?"
    for row, c in zip(rows, api_rows, strict=True):
        exported = annotations_of(row)
        stored = {a["task"]: a["value"] for a in c["annotations"]}
        assert exported["T0"] == {"task": "T0", "task_label": "Is there a cat?",
                                  "value": ["Yes", "No"][stored["T0"]]}
        if "T8" in exported:
            assert exported["T8"] == {"task": "T8", "task_label": "", "value": ["Nothing here"]}
            continue
        assert list(exported["T1"]) == ["task", "task_label", "value"]
        assert exported["T1"]["value"] == [["Black", "White", "Ginger"][i] for i in stored["T1"]]
        assert exported["T2"]["task_label"] == "Mark the cats"
        for mark, raw in zip(exported["T2"]["value"], stored["T2"], strict=True):
            index = raw.get("tool", raw.get("toolIndex"))
            assert mark["tool_label"] == ("Eye" if index == 0 else TOOLS[index].title())
            assert list(mark)[-1] == "tool_label"
            assert {k: v for k, v in mark.items() if k != "tool_label"} == raw
        assert exported["T3"] == {"task": "T3", "value": stored["T3"]}  # surveys as stored
        assert exported["T4"] == {"task": "T4", "value": stored["T4"],
                                  "task_label": "Transcribe the label"}
        assert list(exported["T4"]) == ["task", "value", "task_label"]
        combo = exported["T5"]
        assert combo["task_label"] is None
        assert combo["value"][0] == {"task": "T9", "value": stored["T5"][0]["value"],
                                     "task_label": "Where?"}
        assert combo["value"][1] == {"task": "T10", "task_label": "Sure?",
                                     "value": ["Yes", "No"][stored["T5"][1]["value"]]}
        (select,) = exported["T6"]["value"]
        assert select["select_label"] == "Country?"
        if stored["T6"][0]["option"]:
            assert select["option"] is True and select["label"] in ("France", "Peru", "Kenya")
        else:
            assert select == {"select_label": "Country?", "option": False,
                              "value": stored["T6"][0]["value"]}
        assert exported["T7"] == {"task": "T7", "value": stored["T7"]}


def test_subject_data_carries_retirement_and_metadata(simulated: Simulated) -> None:
    rows = simulated.rows
    retired = 0
    for row in rows:
        data = json.loads(row["subject_data"])
        (sid,) = data
        assert sid == row["subject_ids"]
        entry = data[sid]
        assert next(iter(entry)) == "retired"
        assert entry["Filename"].startswith("subject_")
        if entry["retired"] is not None:
            retired += 1
            assert list(entry["retired"]) == [
                "id", "workflow_id", "classifications_count", "created_at", "updated_at",
                "retired_at", "subject_id", "retirement_reason"]
            assert entry["retired"]["subject_id"] == int(sid)
            assert entry["retired"]["retirement_reason"] == "classification_count"
            assert entry["retired"]["classifications_count"] == 4
    assert retired >= 4


def test_project_export_through_the_sdk(simulated: Simulated) -> None:
    from zoo_sdk import Panoptes, Project

    made, rows = simulated.world, simulated.rows
    with Panoptes(endpoint=simulated.emu.url, username=OWNER, password=PASSWORD) as client:
        export = Project(made.project.id).get_export("classifications", generate=True,
                                                     wait_timeout=30)
        sdk_rows = list(export.csv_dictreader())
        client.close()
    assert [r["classification_id"] for r in sdk_rows] == [r["classification_id"] for r in rows]
    assert [r["annotations"] for r in sdk_rows] == [r["annotations"] for r in rows]
