from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.reducer_create_topic import ReducerCreateTopic, check_reducer_create_topic
from ..models.reducer_create_type import ReducerCreateType, check_reducer_create_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.reducer_filters import ReducerFilters
    from ..models.reducer_grouping import ReducerGrouping


T = TypeVar("T", bound="ReducerCreate")


@_attrs_define
class ReducerCreate:
    """A new reducer. The type-specific settings are sent at the top level; the server only permits the
    fields the chosen type declares (others are dropped silently) and stores them in `config`.
    `reduction_mode` cannot be set through this API.

    | type | settings (server default) |
    |---|---|
    | `consensus` | `ignore_empty_extracts` (false) |
    | `count`, `placeholder`, `first_extract`, `stats` | none |
    | `external` | `url` (https), `version` ("1") |
    | `summary_stats` | `summarize_field`, `operations` |
    | `unique_count` | `field` |
    | `rectangle` | `eps` (5.0), `min_samples` (3), `metric` ("euclidean"), `algorithm` ("auto"), `leaf_size` (30), `p`
    (null) |
    | `sqs` | `queue_name`, `queue_url` |

    """

    type_: ReducerCreateType
    """ Short type name: `consensus`, `count`, `placeholder`, `external`, `first_extract`, `stats`, `summary_stats`,
    `unique_count`, `rectangle` or `sqs`. Any other value is answered with 422 `{"error": "Unknown type X"}`. """
    key: str
    """ Unique per workflow/project; used as `reducer_key` and in rule lookups. """
    topic: ReducerCreateTopic | Unset = UNSET
    """ `reduce_by_subject` (server default) or `reduce_by_user`; another value is answered 422. """
    filters: ReducerFilters | Unset = UNSET
    """ Which extracts the reducer sees. Blank values are removed by the server. Server defaults: all extracts
    (`from` 0, `to` -1), `repeated_classifications` keep_first, `training_behavior` ignore_training,
    `empty_extracts` keep_all. """
    grouping: ReducerGrouping | Unset = UNSET
    """ Reduce per group instead of per subject: the value of `field_name` becomes the reduction's `subgroup`
    (otherwise `_default`). Blank values are removed by the server. """
    user_reducer_keys: str | Unset = UNSET
    """ Key of the user reducer whose reductions are passed along (kept only when `topic` is `reduce_by_subject`).
    """
    subject_reducer_keys: str | Unset = UNSET
    """ Key of the subject reducer whose reductions are passed along (kept only when `topic` is `reduce_by_user`).
    """
    url: str | Unset = UNSET
    """ HTTPS endpoint that receives the extracts and answers the reduction (external); `http` is answered 422. """
    version: str | Unset = UNSET
    """ Protocol version of the external reducer (external). """
    ignore_empty_extracts: bool | Unset = UNSET
    """ Skip extracts with no data (consensus). """
    field: str | Unset = UNSET
    """ Field whose distinct values are counted (unique_count). """
    summarize_field: str | Unset = UNSET
    """ `<extractor_key>.<field>` to summarize (summary_stats). """
    operations: list[str] | str | Unset = UNSET
    """ Statistics to compute (summary_stats): count, min, max, sum, product, mean, sse, variance, stdev, first,
    median, mode. One name or a list. """
    eps: float | Unset = UNSET
    """ DBSCAN neighbourhood radius (rectangle). """
    min_samples: int | Unset = UNSET
    """ DBSCAN core-point size (rectangle). """
    metric: str | Unset = UNSET
    """ Distance metric (rectangle), e.g. `euclidean`. """
    algorithm: str | Unset = UNSET
    """ Nearest-neighbour algorithm (rectangle), e.g. `auto`. """
    leaf_size: int | Unset = UNSET
    """ Tree leaf size (rectangle). """
    p: float | None | Unset = UNSET
    """ Minkowski power (rectangle). """
    queue_name: str | Unset = UNSET
    """ AWS SQS queue name (sqs). """
    queue_url: str | Unset = UNSET
    """ AWS SQS queue URL (sqs). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

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
        field_dict.update(
            {
                "type": type_,
                "key": key,
            }
        )
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
        type_ = check_reducer_create_type(d.pop("type"))

        key = d.pop("key")

        _topic = d.pop("topic", UNSET)
        topic: ReducerCreateTopic | Unset
        if isinstance(_topic, Unset):
            topic = UNSET
        else:
            topic = check_reducer_create_topic(_topic)

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

        reducer_create = cls(
            type_=type_,
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

        reducer_create.additional_properties = d
        return reducer_create

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
