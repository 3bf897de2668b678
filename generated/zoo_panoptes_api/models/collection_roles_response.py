from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.collection_role import CollectionRole
    from ..models.collection_roles_response_meta import CollectionRolesResponseMeta
    from ..models.link_templates import LinkTemplates
    from ..models.linked import Linked


T = TypeVar("T", bound="CollectionRolesResponse")


@_attrs_define
class CollectionRolesResponse:
    collection_roles: list[CollectionRole]
    links: LinkTemplates | Unset = UNSET
    """ Keyed by `<plural>.<relation>`. """
    meta: CollectionRolesResponseMeta | Unset = UNSET
    linked: Linked | Unset = UNSET
    """ Side-loaded resources requested with `include`, keyed by type. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        collection_roles = []
        for collection_roles_item_data in self.collection_roles:
            collection_roles_item = collection_roles_item_data.to_dict()
            collection_roles.append(collection_roles_item)

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
                "collection_roles": collection_roles,
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
        from ..models.collection_role import CollectionRole  # noqa: PLC0415
        from ..models.collection_roles_response_meta import CollectionRolesResponseMeta  # noqa: PLC0415
        from ..models.link_templates import LinkTemplates  # noqa: PLC0415
        from ..models.linked import Linked  # noqa: PLC0415

        d = dict(src_dict)
        collection_roles = []
        _collection_roles = d.pop("collection_roles")
        for collection_roles_item_data in _collection_roles:
            collection_roles_item = CollectionRole.from_dict(collection_roles_item_data)

            collection_roles.append(collection_roles_item)

        _links = d.pop("links", UNSET)
        links: LinkTemplates | Unset
        if isinstance(_links, Unset):
            links = UNSET
        else:
            links = LinkTemplates.from_dict(_links)

        _meta = d.pop("meta", UNSET)
        meta: CollectionRolesResponseMeta | Unset
        if isinstance(_meta, Unset):
            meta = UNSET
        else:
            meta = CollectionRolesResponseMeta.from_dict(_meta)

        _linked = d.pop("linked", UNSET)
        linked: Linked | Unset
        if isinstance(_linked, Unset):
            linked = UNSET
        else:
            linked = Linked.from_dict(_linked)

        collection_roles_response = cls(
            collection_roles=collection_roles,
            links=links,
            meta=meta,
            linked=linked,
        )

        collection_roles_response.additional_properties = d
        return collection_roles_response

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
