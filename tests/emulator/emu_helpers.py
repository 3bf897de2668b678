"""httpx helpers that speak Panoptes to a running emulator."""

from __future__ import annotations

from typing import Any

import httpx

from zoo_sdk.emulator import Emulator

ACCEPT = "application/vnd.api+json; version=1"


class Api:
    """An httpx client for /api with the Panoptes headers and an optional bearer token."""

    def __init__(self, emu: Emulator, token: str | None = None) -> None:
        headers = {"Accept": ACCEPT, "Content-Type": "application/json"}
        if token:
            headers["Authorization"] = f"Bearer {token}"
        self.client = httpx.Client(base_url=emu.url + "/api", headers=headers, timeout=10)

    def get(self, path: str, **kw: Any) -> httpx.Response:
        return self.client.get(path, **kw)

    def post(self, path: str, json: Any = None, **kw: Any) -> httpx.Response:
        return self.client.post(path, json=json, **kw)

    def put(self, path: str, json: Any = None, etag: str | None = None) -> httpx.Response:
        headers = {"If-Match": etag} if etag else {}
        return self.client.put(path, json=json, headers=headers)

    def delete(self, path: str, etag: str | None = None) -> httpx.Response:
        headers = {"If-Match": etag} if etag else {}
        return self.client.delete(path, headers=headers)

    def create(self, plural: str, body: dict[str, Any]) -> dict[str, Any]:
        response = self.post(f"/{plural}", {plural: body})
        assert response.status_code == 201, response.text
        return response.json()[plural][0]  # type: ignore[no-any-return]


def token_for(emu: Emulator, login: str, password: str) -> str:
    response = httpx.post(emu.url + "/oauth/token", data={
        "grant_type": "password", "client_id": emu.client_id, "login": login,
        "password": password})
    assert response.status_code == 200, response.text
    return response.json()["access_token"]  # type: ignore[no-any-return]


def make_project(api: Api, private: bool = False, name: str = "Galaxy") -> dict[str, Any]:
    return api.create("projects", {"display_name": name, "description": "d",
                                   "primary_language": "en", "private": private})


def make_world(api: Api, subjects: int = 3) -> dict[str, Any]:
    """A project with a workflow, a subject set and `subjects` linked external subjects."""
    project = make_project(api)
    workflow = api.create("workflows", {"display_name": "W", "primary_language": "en",
                                        "links": {"project": project["id"]}})
    sset = api.create("subject_sets", {"display_name": "S",
                                       "links": {"project": project["id"]}})
    ids = [api.create("subjects", {"locations": [{"image/png": f"https://x.org/{i}.png"}],
                                   "metadata": {"n": i},
                                   "links": {"project": project["id"]}})["id"]
           for i in range(subjects)]
    response = api.post(f"/subject_sets/{sset['id']}/links/subjects", {"subjects": ids})
    assert response.status_code == 200, response.text
    response = api.post(f"/workflows/{workflow['id']}/links/subject_sets",
                        {"subject_sets": [sset["id"]]})
    assert response.status_code == 200, response.text
    return {"project": project, "workflow": workflow, "set": sset, "subjects": ids}
