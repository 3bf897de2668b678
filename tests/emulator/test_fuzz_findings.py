"""Regressions of a schemathesis run against the emulator's Panoptes API, each as the real server
answers it (see /work/shared/api-facts and the panoptes source the facts were read from)."""

from __future__ import annotations

import httpx
import pytest
from emu_helpers import ACCEPT, Api, make_project, make_world, token_for

from zoo_sdk.emulator import Emulator

JSON_404 = {"errors": [{"message": "Not Found"}]}


# ----- 1. a null default subject: 422 (check_relation), never a 500 --------------------------


def test_null_default_subject_is_422_and_the_connection_survives(alice: Api) -> None:
    world = make_world(alice, subjects=2)
    collection = alice.create("collections", {"display_name": "C",
                                              "links": {"subjects": world["subjects"]}})
    path = f"/collections/{collection['id']}/links/default_subject"
    for body in ({"default_subject": None}, {}, {"default_subject": []}):
        refused = alice.post(path, body)
        assert refused.status_code == 422, (body, refused.text)
        assert refused.headers["content-type"] == ACCEPT
    assert alice.post(path, {"default_subject": None}).json() == {"errors": [{
        "message": "Link relation default_subject must match body key"}]}
    # the same keep-alive connection still serves the next requests
    chosen = alice.post(path, {"default_subject": world["subjects"][1]})
    assert chosen.status_code == 200
    assert chosen.json()["collections"][0]["default_subject_src"] == "https://x.org/1.png"
    as_integer = alice.post(path, {"default_subject": int(world["subjects"][0])})
    assert as_integer.json()["collections"][0]["default_subject_src"] == "https://x.org/0.png"
    assert alice.delete(f"{path}/{world['subjects'][0]}").status_code == 204


def test_null_published_version_is_422(alice: Api) -> None:
    world = make_world(alice, subjects=1)
    response = alice.post(f"/workflows/{world['workflow']['id']}/links/published_version",
                          {"published_version": None})
    assert response.status_code == 422
    assert "must match body key" in response.json()["errors"][0]["message"]


# ----- 2. classifications/subjects exports: only the parent's editors see them ---------------


def test_private_exports_are_404_for_anonymous_and_other_users(alice: Api, bob: Api,
                                                               anon: Api) -> None:
    world = make_world(alice, subjects=1)
    pid, wid, sid = world["project"]["id"], world["workflow"]["id"], world["set"]["id"]
    private = {f"/projects/{pid}/classifications_export": "No classifications_export exists "
                                                          f"for project #{pid}",
               f"/projects/{pid}/subjects_export": f"No subjects_export exists for project #{pid}",
               f"/workflows/{wid}/classifications_export": "No classifications_export exists "
                                                           f"for workflow #{wid}",
               f"/subject_sets/{sid}/classifications_export": "No classifications_export exists "
                                                              f"for subject_set #{sid}"}
    for path in [*private, f"/projects/{pid}/workflows_export"]:
        assert alice.post(path, {}).status_code == 201, path
    for path, message in private.items():
        assert alice.get(path).status_code == 200, path
        for caller in (anon, bob):
            hidden = caller.get(path)
            assert hidden.status_code == 404, (path, hidden.text)
            assert hidden.json() == {"errors": [{"message": message}]}
            assert "src" not in hidden.text
            assert caller.client.head(path).status_code == 404
    # the workflows export is public like the project
    assert anon.get(f"/projects/{pid}/workflows_export").status_code == 200


# ----- 3. translations need translated_id ------------------------------------------------------


def test_translation_needs_translated_id(alice: Api, bob: Api, emu: Emulator) -> None:
    project = make_project(alice)
    body = {"translations": {"language": "fr", "strings": {"display_name": "Galaxie"}}}
    missing = alice.post("/translations?translated_type=project", body)
    assert missing.status_code == 422
    assert "translated_id" in missing.json()["errors"][0]["message"]
    query = f"/translations?translated_type=project&translated_id={project['id']}"
    created = alice.post(query, body)
    assert created.status_code == 201, created.text
    translation = created.json()["translations"][0]
    assert translation["translated_type"] == "Project"
    assert translation["translated_id"] == project["id"]
    assert translation["links"]["project"] == project["id"]
    listed = alice.get("/translations", params={"translated_type": "project"}).json()
    assert [t["id"] for t in listed["translations"]] == [translation["id"]]
    primary = alice.post(query, {"translations": {"language": "en", "strings": {}}})
    assert primary.status_code == 404
    outsider = bob.post(query, {"translations": {"language": "de", "strings": {}}})
    assert outsider.status_code == 404
    bob_id = alice.get("/users", params={"login": "bob"}).json()["users"][0]["id"]
    alice.create("project_roles", {"roles": ["translator"],
                                   "links": {"project": project["id"], "user": bob_id}})
    assert bob.post(query, {"translations": {"language": "de", "strings": {}}}).status_code == 201


# ----- 4. unroutable paths: the catch-all's JSON 404 -------------------------------------------


@pytest.mark.parametrize("method,path", [
    ("GET", "/api/nope"), ("GET", "/api/projects/1/bogus"), ("GET", "/api/projects/abc"),
    ("GET", "/api/projects/%0A"), ("GET", "/api/projects/1%0A/avatar"), ("DELETE", "/api/projects"),
    ("TRACE", "/api/projects"), ("GET", "/nope"), ("PUT", "/users/sign_in"),
    ("GET", "/oauth/nothing"), ("POST", "/health_check"),
])
def test_unroutable_paths_answer_the_json_404(emu: Emulator, method: str, path: str) -> None:
    response = httpx.request(method, emu.url + path, headers={"Accept": ACCEPT})
    assert response.status_code == 404
    assert response.json() == JSON_404
    assert response.headers["content-type"] == ACCEPT
    assert "allow" not in response.headers
    plain = httpx.request(method, emu.url + path, headers={"Accept": "application/json"})
    assert plain.status_code == 404 and plain.json() == JSON_404
    assert plain.headers["content-type"].startswith("application/json")


def test_api_without_the_versioned_accept_is_the_same_404(emu: Emulator) -> None:
    response = httpx.get(emu.url + "/api/projects", headers={"Accept": "application/json"})
    assert (response.status_code, response.json()) == (404, JSON_404)


# ----- 5. OPTIONS: not routed (404, no Allow); CORS preflights answered by rack-cors -----------


@pytest.mark.parametrize("path", ["/api/projects", "/api/projects/1", "/api",
                                  "/api/collections/1/links/subjects", "/oauth/token"])
def test_options_is_a_404_without_allow(alice: Api, emu: Emulator, path: str) -> None:
    response = httpx.options(emu.url + path, headers={"Accept": ACCEPT})
    assert response.status_code == 404
    assert response.json() == JSON_404
    assert "allow" not in response.headers


def test_cors_preflight_is_200_with_the_cors_headers(emu: Emulator) -> None:
    preflight = {"Origin": "https://www.zooniverse.org", "Access-Control-Request-Method": "PUT",
                 "Access-Control-Request-Headers": "authorization, if-match"}
    response = httpx.options(emu.url + "/api/projects/1", headers=preflight)
    assert response.status_code == 200 and response.content == b""
    assert response.headers["access-control-allow-origin"] == "*"
    assert response.headers["access-control-allow-methods"] == \
        "DELETE, GET, POST, OPTIONS, PUT, HEAD"
    assert response.headers["access-control-allow-headers"] == "authorization, if-match"
    assert response.headers["access-control-expose-headers"] == "ETag, X-CSRF-Param, X-CSRF-Token"
    assert "allow" not in response.headers
    refused = httpx.options(emu.url + "/api/projects", headers={
        **preflight, "Access-Control-Request-Method": "PATCH"})
    assert refused.status_code == 200 and "access-control-allow-origin" not in refused.headers
    local = httpx.options(emu.url + "/users/sign_in", headers={
        "Origin": "http://localhost:3000", "Access-Control-Request-Method": "POST"})
    assert local.headers["access-control-allow-origin"] == "http://localhost:3000"
    assert local.headers["access-control-allow-credentials"] == "true"
    foreign = httpx.options(emu.url + "/users/sign_in", headers={
        "Origin": "https://example.com", "Access-Control-Request-Method": "POST"})
    assert foreign.status_code == 200 and "access-control-allow-origin" not in foreign.headers


# ----- 6. reads that need a token answer 401 to anonymous callers ------------------------------


@pytest.mark.parametrize("path", ["/me", "/aggregations", "/aggregations/1", "/classifications",
                                  "/classifications/1", "/classifications/incomplete",
                                  "/classifications/project", "/workflow_versions",
                                  "/workflow_versions/1", "/subject_set_imports",
                                  "/subject_set_imports/1"])
def test_doorkeeper_guarded_reads_are_an_empty_401(emu: Emulator, anon: Api, path: str) -> None:
    response = anon.get(path)
    assert response.status_code == 401
    assert response.content == b""
    assert response.headers["www-authenticate"].startswith('Bearer realm="Doorkeeper"')
    assert Api(emu, "not-a-token").get(path).status_code == 401


@pytest.mark.parametrize("path", ["/memberships", "/memberships/1", "/project_preferences",
                                  "/project_preferences/1", "/collection_preferences",
                                  "/project_preferences/read_settings?project_id=1"])
def test_login_guarded_reads_are_the_json_401(anon: Api, path: str) -> None:
    response = anon.get(path)
    assert response.status_code == 401
    assert response.json() == {"errors": [{
        "message": "You must be logged in to access this resource."}]}


def test_guarded_reads_work_with_a_token_and_gold_standard_is_public(alice: Api,
                                                                     anon: Api) -> None:
    make_world(alice, subjects=1)
    for path in ("/aggregations", "/classifications", "/workflow_versions",
                 "/subject_set_imports", "/memberships", "/project_preferences",
                 "/collection_preferences"):
        assert alice.get(path).status_code == 200, path
    assert anon.get("/classifications/gold_standard").status_code == 200


def test_inaturalist_import_checks_the_subject_set_and_the_caller(alice: Api, bob: Api,
                                                                  anon: Api) -> None:
    world = make_world(alice, subjects=1)
    body = {"taxon_id": "47219", "subject_set_id": world["set"]["id"]}
    assert anon.post("/inaturalist/import", body).status_code == 403
    denied = bob.post("/inaturalist/import", body)
    assert denied.status_code == 403
    assert denied.json()["errors"][0]["message"] == "Must be owner or collaborator to import"
    assert alice.post("/inaturalist/import", {**body, "subject_set_id": "999"}).status_code == 404
    accepted = alice.post("/inaturalist/import", body)
    assert (accepted.status_code, accepted.json()) == (200, {})


# ----- 6. constraints the server enforces, now in the spec -------------------------------------


def test_empty_bodies_and_unknown_keys(alice: Api) -> None:
    project = make_project(alice)
    path = f"/projects/{project['id']}"
    etag = alice.get(path).headers["ETag"]
    empty = alice.put(path, {"projects": {}}, etag=etag)
    assert empty.status_code == 422
    assert empty.json()["errors"][0]["message"] == \
        "param is missing or the value is empty: projects"
    assert alice.post("/subjects", {"subjects": []}).status_code == 422
    unknown = alice.put(path, {"projects": {"description": "x", "bogus": 1}}, etag=etag)
    assert unknown.status_code == 422 and "bogus" in unknown.text
    # top-level keys besides the resource key are ordinary params the controller never reads
    extra = alice.post("/projects", {"projects": {
        "display_name": "Other", "description": "d", "primary_language": "en", "private": False},
        "note": "ignored"})
    assert extra.status_code == 201, extra.text


def test_content_types_outside_the_allow_lists_are_400(alice: Api) -> None:
    project = make_project(alice)
    avatar = alice.post(f"/projects/{project['id']}/avatar", {"media": {
        "content_type": "image/webp"}})
    assert avatar.status_code == 400
    assert avatar.json()["errors"][0]["message"].startswith(
        "Validation failed: Content type Invalid file type.")
    export = alice.post(f"/projects/{project['id']}/subjects_export", {"media": {
        "content_type": "text/plain"}})
    assert export.status_code == 400
    assert "exports must be one of text/csv" in export.json()["errors"][0]["message"]
    missing = alice.get(f"/projects/{project['id']}/avatar")
    assert missing.json() == {"errors": [{
        "message": f"No avatar exists for project #{project['id']}"}]}


def test_blank_retirement_reason_is_nothing_here(alice: Api) -> None:
    world = make_world(alice, subjects=1)
    wid = world["workflow"]["id"]
    response = alice.post(f"/workflows/{wid}/retired_subjects",
                          {"subject_id": world["subjects"][0], "retirement_reason": "blank"})
    assert response.status_code == 204
    status = alice.get("/subject_workflow_statuses", params={"workflow_id": wid}).json()
    assert status["subject_workflow_statuses"][0]["retirement_reason"] == "nothing_here"


def test_copy_of_a_non_template_is_405_with_the_server_message(alice: Api) -> None:
    project = make_project(alice)
    response = alice.post(f"/projects/{project['id']}/copy", {})
    assert response.status_code == 405
    assert "can not be copied" in response.json()["errors"][0]["message"]


# ----- 7. what real clients send: integer ids, empty search= and login= ------------------------


def test_integer_ids_in_bodies_are_accepted(alice: Api) -> None:
    world = make_world(alice, subjects=3)
    pid = int(world["project"]["id"])
    subjects = [int(s) for s in world["subjects"]]
    workflow = alice.post("/workflows", {"workflows": {
        "display_name": "W2", "primary_language": "en", "links": {"project": pid}}})
    assert workflow.status_code == 201, workflow.text
    sset = alice.post("/subject_sets", {"subject_sets": {
        "display_name": "S2", "links": {"project": pid, "subjects": subjects[:1]}}})
    assert sset.status_code == 201, sset.text
    linked = alice.post(f"/subject_sets/{sset.json()['subject_sets'][0]['id']}/links/subjects",
                        {"subjects": subjects[1:]})
    assert linked.status_code == 200
    assert alice.post(f"/workflows/{world['workflow']['id']}/retired_subjects",
                      {"subject_ids": subjects[:2]}).status_code == 204
    assert alice.post(f"/workflows/{world['workflow']['id']}/unretire_subjects",
                      {"subject_id": subjects[0]}).status_code == 204
    subject = alice.post("/subjects", {"subjects": {
        "locations": [{"image/png": "https://x.org/new.png"}],
        "links": {"project": pid, "subject_sets": [int(world["set"]["id"])]}}})
    assert subject.status_code == 201, subject.text


def test_empty_search_and_login_are_accepted(alice: Api) -> None:
    make_project(alice)
    assert len(alice.get("/projects", params={"search": ""}).json()["projects"]) == 1
    assert len(alice.get("/users", params={"search": ""}).json()["users"]) >= 2
    by_login = alice.get("/users", params={"login": ""})
    assert by_login.status_code == 200 and by_login.json()["users"] == []
    assert alice.get("/collections", params={"search": ""}).status_code == 200


@pytest.mark.tolerated_requests  # the spec types page/page_size as integers
def test_paging_params_read_like_rubys_to_i(alice: Api) -> None:
    make_project(alice)
    loose = alice.get("/projects", params={"page": "null", "page_size": "2x"})
    assert loose.status_code == 200
    assert loose.json()["meta"]["projects"]["page"] == 1
    assert loose.json()["meta"]["projects"]["page_size"] == 2
    assert alice.get("/projects", params={"page_size": "abc"}).status_code == 422
    assert alice.get("/projects", params={"page_size": "-3"}).json()[
        "meta"]["projects"]["page_size"] == 20


def test_a_deleted_user_keeps_owner_links_and_loses_the_token(emu: Emulator, alice: Api,
                                                              anon: Api) -> None:
    project = make_project(alice)
    me = alice.get("/me").json()["users"][0]
    assert alice.delete(f"/users/{me['id']}", etag=alice.get(f"/users/{me['id']}")
                        .headers["ETag"]).status_code == 204
    assert alice.get("/me").status_code == 401
    assert anon.get(f"/users/{me['id']}").status_code == 404
    owner = anon.get(f"/projects/{project['id']}").json()["projects"][0]["links"]["owner"]
    assert owner["id"] == me["id"]
    response = httpx.post(emu.url + "/oauth/token", data={
        "grant_type": "password", "client_id": emu.client_id, "login": "alice",
        "password": "secret"})
    assert response.status_code == 401
    with pytest.raises(AssertionError):
        token_for(emu, "alice", "secret")


def test_anonymous_media_and_page_writes_are_401_before_any_lookup(alice: Api,
                                                                  anon: Api) -> None:
    project = make_project(alice)
    pid = project["id"]
    for method, path in (("DELETE", f"/projects/{pid}/avatar"),
                         ("DELETE", f"/projects/{pid}/attached_images/999"),
                         ("DELETE", f"/projects/{pid}/pages/999"),
                         ("DELETE", f"/projects/{pid}/classifications_export"),
                         ("POST", f"/projects/{pid}/workflow_contents_export"),
                         ("DELETE", "/projects/999/avatar")):
        response = anon.client.request(method, path, headers={"If-Match": "*"},
                                       json={} if method == "POST" else None)
        assert response.status_code == 401, (method, path, response.text)
    assert alice.post(f"/projects/{pid}/workflow_contents_export", {}).status_code == 410


def test_url_items_must_be_label_url_objects(alice: Api) -> None:
    bad = alice.post("/organizations", {"organizations": {"display_name": "O",
                                                          "urls": [True]}})
    assert bad.status_code == 422
    assert "'#/urls/0'" in bad.json()["errors"][0]["message"]
    no_label = alice.post("/organizations", {"organizations": {
        "display_name": "O", "urls": [{"url": "https://x.org"}]}})
    assert no_label.status_code == 422
    good = alice.post("/organizations", {"organizations": {
        "display_name": "O", "urls": [{"label": "Blog", "url": "https://x.org"}]}})
    assert good.status_code == 201, good.text


def test_sign_in_with_a_wrong_csrf_token_is_not_remembered(emu: Emulator) -> None:
    with httpx.Client(base_url=emu.url, headers={"Accept": "application/json"}) as client:
        client.get("/users/sign_in")
        signed = client.post("/users/sign_in", json={"authenticity_token": "forged", "user": {
            "login": "alice", "password": "secret"}})
        assert signed.status_code == 200  # null_session: the request runs, the session is empty
        assert signed.json()["users"][0]["login"] == "alice"
        token = client.post("/oauth/token", data={"grant_type": "password",
                                                  "client_id": emu.client_id})
        assert token.status_code == 401


# ----- deeper fuzzing (make fuzz): huge pages, non-ASCII passwords, %0A under the mounts -----


def test_a_page_number_beyond_any_machine_integer_is_an_empty_page(alice: Api) -> None:
    make_world(alice, subjects=1)
    for path in ("/subject_workflow_statuses", "/classifications/gold_standard", "/projects"):
        response = alice.get(path, params={"page": "9087904212857697177957763645440"})
        assert response.status_code == 200, (path, response.text)
        assert response.json()[path.strip("/").split("/")[0]] == []


def test_a_non_ascii_password_is_a_refused_sign_in(emu: Emulator) -> None:
    response = httpx.post(emu.url + "/oauth/token", data={
        "grant_type": "password", "client_id": emu.client_id, "login": "alice",
        "password": "é"})
    assert response.status_code in (400, 401), response.text
    assert response.json().get("error") == "invalid_grant"


def test_a_newline_in_a_caesar_or_crowdflower_path_gets_that_apis_404(emu: Emulator) -> None:
    cf = httpx.get(f"{emu.crowdflower_url}/jobs/%0A1.json", params={"key": emu.crowdflower_key})
    assert cf.status_code == 404 and "message" in cf.json()["error"]
    caesar = httpx.get(f"{emu.caesar_url}/workflows/%0A1", headers={"Accept": "application/json"})
    assert caesar.status_code == 404 and caesar.json() == {"status": 404, "error": "Not Found"}
