from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.subject_rule_effect_create_action import (
    SubjectRuleEffectCreateAction,
    check_subject_rule_effect_create_action,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.subject_rule_effect_config import SubjectRuleEffectConfig


T = TypeVar("T", bound="SubjectRuleEffectCreate")


@_attrs_define
class SubjectRuleEffectCreate:
    """| action | config |
    |---|---|
    | `retire_subject` | `reason`: classification_count, flagged, nothing_here, blank, consensus, other (server
    default), human |
    | `add_subject_to_set` | `subject_set_id` (required) |
    | `add_subject_to_collection` | `collection_id` (required) |
    | `external` | `url` (https, required), `reducer_key` (required): POSTs the subject's reduction for that key |
    | `external_with_basic_auth` | `url`, `reducer_key`, `username`, `password` (all required) |

    An invalid config is answered with 422 `{"errors": [{"message": "Config Does not produce a valid effect"}]}`.

    """

    action: SubjectRuleEffectCreateAction
    """ `retire_subject`, `add_subject_to_set`, `add_subject_to_collection`, `external` or
    `external_with_basic_auth`; another value is answered 422. """
    config: SubjectRuleEffectConfig | Unset = UNSET
    """ Settings of the action; which keys apply depends on `action`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action: str = self.action

        config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.config, Unset):
            config = self.config.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "action": action,
            }
        )
        if config is not UNSET:
            field_dict["config"] = config

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.subject_rule_effect_config import SubjectRuleEffectConfig  # noqa: PLC0415

        d = dict(src_dict)
        action = check_subject_rule_effect_create_action(d.pop("action"))

        _config = d.pop("config", UNSET)
        config: SubjectRuleEffectConfig | Unset
        if isinstance(_config, Unset):
            config = UNSET
        else:
            config = SubjectRuleEffectConfig.from_dict(_config)

        subject_rule_effect_create = cls(
            action=action,
            config=config,
        )

        subject_rule_effect_create.additional_properties = d
        return subject_rule_effect_create

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
