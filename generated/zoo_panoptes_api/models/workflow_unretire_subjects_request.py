from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkflowUnretireSubjectsRequest")


@_attrs_define
class WorkflowUnretireSubjectsRequest:
    """Top-level body (not wrapped in `workflows`). Give subjects (`subject_id`/`subject_ids`) or whole subject sets
    (`subject_set_id`/`subject_set_ids`).

    """

    subject_id: str | Unset = UNSET
    """ Panoptes ids are always serialized as strings of digits. """
    subject_ids: list[str] | Unset = UNSET
    subject_set_id: str | Unset = UNSET
    """ Panoptes ids are always serialized as strings of digits. """
    subject_set_ids: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        subject_id = self.subject_id

        subject_ids: list[str] | Unset = UNSET
        if not isinstance(self.subject_ids, Unset):
            subject_ids = self.subject_ids

        subject_set_id = self.subject_set_id

        subject_set_ids: list[str] | Unset = UNSET
        if not isinstance(self.subject_set_ids, Unset):
            subject_set_ids = self.subject_set_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if subject_id is not UNSET:
            field_dict["subject_id"] = subject_id
        if subject_ids is not UNSET:
            field_dict["subject_ids"] = subject_ids
        if subject_set_id is not UNSET:
            field_dict["subject_set_id"] = subject_set_id
        if subject_set_ids is not UNSET:
            field_dict["subject_set_ids"] = subject_set_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        subject_id = d.pop("subject_id", UNSET)

        subject_ids = cast(list[str], d.pop("subject_ids", UNSET))

        subject_set_id = d.pop("subject_set_id", UNSET)

        subject_set_ids = cast(list[str], d.pop("subject_set_ids", UNSET))

        workflow_unretire_subjects_request = cls(
            subject_id=subject_id,
            subject_ids=subject_ids,
            subject_set_id=subject_set_id,
            subject_set_ids=subject_set_ids,
        )

        workflow_unretire_subjects_request.additional_properties = d
        return workflow_unretire_subjects_request

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
