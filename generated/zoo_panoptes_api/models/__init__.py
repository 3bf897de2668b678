"""Contains all the data models used in inputs/outputs.

Models are imported lazily (PEP 562): importing one endpoint module loads only the models it
uses, not all of them. Type checkers see the imports under TYPE_CHECKING.
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .aggregation import Aggregation
    from .aggregation_create import AggregationCreate
    from .aggregation_create_links import AggregationCreateLinks
    from .aggregation_create_request import AggregationCreateRequest
    from .aggregation_links import AggregationLinks
    from .aggregation_update import AggregationUpdate
    from .aggregation_update_request import AggregationUpdateRequest
    from .aggregations_response import AggregationsResponse
    from .aggregations_response_meta import AggregationsResponseMeta
    from .classification import Classification
    from .classification_annotation import ClassificationAnnotation
    from .classification_annotation_write import ClassificationAnnotationWrite
    from .classification_create import ClassificationCreate
    from .classification_create_links import ClassificationCreateLinks
    from .classification_create_metadata import ClassificationCreateMetadata
    from .classification_create_request import ClassificationCreateRequest
    from .classification_gold_standard import ClassificationGoldStandard
    from .classification_gold_standard_links import ClassificationGoldStandardLinks
    from .classification_gold_standards_response import (
        ClassificationGoldStandardsResponse,
    )
    from .classification_gold_standards_response_meta import (
        ClassificationGoldStandardsResponseMeta,
    )
    from .classification_links import ClassificationLinks
    from .classification_metadata import ClassificationMetadata
    from .classification_update import ClassificationUpdate
    from .classification_update_metadata import ClassificationUpdateMetadata
    from .classification_update_request import ClassificationUpdateRequest
    from .classifications_response import ClassificationsResponse
    from .classifications_response_meta import ClassificationsResponseMeta
    from .collection import Collection
    from .collection_create import CollectionCreate
    from .collection_create_links import CollectionCreateLinks
    from .collection_create_request import CollectionCreateRequest
    from .collection_default_subject_link_request import (
        CollectionDefaultSubjectLinkRequest,
    )
    from .collection_links import CollectionLinks
    from .collection_preference import CollectionPreference
    from .collection_preference_create import CollectionPreferenceCreate
    from .collection_preference_create_links import CollectionPreferenceCreateLinks
    from .collection_preference_create_request import CollectionPreferenceCreateRequest
    from .collection_preference_links import CollectionPreferenceLinks
    from .collection_preference_settings import CollectionPreferenceSettings
    from .collection_preference_settings_write import CollectionPreferenceSettingsWrite
    from .collection_preference_update import CollectionPreferenceUpdate
    from .collection_preference_update_request import CollectionPreferenceUpdateRequest
    from .collection_preferences_response import CollectionPreferencesResponse
    from .collection_preferences_response_meta import CollectionPreferencesResponseMeta
    from .collection_role import CollectionRole
    from .collection_role_create import CollectionRoleCreate
    from .collection_role_create_links import CollectionRoleCreateLinks
    from .collection_role_create_request import CollectionRoleCreateRequest
    from .collection_role_links import CollectionRoleLinks
    from .collection_role_update import CollectionRoleUpdate
    from .collection_role_update_request import CollectionRoleUpdateRequest
    from .collection_roles_response import CollectionRolesResponse
    from .collection_roles_response_meta import CollectionRolesResponseMeta
    from .collection_subjects_link_request import CollectionSubjectsLinkRequest
    from .collection_update import CollectionUpdate
    from .collection_update_links import CollectionUpdateLinks
    from .collection_update_request import CollectionUpdateRequest
    from .collections_response import CollectionsResponse
    from .collections_response_meta import CollectionsResponseMeta
    from .error_message import ErrorMessage
    from .error_response import ErrorResponse
    from .export_create import ExportCreate
    from .export_create_content_type import ExportCreateContentType
    from .export_create_metadata import ExportCreateMetadata
    from .export_create_request import ExportCreateRequest
    from .field_guide import FieldGuide
    from .field_guide_create import FieldGuideCreate
    from .field_guide_create_links import FieldGuideCreateLinks
    from .field_guide_create_request import FieldGuideCreateRequest
    from .field_guide_item import FieldGuideItem
    from .field_guide_item_write import FieldGuideItemWrite
    from .field_guide_links import FieldGuideLinks
    from .field_guide_update import FieldGuideUpdate
    from .field_guide_update_request import FieldGuideUpdateRequest
    from .field_guides_response import FieldGuidesResponse
    from .field_guides_response_meta import FieldGuidesResponseMeta
    from .inaturalist_import_request import InaturalistImportRequest
    from .inaturalist_import_response import InaturalistImportResponse
    from .link_template import LinkTemplate
    from .link_templates import LinkTemplates
    from .linked import Linked
    from .linked_additional_property_item import LinkedAdditionalPropertyItem
    from .media_link import MediaLink
    from .media_response import MediaResponse
    from .media_response_meta import MediaResponseMeta
    from .medium import Medium
    from .medium_create import MediumCreate
    from .medium_create_content_type import MediumCreateContentType
    from .medium_create_metadata import MediumCreateMetadata
    from .medium_create_request import MediumCreateRequest
    from .medium_links import MediumLinks
    from .medium_metadata_type_0 import MediumMetadataType0
    from .medium_update import MediumUpdate
    from .medium_update_metadata import MediumUpdateMetadata
    from .medium_update_request import MediumUpdateRequest
    from .membership import Membership
    from .membership_create import MembershipCreate
    from .membership_create_links import MembershipCreateLinks
    from .membership_create_request import MembershipCreateRequest
    from .membership_links import MembershipLinks
    from .membership_update import MembershipUpdate
    from .membership_update_request import MembershipUpdateRequest
    from .membership_update_state import MembershipUpdateState
    from .memberships_response import MembershipsResponse
    from .memberships_response_meta import MembershipsResponseMeta
    from .o_auth_error import OAuthError
    from .organization import Organization
    from .organization_create import OrganizationCreate
    from .organization_create_request import OrganizationCreateRequest
    from .organization_links import OrganizationLinks
    from .organization_page import OrganizationPage
    from .organization_page_create_request import OrganizationPageCreateRequest
    from .organization_page_links import OrganizationPageLinks
    from .organization_page_update_request import OrganizationPageUpdateRequest
    from .organization_page_write import OrganizationPageWrite
    from .organization_pages_response import OrganizationPagesResponse
    from .organization_pages_response_meta import OrganizationPagesResponseMeta
    from .organization_projects_link_request import OrganizationProjectsLinkRequest
    from .organization_role import OrganizationRole
    from .organization_role_create import OrganizationRoleCreate
    from .organization_role_create_links import OrganizationRoleCreateLinks
    from .organization_role_create_request import OrganizationRoleCreateRequest
    from .organization_role_links import OrganizationRoleLinks
    from .organization_role_update import OrganizationRoleUpdate
    from .organization_role_update_request import OrganizationRoleUpdateRequest
    from .organization_roles_response import OrganizationRolesResponse
    from .organization_roles_response_meta import OrganizationRolesResponseMeta
    from .organization_update import OrganizationUpdate
    from .organization_update_request import OrganizationUpdateRequest
    from .organization_url import OrganizationUrl
    from .organization_url_write import OrganizationUrlWrite
    from .organizations_response import OrganizationsResponse
    from .organizations_response_meta import OrganizationsResponseMeta
    from .owner_link import OwnerLink
    from .owner_write import OwnerWrite
    from .page_meta import PageMeta
    from .polymorphic_link import PolymorphicLink
    from .project import Project
    from .project_configuration_type_0 import ProjectConfigurationType0
    from .project_copy_request import ProjectCopyRequest
    from .project_create import ProjectCreate
    from .project_create_configuration import ProjectCreateConfiguration
    from .project_create_links import ProjectCreateLinks
    from .project_create_request import ProjectCreateRequest
    from .project_link_subject_sets_request import ProjectLinkSubjectSetsRequest
    from .project_link_workflows_request import ProjectLinkWorkflowsRequest
    from .project_links import ProjectLinks
    from .project_page import ProjectPage
    from .project_page_create_request import ProjectPageCreateRequest
    from .project_page_links import ProjectPageLinks
    from .project_page_update_request import ProjectPageUpdateRequest
    from .project_page_write import ProjectPageWrite
    from .project_pages_response import ProjectPagesResponse
    from .project_pages_response_meta import ProjectPagesResponseMeta
    from .project_preference import ProjectPreference
    from .project_preference_activity_count_by_workflow_type_0 import (
        ProjectPreferenceActivityCountByWorkflowType0,
    )
    from .project_preference_create import ProjectPreferenceCreate
    from .project_preference_create_links import ProjectPreferenceCreateLinks
    from .project_preference_create_preferences import (
        ProjectPreferenceCreatePreferences,
    )
    from .project_preference_create_request import ProjectPreferenceCreateRequest
    from .project_preference_links import ProjectPreferenceLinks
    from .project_preference_preferences_type_0 import ProjectPreferencePreferencesType0
    from .project_preference_settings import ProjectPreferenceSettings
    from .project_preference_settings_response import ProjectPreferenceSettingsResponse
    from .project_preference_settings_response_meta import (
        ProjectPreferenceSettingsResponseMeta,
    )
    from .project_preference_settings_settings_type_0 import (
        ProjectPreferenceSettingsSettingsType0,
    )
    from .project_preference_settings_type_0 import ProjectPreferenceSettingsType0
    from .project_preference_settings_write import ProjectPreferenceSettingsWrite
    from .project_preference_update import ProjectPreferenceUpdate
    from .project_preference_update_links import ProjectPreferenceUpdateLinks
    from .project_preference_update_preferences import (
        ProjectPreferenceUpdatePreferences,
    )
    from .project_preference_update_request import ProjectPreferenceUpdateRequest
    from .project_preference_update_settings import ProjectPreferenceUpdateSettings
    from .project_preference_update_settings_request import (
        ProjectPreferenceUpdateSettingsRequest,
    )
    from .project_preference_update_settings_settings import (
        ProjectPreferenceUpdateSettingsSettings,
    )
    from .project_preference_update_settings_settings_designator import (
        ProjectPreferenceUpdateSettingsSettingsDesignator,
    )
    from .project_preferences_response import ProjectPreferencesResponse
    from .project_preferences_response_meta import ProjectPreferencesResponseMeta
    from .project_role import ProjectRole
    from .project_role_create import ProjectRoleCreate
    from .project_role_create_links import ProjectRoleCreateLinks
    from .project_role_create_request import ProjectRoleCreateRequest
    from .project_role_links import ProjectRoleLinks
    from .project_role_update import ProjectRoleUpdate
    from .project_role_update_request import ProjectRoleUpdateRequest
    from .project_roles_response import ProjectRolesResponse
    from .project_roles_response_meta import ProjectRolesResponseMeta
    from .project_update import ProjectUpdate
    from .project_update_configuration import ProjectUpdateConfiguration
    from .project_update_links import ProjectUpdateLinks
    from .project_update_request import ProjectUpdateRequest
    from .project_url import ProjectUrl
    from .project_url_write import ProjectUrlWrite
    from .projects_response import ProjectsResponse
    from .projects_response_meta import ProjectsResponseMeta
    from .recent import Recent
    from .recent_links import RecentLinks
    from .recent_locations_item import RecentLocationsItem
    from .recents_response import RecentsResponse
    from .recents_response_meta import RecentsResponseMeta
    from .session_error import SessionError
    from .set_member_subject import SetMemberSubject
    from .set_member_subject_create import SetMemberSubjectCreate
    from .set_member_subject_create_links import SetMemberSubjectCreateLinks
    from .set_member_subject_create_request import SetMemberSubjectCreateRequest
    from .set_member_subject_link_retired_workflows_request import (
        SetMemberSubjectLinkRetiredWorkflowsRequest,
    )
    from .set_member_subject_links import SetMemberSubjectLinks
    from .set_member_subject_update import SetMemberSubjectUpdate
    from .set_member_subject_update_links import SetMemberSubjectUpdateLinks
    from .set_member_subject_update_request import SetMemberSubjectUpdateRequest
    from .set_member_subjects_response import SetMemberSubjectsResponse
    from .set_member_subjects_response_meta import SetMemberSubjectsResponseMeta
    from .sign_in_options import SignInOptions
    from .sign_in_request import SignInRequest
    from .sign_in_user import SignInUser
    from .subject import Subject
    from .subject_create import SubjectCreate
    from .subject_create_links import SubjectCreateLinks
    from .subject_create_metadata import SubjectCreateMetadata
    from .subject_create_request import SubjectCreateRequest
    from .subject_links import SubjectLinks
    from .subject_location import SubjectLocation
    from .subject_location_write_type_1 import SubjectLocationWriteType1
    from .subject_metadata import SubjectMetadata
    from .subject_selected import SubjectSelected
    from .subject_selected_metadata_type_0 import SubjectSelectedMetadataType0
    from .subject_set import SubjectSet
    from .subject_set_completeness_type_0 import SubjectSetCompletenessType0
    from .subject_set_create import SubjectSetCreate
    from .subject_set_create_links import SubjectSetCreateLinks
    from .subject_set_create_metadata import SubjectSetCreateMetadata
    from .subject_set_create_request import SubjectSetCreateRequest
    from .subject_set_import import SubjectSetImport
    from .subject_set_import_create import SubjectSetImportCreate
    from .subject_set_import_create_links import SubjectSetImportCreateLinks
    from .subject_set_import_create_request import SubjectSetImportCreateRequest
    from .subject_set_import_links import SubjectSetImportLinks
    from .subject_set_imports_response import SubjectSetImportsResponse
    from .subject_set_imports_response_meta import SubjectSetImportsResponseMeta
    from .subject_set_link_subjects_request import SubjectSetLinkSubjectsRequest
    from .subject_set_links import SubjectSetLinks
    from .subject_set_metadata import SubjectSetMetadata
    from .subject_set_update import SubjectSetUpdate
    from .subject_set_update_links import SubjectSetUpdateLinks
    from .subject_set_update_metadata import SubjectSetUpdateMetadata
    from .subject_set_update_request import SubjectSetUpdateRequest
    from .subject_sets_response import SubjectSetsResponse
    from .subject_sets_response_meta import SubjectSetsResponseMeta
    from .subject_update import SubjectUpdate
    from .subject_update_links import SubjectUpdateLinks
    from .subject_update_metadata import SubjectUpdateMetadata
    from .subject_update_request import SubjectUpdateRequest
    from .subject_workflow_status import SubjectWorkflowStatus
    from .subject_workflow_status_links import SubjectWorkflowStatusLinks
    from .subject_workflow_statuses_response import SubjectWorkflowStatusesResponse
    from .subject_workflow_statuses_response_meta import (
        SubjectWorkflowStatusesResponseMeta,
    )
    from .subjects_response import SubjectsResponse
    from .subjects_response_meta import SubjectsResponseMeta
    from .subjects_selected_response import SubjectsSelectedResponse
    from .subjects_selected_response_meta import SubjectsSelectedResponseMeta
    from .tag import Tag
    from .tags_response import TagsResponse
    from .tags_response_meta import TagsResponseMeta
    from .token_info import TokenInfo
    from .token_info_application_type_0 import TokenInfoApplicationType0
    from .token_request import TokenRequest
    from .token_response import TokenResponse
    from .token_revoke_request import TokenRevokeRequest
    from .token_revoke_response import TokenRevokeResponse
    from .translation import Translation
    from .translation_create import TranslationCreate
    from .translation_create_request import TranslationCreateRequest
    from .translation_create_string_versions import TranslationCreateStringVersions
    from .translation_create_strings import TranslationCreateStrings
    from .translation_links import TranslationLinks
    from .translation_published_version_link_request import (
        TranslationPublishedVersionLinkRequest,
    )
    from .translation_string_versions_type_0 import TranslationStringVersionsType0
    from .translation_strings import TranslationStrings
    from .translation_update import TranslationUpdate
    from .translation_update_links import TranslationUpdateLinks
    from .translation_update_request import TranslationUpdateRequest
    from .translation_update_string_versions import TranslationUpdateStringVersions
    from .translation_update_strings import TranslationUpdateStrings
    from .translations_response import TranslationsResponse
    from .translations_response_meta import TranslationsResponseMeta
    from .tutorial import Tutorial
    from .tutorial_configuration_type_0 import TutorialConfigurationType0
    from .tutorial_create import TutorialCreate
    from .tutorial_create_configuration import TutorialCreateConfiguration
    from .tutorial_create_links import TutorialCreateLinks
    from .tutorial_create_request import TutorialCreateRequest
    from .tutorial_links import TutorialLinks
    from .tutorial_step import TutorialStep
    from .tutorial_step_write import TutorialStepWrite
    from .tutorial_update import TutorialUpdate
    from .tutorial_update_configuration import TutorialUpdateConfiguration
    from .tutorial_update_request import TutorialUpdateRequest
    from .tutorials_response import TutorialsResponse
    from .tutorials_response_meta import TutorialsResponseMeta
    from .user import User
    from .user_group import UserGroup
    from .user_group_create import UserGroupCreate
    from .user_group_create_links import UserGroupCreateLinks
    from .user_group_create_request import UserGroupCreateRequest
    from .user_group_links import UserGroupLinks
    from .user_group_stats_visibility_write import UserGroupStatsVisibilityWrite
    from .user_group_update import UserGroupUpdate
    from .user_group_update_request import UserGroupUpdateRequest
    from .user_group_users_link_request import UserGroupUsersLinkRequest
    from .user_groups_response import UserGroupsResponse
    from .user_groups_response_meta import UserGroupsResponseMeta
    from .user_links import UserLinks
    from .user_update import UserUpdate
    from .user_update_request import UserUpdateRequest
    from .user_user_groups_link_request import UserUserGroupsLinkRequest
    from .users_response import UsersResponse
    from .users_response_meta import UsersResponseMeta
    from .workflow import Workflow
    from .workflow_configuration_type_0 import WorkflowConfigurationType0
    from .workflow_create import WorkflowCreate
    from .workflow_create_configuration import WorkflowCreateConfiguration
    from .workflow_create_links import WorkflowCreateLinks
    from .workflow_create_request import WorkflowCreateRequest
    from .workflow_create_tasks import WorkflowCreateTasks
    from .workflow_link_published_version_request import (
        WorkflowLinkPublishedVersionRequest,
    )
    from .workflow_link_retired_subjects_request import (
        WorkflowLinkRetiredSubjectsRequest,
    )
    from .workflow_link_subject_sets_request import WorkflowLinkSubjectSetsRequest
    from .workflow_link_tutorials_request import WorkflowLinkTutorialsRequest
    from .workflow_link_workflow_versions_request import (
        WorkflowLinkWorkflowVersionsRequest,
    )
    from .workflow_links import WorkflowLinks
    from .workflow_publish_request import WorkflowPublishRequest
    from .workflow_retire_subjects_request import WorkflowRetireSubjectsRequest
    from .workflow_retire_subjects_request_retirement_reason import (
        WorkflowRetireSubjectsRequestRetirementReason,
    )
    from .workflow_retirement import WorkflowRetirement
    from .workflow_retirement_options import WorkflowRetirementOptions
    from .workflow_retirement_write import WorkflowRetirementWrite
    from .workflow_retirement_write_criteria import WorkflowRetirementWriteCriteria
    from .workflow_retirement_write_options import WorkflowRetirementWriteOptions
    from .workflow_tasks import WorkflowTasks
    from .workflow_unretire_subjects_request import WorkflowUnretireSubjectsRequest
    from .workflow_update import WorkflowUpdate
    from .workflow_update_configuration import WorkflowUpdateConfiguration
    from .workflow_update_links import WorkflowUpdateLinks
    from .workflow_update_request import WorkflowUpdateRequest
    from .workflow_update_tasks import WorkflowUpdateTasks
    from .workflow_version import WorkflowVersion
    from .workflow_version_links import WorkflowVersionLinks
    from .workflow_version_strings import WorkflowVersionStrings
    from .workflow_version_tasks import WorkflowVersionTasks
    from .workflow_versions_response import WorkflowVersionsResponse
    from .workflow_versions_response_meta import WorkflowVersionsResponseMeta
    from .workflows_response import WorkflowsResponse
    from .workflows_response_meta import WorkflowsResponseMeta

_MODULES: dict[str, str] = {
    "Aggregation": ".aggregation",
    "AggregationCreate": ".aggregation_create",
    "AggregationCreateLinks": ".aggregation_create_links",
    "AggregationCreateRequest": ".aggregation_create_request",
    "AggregationLinks": ".aggregation_links",
    "AggregationUpdate": ".aggregation_update",
    "AggregationUpdateRequest": ".aggregation_update_request",
    "AggregationsResponse": ".aggregations_response",
    "AggregationsResponseMeta": ".aggregations_response_meta",
    "Classification": ".classification",
    "ClassificationAnnotation": ".classification_annotation",
    "ClassificationAnnotationWrite": ".classification_annotation_write",
    "ClassificationCreate": ".classification_create",
    "ClassificationCreateLinks": ".classification_create_links",
    "ClassificationCreateMetadata": ".classification_create_metadata",
    "ClassificationCreateRequest": ".classification_create_request",
    "ClassificationGoldStandard": ".classification_gold_standard",
    "ClassificationGoldStandardLinks": ".classification_gold_standard_links",
    "ClassificationGoldStandardsResponse": ".classification_gold_standards_response",
    "ClassificationGoldStandardsResponseMeta": ".classification_gold_standards_response_meta",
    "ClassificationLinks": ".classification_links",
    "ClassificationMetadata": ".classification_metadata",
    "ClassificationUpdate": ".classification_update",
    "ClassificationUpdateMetadata": ".classification_update_metadata",
    "ClassificationUpdateRequest": ".classification_update_request",
    "ClassificationsResponse": ".classifications_response",
    "ClassificationsResponseMeta": ".classifications_response_meta",
    "Collection": ".collection",
    "CollectionCreate": ".collection_create",
    "CollectionCreateLinks": ".collection_create_links",
    "CollectionCreateRequest": ".collection_create_request",
    "CollectionDefaultSubjectLinkRequest": ".collection_default_subject_link_request",
    "CollectionLinks": ".collection_links",
    "CollectionPreference": ".collection_preference",
    "CollectionPreferenceCreate": ".collection_preference_create",
    "CollectionPreferenceCreateLinks": ".collection_preference_create_links",
    "CollectionPreferenceCreateRequest": ".collection_preference_create_request",
    "CollectionPreferenceLinks": ".collection_preference_links",
    "CollectionPreferenceSettings": ".collection_preference_settings",
    "CollectionPreferenceSettingsWrite": ".collection_preference_settings_write",
    "CollectionPreferenceUpdate": ".collection_preference_update",
    "CollectionPreferenceUpdateRequest": ".collection_preference_update_request",
    "CollectionPreferencesResponse": ".collection_preferences_response",
    "CollectionPreferencesResponseMeta": ".collection_preferences_response_meta",
    "CollectionRole": ".collection_role",
    "CollectionRoleCreate": ".collection_role_create",
    "CollectionRoleCreateLinks": ".collection_role_create_links",
    "CollectionRoleCreateRequest": ".collection_role_create_request",
    "CollectionRoleLinks": ".collection_role_links",
    "CollectionRoleUpdate": ".collection_role_update",
    "CollectionRoleUpdateRequest": ".collection_role_update_request",
    "CollectionRolesResponse": ".collection_roles_response",
    "CollectionRolesResponseMeta": ".collection_roles_response_meta",
    "CollectionSubjectsLinkRequest": ".collection_subjects_link_request",
    "CollectionUpdate": ".collection_update",
    "CollectionUpdateLinks": ".collection_update_links",
    "CollectionUpdateRequest": ".collection_update_request",
    "CollectionsResponse": ".collections_response",
    "CollectionsResponseMeta": ".collections_response_meta",
    "ErrorMessage": ".error_message",
    "ErrorResponse": ".error_response",
    "ExportCreate": ".export_create",
    "ExportCreateContentType": ".export_create_content_type",
    "ExportCreateMetadata": ".export_create_metadata",
    "ExportCreateRequest": ".export_create_request",
    "FieldGuide": ".field_guide",
    "FieldGuideCreate": ".field_guide_create",
    "FieldGuideCreateLinks": ".field_guide_create_links",
    "FieldGuideCreateRequest": ".field_guide_create_request",
    "FieldGuideItem": ".field_guide_item",
    "FieldGuideItemWrite": ".field_guide_item_write",
    "FieldGuideLinks": ".field_guide_links",
    "FieldGuideUpdate": ".field_guide_update",
    "FieldGuideUpdateRequest": ".field_guide_update_request",
    "FieldGuidesResponse": ".field_guides_response",
    "FieldGuidesResponseMeta": ".field_guides_response_meta",
    "InaturalistImportRequest": ".inaturalist_import_request",
    "InaturalistImportResponse": ".inaturalist_import_response",
    "LinkTemplate": ".link_template",
    "LinkTemplates": ".link_templates",
    "Linked": ".linked",
    "LinkedAdditionalPropertyItem": ".linked_additional_property_item",
    "MediaLink": ".media_link",
    "MediaResponse": ".media_response",
    "MediaResponseMeta": ".media_response_meta",
    "Medium": ".medium",
    "MediumCreate": ".medium_create",
    "MediumCreateContentType": ".medium_create_content_type",
    "MediumCreateMetadata": ".medium_create_metadata",
    "MediumCreateRequest": ".medium_create_request",
    "MediumLinks": ".medium_links",
    "MediumMetadataType0": ".medium_metadata_type_0",
    "MediumUpdate": ".medium_update",
    "MediumUpdateMetadata": ".medium_update_metadata",
    "MediumUpdateRequest": ".medium_update_request",
    "Membership": ".membership",
    "MembershipCreate": ".membership_create",
    "MembershipCreateLinks": ".membership_create_links",
    "MembershipCreateRequest": ".membership_create_request",
    "MembershipLinks": ".membership_links",
    "MembershipUpdate": ".membership_update",
    "MembershipUpdateRequest": ".membership_update_request",
    "MembershipUpdateState": ".membership_update_state",
    "MembershipsResponse": ".memberships_response",
    "MembershipsResponseMeta": ".memberships_response_meta",
    "OAuthError": ".o_auth_error",
    "Organization": ".organization",
    "OrganizationCreate": ".organization_create",
    "OrganizationCreateRequest": ".organization_create_request",
    "OrganizationLinks": ".organization_links",
    "OrganizationPage": ".organization_page",
    "OrganizationPageCreateRequest": ".organization_page_create_request",
    "OrganizationPageLinks": ".organization_page_links",
    "OrganizationPageUpdateRequest": ".organization_page_update_request",
    "OrganizationPageWrite": ".organization_page_write",
    "OrganizationPagesResponse": ".organization_pages_response",
    "OrganizationPagesResponseMeta": ".organization_pages_response_meta",
    "OrganizationProjectsLinkRequest": ".organization_projects_link_request",
    "OrganizationRole": ".organization_role",
    "OrganizationRoleCreate": ".organization_role_create",
    "OrganizationRoleCreateLinks": ".organization_role_create_links",
    "OrganizationRoleCreateRequest": ".organization_role_create_request",
    "OrganizationRoleLinks": ".organization_role_links",
    "OrganizationRoleUpdate": ".organization_role_update",
    "OrganizationRoleUpdateRequest": ".organization_role_update_request",
    "OrganizationRolesResponse": ".organization_roles_response",
    "OrganizationRolesResponseMeta": ".organization_roles_response_meta",
    "OrganizationUpdate": ".organization_update",
    "OrganizationUpdateRequest": ".organization_update_request",
    "OrganizationUrl": ".organization_url",
    "OrganizationUrlWrite": ".organization_url_write",
    "OrganizationsResponse": ".organizations_response",
    "OrganizationsResponseMeta": ".organizations_response_meta",
    "OwnerLink": ".owner_link",
    "OwnerWrite": ".owner_write",
    "PageMeta": ".page_meta",
    "PolymorphicLink": ".polymorphic_link",
    "Project": ".project",
    "ProjectConfigurationType0": ".project_configuration_type_0",
    "ProjectCopyRequest": ".project_copy_request",
    "ProjectCreate": ".project_create",
    "ProjectCreateConfiguration": ".project_create_configuration",
    "ProjectCreateLinks": ".project_create_links",
    "ProjectCreateRequest": ".project_create_request",
    "ProjectLinkSubjectSetsRequest": ".project_link_subject_sets_request",
    "ProjectLinkWorkflowsRequest": ".project_link_workflows_request",
    "ProjectLinks": ".project_links",
    "ProjectPage": ".project_page",
    "ProjectPageCreateRequest": ".project_page_create_request",
    "ProjectPageLinks": ".project_page_links",
    "ProjectPageUpdateRequest": ".project_page_update_request",
    "ProjectPageWrite": ".project_page_write",
    "ProjectPagesResponse": ".project_pages_response",
    "ProjectPagesResponseMeta": ".project_pages_response_meta",
    "ProjectPreference": ".project_preference",
    "ProjectPreferenceActivityCountByWorkflowType0": ".project_preference_activity_count_by_workflow_type_0",
    "ProjectPreferenceCreate": ".project_preference_create",
    "ProjectPreferenceCreateLinks": ".project_preference_create_links",
    "ProjectPreferenceCreatePreferences": ".project_preference_create_preferences",
    "ProjectPreferenceCreateRequest": ".project_preference_create_request",
    "ProjectPreferenceLinks": ".project_preference_links",
    "ProjectPreferencePreferencesType0": ".project_preference_preferences_type_0",
    "ProjectPreferenceSettings": ".project_preference_settings",
    "ProjectPreferenceSettingsResponse": ".project_preference_settings_response",
    "ProjectPreferenceSettingsResponseMeta": ".project_preference_settings_response_meta",
    "ProjectPreferenceSettingsSettingsType0": ".project_preference_settings_settings_type_0",
    "ProjectPreferenceSettingsType0": ".project_preference_settings_type_0",
    "ProjectPreferenceSettingsWrite": ".project_preference_settings_write",
    "ProjectPreferenceUpdate": ".project_preference_update",
    "ProjectPreferenceUpdateLinks": ".project_preference_update_links",
    "ProjectPreferenceUpdatePreferences": ".project_preference_update_preferences",
    "ProjectPreferenceUpdateRequest": ".project_preference_update_request",
    "ProjectPreferenceUpdateSettings": ".project_preference_update_settings",
    "ProjectPreferenceUpdateSettingsRequest": ".project_preference_update_settings_request",
    "ProjectPreferenceUpdateSettingsSettings": ".project_preference_update_settings_settings",
    "ProjectPreferenceUpdateSettingsSettingsDesignator": ".project_preference_update_settings_settings_designator",
    "ProjectPreferencesResponse": ".project_preferences_response",
    "ProjectPreferencesResponseMeta": ".project_preferences_response_meta",
    "ProjectRole": ".project_role",
    "ProjectRoleCreate": ".project_role_create",
    "ProjectRoleCreateLinks": ".project_role_create_links",
    "ProjectRoleCreateRequest": ".project_role_create_request",
    "ProjectRoleLinks": ".project_role_links",
    "ProjectRoleUpdate": ".project_role_update",
    "ProjectRoleUpdateRequest": ".project_role_update_request",
    "ProjectRolesResponse": ".project_roles_response",
    "ProjectRolesResponseMeta": ".project_roles_response_meta",
    "ProjectUpdate": ".project_update",
    "ProjectUpdateConfiguration": ".project_update_configuration",
    "ProjectUpdateLinks": ".project_update_links",
    "ProjectUpdateRequest": ".project_update_request",
    "ProjectUrl": ".project_url",
    "ProjectUrlWrite": ".project_url_write",
    "ProjectsResponse": ".projects_response",
    "ProjectsResponseMeta": ".projects_response_meta",
    "Recent": ".recent",
    "RecentLinks": ".recent_links",
    "RecentLocationsItem": ".recent_locations_item",
    "RecentsResponse": ".recents_response",
    "RecentsResponseMeta": ".recents_response_meta",
    "SessionError": ".session_error",
    "SetMemberSubject": ".set_member_subject",
    "SetMemberSubjectCreate": ".set_member_subject_create",
    "SetMemberSubjectCreateLinks": ".set_member_subject_create_links",
    "SetMemberSubjectCreateRequest": ".set_member_subject_create_request",
    "SetMemberSubjectLinkRetiredWorkflowsRequest": ".set_member_subject_link_retired_workflows_request",
    "SetMemberSubjectLinks": ".set_member_subject_links",
    "SetMemberSubjectUpdate": ".set_member_subject_update",
    "SetMemberSubjectUpdateLinks": ".set_member_subject_update_links",
    "SetMemberSubjectUpdateRequest": ".set_member_subject_update_request",
    "SetMemberSubjectsResponse": ".set_member_subjects_response",
    "SetMemberSubjectsResponseMeta": ".set_member_subjects_response_meta",
    "SignInOptions": ".sign_in_options",
    "SignInRequest": ".sign_in_request",
    "SignInUser": ".sign_in_user",
    "Subject": ".subject",
    "SubjectCreate": ".subject_create",
    "SubjectCreateLinks": ".subject_create_links",
    "SubjectCreateMetadata": ".subject_create_metadata",
    "SubjectCreateRequest": ".subject_create_request",
    "SubjectLinks": ".subject_links",
    "SubjectLocation": ".subject_location",
    "SubjectLocationWriteType1": ".subject_location_write_type_1",
    "SubjectMetadata": ".subject_metadata",
    "SubjectSelected": ".subject_selected",
    "SubjectSelectedMetadataType0": ".subject_selected_metadata_type_0",
    "SubjectSet": ".subject_set",
    "SubjectSetCompletenessType0": ".subject_set_completeness_type_0",
    "SubjectSetCreate": ".subject_set_create",
    "SubjectSetCreateLinks": ".subject_set_create_links",
    "SubjectSetCreateMetadata": ".subject_set_create_metadata",
    "SubjectSetCreateRequest": ".subject_set_create_request",
    "SubjectSetImport": ".subject_set_import",
    "SubjectSetImportCreate": ".subject_set_import_create",
    "SubjectSetImportCreateLinks": ".subject_set_import_create_links",
    "SubjectSetImportCreateRequest": ".subject_set_import_create_request",
    "SubjectSetImportLinks": ".subject_set_import_links",
    "SubjectSetImportsResponse": ".subject_set_imports_response",
    "SubjectSetImportsResponseMeta": ".subject_set_imports_response_meta",
    "SubjectSetLinkSubjectsRequest": ".subject_set_link_subjects_request",
    "SubjectSetLinks": ".subject_set_links",
    "SubjectSetMetadata": ".subject_set_metadata",
    "SubjectSetUpdate": ".subject_set_update",
    "SubjectSetUpdateLinks": ".subject_set_update_links",
    "SubjectSetUpdateMetadata": ".subject_set_update_metadata",
    "SubjectSetUpdateRequest": ".subject_set_update_request",
    "SubjectSetsResponse": ".subject_sets_response",
    "SubjectSetsResponseMeta": ".subject_sets_response_meta",
    "SubjectUpdate": ".subject_update",
    "SubjectUpdateLinks": ".subject_update_links",
    "SubjectUpdateMetadata": ".subject_update_metadata",
    "SubjectUpdateRequest": ".subject_update_request",
    "SubjectWorkflowStatus": ".subject_workflow_status",
    "SubjectWorkflowStatusLinks": ".subject_workflow_status_links",
    "SubjectWorkflowStatusesResponse": ".subject_workflow_statuses_response",
    "SubjectWorkflowStatusesResponseMeta": ".subject_workflow_statuses_response_meta",
    "SubjectsResponse": ".subjects_response",
    "SubjectsResponseMeta": ".subjects_response_meta",
    "SubjectsSelectedResponse": ".subjects_selected_response",
    "SubjectsSelectedResponseMeta": ".subjects_selected_response_meta",
    "Tag": ".tag",
    "TagsResponse": ".tags_response",
    "TagsResponseMeta": ".tags_response_meta",
    "TokenInfo": ".token_info",
    "TokenInfoApplicationType0": ".token_info_application_type_0",
    "TokenRequest": ".token_request",
    "TokenResponse": ".token_response",
    "TokenRevokeRequest": ".token_revoke_request",
    "TokenRevokeResponse": ".token_revoke_response",
    "Translation": ".translation",
    "TranslationCreate": ".translation_create",
    "TranslationCreateRequest": ".translation_create_request",
    "TranslationCreateStringVersions": ".translation_create_string_versions",
    "TranslationCreateStrings": ".translation_create_strings",
    "TranslationLinks": ".translation_links",
    "TranslationPublishedVersionLinkRequest": ".translation_published_version_link_request",
    "TranslationStringVersionsType0": ".translation_string_versions_type_0",
    "TranslationStrings": ".translation_strings",
    "TranslationUpdate": ".translation_update",
    "TranslationUpdateLinks": ".translation_update_links",
    "TranslationUpdateRequest": ".translation_update_request",
    "TranslationUpdateStringVersions": ".translation_update_string_versions",
    "TranslationUpdateStrings": ".translation_update_strings",
    "TranslationsResponse": ".translations_response",
    "TranslationsResponseMeta": ".translations_response_meta",
    "Tutorial": ".tutorial",
    "TutorialConfigurationType0": ".tutorial_configuration_type_0",
    "TutorialCreate": ".tutorial_create",
    "TutorialCreateConfiguration": ".tutorial_create_configuration",
    "TutorialCreateLinks": ".tutorial_create_links",
    "TutorialCreateRequest": ".tutorial_create_request",
    "TutorialLinks": ".tutorial_links",
    "TutorialStep": ".tutorial_step",
    "TutorialStepWrite": ".tutorial_step_write",
    "TutorialUpdate": ".tutorial_update",
    "TutorialUpdateConfiguration": ".tutorial_update_configuration",
    "TutorialUpdateRequest": ".tutorial_update_request",
    "TutorialsResponse": ".tutorials_response",
    "TutorialsResponseMeta": ".tutorials_response_meta",
    "User": ".user",
    "UserGroup": ".user_group",
    "UserGroupCreate": ".user_group_create",
    "UserGroupCreateLinks": ".user_group_create_links",
    "UserGroupCreateRequest": ".user_group_create_request",
    "UserGroupLinks": ".user_group_links",
    "UserGroupStatsVisibilityWrite": ".user_group_stats_visibility_write",
    "UserGroupUpdate": ".user_group_update",
    "UserGroupUpdateRequest": ".user_group_update_request",
    "UserGroupUsersLinkRequest": ".user_group_users_link_request",
    "UserGroupsResponse": ".user_groups_response",
    "UserGroupsResponseMeta": ".user_groups_response_meta",
    "UserLinks": ".user_links",
    "UserUpdate": ".user_update",
    "UserUpdateRequest": ".user_update_request",
    "UserUserGroupsLinkRequest": ".user_user_groups_link_request",
    "UsersResponse": ".users_response",
    "UsersResponseMeta": ".users_response_meta",
    "Workflow": ".workflow",
    "WorkflowConfigurationType0": ".workflow_configuration_type_0",
    "WorkflowCreate": ".workflow_create",
    "WorkflowCreateConfiguration": ".workflow_create_configuration",
    "WorkflowCreateLinks": ".workflow_create_links",
    "WorkflowCreateRequest": ".workflow_create_request",
    "WorkflowCreateTasks": ".workflow_create_tasks",
    "WorkflowLinkPublishedVersionRequest": ".workflow_link_published_version_request",
    "WorkflowLinkRetiredSubjectsRequest": ".workflow_link_retired_subjects_request",
    "WorkflowLinkSubjectSetsRequest": ".workflow_link_subject_sets_request",
    "WorkflowLinkTutorialsRequest": ".workflow_link_tutorials_request",
    "WorkflowLinkWorkflowVersionsRequest": ".workflow_link_workflow_versions_request",
    "WorkflowLinks": ".workflow_links",
    "WorkflowPublishRequest": ".workflow_publish_request",
    "WorkflowRetireSubjectsRequest": ".workflow_retire_subjects_request",
    "WorkflowRetireSubjectsRequestRetirementReason": ".workflow_retire_subjects_request_retirement_reason",
    "WorkflowRetirement": ".workflow_retirement",
    "WorkflowRetirementOptions": ".workflow_retirement_options",
    "WorkflowRetirementWrite": ".workflow_retirement_write",
    "WorkflowRetirementWriteCriteria": ".workflow_retirement_write_criteria",
    "WorkflowRetirementWriteOptions": ".workflow_retirement_write_options",
    "WorkflowTasks": ".workflow_tasks",
    "WorkflowUnretireSubjectsRequest": ".workflow_unretire_subjects_request",
    "WorkflowUpdate": ".workflow_update",
    "WorkflowUpdateConfiguration": ".workflow_update_configuration",
    "WorkflowUpdateLinks": ".workflow_update_links",
    "WorkflowUpdateRequest": ".workflow_update_request",
    "WorkflowUpdateTasks": ".workflow_update_tasks",
    "WorkflowVersion": ".workflow_version",
    "WorkflowVersionLinks": ".workflow_version_links",
    "WorkflowVersionStrings": ".workflow_version_strings",
    "WorkflowVersionTasks": ".workflow_version_tasks",
    "WorkflowVersionsResponse": ".workflow_versions_response",
    "WorkflowVersionsResponseMeta": ".workflow_versions_response_meta",
    "WorkflowsResponse": ".workflows_response",
    "WorkflowsResponseMeta": ".workflows_response_meta",
}

__all__ = (
    "Aggregation",
    "AggregationCreate",
    "AggregationCreateLinks",
    "AggregationCreateRequest",
    "AggregationLinks",
    "AggregationsResponse",
    "AggregationsResponseMeta",
    "AggregationUpdate",
    "AggregationUpdateRequest",
    "Classification",
    "ClassificationAnnotation",
    "ClassificationAnnotationWrite",
    "ClassificationCreate",
    "ClassificationCreateLinks",
    "ClassificationCreateMetadata",
    "ClassificationCreateRequest",
    "ClassificationGoldStandard",
    "ClassificationGoldStandardLinks",
    "ClassificationGoldStandardsResponse",
    "ClassificationGoldStandardsResponseMeta",
    "ClassificationLinks",
    "ClassificationMetadata",
    "ClassificationsResponse",
    "ClassificationsResponseMeta",
    "ClassificationUpdate",
    "ClassificationUpdateMetadata",
    "ClassificationUpdateRequest",
    "Collection",
    "CollectionCreate",
    "CollectionCreateLinks",
    "CollectionCreateRequest",
    "CollectionDefaultSubjectLinkRequest",
    "CollectionLinks",
    "CollectionPreference",
    "CollectionPreferenceCreate",
    "CollectionPreferenceCreateLinks",
    "CollectionPreferenceCreateRequest",
    "CollectionPreferenceLinks",
    "CollectionPreferenceSettings",
    "CollectionPreferenceSettingsWrite",
    "CollectionPreferencesResponse",
    "CollectionPreferencesResponseMeta",
    "CollectionPreferenceUpdate",
    "CollectionPreferenceUpdateRequest",
    "CollectionRole",
    "CollectionRoleCreate",
    "CollectionRoleCreateLinks",
    "CollectionRoleCreateRequest",
    "CollectionRoleLinks",
    "CollectionRolesResponse",
    "CollectionRolesResponseMeta",
    "CollectionRoleUpdate",
    "CollectionRoleUpdateRequest",
    "CollectionsResponse",
    "CollectionsResponseMeta",
    "CollectionSubjectsLinkRequest",
    "CollectionUpdate",
    "CollectionUpdateLinks",
    "CollectionUpdateRequest",
    "ErrorMessage",
    "ErrorResponse",
    "ExportCreate",
    "ExportCreateContentType",
    "ExportCreateMetadata",
    "ExportCreateRequest",
    "FieldGuide",
    "FieldGuideCreate",
    "FieldGuideCreateLinks",
    "FieldGuideCreateRequest",
    "FieldGuideItem",
    "FieldGuideItemWrite",
    "FieldGuideLinks",
    "FieldGuidesResponse",
    "FieldGuidesResponseMeta",
    "FieldGuideUpdate",
    "FieldGuideUpdateRequest",
    "InaturalistImportRequest",
    "InaturalistImportResponse",
    "Linked",
    "LinkedAdditionalPropertyItem",
    "LinkTemplate",
    "LinkTemplates",
    "MediaLink",
    "MediaResponse",
    "MediaResponseMeta",
    "Medium",
    "MediumCreate",
    "MediumCreateContentType",
    "MediumCreateMetadata",
    "MediumCreateRequest",
    "MediumLinks",
    "MediumMetadataType0",
    "MediumUpdate",
    "MediumUpdateMetadata",
    "MediumUpdateRequest",
    "Membership",
    "MembershipCreate",
    "MembershipCreateLinks",
    "MembershipCreateRequest",
    "MembershipLinks",
    "MembershipsResponse",
    "MembershipsResponseMeta",
    "MembershipUpdate",
    "MembershipUpdateRequest",
    "MembershipUpdateState",
    "OAuthError",
    "Organization",
    "OrganizationCreate",
    "OrganizationCreateRequest",
    "OrganizationLinks",
    "OrganizationPage",
    "OrganizationPageCreateRequest",
    "OrganizationPageLinks",
    "OrganizationPagesResponse",
    "OrganizationPagesResponseMeta",
    "OrganizationPageUpdateRequest",
    "OrganizationPageWrite",
    "OrganizationProjectsLinkRequest",
    "OrganizationRole",
    "OrganizationRoleCreate",
    "OrganizationRoleCreateLinks",
    "OrganizationRoleCreateRequest",
    "OrganizationRoleLinks",
    "OrganizationRolesResponse",
    "OrganizationRolesResponseMeta",
    "OrganizationRoleUpdate",
    "OrganizationRoleUpdateRequest",
    "OrganizationsResponse",
    "OrganizationsResponseMeta",
    "OrganizationUpdate",
    "OrganizationUpdateRequest",
    "OrganizationUrl",
    "OrganizationUrlWrite",
    "OwnerLink",
    "OwnerWrite",
    "PageMeta",
    "PolymorphicLink",
    "Project",
    "ProjectConfigurationType0",
    "ProjectCopyRequest",
    "ProjectCreate",
    "ProjectCreateConfiguration",
    "ProjectCreateLinks",
    "ProjectCreateRequest",
    "ProjectLinks",
    "ProjectLinkSubjectSetsRequest",
    "ProjectLinkWorkflowsRequest",
    "ProjectPage",
    "ProjectPageCreateRequest",
    "ProjectPageLinks",
    "ProjectPagesResponse",
    "ProjectPagesResponseMeta",
    "ProjectPageUpdateRequest",
    "ProjectPageWrite",
    "ProjectPreference",
    "ProjectPreferenceActivityCountByWorkflowType0",
    "ProjectPreferenceCreate",
    "ProjectPreferenceCreateLinks",
    "ProjectPreferenceCreatePreferences",
    "ProjectPreferenceCreateRequest",
    "ProjectPreferenceLinks",
    "ProjectPreferencePreferencesType0",
    "ProjectPreferenceSettings",
    "ProjectPreferenceSettingsResponse",
    "ProjectPreferenceSettingsResponseMeta",
    "ProjectPreferenceSettingsSettingsType0",
    "ProjectPreferenceSettingsType0",
    "ProjectPreferenceSettingsWrite",
    "ProjectPreferencesResponse",
    "ProjectPreferencesResponseMeta",
    "ProjectPreferenceUpdate",
    "ProjectPreferenceUpdateLinks",
    "ProjectPreferenceUpdatePreferences",
    "ProjectPreferenceUpdateRequest",
    "ProjectPreferenceUpdateSettings",
    "ProjectPreferenceUpdateSettingsRequest",
    "ProjectPreferenceUpdateSettingsSettings",
    "ProjectPreferenceUpdateSettingsSettingsDesignator",
    "ProjectRole",
    "ProjectRoleCreate",
    "ProjectRoleCreateLinks",
    "ProjectRoleCreateRequest",
    "ProjectRoleLinks",
    "ProjectRolesResponse",
    "ProjectRolesResponseMeta",
    "ProjectRoleUpdate",
    "ProjectRoleUpdateRequest",
    "ProjectsResponse",
    "ProjectsResponseMeta",
    "ProjectUpdate",
    "ProjectUpdateConfiguration",
    "ProjectUpdateLinks",
    "ProjectUpdateRequest",
    "ProjectUrl",
    "ProjectUrlWrite",
    "Recent",
    "RecentLinks",
    "RecentLocationsItem",
    "RecentsResponse",
    "RecentsResponseMeta",
    "SessionError",
    "SetMemberSubject",
    "SetMemberSubjectCreate",
    "SetMemberSubjectCreateLinks",
    "SetMemberSubjectCreateRequest",
    "SetMemberSubjectLinkRetiredWorkflowsRequest",
    "SetMemberSubjectLinks",
    "SetMemberSubjectsResponse",
    "SetMemberSubjectsResponseMeta",
    "SetMemberSubjectUpdate",
    "SetMemberSubjectUpdateLinks",
    "SetMemberSubjectUpdateRequest",
    "SignInOptions",
    "SignInRequest",
    "SignInUser",
    "Subject",
    "SubjectCreate",
    "SubjectCreateLinks",
    "SubjectCreateMetadata",
    "SubjectCreateRequest",
    "SubjectLinks",
    "SubjectLocation",
    "SubjectLocationWriteType1",
    "SubjectMetadata",
    "SubjectSelected",
    "SubjectSelectedMetadataType0",
    "SubjectSet",
    "SubjectSetCompletenessType0",
    "SubjectSetCreate",
    "SubjectSetCreateLinks",
    "SubjectSetCreateMetadata",
    "SubjectSetCreateRequest",
    "SubjectSetImport",
    "SubjectSetImportCreate",
    "SubjectSetImportCreateLinks",
    "SubjectSetImportCreateRequest",
    "SubjectSetImportLinks",
    "SubjectSetImportsResponse",
    "SubjectSetImportsResponseMeta",
    "SubjectSetLinks",
    "SubjectSetLinkSubjectsRequest",
    "SubjectSetMetadata",
    "SubjectSetsResponse",
    "SubjectSetsResponseMeta",
    "SubjectSetUpdate",
    "SubjectSetUpdateLinks",
    "SubjectSetUpdateMetadata",
    "SubjectSetUpdateRequest",
    "SubjectsResponse",
    "SubjectsResponseMeta",
    "SubjectsSelectedResponse",
    "SubjectsSelectedResponseMeta",
    "SubjectUpdate",
    "SubjectUpdateLinks",
    "SubjectUpdateMetadata",
    "SubjectUpdateRequest",
    "SubjectWorkflowStatus",
    "SubjectWorkflowStatusesResponse",
    "SubjectWorkflowStatusesResponseMeta",
    "SubjectWorkflowStatusLinks",
    "Tag",
    "TagsResponse",
    "TagsResponseMeta",
    "TokenInfo",
    "TokenInfoApplicationType0",
    "TokenRequest",
    "TokenResponse",
    "TokenRevokeRequest",
    "TokenRevokeResponse",
    "Translation",
    "TranslationCreate",
    "TranslationCreateRequest",
    "TranslationCreateStrings",
    "TranslationCreateStringVersions",
    "TranslationLinks",
    "TranslationPublishedVersionLinkRequest",
    "TranslationsResponse",
    "TranslationsResponseMeta",
    "TranslationStrings",
    "TranslationStringVersionsType0",
    "TranslationUpdate",
    "TranslationUpdateLinks",
    "TranslationUpdateRequest",
    "TranslationUpdateStrings",
    "TranslationUpdateStringVersions",
    "Tutorial",
    "TutorialConfigurationType0",
    "TutorialCreate",
    "TutorialCreateConfiguration",
    "TutorialCreateLinks",
    "TutorialCreateRequest",
    "TutorialLinks",
    "TutorialsResponse",
    "TutorialsResponseMeta",
    "TutorialStep",
    "TutorialStepWrite",
    "TutorialUpdate",
    "TutorialUpdateConfiguration",
    "TutorialUpdateRequest",
    "User",
    "UserGroup",
    "UserGroupCreate",
    "UserGroupCreateLinks",
    "UserGroupCreateRequest",
    "UserGroupLinks",
    "UserGroupsResponse",
    "UserGroupsResponseMeta",
    "UserGroupStatsVisibilityWrite",
    "UserGroupUpdate",
    "UserGroupUpdateRequest",
    "UserGroupUsersLinkRequest",
    "UserLinks",
    "UsersResponse",
    "UsersResponseMeta",
    "UserUpdate",
    "UserUpdateRequest",
    "UserUserGroupsLinkRequest",
    "Workflow",
    "WorkflowConfigurationType0",
    "WorkflowCreate",
    "WorkflowCreateConfiguration",
    "WorkflowCreateLinks",
    "WorkflowCreateRequest",
    "WorkflowCreateTasks",
    "WorkflowLinkPublishedVersionRequest",
    "WorkflowLinkRetiredSubjectsRequest",
    "WorkflowLinks",
    "WorkflowLinkSubjectSetsRequest",
    "WorkflowLinkTutorialsRequest",
    "WorkflowLinkWorkflowVersionsRequest",
    "WorkflowPublishRequest",
    "WorkflowRetirement",
    "WorkflowRetirementOptions",
    "WorkflowRetirementWrite",
    "WorkflowRetirementWriteCriteria",
    "WorkflowRetirementWriteOptions",
    "WorkflowRetireSubjectsRequest",
    "WorkflowRetireSubjectsRequestRetirementReason",
    "WorkflowsResponse",
    "WorkflowsResponseMeta",
    "WorkflowTasks",
    "WorkflowUnretireSubjectsRequest",
    "WorkflowUpdate",
    "WorkflowUpdateConfiguration",
    "WorkflowUpdateLinks",
    "WorkflowUpdateRequest",
    "WorkflowUpdateTasks",
    "WorkflowVersion",
    "WorkflowVersionLinks",
    "WorkflowVersionsResponse",
    "WorkflowVersionsResponseMeta",
    "WorkflowVersionStrings",
    "WorkflowVersionTasks",
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
