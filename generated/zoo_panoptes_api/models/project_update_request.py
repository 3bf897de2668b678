from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.project_update import ProjectUpdate


T = TypeVar("T", bound="ProjectUpdateRequest")


@_attrs_define
class ProjectUpdateRequest:
    projects: ProjectUpdate
    """ Writable fields of an existing project; send only what changes. Unknown keys are answered with 422; admin-
    only fields are answered with 422 for other callers. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        projects = self.projects.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "projects": projects,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.project_update import ProjectUpdate  # noqa: PLC0415

        d = dict(src_dict)
        projects = ProjectUpdate.from_dict(d.pop("projects"))

        project_update_request = cls(
            projects=projects,
        )

        project_update_request.additional_properties = d
        return project_update_request

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
