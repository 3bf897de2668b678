from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="InaturalistImportRequest")


@_attrs_define
class InaturalistImportRequest:
    """Top-level body (not wrapped in a resource key)."""

    taxon_id: int | str
    """ One id in a request body. The server accepts a string of digits or an integer (the panoptes-python-client
    sends strings, panoptescli integers); responses always carry strings. """
    subject_set_id: int | str
    """ One id in a request body. The server accepts a string of digits or an integer (the panoptes-python-client
    sends strings, panoptescli integers); responses always carry strings. """
    updated_since: None | str | Unset = UNSET
    """ Only import observations updated since this date (e.g. `2024-01-31`); when omitted or null (panoptes-client
    sends null), all observations of the taxon are imported. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        taxon_id: int | str
        taxon_id = self.taxon_id

        subject_set_id: int | str
        subject_set_id = self.subject_set_id

        updated_since: None | str | Unset
        if isinstance(self.updated_since, Unset):
            updated_since = UNSET
        else:
            updated_since = self.updated_since

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "taxon_id": taxon_id,
                "subject_set_id": subject_set_id,
            }
        )
        if updated_since is not UNSET:
            field_dict["updated_since"] = updated_since

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_taxon_id(data: object) -> int | str:
            return cast(int | str, data)

        taxon_id = _parse_taxon_id(d.pop("taxon_id"))

        def _parse_subject_set_id(data: object) -> int | str:
            return cast(int | str, data)

        subject_set_id = _parse_subject_set_id(d.pop("subject_set_id"))

        def _parse_updated_since(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        updated_since = _parse_updated_since(d.pop("updated_since", UNSET))

        inaturalist_import_request = cls(
            taxon_id=taxon_id,
            subject_set_id=subject_set_id,
            updated_since=updated_since,
        )

        inaturalist_import_request.additional_properties = d
        return inaturalist_import_request

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
