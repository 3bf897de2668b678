from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.page_meta import PageMeta


T = TypeVar("T", bound="DataRequestsResponseMeta")


@_attrs_define
class DataRequestsResponseMeta:
    data_requests: PageMeta | Unset = UNSET
    """ RestPack paging of one list: counts, neighbouring pages and their hrefs, and Talk's sort information. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data_requests: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data_requests, Unset):
            data_requests = self.data_requests.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if data_requests is not UNSET:
            field_dict["data_requests"] = data_requests

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.page_meta import PageMeta  # noqa: PLC0415

        d = dict(src_dict)
        _data_requests = d.pop("data_requests", UNSET)
        data_requests: PageMeta | Unset
        if isinstance(_data_requests, Unset):
            data_requests = UNSET
        else:
            data_requests = PageMeta.from_dict(_data_requests)

        data_requests_response_meta = cls(
            data_requests=data_requests,
        )

        data_requests_response_meta.additional_properties = d
        return data_requests_response_meta

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
