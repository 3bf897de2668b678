"""Links: lazy to-one objects, LinkCollection membership without requests, batched changes."""

from __future__ import annotations

import pytest

from zoo_sdk import (
    Collection,
    NotFoundError,
    ObjectNotSavedException,
    Panoptes,
    Project,
    Subject,
    SubjectSet,
    Workflow,
)
from zoo_sdk.emulator import Emulator

from .helpers import allow_uploads, make_project, make_subject_set, make_workflow


def remote_subjects(project: Project, count: int) -> list[Subject]:
    subjects = []
    for i in range(count):
        subject = Subject()
        subject.links.project = project
        subject.add_location({"image/png": f"https://example.org/{i}.png"})
        subject.save()
        subjects.append(subject)
    return subjects


def test_to_one_links_are_lazy_objects(alice: Panoptes, emu: Emulator) -> None:
    project = make_project()
    workflow = make_workflow(project)
    loaded = Workflow.find(workflow.id)
    emu.reset_requests()
    linked = loaded.links.project
    assert isinstance(linked, Project) and linked.id == project.id
    assert emu.requests.total == 0


def test_link_collection_membership_index_and_iteration(alice: Panoptes, emu: Emulator) -> None:
    project = make_project()
    first, second = make_workflow(project, "one"), make_workflow(project, "two")
    loaded = Project.find(project.id)
    emu.reset_requests()
    workflows = loaded.links.workflows
    assert first.id in workflows and int(second.id) in workflows and Workflow(first.id) in workflows
    assert 999 not in workflows
    assert {w.id for w in workflows} == {first.id, second.id}
    assert workflows[0].id in (first.id, second.id)
    assert emu.requests.total == 0


def test_adding_and_removing_goes_in_batches_of_100(alice: Panoptes, emu: Emulator) -> None:
    allow_uploads(emu, "alice")
    project = make_project()
    collection = Collection()
    collection.display_name = "Favourites"
    collection.private = False
    collection.links.project = project
    collection.save()
    subjects = remote_subjects(project, 250)
    emu.reset_requests()
    collection.add(subjects)
    assert emu.requests[("POST", "/api/collections/{collection_id}/links/subjects")] == 3
    assert len(Collection.find(collection.id).links.subjects) == 250
    emu.reset_requests()
    collection.add(subjects[:10])  # already linked: nothing to send
    assert emu.requests.total == 0
    collection.remove(subjects[:150])
    assert (
        emu.requests[("DELETE", "/api/collections/{collection_id}/links/subjects/{link_ids}")] == 2
    )
    assert len(Collection.find(collection.id).links.subjects) == 100


def test_subject_set_membership_is_checked_once_per_batch(alice: Panoptes, emu: Emulator) -> None:
    project = make_project()
    subject_set = make_subject_set(project)
    subjects = remote_subjects(project, 30)
    subject_set.add(subjects[:20])
    emu.reset_requests()
    subject_set.add(subjects)  # 20 already members, 10 new
    assert emu.requests[("GET", "/api/set_member_subjects")] == 1
    assert emu.requests[("POST", "/api/subject_sets/{subject_set_id}/links/subjects")] == 1
    assert SubjectSet.find(subject_set.id).set_member_subjects_count == 30
    assert subjects[0] in subject_set.links.subjects
    subject_set.remove(subjects[:5])
    assert SubjectSet.find(subject_set.id).set_member_subjects_count == 25


def test_workflow_subject_sets_and_retirement(alice: Panoptes, emu: Emulator) -> None:
    project = make_project()
    workflow = make_workflow(project)
    subject_set = make_subject_set(project)
    subjects = remote_subjects(project, 4)
    subject_set.add(subjects)
    workflow.add_subject_sets(subject_set)
    assert subject_set.id in Workflow.find(workflow.id).links.subject_sets
    workflow.retire_subjects(subjects[:2], reason="consensus")
    status = workflow.subject_workflow_status(subjects[0])
    assert status.retirement_reason == "consensus" and status.retired_at
    assert subjects[1].subject_workflow_status(workflow.id).retired_at
    with pytest.raises(NotFoundError):  # never classified nor retired: no status yet
        subjects[2].subject_workflow_status(workflow)
    workflow.unretire_subjects(subjects[0])
    assert not workflow.subject_workflow_status(subjects[0]).retired_at
    workflow.remove_subject_sets(subject_set)
    assert subject_set.id not in Workflow.find(workflow.id).links.subject_sets


def test_links_need_a_saved_parent(alice: Panoptes) -> None:
    with pytest.raises(ObjectNotSavedException):
        Collection().add(1)
