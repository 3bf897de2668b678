from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="JobOptionsType0")


@_attrs_define
class JobOptionsType0:
    """Free-form job options; known keys listed, others may appear."""

    req_ttl_in_seconds: int | Unset = UNSET
    """ Seconds a contributor has to finish an assignment. """
    mail_to: str | Unset = UNSET
    flag_on_rate_limit: bool | Unset = UNSET
    include_unfinished: bool | Unset = UNSET
    logical_aggregation: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        req_ttl_in_seconds = self.req_ttl_in_seconds

        mail_to = self.mail_to

        flag_on_rate_limit = self.flag_on_rate_limit

        include_unfinished = self.include_unfinished

        logical_aggregation = self.logical_aggregation

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if req_ttl_in_seconds is not UNSET:
            field_dict["req_ttl_in_seconds"] = req_ttl_in_seconds
        if mail_to is not UNSET:
            field_dict["mail_to"] = mail_to
        if flag_on_rate_limit is not UNSET:
            field_dict["flag_on_rate_limit"] = flag_on_rate_limit
        if include_unfinished is not UNSET:
            field_dict["include_unfinished"] = include_unfinished
        if logical_aggregation is not UNSET:
            field_dict["logical_aggregation"] = logical_aggregation

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        req_ttl_in_seconds = d.pop("req_ttl_in_seconds", UNSET)

        mail_to = d.pop("mail_to", UNSET)

        flag_on_rate_limit = d.pop("flag_on_rate_limit", UNSET)

        include_unfinished = d.pop("include_unfinished", UNSET)

        logical_aggregation = d.pop("logical_aggregation", UNSET)

        job_options_type_0 = cls(
            req_ttl_in_seconds=req_ttl_in_seconds,
            mail_to=mail_to,
            flag_on_rate_limit=flag_on_rate_limit,
            include_unfinished=include_unfinished,
            logical_aggregation=logical_aggregation,
        )

        job_options_type_0.additional_properties = d
        return job_options_type_0

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
