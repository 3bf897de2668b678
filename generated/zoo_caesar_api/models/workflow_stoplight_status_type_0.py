from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkflowStoplightStatusType0")


@_attrs_define
class WorkflowStoplightStatusType0:
    """The circuit breakers that are currently red (each extractor, reducer and rule runs behind one)."""

    failed_extractors: list[Any] | Unset = UNSET
    failed_reducers: list[Any] | Unset = UNSET
    failed_subject_rules: list[Any] | Unset = UNSET
    failed_user_rules: list[Any] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        failed_extractors: list[Any] | Unset = UNSET
        if not isinstance(self.failed_extractors, Unset):
            failed_extractors = self.failed_extractors

        failed_reducers: list[Any] | Unset = UNSET
        if not isinstance(self.failed_reducers, Unset):
            failed_reducers = self.failed_reducers

        failed_subject_rules: list[Any] | Unset = UNSET
        if not isinstance(self.failed_subject_rules, Unset):
            failed_subject_rules = self.failed_subject_rules

        failed_user_rules: list[Any] | Unset = UNSET
        if not isinstance(self.failed_user_rules, Unset):
            failed_user_rules = self.failed_user_rules

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if failed_extractors is not UNSET:
            field_dict["failed_extractors"] = failed_extractors
        if failed_reducers is not UNSET:
            field_dict["failed_reducers"] = failed_reducers
        if failed_subject_rules is not UNSET:
            field_dict["failed_subject_rules"] = failed_subject_rules
        if failed_user_rules is not UNSET:
            field_dict["failed_user_rules"] = failed_user_rules

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        failed_extractors = cast(list[Any], d.pop("failed_extractors", UNSET))

        failed_reducers = cast(list[Any], d.pop("failed_reducers", UNSET))

        failed_subject_rules = cast(list[Any], d.pop("failed_subject_rules", UNSET))

        failed_user_rules = cast(list[Any], d.pop("failed_user_rules", UNSET))

        workflow_stoplight_status_type_0 = cls(
            failed_extractors=failed_extractors,
            failed_reducers=failed_reducers,
            failed_subject_rules=failed_subject_rules,
            failed_user_rules=failed_user_rules,
        )

        workflow_stoplight_status_type_0.additional_properties = d
        return workflow_stoplight_status_type_0

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
