from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SubjectRuleWrite")


@_attrs_define
class SubjectRuleWrite:
    """Send exactly one of `condition` (the array) or `condition_string` (the same array encoded as a JSON string, which is
    what the python client sends). With neither the server fails with 500 ("No condition specified").

    """

    condition: list[Any] | Unset = UNSET
    """ A rule condition: Lisp written as JSON. The first element names the operator, the others are its
    arguments, which are themselves conditions (nested arrays).

    - `["const", value]`: a literal.
    - `["lookup", "<reducer_key>.<field>", default]`: the value of a field of this subject's (or
      user's) reduction, or `default` when missing. The server requires **both** the key and the
      default.
    - `["eq" | "lt" | "lte" | "gt" | "gte", a, b, ...]`: chained comparison (a < b < c ...).
    - `["and" | "or", c1, c2, ...]` and `["not", c]`: logic.
    - `["any" | "all", "<reducer_key>", c]`: iterate over the entries of a reduction's data; inside `c`,
      `["lookup", "key", d]` and `["lookup", "value", d]` address the current entry.
    - `["+" | "-" | "*" | "/" | "%", a, b, ...]`: arithmetic (`/` works in floats).
    - `["upcase" | "downcase", x]`: string case (strings only).
    - `["int" | "to_i" | "float" | "to_f", x]`: numeric casts.

    An operator the server does not know fails validation with `Unknown rule type: ...`. """
    condition_string: str | Unset = UNSET
    """ The condition as a JSON-encoded string, e.g. `'["gte", ["lookup", "complete.0", 0], ["const", 3]]'`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        condition: list[Any] | Unset = UNSET
        if not isinstance(self.condition, Unset):
            condition = self.condition

        condition_string = self.condition_string

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if condition is not UNSET:
            field_dict["condition"] = condition
        if condition_string is not UNSET:
            field_dict["condition_string"] = condition_string

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        condition = cast(list[Any], d.pop("condition", UNSET))

        condition_string = d.pop("condition_string", UNSET)

        subject_rule_write = cls(
            condition=condition,
            condition_string=condition_string,
        )

        subject_rule_write.additional_properties = d
        return subject_rule_write

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
