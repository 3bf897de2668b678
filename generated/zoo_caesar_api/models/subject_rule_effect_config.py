from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.subject_rule_effect_config_reason import (
    SubjectRuleEffectConfigReason,
    check_subject_rule_effect_config_reason,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="SubjectRuleEffectConfig")


@_attrs_define
class SubjectRuleEffectConfig:
    """Settings of the action; which keys apply depends on `action`."""

    reason: SubjectRuleEffectConfigReason | Unset = UNSET
    """ Retirement reason (retire_subject); server default `other`. """
    subject_set_id: int | Unset = UNSET
    """ Target subject set (add_subject_to_set). """
    collection_id: int | Unset = UNSET
    """ Target collection (add_subject_to_collection). """
    url: str | Unset = UNSET
    """ HTTPS endpoint (external, external_with_basic_auth). """
    reducer_key: str | Unset = UNSET
    """ Reducer whose reduction is sent (external, external_with_basic_auth). """
    username: str | Unset = UNSET
    """ Basic-auth user (external_with_basic_auth). """
    password: str | Unset = UNSET
    """ Basic-auth password (external_with_basic_auth). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        reason: str | Unset = UNSET
        if not isinstance(self.reason, Unset):
            reason = self.reason

        subject_set_id = self.subject_set_id

        collection_id = self.collection_id

        url = self.url

        reducer_key = self.reducer_key

        username = self.username

        password = self.password

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if reason is not UNSET:
            field_dict["reason"] = reason
        if subject_set_id is not UNSET:
            field_dict["subject_set_id"] = subject_set_id
        if collection_id is not UNSET:
            field_dict["collection_id"] = collection_id
        if url is not UNSET:
            field_dict["url"] = url
        if reducer_key is not UNSET:
            field_dict["reducer_key"] = reducer_key
        if username is not UNSET:
            field_dict["username"] = username
        if password is not UNSET:
            field_dict["password"] = password

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _reason = d.pop("reason", UNSET)
        reason: SubjectRuleEffectConfigReason | Unset
        if isinstance(_reason, Unset):
            reason = UNSET
        else:
            reason = check_subject_rule_effect_config_reason(_reason)

        subject_set_id = d.pop("subject_set_id", UNSET)

        collection_id = d.pop("collection_id", UNSET)

        url = d.pop("url", UNSET)

        reducer_key = d.pop("reducer_key", UNSET)

        username = d.pop("username", UNSET)

        password = d.pop("password", UNSET)

        subject_rule_effect_config = cls(
            reason=reason,
            subject_set_id=subject_set_id,
            collection_id=collection_id,
            url=url,
            reducer_key=reducer_key,
            username=username,
            password=password,
        )

        subject_rule_effect_config.additional_properties = d
        return subject_rule_effect_config

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
