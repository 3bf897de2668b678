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
    from .error_message import ErrorMessage
    from .error_response import ErrorResponse
    from .extract import Extract
    from .extract_import_request import ExtractImportRequest
    from .extractor import Extractor
    from .extractor_create import ExtractorCreate
    from .extractor_create_field_map import ExtractorCreateFieldMap
    from .extractor_create_request import ExtractorCreateRequest
    from .extractor_update import ExtractorUpdate
    from .extractor_update_field_map import ExtractorUpdateFieldMap
    from .extractor_update_request import ExtractorUpdateRequest
    from .json_object import JsonObject
    from .project import Project
    from .project_create import ProjectCreate
    from .project_create_request import ProjectCreateRequest
    from .project_update import ProjectUpdate
    from .project_update_request import ProjectUpdateRequest
    from .reducer import Reducer
    from .reducer_create import ReducerCreate
    from .reducer_create_request import ReducerCreateRequest
    from .reducer_filters import ReducerFilters
    from .reducer_grouping import ReducerGrouping
    from .reducer_update import ReducerUpdate
    from .reducer_update_request import ReducerUpdateRequest
    from .subject_reduction import SubjectReduction
    from .subject_reduction_upsert import SubjectReductionUpsert
    from .subject_reduction_upsert_request import SubjectReductionUpsertRequest
    from .subject_rule import SubjectRule
    from .subject_rule_effect import SubjectRuleEffect
    from .subject_rule_effect_config import SubjectRuleEffectConfig
    from .subject_rule_effect_create import SubjectRuleEffectCreate
    from .subject_rule_effect_create_request import SubjectRuleEffectCreateRequest
    from .subject_rule_effect_update import SubjectRuleEffectUpdate
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
    from .user_rule_effect_create_request import UserRuleEffectCreateRequest
    from .user_rule_effect_update import UserRuleEffectUpdate
    from .user_rule_effect_update_request import UserRuleEffectUpdateRequest
    from .user_rule_write import UserRuleWrite
    from .user_rule_write_request import UserRuleWriteRequest
    from .workflow import Workflow
    from .workflow_create import WorkflowCreate
    from .workflow_create_request import WorkflowCreateRequest
    from .workflow_stoplight_status_type_0 import WorkflowStoplightStatusType0
    from .workflow_update import WorkflowUpdate
    from .workflow_update_extractors_config import WorkflowUpdateExtractorsConfig
    from .workflow_update_reducers_config import WorkflowUpdateReducersConfig
    from .workflow_update_request import WorkflowUpdateRequest

_MODULES: dict[str, str] = {
    "DataRequest": ".data_request",
    "DataRequestCreate": ".data_request_create",
    "DataRequestCreateRequest": ".data_request_create_request",
    "ErrorMessage": ".error_message",
    "ErrorResponse": ".error_response",
    "Extract": ".extract",
    "ExtractImportRequest": ".extract_import_request",
    "Extractor": ".extractor",
    "ExtractorCreate": ".extractor_create",
    "ExtractorCreateFieldMap": ".extractor_create_field_map",
    "ExtractorCreateRequest": ".extractor_create_request",
    "ExtractorUpdate": ".extractor_update",
    "ExtractorUpdateFieldMap": ".extractor_update_field_map",
    "ExtractorUpdateRequest": ".extractor_update_request",
    "JsonObject": ".json_object",
    "Project": ".project",
    "ProjectCreate": ".project_create",
    "ProjectCreateRequest": ".project_create_request",
    "ProjectUpdate": ".project_update",
    "ProjectUpdateRequest": ".project_update_request",
    "Reducer": ".reducer",
    "ReducerCreate": ".reducer_create",
    "ReducerCreateRequest": ".reducer_create_request",
    "ReducerFilters": ".reducer_filters",
    "ReducerGrouping": ".reducer_grouping",
    "ReducerUpdate": ".reducer_update",
    "ReducerUpdateRequest": ".reducer_update_request",
    "SubjectReduction": ".subject_reduction",
    "SubjectReductionUpsert": ".subject_reduction_upsert",
    "SubjectReductionUpsertRequest": ".subject_reduction_upsert_request",
    "SubjectRule": ".subject_rule",
    "SubjectRuleEffect": ".subject_rule_effect",
    "SubjectRuleEffectConfig": ".subject_rule_effect_config",
    "SubjectRuleEffectCreate": ".subject_rule_effect_create",
    "SubjectRuleEffectCreateRequest": ".subject_rule_effect_create_request",
    "SubjectRuleEffectUpdate": ".subject_rule_effect_update",
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
    "UserRuleEffectCreateRequest": ".user_rule_effect_create_request",
    "UserRuleEffectUpdate": ".user_rule_effect_update",
    "UserRuleEffectUpdateRequest": ".user_rule_effect_update_request",
    "UserRuleWrite": ".user_rule_write",
    "UserRuleWriteRequest": ".user_rule_write_request",
    "Workflow": ".workflow",
    "WorkflowCreate": ".workflow_create",
    "WorkflowCreateRequest": ".workflow_create_request",
    "WorkflowStoplightStatusType0": ".workflow_stoplight_status_type_0",
    "WorkflowUpdate": ".workflow_update",
    "WorkflowUpdateExtractorsConfig": ".workflow_update_extractors_config",
    "WorkflowUpdateReducersConfig": ".workflow_update_reducers_config",
    "WorkflowUpdateRequest": ".workflow_update_request",
}

__all__ = (
    "DataRequest",
    "DataRequestCreate",
    "DataRequestCreateRequest",
    "ErrorMessage",
    "ErrorResponse",
    "Extract",
    "ExtractImportRequest",
    "Extractor",
    "ExtractorCreate",
    "ExtractorCreateFieldMap",
    "ExtractorCreateRequest",
    "ExtractorUpdate",
    "ExtractorUpdateFieldMap",
    "ExtractorUpdateRequest",
    "JsonObject",
    "Project",
    "ProjectCreate",
    "ProjectCreateRequest",
    "ProjectUpdate",
    "ProjectUpdateRequest",
    "Reducer",
    "ReducerCreate",
    "ReducerCreateRequest",
    "ReducerFilters",
    "ReducerGrouping",
    "ReducerUpdate",
    "ReducerUpdateRequest",
    "SubjectReduction",
    "SubjectReductionUpsert",
    "SubjectReductionUpsertRequest",
    "SubjectRule",
    "SubjectRuleEffect",
    "SubjectRuleEffectConfig",
    "SubjectRuleEffectCreate",
    "SubjectRuleEffectCreateRequest",
    "SubjectRuleEffectUpdate",
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
    "UserRuleEffectCreateRequest",
    "UserRuleEffectUpdate",
    "UserRuleEffectUpdateRequest",
    "UserRuleWrite",
    "UserRuleWriteRequest",
    "Workflow",
    "WorkflowCreate",
    "WorkflowCreateRequest",
    "WorkflowStoplightStatusType0",
    "WorkflowUpdate",
    "WorkflowUpdateExtractorsConfig",
    "WorkflowUpdateReducersConfig",
    "WorkflowUpdateRequest",
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
