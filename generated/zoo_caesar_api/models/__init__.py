"""Contains all the data models used in inputs/outputs.

Models are imported lazily (PEP 562): importing one endpoint module loads only the models it
uses, not all of them. Type checkers see the imports under TYPE_CHECKING.
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .data_request import DataRequest
    from .data_request_create import DataRequestCreate
    from .data_request_create_request import DataRequestCreateRequest
    from .data_request_create_requested_data import DataRequestCreateRequestedData
    from .error_message import ErrorMessage
    from .error_response import ErrorResponse
    from .extract import Extract
    from .extract_import_request import ExtractImportRequest
    from .extractor import Extractor
    from .extractor_create import ExtractorCreate
    from .extractor_create_field_map import ExtractorCreateFieldMap
    from .extractor_create_if_missing import ExtractorCreateIfMissing
    from .extractor_create_request import ExtractorCreateRequest
    from .extractor_create_shape import ExtractorCreateShape
    from .extractor_create_type import ExtractorCreateType
    from .extractor_update import ExtractorUpdate
    from .extractor_update_field_map import ExtractorUpdateFieldMap
    from .extractor_update_if_missing import ExtractorUpdateIfMissing
    from .extractor_update_request import ExtractorUpdateRequest
    from .extractor_update_shape import ExtractorUpdateShape
    from .json_object import JsonObject
    from .project import Project
    from .project_create import ProjectCreate
    from .project_create_request import ProjectCreateRequest
    from .project_create_status import ProjectCreateStatus
    from .project_update import ProjectUpdate
    from .project_update_request import ProjectUpdateRequest
    from .project_update_status import ProjectUpdateStatus
    from .reducer import Reducer
    from .reducer_create import ReducerCreate
    from .reducer_create_request import ReducerCreateRequest
    from .reducer_create_topic import ReducerCreateTopic
    from .reducer_create_type import ReducerCreateType
    from .reducer_filters import ReducerFilters
    from .reducer_filters_empty_extracts import ReducerFiltersEmptyExtracts
    from .reducer_filters_repeated_classifications import (
        ReducerFiltersRepeatedClassifications,
    )
    from .reducer_grouping import ReducerGrouping
    from .reducer_update import ReducerUpdate
    from .reducer_update_request import ReducerUpdateRequest
    from .reducer_update_topic import ReducerUpdateTopic
    from .subject_reduction import SubjectReduction
    from .subject_reduction_upsert import SubjectReductionUpsert
    from .subject_reduction_upsert_request import SubjectReductionUpsertRequest
    from .subject_rule import SubjectRule
    from .subject_rule_effect import SubjectRuleEffect
    from .subject_rule_effect_config import SubjectRuleEffectConfig
    from .subject_rule_effect_config_reason import SubjectRuleEffectConfigReason
    from .subject_rule_effect_create import SubjectRuleEffectCreate
    from .subject_rule_effect_create_action import SubjectRuleEffectCreateAction
    from .subject_rule_effect_create_request import SubjectRuleEffectCreateRequest
    from .subject_rule_effect_update import SubjectRuleEffectUpdate
    from .subject_rule_effect_update_action import SubjectRuleEffectUpdateAction
    from .subject_rule_effect_update_request import SubjectRuleEffectUpdateRequest
    from .subject_rule_write import SubjectRuleWrite
    from .subject_rule_write_request import SubjectRuleWriteRequest
    from .unprocessable_entity_error import UnprocessableEntityError
    from .unprocessable_entity_error_errors_type_1 import (
        UnprocessableEntityErrorErrorsType1,
    )
    from .user_reduction import UserReduction
    from .user_reduction_upsert import UserReductionUpsert
    from .user_reduction_upsert_request import UserReductionUpsertRequest
    from .user_rule import UserRule
    from .user_rule_effect import UserRuleEffect
    from .user_rule_effect_config import UserRuleEffectConfig
    from .user_rule_effect_create import UserRuleEffectCreate
    from .user_rule_effect_create_action import UserRuleEffectCreateAction
    from .user_rule_effect_create_request import UserRuleEffectCreateRequest
    from .user_rule_effect_update import UserRuleEffectUpdate
    from .user_rule_effect_update_action import UserRuleEffectUpdateAction
    from .user_rule_effect_update_request import UserRuleEffectUpdateRequest
    from .user_rule_write import UserRuleWrite
    from .user_rule_write_request import UserRuleWriteRequest
    from .workflow import Workflow
    from .workflow_create import WorkflowCreate
    from .workflow_create_request import WorkflowCreateRequest
    from .workflow_create_rules_applied import WorkflowCreateRulesApplied
    from .workflow_create_status import WorkflowCreateStatus
    from .workflow_stoplight_status_type_0 import WorkflowStoplightStatusType0
    from .workflow_update import WorkflowUpdate
    from .workflow_update_extractors_config import WorkflowUpdateExtractorsConfig
    from .workflow_update_reducers_config import WorkflowUpdateReducersConfig
    from .workflow_update_request import WorkflowUpdateRequest
    from .workflow_update_rules_applied import WorkflowUpdateRulesApplied
    from .workflow_update_status import WorkflowUpdateStatus

_MODULES: dict[str, str] = {
    "DataRequest": ".data_request",
    "DataRequestCreate": ".data_request_create",
    "DataRequestCreateRequest": ".data_request_create_request",
    "DataRequestCreateRequestedData": ".data_request_create_requested_data",
    "ErrorMessage": ".error_message",
    "ErrorResponse": ".error_response",
    "Extract": ".extract",
    "ExtractImportRequest": ".extract_import_request",
    "Extractor": ".extractor",
    "ExtractorCreate": ".extractor_create",
    "ExtractorCreateFieldMap": ".extractor_create_field_map",
    "ExtractorCreateIfMissing": ".extractor_create_if_missing",
    "ExtractorCreateRequest": ".extractor_create_request",
    "ExtractorCreateShape": ".extractor_create_shape",
    "ExtractorCreateType": ".extractor_create_type",
    "ExtractorUpdate": ".extractor_update",
    "ExtractorUpdateFieldMap": ".extractor_update_field_map",
    "ExtractorUpdateIfMissing": ".extractor_update_if_missing",
    "ExtractorUpdateRequest": ".extractor_update_request",
    "ExtractorUpdateShape": ".extractor_update_shape",
    "JsonObject": ".json_object",
    "Project": ".project",
    "ProjectCreate": ".project_create",
    "ProjectCreateRequest": ".project_create_request",
    "ProjectCreateStatus": ".project_create_status",
    "ProjectUpdate": ".project_update",
    "ProjectUpdateRequest": ".project_update_request",
    "ProjectUpdateStatus": ".project_update_status",
    "Reducer": ".reducer",
    "ReducerCreate": ".reducer_create",
    "ReducerCreateRequest": ".reducer_create_request",
    "ReducerCreateTopic": ".reducer_create_topic",
    "ReducerCreateType": ".reducer_create_type",
    "ReducerFilters": ".reducer_filters",
    "ReducerFiltersEmptyExtracts": ".reducer_filters_empty_extracts",
    "ReducerFiltersRepeatedClassifications": ".reducer_filters_repeated_classifications",
    "ReducerGrouping": ".reducer_grouping",
    "ReducerUpdate": ".reducer_update",
    "ReducerUpdateRequest": ".reducer_update_request",
    "ReducerUpdateTopic": ".reducer_update_topic",
    "SubjectReduction": ".subject_reduction",
    "SubjectReductionUpsert": ".subject_reduction_upsert",
    "SubjectReductionUpsertRequest": ".subject_reduction_upsert_request",
    "SubjectRule": ".subject_rule",
    "SubjectRuleEffect": ".subject_rule_effect",
    "SubjectRuleEffectConfig": ".subject_rule_effect_config",
    "SubjectRuleEffectConfigReason": ".subject_rule_effect_config_reason",
    "SubjectRuleEffectCreate": ".subject_rule_effect_create",
    "SubjectRuleEffectCreateAction": ".subject_rule_effect_create_action",
    "SubjectRuleEffectCreateRequest": ".subject_rule_effect_create_request",
    "SubjectRuleEffectUpdate": ".subject_rule_effect_update",
    "SubjectRuleEffectUpdateAction": ".subject_rule_effect_update_action",
    "SubjectRuleEffectUpdateRequest": ".subject_rule_effect_update_request",
    "SubjectRuleWrite": ".subject_rule_write",
    "SubjectRuleWriteRequest": ".subject_rule_write_request",
    "UnprocessableEntityError": ".unprocessable_entity_error",
    "UnprocessableEntityErrorErrorsType1": ".unprocessable_entity_error_errors_type_1",
    "UserReduction": ".user_reduction",
    "UserReductionUpsert": ".user_reduction_upsert",
    "UserReductionUpsertRequest": ".user_reduction_upsert_request",
    "UserRule": ".user_rule",
    "UserRuleEffect": ".user_rule_effect",
    "UserRuleEffectConfig": ".user_rule_effect_config",
    "UserRuleEffectCreate": ".user_rule_effect_create",
    "UserRuleEffectCreateAction": ".user_rule_effect_create_action",
    "UserRuleEffectCreateRequest": ".user_rule_effect_create_request",
    "UserRuleEffectUpdate": ".user_rule_effect_update",
    "UserRuleEffectUpdateAction": ".user_rule_effect_update_action",
    "UserRuleEffectUpdateRequest": ".user_rule_effect_update_request",
    "UserRuleWrite": ".user_rule_write",
    "UserRuleWriteRequest": ".user_rule_write_request",
    "Workflow": ".workflow",
    "WorkflowCreate": ".workflow_create",
    "WorkflowCreateRequest": ".workflow_create_request",
    "WorkflowCreateRulesApplied": ".workflow_create_rules_applied",
    "WorkflowCreateStatus": ".workflow_create_status",
    "WorkflowStoplightStatusType0": ".workflow_stoplight_status_type_0",
    "WorkflowUpdate": ".workflow_update",
    "WorkflowUpdateExtractorsConfig": ".workflow_update_extractors_config",
    "WorkflowUpdateReducersConfig": ".workflow_update_reducers_config",
    "WorkflowUpdateRequest": ".workflow_update_request",
    "WorkflowUpdateRulesApplied": ".workflow_update_rules_applied",
    "WorkflowUpdateStatus": ".workflow_update_status",
}

__all__ = (
    "DataRequest",
    "DataRequestCreate",
    "DataRequestCreateRequest",
    "DataRequestCreateRequestedData",
    "ErrorMessage",
    "ErrorResponse",
    "Extract",
    "ExtractImportRequest",
    "Extractor",
    "ExtractorCreate",
    "ExtractorCreateFieldMap",
    "ExtractorCreateIfMissing",
    "ExtractorCreateRequest",
    "ExtractorCreateShape",
    "ExtractorCreateType",
    "ExtractorUpdate",
    "ExtractorUpdateFieldMap",
    "ExtractorUpdateIfMissing",
    "ExtractorUpdateRequest",
    "ExtractorUpdateShape",
    "JsonObject",
    "Project",
    "ProjectCreate",
    "ProjectCreateRequest",
    "ProjectCreateStatus",
    "ProjectUpdate",
    "ProjectUpdateRequest",
    "ProjectUpdateStatus",
    "Reducer",
    "ReducerCreate",
    "ReducerCreateRequest",
    "ReducerCreateTopic",
    "ReducerCreateType",
    "ReducerFilters",
    "ReducerFiltersEmptyExtracts",
    "ReducerFiltersRepeatedClassifications",
    "ReducerGrouping",
    "ReducerUpdate",
    "ReducerUpdateRequest",
    "ReducerUpdateTopic",
    "SubjectReduction",
    "SubjectReductionUpsert",
    "SubjectReductionUpsertRequest",
    "SubjectRule",
    "SubjectRuleEffect",
    "SubjectRuleEffectConfig",
    "SubjectRuleEffectConfigReason",
    "SubjectRuleEffectCreate",
    "SubjectRuleEffectCreateAction",
    "SubjectRuleEffectCreateRequest",
    "SubjectRuleEffectUpdate",
    "SubjectRuleEffectUpdateAction",
    "SubjectRuleEffectUpdateRequest",
    "SubjectRuleWrite",
    "SubjectRuleWriteRequest",
    "UnprocessableEntityError",
    "UnprocessableEntityErrorErrorsType1",
    "UserReduction",
    "UserReductionUpsert",
    "UserReductionUpsertRequest",
    "UserRule",
    "UserRuleEffect",
    "UserRuleEffectConfig",
    "UserRuleEffectCreate",
    "UserRuleEffectCreateAction",
    "UserRuleEffectCreateRequest",
    "UserRuleEffectUpdate",
    "UserRuleEffectUpdateAction",
    "UserRuleEffectUpdateRequest",
    "UserRuleWrite",
    "UserRuleWriteRequest",
    "Workflow",
    "WorkflowCreate",
    "WorkflowCreateRequest",
    "WorkflowCreateRulesApplied",
    "WorkflowCreateStatus",
    "WorkflowStoplightStatusType0",
    "WorkflowUpdate",
    "WorkflowUpdateExtractorsConfig",
    "WorkflowUpdateReducersConfig",
    "WorkflowUpdateRequest",
    "WorkflowUpdateRulesApplied",
    "WorkflowUpdateStatus",
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
