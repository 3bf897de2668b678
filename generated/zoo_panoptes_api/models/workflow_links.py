from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.media_link import MediaLink


T = TypeVar("T", bound="WorkflowLinks")


@_attrs_define
class WorkflowLinks:
    """Relations of a workflow."""

    project: None | str | Unset = UNSET
    tutorial_subject: None | str | Unset = UNSET
    published_version: None | str | Unset = UNSET
    """ Id of the published workflow version. """
    subject_sets: list[str] | Unset = UNSET
    attached_images: MediaLink | Unset = UNSET
    """ A link to a media resource (`id` for has-one, `ids` for has-many). """
    classifications_export: MediaLink | Unset = UNSET
    """ A link to a media resource (`id` for has-one, `ids` for has-many). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        project: None | str | Unset
        if isinstance(self.project, Unset):
            project = UNSET
        else:
            project = self.project

        tutorial_subject: None | str | Unset
        if isinstance(self.tutorial_subject, Unset):
            tutorial_subject = UNSET
        else:
            tutorial_subject = self.tutorial_subject

        published_version: None | str | Unset
        if isinstance(self.published_version, Unset):
            published_version = UNSET
        else:
            published_version = self.published_version

        subject_sets: list[str] | Unset = UNSET
        if not isinstance(self.subject_sets, Unset):
            subject_sets = self.subject_sets

        attached_images: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attached_images, Unset):
            attached_images = self.attached_images.to_dict()

        classifications_export: dict[str, Any] | Unset = UNSET
        if not isinstance(self.classifications_export, Unset):
            classifications_export = self.classifications_export.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if project is not UNSET:
            field_dict["project"] = project
        if tutorial_subject is not UNSET:
            field_dict["tutorial_subject"] = tutorial_subject
        if published_version is not UNSET:
            field_dict["published_version"] = published_version
        if subject_sets is not UNSET:
            field_dict["subject_sets"] = subject_sets
        if attached_images is not UNSET:
            field_dict["attached_images"] = attached_images
        if classifications_export is not UNSET:
            field_dict["classifications_export"] = classifications_export

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.media_link import MediaLink  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_project(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        project = _parse_project(d.pop("project", UNSET))

        def _parse_tutorial_subject(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        tutorial_subject = _parse_tutorial_subject(d.pop("tutorial_subject", UNSET))

        def _parse_published_version(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        published_version = _parse_published_version(d.pop("published_version", UNSET))

        subject_sets = cast(list[str], d.pop("subject_sets", UNSET))

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

        workflow_links = cls(
            project=project,
            tutorial_subject=tutorial_subject,
            published_version=published_version,
            subject_sets=subject_sets,
            attached_images=attached_images,
            classifications_export=classifications_export,
        )

        workflow_links.additional_properties = d
        return workflow_links

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
