"""emu.seed: users (roles, upload limits, whitelisting), projects, workflows with tasks, subject
sets and subjects, checked over HTTP as a client sees them."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from zoo_sdk.emulator import Emulator
from zoo_sdk.emulator.seeding import (
    SeedError,
    build_tasks,
    drawing,
    png,
    question,
    survey,
    text,
    tool,
)

from .helpers import api


@pytest.fixture
def emu() -> Iterator[Emulator]:
    with Emulator() as emulator:
        yield emulator


def test_users_with_limits_whitelisting_and_admins(emu: Emulator) -> None:
    alice = emu.seed.user("alice", "secret", subject_limit=2, display_name="Alice A.")
    bob = emu.seed.user("bob", "pw", upload_whitelist=True)
    root = emu.seed.user("root", "pw", admin=True)
    assert emu.add_user("carol", "pw", subject_limit=7) == "4"
    with api(emu, "alice", "secret") as client:
        me = client.get("/me").json()["users"][0]
    assert me["id"] == alice.id and me["subject_limit"] == 2 and me["display_name"] == "Alice A."
    with api(emu, "bob", "pw") as client:
        assert client.get("/me").json()["users"][0]["upload_whitelist"] is True
    with api(emu, "root", "pw") as client:
        assert client.get("/me").json()["users"][0]["admin"] is True
    assert root.admin and not bob.admin
    with pytest.raises(SeedError, match="exists"):
        emu.seed.user("alice", "other")
    assert emu.seed.user("alice", "new", exist_ok=True).id == alice.id
    api(emu, "alice", "new").close()  # the new password signs in
    with pytest.raises(ValueError, match="exists"):  # add_user keeps raising ValueError
        emu.add_user("bob", "pw")


def test_upload_limit_applies_to_http_uploads_but_not_to_seeding(emu: Emulator) -> None:
    emu.seed.user("alice", "secret", subject_limit=1)
    project = emu.seed.project(owner="alice")
    emu.seed.subjects(project, 3, uploader="alice")  # seeding is not limited
    with api(emu, "alice", "secret") as client:
        body = {"subjects": {"locations": [{"image/png": "https://example.org/a.png"}],
                             "metadata": {}, "links": {"project": project.id}}}
        refused = client.post("/subjects", json=body)
    assert refused.status_code == 403 and "maximum" in refused.text


def test_project_with_roles(emu: Emulator) -> None:
    emu.seed.users(3)
    project = emu.seed.project(owner="volunteer1", display_name="Galaxy Zoo", live=True,
                               tags=["space"], collaborators={"volunteer2": ["collaborator"],
                                                              "volunteer3": ["expert"]})
    assert project.slug == "volunteer1/galaxy-zoo" and project.owner == "volunteer1"
    with api(emu, "volunteer2", "password") as client:
        shown = client.get(f"/projects/{project.id}").json()["projects"][0]
        roles = client.get("/project_roles", params={"project_id": project.id}).json()
        # a collaborator may edit the project
        etag = client.get(f"/projects/{project.id}").headers["ETag"]
        edited = client.put(f"/projects/{project.id}", json={"projects": {"description": "x"}},
                            headers={"If-Match": etag})
    assert shown["live"] is True and shown["tags"] == ["space"]
    assert sorted(tuple(r["roles"]) for r in roles["project_roles"]) == [
        ("collaborator",), ("expert",), ("owner",)]
    assert edited.status_code == 200
    assert emu.seed.role(project, "volunteer3", ["scientist"]) == emu.seed.role(
        project, "volunteer3", "moderator")
    with pytest.raises(SeedError, match="no user 'nobody'"):
        emu.seed.project(owner="nobody")


def test_workflow_tasks_are_keyed_and_chained(emu: Emulator) -> None:
    world = emu.seed.world("alice", [
        question("Cat?", ["Yes", "No"], shortcut=["Nothing here"]),
        drawing("Mark", [tool("point", "Eye"), ("rectangle", "Box")]),
        text("Notes"),
    ], subjects=3, retirement=5)
    with api(emu, "alice", "password") as client:
        wf = client.get(f"/workflows/{world.workflow.id}").json()["workflows"][0]
        sets = client.get("/subject_sets", params={"workflow_id": wf["id"]}).json()
    assert wf["first_task"] == "T0" and sorted(wf["tasks"]) == ["T0", "T1", "T2", "T3"]
    assert [a["next"] for a in wf["tasks"]["T0"]["answers"]] == ["T1", "T1"]
    assert wf["tasks"]["T0"]["unlinkedTask"] == "T3" and wf["tasks"]["T3"]["type"] == "shortcut"
    assert wf["tasks"]["T1"]["next"] == "T2" and "next" not in wf["tasks"]["T2"]
    assert wf["retirement"] == {"criteria": "classification_count", "options": {"count": 5}}
    assert [s["id"] for s in sets["subject_sets"]] == [world.subject_set.id]
    assert wf["subjects_count"] == 3
    tasks, first = build_tasks({"A": {"type": "text"}})
    assert (tasks, first) == ({"A": {"type": "text"}}, "A")
    with pytest.raises(SeedError, match="unknown drawing tool 'blob'"):
        tool("blob", "x")
    assert survey(["Red fox"])["choicesOrder"] == ["REDFOX", "NOTHINGHERE"]


def test_subjects_from_counts_urls_bytes_and_files(emu: Emulator, tmp_path: Path) -> None:
    project = emu.seed.project(owner=emu.seed.user("alice", "secret"))
    image = tmp_path / "frame.png"
    image.write_bytes(png(30, 20))
    made = emu.seed.subject_set(project, "Mixed", subjects=[
        {"locations": ["https://example.org/a.jpg"], "metadata": {"name": "remote"}},
        {"locations": [png(12, 8), image], "metadata": {"name": "two frames"}},
        png(5, 5),
    ])
    generated = emu.seed.subject_set(project, subjects=4)
    assert generated.display_name == "Subject set 1" and len(generated.subject_ids) == 4
    with api(emu, "alice", "secret") as client:
        subjects = client.get("/subjects", params={"subject_set_id": made.id}).json()["subjects"]
        counted = client.get(f"/subject_sets/{made.id}").json()["subject_sets"][0]
    assert counted["set_member_subjects_count"] == 3
    remote, frames, small = subjects
    assert remote["locations"] == [{"image/jpeg": "https://example.org/a.jpg"}]
    assert [list(loc) for loc in frames["locations"]] == [["image/png"], ["image/png"]]
    for loc in frames["locations"] + small["locations"]:
        served = httpx.get(loc["image/png"])  # served by this emulator
        assert served.status_code == 200 and served.content[:4] == b"\x89PNG"
        assert loc["image/png"].startswith(emu.url + "/blobs/")
    assert frames["metadata"] == {"name": "two frames"}
    with pytest.raises(SeedError, match="locations"):
        emu.seed.subjects(project, [{"locations": []}])
    with pytest.raises(SeedError, match="not bogus"):
        emu.seed.subjects(project, [{"locations": ["https://x.org/a.png"], "bogus": 1}])


def test_seeding_before_start_points_at_the_running_emulator() -> None:
    emu = Emulator()
    world = emu.seed.world("alice", subjects=2)
    with emu:
        with api(emu, "alice", "password") as client:
            subject = client.get(f"/subjects/{world.subject_ids[0]}").json()["subjects"][0]
        url = subject["locations"][0]["image/png"]
        assert url.startswith(emu.url + "/blobs/")
        assert httpx.get(url).status_code == 200


def test_refusals_are_seed_errors(emu: Emulator) -> None:
    project = emu.seed.project(owner=emu.seed.user("alice"))
    emu.seed.subject_set(project, "Same")
    with pytest.raises(SeedError, match=r"refused it \(400\).*already been taken"):
        emu.seed.subject_set(project, "Same")
    with pytest.raises(SeedError, match="no project '99'"):
        emu.seed.workflow("99")
    with pytest.raises(SeedError, match="retirement"):
        emu.seed.workflow(project, retirement=0)
