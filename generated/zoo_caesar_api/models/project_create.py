from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.project_create_status import (
    ProjectCreateStatus,
    check_project_create_status,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ProjectCreate")


@_attrs_define
class ProjectCreate:
    id: int
    """ The Panoptes project id; the caller must have access to it in Panoptes. """
    public_reductions: bool | Unset = UNSET
    """ Make the reductions readable by anyone. Server default false. """
    status: ProjectCreateStatus | Unset = UNSET
    """ `active` (server default) or `halted`; another value is answered 422. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        public_reductions = self.public_reductions

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if public_reductions is not UNSET:
            field_dict["public_reductions"] = public_reductions
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        public_reductions = d.pop("public_reductions", UNSET)

        _status = d.pop("status", UNSET)
        status: ProjectCreateStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_project_create_status(_status)

        project_create = cls(
            id=id,
            public_reductions=public_reductions,
            status=status,
        )

        project_create.additional_properties = d
        return project_create

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
