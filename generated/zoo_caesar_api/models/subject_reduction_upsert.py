from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.json_object import JsonObject


T = TypeVar("T", bound="SubjectReductionUpsert")


@_attrs_define
class SubjectReductionUpsert:
    """A reduction computed outside Caesar (e.g. by an external reducer or a script). It is matched on workflow + reducer
    key + subject + subgroup and created or overwritten; `data` is only stored when it changed, and a change triggers
    the subject rules.

    """

    subject_id: int
    """ The Panoptes subject the reduction is about. """
    data: JsonObject
    """ A free-form JSON object. """
    subgroup: str | Unset = UNSET
    """ Grouping value; server default `_default`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        subject_id = self.subject_id

        data = self.data.to_dict()

        subgroup = self.subgroup

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "subject_id": subject_id,
                "data": data,
            }
        )
        if subgroup is not UNSET:
            field_dict["subgroup"] = subgroup

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.json_object import JsonObject  # noqa: PLC0415

        d = dict(src_dict)
        subject_id = d.pop("subject_id")

        data = JsonObject.from_dict(d.pop("data"))

        subgroup = d.pop("subgroup", UNSET)

        subject_reduction_upsert = cls(
            subject_id=subject_id,
            data=data,
            subgroup=subgroup,
        )

        subject_reduction_upsert.additional_properties = d
        return subject_reduction_upsert

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
