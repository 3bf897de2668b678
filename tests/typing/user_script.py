"""A user's script, type-checked (never run) by test_user_script.py with ``mypy --strict``.

A line ending in a ``revealed: T`` comment must make mypy reveal exactly ``T`` (written without
the ``zoo_sdk.panoptes.`` prefix); a line ending in an ``error: CODE`` comment must be reported
with that error code; no other line may be reported.
"""

from __future__ import annotations

from typing import reveal_type

from zoo_sdk import Caesar, Panoptes, Project, Subject, SubjectSet, Workflow
from zoo_sdk.crowdflower import Client


def panoptes_objects() -> None:
    Panoptes.connect(username="example", password="...")
    project = Project(1234)
    reveal_type(project.display_name)  # revealed: str
    reveal_type(project.launch_date)  # revealed: str | None
    reveal_type(project.links.workflows)  # revealed: links.LinkCollection[workflow.Workflow]
    for workflow in project.links.workflows:
        reveal_type(workflow)  # revealed: workflow.Workflow
    reveal_type(project.links.owner)  # revealed: user.User | user_group.UserGroup | None
    reveal_type(project.links.avatar)  # revealed: dict[str, Any] | None
    project.links.workflows.add([1, "2", Workflow(3)])
    project.display_name = "Galaxy Zoo"

    subject = Subject()
    subject.links.project = project
    subject.links.project = 1234
    subject.links.subject_sets = [5678, SubjectSet(9)]
    reveal_type(subject.links.project)  # revealed: project.Project | None
    reveal_type(subject.links.subject_sets[0])  # revealed: subject_set.SubjectSet
    reveal_type(subject.metadata)  # revealed: dict[str, Any]

    subject_set = SubjectSet.find(5678)
    reveal_type(subject_set.links.subjects)  # revealed: links.LinkCollection[subject.Subject]
    reveal_type(subject_set.links.project)  # revealed: project.Project | None

    links = Workflow.find(7).links
    reveal_type(links.subject_sets)  # revealed: links.LinkCollection[subject_set.SubjectSet]
    reveal_type(links.published_version)  # revealed: workflow_version.WorkflowVersion | None

    _ = project.dispaly_name  # error: attr-defined
    _ = project.links.workflwos  # error: attr-defined
    subject.links.projcet = 1234  # error: attr-defined
    subject.links.project = [1, 2]  # error: assignment
    project.links.workflows.add(SubjectSet(1))  # error: arg-type
    project.links = subject.links  # error: assignment


def caesar_rules() -> None:
    caesar = Caesar(endpoint="http://127.0.0.1:8000/caesar")
    extractor = caesar.create_workflow_extractor(1234, "complete", "question", "T0")
    reveal_type(extractor["key"])  # revealed: str
    rule = caesar.create_workflow_rule(1234, "subject", '["const", true]')
    reveal_type(rule["id"])  # revealed: int | None
    if rule["id"] is not None:
        effect = caesar.create_workflow_rule_effect(1234, "subject", rule["id"], "retire_subject")
        reveal_type(effect["id"])  # revealed: int
    request = caesar.create_workflow_data_request(1234, "extracts")
    reveal_type(request["status"])  # revealed: str
    reveal_type(Workflow(1234).caesar_reducers()[0]["key"])  # revealed: str
    _ = extractor["kee"]  # error: typeddict-item


def crowdflower_jobs() -> None:
    client = Client("yourapikey")
    job = client.get_job(123)
    reveal_type(job.title)  # revealed: str | None
    reveal_type(job.units_count)  # revealed: int | None
    reveal_type(job["title"])  # revealed: Any
    job.title = "Label cats"
    job["title"] = "Label cats"
    unit = client.get_unit(job, 5)
    reveal_type(unit.state)  # revealed: str | None
    reveal_type(unit.results)  # revealed: dict[str, Any] | None
    reveal_type(job.launch(10).type)  # revealed: str | None
    _ = job.titel  # error: attr-defined


async def async_twin() -> None:
    from zoo_sdk import aio

    project = await aio.Project.find(1234)
    reveal_type(project)  # revealed: zoo_sdk.aio.Project
    reveal_type(project.display_name)  # revealed: str
    async for subject in aio.Subject.where(subject_set_id=42):
        reveal_type(subject)  # revealed: zoo_sdk.aio.Subject
        reveal_type(subject.sync)  # revealed: subject.Subject
    export = await project.get_export("classifications", generate=True)
    reveal_type(await export.save("cls.csv"))  # revealed: int
    _ = project.dispaly_name  # error: attr-defined
    project.save()  # error: unused-coroutine
