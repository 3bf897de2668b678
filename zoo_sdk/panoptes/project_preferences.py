"""ProjectPreferences: one user's settings and counts on one project."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from zoo_payloads.panoptes_attributes import ProjectPreferenceAttributes

from zoo_sdk import errors
from zoo_sdk._http import JSONBody
from zoo_sdk.panoptes.objects import PanoptesObject, call, ids_of

if TYPE_CHECKING:
    from zoo_payloads.panoptes_links import ProjectPreferenceLinks


class ProjectPreferences(PanoptesObject, ProjectPreferenceAttributes):
    """Preferences of a user on a project.

    >>> settings = {"workflow_id": 3}
    >>> ProjectPreferences.save_settings(project=1, user=2, settings=settings)  # doctest: +SKIP
    """

    _api_slug = "project_preferences"
    _singular = "project_preference"
    links: ProjectPreferenceLinks

    @classmethod
    def find(  # type: ignore[override]
        cls, id: Any = "", user: Any = None, project: Any = None
    ) -> ProjectPreferences:
        """Find by id, or by ``user`` and ``project`` together."""
        if (user is None) != (project is None):
            raise errors.ValidationError("give both user and project, or neither")
        if user is not None:
            return super().find(
                None, user_id=ids_of(user, "users")[0], project_id=ids_of(project, "projects")[0]
            )
        return super().find(id)

    @classmethod
    def save_settings(
        cls, project: Any = None, user: Any = None, settings: dict[str, Any] | None = None
    ) -> None:
        """Save settings for a user without reading their preferences first (project owners)."""
        if project is None or user is None:
            raise errors.ValidationError("save_settings needs both project and user")
        body = {
            "project_preferences": {
                "user_id": ids_of(user, "users")[0],
                "project_id": ids_of(project, "projects")[0],
                "settings": settings or {},
            }
        }
        call(cls._op("update_project_preference_settings"), idempotent=True, body=JSONBody(body))
