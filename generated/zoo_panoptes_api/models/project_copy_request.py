from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProjectCopyRequest")


@_attrs_define
class ProjectCopyRequest:
    """Top-level body of the copy action (not wrapped in `projects`)."""

    create_subject_set: str | Unset = UNSET
    """ When given, an empty subject set with this display name is created in the copy. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        create_subject_set = self.create_subject_set

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if create_subject_set is not UNSET:
            field_dict["create_subject_set"] = create_subject_set

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        create_subject_set = d.pop("create_subject_set", UNSET)

        project_copy_request = cls(
            create_subject_set=create_subject_set,
        )

        project_copy_request.additional_properties = d
        return project_copy_request

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
