from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CollectionDefaultSubjectLinkRequest")


@_attrs_define
class CollectionDefaultSubjectLinkRequest:
    """
    Example:
        {'default_subject': '1'}

    """

    default_subject: int | list[int | str] | None | str
    """ The subject id; null resets to the first subject of the collection. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        default_subject: int | list[int | str] | None | str
        if isinstance(self.default_subject, list):
            default_subject = []
            for componentsschemas_link_ids_write_type_2_item_data in self.default_subject:
                componentsschemas_link_ids_write_type_2_item: int | str
                componentsschemas_link_ids_write_type_2_item = (
                    componentsschemas_link_ids_write_type_2_item_data
                )
                default_subject.append(componentsschemas_link_ids_write_type_2_item)

        else:
            default_subject = self.default_subject

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "default_subject": default_subject,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_default_subject(data: object) -> int | list[int | str] | None | str:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                componentsschemas_link_ids_write_type_2 = []
                _componentsschemas_link_ids_write_type_2 = data
                for (
                    componentsschemas_link_ids_write_type_2_item_data
                ) in _componentsschemas_link_ids_write_type_2:

                    def _parse_componentsschemas_link_ids_write_type_2_item(
                        data: object,
                    ) -> int | str:
                        return cast(int | str, data)

                    componentsschemas_link_ids_write_type_2_item = (
                        _parse_componentsschemas_link_ids_write_type_2_item(
                            componentsschemas_link_ids_write_type_2_item_data
                        )
                    )

                    componentsschemas_link_ids_write_type_2.append(
                        componentsschemas_link_ids_write_type_2_item
                    )

                return componentsschemas_link_ids_write_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(int | list[int | str] | None | str, data)

        default_subject = _parse_default_subject(d.pop("default_subject"))

        collection_default_subject_link_request = cls(
            default_subject=default_subject,
        )

        collection_default_subject_link_request.additional_properties = d
        return collection_default_subject_link_request

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
