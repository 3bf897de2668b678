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

    subject_id: int | str | Unset = UNSET
    """ One id in a request body. The server accepts a string of digits or an integer (the panoptes-python-client
    sends strings, panoptescli integers); responses always carry strings. """
    subject_ids: list[int | str] | Unset = UNSET
    subject_set_id: int | str | Unset = UNSET
    """ One id in a request body. The server accepts a string of digits or an integer (the panoptes-python-client
    sends strings, panoptescli integers); responses always carry strings. """
    subject_set_ids: list[int | str] | Unset = UNSET
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

        subject_set_id: int | str | Unset
        if isinstance(self.subject_set_id, Unset):
            subject_set_id = UNSET
        else:
            subject_set_id = self.subject_set_id

        subject_set_ids: list[int | str] | Unset = UNSET
        if not isinstance(self.subject_set_ids, Unset):
            subject_set_ids = []
            for subject_set_ids_item_data in self.subject_set_ids:
                subject_set_ids_item: int | str
                subject_set_ids_item = subject_set_ids_item_data
                subject_set_ids.append(subject_set_ids_item)

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

        def _parse_subject_set_id(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        subject_set_id = _parse_subject_set_id(d.pop("subject_set_id", UNSET))

        _subject_set_ids = d.pop("subject_set_ids", UNSET)
        subject_set_ids: list[int | str] | Unset = UNSET
        if _subject_set_ids is not UNSET:
            subject_set_ids = []
            for subject_set_ids_item_data in _subject_set_ids:

                def _parse_subject_set_ids_item(data: object) -> int | str:
                    return cast(int | str, data)

                subject_set_ids_item = _parse_subject_set_ids_item(subject_set_ids_item_data)

                subject_set_ids.append(subject_set_ids_item)

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
