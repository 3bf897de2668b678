from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
    status: str | Unset = UNSET
    """ `active` (server default), `paused` or `halted`. """
    rules_applied: str | Unset = UNSET
    """ `all_matching_rules` (server default), `first_matching_rule` or `no_rules`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        public_extracts = self.public_extracts

        public_reductions = self.public_reductions

        status = self.status

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

        status = d.pop("status", UNSET)

        rules_applied = d.pop("rules_applied", UNSET)

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
