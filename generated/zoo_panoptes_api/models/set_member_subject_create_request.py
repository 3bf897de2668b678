from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.set_member_subject_create import SetMemberSubjectCreate


T = TypeVar("T", bound="SetMemberSubjectCreateRequest")


@_attrs_define
class SetMemberSubjectCreateRequest:
    set_member_subjects: SetMemberSubjectCreate
    """ Writable fields of a new set member subject. Unknown keys are answered with 422. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        set_member_subjects = self.set_member_subjects.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "set_member_subjects": set_member_subjects,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.set_member_subject_create import SetMemberSubjectCreate  # noqa: PLC0415

        d = dict(src_dict)
        set_member_subjects = SetMemberSubjectCreate.from_dict(d.pop("set_member_subjects"))

        set_member_subject_create_request = cls(
            set_member_subjects=set_member_subjects,
        )

        set_member_subject_create_request.additional_properties = d
        return set_member_subject_create_request

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
