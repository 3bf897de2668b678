from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.classification_annotation_write import ClassificationAnnotationWrite
    from ..models.classification_create_links import ClassificationCreateLinks
    from ..models.classification_create_metadata import ClassificationCreateMetadata


T = TypeVar("T", bound="ClassificationCreate")


@_attrs_define
class ClassificationCreate:
    metadata: ClassificationCreateMetadata
    """ Classification metadata on create. `started_at`, `finished_at`, `user_agent`, `user_language` and
    `workflow_version` are required; further keys are accepted and stored as sent. """
    annotations: list[ClassificationAnnotationWrite]
    links: ClassificationCreateLinks
    completed: bool | Unset = UNSET
    """ False stores a half-finished classification that can be resumed later (see `GET
    /api/classifications/incomplete`). The server defaults to true. """
    gold_standard: bool | Unset = UNSET
    """ Marks the classification as a gold standard (project experts only). """

    def to_dict(self) -> dict[str, Any]:
        metadata = self.metadata.to_dict()

        annotations = []
        for annotations_item_data in self.annotations:
            annotations_item = annotations_item_data.to_dict()
            annotations.append(annotations_item)

        links = self.links.to_dict()

        completed = self.completed

        gold_standard = self.gold_standard

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "metadata": metadata,
                "annotations": annotations,
                "links": links,
            }
        )
        if completed is not UNSET:
            field_dict["completed"] = completed
        if gold_standard is not UNSET:
            field_dict["gold_standard"] = gold_standard

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.classification_annotation_write import (
            ClassificationAnnotationWrite,  # noqa: PLC0415
        )
        from ..models.classification_create_links import ClassificationCreateLinks  # noqa: PLC0415
        from ..models.classification_create_metadata import ClassificationCreateMetadata  # noqa: PLC0415

        d = dict(src_dict)
        metadata = ClassificationCreateMetadata.from_dict(d.pop("metadata"))

        annotations = []
        _annotations = d.pop("annotations")
        for annotations_item_data in _annotations:
            annotations_item = ClassificationAnnotationWrite.from_dict(annotations_item_data)

            annotations.append(annotations_item)

        links = ClassificationCreateLinks.from_dict(d.pop("links"))

        completed = d.pop("completed", UNSET)

        gold_standard = d.pop("gold_standard", UNSET)

        classification_create = cls(
            metadata=metadata,
            annotations=annotations,
            links=links,
            completed=completed,
            gold_standard=gold_standard,
        )

        return classification_create
