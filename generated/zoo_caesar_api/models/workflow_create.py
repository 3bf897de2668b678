from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.workflow_create_rules_applied import (
    WorkflowCreateRulesApplied,
    check_workflow_create_rules_applied,
)
from ..models.workflow_create_status import (
    WorkflowCreateStatus,
    check_workflow_create_status,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkflowCreate")


@_attrs_define
class WorkflowCreate:
    """Registers a Panoptes workflow with Caesar. The project id and names are fetched from Panoptes."""

    id: int
    """ The Panoptes workflow id; the caller must have access to it in Panoptes. """
    public_extracts: bool | Unset = UNSET
    """ Make the extracts readable by anyone. Server default false. """
    public_reductions: bool | Unset = UNSET
    """ Make the reductions readable by anyone. Server default false. """
    status: WorkflowCreateStatus | Unset = UNSET
    """ `active` (server default), `paused` or `halted`; another value is answered 422. """
    rules_applied: WorkflowCreateRulesApplied | Unset = UNSET
    """ `all_matching_rules` (server default), `first_matching_rule` or `no_rules`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        public_extracts = self.public_extracts

        public_reductions = self.public_reductions

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        rules_applied: str | Unset = UNSET
        if not isinstance(self.rules_applied, Unset):
            rules_applied = self.rules_applied

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if public_extracts is not UNSET:
            field_dict["public_extracts"] = public_extracts
        if public_reductions is not UNSET:
            field_dict["public_reductions"] = public_reductions
        if status is not UNSET:
            field_dict["status"] = status
        if rules_applied is not UNSET:
            field_dict["rules_applied"] = rules_applied

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        public_extracts = d.pop("public_extracts", UNSET)

        public_reductions = d.pop("public_reductions", UNSET)

        _status = d.pop("status", UNSET)
        status: WorkflowCreateStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_workflow_create_status(_status)

        _rules_applied = d.pop("rules_applied", UNSET)
        rules_applied: WorkflowCreateRulesApplied | Unset
        if isinstance(_rules_applied, Unset):
            rules_applied = UNSET
        else:
            rules_applied = check_workflow_create_rules_applied(_rules_applied)

        workflow_create = cls(
            id=id,
            public_extracts=public_extracts,
            public_reductions=public_reductions,
            status=status,
            rules_applied=rules_applied,
        )

        workflow_create.additional_properties = d
        return workflow_create

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
