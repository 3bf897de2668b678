from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.project_page_write import ProjectPageWrite


T = TypeVar("T", bound="ProjectPageUpdateRequest")


@_attrs_define
class ProjectPageUpdateRequest:
    project_pages: ProjectPageWrite
    """ Writable fields of a project page on create and update (strong params; unknown keys → 422). The project link
    is taken from the path. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        project_pages = self.project_pages.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "project_pages": project_pages,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.project_page_write import ProjectPageWrite  # noqa: PLC0415

        d = dict(src_dict)
        project_pages = ProjectPageWrite.from_dict(d.pop("project_pages"))

        project_page_update_request = cls(
            project_pages=project_pages,
        )

        project_page_update_request.additional_properties = d
        return project_page_update_request

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
