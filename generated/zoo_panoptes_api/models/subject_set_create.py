from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

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

    def to_dict(self) -> dict[str, Any]:
        display_name = self.display_name

        links = self.links.to_dict()

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        expert_set = self.expert_set

        field_dict: dict[str, Any] = {}

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

        return subject_set_create
