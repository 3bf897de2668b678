from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.workflow_version_links import WorkflowVersionLinks
    from ..models.workflow_version_strings import WorkflowVersionStrings
    from ..models.workflow_version_tasks import WorkflowVersionTasks


T = TypeVar("T", bound="WorkflowVersion")


@_attrs_define
class WorkflowVersion:
    """A snapshot of a workflow's content (tasks and strings) at one version."""

    id: str
    """ Panoptes ids are always serialized as strings of digits. """
    href: str | Unset = UNSET
    major_number: int | Unset = UNSET
    minor_number: int | Unset = UNSET
    grouped: bool | Unset = UNSET
    pairwise: bool | Unset = UNSET
    prioritized: bool | Unset = UNSET
    tasks: WorkflowVersionTasks | Unset = UNSET
    first_task: None | str | Unset = UNSET
    strings: WorkflowVersionStrings | Unset = UNSET
    """ Translatable strings referenced by `tasks`. """
    created_at: datetime.datetime | None | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    links: WorkflowVersionLinks | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        href = self.href

        major_number = self.major_number

        minor_number = self.minor_number

        grouped = self.grouped

        pairwise = self.pairwise

        prioritized = self.prioritized

        tasks: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tasks, Unset):
            tasks = self.tasks.to_dict()

        first_task: None | str | Unset
        if isinstance(self.first_task, Unset):
            first_task = UNSET
        else:
            first_task = self.first_task

        strings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.strings, Unset):
            strings = self.strings.to_dict()

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
        if major_number is not UNSET:
            field_dict["major_number"] = major_number
        if minor_number is not UNSET:
            field_dict["minor_number"] = minor_number
        if grouped is not UNSET:
            field_dict["grouped"] = grouped
        if pairwise is not UNSET:
            field_dict["pairwise"] = pairwise
        if prioritized is not UNSET:
            field_dict["prioritized"] = prioritized
        if tasks is not UNSET:
            field_dict["tasks"] = tasks
        if first_task is not UNSET:
            field_dict["first_task"] = first_task
        if strings is not UNSET:
            field_dict["strings"] = strings
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if links is not UNSET:
            field_dict["links"] = links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.workflow_version_links import WorkflowVersionLinks  # noqa: PLC0415
        from ..models.workflow_version_strings import WorkflowVersionStrings  # noqa: PLC0415
        from ..models.workflow_version_tasks import WorkflowVersionTasks  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        href = d.pop("href", UNSET)

        major_number = d.pop("major_number", UNSET)

        minor_number = d.pop("minor_number", UNSET)

        grouped = d.pop("grouped", UNSET)

        pairwise = d.pop("pairwise", UNSET)

        prioritized = d.pop("prioritized", UNSET)

        _tasks = d.pop("tasks", UNSET)
        tasks: WorkflowVersionTasks | Unset
        if isinstance(_tasks, Unset):
            tasks = UNSET
        else:
            tasks = WorkflowVersionTasks.from_dict(_tasks)

        def _parse_first_task(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        first_task = _parse_first_task(d.pop("first_task", UNSET))

        _strings = d.pop("strings", UNSET)
        strings: WorkflowVersionStrings | Unset
        if isinstance(_strings, Unset):
            strings = UNSET
        else:
            strings = WorkflowVersionStrings.from_dict(_strings)

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
        links: WorkflowVersionLinks | Unset
        if isinstance(_links, Unset):
            links = UNSET
        else:
            links = WorkflowVersionLinks.from_dict(_links)

        workflow_version = cls(
            id=id,
            href=href,
            major_number=major_number,
            minor_number=minor_number,
            grouped=grouped,
            pairwise=pairwise,
            prioritized=prioritized,
            tasks=tasks,
            first_task=first_task,
            strings=strings,
            created_at=created_at,
            updated_at=updated_at,
            links=links,
        )

        workflow_version.additional_properties = d
        return workflow_version

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
