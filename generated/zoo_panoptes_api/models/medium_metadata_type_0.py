from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MediumMetadataType0")


@_attrs_define
class MediumMetadataType0:
    """Free-form object set by the client (e.g. `filename`, `size`). Exports keep their state here: `state` is `creating`
    while the export job runs and `ready` once the file can be downloaded (clients also accept `finished`); `recipients`
    lists the ids of the users emailed when it is ready.

    """

    state: str | Unset = UNSET
    """ Export state: `creating` while the job runs, then `ready` (older exports may say `finished`). Only set on
    export media. """
    recipients: list[int | str] | Unset = UNSET
    """ Ids (integers) of the users emailed when an export is ready. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        state = self.state

        recipients: list[int | str] | Unset = UNSET
        if not isinstance(self.recipients, Unset):
            recipients = []
            for recipients_item_data in self.recipients:
                recipients_item: int | str
                recipients_item = recipients_item_data
                recipients.append(recipients_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if state is not UNSET:
            field_dict["state"] = state
        if recipients is not UNSET:
            field_dict["recipients"] = recipients

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        state = d.pop("state", UNSET)

        _recipients = d.pop("recipients", UNSET)
        recipients: list[int | str] | Unset = UNSET
        if _recipients is not UNSET:
            recipients = []
            for recipients_item_data in _recipients:

                def _parse_recipients_item(data: object) -> int | str:
                    return cast(int | str, data)

                recipients_item = _parse_recipients_item(recipients_item_data)

                recipients.append(recipients_item)

        medium_metadata_type_0 = cls(
            state=state,
            recipients=recipients,
        )

        medium_metadata_type_0.additional_properties = d
        return medium_metadata_type_0

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
