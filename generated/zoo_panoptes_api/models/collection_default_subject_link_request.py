from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CollectionDefaultSubjectLinkRequest")


@_attrs_define
class CollectionDefaultSubjectLinkRequest:
    """The body key must be `default_subject` and hold one subject id. A null (or missing) value is answered with 422 `Link
    relation default_subject must match body key`; to clear the default subject use `DELETE
    .../links/default_subject/{id}` or `PUT` with `links.default_subject: null`.

        Example:
            {'default_subject': '1'}

    """

    default_subject: int | str
    """ One id in a request body. The server accepts a string of digits or an integer (the panoptes-python-client
    sends strings, panoptescli integers); responses always carry strings. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        default_subject: int | str
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

        def _parse_default_subject(data: object) -> int | str:
            return cast(int | str, data)

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
