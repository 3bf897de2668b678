"""Panoptes HTTP conventions: headers, envelopes, paging, filters, includes, ETags, errors."""

from __future__ import annotations

import httpx
import pytest
from emu_helpers import ACCEPT, Api, make_project, make_world

from zoo_sdk.emulator import Emulator
from zoo_sdk.emulator.registry import TYPES


def test_missing_accept_header_is_404(emu: Emulator) -> None:
    response = httpx.get(emu.url + "/api/projects")
    assert response.status_code == 404
    assert response.json()["errors"][0]["message"]


def test_write_without_json_content_type_is_415(emu: Emulator, alice: Api) -> None:
    response = alice.client.post("/projects", content=b"x", headers={"Content-Type": "text/plain"})
    assert response.status_code == 415
    assert "Content-Type" in response.json()["errors"][0]["message"]
    ok = alice.client.post("/projects", json={"projects": {}},
                           headers={"Content-Type": "application/vnd.api+json; version=1"})
    assert ok.status_code == 422


def test_patch_is_501(alice: Api) -> None:
    response = alice.client.patch("/projects/1", json={})
    assert response.status_code == 501
    assert response.json() == {"errors": [{"message": "PATCH Requests are not currently "
                                                      "supported"}]}


def test_malformed_json_is_400(alice: Api) -> None:
    response = alice.client.post("/projects", content=b"{nope")
    assert response.status_code == 400
    assert "problem in the JSON" in response.json()["errors"][0]["message"]


def test_create_201_location_etag_and_envelope(emu: Emulator, alice: Api) -> None:
    response = alice.post("/projects", {"projects": {
        "display_name": "Galaxy", "description": "d", "primary_language": "en",
        "private": False}})
    assert response.status_code == 201
    body = response.json()
    project = body["projects"][0]
    assert isinstance(project["id"], str)
    assert response.headers["Location"] == f"{emu.url}/api/projects/{project['id']}"
    assert response.headers["ETag"]
    assert response.headers["content-type"].startswith("application/vnd.api+json")
    assert project["href"] == f"/projects/{project['id']}"
    assert project["links"]["owner"]["type"] == "users"
    assert project["links"]["workflows"] == []
    assert body["links"]["projects.workflows"]["href"] == "/workflows?project_id={projects.id}"
    assert body["meta"]["projects"]["count"] == 1
    roles = alice.get("/project_roles", params={"project_id": project["id"]}).json()
    assert roles["project_roles"][0]["roles"] == ["owner"]


def test_paging_meta_and_hrefs(alice: Api) -> None:
    for i in range(5):
        make_project(alice, name=f"P{i}")
    body = alice.get("/projects", params={"page_size": 2, "page": 2}).json()
    meta = body["meta"]["projects"]
    assert [p["display_name"] for p in body["projects"]] == ["P2", "P3"]
    assert meta["page"] == 2 and meta["page_size"] == 2 and meta["count"] == 5
    assert meta["page_count"] == 3 and meta["previous_page"] == 1 and meta["next_page"] == 3
    assert meta["next_href"] == "/projects?page=3&page_size=2"
    assert meta["first_href"] == "/projects?page_size=2"
    assert meta["last_href"] == "/projects?page=3&page_size=2"
    assert alice.get("/projects", params={"page_size": 0}).status_code == 422


@pytest.mark.tolerated_requests  # the spec asks for page_size <= 100; the server clamps larger
def test_page_size_above_the_maximum_is_clamped(alice: Api) -> None:
    assert alice.get("/projects", params={"page_size": 500}).json()["meta"]["projects"][
        "page_size"] == 100
    assert alice.get("/projects").json()["meta"]["projects"]["page_size"] == 20


def test_sort_and_filters(alice: Api) -> None:
    world = make_world(alice, subjects=4)
    sid = world["set"]["id"]
    body = alice.get("/subjects", params={"subject_set_id": sid, "sort": "-id"}).json()
    assert [s["id"] for s in body["subjects"]] == sorted(world["subjects"], key=int,
                                                         reverse=True)
    assert body["meta"]["subjects"]["next_href"] is None
    two = ",".join(world["subjects"][:2])
    assert len(alice.get("/subjects", params={"id": two}).json()["subjects"]) == 2
    assert len(alice.get("/subjects", params={"ids": two}).json()["subjects"]) == 2
    workflows = alice.get("/workflows", params={"subject_set_id": sid}).json()["workflows"]
    assert [w["id"] for w in workflows] == [world["workflow"]["id"]]
    sets = alice.get("/subject_sets", params={"workflow_id": world["workflow"]["id"]}).json()
    assert [s["id"] for s in sets["subject_sets"]] == [sid]
    by_project = alice.get("/subject_sets", params={"project_id": world["project"]["id"]})
    assert by_project.json()["meta"]["subject_sets"]["count"] == 1
    assert alice.get("/subjects", params={"workflow_id": world["workflow"]["id"]}).json()[
        "meta"]["subjects"]["count"] == 4


def test_include_and_bad_include(alice: Api) -> None:
    world = make_world(alice, subjects=1)
    body = alice.get(f"/workflows/{world['workflow']['id']}",
                     params={"include": "project,subject_sets"}).json()
    assert body["linked"]["projects"][0]["id"] == world["project"]["id"]
    assert body["linked"]["subject_sets"][0]["id"] == world["set"]["id"]
    assert body["meta"]["workflows"]["include"] == ["project", "subject_sets"]
    bad = alice.get("/workflows", params={"include": "nope"})
    assert bad.status_code == 422


def test_etag_if_match_update_and_delete(alice: Api) -> None:
    project = make_project(alice)
    path = f"/projects/{project['id']}"
    shown = alice.get(path)
    etag = shown.headers["ETag"]
    assert alice.get(path).headers["ETag"] == etag
    body = {"projects": {"description": "new"}}
    assert alice.put(path, body).status_code == 428
    assert alice.put(path, body, etag='"stale"').status_code == 412
    updated = alice.put(path, body, etag=etag.removeprefix("W/"))
    assert updated.status_code == 200 and updated.json()["projects"][0]["description"] == "new"
    new_etag = alice.get(path).headers["ETag"]
    assert new_etag != etag and updated.headers["ETag"] == new_etag
    assert alice.delete(path).status_code == 428
    assert alice.delete(path, etag=etag).status_code == 412
    assert alice.delete(path, etag=new_etag).status_code == 204
    assert alice.get(path).status_code == 404


def test_validation_errors(alice: Api) -> None:
    assert alice.post("/projects", {"project": {}}).status_code == 422
    missing = alice.post("/projects", {"projects": {"display_name": "x"}})
    assert missing.status_code == 422
    unknown = alice.post("/projects", {"projects": {
        "display_name": "x", "description": "d", "primary_language": "en", "private": False,
        "bogus": 1}})
    assert unknown.status_code == 422 and "bogus" in unknown.json()["errors"][0]["message"]
    bad_link = alice.post("/workflows", {"workflows": {
        "display_name": "w", "primary_language": "en", "links": {"project": "999"}}})
    assert bad_link.status_code == 422
    assert "Couldn't find linked" in bad_link.json()["errors"][0]["message"]
    project = make_project(alice)
    alice.create("subject_sets", {"display_name": "dup", "links": {"project": project["id"]}})
    dup = alice.post("/subject_sets", {"subject_sets": {"display_name": "dup",
                                                        "links": {"project": project["id"]}}})
    assert dup.status_code == 400
    link = alice.post(f"/projects/{project['id']}/links/workflows", {"subject_sets": []})
    assert link.status_code == 422


def test_no_count_resources(alice: Api) -> None:
    world = make_world(alice, subjects=2)
    alice.post(f"/workflows/{world['workflow']['id']}/retired_subjects",
               {"subject_ids": world["subjects"]})
    meta = alice.get("/subject_workflow_statuses").json()["meta"]["subject_workflow_statuses"]
    assert meta["count"] == 0 and meta["page_count"] == 0 and meta["next_page"] == 2


@pytest.mark.parametrize("plural", sorted(p for p, t in TYPES.items() if t.routed))
def test_every_routed_resource_indexes(emu: Emulator, alice: Api, plural: str) -> None:
    params = {"translated_type": "project"} if plural == "translations" else {}
    response = alice.get(f"/{plural}", params=params)
    assert response.status_code == 200, response.text
    body = response.json()
    assert body[plural] == [] or isinstance(body[plural], list)
    assert plural in body["meta"] and "links" in body


def test_generic_resources_crud(alice: Api, bob: Api) -> None:
    world = make_world(alice, subjects=1)
    pid = world["project"]["id"]
    guide = alice.create("field_guides", {"items": [{"title": "t", "content": "c"}],
                                          "links": {"project": pid}})
    tutorial = alice.create("tutorials", {"steps": [], "display_name": "T",
                                          "links": {"project": pid,
                                                    "workflows": [world["workflow"]["id"]]}})
    assert tutorial["links"]["workflows"] == [world["workflow"]["id"]]
    collection = bob.create("collections", {"display_name": "Mine", "private": False,
                                            "links": {"subjects": world["subjects"]}})
    assert collection["links"]["subjects"] == world["subjects"]
    org = alice.create("organizations", {"display_name": "Org", "primary_language": "en"})
    assert alice.post(f"/organizations/{org['id']}/links/projects",
                      {"projects": [pid]}).status_code == 200
    assert alice.get("/projects", params={"organization_id": org["id"]}).json()[
        "projects"][0]["id"] == pid
    role = alice.post("/project_roles", {"project_roles": {
        "roles": ["collaborator"], "links": {"project": pid, "user": "2"}}})
    assert role.status_code == 201
    pref = bob.create("project_preferences", {"preferences": {"a": 1}, "links": {"project": pid}})
    assert pref["links"]["user"] == "2"
    guide_path = f"/field_guides/{guide['id']}"
    etag = alice.get(guide_path).headers["ETag"]
    assert alice.delete(guide_path, etag=etag).status_code == 204
    assert alice.get("/workflow_versions", params={"workflow_id": world["workflow"]["id"]}
                     ).json()["workflow_versions"][0]["links"]["workflow"] == world[
        "workflow"]["id"]
    assert alice.get("/me").json()["users"][0]["login"] == "alice"
    assert alice.get("/users", params={"login": "BOB"}).json()["users"][0]["id"] == "2"
    assert "email" not in alice.get("/users/2").json()["users"][0]
    page = alice.post(f"/projects/{pid}/pages", {"project_pages": {"url_key": "science",
                                                                   "title": "S"}})
    assert page.status_code == 201
    assert alice.get(f"/projects/{pid}/pages").json()["project_pages"][0]["url_key"] == "science"


def test_accept_header_value(emu: Emulator) -> None:
    assert httpx.get(emu.url + "/api/projects", headers={"Accept": ACCEPT}).status_code == 200
    assert httpx.get(emu.url + "/api/projects",
                     headers={"Accept": "application/json"}).status_code == 404
