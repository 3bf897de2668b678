from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.reducer_filters_empty_extracts import (
    ReducerFiltersEmptyExtracts,
    check_reducer_filters_empty_extracts,
)
from ..models.reducer_filters_repeated_classifications import (
    ReducerFiltersRepeatedClassifications,
    check_reducer_filters_repeated_classifications,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ReducerFilters")


@_attrs_define
class ReducerFilters:
    """Which extracts the reducer sees. Blank values are removed by the server. Server defaults: all extracts (`from` 0,
    `to` -1), `repeated_classifications` keep_first, `training_behavior` ignore_training, `empty_extracts` keep_all.

    """

    from_: int | Unset = UNSET
    """ Index of the first extract to use (the extracts are ordered by classification). """
    to: int | Unset = UNSET
    """ Index of the last extract to use; negative counts from the end. """
    extractor_keys: list[str] | str | Unset = UNSET
    """ Only extracts of these extractors. A string is accepted too, either a single key or a JSON-encoded array
    such as `"['a','b']"`. """
    repeated_classifications: ReducerFiltersRepeatedClassifications | Unset = UNSET
    """ What to do when one user classified the subject several times: `keep_first`, `keep_last` or `keep_all`
    (another value fails validation, 422). """
    training_behavior: str | Unset = UNSET
    """ Handling of training subjects (subject metadata `#training_subject`): `ignore_training`, `training_only` or
    `experiment_only`. """
    empty_extracts: ReducerFiltersEmptyExtracts | Unset = UNSET
    """ `keep_all` or `ignore_empty` (another value fails validation, 422). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from_ = self.from_

        to = self.to

        extractor_keys: list[str] | str | Unset
        if isinstance(self.extractor_keys, Unset):
            extractor_keys = UNSET
        elif isinstance(self.extractor_keys, list):
            extractor_keys = self.extractor_keys

        else:
            extractor_keys = self.extractor_keys

        repeated_classifications: str | Unset = UNSET
        if not isinstance(self.repeated_classifications, Unset):
            repeated_classifications = self.repeated_classifications

        training_behavior = self.training_behavior

        empty_extracts: str | Unset = UNSET
        if not isinstance(self.empty_extracts, Unset):
            empty_extracts = self.empty_extracts

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if from_ is not UNSET:
            field_dict["from"] = from_
        if to is not UNSET:
            field_dict["to"] = to
        if extractor_keys is not UNSET:
            field_dict["extractor_keys"] = extractor_keys
        if repeated_classifications is not UNSET:
            field_dict["repeated_classifications"] = repeated_classifications
        if training_behavior is not UNSET:
            field_dict["training_behavior"] = training_behavior
        if empty_extracts is not UNSET:
            field_dict["empty_extracts"] = empty_extracts

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        from_ = d.pop("from", UNSET)

        to = d.pop("to", UNSET)

        def _parse_extractor_keys(data: object) -> list[str] | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                extractor_keys_type_0 = cast(list[str], data)

                return extractor_keys_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | str | Unset, data)

        extractor_keys = _parse_extractor_keys(d.pop("extractor_keys", UNSET))

        _repeated_classifications = d.pop("repeated_classifications", UNSET)
        repeated_classifications: ReducerFiltersRepeatedClassifications | Unset
        if isinstance(_repeated_classifications, Unset):
            repeated_classifications = UNSET
        else:
            repeated_classifications = check_reducer_filters_repeated_classifications(
                _repeated_classifications
            )

        training_behavior = d.pop("training_behavior", UNSET)

        _empty_extracts = d.pop("empty_extracts", UNSET)
        empty_extracts: ReducerFiltersEmptyExtracts | Unset
        if isinstance(_empty_extracts, Unset):
            empty_extracts = UNSET
        else:
            empty_extracts = check_reducer_filters_empty_extracts(_empty_extracts)

        reducer_filters = cls(
            from_=from_,
            to=to,
            extractor_keys=extractor_keys,
            repeated_classifications=repeated_classifications,
            training_behavior=training_behavior,
            empty_extracts=empty_extracts,
        )

        reducer_filters.additional_properties = d
        return reducer_filters

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
