from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.classification_annotation_write import ClassificationAnnotationWrite
    from ..models.classification_update_metadata import ClassificationUpdateMetadata


T = TypeVar("T", bound="ClassificationUpdate")


@_attrs_define
class ClassificationUpdate:
    annotations: list[ClassificationAnnotationWrite]
    """ The full annotations array (replaces the stored one). """
    completed: bool | Unset = UNSET
    """ Set to true when the volunteer is done; a completed classification is frozen. """
    metadata: ClassificationUpdateMetadata | Unset = UNSET
    """ Classification metadata on update; further keys are accepted and stored as sent. """

    def to_dict(self) -> dict[str, Any]:
        annotations = []
        for annotations_item_data in self.annotations:
            annotations_item = annotations_item_data.to_dict()
            annotations.append(annotations_item)

        completed = self.completed

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "annotations": annotations,
            }
        )
        if completed is not UNSET:
            field_dict["completed"] = completed
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.classification_annotation_write import (
            ClassificationAnnotationWrite,  # noqa: PLC0415
        )
        from ..models.classification_update_metadata import ClassificationUpdateMetadata  # noqa: PLC0415

        d = dict(src_dict)
        annotations = []
        _annotations = d.pop("annotations")
        for annotations_item_data in _annotations:
            annotations_item = ClassificationAnnotationWrite.from_dict(annotations_item_data)

            annotations.append(annotations_item)

        completed = d.pop("completed", UNSET)

        _metadata = d.pop("metadata", UNSET)
        metadata: ClassificationUpdateMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = ClassificationUpdateMetadata.from_dict(_metadata)

        classification_update = cls(
            annotations=annotations,
            completed=completed,
            metadata=metadata,
        )

        return classification_update
