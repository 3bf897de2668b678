from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.medium_update_metadata import MediumUpdateMetadata


T = TypeVar("T", bound="MediumUpdate")


@_attrs_define
class MediumUpdate:
    """Writable fields of an existing medium (only `metadata`)."""

    metadata: MediumUpdateMetadata | Unset = UNSET
    """ Replaces the medium's free-form metadata. """

    def to_dict(self) -> dict[str, Any]:
        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.medium_update_metadata import MediumUpdateMetadata  # noqa: PLC0415

        d = dict(src_dict)
        _metadata = d.pop("metadata", UNSET)
        metadata: MediumUpdateMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = MediumUpdateMetadata.from_dict(_metadata)

        medium_update = cls(
            metadata=metadata,
        )

        return medium_update
