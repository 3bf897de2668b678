from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.user_group_links import UserGroupLinks


T = TypeVar("T", bound="UserGroup")


@_attrs_define
class UserGroup:
    """A group of users that can own projects and collections and classify together."""

    id: str
    """ Panoptes ids are always serialized as strings of digits. """
    href: str | Unset = UNSET
    type_: str | Unset = UNSET
    """ Always `user_groups`. """
    name: str | Unset = UNSET
    """ Name used in mentions and URLs. """
    display_name: str | Unset = UNSET
    stats_visibility: str | Unset = UNSET
    """ Who may see the group's stats. Known values: `private_agg_only` (the default), `private_show_agg_and_ind`,
    `public_agg_only`, `public_agg_show_ind_if_member`, `public_show_all`. """
    classifications_count: int | None | Unset = UNSET
    join_token: None | str | Unset = UNSET
    """ Secret needed to join the group; serialized only to group admins and admins. """
    created_at: datetime.datetime | None | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    links: UserGroupLinks | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        href = self.href

        type_ = self.type_

        name = self.name

        display_name = self.display_name

        stats_visibility = self.stats_visibility

        classifications_count: int | None | Unset
        if isinstance(self.classifications_count, Unset):
            classifications_count = UNSET
        else:
            classifications_count = self.classifications_count

        join_token: None | str | Unset
        if isinstance(self.join_token, Unset):
            join_token = UNSET
        else:
            join_token = self.join_token

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
        if type_ is not UNSET:
            field_dict["type"] = type_
        if name is not UNSET:
            field_dict["name"] = name
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
        if stats_visibility is not UNSET:
            field_dict["stats_visibility"] = stats_visibility
        if classifications_count is not UNSET:
            field_dict["classifications_count"] = classifications_count
        if join_token is not UNSET:
            field_dict["join_token"] = join_token
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if links is not UNSET:
            field_dict["links"] = links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.user_group_links import UserGroupLinks  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        href = d.pop("href", UNSET)

        type_ = d.pop("type", UNSET)

        name = d.pop("name", UNSET)

        display_name = d.pop("display_name", UNSET)

        stats_visibility = d.pop("stats_visibility", UNSET)

        def _parse_classifications_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        classifications_count = _parse_classifications_count(d.pop("classifications_count", UNSET))

        def _parse_join_token(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        join_token = _parse_join_token(d.pop("join_token", UNSET))

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
        links: UserGroupLinks | Unset
        if isinstance(_links, Unset):
            links = UNSET
        else:
            links = UserGroupLinks.from_dict(_links)

        user_group = cls(
            id=id,
            href=href,
            type_=type_,
            name=name,
            display_name=display_name,
            stats_visibility=stats_visibility,
            classifications_count=classifications_count,
            join_token=join_token,
            created_at=created_at,
            updated_at=updated_at,
            links=links,
        )

        user_group.additional_properties = d
        return user_group

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
