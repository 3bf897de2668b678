from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DataRequest")


@_attrs_define
class DataRequest:
    """A CSV export of a workflow's or project's extracts or reductions.

    Example:
        {'id': '2f1c3c4e-8a0b-4a8e-9d61-0f1b7d2b9a11', 'exportable_id': '1234', 'exportable_type': 'Workflow',
            'user_id': None, 'subgroup': None, 'status': 'pending', 'requested_data': 'subject_reductions', 'url': None,
            'updated_at': '2024-02-04T09:00:00.000Z'}

    """

    id: UUID
    exportable_id: int | None | str | Unset = UNSET
    """ Id of the workflow or project exported. """
    exportable_type: None | str | Unset = UNSET
    """ `Workflow` or `Project`. """
    user_id: int | None | Unset = UNSET
    """ Only this user's data, when set. """
    subgroup: None | str | Unset = UNSET
    """ Only this subgroup, when set. """
    status: str | Unset = UNSET
    """ Known values: `empty`, `pending`, `processing`, `failed`, `complete`, `canceling`, `canceled`. """
    requested_data: None | str | Unset = UNSET
    """ `extracts`, `subject_reductions` or `user_reductions`. """
    url: None | str | Unset = UNSET
    """ Download URL of the CSV once `status` is `complete`, else null. """
    updated_at: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        exportable_id: int | None | str | Unset
        if isinstance(self.exportable_id, Unset):
            exportable_id = UNSET
        else:
            exportable_id = self.exportable_id

        exportable_type: None | str | Unset
        if isinstance(self.exportable_type, Unset):
            exportable_type = UNSET
        else:
            exportable_type = self.exportable_type

        user_id: int | None | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

        subgroup: None | str | Unset
        if isinstance(self.subgroup, Unset):
            subgroup = UNSET
        else:
            subgroup = self.subgroup

        status = self.status

        requested_data: None | str | Unset
        if isinstance(self.requested_data, Unset):
            requested_data = UNSET
        else:
            requested_data = self.requested_data

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if exportable_id is not UNSET:
            field_dict["exportable_id"] = exportable_id
        if exportable_type is not UNSET:
            field_dict["exportable_type"] = exportable_type
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if subgroup is not UNSET:
            field_dict["subgroup"] = subgroup
        if status is not UNSET:
            field_dict["status"] = status
        if requested_data is not UNSET:
            field_dict["requested_data"] = requested_data
        if url is not UNSET:
            field_dict["url"] = url
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        def _parse_exportable_id(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        exportable_id = _parse_exportable_id(d.pop("exportable_id", UNSET))

        def _parse_exportable_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        exportable_type = _parse_exportable_type(d.pop("exportable_type", UNSET))

        def _parse_user_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        user_id = _parse_user_id(d.pop("user_id", UNSET))

        def _parse_subgroup(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        subgroup = _parse_subgroup(d.pop("subgroup", UNSET))

        status = d.pop("status", UNSET)

        def _parse_requested_data(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        requested_data = _parse_requested_data(d.pop("requested_data", UNSET))

        def _parse_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        url = _parse_url(d.pop("url", UNSET))

        def _parse_updated_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        updated_at = _parse_updated_at(d.pop("updated_at", UNSET))

        data_request = cls(
            id=id,
            exportable_id=exportable_id,
            exportable_type=exportable_type,
            user_id=user_id,
            subgroup=subgroup,
            status=status,
            requested_data=requested_data,
            url=url,
            updated_at=updated_at,
        )

        data_request.additional_properties = d
        return data_request

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
