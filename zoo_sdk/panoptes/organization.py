r"""Organization: an\ organization\ grouping\ projects."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from zoo_payloads.panoptes_attributes import OrganizationAttributes

from zoo_sdk.panoptes.objects import PanoptesObject

if TYPE_CHECKING:
    from zoo_payloads.panoptes_links import OrganizationLinks

    from zoo_sdk.panoptes.project import Project


class Organization(PanoptesObject, OrganizationAttributes):
    r"""An\ organization\ grouping\ projects.

    >>> Organization.where(page_size=10)   # doctest: +SKIP
    """

    _api_slug = "organizations"
    _singular = "organization"
    links: OrganizationLinks

    def add(self, projects: Project | int | str | Iterable[Project | int | str]) -> None:
        """Link projects (ids or Projects) to this organization."""
        self.links.projects.add(projects)

    def remove(self, projects: Project | int | str | Iterable[Project | int | str]) -> None:
        """Unlink projects from this organization."""
        self.links.projects.remove(projects)

    def __contains__(self, project: object) -> bool:
        """Whether a project is linked (no request beyond loading the organization)."""
        return project in self.links.projects
