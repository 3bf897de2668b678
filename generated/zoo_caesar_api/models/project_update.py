from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProjectUpdate")


@_attrs_define
class ProjectUpdate:
    public_reductions: bool | Unset = UNSET
    """ Make the reductions readable by anyone. """
    status: str | Unset = UNSET
    """ `active` or `halted`. """
    rerun: str | Unset = UNSET
    """ `reducers`: re-run the project reducers instead of updating the record. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        public_reductions = self.public_reductions

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

        status = d.pop("status", UNSET)

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
