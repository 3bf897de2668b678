from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.membership_create_links import MembershipCreateLinks


T = TypeVar("T", bound="MembershipCreate")


@_attrs_define
class MembershipCreate:
    join_token: str
    """ The group's secret join token (not stored on the membership). """
    links: MembershipCreateLinks

    def to_dict(self) -> dict[str, Any]:
        join_token = self.join_token

        links = self.links.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "join_token": join_token,
                "links": links,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.membership_create_links import MembershipCreateLinks  # noqa: PLC0415

        d = dict(src_dict)
        join_token = d.pop("join_token")

        links = MembershipCreateLinks.from_dict(d.pop("links"))

        membership_create = cls(
            join_token=join_token,
            links=links,
        )

        return membership_create
