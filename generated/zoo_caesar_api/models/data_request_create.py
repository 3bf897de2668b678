from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.data_request_create_requested_data import (
    DataRequestCreateRequestedData,
    check_data_request_create_requested_data,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="DataRequestCreate")


@_attrs_define
class DataRequestCreate:
    requested_data: DataRequestCreateRequestedData
    """ `extracts`, `subject_reductions` or `user_reductions`; another value is answered with an empty 422. """
    user_id: int | Unset = UNSET
    """ Export only this user's data. """
    subgroup: str | Unset = UNSET
    """ Export only this subgroup. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        requested_data: str = self.requested_data

        user_id = self.user_id

        subgroup = self.subgroup

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "requested_data": requested_data,
            }
        )
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if subgroup is not UNSET:
            field_dict["subgroup"] = subgroup

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        requested_data = check_data_request_create_requested_data(d.pop("requested_data"))

        user_id = d.pop("user_id", UNSET)

        subgroup = d.pop("subgroup", UNSET)

        data_request_create = cls(
            requested_data=requested_data,
            user_id=user_id,
            subgroup=subgroup,
        )

        data_request_create.additional_properties = d
        return data_request_create

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
