from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.media_link import MediaLink
    from ..models.owner_link import OwnerLink


T = TypeVar("T", bound="OrganizationLinks")


@_attrs_define
class OrganizationLinks:
    owner: OwnerLink | Unset = UNSET
    """ Owner of a project, collection or organization (a user or a user group). """
    organization_roles: list[str] | Unset = UNSET
    projects: list[str] | Unset = UNSET
    pages: list[str] | Unset = UNSET
    avatar: MediaLink | Unset = UNSET
    """ A link to a media resource (`id` for has-one, `ids` for has-many). """
    background: MediaLink | Unset = UNSET
    """ A link to a media resource (`id` for has-one, `ids` for has-many). """
    attached_images: MediaLink | Unset = UNSET
    """ A link to a media resource (`id` for has-one, `ids` for has-many). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        owner: dict[str, Any] | Unset = UNSET
        if not isinstance(self.owner, Unset):
            owner = self.owner.to_dict()

        organization_roles: list[str] | Unset = UNSET
        if not isinstance(self.organization_roles, Unset):
            organization_roles = self.organization_roles

        projects: list[str] | Unset = UNSET
        if not isinstance(self.projects, Unset):
            projects = self.projects

        pages: list[str] | Unset = UNSET
        if not isinstance(self.pages, Unset):
            pages = self.pages

        avatar: dict[str, Any] | Unset = UNSET
        if not isinstance(self.avatar, Unset):
            avatar = self.avatar.to_dict()

        background: dict[str, Any] | Unset = UNSET
        if not isinstance(self.background, Unset):
            background = self.background.to_dict()

        attached_images: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attached_images, Unset):
            attached_images = self.attached_images.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if owner is not UNSET:
            field_dict["owner"] = owner
        if organization_roles is not UNSET:
            field_dict["organization_roles"] = organization_roles
        if projects is not UNSET:
            field_dict["projects"] = projects
        if pages is not UNSET:
            field_dict["pages"] = pages
        if avatar is not UNSET:
            field_dict["avatar"] = avatar
        if background is not UNSET:
            field_dict["background"] = background
        if attached_images is not UNSET:
            field_dict["attached_images"] = attached_images

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.media_link import MediaLink  # noqa: PLC0415
        from ..models.owner_link import OwnerLink  # noqa: PLC0415

        d = dict(src_dict)
        _owner = d.pop("owner", UNSET)
        owner: OwnerLink | Unset
        if isinstance(_owner, Unset):
            owner = UNSET
        else:
            owner = OwnerLink.from_dict(_owner)

        organization_roles = cast(list[str], d.pop("organization_roles", UNSET))

        projects = cast(list[str], d.pop("projects", UNSET))

        pages = cast(list[str], d.pop("pages", UNSET))

        _avatar = d.pop("avatar", UNSET)
        avatar: MediaLink | Unset
        if isinstance(_avatar, Unset):
            avatar = UNSET
        else:
            avatar = MediaLink.from_dict(_avatar)

        _background = d.pop("background", UNSET)
        background: MediaLink | Unset
        if isinstance(_background, Unset):
            background = UNSET
        else:
            background = MediaLink.from_dict(_background)

        _attached_images = d.pop("attached_images", UNSET)
        attached_images: MediaLink | Unset
        if isinstance(_attached_images, Unset):
            attached_images = UNSET
        else:
            attached_images = MediaLink.from_dict(_attached_images)

        organization_links = cls(
            owner=owner,
            organization_roles=organization_roles,
            projects=projects,
            pages=pages,
            avatar=avatar,
            background=background,
            attached_images=attached_images,
        )

        organization_links.additional_properties = d
        return organization_links

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
