from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.owner_link import OwnerLink


T = TypeVar("T", bound="CollectionLinks")


@_attrs_define
class CollectionLinks:
    owner: OwnerLink | Unset = UNSET
    """ Owner of a project, collection or organization (a user or a user group). """
    collection_roles: list[str] | Unset = UNSET
    subjects: list[str] | Unset = UNSET
    projects: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        owner: dict[str, Any] | Unset = UNSET
        if not isinstance(self.owner, Unset):
            owner = self.owner.to_dict()

        collection_roles: list[str] | Unset = UNSET
        if not isinstance(self.collection_roles, Unset):
            collection_roles = self.collection_roles

        subjects: list[str] | Unset = UNSET
        if not isinstance(self.subjects, Unset):
            subjects = self.subjects

        projects: list[str] | Unset = UNSET
        if not isinstance(self.projects, Unset):
            projects = self.projects

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if owner is not UNSET:
            field_dict["owner"] = owner
        if collection_roles is not UNSET:
            field_dict["collection_roles"] = collection_roles
        if subjects is not UNSET:
            field_dict["subjects"] = subjects
        if projects is not UNSET:
            field_dict["projects"] = projects

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.owner_link import OwnerLink  # noqa: PLC0415

        d = dict(src_dict)
        _owner = d.pop("owner", UNSET)
        owner: OwnerLink | Unset
        if isinstance(_owner, Unset):
            owner = UNSET
        else:
            owner = OwnerLink.from_dict(_owner)

        collection_roles = cast(list[str], d.pop("collection_roles", UNSET))

        subjects = cast(list[str], d.pop("subjects", UNSET))

        projects = cast(list[str], d.pop("projects", UNSET))

        collection_links = cls(
            owner=owner,
            collection_roles=collection_roles,
            subjects=subjects,
            projects=projects,
        )

        collection_links.additional_properties = d
        return collection_links

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
