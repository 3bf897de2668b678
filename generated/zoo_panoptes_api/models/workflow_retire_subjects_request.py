from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.workflow_retire_subjects_request_retirement_reason import (
    WorkflowRetireSubjectsRequestRetirementReason,
    check_workflow_retire_subjects_request_retirement_reason,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkflowRetireSubjectsRequest")


@_attrs_define
class WorkflowRetireSubjectsRequest:
    """Top-level body (not wrapped in `workflows`). Give `subject_id` or `subject_ids`."""

    subject_id: int | str | Unset = UNSET
    """ One id in a request body. The server accepts a string of digits or an integer (the panoptes-python-client
    sends strings, panoptescli integers); responses always carry strings. """
    subject_ids: list[int | str] | Unset = UNSET
    retirement_reason: WorkflowRetireSubjectsRequestRetirementReason | Unset = UNSET
    """ Why the subjects are retired. `blank` is also accepted and stored as `nothing_here`; any other value is
    answered with 422. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        subject_id: int | str | Unset
        if isinstance(self.subject_id, Unset):
            subject_id = UNSET
        else:
            subject_id = self.subject_id

        subject_ids: list[int | str] | Unset = UNSET
        if not isinstance(self.subject_ids, Unset):
            subject_ids = []
            for subject_ids_item_data in self.subject_ids:
                subject_ids_item: int | str
                subject_ids_item = subject_ids_item_data
                subject_ids.append(subject_ids_item)

        retirement_reason: str | Unset = UNSET
        if not isinstance(self.retirement_reason, Unset):
            retirement_reason = self.retirement_reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if subject_id is not UNSET:
            field_dict["subject_id"] = subject_id
        if subject_ids is not UNSET:
            field_dict["subject_ids"] = subject_ids
        if retirement_reason is not UNSET:
            field_dict["retirement_reason"] = retirement_reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_subject_id(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        subject_id = _parse_subject_id(d.pop("subject_id", UNSET))

        _subject_ids = d.pop("subject_ids", UNSET)
        subject_ids: list[int | str] | Unset = UNSET
        if _subject_ids is not UNSET:
            subject_ids = []
            for subject_ids_item_data in _subject_ids:

                def _parse_subject_ids_item(data: object) -> int | str:
                    return cast(int | str, data)

                subject_ids_item = _parse_subject_ids_item(subject_ids_item_data)

                subject_ids.append(subject_ids_item)

        _retirement_reason = d.pop("retirement_reason", UNSET)
        retirement_reason: WorkflowRetireSubjectsRequestRetirementReason | Unset
        if isinstance(_retirement_reason, Unset):
            retirement_reason = UNSET
        else:
            retirement_reason = check_workflow_retire_subjects_request_retirement_reason(
                _retirement_reason
            )

        workflow_retire_subjects_request = cls(
            subject_id=subject_id,
            subject_ids=subject_ids,
            retirement_reason=retirement_reason,
        )

        workflow_retire_subjects_request.additional_properties = d
        return workflow_retire_subjects_request

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
