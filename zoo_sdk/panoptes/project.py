"""Project: find by slug, workflows and subject sets, collaborators, copies, media, exports.

>>> project = Project.find(slug="zooniverse/galaxy-zoo")   # doctest: +SKIP
>>> project.add_workflows(1234)                            # doctest: +SKIP
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from zoo_payloads.panoptes_attributes import ProjectAttributes

from zoo_sdk import errors
from zoo_sdk._http import JSONBody
from zoo_sdk.panoptes.exports import Exportable
from zoo_sdk.panoptes.objects import call
from zoo_sdk.panoptes.paging import records_of

if TYPE_CHECKING:
    from zoo_payloads.panoptes_links import ProjectLinks


class Project(Exportable, ProjectAttributes):
    """A Zooniverse project."""

    _api_slug = "projects"
    _singular = "project"
    links: ProjectLinks

    @classmethod
    def find(cls, id: Any = None, slug: str | None = None, **kwargs: Any) -> Project:
        """Find by id, or by ``slug`` (``"owner/name"``)."""
        if id in ("", None) and slug is not None:
            return super().find(None, slug=slug, **kwargs)
        return super().find(id, **kwargs)

    def add_workflows(self, workflows: Any) -> None:
        """Link workflows; ones from another project are copied into this one by the server."""
        self.links.workflows.add(workflows)

    def add_subject_sets(self, subject_sets: Any) -> None:
        """Link subject sets; ones from another project are copied into this one by the server."""
        self.links.subject_sets.add(subject_sets)

    def collaborators(self, *roles: str) -> list[Any]:
        """Users holding any of ``roles`` on this project (all roles if none given)."""
        from zoo_sdk.panoptes.project_role import ProjectRole
        from zoo_sdk.panoptes.user import User

        wanted = set(roles)
        users: list[Any] = []
        for role in ProjectRole.where(project_id=self.id):
            if wanted and not wanted.intersection(role.roles or []):
                continue
            owner = (role.raw.get("links") or {}).get("owner") or {}
            if owner.get("type", "users") == "users" and owner.get("id"):
                users.append(User(owner["id"]))
        return users

    def copy(self, new_subject_set_name: str | None = None) -> Project:
        """Copy this (template) project into a new one owned by the current user."""
        if self.id is None:
            raise errors.ObjectNotSavedException("save the project before copying it")
        body = {"create_subject_set": new_subject_set_name} if new_subject_set_name else {}
        response = call(self._op("copy_project"), project_id=self.id, body=JSONBody(body))
        return Project._from_response(response)

    @property
    def avatar(self) -> dict[str, Any] | None:
        """The avatar's media resource, or None."""
        return _first_medium(call(_media_op("get_project_avatar"), project_id=self.id, ok=(404,)))

    @property
    def attached_images(self) -> list[dict[str, Any]]:
        """The media resources of the project's attached images."""
        response = call(_media_op("list_project_attached_images"), project_id=self.id)
        return records_of(response, "media")

    def add_attached_image(
        self,
        src: str,
        content_type: str = "image/png",
        external_link: bool = True,
        metadata: dict[str, Any] | None = None,
    ) -> dict[str, Any]:
        """Attach an image: an external link (``src`` is its URL) or an upload slot."""
        medium: dict[str, Any] = {
            "content_type": content_type,
            "external_link": external_link,
            "metadata": metadata or {},
        }
        if external_link:
            medium["src"] = src
        response = call(
            _media_op("create_project_attached_image"),
            project_id=self.id,
            body=JSONBody({"media": medium}),
        )
        return _first_medium(response) or {}


def _media_op(name: str) -> Any:
    from zoo_sdk.panoptes._ops import op

    return op("media", name)


def _first_medium(response: Any) -> dict[str, Any] | None:
    if response.status_code == 404:
        return None
    media = records_of(response, "media")
    return dict(media[0]) if media else None
