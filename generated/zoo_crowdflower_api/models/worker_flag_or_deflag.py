from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkerFlagOrDeflag")


@_attrs_define
class WorkerFlagOrDeflag:
    """The server infers the command from the keys: send `flag` (and optionally `persist`) to flag, or `deflag` alone to
    de-flag. The R client sends `unflag` instead of `deflag`.

    """

    flag: str | Unset = UNSET
    """ Flag reason (an empty one is answered 422). Flagged workers cannot work on the job; existing judgments stay.
    """
    persist: bool | Unset = UNSET
    """ With `flag`, flag the worker out of **all** your jobs. Server default false. """
    deflag: str | Unset = UNSET
    """ De-flag reason. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        flag = self.flag

        persist = self.persist

        deflag = self.deflag

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if flag is not UNSET:
            field_dict["flag"] = flag
        if persist is not UNSET:
            field_dict["persist"] = persist
        if deflag is not UNSET:
            field_dict["deflag"] = deflag

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        flag = d.pop("flag", UNSET)

        persist = d.pop("persist", UNSET)

        deflag = d.pop("deflag", UNSET)

        worker_flag_or_deflag = cls(
            flag=flag,
            persist=persist,
            deflag=deflag,
        )

        worker_flag_or_deflag.additional_properties = d
        return worker_flag_or_deflag

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
