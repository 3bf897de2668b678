from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..models.workflow_retirement_write_criteria import (
    WorkflowRetirementWriteCriteria,
    check_workflow_retirement_write_criteria,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.workflow_retirement_write_options import WorkflowRetirementWriteOptions


T = TypeVar("T", bound="WorkflowRetirementWrite")


@_attrs_define
class WorkflowRetirementWrite:
    """Retirement strategy. `classification_count` needs `options.count`; `never_retire` takes empty `options`. When
    omitted the server uses `classification_count` with 15.

    """

    criteria: WorkflowRetirementWriteCriteria | Unset = UNSET
    options: WorkflowRetirementWriteOptions | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        criteria: str | Unset = UNSET
        if not isinstance(self.criteria, Unset):
            criteria = self.criteria

        options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.options, Unset):
            options = self.options.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if criteria is not UNSET:
            field_dict["criteria"] = criteria
        if options is not UNSET:
            field_dict["options"] = options

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.workflow_retirement_write_options import (
            WorkflowRetirementWriteOptions,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _criteria = d.pop("criteria", UNSET)
        criteria: WorkflowRetirementWriteCriteria | Unset
        if isinstance(_criteria, Unset):
            criteria = UNSET
        else:
            criteria = check_workflow_retirement_write_criteria(_criteria)

        _options = d.pop("options", UNSET)
        options: WorkflowRetirementWriteOptions | Unset
        if isinstance(_options, Unset):
            options = UNSET
        else:
            options = WorkflowRetirementWriteOptions.from_dict(_options)

        workflow_retirement_write = cls(
            criteria=criteria,
            options=options,
        )

        return workflow_retirement_write
