from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.workflow_retirement_options import WorkflowRetirementOptions


T = TypeVar("T", bound="WorkflowRetirement")


@_attrs_define
class WorkflowRetirement:
    """Retirement strategy. `criteria` is `classification_count` (retire after `options.count` classifications) or
    `never_retire`. The server serializes `{criteria: classification_count, options: {count: 15}}` when none is set.

    """

    criteria: str | Unset = UNSET
    options: WorkflowRetirementOptions | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        criteria = self.criteria

        options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.options, Unset):
            options = self.options.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if criteria is not UNSET:
            field_dict["criteria"] = criteria
        if options is not UNSET:
            field_dict["options"] = options

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.workflow_retirement_options import WorkflowRetirementOptions  # noqa: PLC0415

        d = dict(src_dict)
        criteria = d.pop("criteria", UNSET)

        _options = d.pop("options", UNSET)
        options: WorkflowRetirementOptions | Unset
        if isinstance(_options, Unset):
            options = UNSET
        else:
            options = WorkflowRetirementOptions.from_dict(_options)

        workflow_retirement = cls(
            criteria=criteria,
            options=options,
        )

        workflow_retirement.additional_properties = d
        return workflow_retirement

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
