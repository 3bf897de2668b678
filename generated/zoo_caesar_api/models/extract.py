from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Extract")


@_attrs_define
class Extract:
    """The output of one extractor for one classification."""

    id: int
    classification_id: int | None | Unset = UNSET
    classification_at: datetime.datetime | None | Unset = UNSET
    extractor_key: str | Unset = UNSET
    workflow_id: int | Unset = UNSET
    project_id: int | None | Unset = UNSET
    user_id: int | None | Unset = UNSET
    """ Null for anonymous classifications. """
    subject_id: int | Unset = UNSET
    data: Any | Unset = UNSET
    """ What the extractor produced (usually an object). """
    workflow_version: None | str | Unset = UNSET
    machine_data: bool | None | Unset = UNSET
    """ True for extracts imported from machine-learning output. """
    relevant_reduction: Any | Unset = UNSET
    """ The user reduction relevant to this extract, if any (often null). """
    created_at: datetime.datetime | None | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        classification_id: int | None | Unset
        if isinstance(self.classification_id, Unset):
            classification_id = UNSET
        else:
            classification_id = self.classification_id

        classification_at: None | str | Unset
        if isinstance(self.classification_at, Unset):
            classification_at = UNSET
        elif isinstance(self.classification_at, datetime.datetime):
            classification_at = self.classification_at.isoformat()
        else:
            classification_at = self.classification_at

        extractor_key = self.extractor_key

        workflow_id = self.workflow_id

        project_id: int | None | Unset
        if isinstance(self.project_id, Unset):
            project_id = UNSET
        else:
            project_id = self.project_id

        user_id: int | None | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

        subject_id = self.subject_id

        data = self.data

        workflow_version: None | str | Unset
        if isinstance(self.workflow_version, Unset):
            workflow_version = UNSET
        else:
            workflow_version = self.workflow_version

        machine_data: bool | None | Unset
        if isinstance(self.machine_data, Unset):
            machine_data = UNSET
        else:
            machine_data = self.machine_data

        relevant_reduction = self.relevant_reduction

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
        if classification_id is not UNSET:
            field_dict["classification_id"] = classification_id
        if classification_at is not UNSET:
            field_dict["classification_at"] = classification_at
        if extractor_key is not UNSET:
            field_dict["extractor_key"] = extractor_key
        if workflow_id is not UNSET:
            field_dict["workflow_id"] = workflow_id
        if project_id is not UNSET:
            field_dict["project_id"] = project_id
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if subject_id is not UNSET:
            field_dict["subject_id"] = subject_id
        if data is not UNSET:
            field_dict["data"] = data
        if workflow_version is not UNSET:
            field_dict["workflow_version"] = workflow_version
        if machine_data is not UNSET:
            field_dict["machine_data"] = machine_data
        if relevant_reduction is not UNSET:
            field_dict["relevant_reduction"] = relevant_reduction
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        def _parse_classification_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        classification_id = _parse_classification_id(d.pop("classification_id", UNSET))

        def _parse_classification_at(data: object) -> datetime.datetime | None | Unset:
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

        classification_at = _parse_classification_at(d.pop("classification_at", UNSET))

        extractor_key = d.pop("extractor_key", UNSET)

        workflow_id = d.pop("workflow_id", UNSET)

        def _parse_project_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        project_id = _parse_project_id(d.pop("project_id", UNSET))

        def _parse_user_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        user_id = _parse_user_id(d.pop("user_id", UNSET))

        subject_id = d.pop("subject_id", UNSET)

        data = d.pop("data", UNSET)

        def _parse_workflow_version(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        workflow_version = _parse_workflow_version(d.pop("workflow_version", UNSET))

        def _parse_machine_data(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        machine_data = _parse_machine_data(d.pop("machine_data", UNSET))

        relevant_reduction = d.pop("relevant_reduction", UNSET)

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

        extract = cls(
            id=id,
            classification_id=classification_id,
            classification_at=classification_at,
            extractor_key=extractor_key,
            workflow_id=workflow_id,
            project_id=project_id,
            user_id=user_id,
            subject_id=subject_id,
            data=data,
            workflow_version=workflow_version,
            machine_data=machine_data,
            relevant_reduction=relevant_reduction,
            created_at=created_at,
            updated_at=updated_at,
        )

        extract.additional_properties = d
        return extract

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
