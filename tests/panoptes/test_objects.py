"""Lazy objects, change tracking, ETags, find/where and paging, over HTTP against the emulator."""

from __future__ import annotations

import pytest

from zoo_sdk import (
    NotFoundError,
    Panoptes,
    PreconditionFailedError,
    Project,
    ReadOnlyAttributeException,
    Subject,
    SubjectSet,
    ValidationError,
)
from zoo_sdk.emulator import Emulator

from .helpers import allow_uploads, make_project, make_subject_set


def test_constructing_makes_no_request_and_first_read_loads_once(
    alice: Panoptes, emu: Emulator
) -> None:
    created = make_project("Lazy")
    emu.reset_requests()
    project = Project(int(created.id))
    assert emu.requests.total == 0
    assert project.id == created.id
    assert emu.requests.total == 0
    assert project.display_name == "Lazy"
    assert project.description == "A project for tests"
    assert emu.requests.total == 1


def test_save_sends_only_changes_with_own_etag_and_reads_nothing_after(
    alice: Panoptes, emu: Emulator
) -> None:
    created = make_project("Before")
    project = Project.find(created.id)
    emu.reset_requests()
    project.display_name = "After"
    assert project.modified_attributes == {"display_name"}
    project.save()
    assert dict(emu.requests) == {("PUT", "/api/projects/{id}"): 1}
    assert project.display_name == "After"
    assert not project.modified_attributes
    project.save()  # nothing changed: no request
    assert emu.requests.total == 1
    assert Project.find(created.id).description == "A project for tests"


def test_in_place_edits_of_dicts_are_tracked(alice: Panoptes, emu: Emulator, pngs: list) -> None:
    project = make_project()
    subject = Subject()
    subject.links.project = project
    subject.add_location(pngs[0])
    subject.metadata = {"a": 1}
    subject.save()
    subject.metadata["b"] = 2
    assert "metadata" in subject.modified_attributes
    subject.save()
    assert Subject.find(subject.id).metadata == {"a": 1, "b": 2}


def test_objects_from_where_save_without_a_412(alice: Panoptes, emu: Emulator) -> None:
    make_project("Listed")
    (project,) = list(Project.where(display_name="Listed"))
    assert project.etag is None
    emu.reset_requests()
    project.display_name = "Saved from a list"
    project.save()  # the peer sent the list's ETag here and got 412
    assert emu.requests[("GET", "/api/projects/{id}")] == 1
    assert emu.requests[("PUT", "/api/projects/{id}")] == 1
    assert Project.find(project.id).display_name == "Saved from a list"


def test_stale_objects_are_refused(alice: Panoptes, emu: Emulator) -> None:
    created = make_project()
    mine = Project.find(created.id)
    theirs = Project.find(created.id)
    theirs.display_name = "Theirs"
    theirs.save()
    mine.display_name = "Mine"
    with pytest.raises(PreconditionFailedError) as caught:
        mine.save()
    assert caught.value.status == 412
    assert Project.find(created.id).display_name == "Theirs"


def test_read_only_attributes_raise(alice: Panoptes) -> None:
    project = make_project()
    with pytest.raises(ReadOnlyAttributeException):
        project.classifications_count = 5
    with pytest.raises(ReadOnlyAttributeException):
        project.created_at = "2020-01-01T00:00:00Z"


def test_find_errors_are_typed(alice: Panoptes) -> None:
    with pytest.raises(NotFoundError) as caught:
        Project.find(999999)
    assert caught.value.status == 404 and caught.value.messages
    with pytest.raises(ValidationError):
        Project.find("not-an-id")


def test_find_by_slug(alice: Panoptes) -> None:
    project = make_project("Slugged Project")
    assert Project.find(slug=project.slug).id == project.id


def test_reload_discards_local_changes_and_delete(alice: Panoptes, emu: Emulator) -> None:
    project = make_project("Keep")
    project.display_name = "Discard"
    project.reload()
    assert project.display_name == "Keep"
    project.delete()
    with pytest.raises(NotFoundError):
        Project.find(project.id)


def test_where_pages_lazily_and_prefetches(alice: Panoptes, emu: Emulator) -> None:
    allow_uploads(emu, "alice")
    project = make_project()
    subject_set = make_subject_set(project)
    ids = []
    for i in range(250):
        subject = Subject()
        subject.links.project = project
        subject.add_location({"image/png": f"https://example.org/{i}.png"})
        subject.save()
        ids.append(subject.id)
    subject_set.add(ids)
    emu.reset_requests()
    pages = Subject.where(subject_set_id=subject_set.id)
    assert emu.requests.total == 0  # lazy
    seen = [s.id for s in pages]
    assert seen == ids
    assert pages.count == 250
    assert emu.requests[("GET", "/api/subjects")] == 3  # 100 per page
    emu.reset_requests()
    small = [s.id for s in Subject.where(subject_set_id=subject_set.id, page_size=50)]
    assert small == ids and emu.requests[("GET", "/api/subjects")] == 5


def test_subject_set_subjects_costs_one_request_per_page(alice: Panoptes, emu: Emulator) -> None:
    project = make_project()
    subject_set = make_subject_set(project)
    for i in range(30):
        subject = Subject()
        subject.links.project = project
        subject.add_location({"image/jpeg": f"https://example.org/{i}.jpg"})
        subject.save()
        subject_set.add(subject)
    emu.reset_requests()
    assert len(list(SubjectSet.find(subject_set.id).subjects)) == 30
    assert emu.requests.total == 2  # the set, then one page of subjects


def test_seed_example_creates_a_project(alice: Panoptes) -> None:
    new_project = Project()
    new_project.display_name = "My new project"
    new_project.description = "A great new project!"
    new_project.primary_language = "en"
    new_project.private = True
    new_project.save()
    assert Project.find(new_project.id).display_name == "My new project"
