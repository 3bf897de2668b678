from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.workflow_create import WorkflowCreate


T = TypeVar("T", bound="WorkflowCreateRequest")


@_attrs_define
class WorkflowCreateRequest:
    workflows: WorkflowCreate
    """ Writable fields of a new workflow. Unknown keys are answered with 422. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        workflows = self.workflows.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "workflows": workflows,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.workflow_create import WorkflowCreate  # noqa: PLC0415

        d = dict(src_dict)
        workflows = WorkflowCreate.from_dict(d.pop("workflows"))

        workflow_create_request = cls(
            workflows=workflows,
        )

        workflow_create_request.additional_properties = d
        return workflow_create_request

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
