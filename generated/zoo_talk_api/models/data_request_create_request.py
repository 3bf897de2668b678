from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.data_request_create import DataRequestCreate


T = TypeVar("T", bound="DataRequestCreateRequest")


@_attrs_define
class DataRequestCreateRequest:
    """Body of a data request create, under the plural root key.

    Example:
        {'data_requests': {'section': 'project-1234', 'kind': 'comments'}}

    """

    data_requests: DataRequestCreate
    """ Writable fields of a new data request (`DataRequestSchema#create`, additional properties refused). The
    server fills in `user_id` from the token. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data_requests = self.data_requests.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data_requests": data_requests,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.data_request_create import DataRequestCreate  # noqa: PLC0415

        d = dict(src_dict)
        data_requests = DataRequestCreate.from_dict(d.pop("data_requests"))

        data_request_create_request = cls(
            data_requests=data_requests,
        )

        data_request_create_request.additional_properties = d
        return data_request_create_request

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
