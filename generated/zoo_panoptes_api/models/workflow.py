from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.workflow_configuration_type_0 import WorkflowConfigurationType0
    from ..models.workflow_links import WorkflowLinks
    from ..models.workflow_retirement import WorkflowRetirement
    from ..models.workflow_tasks import WorkflowTasks


T = TypeVar("T", bound="Workflow")


@_attrs_define
class Workflow:
    """A workflow: the series of tasks a volunteer completes for a subject. Subjects are selected from the linked subject
    sets.

        Example:
            {'id': '22', 'href': '/workflows/22', 'display_name': 'Find moons', 'primary_language': 'en', 'first_task':
                'T0', 'tasks': {'T0': {'type': 'single', 'question': 'Is there a moon?', 'answers': [{'label': 'Yes'}, {'label':
                'No'}], 'required': True}}, 'steps': [], 'retirement': {'criteria': 'classification_count', 'options': {'count':
                15}}, 'configuration': {}, 'pairwise': False, 'grouped': False, 'prioritized': False, 'active': True,
                'mobile_friendly': False, 'public_gold_standard': False, 'classifications_count': 1000, 'subjects_count': 200,
                'retired_set_member_subjects_count': 40, 'version': '22.1', 'content_language': 'en', 'completeness': 0.2,
                'finished_at': None, 'created_at': '2014-02-13T10:11:34Z', 'updated_at': '2014-02-13T10:11:34Z', 'links':
                {'project': '1', 'subject_sets': ['10', '11'], 'tutorial_subject': None, 'published_version': '301',
                'attached_images': {'href': '/workflows/22/attached_images', 'type': 'attached_images', 'ids': []}}}

    """

    id: str
    """ Panoptes ids are always serialized as strings of digits. """
    href: str | Unset = UNSET
    """ Relative URL without `/api`, e.g. `/workflows/22`. """
    display_name: str | Unset = UNSET
    primary_language: str | Unset = UNSET
    tasks: WorkflowTasks | Unset = UNSET
    """ Task key → task definition (`type`, `question`/`instruction`, `answers`/`tools`, `next`, ...). With
    `published=true` the published version's tasks are served. """
    first_task: None | str | Unset = UNSET
    """ Key of the first task in `tasks`. """
    steps: list[Any] | Unset = UNSET
    """ Ordered steps of the workflow (front-end defined structure). """
    retirement: WorkflowRetirement | Unset = UNSET
    """ Retirement strategy. `criteria` is `classification_count` (retire after `options.count` classifications) or
    `never_retire`. The server serializes `{criteria: classification_count, options: {count: 15}}` when none is set.
    """
    configuration: None | Unset | WorkflowConfigurationType0 = UNSET
    pairwise: bool | Unset = UNSET
    grouped: bool | Unset = UNSET
    prioritized: bool | Unset = UNSET
    active: bool | Unset = UNSET
    mobile_friendly: bool | Unset = UNSET
    public_gold_standard: bool | Unset = UNSET
    classifications_count: int | Unset = UNSET
    subjects_count: int | Unset = UNSET
    retired_set_member_subjects_count: int | Unset = UNSET
    version: str | Unset = UNSET
    """ `"<major>.<minor>"` version of the workflow content. """
    content_language: str | Unset = UNSET
    """ Same as `primary_language`. """
    completeness: float | Unset = UNSET
    """ Fraction of retired subjects, 0.0 to 1.0. """
    finished_at: datetime.datetime | None | Unset = UNSET
    """ Set when every subject of the workflow is retired. """
    created_at: datetime.datetime | None | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    links: WorkflowLinks | Unset = UNSET
    """ Relations of a workflow. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.workflow_configuration_type_0 import WorkflowConfigurationType0  # noqa: PLC0415

        id = self.id

        href = self.href

        display_name = self.display_name

        primary_language = self.primary_language

        tasks: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tasks, Unset):
            tasks = self.tasks.to_dict()

        first_task: None | str | Unset
        if isinstance(self.first_task, Unset):
            first_task = UNSET
        else:
            first_task = self.first_task

        steps: list[Any] | Unset = UNSET
        if not isinstance(self.steps, Unset):
            steps = self.steps

        retirement: dict[str, Any] | Unset = UNSET
        if not isinstance(self.retirement, Unset):
            retirement = self.retirement.to_dict()

        configuration: dict[str, Any] | None | Unset
        if isinstance(self.configuration, Unset):
            configuration = UNSET
        elif isinstance(self.configuration, WorkflowConfigurationType0):
            configuration = self.configuration.to_dict()
        else:
            configuration = self.configuration

        pairwise = self.pairwise

        grouped = self.grouped

        prioritized = self.prioritized

        active = self.active

        mobile_friendly = self.mobile_friendly

        public_gold_standard = self.public_gold_standard

        classifications_count = self.classifications_count

        subjects_count = self.subjects_count

        retired_set_member_subjects_count = self.retired_set_member_subjects_count

        version = self.version

        content_language = self.content_language

        completeness = self.completeness

        finished_at: None | str | Unset
        if isinstance(self.finished_at, Unset):
            finished_at = UNSET
        elif isinstance(self.finished_at, datetime.datetime):
            finished_at = self.finished_at.isoformat()
        else:
            finished_at = self.finished_at

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
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
        if primary_language is not UNSET:
            field_dict["primary_language"] = primary_language
        if tasks is not UNSET:
            field_dict["tasks"] = tasks
        if first_task is not UNSET:
            field_dict["first_task"] = first_task
        if steps is not UNSET:
            field_dict["steps"] = steps
        if retirement is not UNSET:
            field_dict["retirement"] = retirement
        if configuration is not UNSET:
            field_dict["configuration"] = configuration
        if pairwise is not UNSET:
            field_dict["pairwise"] = pairwise
        if grouped is not UNSET:
            field_dict["grouped"] = grouped
        if prioritized is not UNSET:
            field_dict["prioritized"] = prioritized
        if active is not UNSET:
            field_dict["active"] = active
        if mobile_friendly is not UNSET:
            field_dict["mobile_friendly"] = mobile_friendly
        if public_gold_standard is not UNSET:
            field_dict["public_gold_standard"] = public_gold_standard
        if classifications_count is not UNSET:
            field_dict["classifications_count"] = classifications_count
        if subjects_count is not UNSET:
            field_dict["subjects_count"] = subjects_count
        if retired_set_member_subjects_count is not UNSET:
            field_dict["retired_set_member_subjects_count"] = retired_set_member_subjects_count
        if version is not UNSET:
            field_dict["version"] = version
        if content_language is not UNSET:
            field_dict["content_language"] = content_language
        if completeness is not UNSET:
            field_dict["completeness"] = completeness
        if finished_at is not UNSET:
            field_dict["finished_at"] = finished_at
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if links is not UNSET:
            field_dict["links"] = links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.workflow_configuration_type_0 import WorkflowConfigurationType0  # noqa: PLC0415
        from ..models.workflow_links import WorkflowLinks  # noqa: PLC0415
        from ..models.workflow_retirement import WorkflowRetirement  # noqa: PLC0415
        from ..models.workflow_tasks import WorkflowTasks  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        href = d.pop("href", UNSET)

        display_name = d.pop("display_name", UNSET)

        primary_language = d.pop("primary_language", UNSET)

        _tasks = d.pop("tasks", UNSET)
        tasks: WorkflowTasks | Unset
        if isinstance(_tasks, Unset):
            tasks = UNSET
        else:
            tasks = WorkflowTasks.from_dict(_tasks)

        def _parse_first_task(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        first_task = _parse_first_task(d.pop("first_task", UNSET))

        steps = cast(list[Any], d.pop("steps", UNSET))

        _retirement = d.pop("retirement", UNSET)
        retirement: WorkflowRetirement | Unset
        if isinstance(_retirement, Unset):
            retirement = UNSET
        else:
            retirement = WorkflowRetirement.from_dict(_retirement)

        def _parse_configuration(data: object) -> None | Unset | WorkflowConfigurationType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                configuration_type_0 = WorkflowConfigurationType0.from_dict(data)

                return configuration_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | WorkflowConfigurationType0, data)

        configuration = _parse_configuration(d.pop("configuration", UNSET))

        pairwise = d.pop("pairwise", UNSET)

        grouped = d.pop("grouped", UNSET)

        prioritized = d.pop("prioritized", UNSET)

        active = d.pop("active", UNSET)

        mobile_friendly = d.pop("mobile_friendly", UNSET)

        public_gold_standard = d.pop("public_gold_standard", UNSET)

        classifications_count = d.pop("classifications_count", UNSET)

        subjects_count = d.pop("subjects_count", UNSET)

        retired_set_member_subjects_count = d.pop("retired_set_member_subjects_count", UNSET)

        version = d.pop("version", UNSET)

        content_language = d.pop("content_language", UNSET)

        completeness = d.pop("completeness", UNSET)

        def _parse_finished_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                finished_at_type_0 = datetime.datetime.fromisoformat(data)

                return finished_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        finished_at = _parse_finished_at(d.pop("finished_at", UNSET))

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
        links: WorkflowLinks | Unset
        if isinstance(_links, Unset):
            links = UNSET
        else:
            links = WorkflowLinks.from_dict(_links)

        workflow = cls(
            id=id,
            href=href,
            display_name=display_name,
            primary_language=primary_language,
            tasks=tasks,
            first_task=first_task,
            steps=steps,
            retirement=retirement,
            configuration=configuration,
            pairwise=pairwise,
            grouped=grouped,
            prioritized=prioritized,
            active=active,
            mobile_friendly=mobile_friendly,
            public_gold_standard=public_gold_standard,
            classifications_count=classifications_count,
            subjects_count=subjects_count,
            retired_set_member_subjects_count=retired_set_member_subjects_count,
            version=version,
            content_language=content_language,
            completeness=completeness,
            finished_at=finished_at,
            created_at=created_at,
            updated_at=updated_at,
            links=links,
        )

        workflow.additional_properties = d
        return workflow

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
