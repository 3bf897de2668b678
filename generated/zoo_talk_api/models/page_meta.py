from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PageMeta")


@_attrs_define
class PageMeta:
    """RestPack paging of one list: counts, neighbouring pages and their hrefs, and Talk's sort information."""

    page: int | Unset = UNSET
    page_size: int | Unset = UNSET
    count: int | Unset = UNSET
    include: list[str] | Unset = UNSET
    page_count: int | Unset = UNSET
    previous_page: int | None | Unset = UNSET
    next_page: int | None | Unset = UNSET
    first_href: None | str | Unset = UNSET
    previous_href: None | str | Unset = UNSET
    next_href: None | str | Unset = UNSET
    last_href: None | str | Unset = UNSET
    current_sort: None | str | Unset = UNSET
    default_sort: None | str | Unset = UNSET
    sortable_attributes: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        page = self.page

        page_size = self.page_size

        count = self.count

        include: list[str] | Unset = UNSET
        if not isinstance(self.include, Unset):
            include = self.include

        page_count = self.page_count

        previous_page: int | None | Unset
        if isinstance(self.previous_page, Unset):
            previous_page = UNSET
        else:
            previous_page = self.previous_page

        next_page: int | None | Unset
        if isinstance(self.next_page, Unset):
            next_page = UNSET
        else:
            next_page = self.next_page

        first_href: None | str | Unset
        if isinstance(self.first_href, Unset):
            first_href = UNSET
        else:
            first_href = self.first_href

        previous_href: None | str | Unset
        if isinstance(self.previous_href, Unset):
            previous_href = UNSET
        else:
            previous_href = self.previous_href

        next_href: None | str | Unset
        if isinstance(self.next_href, Unset):
            next_href = UNSET
        else:
            next_href = self.next_href

        last_href: None | str | Unset
        if isinstance(self.last_href, Unset):
            last_href = UNSET
        else:
            last_href = self.last_href

        current_sort: None | str | Unset
        if isinstance(self.current_sort, Unset):
            current_sort = UNSET
        else:
            current_sort = self.current_sort

        default_sort: None | str | Unset
        if isinstance(self.default_sort, Unset):
            default_sort = UNSET
        else:
            default_sort = self.default_sort

        sortable_attributes: list[str] | Unset = UNSET
        if not isinstance(self.sortable_attributes, Unset):
            sortable_attributes = self.sortable_attributes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if page is not UNSET:
            field_dict["page"] = page
        if page_size is not UNSET:
            field_dict["page_size"] = page_size
        if count is not UNSET:
            field_dict["count"] = count
        if include is not UNSET:
            field_dict["include"] = include
        if page_count is not UNSET:
            field_dict["page_count"] = page_count
        if previous_page is not UNSET:
            field_dict["previous_page"] = previous_page
        if next_page is not UNSET:
            field_dict["next_page"] = next_page
        if first_href is not UNSET:
            field_dict["first_href"] = first_href
        if previous_href is not UNSET:
            field_dict["previous_href"] = previous_href
        if next_href is not UNSET:
            field_dict["next_href"] = next_href
        if last_href is not UNSET:
            field_dict["last_href"] = last_href
        if current_sort is not UNSET:
            field_dict["current_sort"] = current_sort
        if default_sort is not UNSET:
            field_dict["default_sort"] = default_sort
        if sortable_attributes is not UNSET:
            field_dict["sortable_attributes"] = sortable_attributes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        page = d.pop("page", UNSET)

        page_size = d.pop("page_size", UNSET)

        count = d.pop("count", UNSET)

        include = cast(list[str], d.pop("include", UNSET))

        page_count = d.pop("page_count", UNSET)

        def _parse_previous_page(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        previous_page = _parse_previous_page(d.pop("previous_page", UNSET))

        def _parse_next_page(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        next_page = _parse_next_page(d.pop("next_page", UNSET))

        def _parse_first_href(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        first_href = _parse_first_href(d.pop("first_href", UNSET))

        def _parse_previous_href(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        previous_href = _parse_previous_href(d.pop("previous_href", UNSET))

        def _parse_next_href(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        next_href = _parse_next_href(d.pop("next_href", UNSET))

        def _parse_last_href(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        last_href = _parse_last_href(d.pop("last_href", UNSET))

        def _parse_current_sort(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        current_sort = _parse_current_sort(d.pop("current_sort", UNSET))

        def _parse_default_sort(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        default_sort = _parse_default_sort(d.pop("default_sort", UNSET))

        sortable_attributes = cast(list[str], d.pop("sortable_attributes", UNSET))

        page_meta = cls(
            page=page,
            page_size=page_size,
            count=count,
            include=include,
            page_count=page_count,
            previous_page=previous_page,
            next_page=next_page,
            first_href=first_href,
            previous_href=previous_href,
            next_href=next_href,
            last_href=last_href,
            current_sort=current_sort,
            default_sort=default_sort,
            sortable_attributes=sortable_attributes,
        )

        page_meta.additional_properties = d
        return page_meta

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
