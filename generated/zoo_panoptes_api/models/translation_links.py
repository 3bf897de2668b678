from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TranslationLinks")


@_attrs_define
class TranslationLinks:
    """The translated resource under its singular type (`project`, `project_page`, `organization`, `organization_page`,
    `field_guide`, `tutorial`, `workflow`; only one is present) and the published version.

    """

    project: None | str | Unset = UNSET
    project_page: None | str | Unset = UNSET
    organization: None | str | Unset = UNSET
    organization_page: None | str | Unset = UNSET
    field_guide: None | str | Unset = UNSET
    tutorial: None | str | Unset = UNSET
    workflow: None | str | Unset = UNSET
    published_version: None | str | Unset = UNSET
    """ Id of the published translation version, or null. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        project: None | str | Unset
        if isinstance(self.project, Unset):
            project = UNSET
        else:
            project = self.project

        project_page: None | str | Unset
        if isinstance(self.project_page, Unset):
            project_page = UNSET
        else:
            project_page = self.project_page

        organization: None | str | Unset
        if isinstance(self.organization, Unset):
            organization = UNSET
        else:
            organization = self.organization

        organization_page: None | str | Unset
        if isinstance(self.organization_page, Unset):
            organization_page = UNSET
        else:
            organization_page = self.organization_page

        field_guide: None | str | Unset
        if isinstance(self.field_guide, Unset):
            field_guide = UNSET
        else:
            field_guide = self.field_guide

        tutorial: None | str | Unset
        if isinstance(self.tutorial, Unset):
            tutorial = UNSET
        else:
            tutorial = self.tutorial

        workflow: None | str | Unset
        if isinstance(self.workflow, Unset):
            workflow = UNSET
        else:
            workflow = self.workflow

        published_version: None | str | Unset
        if isinstance(self.published_version, Unset):
            published_version = UNSET
        else:
            published_version = self.published_version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if project is not UNSET:
            field_dict["project"] = project
        if project_page is not UNSET:
            field_dict["project_page"] = project_page
        if organization is not UNSET:
            field_dict["organization"] = organization
        if organization_page is not UNSET:
            field_dict["organization_page"] = organization_page
        if field_guide is not UNSET:
            field_dict["field_guide"] = field_guide
        if tutorial is not UNSET:
            field_dict["tutorial"] = tutorial
        if workflow is not UNSET:
            field_dict["workflow"] = workflow
        if published_version is not UNSET:
            field_dict["published_version"] = published_version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_project(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        project = _parse_project(d.pop("project", UNSET))

        def _parse_project_page(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        project_page = _parse_project_page(d.pop("project_page", UNSET))

        def _parse_organization(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        organization = _parse_organization(d.pop("organization", UNSET))

        def _parse_organization_page(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        organization_page = _parse_organization_page(d.pop("organization_page", UNSET))

        def _parse_field_guide(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        field_guide = _parse_field_guide(d.pop("field_guide", UNSET))

        def _parse_tutorial(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        tutorial = _parse_tutorial(d.pop("tutorial", UNSET))

        def _parse_workflow(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        workflow = _parse_workflow(d.pop("workflow", UNSET))

        def _parse_published_version(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        published_version = _parse_published_version(d.pop("published_version", UNSET))

        translation_links = cls(
            project=project,
            project_page=project_page,
            organization=organization,
            organization_page=organization_page,
            field_guide=field_guide,
            tutorial=tutorial,
            workflow=workflow,
            published_version=published_version,
        )

        translation_links.additional_properties = d
        return translation_links

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
