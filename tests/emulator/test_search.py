"""`search=` and `current_user_roles=` on the list routes that have them, as on the server."""

from __future__ import annotations

from emu_helpers import Api, make_project

from zoo_sdk.emulator.registry import TYPES


def names(api: Api, path: str, key: str = "display_name", **params: str) -> list[str]:
    response = api.get(path, params=params)
    assert response.status_code == 200, response.text
    plural = path.strip("/")
    return sorted(str(item[key]) for item in response.json()[plural])


def test_project_search_matches_every_word_and_tags(alice: Api) -> None:
    for name, tags in (("Galaxy Zoo", ["space"]), ("Penguin Watch", ["birds"]),
                       ("Galaxy Builder", ["space", "art"])):
        project = make_project(alice, name=name)
        etag = alice.get(f"/projects/{project['id']}").headers["ETag"]
        assert alice.put(f"/projects/{project['id']}", {"projects": {"tags": tags}},
                         etag).status_code == 200
    assert names(alice, "/projects", search="Galaxy") == ["Galaxy Builder", "Galaxy Zoo"]
    assert names(alice, "/projects", search="galaxy zoo") == ["Galaxy Zoo"]
    assert names(alice, "/projects", search="tag:art") == ["Galaxy Builder"]
    assert names(alice, "/projects", search="tag:space zoo") == ["Galaxy Zoo"]
    assert names(alice, "/projects", search="nothing") == []
    assert len(names(alice, "/projects", search="")) == 3  # panoptescli sends search=


def test_user_search_exact_login_first_then_fuzzy_from_three_characters(alice: Api) -> None:
    assert names(alice, "/users", "login", search="bob") == ["bob"]
    assert names(alice, "/users", "login", search="ALI") == ["alice"]
    assert names(alice, "/users", "login", search="al") == []  # too short to be fuzzy
    assert names(alice, "/users", "login", search="ro") == []


def test_current_user_roles_keeps_what_the_caller_holds(alice: Api, bob: Api) -> None:
    mine = make_project(alice, name="Mine")
    theirs = make_project(bob, name="Theirs")
    bob_id = bob.get("/me").json()["users"][0]["id"]
    alice.create("project_roles", {"roles": ["collaborator"], "links": {
        "project": mine["id"], "user": bob_id}})
    assert names(bob, "/projects", current_user_roles="owner") == ["Theirs"]
    assert names(bob, "/projects", current_user_roles="collaborator") == ["Mine"]
    assert names(bob, "/projects", current_user_roles="owner,collaborator") == ["Mine", "Theirs"]
    assert names(alice, "/projects", current_user_roles="collaborator") == []
    assert theirs["id"] != mine["id"]


def test_search_is_on_exactly_the_routes_the_spec_declares_it() -> None:
    assert {p for p, t in TYPES.items() if t.search} == {
        "projects", "organizations", "collections", "users", "user_groups", "tags"}
