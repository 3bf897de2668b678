"""The `<Singular>Links` protocols and the CrowdFlower attribute classes the generator emits."""

from __future__ import annotations

from typing import Any

from codegen.attributes import (
    RuntimeClass,
    links_of,
    render_crowdflower,
    render_links,
    resources,
    runtime_classes,
)

ID = {"type": "string"}
DOCUMENT: dict[str, Any] = {"components": {"schemas": {
    "ProjectsResponse": {"type": "object", "properties": {
        "projects": {"type": "array", "items": {"$ref": "#/components/schemas/Project"}}}},
    "Project": {"type": "object", "properties": {
        "display_name": {"type": "string"},
        "links": {"$ref": "#/components/schemas/ProjectLinks"}}},
    "ProjectLinks": {"type": "object", "properties": {
        "owner": {"type": "object", "description": "A user or a user group."},
        "workflows": {"type": "array", "items": ID},
        "pages": {"type": "array", "items": ID},
        "avatar": {"type": "object"},
        "published_version": {"oneOf": [ID, {"type": "null"}]}}},
    "ProjectUpdate": {"type": "object", "properties": {"projects": {
        "type": "object", "properties": {"links": {"type": "object", "properties": {
            "subject_sets": {"type": "array", "items": ID}}}}}}},
}}}
CLASSES = {key: RuntimeClass(f"zoo_sdk.panoptes.{module}", name) for key, module, name in [
    ("projects", "project", "Project"), ("workflows", "workflow", "Workflow"),
    ("users", "user", "User"), ("user_groups", "user_group", "UserGroup"),
    ("subject_sets", "subject_set", "SubjectSet"),
    ("workflow_versions", "workflow_version", "WorkflowVersion"),
]}


def test_links_read_and_write_only() -> None:
    found = {link.name: link for link in links_of(DOCUMENT, resources(DOCUMENT)[0])}
    assert list(found) == ["owner", "workflows", "pages", "avatar", "published_version",
                           "subject_sets"]
    assert found["workflows"].many and not found["owner"].many
    assert found["subject_sets"].write_only and not found["pages"].write_only


def test_protocol_types_per_kind_of_link() -> None:
    text = render_links(DOCUMENT, CLASSES)
    assert "class ProjectLinks(Links, Protocol):" in text
    assert "    def workflows(self) -> LinkCollection[Workflow]:" in text
    assert "    def workflows(self, value: Iterable[Workflow | int | str]) -> None: ..." in text
    assert "    def owner(self) -> User | UserGroup | None:" in text  # polymorphic
    assert "    def owner(self, value: User | int | str | dict[str, Any] | None)" in text
    assert "    def published_version(self) -> WorkflowVersion | None:" in text  # an alias
    assert "    def pages(self) -> list[str]:" in text  # no SDK class: the raw ids
    assert "    def avatar(self) -> dict[str, Any] | None:" in text
    assert "    def subject_sets(self) -> LinkCollection[SubjectSet]:" in text  # write-only
    assert "if TYPE_CHECKING:\n" in text
    assert "    from zoo_sdk.panoptes.workflow import Workflow\n" in text
    assert "import zoo_sdk" not in text.split("if TYPE_CHECKING:")[0]


def test_runtime_classes_are_read_from_the_sdk_sources() -> None:
    classes = runtime_classes()
    assert classes["projects"] == classes["project"] == RuntimeClass(
        "zoo_sdk.panoptes.project", "Project")
    assert classes["project_preferences"].name == "ProjectPreferences"
    assert "workflow_versions" in classes and "media" not in classes


def test_crowdflower_attributes_are_none_when_not_required() -> None:
    document = {"components": {"schemas": {"Job": {"type": "object", "required": ["id", "title"],
        "properties": {"id": {"type": "integer"}, "title": {"type": "string"},
                       "state": {"type": "string"}, "_internal": {"type": "string"}}}}}}
    text = render_crowdflower(document)
    assert "class JobAttributes:" in text
    assert "    title: str\n" in text and "    state: str | None\n" in text
    assert "    id:" not in text and "_internal" not in text
