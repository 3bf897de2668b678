from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.owner_write import OwnerWrite


T = TypeVar("T", bound="SubjectCreateLinks")


@_attrs_define
class SubjectCreateLinks:
    project: str
    """ Panoptes ids are always serialized as strings of digits. """
    subject_sets: list[str] | Unset = UNSET
    owner: OwnerWrite | Unset = UNSET
    """ Polymorphic owner in a request body. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        project = self.project

        subject_sets: list[str] | Unset = UNSET
        if not isinstance(self.subject_sets, Unset):
            subject_sets = self.subject_sets

        owner: dict[str, Any] | Unset = UNSET
        if not isinstance(self.owner, Unset):
            owner = self.owner.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "project": project,
            }
        )
        if subject_sets is not UNSET:
            field_dict["subject_sets"] = subject_sets
        if owner is not UNSET:
            field_dict["owner"] = owner

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.owner_write import OwnerWrite  # noqa: PLC0415

        d = dict(src_dict)
        project = d.pop("project")

        subject_sets = cast(list[str], d.pop("subject_sets", UNSET))

        _owner = d.pop("owner", UNSET)
        owner: OwnerWrite | Unset
        if isinstance(_owner, Unset):
            owner = UNSET
        else:
            owner = OwnerWrite.from_dict(_owner)

        subject_create_links = cls(
            project=project,
            subject_sets=subject_sets,
            owner=owner,
        )

        subject_create_links.additional_properties = d
        return subject_create_links

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
