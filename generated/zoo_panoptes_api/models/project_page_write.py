from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProjectPageWrite")


@_attrs_define
class ProjectPageWrite:
    """Writable fields of a project page on create and update (strong params; unknown keys → 422). The project link is
    taken from the path.

    """

    url_key: str | Unset = UNSET
    title: str | Unset = UNSET
    content: str | Unset = UNSET
    language: str | Unset = UNSET
    """ Language code, e.g. `en` (index requests filter on `en` unless told otherwise). """

    def to_dict(self) -> dict[str, Any]:
        url_key = self.url_key

        title = self.title

        content = self.content

        language = self.language

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if url_key is not UNSET:
            field_dict["url_key"] = url_key
        if title is not UNSET:
            field_dict["title"] = title
        if content is not UNSET:
            field_dict["content"] = content
        if language is not UNSET:
            field_dict["language"] = language

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        url_key = d.pop("url_key", UNSET)

        title = d.pop("title", UNSET)

        content = d.pop("content", UNSET)

        language = d.pop("language", UNSET)

        project_page_write = cls(
            url_key=url_key,
            title=title,
            content=content,
            language=language,
        )

        return project_page_write
