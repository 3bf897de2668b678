"""Sign-in, OAuth grants, refresh, expiry, revocation and permissions."""

from __future__ import annotations

import time

import httpx
from emu_helpers import ACCEPT, Api, make_project, make_world, token_for

from zoo_sdk.emulator import Emulator


def test_sign_in_flow_then_password_grant_by_cookie(emu: Emulator) -> None:
    with httpx.Client(base_url=emu.url) as client:
        page = client.get("/users/sign_in", headers={"Accept": "application/json"})
        csrf = page.headers["X-CSRF-Token"]
        assert page.status_code == 200 and csrf
        bad = client.post("/users/sign_in", json={"authenticity_token": csrf, "user": {
            "login": "alice", "password": "wrong", "remember_me": True}})
        assert bad.status_code == 401
        assert bad.json() == {"error": "Invalid login or password."}
        ok = client.post("/users/sign_in", json={"authenticity_token": csrf, "user": {
            "login": "alice", "password": "secret", "remember_me": True}})
        assert ok.status_code == 200
        user = ok.json()["users"][0]
        assert user["login"] == "alice" and user["email"] == "alice@example.org"
        token = client.post("/oauth/token", data={"grant_type": "password",
                                                  "client_id": emu.client_id})
        assert token.status_code == 200
        body = token.json()
        assert body["token_type"] == "Bearer" and body["expires_in"] == 7200
        assert body["refresh_token"]
        me = client.get("/api/me", headers={"Accept": ACCEPT,
                                            "Authorization": f"Bearer {body['access_token']}"})
        assert me.json()["users"][0]["id"] == user["id"]
        info = client.get("/oauth/token/info",
                          headers={"Authorization": f"Bearer {body['access_token']}"})
        assert info.json()["resource_owner_id"] == int(user["id"])
        out = client.delete("/users/sign_out",
                            headers={"Authorization": f"Bearer {body['access_token']}"})
        assert out.status_code == 204
        assert client.get("/api/me", headers={
            "Accept": ACCEPT, "Authorization": f"Bearer {body['access_token']}"}
        ).status_code == 401


def test_password_grant_errors(emu: Emulator) -> None:
    no_session = httpx.post(emu.url + "/oauth/token", data={
        "grant_type": "password", "client_id": emu.client_id})
    assert no_session.status_code == 401
    assert no_session.json()["error"] == "invalid_grant"
    assert "error_description" in no_session.json()
    wrong = httpx.post(emu.url + "/oauth/token", json={
        "grant_type": "password", "client_id": emu.client_id, "login": "alice",
        "password": "nope"})
    assert wrong.status_code == 401
    unknown_client = httpx.post(emu.url + "/oauth/token", data={
        "grant_type": "password", "client_id": "nope", "login": "alice", "password": "secret"})
    assert unknown_client.status_code == 401


def test_refresh_expiry_and_revoke() -> None:
    with Emulator(users={"alice": "secret"}, token_ttl=1) as emu:
        first = httpx.post(emu.url + "/oauth/token", data={
            "grant_type": "password", "client_id": emu.client_id, "login": "alice",
            "password": "secret"}).json()
        api = Api(emu, first["access_token"])
        assert api.get("/me").status_code == 200
        time.sleep(1.1)
        expired = api.get("/me")
        assert expired.status_code == 401
        refreshed = httpx.post(emu.url + "/oauth/token", data={
            "grant_type": "refresh_token", "refresh_token": first["refresh_token"],
            "client_id": emu.client_id})
        assert refreshed.status_code == 200
        again = Api(emu, refreshed.json()["access_token"])
        assert again.get("/me").status_code == 200
        reused = httpx.post(emu.url + "/oauth/token", data={
            "grant_type": "refresh_token", "refresh_token": first["refresh_token"],
            "client_id": emu.client_id})
        assert reused.status_code == 401
        httpx.post(emu.url + "/oauth/revoke", data={"token": refreshed.json()["access_token"]})
        assert again.get("/me").status_code == 401


def test_client_credentials_acts_as_owner_and_trust_levels(emu: Emulator) -> None:
    app_id = emu.add_app("bob", secret="s3cret")
    token = httpx.post(emu.url + "/oauth/token", data={
        "grant_type": "client_credentials", "client_id": app_id, "client_secret": "s3cret"})
    assert token.status_code == 200
    assert Api(emu, token.json()["access_token"]).get("/me").json()["users"][0]["login"] == "bob"
    bad_secret = httpx.post(emu.url + "/oauth/token", data={
        "grant_type": "client_credentials", "client_id": app_id, "client_secret": "x"})
    assert bad_secret.status_code == 401
    password_on_secure = httpx.post(emu.url + "/oauth/token", data={
        "grant_type": "password", "client_id": app_id, "login": "bob", "password": "pw"})
    assert password_on_secure.status_code == 422 and password_on_secure.content == b""


def test_invalid_bearer_token_reads_as_anonymous_and_cannot_write(emu: Emulator) -> None:
    stale = Api(emu, "garbage")
    assert stale.get("/projects").status_code == 200
    assert stale.get("/me").status_code == 401
    assert stale.post("/projects", {"projects": {"display_name": "x"}}).status_code == 401


def test_permissions_owner_collaborator_admin(emu: Emulator, alice: Api, bob: Api,
                                              anon: Api) -> None:
    world = make_world(alice, subjects=1)
    path = f"/projects/{world['project']['id']}"
    etag = bob.get(path).headers["ETag"]
    assert bob.put(path, {"projects": {"description": "x"}}, etag=etag).status_code == 403
    assert anon.put(path, {"projects": {"description": "x"}}, etag=etag).status_code == 401
    assert anon.post("/projects", {"projects": {}}).status_code == 401
    assert anon.get(path).status_code == 200
    assert bob.post(f"/subject_sets/{world['set']['id']}/links/subjects",
                    {"subjects": world["subjects"]}).status_code == 403
    assert bob.post("/workflows", {"workflows": {
        "display_name": "w", "primary_language": "en",
        "links": {"project": world["project"]["id"]}}}).status_code == 403
    alice.post("/project_roles", {"project_roles": {
        "roles": ["collaborator"], "links": {"project": world["project"]["id"], "user": "2"}}})
    assert bob.put(path, {"projects": {"description": "collab"}},
                   etag=bob.get(path).headers["ETag"]).status_code == 200
    root = Api(emu, token_for(emu, "root", "pw"))
    assert root.put(path, {"projects": {"description": "root"}},
                    etag=root.get(path).headers["ETag"]).status_code == 403
    admin_put = root.client.put(path + "?admin=true", json={"projects": {"featured": True}},
                                headers={"If-Match": root.get(path).headers["ETag"]})
    assert admin_put.status_code == 200 and admin_put.json()["projects"][0]["featured"] is True
    not_admin = alice.put(path, {"projects": {"featured": True}},
                          etag=alice.get(path).headers["ETag"])
    assert not_admin.status_code == 422


def test_private_projects_are_invisible(emu: Emulator, alice: Api, bob: Api, anon: Api) -> None:
    secret = make_project(alice, private=True, name="Secret")
    make_project(alice, name="Open")
    assert alice.get(f"/projects/{secret['id']}").status_code == 200
    assert bob.get(f"/projects/{secret['id']}").status_code == 404
    assert anon.get(f"/projects/{secret['id']}").status_code == 404
    names = [p["display_name"] for p in bob.get("/projects").json()["projects"]]
    assert names == ["Open"]
    wf = alice.create("workflows", {"display_name": "w", "primary_language": "en",
                                    "links": {"project": secret["id"]}})
    assert bob.get(f"/workflows/{wf['id']}").status_code == 404
    assert bob.get("/workflows").json()["workflows"] == []
