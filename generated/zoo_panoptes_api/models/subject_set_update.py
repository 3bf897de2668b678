from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.subject_set_update_links import SubjectSetUpdateLinks
    from ..models.subject_set_update_metadata import SubjectSetUpdateMetadata


T = TypeVar("T", bound="SubjectSetUpdate")


@_attrs_define
class SubjectSetUpdate:
    """Writable fields of an existing subject set; send only what changes."""

    display_name: str | Unset = UNSET
    metadata: SubjectSetUpdateMetadata | Unset = UNSET
    expert_set: bool | Unset = UNSET
    """ Write-only. """
    links: SubjectSetUpdateLinks | Unset = UNSET
    """ Full replacement of the listed relations (unlinked resources are not destroyed); prefer `POST/DELETE
    /api/subject_sets/{subject_set_id}/links/subjects`. """

    def to_dict(self) -> dict[str, Any]:
        display_name = self.display_name

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        expert_set = self.expert_set

        links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = self.links.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if expert_set is not UNSET:
            field_dict["expert_set"] = expert_set
        if links is not UNSET:
            field_dict["links"] = links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.subject_set_update_links import SubjectSetUpdateLinks  # noqa: PLC0415
        from ..models.subject_set_update_metadata import SubjectSetUpdateMetadata  # noqa: PLC0415

        d = dict(src_dict)
        display_name = d.pop("display_name", UNSET)

        _metadata = d.pop("metadata", UNSET)
        metadata: SubjectSetUpdateMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = SubjectSetUpdateMetadata.from_dict(_metadata)

        expert_set = d.pop("expert_set", UNSET)

        _links = d.pop("links", UNSET)
        links: SubjectSetUpdateLinks | Unset
        if isinstance(_links, Unset):
            links = UNSET
        else:
            links = SubjectSetUpdateLinks.from_dict(_links)

        subject_set_update = cls(
            display_name=display_name,
            metadata=metadata,
            expert_set=expert_set,
            links=links,
        )

        return subject_set_update
