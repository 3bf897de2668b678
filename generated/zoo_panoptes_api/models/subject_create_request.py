from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.subject_create import SubjectCreate


T = TypeVar("T", bound="SubjectCreateRequest")


@_attrs_define
class SubjectCreateRequest:
    """One subject, or a list of subjects to create in one request (bulk create: the server wraps the value in an array and
    creates them in order, in one transaction; the response lists them in the same order).

    """

    subjects: list[SubjectCreate] | SubjectCreate
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.subject_create import SubjectCreate  # noqa: PLC0415

        subjects: dict[str, Any] | list[dict[str, Any]]
        if isinstance(self.subjects, SubjectCreate):
            subjects = self.subjects.to_dict()
        else:
            subjects = []
            for subjects_type_1_item_data in self.subjects:
                subjects_type_1_item = subjects_type_1_item_data.to_dict()
                subjects.append(subjects_type_1_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "subjects": subjects,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.subject_create import SubjectCreate  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_subjects(data: object) -> list[SubjectCreate] | SubjectCreate:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                subjects_type_0 = SubjectCreate.from_dict(data)

                return subjects_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            subjects_type_1 = []
            _subjects_type_1 = data
            for subjects_type_1_item_data in _subjects_type_1:
                subjects_type_1_item = SubjectCreate.from_dict(subjects_type_1_item_data)

                subjects_type_1.append(subjects_type_1_item)

            return subjects_type_1

        subjects = _parse_subjects(d.pop("subjects"))

        subject_create_request = cls(
            subjects=subjects,
        )

        subject_create_request.additional_properties = d
        return subject_create_request

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
