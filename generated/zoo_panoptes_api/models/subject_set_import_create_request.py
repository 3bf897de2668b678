from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.subject_set_import_create import SubjectSetImportCreate


T = TypeVar("T", bound="SubjectSetImportCreateRequest")


@_attrs_define
class SubjectSetImportCreateRequest:
    subject_set_imports: SubjectSetImportCreate
    """ Writable fields of a new import. Unknown keys are answered with 422. The manifest is a CSV with one row per
    subject and the columns `external_id`, `location:<n>` (media URLs, in order) and `metadata:<key>`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        subject_set_imports = self.subject_set_imports.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "subject_set_imports": subject_set_imports,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.subject_set_import_create import SubjectSetImportCreate  # noqa: PLC0415

        d = dict(src_dict)
        subject_set_imports = SubjectSetImportCreate.from_dict(d.pop("subject_set_imports"))

        subject_set_import_create_request = cls(
            subject_set_imports=subject_set_imports,
        )

        subject_set_import_create_request.additional_properties = d
        return subject_set_import_create_request

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
