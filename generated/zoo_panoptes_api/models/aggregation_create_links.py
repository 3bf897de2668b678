from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="AggregationCreateLinks")


@_attrs_define
class AggregationCreateLinks:
    workflow: int | str
    """ One id in a request body. The server accepts a string of digits or an integer (the panoptes-python-client
    sends strings, panoptescli integers); responses always carry strings. """
    user: int | str | Unset = UNSET
    """ One id in a request body. The server accepts a string of digits or an integer (the panoptes-python-client
    sends strings, panoptescli integers); responses always carry strings. """

    def to_dict(self) -> dict[str, Any]:
        workflow: int | str
        workflow = self.workflow

        user: int | str | Unset
        if isinstance(self.user, Unset):
            user = UNSET
        else:
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

        def _parse_workflow(data: object) -> int | str:
            return cast(int | str, data)

        workflow = _parse_workflow(d.pop("workflow"))

        def _parse_user(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        user = _parse_user(d.pop("user", UNSET))

        aggregation_create_links = cls(
            workflow=workflow,
            user=user,
        )

        return aggregation_create_links
