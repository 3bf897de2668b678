from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.workflow_stoplight_status_type_0 import WorkflowStoplightStatusType0


T = TypeVar("T", bound="Workflow")


@_attrs_define
class Workflow:
    """A workflow registered in Caesar (the ActiveRecord JSON dump; no envelope). Its id is the Panoptes workflow id.

    Example:
        {'id': 1234, 'project_id': 99, 'name': 'Transcribe the lines', 'project_name': 'Old Weather', 'public_extracts':
            False, 'public_reductions': True, 'rules_applied': 'all_matching_rules', 'status': 'active', 'extracts_count':
            5021, 'subject_reductions_count': 800, 'user_reductions_count': 0, 'extractors_count': 2, 'reducers_count': 3,
            'subject_rules_count': 2, 'user_rules_count': 0, 'custom_queue_name': None, 'created_at':
            '2024-02-01T10:00:00.000Z', 'updated_at': '2024-02-03T08:12:44.000Z'}

    """

    id: int
    """ The Panoptes workflow id. """
    project_id: int | Unset = UNSET
    """ The Panoptes project id (fetched from Panoptes). """
    name: None | str | Unset = UNSET
    """ The Panoptes display name of the workflow. """
    project_name: None | str | Unset = UNSET
    public_extracts: bool | Unset = UNSET
    """ When true anyone may read the workflow's extracts. """
    public_reductions: bool | Unset = UNSET
    """ When true anyone may read the workflow's subject and user reductions. """
    rules_applied: str | Unset = UNSET
    """ Which rules fire when several match. Known values: `all_matching_rules`, `first_matching_rule`, `no_rules`.
    """
    status: str | Unset = UNSET
    """ Whether classifications are processed. Known values: `active`, `paused`, `halted`. """
    extracts_count: int | None | Unset = UNSET
    subject_reductions_count: int | None | Unset = UNSET
    user_reductions_count: int | None | Unset = UNSET
    subject_actions_count: int | None | Unset = UNSET
    user_actions_count: int | None | Unset = UNSET
    extractors_count: int | None | Unset = UNSET
    reducers_count: int | None | Unset = UNSET
    subject_rules_count: int | None | Unset = UNSET
    user_rules_count: int | None | Unset = UNSET
    custom_queue_name: None | str | Unset = UNSET
    """ Sidekiq queue used for this workflow instead of the default ones. """
    stoplight_status: None | Unset | WorkflowStoplightStatusType0 = UNSET
    """ The circuit breakers that are currently red (each extractor, reducer and rule runs behind one). """
    created_at: datetime.datetime | None | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.workflow_stoplight_status_type_0 import (
            WorkflowStoplightStatusType0,  # noqa: PLC0415
        )

        id = self.id

        project_id = self.project_id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        project_name: None | str | Unset
        if isinstance(self.project_name, Unset):
            project_name = UNSET
        else:
            project_name = self.project_name

        public_extracts = self.public_extracts

        public_reductions = self.public_reductions

        rules_applied = self.rules_applied

        status = self.status

        extracts_count: int | None | Unset
        if isinstance(self.extracts_count, Unset):
            extracts_count = UNSET
        else:
            extracts_count = self.extracts_count

        subject_reductions_count: int | None | Unset
        if isinstance(self.subject_reductions_count, Unset):
            subject_reductions_count = UNSET
        else:
            subject_reductions_count = self.subject_reductions_count

        user_reductions_count: int | None | Unset
        if isinstance(self.user_reductions_count, Unset):
            user_reductions_count = UNSET
        else:
            user_reductions_count = self.user_reductions_count

        subject_actions_count: int | None | Unset
        if isinstance(self.subject_actions_count, Unset):
            subject_actions_count = UNSET
        else:
            subject_actions_count = self.subject_actions_count

        user_actions_count: int | None | Unset
        if isinstance(self.user_actions_count, Unset):
            user_actions_count = UNSET
        else:
            user_actions_count = self.user_actions_count

        extractors_count: int | None | Unset
        if isinstance(self.extractors_count, Unset):
            extractors_count = UNSET
        else:
            extractors_count = self.extractors_count

        reducers_count: int | None | Unset
        if isinstance(self.reducers_count, Unset):
            reducers_count = UNSET
        else:
            reducers_count = self.reducers_count

        subject_rules_count: int | None | Unset
        if isinstance(self.subject_rules_count, Unset):
            subject_rules_count = UNSET
        else:
            subject_rules_count = self.subject_rules_count

        user_rules_count: int | None | Unset
        if isinstance(self.user_rules_count, Unset):
            user_rules_count = UNSET
        else:
            user_rules_count = self.user_rules_count

        custom_queue_name: None | str | Unset
        if isinstance(self.custom_queue_name, Unset):
            custom_queue_name = UNSET
        else:
            custom_queue_name = self.custom_queue_name

        stoplight_status: dict[str, Any] | None | Unset
        if isinstance(self.stoplight_status, Unset):
            stoplight_status = UNSET
        elif isinstance(self.stoplight_status, WorkflowStoplightStatusType0):
            stoplight_status = self.stoplight_status.to_dict()
        else:
            stoplight_status = self.stoplight_status

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if project_id is not UNSET:
            field_dict["project_id"] = project_id
        if name is not UNSET:
            field_dict["name"] = name
        if project_name is not UNSET:
            field_dict["project_name"] = project_name
        if public_extracts is not UNSET:
            field_dict["public_extracts"] = public_extracts
        if public_reductions is not UNSET:
            field_dict["public_reductions"] = public_reductions
        if rules_applied is not UNSET:
            field_dict["rules_applied"] = rules_applied
        if status is not UNSET:
            field_dict["status"] = status
        if extracts_count is not UNSET:
            field_dict["extracts_count"] = extracts_count
        if subject_reductions_count is not UNSET:
            field_dict["subject_reductions_count"] = subject_reductions_count
        if user_reductions_count is not UNSET:
            field_dict["user_reductions_count"] = user_reductions_count
        if subject_actions_count is not UNSET:
            field_dict["subject_actions_count"] = subject_actions_count
        if user_actions_count is not UNSET:
            field_dict["user_actions_count"] = user_actions_count
        if extractors_count is not UNSET:
            field_dict["extractors_count"] = extractors_count
        if reducers_count is not UNSET:
            field_dict["reducers_count"] = reducers_count
        if subject_rules_count is not UNSET:
            field_dict["subject_rules_count"] = subject_rules_count
        if user_rules_count is not UNSET:
            field_dict["user_rules_count"] = user_rules_count
        if custom_queue_name is not UNSET:
            field_dict["custom_queue_name"] = custom_queue_name
        if stoplight_status is not UNSET:
            field_dict["stoplight_status"] = stoplight_status
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.workflow_stoplight_status_type_0 import (
            WorkflowStoplightStatusType0,  # noqa: PLC0415
        )

        d = dict(src_dict)
        id = d.pop("id")

        project_id = d.pop("project_id", UNSET)

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_project_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        project_name = _parse_project_name(d.pop("project_name", UNSET))

        public_extracts = d.pop("public_extracts", UNSET)

        public_reductions = d.pop("public_reductions", UNSET)

        rules_applied = d.pop("rules_applied", UNSET)

        status = d.pop("status", UNSET)

        def _parse_extracts_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        extracts_count = _parse_extracts_count(d.pop("extracts_count", UNSET))

        def _parse_subject_reductions_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        subject_reductions_count = _parse_subject_reductions_count(
            d.pop("subject_reductions_count", UNSET)
        )

        def _parse_user_reductions_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        user_reductions_count = _parse_user_reductions_count(d.pop("user_reductions_count", UNSET))

        def _parse_subject_actions_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        subject_actions_count = _parse_subject_actions_count(d.pop("subject_actions_count", UNSET))

        def _parse_user_actions_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        user_actions_count = _parse_user_actions_count(d.pop("user_actions_count", UNSET))

        def _parse_extractors_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        extractors_count = _parse_extractors_count(d.pop("extractors_count", UNSET))

        def _parse_reducers_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        reducers_count = _parse_reducers_count(d.pop("reducers_count", UNSET))

        def _parse_subject_rules_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        subject_rules_count = _parse_subject_rules_count(d.pop("subject_rules_count", UNSET))

        def _parse_user_rules_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        user_rules_count = _parse_user_rules_count(d.pop("user_rules_count", UNSET))

        def _parse_custom_queue_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        custom_queue_name = _parse_custom_queue_name(d.pop("custom_queue_name", UNSET))

        def _parse_stoplight_status(data: object) -> None | Unset | WorkflowStoplightStatusType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_workflow_stoplight_status_type_0 = (
                    WorkflowStoplightStatusType0.from_dict(data)
                )

                return componentsschemas_workflow_stoplight_status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | WorkflowStoplightStatusType0, data)

        stoplight_status = _parse_stoplight_status(d.pop("stoplight_status", UNSET))

        def _parse_created_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_timestamp_type_0 = datetime.datetime.fromisoformat(data)

                return componentsschemas_timestamp_type_0
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
                componentsschemas_timestamp_type_0 = datetime.datetime.fromisoformat(data)

                return componentsschemas_timestamp_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        updated_at = _parse_updated_at(d.pop("updated_at", UNSET))

        workflow = cls(
            id=id,
            project_id=project_id,
            name=name,
            project_name=project_name,
            public_extracts=public_extracts,
            public_reductions=public_reductions,
            rules_applied=rules_applied,
            status=status,
            extracts_count=extracts_count,
            subject_reductions_count=subject_reductions_count,
            user_reductions_count=user_reductions_count,
            subject_actions_count=subject_actions_count,
            user_actions_count=user_actions_count,
            extractors_count=extractors_count,
            reducers_count=reducers_count,
            subject_rules_count=subject_rules_count,
            user_rules_count=user_rules_count,
            custom_queue_name=custom_queue_name,
            stoplight_status=stoplight_status,
            created_at=created_at,
            updated_at=updated_at,
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
