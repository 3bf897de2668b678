"""zoo-sdk: the Python SDK for the Zooniverse (Panoptes, Caesar) and CrowdFlower APIs.

Names load lazily, so ``import zoo_sdk`` stays cheap::

    from zoo_sdk import Panoptes, Project, Subject, SubjectSet, Workflow

    Panoptes.connect(username="example", password="...")
    project = Project(1234)                 # no request until an attribute is read
"""

from __future__ import annotations

import importlib
import logging
from typing import TYPE_CHECKING, Any

logging.getLogger("zoo_sdk").addHandler(logging.NullHandler())

__version__ = "0.1.0"

_EXPORTS = {
    "Panoptes": "zoo_sdk.panoptes.client",
    "Caesar": "zoo_sdk.caesar",
    "PanoptesObject": "zoo_sdk.panoptes.objects",
    "LinkCollection": "zoo_sdk.panoptes.links",
    "Project": "zoo_sdk.panoptes.project",
    "Workflow": "zoo_sdk.panoptes.workflow",
    "WorkflowVersion": "zoo_sdk.panoptes.workflow_version",
    "Subject": "zoo_sdk.panoptes.subject",
    "SubjectSet": "zoo_sdk.panoptes.subject_set",
    "Collection": "zoo_sdk.panoptes.collection",
    "Classification": "zoo_sdk.panoptes.classification",
    "User": "zoo_sdk.panoptes.user",
    "UserGroup": "zoo_sdk.panoptes.user_group",
    "Membership": "zoo_sdk.panoptes.membership",
    "Organization": "zoo_sdk.panoptes.organization",
    "ProjectPreferences": "zoo_sdk.panoptes.project_preferences",
    "ProjectRole": "zoo_sdk.panoptes.project_role",
    "CollectionRole": "zoo_sdk.panoptes.collection_role",
    "SetMemberSubject": "zoo_sdk.panoptes.set_member_subject",
    "SubjectWorkflowStatus": "zoo_sdk.panoptes.subject_workflow_status",
    "Aggregation": "zoo_sdk.panoptes.aggregation",
    "SubjectSetImport": "zoo_sdk.panoptes.subject_set_import",
    "Inaturalist": "zoo_sdk.panoptes.inaturalist",
    "Export": "zoo_sdk.panoptes.exports",
    "UploadProgress": "zoo_sdk.panoptes.uploads",
    "UploadResult": "zoo_sdk.panoptes.uploads",
    "RetryPolicy": "zoo_sdk._http",
    "RawResponse": "zoo_sdk._http",
    "capture_responses": "zoo_sdk._http",
    "APIError": "zoo_sdk.errors",
    "PanoptesAPIException": "zoo_sdk.errors",
    "ObjectNotSavedException": "zoo_sdk.errors",
    "ReadOnlyAttributeException": "zoo_sdk.errors",
    "UnknownMediaException": "zoo_sdk.errors",
    "NotFoundError": "zoo_sdk.errors",
    "UnauthorizedError": "zoo_sdk.errors",
    "ForbiddenError": "zoo_sdk.errors",
    "PreconditionFailedError": "zoo_sdk.errors",
    "ConflictError": "zoo_sdk.errors",
    "ValidationError": "zoo_sdk.errors",
    "RateLimitedError": "zoo_sdk.errors",
    "ServerError": "zoo_sdk.errors",
    "TransportError": "zoo_sdk.errors",
    "UploadError": "zoo_sdk.errors",
    "ExportTimeoutError": "zoo_sdk.errors",
    "AggregationTimeoutError": "zoo_sdk.errors",
    "read_classifications": "zoo_sdk.analysis",
    "read_subjects": "zoo_sdk.analysis",
    "read_workflows": "zoo_sdk.analysis",
    "flatten_annotations": "zoo_sdk.analysis",
    "ClassificationRow": "zoo_sdk.analysis",
    "SubjectRow": "zoo_sdk.analysis",
    "WorkflowRow": "zoo_sdk.analysis",
    "ExportRowError": "zoo_sdk.analysis",
    "WorkflowTasks": "zoo_sdk.analysis",
    "AnnotationTables": "zoo_sdk.analysis",
}

__all__ = [
    "APIError",
    "Aggregation",
    "AggregationTimeoutError",
    "AnnotationTables",
    "Caesar",
    "Classification",
    "ClassificationRow",
    "Collection",
    "CollectionRole",
    "ConflictError",
    "Export",
    "ExportRowError",
    "ExportTimeoutError",
    "ForbiddenError",
    "Inaturalist",
    "LinkCollection",
    "Membership",
    "NotFoundError",
    "ObjectNotSavedException",
    "Organization",
    "Panoptes",
    "PanoptesAPIException",
    "PanoptesObject",
    "PreconditionFailedError",
    "Project",
    "ProjectPreferences",
    "ProjectRole",
    "RateLimitedError",
    "RawResponse",
    "ReadOnlyAttributeException",
    "RetryPolicy",
    "ServerError",
    "SetMemberSubject",
    "Subject",
    "SubjectRow",
    "SubjectSet",
    "SubjectSetImport",
    "SubjectWorkflowStatus",
    "TransportError",
    "UnauthorizedError",
    "UnknownMediaException",
    "UploadError",
    "UploadProgress",
    "UploadResult",
    "User",
    "UserGroup",
    "ValidationError",
    "Workflow",
    "WorkflowRow",
    "WorkflowTasks",
    "WorkflowVersion",
    "capture_responses",
    "flatten_annotations",
    "read_classifications",
    "read_subjects",
    "read_workflows",
]

if TYPE_CHECKING:
    from zoo_sdk._http import RawResponse, RetryPolicy, capture_responses
    from zoo_sdk.analysis import (
        AnnotationTables,
        ClassificationRow,
        ExportRowError,
        SubjectRow,
        WorkflowRow,
        WorkflowTasks,
        flatten_annotations,
        read_classifications,
        read_subjects,
        read_workflows,
    )
    from zoo_sdk.caesar import Caesar
    from zoo_sdk.errors import (
        AggregationTimeoutError,
        APIError,
        ConflictError,
        ExportTimeoutError,
        ForbiddenError,
        NotFoundError,
        ObjectNotSavedException,
        PanoptesAPIException,
        PreconditionFailedError,
        RateLimitedError,
        ReadOnlyAttributeException,
        ServerError,
        TransportError,
        UnauthorizedError,
        UnknownMediaException,
        UploadError,
        ValidationError,
    )
    from zoo_sdk.panoptes.aggregation import Aggregation
    from zoo_sdk.panoptes.classification import Classification
    from zoo_sdk.panoptes.client import Panoptes
    from zoo_sdk.panoptes.collection import Collection
    from zoo_sdk.panoptes.collection_role import CollectionRole
    from zoo_sdk.panoptes.exports import Export
    from zoo_sdk.panoptes.inaturalist import Inaturalist
    from zoo_sdk.panoptes.links import LinkCollection
    from zoo_sdk.panoptes.membership import Membership
    from zoo_sdk.panoptes.objects import PanoptesObject
    from zoo_sdk.panoptes.organization import Organization
    from zoo_sdk.panoptes.project import Project
    from zoo_sdk.panoptes.project_preferences import ProjectPreferences
    from zoo_sdk.panoptes.project_role import ProjectRole
    from zoo_sdk.panoptes.set_member_subject import SetMemberSubject
    from zoo_sdk.panoptes.subject import Subject
    from zoo_sdk.panoptes.subject_set import SubjectSet
    from zoo_sdk.panoptes.subject_set_import import SubjectSetImport
    from zoo_sdk.panoptes.subject_workflow_status import SubjectWorkflowStatus
    from zoo_sdk.panoptes.uploads import UploadProgress, UploadResult
    from zoo_sdk.panoptes.user import User
    from zoo_sdk.panoptes.user_group import UserGroup
    from zoo_sdk.panoptes.workflow import Workflow
    from zoo_sdk.panoptes.workflow_version import WorkflowVersion


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'zoo_sdk' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_EXPORTS))


def _register_all() -> None:
    """Import every resource class so links can resolve any type (done on first object use)."""
    for name, module in _EXPORTS.items():
        if module.startswith("zoo_sdk.panoptes.") and name[0].isupper():
            importlib.import_module(module)
