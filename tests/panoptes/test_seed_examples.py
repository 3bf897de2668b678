"""The examples of the panoptes_client documentation, unchanged apart from the import.

Ids in the documentation (1234, 5678, ...) are replaced by the ids of objects the test creates.
"""

from __future__ import annotations

from pathlib import Path

from zoo_sdk import (
    Classification,
    Collection,
    Organization,
    Panoptes,
    Project,
    ProjectPreferences,
    Subject,
    SubjectSet,
    User,
    Workflow,
    WorkflowVersion,
)
from zoo_sdk.emulator import Emulator

from .helpers import make_project, make_subject_set, make_workflow


def remote_subject(project: Project, n: int) -> Subject:
    subject = Subject()
    subject.links.project = project
    subject.add_location({"image/png": f"https://example.com/image-{n}.png"})
    subject.save()
    return subject


def test_link_collection_examples(alice: Panoptes) -> None:
    project = make_project()
    workflows = [make_workflow(project, f"w{i}") for i in range(3)]
    project = Project(project.id)

    print(project.links.workflows[2].display_name)
    for workflow in project.links.workflows:
        print(workflow.id)
    assert Workflow(workflows[1].id) in project.links.workflows
    assert 9012 not in project.links.workflows


def test_link_add_remove_examples(alice: Panoptes) -> None:
    project = make_project()
    organization = Organization()
    organization.display_name = "Org"
    organization.description = "An organization"
    organization.primary_language = "en"
    organization.save()
    organization.links.projects.add(int(project.id))
    organization.links.projects.remove(Project(project.id))
    organization.links.projects.add(Project(project.id))
    assert project.id in Organization.find(organization.id).links.projects

    workflow = make_workflow(project)
    sets = [make_subject_set(project, f"s{i}") for i in range(4)]
    workflow.links.subject_sets.add([int(s.id) for s in sets])
    workflow.links.subject_sets.remove([SubjectSet(sets[0].id), SubjectSet(sets[1].id)])
    assert set(Workflow.find(workflow.id).links.subject_sets.ids) == {sets[2].id, sets[3].id}


def test_several_identities_example(emu: Emulator) -> None:
    owner_client = Panoptes(username="alice", password="secret", endpoint=emu.url)
    with owner_client:
        project_id = make_project().id
        project = Project(project_id)
        project.display_name = "New name"
        project.save()
        workflow = make_workflow(project)
        subject_ids = [remote_subject(project, n).id for n in range(3)]
        collection = Collection()
        collection.display_name = "Shared"
        collection.private = False
        collection.save()
    with Panoptes(username="bob", password="hunter22", endpoint=emu.url):
        mine = Collection()
        mine.display_name = "Bob's"
        mine.private = False
        mine.save()
        Collection(mine.id).add(Subject(subject_ids[0]))
    with owner_client:
        Workflow(workflow.id).retire_subjects(subject_ids)
        assert Workflow(workflow.id).subject_workflow_status(subject_ids[1]).retired_at
        assert Collection.find(mine.id).links.subjects.ids == [subject_ids[0]]


def test_find_where_and_classification_scopes(alice: Panoptes) -> None:
    project = make_project()
    list(Project.where())
    list(Project.where(launch_approved=True))
    collection = Collection()
    collection.display_name = "My collection"
    collection.private = False
    collection.save()
    assert Collection.find(collection.id).id == collection.id
    assert Collection.find(slug=collection.slug).id == collection.id
    assert Project.find(slug=project.slug).id == project.id
    workflow = make_workflow(project)
    subject = remote_subject(project, 0)
    classification = Classification()
    classification.annotations = [{"task": "T0", "value": 1}]
    classification.metadata = {
        "started_at": "2026-11-21T10:00:00Z",
        "finished_at": "2026-11-21T10:00:05Z",
        "user_agent": "tests",
        "user_language": "en",
        "workflow_version": "1.1",
    }
    classification.links.project = project
    classification.links.workflow = workflow
    classification.links.subjects = [subject]
    classification.save()
    my_classifications = Classification.where()
    my_proj_classifications = Classification.where(project_id=int(project.id))
    all_proj_classifications = Classification.where(scope="project", project_id=int(project.id))
    assert [c.id for c in my_classifications] == [classification.id]
    assert [c.id for c in my_proj_classifications] == [classification.id]
    assert [c.id for c in all_proj_classifications] == [classification.id]
    assert list(Classification.where(project_id=int(make_project("Other").id))) == []


def test_collection_examples(alice: Panoptes) -> None:
    project = make_project()
    subjects = [remote_subject(project, n) for n in range(3)]
    collection = Collection()
    collection.display_name = "Examples"
    collection.private = False
    collection.save()
    collection.add(subjects[:2])
    collection.remove(subjects[0])
    collection.set_default_subject(int(subjects[1].id))
    collection.set_default_subject(Subject(subjects[1].id))
    assert [s.id for s in collection.subjects] == [subjects[1].id]


def test_project_examples(alice: Panoptes, emu: Emulator) -> None:
    project = make_project()
    other = make_project("Other")
    source_sets = [make_subject_set(other, f"s{i}") for i in range(2)]
    project.add_subject_sets(int(source_sets[0].id))
    project.add_subject_sets([SubjectSet(source_sets[1].id)])
    source_workflow = make_workflow(other)
    project.add_workflows(Workflow(source_workflow.id))
    reloaded = Project.find(project.id)
    assert len(reloaded.links.subject_sets) == 2 and len(reloaded.links.workflows) == 1
    all_collabs = project.collaborators()
    moderators = project.collaborators("moderators")
    assert [u.id for u in all_collabs] == [alice.logged_in_user_id] and moderators == []
    assert User.me().login == "alice"


def test_subject_location_and_async_save_examples(alice: Panoptes, pngs: list[Path]) -> None:
    project = make_project()
    subject = Subject()
    with open(pngs[0], "rb") as my_file:
        subject.add_location(my_file)
    subject.add_location(str(pngs[1]))
    subject.add_location({"image/png": "https://example.com/image.png"})
    subject.links.project = int(project.id)
    subject.save()
    assert len(Subject.find(subject.id).locations) == 3

    with Subject.async_saves():
        local_files = [str(p) for p in pngs[2:4]]
        for filename in local_files:
            s = Subject()
            s.links.project = int(project.id)
            s.add_location(filename)
            s.save()
    pool = Subject.async_saves()
    local_files = [str(p) for p in pngs[4:]]
    try:
        for filename in local_files:
            s = Subject()
            s.links.project = int(project.id)
            s.add_location(filename)
            s.save()
    finally:
        pool.shutdown()
    assert s.async_save_result is True
    assert len(list(Subject.where(project_id=project.id))) == 5


def test_subject_set_and_workflow_examples(alice: Panoptes) -> None:
    project = make_project()
    workflow = make_workflow(project)
    subject_set = make_subject_set(project)
    subjects = [remote_subject(project, n) for n in range(4)]
    subject_set.add(subjects)
    workflow.add_subject_sets(subject_set)
    workflow.retire_subjects(int(subjects[0].id))
    workflow.retire_subjects([int(subjects[1].id)])
    workflow.retire_subjects(Subject(subjects[2].id))
    workflow.retire_subjects([Subject(subjects[3].id)], reason="nothing_here")
    for status in subject_set.subject_workflow_statuses(int(workflow.id)):
        print(status.retirement_reason)
    statuses = list(workflow.subject_workflow_statuses(int(subject_set.id)))
    assert len(statuses) == 4 and all(s.retired_at for s in statuses)
    for subject in subject_set.subjects:
        print(subject.id)
    workflow.unretire_subjects_by_subject_set(subject_set)
    assert not workflow.subject_workflow_status(subjects[0].id).retired_at
    versions = list(workflow.versions)
    assert versions and WorkflowVersion.find(versions[0].id, workflow=workflow).id == versions[0].id


def test_project_preferences_examples(alice: Panoptes) -> None:
    project = make_project()
    workflow = make_workflow(project)
    user = User.me()
    preferences = ProjectPreferences()
    preferences.preferences = {}
    preferences.links.project = project
    preferences.save()  # the server only updates settings of existing preferences
    ProjectPreferences.save_settings(
        project=project, user=user, settings={"workflow_id": int(workflow.id)}
    )
    preferences = ProjectPreferences.find(user=user, project=project)
    assert preferences.settings == {"workflow_id": int(workflow.id)}


def test_export_examples(alice: Panoptes) -> None:
    project = make_project()
    project.generate_export("classifications")
    project.wait_export("classifications", timeout=30)
    classification_export = Project(project.id).get_export("classifications")
    rows = []
    for row in classification_export.csv_reader():
        rows.append(row)
    assert rows[0][:2] == ["classification_id", "user_name"]
    classification_export = Project(project.id).get_export("classifications")
    for row in classification_export.csv_dictreader():
        print(row)  # the project has no classifications: header only
    assert classification_export.response.is_closed


def test_project_media_and_copy(alice: Panoptes) -> None:
    project = Project()
    project.display_name = "Template"
    project.description = "copy me"
    project.primary_language = "en"
    project.private = False
    project.configuration = {"template": True}
    project.save()
    assert project.avatar is None
    image = project.add_attached_image("https://example.org/guide.png", "image/png")
    assert image["content_type"] == "image/png"
    assert [m["id"] for m in project.attached_images] == [image["id"]]
    assert User.me().avatar is None
    copied = project.copy("Uploads go here")
    assert copied.id != project.id and copied.display_name
    assert len(Project.find(copied.id).links.subject_sets) == 1
