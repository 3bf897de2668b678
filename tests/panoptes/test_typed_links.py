"""Typed links at run time: what ``obj.links`` returns matches the generated ``<Singular>Links``
protocols (to-one → lazy object or None, to-many → LinkCollection, no SDK class → raw value), and
``links`` itself is not an attribute one can set."""

from __future__ import annotations

import pytest

from zoo_sdk import (
    LinkCollection,
    Panoptes,
    Project,
    ReadOnlyAttributeException,
    Subject,
    User,
    UserGroup,
    Workflow,
    WorkflowVersion,
)
from zoo_sdk.errors import UnknownAttributeError
from zoo_sdk.panoptes import links
from zoo_sdk.panoptes.link_targets import LINK_TARGETS

from .helpers import make_project, make_workflow


def test_links_is_neither_known_nor_settable() -> None:
    project = Project()
    assert "links" not in Project._known and "display_name" in Project._known
    with pytest.raises(ReadOnlyAttributeException, match="links is read-only"):
        project.links = {}  # type: ignore[assignment]
    assert isinstance(project.__dict__["links"], links.LinkResolver)
    assert project._raw["links"] == {}


def test_unknown_attributes_still_raise_with_suggestions() -> None:
    project = Project()
    with pytest.raises(UnknownAttributeError, match="did you mean 'display_name'"):
        _ = project.dispaly_name  # type: ignore[attr-defined]
    with pytest.raises(UnknownAttributeError):
        project.dispaly_name = "x"  # type: ignore[attr-defined]


def test_link_targets_are_the_one_alias_table() -> None:
    assert not hasattr(links, "ALIASES")
    assert links.class_for("owner") is User
    assert links.class_for("owner", {"id": "7", "type": "user_groups"}) is UserGroup
    assert links.class_for("published_version") is WorkflowVersion
    assert all(links.class_for(name) for name in LINK_TARGETS)


def test_reads_match_the_typed_links(alice: Panoptes) -> None:
    project = make_project()
    workflow = make_workflow(project)
    loaded = Project.find(project.id)
    assert isinstance(loaded.links.workflows, LinkCollection)
    assert [w.id for w in loaded.links.active_workflows] == [workflow.id]
    assert isinstance(loaded.links.owner, User)
    assert loaded.links.avatar is None  # a to-one link the record does not carry
    assert loaded.links.pages == []  # no SDK class: the ids as sent
    assert isinstance(loaded.links.attached_images, dict)
    assert Workflow.find(workflow.id).links.published_version is None
    assert Subject().links.project is None
    with pytest.raises(AttributeError, match="no link 'workflwos'"):
        _ = loaded.links.workflwos  # type: ignore[attr-defined]
