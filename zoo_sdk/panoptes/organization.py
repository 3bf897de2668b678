r"""Organization: an\ organization\ grouping\ projects."""

from __future__ import annotations

from zoo_payloads.panoptes_attributes import OrganizationAttributes

from zoo_sdk.panoptes.objects import PanoptesObject


class Organization(PanoptesObject, OrganizationAttributes):
    r"""An\ organization\ grouping\ projects.

    >>> Organization.where(page_size=10)   # doctest: +SKIP
    """

    _api_slug = "organizations"
    _singular = "organization"

    def add(self, projects: object) -> None:
        """Link projects (ids or Projects) to this organization."""
        self.links.projects.add(projects)

    def remove(self, projects: object) -> None:
        """Unlink projects from this organization."""
        self.links.projects.remove(projects)

    def __contains__(self, project: object) -> bool:
        """Whether a project is linked (no request beyond loading the organization)."""
        return project in self.links.projects
