from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="JudgmentWrite")


@_attrs_define
class JudgmentWrite:
    """Legacy form fields of a judgment: answers as `judgment[data][<field>]`, attributes as `judgment[<attr>]`."""

    judgmentgolden: bool | Unset = UNSET
    judgmenttainted: bool | Unset = UNSET
    judgmentmissed: bool | Unset = UNSET
    judgmentreviewed: bool | Unset = UNSET
    judgmentcountry: str | Unset = UNSET
    judgmentregion: str | Unset = UNSET
    judgmentcity: str | Unset = UNSET
    judgmentunit_state: str | Unset = UNSET
    judgmentwebhook_sent_at: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        judgmentgolden = self.judgmentgolden

        judgmenttainted = self.judgmenttainted

        judgmentmissed = self.judgmentmissed

        judgmentreviewed = self.judgmentreviewed

        judgmentcountry = self.judgmentcountry

        judgmentregion = self.judgmentregion

        judgmentcity = self.judgmentcity

        judgmentunit_state = self.judgmentunit_state

        judgmentwebhook_sent_at = self.judgmentwebhook_sent_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if judgmentgolden is not UNSET:
            field_dict["judgment[golden]"] = judgmentgolden
        if judgmenttainted is not UNSET:
            field_dict["judgment[tainted]"] = judgmenttainted
        if judgmentmissed is not UNSET:
            field_dict["judgment[missed]"] = judgmentmissed
        if judgmentreviewed is not UNSET:
            field_dict["judgment[reviewed]"] = judgmentreviewed
        if judgmentcountry is not UNSET:
            field_dict["judgment[country]"] = judgmentcountry
        if judgmentregion is not UNSET:
            field_dict["judgment[region]"] = judgmentregion
        if judgmentcity is not UNSET:
            field_dict["judgment[city]"] = judgmentcity
        if judgmentunit_state is not UNSET:
            field_dict["judgment[unit_state]"] = judgmentunit_state
        if judgmentwebhook_sent_at is not UNSET:
            field_dict["judgment[webhook_sent_at]"] = judgmentwebhook_sent_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        judgmentgolden = d.pop("judgment[golden]", UNSET)

        judgmenttainted = d.pop("judgment[tainted]", UNSET)

        judgmentmissed = d.pop("judgment[missed]", UNSET)

        judgmentreviewed = d.pop("judgment[reviewed]", UNSET)

        judgmentcountry = d.pop("judgment[country]", UNSET)

        judgmentregion = d.pop("judgment[region]", UNSET)

        judgmentcity = d.pop("judgment[city]", UNSET)

        judgmentunit_state = d.pop("judgment[unit_state]", UNSET)

        judgmentwebhook_sent_at = d.pop("judgment[webhook_sent_at]", UNSET)

        judgment_write = cls(
            judgmentgolden=judgmentgolden,
            judgmenttainted=judgmenttainted,
            judgmentmissed=judgmentmissed,
            judgmentreviewed=judgmentreviewed,
            judgmentcountry=judgmentcountry,
            judgmentregion=judgmentregion,
            judgmentcity=judgmentcity,
            judgmentunit_state=judgmentunit_state,
            judgmentwebhook_sent_at=judgmentwebhook_sent_at,
        )

        judgment_write.additional_properties = d
        return judgment_write

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
