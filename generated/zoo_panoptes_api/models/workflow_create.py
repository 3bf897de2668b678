from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.workflow_create_configuration import WorkflowCreateConfiguration
    from ..models.workflow_create_links import WorkflowCreateLinks
    from ..models.workflow_create_tasks import WorkflowCreateTasks
    from ..models.workflow_retirement_write import WorkflowRetirementWrite


T = TypeVar("T", bound="WorkflowCreate")


@_attrs_define
class WorkflowCreate:
    """Writable fields of a new workflow. Unknown keys are answered with 422."""

    display_name: str
    primary_language: str
    links: WorkflowCreateLinks
    tasks: WorkflowCreateTasks | Unset = UNSET
    """ Task key → task definition. Its strings are extracted for translation. """
    first_task: str | Unset = UNSET
    steps: list[Any] | Unset = UNSET
    retirement: WorkflowRetirementWrite | Unset = UNSET
    """ Retirement strategy. `classification_count` needs `options.count`; `never_retire` takes empty `options`.
    When omitted the server uses `classification_count` with 15. """
    configuration: WorkflowCreateConfiguration | Unset = UNSET
    pairwise: bool | Unset = UNSET
    """ Server default false. """
    grouped: bool | Unset = UNSET
    """ Server default false. """
    prioritized: bool | Unset = UNSET
    """ Server default false. """
    active: bool | Unset = UNSET
    """ Forced to false when the project is live. """
    mobile_friendly: bool | Unset = UNSET
    public_gold_standard: bool | Unset = UNSET
    display_order_position: int | str | Unset = UNSET
    """ Position among the project's workflows (write-only). """
    serialize_with_project: bool | Unset = UNSET
    """ Include this workflow in project serializations (write-only). """

    def to_dict(self) -> dict[str, Any]:
        display_name = self.display_name

        primary_language = self.primary_language

        links = self.links.to_dict()

        tasks: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tasks, Unset):
            tasks = self.tasks.to_dict()

        first_task = self.first_task

        steps: list[Any] | Unset = UNSET
        if not isinstance(self.steps, Unset):
            steps = self.steps

        retirement: dict[str, Any] | Unset = UNSET
        if not isinstance(self.retirement, Unset):
            retirement = self.retirement.to_dict()

        configuration: dict[str, Any] | Unset = UNSET
        if not isinstance(self.configuration, Unset):
            configuration = self.configuration.to_dict()

        pairwise = self.pairwise

        grouped = self.grouped

        prioritized = self.prioritized

        active = self.active

        mobile_friendly = self.mobile_friendly

        public_gold_standard = self.public_gold_standard

        display_order_position: int | str | Unset
        if isinstance(self.display_order_position, Unset):
            display_order_position = UNSET
        else:
            display_order_position = self.display_order_position

        serialize_with_project = self.serialize_with_project

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "display_name": display_name,
                "primary_language": primary_language,
                "links": links,
            }
        )
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
        if display_order_position is not UNSET:
            field_dict["display_order_position"] = display_order_position
        if serialize_with_project is not UNSET:
            field_dict["serialize_with_project"] = serialize_with_project

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.workflow_create_configuration import WorkflowCreateConfiguration  # noqa: PLC0415
        from ..models.workflow_create_links import WorkflowCreateLinks  # noqa: PLC0415
        from ..models.workflow_create_tasks import WorkflowCreateTasks  # noqa: PLC0415
        from ..models.workflow_retirement_write import WorkflowRetirementWrite  # noqa: PLC0415

        d = dict(src_dict)
        display_name = d.pop("display_name")

        primary_language = d.pop("primary_language")

        links = WorkflowCreateLinks.from_dict(d.pop("links"))

        _tasks = d.pop("tasks", UNSET)
        tasks: WorkflowCreateTasks | Unset
        if isinstance(_tasks, Unset):
            tasks = UNSET
        else:
            tasks = WorkflowCreateTasks.from_dict(_tasks)

        first_task = d.pop("first_task", UNSET)

        steps = cast(list[Any], d.pop("steps", UNSET))

        _retirement = d.pop("retirement", UNSET)
        retirement: WorkflowRetirementWrite | Unset
        if isinstance(_retirement, Unset):
            retirement = UNSET
        else:
            retirement = WorkflowRetirementWrite.from_dict(_retirement)

        _configuration = d.pop("configuration", UNSET)
        configuration: WorkflowCreateConfiguration | Unset
        if isinstance(_configuration, Unset):
            configuration = UNSET
        else:
            configuration = WorkflowCreateConfiguration.from_dict(_configuration)

        pairwise = d.pop("pairwise", UNSET)

        grouped = d.pop("grouped", UNSET)

        prioritized = d.pop("prioritized", UNSET)

        active = d.pop("active", UNSET)

        mobile_friendly = d.pop("mobile_friendly", UNSET)

        public_gold_standard = d.pop("public_gold_standard", UNSET)

        def _parse_display_order_position(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        display_order_position = _parse_display_order_position(
            d.pop("display_order_position", UNSET)
        )

        serialize_with_project = d.pop("serialize_with_project", UNSET)

        workflow_create = cls(
            display_name=display_name,
            primary_language=primary_language,
            links=links,
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
            display_order_position=display_order_position,
            serialize_with_project=serialize_with_project,
        )

        return workflow_create
