from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.data_request import DataRequest
    from ..models.data_requests_response_links import DataRequestsResponseLinks
    from ..models.data_requests_response_meta import DataRequestsResponseMeta


T = TypeVar("T", bound="DataRequestsResponse")


@_attrs_define
class DataRequestsResponse:
    """The RestPack envelope: the data requests and their page meta. (Top-level `links` appear only when the serializer
    declares includes, which this one does not.)

        Example:
            {'data_requests': [{'id': '17', 'section': 'project-1234', 'kind': 'comments', 'state': 'pending', 'url': None,
                'user_id': '6', 'project_id': '1234', 'expires_at': '2026-03-03T10:00:00.000Z', 'created_at':
                '2026-03-02T10:00:00.000Z', 'updated_at': '2026-03-02T10:00:00.000Z', 'href': '/data_requests/17', 'links':
                {}}], 'meta': {'data_requests': {'page': 1, 'page_size': 10, 'count': 1, 'include': [], 'page_count': 1,
                'previous_page': None, 'next_page': None, 'first_href':
                '/data_requests?sort=-created_at&kind=comments&section=project-1234', 'previous_href': None, 'next_href': None,
                'last_href': '/data_requests?sort=-created_at&kind=comments&section=project-1234', 'current_sort':
                '-created_at', 'default_sort': '-created_at', 'sortable_attributes': ['created_at']}}}

    """

    data_requests: list[DataRequest]
    links: DataRequestsResponseLinks | Unset = UNSET
    meta: DataRequestsResponseMeta | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data_requests = []
        for data_requests_item_data in self.data_requests:
            data_requests_item = data_requests_item_data.to_dict()
            data_requests.append(data_requests_item)

        links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = self.links.to_dict()

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data_requests": data_requests,
            }
        )
        if links is not UNSET:
            field_dict["links"] = links
        if meta is not UNSET:
            field_dict["meta"] = meta

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.data_request import DataRequest  # noqa: PLC0415
        from ..models.data_requests_response_links import DataRequestsResponseLinks  # noqa: PLC0415
        from ..models.data_requests_response_meta import DataRequestsResponseMeta  # noqa: PLC0415

        d = dict(src_dict)
        data_requests = []
        _data_requests = d.pop("data_requests")
        for data_requests_item_data in _data_requests:
            data_requests_item = DataRequest.from_dict(data_requests_item_data)

            data_requests.append(data_requests_item)

        _links = d.pop("links", UNSET)
        links: DataRequestsResponseLinks | Unset
        if isinstance(_links, Unset):
            links = UNSET
        else:
            links = DataRequestsResponseLinks.from_dict(_links)

        _meta = d.pop("meta", UNSET)
        meta: DataRequestsResponseMeta | Unset
        if isinstance(_meta, Unset):
            meta = UNSET
        else:
            meta = DataRequestsResponseMeta.from_dict(_meta)

        data_requests_response = cls(
            data_requests=data_requests,
            links=links,
            meta=meta,
        )

        data_requests_response.additional_properties = d
        return data_requests_response

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
