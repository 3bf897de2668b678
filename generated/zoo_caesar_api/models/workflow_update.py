from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.workflow_update_rules_applied import (
    WorkflowUpdateRulesApplied,
    check_workflow_update_rules_applied,
)
from ..models.workflow_update_status import (
    WorkflowUpdateStatus,
    check_workflow_update_status,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.workflow_update_extractors_config import WorkflowUpdateExtractorsConfig
    from ..models.workflow_update_reducers_config import WorkflowUpdateReducersConfig


T = TypeVar("T", bound="WorkflowUpdate")


@_attrs_define
class WorkflowUpdate:
    """Writable workflow settings. Every key is optional, but the object must not be empty (the server answers 400 for
    `{"workflow": {}}`); keys the server does not permit are dropped silently.

    """

    public_extracts: bool | Unset = UNSET
    """ Make the extracts readable by anyone. """
    public_reductions: bool | Unset = UNSET
    """ Make the reductions readable by anyone. """
    status: WorkflowUpdateStatus | Unset = UNSET
    """ `active`, `paused` or `halted`. Going from paused back to active queues the classifications received
    meanwhile. """
    rules_applied: WorkflowUpdateRulesApplied | Unset = UNSET
    """ `all_matching_rules`, `first_matching_rule` or `no_rules`. """
    rerun: str | Unset = UNSET
    """ `extractors` or `reducers`: re-run that stage of the pipeline for the whole workflow instead of updating the
    record. """
    extractors_config: WorkflowUpdateExtractorsConfig | Unset = UNSET
    """ Legacy bulk configuration: `{"<key>": {"type": "<short type>", ...config}}`. It **replaces all** extractors
    of the workflow. Prefer the extractors endpoints. """
    reducers_config: WorkflowUpdateReducersConfig | Unset = UNSET
    """ Legacy bulk configuration: `{"<key>": {"type": "<short type>", "filters": {...}, "grouping": {...},
    ...config}}`. It **replaces all** reducers of the workflow. Prefer the reducers endpoints. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        public_extracts = self.public_extracts

        public_reductions = self.public_reductions

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        rules_applied: str | Unset = UNSET
        if not isinstance(self.rules_applied, Unset):
            rules_applied = self.rules_applied

        rerun = self.rerun

        extractors_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.extractors_config, Unset):
            extractors_config = self.extractors_config.to_dict()

        reducers_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.reducers_config, Unset):
            reducers_config = self.reducers_config.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if public_extracts is not UNSET:
            field_dict["public_extracts"] = public_extracts
        if public_reductions is not UNSET:
            field_dict["public_reductions"] = public_reductions
        if status is not UNSET:
            field_dict["status"] = status
        if rules_applied is not UNSET:
            field_dict["rules_applied"] = rules_applied
        if rerun is not UNSET:
            field_dict["rerun"] = rerun
        if extractors_config is not UNSET:
            field_dict["extractors_config"] = extractors_config
        if reducers_config is not UNSET:
            field_dict["reducers_config"] = reducers_config

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.workflow_update_extractors_config import (
            WorkflowUpdateExtractorsConfig,  # noqa: PLC0415
        )
        from ..models.workflow_update_reducers_config import (
            WorkflowUpdateReducersConfig,  # noqa: PLC0415
        )

        d = dict(src_dict)
        public_extracts = d.pop("public_extracts", UNSET)

        public_reductions = d.pop("public_reductions", UNSET)

        _status = d.pop("status", UNSET)
        status: WorkflowUpdateStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_workflow_update_status(_status)

        _rules_applied = d.pop("rules_applied", UNSET)
        rules_applied: WorkflowUpdateRulesApplied | Unset
        if isinstance(_rules_applied, Unset):
            rules_applied = UNSET
        else:
            rules_applied = check_workflow_update_rules_applied(_rules_applied)

        rerun = d.pop("rerun", UNSET)

        _extractors_config = d.pop("extractors_config", UNSET)
        extractors_config: WorkflowUpdateExtractorsConfig | Unset
        if isinstance(_extractors_config, Unset):
            extractors_config = UNSET
        else:
            extractors_config = WorkflowUpdateExtractorsConfig.from_dict(_extractors_config)

        _reducers_config = d.pop("reducers_config", UNSET)
        reducers_config: WorkflowUpdateReducersConfig | Unset
        if isinstance(_reducers_config, Unset):
            reducers_config = UNSET
        else:
            reducers_config = WorkflowUpdateReducersConfig.from_dict(_reducers_config)

        workflow_update = cls(
            public_extracts=public_extracts,
            public_reductions=public_reductions,
            status=status,
            rules_applied=rules_applied,
            rerun=rerun,
            extractors_config=extractors_config,
            reducers_config=reducers_config,
        )

        workflow_update.additional_properties = d
        return workflow_update

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
