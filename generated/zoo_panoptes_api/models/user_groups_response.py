from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.link_templates import LinkTemplates
    from ..models.linked import Linked
    from ..models.user_group import UserGroup
    from ..models.user_groups_response_meta import UserGroupsResponseMeta


T = TypeVar("T", bound="UserGroupsResponse")


@_attrs_define
class UserGroupsResponse:
    user_groups: list[UserGroup]
    links: LinkTemplates | Unset = UNSET
    """ Keyed by `<plural>.<relation>`. """
    meta: UserGroupsResponseMeta | Unset = UNSET
    linked: Linked | Unset = UNSET
    """ Side-loaded resources requested with `include`, keyed by type. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_groups = []
        for user_groups_item_data in self.user_groups:
            user_groups_item = user_groups_item_data.to_dict()
            user_groups.append(user_groups_item)

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
                "user_groups": user_groups,
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
        from ..models.user_group import UserGroup  # noqa: PLC0415
        from ..models.user_groups_response_meta import UserGroupsResponseMeta  # noqa: PLC0415

        d = dict(src_dict)
        user_groups = []
        _user_groups = d.pop("user_groups")
        for user_groups_item_data in _user_groups:
            user_groups_item = UserGroup.from_dict(user_groups_item_data)

            user_groups.append(user_groups_item)

        _links = d.pop("links", UNSET)
        links: LinkTemplates | Unset
        if isinstance(_links, Unset):
            links = UNSET
        else:
            links = LinkTemplates.from_dict(_links)

        _meta = d.pop("meta", UNSET)
        meta: UserGroupsResponseMeta | Unset
        if isinstance(_meta, Unset):
            meta = UNSET
        else:
            meta = UserGroupsResponseMeta.from_dict(_meta)

        _linked = d.pop("linked", UNSET)
        linked: Linked | Unset
        if isinstance(_linked, Unset):
            linked = UNSET
        else:
            linked = Linked.from_dict(_linked)

        user_groups_response = cls(
            user_groups=user_groups,
            links=links,
            meta=meta,
            linked=linked,
        )

        user_groups_response.additional_properties = d
        return user_groups_response

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
