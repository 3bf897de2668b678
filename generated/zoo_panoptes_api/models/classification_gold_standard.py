from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.classification_annotation import ClassificationAnnotation
    from ..models.classification_gold_standard_links import (
        ClassificationGoldStandardLinks,
    )
    from ..models.classification_metadata import ClassificationMetadata


T = TypeVar("T", bound="ClassificationGoldStandard")


@_attrs_define
class ClassificationGoldStandard:
    """A gold-standard annotation, serialized under the `classifications` key; `id` is the id of the source classification."""

    id: str
    """ Panoptes ids are always serialized as strings of digits. """
    href: str | Unset = UNSET
    annotations: list[ClassificationAnnotation] | Unset = UNSET
    metadata: ClassificationMetadata | Unset = UNSET
    """ Free-form metadata recorded by the classifying client. The server merges the classification's
    `workflow_version` into it when serializing. """
    created_at: datetime.datetime | None | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    links: ClassificationGoldStandardLinks | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        href = self.href

        annotations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.annotations, Unset):
            annotations = []
            for annotations_item_data in self.annotations:
                annotations_item = annotations_item_data.to_dict()
                annotations.append(annotations_item)

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        elif isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = self.links.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if href is not UNSET:
            field_dict["href"] = href
        if annotations is not UNSET:
            field_dict["annotations"] = annotations
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if links is not UNSET:
            field_dict["links"] = links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.classification_annotation import ClassificationAnnotation  # noqa: PLC0415
        from ..models.classification_gold_standard_links import (
            ClassificationGoldStandardLinks,  # noqa: PLC0415
        )
        from ..models.classification_metadata import ClassificationMetadata  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        href = d.pop("href", UNSET)

        _annotations = d.pop("annotations", UNSET)
        annotations: list[ClassificationAnnotation] | Unset = UNSET
        if _annotations is not UNSET:
            annotations = []
            for annotations_item_data in _annotations:
                annotations_item = ClassificationAnnotation.from_dict(annotations_item_data)

                annotations.append(annotations_item)

        _metadata = d.pop("metadata", UNSET)
        metadata: ClassificationMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = ClassificationMetadata.from_dict(_metadata)

        def _parse_created_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                created_at_type_0 = datetime.datetime.fromisoformat(data)

                return created_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        created_at = _parse_created_at(d.pop("created_at", UNSET))

        def _parse_updated_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                updated_at_type_0 = datetime.datetime.fromisoformat(data)

                return updated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        updated_at = _parse_updated_at(d.pop("updated_at", UNSET))

        _links = d.pop("links", UNSET)
        links: ClassificationGoldStandardLinks | Unset
        if isinstance(_links, Unset):
            links = UNSET
        else:
            links = ClassificationGoldStandardLinks.from_dict(_links)

        classification_gold_standard = cls(
            id=id,
            href=href,
            annotations=annotations,
            metadata=metadata,
            created_at=created_at,
            updated_at=updated_at,
            links=links,
        )

        classification_gold_standard.additional_properties = d
        return classification_gold_standard

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
