from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UserReduction")


@_attrs_define
class UserReduction:
    """The output of one `reduce_by_user` reducer for one user (and subgroup)."""

    id: int
    reducer_key: None | str | Unset = UNSET
    workflow_id: int | None | Unset = UNSET
    reducible_id: int | Unset = UNSET
    reducible_type: str | Unset = UNSET
    """ `Workflow` or `Project`. """
    user_id: int | Unset = UNSET
    data: Any | Unset = UNSET
    """ What the reducer produced (usually an object). """
    subgroup: str | Unset = UNSET
    """ The grouping value, `_default` when the reducer does not group. """
    store: Any | Unset = UNSET
    """ Running-reduction state kept between runs. """
    lock_version: int | None | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        reducer_key: None | str | Unset
        if isinstance(self.reducer_key, Unset):
            reducer_key = UNSET
        else:
            reducer_key = self.reducer_key

        workflow_id: int | None | Unset
        if isinstance(self.workflow_id, Unset):
            workflow_id = UNSET
        else:
            workflow_id = self.workflow_id

        reducible_id = self.reducible_id

        reducible_type = self.reducible_type

        user_id = self.user_id

        data = self.data

        subgroup = self.subgroup

        store = self.store

        lock_version: int | None | Unset
        if isinstance(self.lock_version, Unset):
            lock_version = UNSET
        else:
            lock_version = self.lock_version

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        elif isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if reducer_key is not UNSET:
            field_dict["reducer_key"] = reducer_key
        if workflow_id is not UNSET:
            field_dict["workflow_id"] = workflow_id
        if reducible_id is not UNSET:
            field_dict["reducible_id"] = reducible_id
        if reducible_type is not UNSET:
            field_dict["reducible_type"] = reducible_type
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if data is not UNSET:
            field_dict["data"] = data
        if subgroup is not UNSET:
            field_dict["subgroup"] = subgroup
        if store is not UNSET:
            field_dict["store"] = store
        if lock_version is not UNSET:
            field_dict["lock_version"] = lock_version
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        def _parse_reducer_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reducer_key = _parse_reducer_key(d.pop("reducer_key", UNSET))

        def _parse_workflow_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        workflow_id = _parse_workflow_id(d.pop("workflow_id", UNSET))

        reducible_id = d.pop("reducible_id", UNSET)

        reducible_type = d.pop("reducible_type", UNSET)

        user_id = d.pop("user_id", UNSET)

        data = d.pop("data", UNSET)

        subgroup = d.pop("subgroup", UNSET)

        store = d.pop("store", UNSET)

        def _parse_lock_version(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        lock_version = _parse_lock_version(d.pop("lock_version", UNSET))

        def _parse_created_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_timestamp_type_0 = datetime.datetime.fromisoformat(data)

                return componentsschemas_timestamp_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        created_at = _parse_created_at(d.pop("created_at", UNSET))

        def _parse_updated_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_timestamp_type_0 = datetime.datetime.fromisoformat(data)

                return componentsschemas_timestamp_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        updated_at = _parse_updated_at(d.pop("updated_at", UNSET))

        user_reduction = cls(
            id=id,
            reducer_key=reducer_key,
            workflow_id=workflow_id,
            reducible_id=reducible_id,
            reducible_type=reducible_type,
            user_id=user_id,
            data=data,
            subgroup=subgroup,
            store=store,
            lock_version=lock_version,
            created_at=created_at,
            updated_at=updated_at,
        )

        user_reduction.additional_properties = d
        return user_reduction

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
