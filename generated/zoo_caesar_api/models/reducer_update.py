from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.reducer_update_topic import ReducerUpdateTopic, check_reducer_update_topic
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.reducer_filters import ReducerFilters
    from ..models.reducer_grouping import ReducerGrouping


T = TypeVar("T", bound="ReducerUpdate")


@_attrs_define
class ReducerUpdate:
    """Changed reducer settings; every key is optional, but the object must not be empty (400). The type cannot change (a
    `type` key is ignored). Settings follow the same per-type rules as on create.

    """

    key: str | Unset = UNSET
    """ Unique per workflow/project. """
    topic: ReducerUpdateTopic | Unset = UNSET
    """ `reduce_by_subject` or `reduce_by_user`. """
    filters: ReducerFilters | Unset = UNSET
    """ Which extracts the reducer sees. Blank values are removed by the server. Server defaults: all extracts
    (`from` 0, `to` -1), `repeated_classifications` keep_first, `training_behavior` ignore_training,
    `empty_extracts` keep_all. """
    grouping: ReducerGrouping | Unset = UNSET
    """ Reduce per group instead of per subject: the value of `field_name` becomes the reduction's `subgroup`
    (otherwise `_default`). Blank values are removed by the server. """
    user_reducer_keys: str | Unset = UNSET
    """ Kept only when `topic` is `reduce_by_subject`. """
    subject_reducer_keys: str | Unset = UNSET
    """ Kept only when `topic` is `reduce_by_user`. """
    url: str | Unset = UNSET
    """ (external) HTTPS only. """
    version: str | Unset = UNSET
    """ (external) """
    ignore_empty_extracts: bool | Unset = UNSET
    """ (consensus) """
    field: str | Unset = UNSET
    """ (unique_count) """
    summarize_field: str | Unset = UNSET
    """ (summary_stats) """
    operations: list[str] | str | Unset = UNSET
    """ (summary_stats) one name or a list. """
    eps: float | Unset = UNSET
    """ (rectangle) """
    min_samples: int | Unset = UNSET
    """ (rectangle) """
    metric: str | Unset = UNSET
    """ (rectangle) """
    algorithm: str | Unset = UNSET
    """ (rectangle) """
    leaf_size: int | Unset = UNSET
    """ (rectangle) """
    p: float | None | Unset = UNSET
    """ (rectangle) """
    queue_name: str | Unset = UNSET
    """ (sqs) """
    queue_url: str | Unset = UNSET
    """ (sqs) """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        topic: str | Unset = UNSET
        if not isinstance(self.topic, Unset):
            topic = self.topic

        filters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.filters, Unset):
            filters = self.filters.to_dict()

        grouping: dict[str, Any] | Unset = UNSET
        if not isinstance(self.grouping, Unset):
            grouping = self.grouping.to_dict()

        user_reducer_keys = self.user_reducer_keys

        subject_reducer_keys = self.subject_reducer_keys

        url = self.url

        version = self.version

        ignore_empty_extracts = self.ignore_empty_extracts

        field = self.field

        summarize_field = self.summarize_field

        operations: list[str] | str | Unset
        if isinstance(self.operations, Unset):
            operations = UNSET
        elif isinstance(self.operations, list):
            operations = self.operations

        else:
            operations = self.operations

        eps = self.eps

        min_samples = self.min_samples

        metric = self.metric

        algorithm = self.algorithm

        leaf_size = self.leaf_size

        p: float | None | Unset
        if isinstance(self.p, Unset):
            p = UNSET
        else:
            p = self.p

        queue_name = self.queue_name

        queue_url = self.queue_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if key is not UNSET:
            field_dict["key"] = key
        if topic is not UNSET:
            field_dict["topic"] = topic
        if filters is not UNSET:
            field_dict["filters"] = filters
        if grouping is not UNSET:
            field_dict["grouping"] = grouping
        if user_reducer_keys is not UNSET:
            field_dict["user_reducer_keys"] = user_reducer_keys
        if subject_reducer_keys is not UNSET:
            field_dict["subject_reducer_keys"] = subject_reducer_keys
        if url is not UNSET:
            field_dict["url"] = url
        if version is not UNSET:
            field_dict["version"] = version
        if ignore_empty_extracts is not UNSET:
            field_dict["ignore_empty_extracts"] = ignore_empty_extracts
        if field is not UNSET:
            field_dict["field"] = field
        if summarize_field is not UNSET:
            field_dict["summarize_field"] = summarize_field
        if operations is not UNSET:
            field_dict["operations"] = operations
        if eps is not UNSET:
            field_dict["eps"] = eps
        if min_samples is not UNSET:
            field_dict["min_samples"] = min_samples
        if metric is not UNSET:
            field_dict["metric"] = metric
        if algorithm is not UNSET:
            field_dict["algorithm"] = algorithm
        if leaf_size is not UNSET:
            field_dict["leaf_size"] = leaf_size
        if p is not UNSET:
            field_dict["p"] = p
        if queue_name is not UNSET:
            field_dict["queue_name"] = queue_name
        if queue_url is not UNSET:
            field_dict["queue_url"] = queue_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.reducer_filters import ReducerFilters  # noqa: PLC0415
        from ..models.reducer_grouping import ReducerGrouping  # noqa: PLC0415

        d = dict(src_dict)
        key = d.pop("key", UNSET)

        _topic = d.pop("topic", UNSET)
        topic: ReducerUpdateTopic | Unset
        if isinstance(_topic, Unset):
            topic = UNSET
        else:
            topic = check_reducer_update_topic(_topic)

        _filters = d.pop("filters", UNSET)
        filters: ReducerFilters | Unset
        if isinstance(_filters, Unset):
            filters = UNSET
        else:
            filters = ReducerFilters.from_dict(_filters)

        _grouping = d.pop("grouping", UNSET)
        grouping: ReducerGrouping | Unset
        if isinstance(_grouping, Unset):
            grouping = UNSET
        else:
            grouping = ReducerGrouping.from_dict(_grouping)

        user_reducer_keys = d.pop("user_reducer_keys", UNSET)

        subject_reducer_keys = d.pop("subject_reducer_keys", UNSET)

        url = d.pop("url", UNSET)

        version = d.pop("version", UNSET)

        ignore_empty_extracts = d.pop("ignore_empty_extracts", UNSET)

        field = d.pop("field", UNSET)

        summarize_field = d.pop("summarize_field", UNSET)

        def _parse_operations(data: object) -> list[str] | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                operations_type_0 = cast(list[str], data)

                return operations_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | str | Unset, data)

        operations = _parse_operations(d.pop("operations", UNSET))

        eps = d.pop("eps", UNSET)

        min_samples = d.pop("min_samples", UNSET)

        metric = d.pop("metric", UNSET)

        algorithm = d.pop("algorithm", UNSET)

        leaf_size = d.pop("leaf_size", UNSET)

        def _parse_p(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        p = _parse_p(d.pop("p", UNSET))

        queue_name = d.pop("queue_name", UNSET)

        queue_url = d.pop("queue_url", UNSET)

        reducer_update = cls(
            key=key,
            topic=topic,
            filters=filters,
            grouping=grouping,
            user_reducer_keys=user_reducer_keys,
            subject_reducer_keys=subject_reducer_keys,
            url=url,
            version=version,
            ignore_empty_extracts=ignore_empty_extracts,
            field=field,
            summarize_field=summarize_field,
            operations=operations,
            eps=eps,
            min_samples=min_samples,
            metric=metric,
            algorithm=algorithm,
            leaf_size=leaf_size,
            p=p,
            queue_name=queue_name,
            queue_url=queue_url,
        )

        reducer_update.additional_properties = d
        return reducer_update

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
