from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="TutorialStepWrite")


@_attrs_define
class TutorialStepWrite:
    media: str | Unset = UNSET
    """ Id of an attached image shown with the step. """
    content: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        media = self.media

        content = self.content

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if media is not UNSET:
            field_dict["media"] = media
        if content is not UNSET:
            field_dict["content"] = content

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        media = d.pop("media", UNSET)

        content = d.pop("content", UNSET)

        tutorial_step_write = cls(
            media=media,
            content=content,
        )

        return tutorial_step_write
