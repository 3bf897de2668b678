"""Export files and blobs behave as files on Azure blob storage: one workflows-export row per
workflow version, bytes fixed once ready, validators, HEAD, byte ranges and resumed downloads."""

from __future__ import annotations

import csv
import io
import json
import time
from email.utils import parsedate_to_datetime

import httpx
import pytest
from emu_helpers import Api, make_project

from zoo_sdk.emulator import Emulator, FaultPlan, FaultRule
from zoo_sdk.emulator.seeding import SeededWorld, question

PUT_HEADERS = {"Content-Type": "image/png", "x-ms-blob-type": "BlockBlob"}


def _world(emu: Emulator) -> SeededWorld:
    return emu.seed.world("alice", [question("Cat?", ["Yes", "No"])], subjects=6)


def _export(api: Api, plural: str, rid: str, kind: str) -> str:
    """Generate an export over the API, wait until it is ready and return its file URL."""
    path = f"/{plural}/{rid}/{kind}_export"
    created = api.post(path, {"media": {"content_type": "text/csv"}})
    assert created.status_code == 201, created.text
    for _ in range(200):
        medium = api.get(path).json()["media"][0]
        if medium["metadata"]["state"] == "ready":
            return str(medium["src"])
        time.sleep(0.02)
    raise AssertionError("export never became ready")


def _rows(url: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(httpx.get(url).text)))


def _cut_download(url: str, headers: dict[str, str] | None = None) -> tuple[httpx.Headers, bytes]:
    """Read a response the fault cuts short: its headers and the bytes that arrived."""
    got = b""
    with pytest.raises(httpx.RemoteProtocolError), \
            httpx.stream("GET", url, headers=headers) as response:
        assert response.status_code == 200
        for chunk in response.iter_bytes():
            got += chunk
    return response.headers, got


# ----- workflows export: one row per version ------------------------------------------------


def test_workflows_export_has_one_row_per_workflow_version(emu: Emulator, alice: Api) -> None:
    made = _world(emu)
    wid = made.workflow.id
    other = emu.seed.workflow(made.project, "Second", [question("Dog?", ["Yes", "No"])])
    found = alice.get(f"/workflows/{wid}")
    tasks = found.json()["workflows"][0]["tasks"]
    tasks["T0"]["question"] = "Is it a cat?"
    edited = alice.put(f"/workflows/{wid}", {"workflows": {"tasks": tasks}},
                       etag=found.headers["ETag"])
    assert edited.status_code == 200, edited.text
    renamed = alice.put(f"/workflows/{wid}", {"workflows": {"display_name": "Cats"}},
                        etag=edited.headers["ETag"])  # no content change: no new version
    assert renamed.status_code == 200, renamed.text

    rows = _rows(_export(alice, "projects", made.project.id, "workflows"))

    assert list(rows[0]) == [
        "workflow_id", "display_name", "version", "active", "classifications_count", "pairwise",
        "grouped", "prioritized", "primary_language", "first_task", "tutorial_subject_id",
        "retired_set_member_subjects_count", "tasks", "retirement", "aggregation", "strings",
        "minor_version"]
    assert [(r["workflow_id"], r["version"], r["minor_version"]) for r in rows] == [
        (wid, "1", "1"), (wid, "2", "1"), (other.id, "1", "1")]
    versions = alice.get("/workflow_versions", params={"workflow_id": wid}).json()
    by_number = {str(v["major_number"]): v for v in versions["workflow_versions"]}
    for row in rows[:2]:
        version = by_number[row["version"]]
        assert json.loads(row["tasks"]) == version["tasks"]
        assert json.loads(row["strings"]) == version["strings"]
        assert row["first_task"] == version["first_task"] == "T0"
        assert row["display_name"] == "Cats"  # the workflow's own columns are current
        assert row["active"] == "true" and row["pairwise"] == "false"
        assert json.loads(row["retirement"]) == {"criteria": "classification_count",
                                                 "options": {"count": 15}}
    assert json.loads(rows[0]["tasks"])["T0"]["question"] == "Cat?"
    assert json.loads(rows[1]["tasks"])["T0"]["question"] == "Is it a cat?"
    assert json.loads(rows[2]["tasks"])["T0"]["question"] == "Dog?"


# ----- bytes fixed once ready ----------------------------------------------------------------


def test_an_export_file_keeps_its_bytes_after_new_classifications(emu: Emulator,
                                                                  alice: Api) -> None:
    made = _world(emu)
    emu.simulate(made.workflow, volunteers=3, classifications=6, seed=1)
    url = _export(alice, "projects", made.project.id, "classifications")
    first = httpx.get(url)
    emu.simulate(made.workflow, volunteers=3, classifications=4, seed=2)
    again = httpx.get(url)
    assert again.content == first.content and first.content.count(b"\n") == 7
    for header in ("ETag", "Last-Modified", "Content-Length"):
        assert again.headers[header] == first.headers[header]
    newer = httpx.get(_export(alice, "projects", made.project.id, "classifications"))
    assert newer.content.count(b"\n") == 11  # a new export sees them
    assert newer.headers["ETag"] != first.headers["ETag"]


def test_a_synthetic_export_streams_the_same_bytes_every_time(emu: Emulator,
                                                             alice: Api) -> None:
    emu.synthetic_export_rows = 2000
    url = _export(alice, "projects", make_project(alice)["id"], "classifications")
    with httpx.stream("GET", url) as response:
        assert "content-length" not in response.headers  # streamed, length not known yet
        first = response.read()
    assert first.count(b"\n") == 2001
    time.sleep(1.1)  # a stamp taken per download would now differ by a second
    emu.synthetic_export_rows = 10  # fixed when the file was written
    again = httpx.get(url)
    assert again.content == first
    assert again.headers["Content-Length"] == str(len(first))  # measured by the first pass
    assert again.headers["ETag"] == response.headers["ETag"]


# ----- validators, HEAD and ranges -------------------------------------------------------------


@pytest.fixture
def export_url(emu: Emulator, alice: Api) -> str:
    made = _world(emu)
    emu.simulate(made.workflow, volunteers=3, classifications=5, seed=3)
    return _export(alice, "projects", made.project.id, "classifications")


def test_export_file_validators_and_head(export_url: str) -> None:
    full = httpx.get(export_url)
    etag = full.headers["ETag"]
    assert full.status_code == 200 and etag.startswith('"0x') and etag.endswith('"')
    assert full.headers["Accept-Ranges"] == "bytes"
    assert full.headers["Content-Length"] == str(len(full.content))
    assert full.headers["Content-Type"] == "text/csv"
    parsedate_to_datetime(full.headers["Last-Modified"])  # an HTTP date
    head = httpx.head(export_url)
    assert head.status_code == 200 and head.content == b""
    for header in ("ETag", "Last-Modified", "Content-Length", "Accept-Ranges", "Content-Type"):
        assert head.headers[header] == full.headers[header]
    assert httpx.get(export_url).headers["ETag"] == etag
    unchanged = httpx.get(export_url, headers={"If-None-Match": etag})
    assert unchanged.status_code == 304 and unchanged.content == b""


@pytest.mark.parametrize(("asked", "first", "last"), [
    ("bytes=10-19", 10, 19), ("bytes=100-", 100, None), ("bytes=0-0", 0, 0),
    ("bytes=50-999999", 50, None)])
def test_a_range_gets_206_with_just_those_bytes(export_url: str, asked: str, first: int,
                                                last: int | None) -> None:
    full = httpx.get(export_url).content
    end = len(full) - 1 if last is None else last
    part = httpx.get(export_url, headers={"Range": asked})
    assert part.status_code == 206
    assert part.content == full[first:end + 1]
    assert part.headers["Content-Range"] == f"bytes {first}-{end}/{len(full)}"
    assert part.headers["Content-Length"] == str(end - first + 1)


def test_a_range_past_the_end_is_416(export_url: str) -> None:
    total = len(httpx.get(export_url).content)
    for start in (total, total + 100):
        refused = httpx.get(export_url, headers={"Range": f"bytes={start}-"})
        assert refused.status_code == 416
        assert refused.headers["Content-Range"] == f"bytes */{total}"
        assert "<Code>InvalidRange</Code>" in refused.text


@pytest.mark.parametrize("asked", ["bytes=0-1,5-6", "bytes=-10", "bytes=9-3", "items=0-5",
                                   "bytes=x-", "garbage"])
def test_a_range_azure_cannot_parse_is_ignored(export_url: str, asked: str) -> None:
    full = httpx.get(export_url).content
    whole = httpx.get(export_url, headers={"Range": asked})
    assert whole.status_code == 200 and whole.content == full
    assert "Content-Range" not in whole.headers


def test_if_range_and_x_ms_range(export_url: str) -> None:
    full = httpx.get(export_url)
    etag, body = full.headers["ETag"], full.content
    same = httpx.get(export_url, headers={"Range": "bytes=5-", "If-Range": etag})
    assert same.status_code == 206 and same.content == body[5:]
    dated = httpx.get(export_url, headers={"Range": "bytes=5-",
                                           "If-Range": full.headers["Last-Modified"]})
    assert dated.status_code == 206
    for other in ('"0xDEADBEEF"', "W/" + etag, "Mon, 01 Jan 2001 00:00:00 GMT"):
        changed = httpx.get(export_url, headers={"Range": "bytes=5-", "If-Range": other})
        assert changed.status_code == 200 and changed.content == body
    preferred = httpx.get(export_url, headers={"Range": "bytes=0-", "x-ms-range": "bytes=3-4"})
    assert preferred.status_code == 206 and preferred.content == body[3:5]


def test_files_not_ready_or_unknown_are_azure_404s(emu: Emulator, alice: Api) -> None:
    emu.export_delay = 60
    pid = make_project(alice)["id"]
    src = alice.post(f"/projects/{pid}/classifications_export", {}).json()["media"][0]["src"]
    for url in (src, src.replace(".csv", "0.csv")):
        missing = httpx.get(url)
        assert missing.status_code == 404 and "<Code>BlobNotFound</Code>" in missing.text


# ----- a cut download resumed with a range ----------------------------------------------------


@pytest.mark.parametrize("synthetic", [0, 3000])
def test_a_cut_download_resumes_from_the_bytes_received(emu: Emulator, alice: Api,
                                                        synthetic: int) -> None:
    made = _world(emu)
    emu.simulate(made.workflow, volunteers=3, classifications=8, seed=4)
    emu.synthetic_export_rows = synthetic
    url = _export(alice, "projects", made.project.id, "classifications")
    emu.faults = FaultPlan(rules=[FaultRule("GET /exports/*", "truncated", times=1)])
    headers, got = _cut_download(url)
    assert emu.faults.injected["truncated"] == 1
    total = int(headers["Content-Length"])
    assert 0 < len(got) < total
    rest = httpx.get(url, headers={"Range": f"bytes={len(got)}-", "If-Range": headers["ETag"]})
    assert rest.status_code == 206
    assert rest.headers["Content-Range"] == f"bytes {len(got)}-{total - 1}/{total}"
    whole = httpx.get(url).content
    assert got + rest.content == whole and len(whole) == total


def test_a_synthetic_range_before_any_full_read_is_answered(emu: Emulator, alice: Api) -> None:
    emu.synthetic_export_rows = 1500
    url = _export(alice, "projects", make_project(alice)["id"], "classifications")
    assert "content-length" not in httpx.head(url).headers  # not measured yet
    tail = httpx.get(url, headers={"Range": "bytes=1000-"})
    assert tail.status_code == 206
    total = int(tail.headers["Content-Range"].rsplit("/", 1)[1])
    whole = httpx.get(url).content
    assert len(whole) == total and tail.content == whole[1000:]
    middle = httpx.get(url, headers={"Range": "bytes=70000-70999"})
    assert middle.content == whole[70000:71000]


# ----- blobs -------------------------------------------------------------------------------------


def _uploaded(alice: Api, data: bytes) -> tuple[str, httpx.Response]:
    """A subject location uploaded through its signed URL: its public URL and the PUT reply."""
    project = make_project(alice)
    subject = alice.create("subjects", {"locations": ["image/png"],
                                        "links": {"project": project["id"]}})
    signed = subject["locations"][0]["image/png"]
    put = httpx.put(signed, content=data, headers=PUT_HEADERS)
    assert put.status_code == 201
    return signed.split("?")[0], put


def test_blob_validators_head_and_ranges(emu: Emulator, alice: Api) -> None:
    data = bytes(range(256)) * 4
    url, put = _uploaded(alice, data)
    full = httpx.get(url)
    assert full.content == data and full.headers["ETag"] == put.headers["ETag"]
    assert full.headers["Content-Type"] == "image/png"
    assert full.headers["Accept-Ranges"] == "bytes"
    assert full.headers["Last-Modified"] == put.headers["Last-Modified"]
    head = httpx.head(url)
    assert head.status_code == 200 and head.content == b""
    assert head.headers["Content-Length"] == str(len(data))
    assert head.headers["ETag"] == full.headers["ETag"]
    part = httpx.get(url, headers={"Range": "bytes=1000-"})
    assert part.status_code == 206 and part.content == data[1000:]
    assert part.headers["Content-Range"] == f"bytes 1000-1023/{len(data)}"
    refused = httpx.get(url, headers={"Range": f"bytes={len(data)}-"})
    assert refused.status_code == 416 and refused.headers["Content-Range"] == f"bytes */{len(data)}"
    assert httpx.get(url, headers={"Range": "bytes=-5"}).content == data
    missing = httpx.get(url + "-gone")
    assert missing.status_code == 404 and "<Code>BlobNotFound</Code>" in missing.text
    assert missing.headers["Content-Type"] == "application/xml"


def test_a_cut_blob_download_resumes(emu: Emulator, alice: Api) -> None:
    data = bytes(range(256)) * 40
    url, _ = _uploaded(alice, data)
    emu.faults = FaultPlan(rules=[FaultRule("GET /blobs/*", "truncated", times=1)])
    headers, got = _cut_download(url)
    assert headers["Content-Length"] == str(len(data)) and 0 < len(got) < len(data)
    rest = httpx.get(url, headers={"Range": f"bytes={len(got)}-", "If-Range": headers["ETag"]})
    assert rest.status_code == 206 and got + rest.content == data

