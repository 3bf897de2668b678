from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.judgment_record_data_type_0 import JudgmentRecordDataType0
    from ..models.judgment_record_unit_data_type_0 import JudgmentRecordUnitDataType0


T = TypeVar("T", bound="JudgmentRecord")


@_attrs_define
class JudgmentRecord:
    """One contributor's answer for one unit. `data` holds the answers keyed by job field. Writable (legacy docs only):
    `webhook_sent_at`, `reviewed`, `missed`, `tainted`, `country`, `region`, `city`, `golden`, `unit_state`.

    """

    id: int | Unset = UNSET
    job_id: int | Unset = UNSET
    unit_id: int | Unset = UNSET
    worker_id: int | None | Unset = UNSET
    contributor_id: int | None | Unset = UNSET
    data: JudgmentRecordDataType0 | None | Unset = UNSET
    unit_data: JudgmentRecordUnitDataType0 | None | Unset = UNSET
    judgment: int | None | Unset = UNSET
    """ Sequence number of the judgment (undocumented). """
    trust: float | None | Unset = UNSET
    worker_trust: float | None | Unset = UNSET
    golden: bool | None | Unset = UNSET
    tainted: bool | None | Unset = UNSET
    missed: bool | None | Unset = UNSET
    rejected: bool | None | Unset = UNSET
    reviewed: bool | None | Unset = UNSET
    external_type: None | str | Unset = UNSET
    """ The channel the contributor came from. """
    ip: None | str | Unset = UNSET
    country: None | str | Unset = UNSET
    region: None | str | Unset = UNSET
    city: None | str | Unset = UNSET
    unit_state: None | str | Unset = UNSET
    started_at: None | str | Unset = UNSET
    """ ISO 8601 timestamp with offset, e.g. `2018-08-03T20:02:36+00:00` (older responses used other formats, so no
    `format` is asserted). """
    created_at: None | str | Unset = UNSET
    """ ISO 8601 timestamp with offset, e.g. `2018-08-03T20:02:36+00:00` (older responses used other formats, so no
    `format` is asserted). """
    webhook_sent_at: None | str | Unset = UNSET
    """ ISO 8601 timestamp with offset, e.g. `2018-08-03T20:02:36+00:00` (older responses used other formats, so no
    `format` is asserted). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.judgment_record_data_type_0 import JudgmentRecordDataType0  # noqa: PLC0415
        from ..models.judgment_record_unit_data_type_0 import (
            JudgmentRecordUnitDataType0,  # noqa: PLC0415
        )

        id = self.id

        job_id = self.job_id

        unit_id = self.unit_id

        worker_id: int | None | Unset
        if isinstance(self.worker_id, Unset):
            worker_id = UNSET
        else:
            worker_id = self.worker_id

        contributor_id: int | None | Unset
        if isinstance(self.contributor_id, Unset):
            contributor_id = UNSET
        else:
            contributor_id = self.contributor_id

        data: dict[str, Any] | None | Unset
        if isinstance(self.data, Unset):
            data = UNSET
        elif isinstance(self.data, JudgmentRecordDataType0):
            data = self.data.to_dict()
        else:
            data = self.data

        unit_data: dict[str, Any] | None | Unset
        if isinstance(self.unit_data, Unset):
            unit_data = UNSET
        elif isinstance(self.unit_data, JudgmentRecordUnitDataType0):
            unit_data = self.unit_data.to_dict()
        else:
            unit_data = self.unit_data

        judgment: int | None | Unset
        if isinstance(self.judgment, Unset):
            judgment = UNSET
        else:
            judgment = self.judgment

        trust: float | None | Unset
        if isinstance(self.trust, Unset):
            trust = UNSET
        else:
            trust = self.trust

        worker_trust: float | None | Unset
        if isinstance(self.worker_trust, Unset):
            worker_trust = UNSET
        else:
            worker_trust = self.worker_trust

        golden: bool | None | Unset
        if isinstance(self.golden, Unset):
            golden = UNSET
        else:
            golden = self.golden

        tainted: bool | None | Unset
        if isinstance(self.tainted, Unset):
            tainted = UNSET
        else:
            tainted = self.tainted

        missed: bool | None | Unset
        if isinstance(self.missed, Unset):
            missed = UNSET
        else:
            missed = self.missed

        rejected: bool | None | Unset
        if isinstance(self.rejected, Unset):
            rejected = UNSET
        else:
            rejected = self.rejected

        reviewed: bool | None | Unset
        if isinstance(self.reviewed, Unset):
            reviewed = UNSET
        else:
            reviewed = self.reviewed

        external_type: None | str | Unset
        if isinstance(self.external_type, Unset):
            external_type = UNSET
        else:
            external_type = self.external_type

        ip: None | str | Unset
        if isinstance(self.ip, Unset):
            ip = UNSET
        else:
            ip = self.ip

        country: None | str | Unset
        if isinstance(self.country, Unset):
            country = UNSET
        else:
            country = self.country

        region: None | str | Unset
        if isinstance(self.region, Unset):
            region = UNSET
        else:
            region = self.region

        city: None | str | Unset
        if isinstance(self.city, Unset):
            city = UNSET
        else:
            city = self.city

        unit_state: None | str | Unset
        if isinstance(self.unit_state, Unset):
            unit_state = UNSET
        else:
            unit_state = self.unit_state

        started_at: None | str | Unset
        if isinstance(self.started_at, Unset):
            started_at = UNSET
        else:
            started_at = self.started_at

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        else:
            created_at = self.created_at

        webhook_sent_at: None | str | Unset
        if isinstance(self.webhook_sent_at, Unset):
            webhook_sent_at = UNSET
        else:
            webhook_sent_at = self.webhook_sent_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if job_id is not UNSET:
            field_dict["job_id"] = job_id
        if unit_id is not UNSET:
            field_dict["unit_id"] = unit_id
        if worker_id is not UNSET:
            field_dict["worker_id"] = worker_id
        if contributor_id is not UNSET:
            field_dict["contributor_id"] = contributor_id
        if data is not UNSET:
            field_dict["data"] = data
        if unit_data is not UNSET:
            field_dict["unit_data"] = unit_data
        if judgment is not UNSET:
            field_dict["judgment"] = judgment
        if trust is not UNSET:
            field_dict["trust"] = trust
        if worker_trust is not UNSET:
            field_dict["worker_trust"] = worker_trust
        if golden is not UNSET:
            field_dict["golden"] = golden
        if tainted is not UNSET:
            field_dict["tainted"] = tainted
        if missed is not UNSET:
            field_dict["missed"] = missed
        if rejected is not UNSET:
            field_dict["rejected"] = rejected
        if reviewed is not UNSET:
            field_dict["reviewed"] = reviewed
        if external_type is not UNSET:
            field_dict["external_type"] = external_type
        if ip is not UNSET:
            field_dict["ip"] = ip
        if country is not UNSET:
            field_dict["country"] = country
        if region is not UNSET:
            field_dict["region"] = region
        if city is not UNSET:
            field_dict["city"] = city
        if unit_state is not UNSET:
            field_dict["unit_state"] = unit_state
        if started_at is not UNSET:
            field_dict["started_at"] = started_at
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if webhook_sent_at is not UNSET:
            field_dict["webhook_sent_at"] = webhook_sent_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.judgment_record_data_type_0 import JudgmentRecordDataType0  # noqa: PLC0415
        from ..models.judgment_record_unit_data_type_0 import (
            JudgmentRecordUnitDataType0,  # noqa: PLC0415
        )

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        job_id = d.pop("job_id", UNSET)

        unit_id = d.pop("unit_id", UNSET)

        def _parse_worker_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        worker_id = _parse_worker_id(d.pop("worker_id", UNSET))

        def _parse_contributor_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        contributor_id = _parse_contributor_id(d.pop("contributor_id", UNSET))

        def _parse_data(data: object) -> JudgmentRecordDataType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                data_type_0 = JudgmentRecordDataType0.from_dict(data)

                return data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(JudgmentRecordDataType0 | None | Unset, data)

        data = _parse_data(d.pop("data", UNSET))

        def _parse_unit_data(data: object) -> JudgmentRecordUnitDataType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                unit_data_type_0 = JudgmentRecordUnitDataType0.from_dict(data)

                return unit_data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(JudgmentRecordUnitDataType0 | None | Unset, data)

        unit_data = _parse_unit_data(d.pop("unit_data", UNSET))

        def _parse_judgment(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        judgment = _parse_judgment(d.pop("judgment", UNSET))

        def _parse_trust(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        trust = _parse_trust(d.pop("trust", UNSET))

        def _parse_worker_trust(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        worker_trust = _parse_worker_trust(d.pop("worker_trust", UNSET))

        def _parse_golden(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        golden = _parse_golden(d.pop("golden", UNSET))

        def _parse_tainted(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        tainted = _parse_tainted(d.pop("tainted", UNSET))

        def _parse_missed(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        missed = _parse_missed(d.pop("missed", UNSET))

        def _parse_rejected(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        rejected = _parse_rejected(d.pop("rejected", UNSET))

        def _parse_reviewed(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        reviewed = _parse_reviewed(d.pop("reviewed", UNSET))

        def _parse_external_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        external_type = _parse_external_type(d.pop("external_type", UNSET))

        def _parse_ip(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ip = _parse_ip(d.pop("ip", UNSET))

        def _parse_country(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        country = _parse_country(d.pop("country", UNSET))

        def _parse_region(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        region = _parse_region(d.pop("region", UNSET))

        def _parse_city(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        city = _parse_city(d.pop("city", UNSET))

        def _parse_unit_state(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        unit_state = _parse_unit_state(d.pop("unit_state", UNSET))

        def _parse_started_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        started_at = _parse_started_at(d.pop("started_at", UNSET))

        def _parse_created_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created_at = _parse_created_at(d.pop("created_at", UNSET))

        def _parse_webhook_sent_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        webhook_sent_at = _parse_webhook_sent_at(d.pop("webhook_sent_at", UNSET))

        judgment_record = cls(
            id=id,
            job_id=job_id,
            unit_id=unit_id,
            worker_id=worker_id,
            contributor_id=contributor_id,
            data=data,
            unit_data=unit_data,
            judgment=judgment,
            trust=trust,
            worker_trust=worker_trust,
            golden=golden,
            tainted=tainted,
            missed=missed,
            rejected=rejected,
            reviewed=reviewed,
            external_type=external_type,
            ip=ip,
            country=country,
            region=region,
            city=city,
            unit_state=unit_state,
            started_at=started_at,
            created_at=created_at,
            webhook_sent_at=webhook_sent_at,
        )

        judgment_record.additional_properties = d
        return judgment_record

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
