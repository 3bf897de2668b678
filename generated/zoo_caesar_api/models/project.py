from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Project")


@_attrs_define
class Project:
    """A project registered in Caesar; it carries project-level reducers and reductions (no extractors). Its id is the
    Panoptes project id.

    """

    id: int
    """ The Panoptes project id. """
    display_name: None | str | Unset = UNSET
    """ The Panoptes display name (fetched from Panoptes). """
    reducers_config: Any | Unset = UNSET
    """ Legacy configuration blob. """
    rules_config: Any | Unset = UNSET
    """ Legacy configuration blob. """
    public_reductions: bool | Unset = UNSET
    """ When true anyone may read the project's reductions. """
    status: str | Unset = UNSET
    """ Known values `active` and `halted` (projects cannot be paused). """
    subject_reductions_count: int | None | Unset = UNSET
    user_reductions_count: int | None | Unset = UNSET
    reducers_count: int | None | Unset = UNSET
    custom_queue_name: None | str | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        display_name: None | str | Unset
        if isinstance(self.display_name, Unset):
            display_name = UNSET
        else:
            display_name = self.display_name

        reducers_config = self.reducers_config

        rules_config = self.rules_config

        public_reductions = self.public_reductions

        status = self.status

        subject_reductions_count: int | None | Unset
        if isinstance(self.subject_reductions_count, Unset):
            subject_reductions_count = UNSET
        else:
            subject_reductions_count = self.subject_reductions_count

        user_reductions_count: int | None | Unset
        if isinstance(self.user_reductions_count, Unset):
            user_reductions_count = UNSET
        else:
            user_reductions_count = self.user_reductions_count

        reducers_count: int | None | Unset
        if isinstance(self.reducers_count, Unset):
            reducers_count = UNSET
        else:
            reducers_count = self.reducers_count

        custom_queue_name: None | str | Unset
        if isinstance(self.custom_queue_name, Unset):
            custom_queue_name = UNSET
        else:
            custom_queue_name = self.custom_queue_name

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
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
        if reducers_config is not UNSET:
            field_dict["reducers_config"] = reducers_config
        if rules_config is not UNSET:
            field_dict["rules_config"] = rules_config
        if public_reductions is not UNSET:
            field_dict["public_reductions"] = public_reductions
        if status is not UNSET:
            field_dict["status"] = status
        if subject_reductions_count is not UNSET:
            field_dict["subject_reductions_count"] = subject_reductions_count
        if user_reductions_count is not UNSET:
            field_dict["user_reductions_count"] = user_reductions_count
        if reducers_count is not UNSET:
            field_dict["reducers_count"] = reducers_count
        if custom_queue_name is not UNSET:
            field_dict["custom_queue_name"] = custom_queue_name
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        def _parse_display_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        display_name = _parse_display_name(d.pop("display_name", UNSET))

        reducers_config = d.pop("reducers_config", UNSET)

        rules_config = d.pop("rules_config", UNSET)

        public_reductions = d.pop("public_reductions", UNSET)

        status = d.pop("status", UNSET)

        def _parse_subject_reductions_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        subject_reductions_count = _parse_subject_reductions_count(
            d.pop("subject_reductions_count", UNSET)
        )

        def _parse_user_reductions_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        user_reductions_count = _parse_user_reductions_count(d.pop("user_reductions_count", UNSET))

        def _parse_reducers_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        reducers_count = _parse_reducers_count(d.pop("reducers_count", UNSET))

        def _parse_custom_queue_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        custom_queue_name = _parse_custom_queue_name(d.pop("custom_queue_name", UNSET))

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

        project = cls(
            id=id,
            display_name=display_name,
            reducers_config=reducers_config,
            rules_config=rules_config,
            public_reductions=public_reductions,
            status=status,
            subject_reductions_count=subject_reductions_count,
            user_reductions_count=user_reductions_count,
            reducers_count=reducers_count,
            custom_queue_name=custom_queue_name,
            created_at=created_at,
            updated_at=updated_at,
        )

        project.additional_properties = d
        return project

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
