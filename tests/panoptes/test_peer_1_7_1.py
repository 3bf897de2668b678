"""Peer parity with panoptes-client 1.7.1: Talk exports, ``add_location(manual_mimetype=)`` and
subject attached images, over HTTP against the emulator — and the same calls made with the real
panoptes-client 1.7.1 where it can be pointed at the emulator.

- 1.7.1's Talk client is a module global (``panoptes_client.exportable.talk``) bound to
  https://talk.zooniverse.org/; ``connect(endpoint=...)`` does not move it, so the tests set its
  ``endpoint`` attribute.
- ``Subject.save_attached_image`` is not in 1.7.1: it came after the release (upstream commit
  78b1cea, "Upload Subject Attached Media", unreleased 1.8.0), and neither has an attached-image
  delete. zoo follows that upstream signature; those calls cannot be run with 1.7.1.
"""

from __future__ import annotations

import csv
import io
import tarfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from zoo_sdk import (
    NotFoundError,
    ObjectNotSavedException,
    Panoptes,
    Project,
    Subject,
    UnauthorizedError,
    UnknownMediaException,
    ValidationError,
)
from zoo_sdk.emulator import Emulator
from zoo_sdk.emulator.talk import expire_data_requests, talk_db
from zoo_sdk.errors import BadRequestError, ExportTimeoutError, ServerError
from zoo_sdk.panoptes.exports import TalkExport
from zoo_sdk.talk import Talk

from .helpers import make_project, make_workflow, png_bytes


@pytest.fixture
def talker(emu: Emulator) -> Iterator[Panoptes]:
    """Alice signed in, her Talk requests going to the emulated Talk."""
    client = Panoptes.connect(username="alice", password="secret", endpoint=emu.url,
                              talk_endpoint=emu.talk_url)
    emu.reset_requests()
    try:
        yield client
    finally:
        Panoptes._default = None
        client.close()


@pytest.fixture
def talked_project(talker: Panoptes, emu: Emulator) -> Project:
    project = make_project("Talky")
    emu.add_talk_comment(project.id, "A #spiral, surely", user="alice", subject=12)
    emu.add_talk_comment(project.id, "More #Spiral and #merger", user="bob", board="Science",
                         discussion="Mergers")
    return project


# ----- Talk exports ------------------------------------------------------------------------


def test_talk_comments_export_generates_waits_and_reads(
    talked_project: Project, emu: Emulator, tmp_path: Path
) -> None:
    project = talked_project
    with pytest.raises(NotFoundError):
        project.describe_export("talk_comments")
    export = project.get_export("talk_comments", generate=True, wait_timeout=30)
    assert isinstance(export, TalkExport)
    assert export.description["state"] == "finished"
    assert export.description["section"] == f"project-{project.id}"
    rows = list(export.records())
    assert [r["comment_body"] for r in rows] == ["A #spiral, surely", "More #Spiral and #merger"]
    assert rows[0]["comment_focus_id"] == 12 and rows[1]["discussion_title"] == "Mergers"

    as_csv = list(project.get_export("talk_comments").csv_dictreader())
    assert as_csv[0]["comment_user_login"] == "alice" and as_csv[1]["comment_focus_id"] == ""
    header, *values = list(project.get_export("talk_comments").csv_reader())
    assert header[:2] == ["board_id", "board_title"] and len(values) == 2

    target = tmp_path / "comments.tar.gz"
    assert project.get_export("talk_comments").save(target) == target.stat().st_size
    with tarfile.open(target) as archive:
        assert archive.getnames()[0].startswith(f"project-{project.id}-comments_")
    # generate=True made one data request; the rest were polls and downloads
    assert emu.requests[("POST", "/talk/data_requests")] == 1


def test_talk_tags_export(talked_project: Project) -> None:
    export = talked_project.get_export("talk_tags", generate=True, wait_timeout=30)
    tags = list(export.records())
    assert [t["name"] for t in tags] == ["spiral", "spiral", "merger"]
    assert tags[0]["taggable_type"] == "Subject" and tags[2]["user_login"] == "bob"


def test_generate_and_wait_without_downloading(talked_project: Project) -> None:
    started = talked_project.generate_export("talk_tags")
    assert started["state"] == "pending" and started["url"] is None
    done = talked_project.wait_export("talk_tags", timeout=30, poll=0.05)
    assert done["state"] == "finished" and done["url"]
    assert talked_project.describe_export("talk_tags")["id"] == started["id"]


def test_talk_keeps_one_request_a_day(talked_project: Project, emu: Emulator) -> None:
    talked_project.generate_export("talk_comments")
    with pytest.raises(BadRequestError, match=r"get_export\('talk_comments', wait=True\)"):
        talked_project.get_export("talk_comments", generate=True)
    export = talked_project.get_export("talk_comments", wait=True, wait_timeout=30)
    assert len(list(export.records())) == 2
    expire_data_requests(emu.state)  # the expiry worker, a day later
    assert talked_project.generate_export("talk_comments")["state"] == "pending"


def test_waits_time_out_and_failures_raise(talked_project: Project, emu: Emulator) -> None:
    emu.export_delay = 30
    started = talked_project.generate_export("talk_comments")
    with pytest.raises(ExportTimeoutError):
        talked_project.wait_export("talk_comments", timeout=0.3, poll=0.05)
    with pytest.raises(NotFoundError, match="no download URL"):
        talked_project.get_export("talk_comments")  # not finished: no url yet
    talk_db(emu.state).tables["data_requests"][int(started["id"])]["state"] = "failed"
    with pytest.raises(ServerError, match="failed"):
        talked_project.get_export("talk_comments", wait=True, wait_timeout=5)


def test_talk_exports_are_checked_before_any_request(talker: Panoptes, emu: Emulator) -> None:
    project = make_project()
    workflow = make_workflow(project)
    emu.reset_requests()
    with pytest.raises(ValidationError, match="Talk exports belong to projects"):
        workflow.get_export("talk_comments")
    with pytest.raises(ObjectNotSavedException):
        Project().generate_export("talk_tags")
    with pytest.raises(ValidationError):
        talker.talk.post_data_request("project-1", "votes")
    with pytest.raises(ValidationError):
        talker.talk.get_data_request("", "tags")
    assert emu.requests.total == 0


def test_only_project_admins_may_export_talk(talked_project: Project, emu: Emulator) -> None:
    with Panoptes(username="bob", password="hunter22", endpoint=emu.url,
                  talk_endpoint=emu.talk_url) as bob:
        with pytest.raises(UnauthorizedError, match="not allowed to create"):
            Project(talked_project.id).generate_export("talk_comments")
        assert bob.talk.get_data_request(f"project-{talked_project.id}", "comments") == []


def test_the_talk_endpoint_follows_the_connection(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PANOPTES_TALK_ENDPOINT", raising=False)
    assert Panoptes(anonymous=True).talk_endpoint == "https://talk.zooniverse.org"
    staging = Panoptes(endpoint="https://panoptes-staging.zooniverse.org", anonymous=True)
    assert staging.talk_endpoint == "https://talk-staging.zooniverse.org"
    assert staging.talk.endpoint == staging.talk_endpoint and staging.talk is staging.talk
    monkeypatch.setenv("PANOPTES_TALK_ENDPOINT", "http://127.0.0.1:9/talk/")
    assert Panoptes(anonymous=True).talk_endpoint == "http://127.0.0.1:9/talk"
    assert Talk(endpoint="http://127.0.0.1:9/x").endpoint == "http://127.0.0.1:9/x"


# ----- add_location(manual_mimetype=) ----------------------------------------------------------


def test_manual_mimetype_is_used_and_checked(talker: Panoptes, emu: Emulator) -> None:
    project = make_project()
    subject = Subject()
    subject.links.project = project
    subject.add_location(io.BytesIO(b"plain words, no extension"), manual_mimetype="text/plain")
    subject.add_location({"image/png": "https://example.org/a.png"}, manual_mimetype="video/mp4")
    emu.reset_requests()
    with pytest.raises(UnknownMediaException, match="application/javascript"):
        subject.add_location(io.BytesIO(b"alert(1)"), manual_mimetype="application/javascript")
    with pytest.raises(UnknownMediaException, match="empty"):
        subject.add_location(io.BytesIO(b""), manual_mimetype="image/png")
    assert emu.requests.total == 0
    subject.save()
    assert [next(iter(loc)) for loc in subject.raw["locations"]] == ["text/plain", "image/png"]
    key = next(iter(subject.raw["locations"][0].values())).split("/blobs/")[1].split("?")[0]
    blob = emu.state.blobs.get(key)
    assert blob is not None and blob.data == b"plain words, no extension"


# ----- attached images -------------------------------------------------------------------------


def _subject(project: Project) -> Subject:
    subject = Subject()
    subject.links.project = project
    subject.add_location({"image/png": "https://example.org/s.png"})
    subject.save()
    return subject


def test_save_attached_image_uploads_links_and_deletes(
    talker: Panoptes, emu: Emulator, tmp_path: Path
) -> None:
    subject = _subject(make_project())
    notes = tmp_path / "notes.txt"
    notes.write_text("seen at dawn")
    uploaded = subject.save_attached_image(str(notes), metadata={"label": "notes"})
    assert uploaded.done()
    (medium,) = uploaded.result()
    assert medium["content_type"] == "text/plain" and medium["external_link"] is False
    assert medium["metadata"] == {"label": "notes"}
    key = medium["src"].split("/blobs/")[1].split("?")[0]
    blob = emu.state.blobs.get(key)
    assert blob is not None and blob.data == b"seen at dawn"

    png = io.BytesIO(png_bytes(3))
    subject.save_attached_image(png, manual_mimetype="image/png").result()
    remote = subject.save_attached_image({"image/png": "https://example.org/map.png",
                                          "application/pdf": "https://example.org/paper.pdf"})
    assert [m["src"] for m in remote.result()] == ["https://example.org/map.png",
                                                  "https://example.org/paper.pdf"]
    images = subject.attached_images
    assert [i["content_type"] for i in images] == ["text/plain", "image/png", "image/png",
                                                   "application/pdf"]
    subject.delete_attached_image(images[0])
    subject.delete_attached_image(int(images[1]["id"]))
    assert [i["id"] for i in subject.attached_images] == [images[2]["id"], images[3]["id"]]


def test_attached_images_are_checked_before_any_request(
    talker: Panoptes, emu: Emulator
) -> None:
    subject = _subject(make_project())
    emu.reset_requests()
    with pytest.raises(ObjectNotSavedException):
        Subject().save_attached_image({"image/png": "https://example.org/a.png"})
    with pytest.raises(UnknownMediaException, match="not accepted"):
        subject.save_attached_image({"application/zip": "https://example.org/a.zip"})
    with pytest.raises(UnknownMediaException, match="http"):
        subject.save_attached_image({"image/png": "ftp://example.org/a.png"})
    with pytest.raises(UnknownMediaException):
        subject.save_attached_image(io.BytesIO(b"\x00\x01binary"), manual_mimetype="text/x-c")
    with pytest.raises(ValidationError, match="metadata"):
        subject.save_attached_image({"image/png": "https://example.org/a.png"},
                                    metadata=["not", "a", "dict"])  # type: ignore[arg-type]
    with pytest.raises(ValidationError, match="no NaN"):
        subject.save_attached_image({"image/png": "https://example.org/a.png"},
                                    metadata={"x": float("nan")})
    with pytest.raises(ValidationError):
        subject.delete_attached_image({"id": "not-an-id"})
    assert emu.requests.total == 0


def test_attached_images_in_async_saves(talker: Panoptes, emu: Emulator) -> None:
    subject = _subject(make_project())
    with Subject.async_saves():
        futures = [subject.save_attached_image(io.BytesIO(png_bytes(i))) for i in range(4)]
    assert all(len(f.result()) == 1 for f in futures)
    assert len(subject.attached_images) == 4


def test_a_stranger_may_not_attach(talker: Panoptes, emu: Emulator) -> None:
    subject = _subject(make_project())
    with Panoptes(username="bob", password="hunter22", endpoint=emu.url), \
            pytest.raises(Exception) as raised:
        Subject(subject.id).save_attached_image({"image/png": "https://example.org/a.png"})
    assert getattr(raised.value, "status", None) in (401, 403)


# ----- the same calls with the real panoptes-client 1.7.1 ----------------------------------


@pytest.fixture
def peer(emu: Emulator, monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    """panoptes-client 1.7.1 signed in as alice on the emulator; its Talk global moved there."""
    import panoptes_client.exportable as exportable
    from panoptes_client import Panoptes as PeerPanoptes

    for name in ("PANOPTES_ENDPOINT", "PANOPTES_USERNAME", "PANOPTES_PASSWORD"):
        monkeypatch.delenv(name, raising=False)
    # as its default 'https://talk.zooniverse.org/', with the trailing slash
    monkeypatch.setattr(exportable.talk, "endpoint", emu.talk_url + "/")
    real_sleep = time.sleep
    monkeypatch.setattr(exportable.time, "sleep", lambda seconds: real_sleep(0.05))
    PeerPanoptes.connect(username="alice", password="secret", endpoint=emu.url)
    try:
        yield PeerPanoptes
    finally:
        PeerPanoptes._local.panoptes_client = None


def test_panoptes_client_talk_export_reads_the_same_request(
    talked_project: Project, peer: Any, emu: Emulator
) -> None:
    import panoptes_client

    theirs = panoptes_client.Project(talked_project.id).get_export(
        "talk_comments", generate=True, wait=True)
    assert theirs.status_code == 200 and theirs.content[:2] == b"\x1f\x8b"  # the .tar.gz
    # zoo reads the request 1.7.1 made (Talk refuses a second one) and the same file
    ours = talked_project.get_export("talk_comments")
    assert ours.content == theirs.content
    with tarfile.open(fileobj=io.BytesIO(theirs.content)) as archive:
        assert archive.getnames()[0].startswith(f"project-{talked_project.id}-comments_")
    # 1.7.1 hands the gzip bytes to csv: its CSV readers cannot read a Talk export
    again = panoptes_client.Project(talked_project.id).get_export("talk_comments")
    with pytest.raises(csv.Error):
        list(again.csv_reader())
    assert [r["comment_id"] for r in talked_project.get_export("talk_comments").records()] == [1, 2]
    # 1.7.1 asks for //data_requests (endpoint + "/" + path); the emulator merges the slashes
    assert emu.requests[("POST", "/talk//data_requests")] == 1


def test_panoptes_client_manual_mimetype_matches(talker: Panoptes, peer: Any,
                                                 emu: Emulator) -> None:
    import panoptes_client
    from panoptes_client.subject import UnknownMediaException as PeerUnknownMedia

    project = make_project()
    theirs = panoptes_client.Subject()
    theirs.links.project = panoptes_client.Project(project.id)
    theirs.add_location(io.BytesIO(b"plain words"), manual_mimetype="text/plain")
    theirs.save()
    ours = Subject()
    ours.links.project = project
    ours.add_location(io.BytesIO(b"plain words"), manual_mimetype="text/plain")
    ours.save()
    mine = Subject.find(ours.id).raw["locations"]
    peer_locations = Subject.find(theirs.id).raw["locations"]
    assert [next(iter(m)) for m in mine] == [next(iter(p)) for p in peer_locations] == [
        "text/plain"]
    urls = [next(iter(locs[0].values())) for locs in (mine, peer_locations)]
    assert [httpx.get(u).content for u in urls] == [b"plain words", b"plain words"]
    with pytest.raises(PeerUnknownMedia):
        panoptes_client.Subject().add_location(io.BytesIO(b"x"),
                                               manual_mimetype="application/javascript")
    with pytest.raises(UnknownMediaException):
        Subject().add_location(io.BytesIO(b"x"), manual_mimetype="application/javascript")
