"""Contains all the data models used in inputs/outputs.

Models are imported lazily (PEP 562): importing one endpoint module loads only the models it
uses, not all of them. Type checkers see the imports under TYPE_CHECKING.
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .account import Account
    from .channel_disable import ChannelDisable
    from .channels_enable import ChannelsEnable
    from .channels_result import ChannelsResult
    from .copy_unit_unitdata import CopyUnitUnitdata
    from .download_job_report_type import DownloadJobReportType
    from .error_response import ErrorResponse
    from .job import Job
    from .job_channels import JobChannels
    from .job_create import JobCreate
    from .job_desired_requirements_type_0 import JobDesiredRequirementsType0
    from .job_excluded_countries_type_0_item_type_1 import (
        JobExcludedCountriesType0ItemType1,
    )
    from .job_fields_type_0 import JobFieldsType0
    from .job_gold_type_0 import JobGoldType0
    from .job_included_countries_type_0_item_type_1 import (
        JobIncludedCountriesType0ItemType1,
    )
    from .job_legend import JobLegend
    from .job_minimum_requirements_type_0 import JobMinimumRequirementsType0
    from .job_options_type_0 import JobOptionsType0
    from .job_status import JobStatus
    from .job_tag import JobTag
    from .job_tags_add import JobTagsAdd
    from .job_tags_remove import JobTagsRemove
    from .job_tags_replace import JobTagsReplace
    from .job_update import JobUpdate
    from .job_upload_feed import JobUploadFeed
    from .judgment_aggregate import JudgmentAggregate
    from .judgment_aggregates import JudgmentAggregates
    from .judgment_record import JudgmentRecord
    from .judgment_record_data_type_0 import JudgmentRecordDataType0
    from .judgment_record_unit_data_type_0 import JudgmentRecordUnitDataType0
    from .judgment_write import JudgmentWrite
    from .message import Message
    from .message_text import MessageText
    from .notice_response import NoticeResponse
    from .order import Order
    from .order_create import OrderCreate
    from .order_meta_type_0 import OrderMetaType0
    from .regenerate_job_report_type import RegenerateJobReportType
    from .undocumented_result import UndocumentedResult
    from .unit import Unit
    from .unit_create import UnitCreate
    from .unit_data import UnitData
    from .unit_field_result import UnitFieldResult
    from .unit_judgments_type_1 import UnitJudgmentsType1
    from .unit_list import UnitList
    from .unit_list_additional_property import UnitListAdditionalProperty
    from .unit_more_judgments import UnitMoreJudgments
    from .unit_results import UnitResults
    from .unit_update import UnitUpdate
    from .units_status import UnitsStatus
    from .webhook_notification import WebhookNotification
    from .worker_bonus import WorkerBonus
    from .worker_deflag import WorkerDeflag
    from .worker_flag import WorkerFlag
    from .worker_flag_or_deflag import WorkerFlagOrDeflag
    from .worker_notify import WorkerNotify
    from .worker_reject import WorkerReject

_MODULES: dict[str, str] = {
    "Account": ".account",
    "ChannelDisable": ".channel_disable",
    "ChannelsEnable": ".channels_enable",
    "ChannelsResult": ".channels_result",
    "CopyUnitUnitdata": ".copy_unit_unitdata",
    "DownloadJobReportType": ".download_job_report_type",
    "ErrorResponse": ".error_response",
    "Job": ".job",
    "JobChannels": ".job_channels",
    "JobCreate": ".job_create",
    "JobDesiredRequirementsType0": ".job_desired_requirements_type_0",
    "JobExcludedCountriesType0ItemType1": ".job_excluded_countries_type_0_item_type_1",
    "JobFieldsType0": ".job_fields_type_0",
    "JobGoldType0": ".job_gold_type_0",
    "JobIncludedCountriesType0ItemType1": ".job_included_countries_type_0_item_type_1",
    "JobLegend": ".job_legend",
    "JobMinimumRequirementsType0": ".job_minimum_requirements_type_0",
    "JobOptionsType0": ".job_options_type_0",
    "JobStatus": ".job_status",
    "JobTag": ".job_tag",
    "JobTagsAdd": ".job_tags_add",
    "JobTagsRemove": ".job_tags_remove",
    "JobTagsReplace": ".job_tags_replace",
    "JobUpdate": ".job_update",
    "JobUploadFeed": ".job_upload_feed",
    "JudgmentAggregate": ".judgment_aggregate",
    "JudgmentAggregates": ".judgment_aggregates",
    "JudgmentRecord": ".judgment_record",
    "JudgmentRecordDataType0": ".judgment_record_data_type_0",
    "JudgmentRecordUnitDataType0": ".judgment_record_unit_data_type_0",
    "JudgmentWrite": ".judgment_write",
    "Message": ".message",
    "MessageText": ".message_text",
    "NoticeResponse": ".notice_response",
    "Order": ".order",
    "OrderCreate": ".order_create",
    "OrderMetaType0": ".order_meta_type_0",
    "RegenerateJobReportType": ".regenerate_job_report_type",
    "UndocumentedResult": ".undocumented_result",
    "Unit": ".unit",
    "UnitCreate": ".unit_create",
    "UnitData": ".unit_data",
    "UnitFieldResult": ".unit_field_result",
    "UnitJudgmentsType1": ".unit_judgments_type_1",
    "UnitList": ".unit_list",
    "UnitListAdditionalProperty": ".unit_list_additional_property",
    "UnitMoreJudgments": ".unit_more_judgments",
    "UnitResults": ".unit_results",
    "UnitUpdate": ".unit_update",
    "UnitsStatus": ".units_status",
    "WebhookNotification": ".webhook_notification",
    "WorkerBonus": ".worker_bonus",
    "WorkerDeflag": ".worker_deflag",
    "WorkerFlag": ".worker_flag",
    "WorkerFlagOrDeflag": ".worker_flag_or_deflag",
    "WorkerNotify": ".worker_notify",
    "WorkerReject": ".worker_reject",
}

__all__ = (
    "Account",
    "ChannelDisable",
    "ChannelsEnable",
    "ChannelsResult",
    "CopyUnitUnitdata",
    "DownloadJobReportType",
    "ErrorResponse",
    "Job",
    "JobChannels",
    "JobCreate",
    "JobDesiredRequirementsType0",
    "JobExcludedCountriesType0ItemType1",
    "JobFieldsType0",
    "JobGoldType0",
    "JobIncludedCountriesType0ItemType1",
    "JobLegend",
    "JobMinimumRequirementsType0",
    "JobOptionsType0",
    "JobStatus",
    "JobTag",
    "JobTagsAdd",
    "JobTagsRemove",
    "JobTagsReplace",
    "JobUpdate",
    "JobUploadFeed",
    "JudgmentAggregate",
    "JudgmentAggregates",
    "JudgmentRecord",
    "JudgmentRecordDataType0",
    "JudgmentRecordUnitDataType0",
    "JudgmentWrite",
    "Message",
    "MessageText",
    "NoticeResponse",
    "Order",
    "OrderCreate",
    "OrderMetaType0",
    "RegenerateJobReportType",
    "UndocumentedResult",
    "Unit",
    "UnitCreate",
    "UnitData",
    "UnitFieldResult",
    "UnitJudgmentsType1",
    "UnitList",
    "UnitListAdditionalProperty",
    "UnitMoreJudgments",
    "UnitResults",
    "UnitsStatus",
    "UnitUpdate",
    "WebhookNotification",
    "WorkerBonus",
    "WorkerDeflag",
    "WorkerFlag",
    "WorkerFlagOrDeflag",
    "WorkerNotify",
    "WorkerReject",
)


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
