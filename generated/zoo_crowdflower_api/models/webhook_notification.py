from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WebhookNotification")


@_attrs_define
class WebhookNotification:
    """Form fields of a webhook POST to `job[webhook_uri]`. Answer 200; failures are retried with exponential backoff (30
    attempts per the Appen page) and a webhook that keeps failing is disabled (with an email).

    """

    signal: str
    """ `job_data_processed`, `job_complete` or `unit_complete` (not sent for gold units). With
    `job[send_judgments_webhook]=true` a webhook is also sent per new judgment; that signal's name is not captured
    in the sources. """
    payload: str
    """ JSON text of the Job (job signals) or the Unit (unit and judgment signals). """
    signature: str | Unset = UNSET
    """ Hex SHA1 of `payload` + your API key (CrowdFlower Webhook Basics); the later Appen page says `payload` + the
    job's webhook token. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        signal = self.signal

        payload = self.payload

        signature = self.signature

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "signal": signal,
                "payload": payload,
            }
        )
        if signature is not UNSET:
            field_dict["signature"] = signature

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        signal = d.pop("signal")

        payload = d.pop("payload")

        signature = d.pop("signature", UNSET)

        webhook_notification = cls(
            signal=signal,
            payload=payload,
            signature=signature,
        )

        webhook_notification.additional_properties = d
        return webhook_notification

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
