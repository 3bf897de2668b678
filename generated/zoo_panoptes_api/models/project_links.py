from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.media_link import MediaLink
    from ..models.owner_link import OwnerLink


T = TypeVar("T", bound="ProjectLinks")


@_attrs_define
class ProjectLinks:
    """Relations of a project. To-many relations are always present (possibly empty)."""

    owner: OwnerLink | Unset = UNSET
    """ Owner of a project, collection or organization (a user or a user group). """
    workflows: list[str] | Unset = UNSET
    active_workflows: list[str] | Unset = UNSET
    subject_sets: list[str] | Unset = UNSET
    project_roles: list[str] | Unset = UNSET
    pages: list[str] | Unset = UNSET
    organizations: list[str] | Unset = UNSET
    avatar: MediaLink | Unset = UNSET
    """ A link to a media resource (`id` for has-one, `ids` for has-many). """
    background: MediaLink | Unset = UNSET
    """ A link to a media resource (`id` for has-one, `ids` for has-many). """
    attached_images: MediaLink | Unset = UNSET
    """ A link to a media resource (`id` for has-one, `ids` for has-many). """
    classifications_export: MediaLink | Unset = UNSET
    """ A link to a media resource (`id` for has-one, `ids` for has-many). """
    subjects_export: MediaLink | Unset = UNSET
    """ A link to a media resource (`id` for has-one, `ids` for has-many). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        owner: dict[str, Any] | Unset = UNSET
        if not isinstance(self.owner, Unset):
            owner = self.owner.to_dict()

        workflows: list[str] | Unset = UNSET
        if not isinstance(self.workflows, Unset):
            workflows = self.workflows

        active_workflows: list[str] | Unset = UNSET
        if not isinstance(self.active_workflows, Unset):
            active_workflows = self.active_workflows

        subject_sets: list[str] | Unset = UNSET
        if not isinstance(self.subject_sets, Unset):
            subject_sets = self.subject_sets

        project_roles: list[str] | Unset = UNSET
        if not isinstance(self.project_roles, Unset):
            project_roles = self.project_roles

        pages: list[str] | Unset = UNSET
        if not isinstance(self.pages, Unset):
            pages = self.pages

        organizations: list[str] | Unset = UNSET
        if not isinstance(self.organizations, Unset):
            organizations = self.organizations

        avatar: dict[str, Any] | Unset = UNSET
        if not isinstance(self.avatar, Unset):
            avatar = self.avatar.to_dict()

        background: dict[str, Any] | Unset = UNSET
        if not isinstance(self.background, Unset):
            background = self.background.to_dict()

        attached_images: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attached_images, Unset):
            attached_images = self.attached_images.to_dict()

        classifications_export: dict[str, Any] | Unset = UNSET
        if not isinstance(self.classifications_export, Unset):
            classifications_export = self.classifications_export.to_dict()

        subjects_export: dict[str, Any] | Unset = UNSET
        if not isinstance(self.subjects_export, Unset):
            subjects_export = self.subjects_export.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if owner is not UNSET:
            field_dict["owner"] = owner
        if workflows is not UNSET:
            field_dict["workflows"] = workflows
        if active_workflows is not UNSET:
            field_dict["active_workflows"] = active_workflows
        if subject_sets is not UNSET:
            field_dict["subject_sets"] = subject_sets
        if project_roles is not UNSET:
            field_dict["project_roles"] = project_roles
        if pages is not UNSET:
            field_dict["pages"] = pages
        if organizations is not UNSET:
            field_dict["organizations"] = organizations
        if avatar is not UNSET:
            field_dict["avatar"] = avatar
        if background is not UNSET:
            field_dict["background"] = background
        if attached_images is not UNSET:
            field_dict["attached_images"] = attached_images
        if classifications_export is not UNSET:
            field_dict["classifications_export"] = classifications_export
        if subjects_export is not UNSET:
            field_dict["subjects_export"] = subjects_export

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

        workflows = cast(list[str], d.pop("workflows", UNSET))

        active_workflows = cast(list[str], d.pop("active_workflows", UNSET))

        subject_sets = cast(list[str], d.pop("subject_sets", UNSET))

        project_roles = cast(list[str], d.pop("project_roles", UNSET))

        pages = cast(list[str], d.pop("pages", UNSET))

        organizations = cast(list[str], d.pop("organizations", UNSET))

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

        _classifications_export = d.pop("classifications_export", UNSET)
        classifications_export: MediaLink | Unset
        if isinstance(_classifications_export, Unset):
            classifications_export = UNSET
        else:
            classifications_export = MediaLink.from_dict(_classifications_export)

        _subjects_export = d.pop("subjects_export", UNSET)
        subjects_export: MediaLink | Unset
        if isinstance(_subjects_export, Unset):
            subjects_export = UNSET
        else:
            subjects_export = MediaLink.from_dict(_subjects_export)

        project_links = cls(
            owner=owner,
            workflows=workflows,
            active_workflows=active_workflows,
            subject_sets=subject_sets,
            project_roles=project_roles,
            pages=pages,
            organizations=organizations,
            avatar=avatar,
            background=background,
            attached_images=attached_images,
            classifications_export=classifications_export,
            subjects_export=subjects_export,
        )

        project_links.additional_properties = d
        return project_links

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
