"""Relations with real semantics: set membership, retirement, classifications, copies."""

from __future__ import annotations

from emu_helpers import Api, make_project, make_world

from zoo_sdk.emulator import Emulator

META = {"started_at": "2024-01-01T00:00:00Z", "finished_at": "2024-01-01T00:01:00Z",
        "user_agent": "pytest", "user_language": "en", "workflow_version": "1.1"}


def test_set_membership_links(alice: Api) -> None:
    world = make_world(alice, subjects=3)
    sid = world["set"]["id"]
    sset = alice.get(f"/subject_sets/{sid}").json()["subject_sets"][0]
    assert sset["set_member_subjects_count"] == 3
    assert sset["links"]["workflows"] == [world["workflow"]["id"]]
    sms = alice.get("/set_member_subjects", params={"subject_set_id": sid}).json()
    assert sms["meta"]["set_member_subjects"]["count"] == 3
    assert sms["set_member_subjects"][0]["links"]["subject_set"] == sid
    again = alice.post(f"/subject_sets/{sid}/links/subjects", {"subjects": world["subjects"]})
    assert again.status_code == 200
    assert again.json()["subject_sets"][0]["set_member_subjects_count"] == 3
    removed = alice.delete(f"/subject_sets/{sid}/links/subjects/"
                           + ",".join(world["subjects"][:2]))
    assert removed.status_code == 204
    assert alice.get(f"/subject_sets/{sid}").json()["subject_sets"][0][
        "set_member_subjects_count"] == 1
    left = alice.get("/subjects", params={"subject_set_id": sid}).json()["subjects"]
    assert [s["id"] for s in left] == world["subjects"][2:]
    subject = alice.get(f"/subjects/{world['subjects'][2]}").json()["subjects"][0]
    assert subject["links"]["subject_sets"] == [sid]
    wf = alice.get(f"/workflows/{world['workflow']['id']}").json()["workflows"][0]
    assert wf["subjects_count"] == 1
    assert alice.delete(f"/workflows/{wf['id']}/links/subject_sets/{sid}").status_code == 204
    assert alice.get(f"/workflows/{wf['id']}").json()["workflows"][0]["links"][
        "subject_sets"] == []


def test_retire_and_unretire(alice: Api) -> None:
    world = make_world(alice, subjects=3)
    wid = world["workflow"]["id"]
    first, second, _ = world["subjects"]
    assert alice.post(f"/workflows/{wid}/retired_subjects",
                      {"subject_id": first, "retirement_reason": "consensus"}).status_code == 204
    assert alice.post(f"/workflows/{wid}/retired_subjects",
                      {"subject_ids": [second]}).status_code == 204
    assert alice.get(f"/workflows/{wid}").json()["workflows"][0][
        "retired_set_member_subjects_count"] == 2
    status = alice.get("/subject_workflow_statuses",
                       params={"subject_id": first, "workflow_id": wid}).json()
    row = status["subject_workflow_statuses"][0]
    assert row["retirement_reason"] == "consensus" and row["retired_at"]
    assert row["links"] == {"subject": first, "workflow": wid}
    assert alice.post(f"/workflows/{wid}/retired_subjects",
                      {"subject_id": first, "retirement_reason": "bogus"}).status_code == 422
    assert alice.post(f"/workflows/{wid}/unretire_subjects",
                      {"subject_ids": [first]}).status_code == 204
    assert alice.get(f"/workflows/{wid}").json()["workflows"][0][
        "retired_set_member_subjects_count"] == 1
    row = alice.get("/subject_workflow_statuses",
                    params={"subject_id": first}).json()["subject_workflow_statuses"][0]
    assert row["retired_at"] is None and row["retirement_reason"] is None


def test_classifications_count_and_auto_retire(alice: Api, anon: Api) -> None:
    world = make_world(alice, subjects=1)
    wid, pid, subject = world["workflow"]["id"], world["project"]["id"], world["subjects"][0]
    path = f"/workflows/{wid}"
    alice.put(path, {"workflows": {"retirement": {"criteria": "classification_count",
                                                  "options": {"count": 2}}}},
              etag=alice.get(path).headers["ETag"])
    body = {"annotations": [{"task": "T0", "value": 0}], "metadata": META,
            "links": {"project": pid, "workflow": wid, "subjects": [subject]}}
    created = alice.create("classifications", body)
    assert created["links"]["subjects"] == [subject] and created["links"]["user"] == "1"
    assert anon.post("/classifications", {"classifications": body}).status_code == 201
    wf = alice.get(path).json()["workflows"][0]
    assert wf["classifications_count"] == 2 and wf["retired_set_member_subjects_count"] == 1
    status = alice.get("/subject_workflow_statuses", params={"subject_id": subject}).json()
    assert status["subject_workflow_statuses"][0]["classifications_count"] == 2
    assert status["subject_workflow_statuses"][0]["retirement_reason"] == "classification_count"
    assert alice.get(f"/projects/{pid}").json()["projects"][0]["classifications_count"] == 2
    mine = alice.get("/classifications").json()
    assert len(mine["classifications"]) == 1 and mine["meta"]["classifications"]["count"] == 0
    recents = alice.get("/users/1/recents").json()["recents"]
    assert recents[0]["links"]["subject"] == subject
    missing = alice.post("/classifications", {"classifications": {
        **body, "metadata": {"user_agent": "x"}}})
    assert missing.status_code == 422


def test_linking_foreign_workflow_copies_it(alice: Api) -> None:
    world = make_world(alice, subjects=2)
    other = make_project(alice, name="Other")
    response = alice.post(f"/projects/{other['id']}/links/subject_sets",
                          {"subject_sets": [world["set"]["id"]]})
    assert response.status_code == 200
    copies = response.json()["projects"][0]["links"]["subject_sets"]
    assert len(copies) == 1 and copies[0] != world["set"]["id"]
    copy = alice.get(f"/subject_sets/{copies[0]}").json()["subject_sets"][0]
    assert copy["set_member_subjects_count"] == 2 and copy["links"]["project"] == other["id"]
    response = alice.post(f"/projects/{other['id']}/links/workflows",
                          {"workflows": [world["workflow"]["id"]]})
    assert response.json()["projects"][0]["links"]["workflows"] != [world["workflow"]["id"]]
    original = alice.get(f"/projects/{world['project']['id']}").json()["projects"][0]
    assert original["links"]["workflows"] == [world["workflow"]["id"]]


def test_collections_and_user_groups(emu: Emulator, alice: Api, bob: Api) -> None:
    world = make_world(alice, subjects=2)
    coll = bob.create("collections", {"display_name": "Favs", "private": True})
    assert bob.post(f"/collections/{coll['id']}/links/subjects",
                    {"subjects": world["subjects"]}).status_code == 200
    assert alice.get(f"/collections/{coll['id']}").status_code == 404
    listed = bob.get("/subjects", params={"collection_id": coll["id"]}).json()["subjects"]
    assert [s["id"] for s in listed] == world["subjects"]
    group = alice.create("user_groups", {"display_name": "Team"})
    assert alice.post(f"/user_groups/{group['id']}/links/users",
                      {"users": ["2"]}).status_code == 200
    members = alice.get("/memberships", params={"user_group_id": group["id"]}).json()
    assert {m["links"]["user"] for m in members["memberships"]} == {"1", "2"}
