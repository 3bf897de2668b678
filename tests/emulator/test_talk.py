"""The emulated Talk (data requests) over HTTP, every exchange on a spec'd route validated against
dist/spec/talk.openapi.json (openapi-core)."""

from __future__ import annotations

import io
import json
import tarfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from emu_helpers import Api, make_project, token_for
from openapi_core import Config, OpenAPI
from openapi_core.testing import MockRequest, MockResponse

from zoo_sdk.emulator import Emulator
from zoo_sdk.emulator.talk import expire_data_requests, talk_db

SPEC = Path(__file__).resolve().parents[2] / "dist" / "spec" / "talk.openapi.json"


@pytest.fixture(scope="module")
def talk_spec() -> tuple[OpenAPI, str]:
    data = json.loads(SPEC.read_text())
    openapi = OpenAPI.from_dict(data, config=Config(spec_validator_cls=None))
    return openapi, data["servers"][0]["url"]


class Talk:
    """httpx on the emulated Talk; each exchange on `/data_requests` is checked against the spec
    (request findings only when the emulator accepted the request, as contract.py does)."""

    def __init__(self, emu: Emulator, spec: tuple[OpenAPI, str], token: str | None = None):
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        self.client = httpx.Client(base_url=emu.talk_url, headers=headers, timeout=10)
        self.openapi, self.host = spec
        self.violations: list[str] = []

    def request(self, method: str, path: str, **kwargs: Any) -> httpx.Response:
        response = self.client.request(method, path, **kwargs)
        self._check(response)
        return response

    def get(self, path: str = "/data_requests", **params: Any) -> httpx.Response:
        return self.request("GET", path, params=params)

    def create(self, section: Any, kind: Any, path: str = "/data_requests") -> httpx.Response:
        return self.request("POST", path, json={"data_requests": {"section": section,
                                                                  "kind": kind}})

    def _check(self, response: httpx.Response) -> None:
        request = response.request
        route = "/" + "/".join(s for s in request.url.path.split("/")[2:] if s)  # no /talk
        if route != "/data_requests":
            return  # outside the spec (405s, the catch-all 404)
        mock = MockRequest(self.host, request.method, route,
                           args=dict(request.url.params),
                           headers=dict(request.headers), data=request.content)
        if response.status_code < 400:
            self.violations += [f"request: {e}" for e in
                                self.openapi.iter_request_errors(mock)]
        reply = MockResponse(response.content, response.status_code,
                             headers=dict(response.headers),
                             content_type=response.headers.get("content-type", "").split(";")[0])
        self.violations += [f"response {response.status_code}: {e}" for e in
                            self.openapi.iter_response_errors(mock, reply)]


@pytest.fixture
def talks(emu: Emulator, talk_spec: tuple[OpenAPI, str]) -> Iterator[dict[str, Talk]]:
    clients = {"anon": Talk(emu, talk_spec)}
    for login, password in (("alice", "secret"), ("bob", "pw"), ("root", "pw")):
        clients[login] = Talk(emu, talk_spec, token_for(emu, login, password))
    yield clients
    found = [v for client in clients.values() for v in client.violations]
    assert not found, "Talk traffic disagrees with the spec:\n" + "\n".join(found)


@pytest.fixture
def project(alice: Api, emu: Emulator) -> dict[str, Any]:
    made = make_project(alice, name="Talky")
    emu.add_talk_comment(made["id"], "Is this a #Spiral? #spiral #ab", user="alice", subject=7)
    emu.add_talk_comment(made["id"], 'Quoting "<b>" & more', user="bob",
                         board="Science", discussion="Ideas")
    return made


def wait_finished(talk: Talk, **params: Any) -> dict[str, Any]:
    deadline = time.monotonic() + 10
    while True:
        record = talk.get(**params).json()["data_requests"][0]
        if record["state"] == "finished" or time.monotonic() > deadline:
            return record  # type: ignore[no-any-return]
        time.sleep(0.05)


def unpack(url: str) -> tuple[str, list[dict[str, Any]], bytes]:
    response = httpx.get(url)
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/gzip"
    with tarfile.open(fileobj=io.BytesIO(response.content), mode="r:gz") as archive:
        (member,) = archive.getmembers()
        handle = archive.extractfile(member)
        assert handle is not None
        raw = handle.read()
    return member.name, json.loads(raw), raw


def test_a_comments_request_goes_pending_started_finished_and_exports_json(
    talks: dict[str, Talk], project: dict[str, Any], emu: Emulator
) -> None:
    section = f"project-{project['id']}"
    created = talks["alice"].create(section, "comments")
    assert created.status_code == 200  # Talk renders a create with 200
    body = created.json()
    (record,) = body["data_requests"]
    assert record["state"] == "pending" and record["url"] is None
    assert record["section"] == section and record["kind"] == "comments"
    assert record["project_id"] == project["id"] and record["user_id"] == emu.store.logins["alice"]
    assert record["href"] == f"/data_requests/{record['id']}" and record["links"] == {}
    assert body["meta"]["data_requests"]["first_href"] == f"/data_requests?id={record['id']}"

    time.sleep(0.12)  # half the export delay: the worker has started
    assert talks["alice"].get(section=section, kind="comments").json()[
        "data_requests"][0]["state"] == "started"
    done = wait_finished(talks["alice"], section=section, kind="comments")
    assert done["state"] == "finished" and done["url"]

    name, rows, raw = unpack(done["url"])
    assert name.startswith(f"{section}-comments_") and name.endswith(".json")
    assert raw.endswith(b"]\n") and b'\\"\\u003cb\\u003e\\" \\u0026' in raw  # Rails' to_json
    assert [r["comment_body"] for r in rows] == ["Is this a #Spiral? #spiral #ab",
                                                 'Quoting "<b>" & more']
    assert list(rows[0]) == [
        "board_id", "board_title", "board_description", "discussion_id", "discussion_title",
        "comment_id", "comment_body", "comment_focus_id", "comment_focus_type",
        "comment_user_id", "comment_user_login", "comment_created_at"]
    assert rows[0]["comment_focus_id"] == 7 and rows[0]["comment_focus_type"] == "Subject"
    assert rows[1]["board_title"] == "Science" and rows[1]["comment_user_login"] == "bob"


def test_tags_come_from_hashtags_once_per_comment(
    talks: dict[str, Talk], project: dict[str, Any]
) -> None:
    section = f"project-{project['id']}"
    assert talks["alice"].create(section, "tags").status_code == 200
    _, rows, _ = unpack(wait_finished(talks["alice"], section=section, kind="tags")["url"])
    assert [r["name"] for r in rows] == ["spiral"]  # case folded; "#ab" is too short
    assert list(rows[0]) == ["id", "name", "section", "created_at", "user_id", "comment_id",
                             "taggable_id", "taggable_type", "project_id", "user_login"]
    assert rows[0]["taggable_type"] == "Subject" and rows[0]["section"] == section


def test_the_double_slash_of_panoptes_client_reaches_the_route(
    talks: dict[str, Talk], project: dict[str, Any], emu: Emulator
) -> None:
    section = f"project-{project['id']}"
    url = emu.talk_url + "//data_requests"  # panoptes-client: endpoint + "/" + "data_requests"
    assert talks["alice"].create(section, "comments", path=url).status_code == 200
    listed = talks["alice"].get(url, section=section, kind="comments")
    assert listed.status_code == 200 and len(listed.json()["data_requests"]) == 1


def test_who_may_list_and_create(talks: dict[str, Talk], project: dict[str, Any]) -> None:
    section = f"project-{project['id']}"
    anonymous = talks["anon"].get(section=section)
    assert anonymous.status_code == 401
    assert anonymous.json()["error"].startswith("not allowed to index? this DataRequest(id: ")
    assert talks["anon"].create(section, "tags").json() == {
        "error": "not allowed to create this DataRequest"}
    # bob is no owner or collaborator of alice's project: not an admin of its Talk
    assert talks["bob"].create(section, "tags").status_code == 401
    assert talks["alice"].create(section, "tags").status_code == 200
    assert talks["bob"].get(section=section).json()["data_requests"] == []
    # a Zooniverse admin may export any section and sees everyone's requests
    assert talks["root"].create(section, "tags").status_code == 200
    assert len(talks["root"].get(section=section, kind="tags").json()["data_requests"]) == 2
    mine = talks["alice"].get(section=section, kind="tags").json()["data_requests"]
    assert len(mine) == 1


def test_bad_bodies_and_the_one_request_a_day_rule(
    talks: dict[str, Talk], project: dict[str, Any], emu: Emulator
) -> None:
    section = f"project-{project['id']}"
    alice = talks["alice"]
    bad_kind = alice.create(section, "votes")
    assert bad_kind.status_code == 422 and "tags, votable_tags, comments" in bad_kind.json()[
        "error"]
    unknown = alice.request("POST", "/data_requests",
                            json={"data_requests": {"section": section, "kind": "tags",
                                                    "colour": "red"}})
    assert unknown.status_code == 422 and "unknown attribute 'colour'" in unknown.json()["error"]
    extra = alice.request("POST", "/data_requests",
                          json={"data_requests": {"section": section, "kind": "tags",
                                                  "state": "finished"}})
    assert extra.status_code == 422 and "additional properties" in extra.json()["error"]
    missing = alice.request("POST", "/data_requests", json={"data_requests": {"section": section}})
    assert missing.status_code == 422 and "'kind'" in missing.json()["error"]
    assert alice.create(section, "votable_tags").status_code == 200
    assert alice.create(section, "tags").status_code == 200
    again = alice.create(section, "tags")
    assert again.status_code == 400
    assert again.json() == {"error": "Validation failed: Kind has already been created"}
    assert expire_data_requests(emu.state) == 2  # a day later, the hourly worker has run
    assert alice.create(section, "tags").status_code == 200


def test_paging_meta_and_sort(talks: dict[str, Talk], emu: Emulator, alice: Api) -> None:
    sections = [f"project-{make_project(alice, name=f'P{i}')['id']}" for i in range(3)]
    for section in sections:
        assert talks["alice"].create(section, "comments").status_code == 200
    page = talks["alice"].get(page_size=2, kind="comments").json()
    meta = page["meta"]["data_requests"]
    assert [r["section"] for r in page["data_requests"]] == sections[::-1][:2]  # newest first
    assert (meta["count"], meta["page_count"], meta["next_page"]) == (3, 2, 2)
    assert meta["next_href"] == "/data_requests?page=2&page_size=2&sort=-created_at&kind=comments"
    assert meta["current_sort"] == "-created_at" and meta["sortable_attributes"] == ["created_at"]
    oldest = talks["alice"].get(sort="created_at").json()["data_requests"]
    assert [r["section"] for r in oldest] == sections
    assert talks["alice"].get(page=5).json()["data_requests"] == []


def test_routes_outside_the_data_requests(talks: dict[str, Talk], project: dict[str, Any],
                                          emu: Emulator) -> None:
    section = f"project-{project['id']}"
    rid = talks["alice"].create(section, "tags").json()["data_requests"][0]["id"]
    assert talks["alice"].request("DELETE", f"/data_requests/{rid}").json() == {
        "error": "Method Not Allowed"}
    assert talks["alice"].request("PUT", f"/data_requests/{rid}", json={}).status_code == 405
    shown = talks["alice"].get(f"/data_requests/{rid}")
    assert shown.status_code == 200 and shown.json()["data_requests"][0]["id"] == rid
    assert talks["bob"].get(f"/data_requests/{rid}").status_code == 401
    unknown = talks["alice"].get("/boards")
    assert (unknown.status_code, unknown.json()) == (404, {"error": "Not found"})
    assert httpx.get(emu.url + "/talk").json() == {"error": "Not found"}


def test_a_failed_worker_stays_failed(talks: dict[str, Talk], project: dict[str, Any],
                                      emu: Emulator) -> None:
    section = f"project-{project['id']}"
    rid = int(talks["alice"].create(section, "tags").json()["data_requests"][0]["id"])
    talk_db(emu.state).tables["data_requests"][rid]["state"] = "failed"
    time.sleep(0.25)
    record = talks["alice"].get(section=section).json()["data_requests"][0]
    assert record["state"] == "failed" and record["url"] is None
