"""Signed uploads, blob round trips, media routes and data exports."""

from __future__ import annotations

import csv
import io
import json
import time

import httpx
from emu_helpers import Api, make_project, make_world

from zoo_sdk.emulator import Emulator

PUT_HEADERS = {"Content-Type": "image/png", "x-ms-blob-type": "BlockBlob"}


def test_signed_upload_round_trip(emu: Emulator, alice: Api) -> None:
    project = make_project(alice)
    subject = alice.create("subjects", {"locations": ["image/png", "image/jpeg"],
                                        "links": {"project": project["id"]}})
    (png_mime, png_url), (jpg_mime, _jpg_url) = (next(iter(loc.items()))
                                                for loc in subject["locations"])
    assert (png_mime, jpg_mime) == ("image/png", "image/jpeg")
    assert png_url.startswith(emu.url + "/blobs/") and "sig=" in png_url and "exp=" in png_url
    assert httpx.put(png_url, content=b"png", headers={"Content-Type": "image/png"}
                     ).status_code == 400
    tampered = png_url.replace("sig=", "sig=00")
    assert httpx.put(tampered, content=b"png", headers=PUT_HEADERS).status_code == 403
    unsigned = png_url.split("?")[0]
    assert httpx.put(unsigned, content=b"png", headers=PUT_HEADERS).status_code == 403
    assert httpx.put(png_url, content=b"png-bytes", headers=PUT_HEADERS).status_code == 201
    got = httpx.get(png_url)
    assert got.status_code == 200 and got.content == b"png-bytes"
    assert got.headers["content-type"] == "image/png"
    stored = alice.get(f"/subjects/{subject['id']}").json()["subjects"][0]["locations"]
    assert stored[0]["image/png"] == unsigned
    assert httpx.get(stored[0]["image/png"]).content == b"png-bytes"
    assert httpx.get(stored[1]["image/jpeg"]).status_code == 404


def test_expired_signature_is_403(emu: Emulator) -> None:
    url = emu.state.blobs.signed_url(emu.url, "k/x.png", ttl=-1)
    assert httpx.put(url, content=b"x", headers=PUT_HEADERS).status_code == 403


def test_project_avatar_and_attached_images(emu: Emulator, alice: Api, bob: Api) -> None:
    pid = make_project(alice)["id"]
    assert alice.get(f"/projects/{pid}/avatar").status_code == 404
    created = alice.post(f"/projects/{pid}/avatar", {"media": {"content_type": "image/png"}})
    assert created.status_code == 201
    medium = created.json()["media"][0]
    assert medium["media_type"] == "project_avatar" and "sig=" in medium["src"]
    assert created.headers["Location"].endswith(f"/api/projects/{pid}/avatar")
    assert httpx.put(medium["src"], content=b"a", headers=PUT_HEADERS).status_code == 201
    shown = alice.get(f"/projects/{pid}/avatar").json()["media"][0]
    assert httpx.get(shown["src"]).content == b"a"
    assert bob.post(f"/projects/{pid}/avatar", {"media": {"content_type": "image/png"}}
                    ).status_code == 403
    ext = alice.post(f"/projects/{pid}/attached_images", {"media": {
        "content_type": "image/png", "external_link": True, "src": "https://x.org/a.png"}})
    assert ext.status_code == 201 and ext.json()["media"][0]["src"] == "https://x.org/a.png"
    listing = alice.get(f"/projects/{pid}/attached_images").json()
    assert listing["meta"]["media"]["count"] == 1
    mid = listing["media"][0]["id"]
    etag = alice.get(f"/projects/{pid}/attached_images/{mid}").headers["ETag"]
    assert alice.delete(f"/projects/{pid}/attached_images/{mid}", etag=etag).status_code == 204
    links = alice.get(f"/projects/{pid}").json()["projects"][0]["links"]
    assert links["avatar"]["id"] == shown["id"]


def _wait_ready(api: Api, path: str) -> dict[str, object]:
    for _ in range(50):
        medium: dict[str, object] = api.get(path).json()["media"][0]
        if medium["metadata"]["state"] == "ready":  # type: ignore[index]
            return medium
        time.sleep(0.05)
    raise AssertionError("export never became ready")


def test_classification_and_subject_exports(emu: Emulator, alice: Api, bob: Api) -> None:
    world = make_world(alice, subjects=2)
    pid, wid = world["project"]["id"], world["workflow"]["id"]
    alice.create("classifications", {
        "annotations": [{"task": "T0", "value": 1}],
        "metadata": {"started_at": "a", "finished_at": "b", "user_agent": "u",
                     "user_language": "en", "workflow_version": "1.1"},
        "links": {"project": pid, "workflow": wid, "subjects": [world["subjects"][0]]}})
    path = f"/projects/{pid}/classifications_export"
    assert alice.get(path).status_code == 404
    assert bob.post(path, {"media": {"content_type": "text/csv"}}).status_code == 403
    created = alice.post(path, {"media": {"content_type": "text/csv"}})
    assert created.status_code == 201
    medium = created.json()["media"][0]
    assert medium["metadata"]["state"] == "creating" and medium["content_type"] == "text/csv"
    assert {"id", "href", "src"} <= set(medium)
    ready = _wait_ready(alice, path)
    rows = list(csv.DictReader(io.StringIO(httpx.get(str(ready["src"])).text)))
    assert len(rows) == 1
    row = rows[0]
    assert list(row) == ["classification_id", "user_name", "user_id", "user_ip",
                         "workflow_id", "workflow_name", "workflow_version", "created_at",
                         "gold_standard", "expert", "metadata", "annotations", "subject_data",
                         "subject_ids"]
    assert row["user_name"] == "alice" and row["workflow_name"] == "W"
    assert json.loads(row["annotations"]) == [{"task": "T0", "value": 1}]
    assert json.loads(row["subject_data"])[world["subjects"][0]]["n"] == 0
    assert row["subject_ids"] == world["subjects"][0]
    alice.post(f"/workflows/{wid}/retired_subjects",
               {"subject_id": world["subjects"][1], "retirement_reason": "nothing_here"})
    assert alice.post(f"/projects/{pid}/subjects_export", None).status_code == 201
    subjects_medium = _wait_ready(alice, f"/projects/{pid}/subjects_export")
    subject_rows = list(csv.DictReader(io.StringIO(httpx.get(str(subjects_medium["src"])).text)))
    assert [r["subject_id"] for r in subject_rows] == world["subjects"]
    assert subject_rows[1]["retirement_reason"] == "nothing_here"
    assert subject_rows[0]["classifications_count"] == "1"
    assert alice.post(f"/projects/{pid}/workflow_contents_export", {}).status_code == 410
    assert alice.post(f"/workflows/{wid}/classifications_export", {}).status_code == 201
    assert alice.post(f"/subject_sets/{world['set']['id']}/classifications_export",
                      {}).status_code == 201
    set_medium = _wait_ready(alice, f"/subject_sets/{world['set']['id']}/classifications_export")
    assert len(list(csv.reader(io.StringIO(httpx.get(str(set_medium["src"])).text)))) == 2


def test_synthetic_streamed_export(emu: Emulator, alice: Api) -> None:
    emu.synthetic_export_rows = 5000
    emu.export_delay = 0
    pid = make_project(alice)["id"]
    medium = alice.post(f"/projects/{pid}/classifications_export", {}).json()["media"][0]
    with httpx.stream("GET", _wait_ready(alice, f"/projects/{pid}/classifications_export")
                      ["src"]) as response:  # type: ignore[arg-type]
        assert "content-length" not in response.headers
        lines = sum(1 for _ in response.iter_lines())
    assert lines == 5001
    assert medium["id"]
