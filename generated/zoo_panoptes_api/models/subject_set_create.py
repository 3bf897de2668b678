from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.subject_set_create_links import SubjectSetCreateLinks
    from ..models.subject_set_create_metadata import SubjectSetCreateMetadata


T = TypeVar("T", bound="SubjectSetCreate")


@_attrs_define
class SubjectSetCreate:
    """Writable fields of a new subject set. Unknown keys are answered with 422."""

    display_name: str
    """ Unique within the project. """
    links: SubjectSetCreateLinks
    metadata: SubjectSetCreateMetadata | Unset = UNSET
    expert_set: bool | Unset = UNSET
    """ Marks a gold-standard set (write-only). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        display_name = self.display_name

        links = self.links.to_dict()

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        expert_set = self.expert_set

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "display_name": display_name,
                "links": links,
            }
        )
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if expert_set is not UNSET:
            field_dict["expert_set"] = expert_set

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.subject_set_create_links import SubjectSetCreateLinks  # noqa: PLC0415
        from ..models.subject_set_create_metadata import SubjectSetCreateMetadata  # noqa: PLC0415

        d = dict(src_dict)
        display_name = d.pop("display_name")

        links = SubjectSetCreateLinks.from_dict(d.pop("links"))

        _metadata = d.pop("metadata", UNSET)
        metadata: SubjectSetCreateMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = SubjectSetCreateMetadata.from_dict(_metadata)

        expert_set = d.pop("expert_set", UNSET)

        subject_set_create = cls(
            display_name=display_name,
            links=links,
            metadata=metadata,
            expert_set=expert_set,
        )

        subject_set_create.additional_properties = d
        return subject_set_create

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
