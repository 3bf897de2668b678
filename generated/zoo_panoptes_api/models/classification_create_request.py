from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.classification_create import ClassificationCreate


T = TypeVar("T", bound="ClassificationCreateRequest")


@_attrs_define
class ClassificationCreateRequest:
    """
    Example:
        {'classifications': {'completed': True, 'metadata': {'started_at': '2014-08-24T22:20:21Z', 'finished_at':
            '2014-08-24T22:24:31Z', 'user_agent': 'cURL', 'user_language': 'es_MX', 'workflow_version': '11.12',
            'utc_offset': '0'}, 'annotations': [{'task': 'T0', 'value': 1}], 'links': {'project': '2', 'workflow': '81',
            'subjects': ['11']}}}

    """

    classifications: ClassificationCreate
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        classifications = self.classifications.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "classifications": classifications,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.classification_create import ClassificationCreate  # noqa: PLC0415

        d = dict(src_dict)
        classifications = ClassificationCreate.from_dict(d.pop("classifications"))

        classification_create_request = cls(
            classifications=classifications,
        )

        classification_create_request.additional_properties = d
        return classification_create_request

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
