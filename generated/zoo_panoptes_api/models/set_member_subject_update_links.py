from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SetMemberSubjectUpdateLinks")


@_attrs_define
class SetMemberSubjectUpdateLinks:
    retired_workflows: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        retired_workflows: list[str] | Unset = UNSET
        if not isinstance(self.retired_workflows, Unset):
            retired_workflows = self.retired_workflows

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if retired_workflows is not UNSET:
            field_dict["retired_workflows"] = retired_workflows

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        retired_workflows = cast(list[str], d.pop("retired_workflows", UNSET))

        set_member_subject_update_links = cls(
            retired_workflows=retired_workflows,
        )

        set_member_subject_update_links.additional_properties = d
        return set_member_subject_update_links

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
