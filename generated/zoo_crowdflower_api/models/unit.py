from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.unit_data import UnitData
    from ..models.unit_results import UnitResults


T = TypeVar("T", bound="Unit")


@_attrs_define
class Unit:
    """A unit (row) of a job. Read-only: `id`, `created_at`, `updated_at`, `judgments_count`, `results`. Writable with
    `unit[<attr>]`: `data`, `state`, `agreement`, `difficulty`, `missed_count`, `job_id`.

        Example:
            {'id': 987654321, 'job_id': 123123, 'data': {'url': 'https://example.com/a.jpg', 'sku': '1'}, 'state':
                'finalized', 'agreement': 0.6667, 'difficulty': 0, 'missed_count': 0, 'judgments_count': 3, 'created_at':
                '2015-07-01T10:00:00+00:00', 'updated_at': '2015-07-01T12:30:00+00:00', 'results': {'judgments': [{'id':
                1500000001, 'job_id': 123123, 'unit_id': 987654321, 'worker_id': 31415, 'data': {'category': 'shoes'}}],
                'category': {'agg': 'shoes', 'confidence': 0.6667}}}

    """

    id: int | Unset = UNSET
    job_id: int | Unset = UNSET
    data: UnitData | Unset = UNSET
    """ The row's columns (column name → value). """
    state: None | str | Unset = UNSET
    """ e.g. `new`, `golden`, `judgable`, `judging`, `finalized`, `canceled`; the list is not documented. """
    agreement: float | None | Unset = UNSET
    difficulty: float | None | Unset = UNSET
    missed_count: int | None | Unset = UNSET
    judgments_count: int | None | Unset = UNSET
    created_at: None | str | Unset = UNSET
    """ ISO 8601 timestamp with offset, e.g. `2018-08-03T20:02:36+00:00` (older responses used other formats, so no
    `format` is asserted). """
    updated_at: None | str | Unset = UNSET
    """ ISO 8601 timestamp with offset, e.g. `2018-08-03T20:02:36+00:00` (older responses used other formats, so no
    `format` is asserted). """
    results: UnitResults | Unset = UNSET
    """ Present once trusted judgments exist: `judgments` (the unit's judgments) plus, per job field, `{"agg":
    <chosen answer>, "confidence": <0..1>}`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        job_id = self.job_id

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        state: None | str | Unset
        if isinstance(self.state, Unset):
            state = UNSET
        else:
            state = self.state

        agreement: float | None | Unset
        if isinstance(self.agreement, Unset):
            agreement = UNSET
        else:
            agreement = self.agreement

        difficulty: float | None | Unset
        if isinstance(self.difficulty, Unset):
            difficulty = UNSET
        else:
            difficulty = self.difficulty

        missed_count: int | None | Unset
        if isinstance(self.missed_count, Unset):
            missed_count = UNSET
        else:
            missed_count = self.missed_count

        judgments_count: int | None | Unset
        if isinstance(self.judgments_count, Unset):
            judgments_count = UNSET
        else:
            judgments_count = self.judgments_count

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        else:
            created_at = self.created_at

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = self.updated_at

        results: dict[str, Any] | Unset = UNSET
        if not isinstance(self.results, Unset):
            results = self.results.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if job_id is not UNSET:
            field_dict["job_id"] = job_id
        if data is not UNSET:
            field_dict["data"] = data
        if state is not UNSET:
            field_dict["state"] = state
        if agreement is not UNSET:
            field_dict["agreement"] = agreement
        if difficulty is not UNSET:
            field_dict["difficulty"] = difficulty
        if missed_count is not UNSET:
            field_dict["missed_count"] = missed_count
        if judgments_count is not UNSET:
            field_dict["judgments_count"] = judgments_count
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if results is not UNSET:
            field_dict["results"] = results

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.unit_data import UnitData  # noqa: PLC0415
        from ..models.unit_results import UnitResults  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        job_id = d.pop("job_id", UNSET)

        _data = d.pop("data", UNSET)
        data: UnitData | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = UnitData.from_dict(_data)

        def _parse_state(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        state = _parse_state(d.pop("state", UNSET))

        def _parse_agreement(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        agreement = _parse_agreement(d.pop("agreement", UNSET))

        def _parse_difficulty(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        difficulty = _parse_difficulty(d.pop("difficulty", UNSET))

        def _parse_missed_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        missed_count = _parse_missed_count(d.pop("missed_count", UNSET))

        def _parse_judgments_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        judgments_count = _parse_judgments_count(d.pop("judgments_count", UNSET))

        def _parse_created_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created_at = _parse_created_at(d.pop("created_at", UNSET))

        def _parse_updated_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        updated_at = _parse_updated_at(d.pop("updated_at", UNSET))

        _results = d.pop("results", UNSET)
        results: UnitResults | Unset
        if isinstance(_results, Unset):
            results = UNSET
        else:
            results = UnitResults.from_dict(_results)

        unit = cls(
            id=id,
            job_id=job_id,
            data=data,
            state=state,
            agreement=agreement,
            difficulty=difficulty,
            missed_count=missed_count,
            judgments_count=judgments_count,
            created_at=created_at,
            updated_at=updated_at,
            results=results,
        )

        unit.additional_properties = d
        return unit

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
