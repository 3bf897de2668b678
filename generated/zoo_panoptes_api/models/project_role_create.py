from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.project_role_create_links import ProjectRoleCreateLinks


T = TypeVar("T", bound="ProjectRoleCreate")


@_attrs_define
class ProjectRoleCreate:
    """Writable fields on create (strong params; unknown keys → 422). A second role resource for the same user and project
    → 422. Roles including `collaborator` or `expert` email the user.

    """

    links: ProjectRoleCreateLinks
    roles: list[str] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        links = self.links.to_dict()

        roles: list[str] | Unset = UNSET
        if not isinstance(self.roles, Unset):
            roles = self.roles

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "links": links,
            }
        )
        if roles is not UNSET:
            field_dict["roles"] = roles

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.project_role_create_links import ProjectRoleCreateLinks  # noqa: PLC0415

        d = dict(src_dict)
        links = ProjectRoleCreateLinks.from_dict(d.pop("links"))

        roles = cast(list[str], d.pop("roles", UNSET))

        project_role_create = cls(
            links=links,
            roles=roles,
        )

        return project_role_create
