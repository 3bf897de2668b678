"""Builders for the SDK tests: a project with a workflow and a subject set, via the SDK."""

from __future__ import annotations

from zoo_sdk import Project, SubjectSet, Workflow
from zoo_sdk.emulator import Emulator


def make_project(name: str = "Test project", private: bool = False) -> Project:
    project = Project()
    project.display_name = name
    project.description = "A project for tests"
    project.primary_language = "en"
    project.private = private
    project.save()
    return project


def make_workflow(project: Project, name: str = "Workflow") -> Workflow:
    workflow = Workflow()
    workflow.display_name = name
    workflow.primary_language = "en"
    workflow.links.project = project
    workflow.save()
    return workflow


def make_subject_set(project: Project, name: str = "Set") -> SubjectSet:
    subject_set = SubjectSet()
    subject_set.display_name = name
    subject_set.links.project = project
    subject_set.save()
    return subject_set


def allow_uploads(emulator: Emulator, login: str) -> None:
    """Lift the per-user subject limit (100), as Zooniverse does for whitelisted uploaders."""
    user = emulator.store.get("users", emulator.store.logins[login])
    assert user is not None
    user.attrs["upload_whitelist"] = True
