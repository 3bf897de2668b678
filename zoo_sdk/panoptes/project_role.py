r"""ProjectRole: roles\ of\ a\ user\ or\ group\ on\ a\ project."""

from __future__ import annotations

from typing import TYPE_CHECKING

from zoo_payloads.panoptes_attributes import ProjectRoleAttributes

from zoo_sdk.panoptes.objects import PanoptesObject

if TYPE_CHECKING:
    from zoo_payloads.panoptes_links import ProjectRoleLinks


class ProjectRole(PanoptesObject, ProjectRoleAttributes):
    r"""Roles\ of\ a\ user\ or\ group\ on\ a\ project.

    >>> ProjectRole.where(page_size=10)   # doctest: +SKIP
    """

    _api_slug = "project_roles"
    _singular = "project_role"
    links: ProjectRoleLinks
