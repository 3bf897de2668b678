from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.subject_rule_effect_update import SubjectRuleEffectUpdate


T = TypeVar("T", bound="SubjectRuleEffectUpdateRequest")


@_attrs_define
class SubjectRuleEffectUpdateRequest:
    """
    Example:
        {'subject_rule_effect': {'config': {'reason': 'consensus'}}}

    """

    subject_rule_effect: SubjectRuleEffectUpdate
    """ Changed effect settings; both keys optional, but not both absent (400). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        subject_rule_effect = self.subject_rule_effect.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "subject_rule_effect": subject_rule_effect,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.subject_rule_effect_update import SubjectRuleEffectUpdate  # noqa: PLC0415

        d = dict(src_dict)
        subject_rule_effect = SubjectRuleEffectUpdate.from_dict(d.pop("subject_rule_effect"))

        subject_rule_effect_update_request = cls(
            subject_rule_effect=subject_rule_effect,
        )

        subject_rule_effect_update_request.additional_properties = d
        return subject_rule_effect_update_request

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
