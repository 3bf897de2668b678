"""emu.simulate: front-end annotation shapes per task type, metadata, volunteers, retirement,
answers=, determinism; everything read back over HTTP."""

from __future__ import annotations

import collections
import struct
import zlib
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import httpx
import pytest

from zoo_sdk.emulator import Emulator
from zoo_sdk.emulator.seeding import drawing, question, text, tool
from zoo_sdk.emulator.simulate import AnswerContext, SimulationError, per_subject

from .helpers import OWNER, PASSWORD, TOOLS, api, project_classifications, world

END = datetime(2025, 3, 14, 15, 9, 26, tzinfo=UTC)
SHAPES = {
    "point": {"x", "y"}, "rectangle": {"x", "y", "width", "height"},
    "rotateRectangle": {"x", "y", "width", "height", "angle"}, "circle": {"x", "y", "r", "angle"},
    "ellipse": {"x", "y", "rx", "ry", "angle"}, "triangle": {"x", "y", "r", "angle"},
    "line": {"x1", "y1", "x2", "y2"}, "polygon": {"points"}, "bezier": {"points", "closed"},
    "column": {"x", "width"}, "fullWidthLine": {"y"}, "fullHeightLine": {"x"},
    "fan": {"x", "y", "radius", "rotation", "spread"}, "freehandLine": {"pathX", "pathY"},
}


@pytest.fixture
def emu() -> Iterator[Emulator]:
    with Emulator(export_delay=0.05) as emulator:
        yield emulator


def _png_size(url: str) -> tuple[int, int]:
    data = httpx.get(url).content
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def test_every_task_type_has_the_front_end_shape(emu: Emulator) -> None:
    made = world(emu, subjects=25)
    result = emu.simulate(made.workflow, volunteers=12, classifications=150, seed=7)
    assert len(result) == 150 and not result.exhausted
    classifications = project_classifications(emu, made.project.id)
    assert [c["id"] for c in classifications] == result.classification_ids
    tools_seen: collections.Counter[str] = collections.Counter()
    shortcuts = 0
    with api(emu) as client:
        subjects = client.get("/subjects", params={"subject_set_id": made.subject_set.id,
                                                   "page_size": 100}).json()["subjects"]
    sizes = {s["id"]: _png_size(next(iter(s["locations"][0].values()))) for s in subjects}
    for c in classifications:
        size = sizes[c["links"]["subjects"][0]]
        assert c["links"]["workflow"] == made.workflow.id
        assert c["links"]["subjects"][0] in made.subject_ids
        by_task = {a["task"]: a["value"] for a in c["annotations"]}
        assert by_task["T0"] in (0, 1)
        if "T8" in by_task:  # the shortcut ends the classification
            shortcuts += 1
            assert by_task["T8"] == [0] and list(by_task) == ["T0", "T8"]
            continue
        assert list(by_task) == [f"T{i}" for i in range(8)]
        assert set(by_task["T1"]) <= {0, 1, 2} and by_task["T1"] == sorted(by_task["T1"])
        for mark in by_task["T2"]:
            index = mark.get("tool", mark.get("toolIndex"))
            kind = TOOLS[index]
            tools_seen[kind] += 1
            assert mark["frame"] == 0 and isinstance(mark["details"], list)
            shape = set(mark) - {"tool", "frame", "details", "toolIndex", "toolType"}
            assert shape == SHAPES[kind], kind
            if kind == "point":
                assert [type(d["value"]) for d in mark["details"]] == [int, str]
                assert -50 < mark["x"] < size[0] + 50 and -50 < mark["y"] < size[1] + 50
        for item in by_task["T3"]:
            assert set(item) == {"choice", "answers", "filters"} and item["filters"] == {}
            assert item["choice"] in ("LION", "ZEBRA", "REDFOX", "NOTHINGHERE")
            if item["choice"] != "NOTHINGHERE":
                assert item["answers"]["HOWMANY"] in ("1", "2", "3")
                assert isinstance(item["answers"]["DOINGWHAT"], list)
            else:
                assert item["answers"] == {}
        assert isinstance(by_task["T4"], str) and by_task["T4"]
        assert [p["task"] for p in by_task["T5"]] == ["T9", "T10"]
        assert isinstance(by_task["T5"][0]["value"], str) and by_task["T5"][1]["value"] in (0, 1)
        assert len(by_task["T6"]) == 1 and set(by_task["T6"][0]) == {"value", "option"}
        assert 0 <= by_task["T7"] <= 10 and float(by_task["T7"]).is_integer()
    assert set(tools_seen) == set(TOOLS)  # every drawing tool was used
    assert 0 < shortcuts < 40


def test_metadata_is_what_the_front_end_sends(emu: Emulator) -> None:
    made = world(emu, [question("Cat?", ["Yes", "No"])], subjects=10)
    emu.simulate(made.workflow, volunteers=5, classifications=40, seed=2, end=END, days=2)
    classifications = project_classifications(emu, made.project.id)
    with api(emu) as client:
        version = client.get(f"/workflows/{made.workflow.id}").json()["workflows"][0]["version"]
        subjects = {s["id"]: s for s in client.get("/subjects", params={
            "subject_set_id": made.subject_set.id, "page_size": 100}).json()["subjects"]}
    sessions = collections.defaultdict(set)
    for c in classifications:
        meta = c["metadata"]
        assert {"started_at", "finished_at", "user_agent", "user_language", "workflow_version",
                "utc_offset", "viewport", "subject_dimensions", "session", "source",
                "live_project", "subject_selection_state", "user_group_ids"} <= set(meta)
        assert meta["workflow_version"] == version
        started = datetime.fromisoformat(meta["started_at"].replace("Z", "+00:00"))
        finished = datetime.fromisoformat(meta["finished_at"].replace("Z", "+00:00"))
        created = datetime.fromisoformat(c["created_at"].replace("Z", "+00:00"))
        assert started < finished <= created <= END.replace(second=END.second + 1)
        assert (END - finished).total_seconds() < 2 * 86400 + 3600
        assert meta["utc_offset"].lstrip("-").isdigit() and meta["user_language"]
        assert set(meta["viewport"]) == {"width", "height"}
        subject = subjects[c["links"]["subjects"][0]]
        (natural,) = meta["subject_dimensions"]
        url = next(iter(subject["locations"][0].values()))
        assert (natural["naturalWidth"], natural["naturalHeight"]) == _png_size(url)
        assert natural["clientWidth"] <= natural["naturalWidth"]
        assert meta["subject_selection_state"]["already_seen"] is False
        sessions[c["links"]["user"]].add(meta["session"])
        assert len(meta["session"]) == 64
    assert len(sessions) == 5


def test_deterministic_for_a_seed() -> None:
    def run(seed: int) -> list[tuple[Any, ...]]:
        with Emulator() as emu:
            made = world(emu, subjects=15)
            emu.simulate(made.workflow, volunteers=6, classifications=60, seed=seed, end=END,
                         anonymous=0.3)
            return [(c["links"].get("user"), c["links"]["subjects"], c["annotations"],
                     c["metadata"], c["created_at"])
                    for c in project_classifications(emu, made.project.id)]

    first = run(11)
    assert run(11) == first
    assert run(12) != first


def test_answers_bias_per_task_per_subject_and_callables(emu: Emulator) -> None:
    made = world(emu, [
        question("Cat?", ["Yes", "No"]), text("Name?"),
        drawing("Mark", [tool("point", "Eye"), tool("circle", "Ball")]),
        question("Indoors?", ["Yes", "No"])], subjects=20)
    subjects = made.subject_ids
    truth = {sid: ("Yes" if i % 2 else "No") for i, sid in enumerate(subjects)}

    def indoors(ctx: AnswerContext) -> Any:
        assert ctx.task_key == "T3" and ctx.subject_metadata["Filename"].endswith(".png")
        return 0 if ctx.volunteer.index % 2 == 0 else ctx.default()

    result = emu.simulate(made.workflow, volunteers=10, classifications=150, seed=3, answers={
        "T0": per_subject(truth), "T1": "Tom", "T2": {"Eye": 0, "Ball": 4}, "T3": indoors})
    assert len(result) == 150
    even = {v.login for v in result.volunteers if v.index % 2 == 0}
    logins = _logins(emu)
    for c in project_classifications(emu, made.project.id):
        by_task = {a["task"]: a["value"] for a in c["annotations"]}
        assert by_task["T0"] == (0 if truth[c["links"]["subjects"][0]] == "Yes" else 1)
        assert by_task["T1"] == "Tom"
        assert all(m["tool"] == 1 for m in by_task["T2"])
        if logins[c["links"]["user"]] in even:
            assert by_task["T3"] == 0

    skewed = world_with_question(emu)
    emu.simulate(skewed.workflow, volunteers=20, classifications=400, seed=5,
                 answers={"T0": {"Yes": 0.9, "No": 0.1}})
    values = collections.Counter(c["annotations"][0]["value"] for c in
                                 project_classifications(emu, skewed.project.id))
    assert 0.82 < values[0] / 400 < 0.97


def world_with_question(emu: Emulator) -> Any:
    return emu.seed.world(OWNER, [question("Cat?", ["Yes", "No"])], subjects=40,
                          password=PASSWORD, display_name="Skewed", retirement="never")


def _logins(emu: Emulator) -> dict[str, str]:
    with api(emu) as client:
        users = client.get("/users", params={"page_size": 100}).json()["users"]
    return {u["id"]: u["login"] for u in users}


def test_answers_that_the_task_does_not_have_are_refused(emu: Emulator) -> None:
    made = world(emu, [question("Cat?", ["Yes", "No"])], subjects=3)
    with pytest.raises(SimulationError, match=r"no answer 'Maybe' \(answers: 'Yes', 'No'"):
        emu.simulate(made.workflow, classifications=5, answers={"T0": "Maybe"})
    with pytest.raises(SimulationError, match="weight"):
        emu.simulate(made.workflow, classifications=5, answers={"T0": {"Yes": "lots"}})


def test_retired_subjects_are_not_shown_and_no_one_sees_a_subject_twice(emu: Emulator) -> None:
    made = world(emu, [question("Cat?", ["Yes", "No"])], subjects=10, retirement=3)
    with api(emu) as client:
        response = client.post(f"/workflows/{made.workflow.id}/retired_subjects",
                               json={"subject_id": made.subject_ids[0]})
        assert response.status_code in (200, 204), response.text
    result = emu.simulate(made.workflow, volunteers=8, classifications=100, seed=1)
    assert len(result) == 27 and result.exhausted  # 9 classifiable subjects x 3
    assert sorted(result.retired_subject_ids, key=int) == list(made.subject_ids[1:])
    classifications = project_classifications(emu, made.project.id)
    pairs = [(c["links"]["user"], c["links"]["subjects"][0]) for c in classifications]
    assert len(set(pairs)) == len(pairs)
    assert made.subject_ids[0] not in {sid for _, sid in pairs}
    with api(emu) as client:
        wf = client.get(f"/workflows/{made.workflow.id}").json()["workflows"][0]
    assert wf["retired_set_member_subjects_count"] == 10 and wf["classifications_count"] == 27
    again = emu.simulate(made.workflow, classifications=10)
    assert len(again) == 0 and again.exhausted


def test_volunteers_are_emulator_users_and_some_are_anonymous(emu: Emulator) -> None:
    made = world(emu, [question("Cat?", ["Yes", "No"])], subjects=30, retirement="never")
    result = emu.simulate(made.workflow, volunteers=8, classifications=120, seed=4,
                          anonymous=0.25)
    named = [v for v in result.volunteers if not v.anonymous]
    assert len(named) == 6 and sum(v.anonymous for v in result.volunteers) == 2
    classifications = project_classifications(emu, made.project.id)
    users = collections.Counter(c["links"].get("user") for c in classifications)
    assert None in users and set(users) - {None} <= {v.user_id for v in named}
    busiest = max(named, key=lambda v: users[v.user_id])
    assert busiest.password is not None and busiest.login is not None
    with api(emu, busiest.login, busiest.password) as client:  # a real account: signs in
        mine = client.get("/classifications", params={"page_size": 100}).json()
    assert len(mine["classifications"]) == min(users[busiest.user_id], 100)
    # the same seed makes the same volunteers, reused by a second run
    again = emu.simulate(made.workflow, volunteers=8, classifications=10, seed=4,
                         anonymous=0.25)
    assert [v.login for v in again.volunteers] == [v.login for v in result.volunteers]


def test_existing_users_and_sdk_workflows(emu: Emulator) -> None:
    from zoo_sdk import Panoptes, Workflow

    made = world(emu, [question("Cat?", ["Yes", "No"])], subjects=5)
    emu.seed.user("bob", "pw")
    with Panoptes(endpoint=emu.url, username=OWNER, password=PASSWORD) as client:
        workflow = Workflow(made.workflow.id)
        result = emu.simulate(workflow, volunteers=["bob", OWNER], classifications=6, seed=1)
        client.close()
    assert len(result) == 6
    assert {v.login for v in result.volunteers} == {"bob", OWNER}
    with pytest.raises(SimulationError, match="no user 'nobody'"):
        emu.simulate(made.workflow, volunteers=["nobody"], classifications=1)


def test_simulated_classifications_go_through_the_create_path(emu: Emulator) -> None:
    """What reacts to classifications (Caesar's pipeline) sees every simulated one."""
    made = world(emu, [question("Cat?", ["Yes", "No"])], subjects=5)
    seen: list[Any] = []
    emu.store.on_classification.append(seen.append)
    result = emu.simulate(made.workflow, volunteers=3, classifications=9, seed=1)
    assert [str(rec.id) for rec in seen] == result.classification_ids
    with api(emu) as client:
        project = client.get(f"/projects/{made.project.id}").json()["projects"][0]
    assert project["classifications_count"] == 9 and project["classifiers_count"] == 3


def test_clear_errors(emu: Emulator) -> None:
    made = world(emu, [question("Cat?", ["Yes", "No"])], subjects=2)
    with pytest.raises(SimulationError, match="no workflow '999'"):
        emu.simulate(999)
    empty = emu.seed.workflow(made.project, "Empty")
    with pytest.raises(SimulationError, match="has no tasks"):
        emu.simulate(empty)
    lonely = emu.seed.workflow(made.project, "Lonely", [question("Cat?", ["Yes", "No"])])
    with pytest.raises(SimulationError, match="has no subjects"):
        emu.simulate(lonely)
    odd = emu.seed.workflow(made.project, "Odd", {"T0": {"type": "highlighter"}},
                            subject_sets=[made.subject_set])
    with pytest.raises(SimulationError, match=r"type 'highlighter'.*answers="):
        emu.simulate(odd, classifications=1)
    marked = [{"labelInformation": {"label": "x"}, "start": 0, "end": 3}]
    done = emu.simulate(odd, classifications=2, volunteers=2, answers={"T0": marked})
    assert len(done) == 2
    with pytest.raises(SimulationError, match="anonymous"):
        emu.simulate(made.workflow, anonymous=2)


def test_distributions_for_every_answerable_type(emu: Emulator) -> None:
    made = world(emu, subjects=10)

    def answers(ctx: AnswerContext) -> Any:
        return {"T1": {"Black": 1.0, "White": 0.0, "Ginger": 0.0}, "T3": "Zebra",
                "T6": {"Peru": 1}, "T7": 7, "T8": {"Nothing here": 0},
                "T9": "Here"}.get(ctx.task_key, ctx.default())

    emu.simulate(made.workflow, volunteers=4, classifications=20, seed=6, answers=answers)
    for c in project_classifications(emu, made.project.id):
        by_task = {a["task"]: a["value"] for a in c["annotations"]}
        assert "T8" not in by_task  # the shortcut is never pressed
        assert by_task["T1"] == [0]
        assert [item["choice"] for item in by_task["T3"]] == ["ZEBRA"]
        assert by_task["T5"][0] == {"task": "T9", "value": "Here"}
        (peru,) = by_task["T6"]
        assert peru["option"] is True and peru["value"] == f"{zlib.crc32(b'Peru'):x}"
        assert by_task["T7"] == 7
