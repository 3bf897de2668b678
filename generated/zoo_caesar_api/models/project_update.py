from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.project_update_status import (
    ProjectUpdateStatus,
    check_project_update_status,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ProjectUpdate")


@_attrs_define
class ProjectUpdate:
    """Every key is optional, but the object must not be empty (the server answers 400 for `{"project": {}}`)."""

    public_reductions: bool | Unset = UNSET
    """ Make the reductions readable by anyone. """
    status: ProjectUpdateStatus | Unset = UNSET
    """ `active` or `halted`. """
    rerun: str | Unset = UNSET
    """ `reducers`: re-run the project reducers instead of updating the record. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        public_reductions = self.public_reductions

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        rerun = self.rerun

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if public_reductions is not UNSET:
            field_dict["public_reductions"] = public_reductions
        if status is not UNSET:
            field_dict["status"] = status
        if rerun is not UNSET:
            field_dict["rerun"] = rerun

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        public_reductions = d.pop("public_reductions", UNSET)

        _status = d.pop("status", UNSET)
        status: ProjectUpdateStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_project_update_status(_status)

        rerun = d.pop("rerun", UNSET)

        project_update = cls(
            public_reductions=public_reductions,
            status=status,
            rerun=rerun,
        )

        project_update.additional_properties = d
        return project_update

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
