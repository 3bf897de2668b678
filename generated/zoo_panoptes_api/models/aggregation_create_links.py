from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="AggregationCreateLinks")


@_attrs_define
class AggregationCreateLinks:
    workflow: str
    """ Panoptes ids are always serialized as strings of digits. """
    user: str | Unset = UNSET
    """ Panoptes ids are always serialized as strings of digits. """

    def to_dict(self) -> dict[str, Any]:
        workflow = self.workflow

        user = self.user

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "workflow": workflow,
            }
        )
        if user is not UNSET:
            field_dict["user"] = user

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        workflow = d.pop("workflow")

        user = d.pop("user", UNSET)

        aggregation_create_links = cls(
            workflow=workflow,
            user=user,
        )

        return aggregation_create_links
