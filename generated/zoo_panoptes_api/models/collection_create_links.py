from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.owner_write import OwnerWrite


T = TypeVar("T", bound="CollectionCreateLinks")


@_attrs_define
class CollectionCreateLinks:
    owner: OwnerWrite | Unset = UNSET
    """ Polymorphic owner in a request body. """
    project: int | str | Unset = UNSET
    """ One project id; the server turns it into `projects`. """
    projects: list[int | str] | Unset = UNSET
    subjects: list[int | str] | Unset = UNSET
    default_subject: int | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        owner: dict[str, Any] | Unset = UNSET
        if not isinstance(self.owner, Unset):
            owner = self.owner.to_dict()

        project: int | str | Unset
        if isinstance(self.project, Unset):
            project = UNSET
        else:
            project = self.project

        projects: list[int | str] | Unset = UNSET
        if not isinstance(self.projects, Unset):
            projects = []
            for projects_item_data in self.projects:
                projects_item: int | str
                projects_item = projects_item_data
                projects.append(projects_item)

        subjects: list[int | str] | Unset = UNSET
        if not isinstance(self.subjects, Unset):
            subjects = []
            for subjects_item_data in self.subjects:
                subjects_item: int | str
                subjects_item = subjects_item_data
                subjects.append(subjects_item)

        default_subject: int | str | Unset
        if isinstance(self.default_subject, Unset):
            default_subject = UNSET
        else:
            default_subject = self.default_subject

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if owner is not UNSET:
            field_dict["owner"] = owner
        if project is not UNSET:
            field_dict["project"] = project
        if projects is not UNSET:
            field_dict["projects"] = projects
        if subjects is not UNSET:
            field_dict["subjects"] = subjects
        if default_subject is not UNSET:
            field_dict["default_subject"] = default_subject

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.owner_write import OwnerWrite  # noqa: PLC0415

        d = dict(src_dict)
        _owner = d.pop("owner", UNSET)
        owner: OwnerWrite | Unset
        if isinstance(_owner, Unset):
            owner = UNSET
        else:
            owner = OwnerWrite.from_dict(_owner)

        def _parse_project(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        project = _parse_project(d.pop("project", UNSET))

        _projects = d.pop("projects", UNSET)
        projects: list[int | str] | Unset = UNSET
        if _projects is not UNSET:
            projects = []
            for projects_item_data in _projects:

                def _parse_projects_item(data: object) -> int | str:
                    return cast(int | str, data)

                projects_item = _parse_projects_item(projects_item_data)

                projects.append(projects_item)

        _subjects = d.pop("subjects", UNSET)
        subjects: list[int | str] | Unset = UNSET
        if _subjects is not UNSET:
            subjects = []
            for subjects_item_data in _subjects:

                def _parse_subjects_item(data: object) -> int | str:
                    return cast(int | str, data)

                subjects_item = _parse_subjects_item(subjects_item_data)

                subjects.append(subjects_item)

        def _parse_default_subject(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        default_subject = _parse_default_subject(d.pop("default_subject", UNSET))

        collection_create_links = cls(
            owner=owner,
            project=project,
            projects=projects,
            subjects=subjects,
            default_subject=default_subject,
        )

        return collection_create_links
