from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.page_meta import PageMeta


T = TypeVar("T", bound="CollectionPreferencesResponseMeta")


@_attrs_define
class CollectionPreferencesResponseMeta:
    collection_preferences: PageMeta | Unset = UNSET
    """ Paging state of one resource key. Hrefs are relative and omit `/api`. Classifications,
    subject_workflow_statuses and recents always report `count` 0 and `page_count` 0. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        collection_preferences: dict[str, Any] | Unset = UNSET
        if not isinstance(self.collection_preferences, Unset):
            collection_preferences = self.collection_preferences.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if collection_preferences is not UNSET:
            field_dict["collection_preferences"] = collection_preferences

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.page_meta import PageMeta  # noqa: PLC0415

        d = dict(src_dict)
        _collection_preferences = d.pop("collection_preferences", UNSET)
        collection_preferences: PageMeta | Unset
        if isinstance(_collection_preferences, Unset):
            collection_preferences = UNSET
        else:
            collection_preferences = PageMeta.from_dict(_collection_preferences)

        collection_preferences_response_meta = cls(
            collection_preferences=collection_preferences,
        )

        collection_preferences_response_meta.additional_properties = d
        return collection_preferences_response_meta

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
