from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.link_templates import LinkTemplates
    from ..models.linked import Linked
    from ..models.media_response_meta import MediaResponseMeta
    from ..models.medium import Medium


T = TypeVar("T", bound="MediaResponse")


@_attrs_define
class MediaResponse:
    """The media envelope. `media` is always a list: one item for has-one media (avatar, background, profile_header,
    exports) and for a single attached image; a page of items for a has-many listing.

        Example:
            {'media': [{'id': '27687087', 'href': '/projects/1/avatar', 'src': 'https://panoptes-
                uploads.zooniverse.org/project_avatar/0b2c3f1e.png', 'content_type': 'image/png', 'media_type':
                'project_avatar', 'external_link': False, 'metadata': {'filename': 'avatar.png'}, 'created_at':
                '2024-05-01T12:00:00.000Z', 'links': {'linked': {'id': '1', 'type': 'projects', 'href': '/projects/1'}}}],
                'links': {}, 'meta': {'media': {'page': 1, 'page_size': 20, 'count': 1, 'include': [], 'page_count': 1,
                'previous_page': None, 'next_page': None, 'first_href': '/projects/1/avatar', 'previous_href': None,
                'next_href': None, 'last_href': '/projects/1/avatar'}}}

    """

    media: list[Medium]
    links: LinkTemplates | Unset = UNSET
    """ Keyed by `<plural>.<relation>`. """
    meta: MediaResponseMeta | Unset = UNSET
    linked: Linked | Unset = UNSET
    """ Side-loaded resources requested with `include`, keyed by type. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        media = []
        for media_item_data in self.media:
            media_item = media_item_data.to_dict()
            media.append(media_item)

        links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = self.links.to_dict()

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        linked: dict[str, Any] | Unset = UNSET
        if not isinstance(self.linked, Unset):
            linked = self.linked.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "media": media,
            }
        )
        if links is not UNSET:
            field_dict["links"] = links
        if meta is not UNSET:
            field_dict["meta"] = meta
        if linked is not UNSET:
            field_dict["linked"] = linked

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.link_templates import LinkTemplates  # noqa: PLC0415
        from ..models.linked import Linked  # noqa: PLC0415
        from ..models.media_response_meta import MediaResponseMeta  # noqa: PLC0415
        from ..models.medium import Medium  # noqa: PLC0415

        d = dict(src_dict)
        media = []
        _media = d.pop("media")
        for media_item_data in _media:
            media_item = Medium.from_dict(media_item_data)

            media.append(media_item)

        _links = d.pop("links", UNSET)
        links: LinkTemplates | Unset
        if isinstance(_links, Unset):
            links = UNSET
        else:
            links = LinkTemplates.from_dict(_links)

        _meta = d.pop("meta", UNSET)
        meta: MediaResponseMeta | Unset
        if isinstance(_meta, Unset):
            meta = UNSET
        else:
            meta = MediaResponseMeta.from_dict(_meta)

        _linked = d.pop("linked", UNSET)
        linked: Linked | Unset
        if isinstance(_linked, Unset):
            linked = UNSET
        else:
            linked = Linked.from_dict(_linked)

        media_response = cls(
            media=media,
            links=links,
            meta=meta,
            linked=linked,
        )

        media_response.additional_properties = d
        return media_response

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
