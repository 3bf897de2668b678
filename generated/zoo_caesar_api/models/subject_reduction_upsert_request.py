from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.subject_reduction_upsert import SubjectReductionUpsert


T = TypeVar("T", bound="SubjectReductionUpsertRequest")


@_attrs_define
class SubjectReductionUpsertRequest:
    """
    Example:
        {'reduction': {'subject_id': 5550001, 'data': {'likelihood': 0.87, 'seen_by_expert': False}}}

    """

    reduction: SubjectReductionUpsert
    """ A reduction computed outside Caesar (e.g. by an external reducer or a script). It is matched on workflow +
    reducer key + subject + subgroup and created or overwritten; `data` is only stored when it changed, and a change
    triggers the subject rules. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        reduction = self.reduction.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "reduction": reduction,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.subject_reduction_upsert import SubjectReductionUpsert  # noqa: PLC0415

        d = dict(src_dict)
        reduction = SubjectReductionUpsert.from_dict(d.pop("reduction"))

        subject_reduction_upsert_request = cls(
            reduction=reduction,
        )

        subject_reduction_upsert_request.additional_properties = d
        return subject_reduction_upsert_request

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
