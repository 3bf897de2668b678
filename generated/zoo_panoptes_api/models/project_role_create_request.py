from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.project_role_create import ProjectRoleCreate


T = TypeVar("T", bound="ProjectRoleCreateRequest")


@_attrs_define
class ProjectRoleCreateRequest:
    project_roles: ProjectRoleCreate
    """ Writable fields on create (strong params; unknown keys → 422). A second role resource for the same user and
    project → 422. Roles including `collaborator` or `expert` email the user. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        project_roles = self.project_roles.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "project_roles": project_roles,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.project_role_create import ProjectRoleCreate  # noqa: PLC0415

        d = dict(src_dict)
        project_roles = ProjectRoleCreate.from_dict(d.pop("project_roles"))

        project_role_create_request = cls(
            project_roles=project_roles,
        )

        project_role_create_request.additional_properties = d
        return project_role_create_request

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
