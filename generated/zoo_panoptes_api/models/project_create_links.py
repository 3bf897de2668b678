from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.owner_write import OwnerWrite


T = TypeVar("T", bound="ProjectCreateLinks")


@_attrs_define
class ProjectCreateLinks:
    """Relations of a new project. Linked workflows and subject sets are copied into it."""

    owner: OwnerWrite | Unset = UNSET
    """ Polymorphic owner in a request body. """
    workflows: list[str] | Unset = UNSET
    subject_sets: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        owner: dict[str, Any] | Unset = UNSET
        if not isinstance(self.owner, Unset):
            owner = self.owner.to_dict()

        workflows: list[str] | Unset = UNSET
        if not isinstance(self.workflows, Unset):
            workflows = self.workflows

        subject_sets: list[str] | Unset = UNSET
        if not isinstance(self.subject_sets, Unset):
            subject_sets = self.subject_sets

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if owner is not UNSET:
            field_dict["owner"] = owner
        if workflows is not UNSET:
            field_dict["workflows"] = workflows
        if subject_sets is not UNSET:
            field_dict["subject_sets"] = subject_sets

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.owner_write import OwnerWrite  # noqa: PLC0415

        d = dict(src_dict)
        _owner = d.pop("owner", UNSET)
        owner: OwnerWrite | Unset
        if isinstance(_owner, Unset):
            owner = UNSET
        else:
            owner = OwnerWrite.from_dict(_owner)

        workflows = cast(list[str], d.pop("workflows", UNSET))

        subject_sets = cast(list[str], d.pop("subject_sets", UNSET))

        project_create_links = cls(
            owner=owner,
            workflows=workflows,
            subject_sets=subject_sets,
        )

        project_create_links.additional_properties = d
        return project_create_links

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
