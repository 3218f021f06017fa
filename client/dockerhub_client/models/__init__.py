"""Contains all the data models used in inputs/outputs (each imported on first use)"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .access_token import AccessToken
    from .access_token_page import AccessTokenPage
    from .add_collaborator_request import AddCollaboratorRequest
    from .add_team_member_request import AddTeamMemberRequest
    from .audit_log_action import AuditLogAction
    from .audit_log_action_group import AuditLogActionGroup
    from .audit_log_actions import AuditLogActions
    from .audit_log_actions_actions import AuditLogActionsActions
    from .audit_log_event import AuditLogEvent
    from .audit_log_event_data import AuditLogEventData
    from .audit_log_page import AuditLogPage
    from .auth_token_request import AuthTokenRequest
    from .auth_token_response import AuthTokenResponse
    from .build import Build
    from .build_details import BuildDetails
    from .build_link import BuildLink
    from .build_link_page import BuildLinkPage
    from .build_metrics import BuildMetrics
    from .build_page import BuildPage
    from .build_results import BuildResults
    from .build_settings import BuildSettings
    from .build_tag import BuildTag
    from .build_tag_input import BuildTagInput
    from .build_tag_input_source_type import BuildTagInputSourceType
    from .build_trigger import BuildTrigger
    from .build_trigger_history_entry import BuildTriggerHistoryEntry
    from .build_trigger_history_page import BuildTriggerHistoryPage
    from .bulk_invite_request import BulkInviteRequest
    from .bulk_invite_response import BulkInviteResponse
    from .bulk_invite_result import BulkInviteResult
    from .collaborator import Collaborator
    from .collaborator_page import CollaboratorPage
    from .comment import Comment
    from .comment_page import CommentPage
    from .create_access_token_request import CreateAccessTokenRequest
    from .create_automated_build_request import CreateAutomatedBuildRequest
    from .create_build_link_request import CreateBuildLinkRequest
    from .create_build_tag_request import CreateBuildTagRequest
    from .create_build_tag_request_source_type import CreateBuildTagRequestSourceType
    from .create_org_access_token_request import CreateOrgAccessTokenRequest
    from .create_repository_request import CreateRepositoryRequest
    from .create_team_request import CreateTeamRequest
    from .create_webhook_hook_request import CreateWebhookHookRequest
    from .create_webhook_pipeline_request import CreateWebhookPipelineRequest
    from .create_webhook_pipeline_request_webhooks_item import (
        CreateWebhookPipelineRequestWebhooksItem,
    )
    from .create_webhook_request import CreateWebhookRequest
    from .current_user import CurrentUser
    from .custom_registry import CustomRegistry
    from .empty_request import EmptyRequest
    from .error_body import ErrorBody
    from .error_detail import ErrorDetail
    from .error_message import ErrorMessage
    from .error_message_errinfo import ErrorMessageErrinfo
    from .grant_team_repository_access_request import GrantTeamRepositoryAccessRequest
    from .immutable_tags_settings import ImmutableTagsSettings
    from .list_org_members_role import ListOrgMembersRole
    from .list_org_members_type import ListOrgMembersType
    from .list_scim_users_sort_order import ListScimUsersSortOrder
    from .list_tags_ordering import ListTagsOrdering
    from .login_request import LoginRequest
    from .login_response import LoginResponse
    from .org import Org
    from .org_access_token import OrgAccessToken
    from .org_access_token_page import OrgAccessTokenPage
    from .org_access_token_resource import OrgAccessTokenResource
    from .org_invite import OrgInvite
    from .org_invite_list import OrgInviteList
    from .org_member import OrgMember
    from .org_member_page import OrgMemberPage
    from .org_page import OrgPage
    from .org_settings import OrgSettings
    from .page_envelope import PageEnvelope
    from .registry_access_management import RegistryAccessManagement
    from .registry_settings import RegistrySettings
    from .repository import Repository
    from .repository_category import RepositoryCategory
    from .repository_page import RepositoryPage
    from .repository_permissions import RepositoryPermissions
    from .repository_summary import RepositorySummary
    from .restricted_images import RestrictedImages
    from .scim_authentication_scheme import ScimAuthenticationScheme
    from .scim_create_user_request import ScimCreateUserRequest
    from .scim_email import ScimEmail
    from .scim_error import ScimError
    from .scim_feature import ScimFeature
    from .scim_group import ScimGroup
    from .scim_meta import ScimMeta
    from .scim_name import ScimName
    from .scim_resource_type import ScimResourceType
    from .scim_resource_type_list import ScimResourceTypeList
    from .scim_schema import ScimSchema
    from .scim_schema_attribute import ScimSchemaAttribute
    from .scim_schema_list import ScimSchemaList
    from .scim_service_provider_config import ScimServiceProviderConfig
    from .scim_update_user_request import ScimUpdateUserRequest
    from .scim_user import ScimUser
    from .scim_user_list import ScimUserList
    from .set_repository_privacy_request import SetRepositoryPrivacyRequest
    from .standard_registry import StandardRegistry
    from .tag import Tag
    from .tag_image import TagImage
    from .tag_page import TagPage
    from .team import Team
    from .team_member import TeamMember
    from .team_member_page import TeamMemberPage
    from .team_page import TeamPage
    from .team_repository_permission import TeamRepositoryPermission
    from .trigger_build_request import TriggerBuildRequest
    from .triggered_build import TriggeredBuild
    from .two_factor_login_request import TwoFactorLoginRequest
    from .update_access_token_request import UpdateAccessTokenRequest
    from .update_build_tag_request import UpdateBuildTagRequest
    from .update_build_tag_request_source_type import UpdateBuildTagRequestSourceType
    from .update_immutable_tags_request import UpdateImmutableTagsRequest
    from .update_org_access_token_request import UpdateOrgAccessTokenRequest
    from .update_org_member_request import UpdateOrgMemberRequest
    from .update_org_settings_request import UpdateOrgSettingsRequest
    from .update_org_settings_request_restricted_images import (
        UpdateOrgSettingsRequestRestrictedImages,
    )
    from .update_repository_request import UpdateRepositoryRequest
    from .update_team_repository_permission_request import (
        UpdateTeamRepositoryPermissionRequest,
    )
    from .update_team_repository_permission_request_permission import (
        UpdateTeamRepositoryPermissionRequestPermission,
    )
    from .update_team_request import UpdateTeamRequest
    from .user import User
    from .verify_immutable_tags_request import VerifyImmutableTagsRequest
    from .verify_immutable_tags_response import VerifyImmutableTagsResponse
    from .webhook import Webhook
    from .webhook_hook import WebhookHook
    from .webhook_page import WebhookPage
    from .webhook_pipeline import WebhookPipeline
    from .webhook_pipeline_hook import WebhookPipelineHook
    from .webhook_pipeline_page import WebhookPipelinePage

_MODULE_OF: dict[str, str] = {
    "AccessToken": ".access_token",
    "AccessTokenPage": ".access_token_page",
    "AddCollaboratorRequest": ".add_collaborator_request",
    "AddTeamMemberRequest": ".add_team_member_request",
    "AuditLogAction": ".audit_log_action",
    "AuditLogActionGroup": ".audit_log_action_group",
    "AuditLogActions": ".audit_log_actions",
    "AuditLogActionsActions": ".audit_log_actions_actions",
    "AuditLogEvent": ".audit_log_event",
    "AuditLogEventData": ".audit_log_event_data",
    "AuditLogPage": ".audit_log_page",
    "AuthTokenRequest": ".auth_token_request",
    "AuthTokenResponse": ".auth_token_response",
    "Build": ".build",
    "BuildDetails": ".build_details",
    "BuildLink": ".build_link",
    "BuildLinkPage": ".build_link_page",
    "BuildMetrics": ".build_metrics",
    "BuildPage": ".build_page",
    "BuildResults": ".build_results",
    "BuildSettings": ".build_settings",
    "BuildTag": ".build_tag",
    "BuildTagInput": ".build_tag_input",
    "BuildTagInputSourceType": ".build_tag_input_source_type",
    "BuildTrigger": ".build_trigger",
    "BuildTriggerHistoryEntry": ".build_trigger_history_entry",
    "BuildTriggerHistoryPage": ".build_trigger_history_page",
    "BulkInviteRequest": ".bulk_invite_request",
    "BulkInviteResponse": ".bulk_invite_response",
    "BulkInviteResult": ".bulk_invite_result",
    "Collaborator": ".collaborator",
    "CollaboratorPage": ".collaborator_page",
    "Comment": ".comment",
    "CommentPage": ".comment_page",
    "CreateAccessTokenRequest": ".create_access_token_request",
    "CreateAutomatedBuildRequest": ".create_automated_build_request",
    "CreateBuildLinkRequest": ".create_build_link_request",
    "CreateBuildTagRequest": ".create_build_tag_request",
    "CreateBuildTagRequestSourceType": ".create_build_tag_request_source_type",
    "CreateOrgAccessTokenRequest": ".create_org_access_token_request",
    "CreateRepositoryRequest": ".create_repository_request",
    "CreateTeamRequest": ".create_team_request",
    "CreateWebhookHookRequest": ".create_webhook_hook_request",
    "CreateWebhookPipelineRequest": ".create_webhook_pipeline_request",
    "CreateWebhookPipelineRequestWebhooksItem": ".create_webhook_pipeline_request_webhooks_item",
    "CreateWebhookRequest": ".create_webhook_request",
    "CurrentUser": ".current_user",
    "CustomRegistry": ".custom_registry",
    "EmptyRequest": ".empty_request",
    "ErrorBody": ".error_body",
    "ErrorDetail": ".error_detail",
    "ErrorMessage": ".error_message",
    "ErrorMessageErrinfo": ".error_message_errinfo",
    "GrantTeamRepositoryAccessRequest": ".grant_team_repository_access_request",
    "ImmutableTagsSettings": ".immutable_tags_settings",
    "ListOrgMembersRole": ".list_org_members_role",
    "ListOrgMembersType": ".list_org_members_type",
    "ListScimUsersSortOrder": ".list_scim_users_sort_order",
    "ListTagsOrdering": ".list_tags_ordering",
    "LoginRequest": ".login_request",
    "LoginResponse": ".login_response",
    "Org": ".org",
    "OrgAccessToken": ".org_access_token",
    "OrgAccessTokenPage": ".org_access_token_page",
    "OrgAccessTokenResource": ".org_access_token_resource",
    "OrgInvite": ".org_invite",
    "OrgInviteList": ".org_invite_list",
    "OrgMember": ".org_member",
    "OrgMemberPage": ".org_member_page",
    "OrgPage": ".org_page",
    "OrgSettings": ".org_settings",
    "PageEnvelope": ".page_envelope",
    "RegistryAccessManagement": ".registry_access_management",
    "RegistrySettings": ".registry_settings",
    "Repository": ".repository",
    "RepositoryCategory": ".repository_category",
    "RepositoryPage": ".repository_page",
    "RepositoryPermissions": ".repository_permissions",
    "RepositorySummary": ".repository_summary",
    "RestrictedImages": ".restricted_images",
    "ScimAuthenticationScheme": ".scim_authentication_scheme",
    "ScimCreateUserRequest": ".scim_create_user_request",
    "ScimEmail": ".scim_email",
    "ScimError": ".scim_error",
    "ScimFeature": ".scim_feature",
    "ScimGroup": ".scim_group",
    "ScimMeta": ".scim_meta",
    "ScimName": ".scim_name",
    "ScimResourceType": ".scim_resource_type",
    "ScimResourceTypeList": ".scim_resource_type_list",
    "ScimSchema": ".scim_schema",
    "ScimSchemaAttribute": ".scim_schema_attribute",
    "ScimSchemaList": ".scim_schema_list",
    "ScimServiceProviderConfig": ".scim_service_provider_config",
    "ScimUpdateUserRequest": ".scim_update_user_request",
    "ScimUser": ".scim_user",
    "ScimUserList": ".scim_user_list",
    "SetRepositoryPrivacyRequest": ".set_repository_privacy_request",
    "StandardRegistry": ".standard_registry",
    "Tag": ".tag",
    "TagImage": ".tag_image",
    "TagPage": ".tag_page",
    "Team": ".team",
    "TeamMember": ".team_member",
    "TeamMemberPage": ".team_member_page",
    "TeamPage": ".team_page",
    "TeamRepositoryPermission": ".team_repository_permission",
    "TriggerBuildRequest": ".trigger_build_request",
    "TriggeredBuild": ".triggered_build",
    "TwoFactorLoginRequest": ".two_factor_login_request",
    "UpdateAccessTokenRequest": ".update_access_token_request",
    "UpdateBuildTagRequest": ".update_build_tag_request",
    "UpdateBuildTagRequestSourceType": ".update_build_tag_request_source_type",
    "UpdateImmutableTagsRequest": ".update_immutable_tags_request",
    "UpdateOrgAccessTokenRequest": ".update_org_access_token_request",
    "UpdateOrgMemberRequest": ".update_org_member_request",
    "UpdateOrgSettingsRequest": ".update_org_settings_request",
    "UpdateOrgSettingsRequestRestrictedImages": ".update_org_settings_request_restricted_images",
    "UpdateRepositoryRequest": ".update_repository_request",
    "UpdateTeamRepositoryPermissionRequest": ".update_team_repository_permission_request",
    "UpdateTeamRepositoryPermissionRequestPermission": ".update_team_repository_permission_request_permission",
    "UpdateTeamRequest": ".update_team_request",
    "User": ".user",
    "VerifyImmutableTagsRequest": ".verify_immutable_tags_request",
    "VerifyImmutableTagsResponse": ".verify_immutable_tags_response",
    "Webhook": ".webhook",
    "WebhookHook": ".webhook_hook",
    "WebhookPage": ".webhook_page",
    "WebhookPipeline": ".webhook_pipeline",
    "WebhookPipelineHook": ".webhook_pipeline_hook",
    "WebhookPipelinePage": ".webhook_pipeline_page",
}


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_MODULE_OF])


__all__ = (
    "AccessToken",
    "AccessTokenPage",
    "AddCollaboratorRequest",
    "AddTeamMemberRequest",
    "AuditLogAction",
    "AuditLogActionGroup",
    "AuditLogActions",
    "AuditLogActionsActions",
    "AuditLogEvent",
    "AuditLogEventData",
    "AuditLogPage",
    "AuthTokenRequest",
    "AuthTokenResponse",
    "Build",
    "BuildDetails",
    "BuildLink",
    "BuildLinkPage",
    "BuildMetrics",
    "BuildPage",
    "BuildResults",
    "BuildSettings",
    "BuildTag",
    "BuildTagInput",
    "BuildTagInputSourceType",
    "BuildTrigger",
    "BuildTriggerHistoryEntry",
    "BuildTriggerHistoryPage",
    "BulkInviteRequest",
    "BulkInviteResponse",
    "BulkInviteResult",
    "Collaborator",
    "CollaboratorPage",
    "Comment",
    "CommentPage",
    "CreateAccessTokenRequest",
    "CreateAutomatedBuildRequest",
    "CreateBuildLinkRequest",
    "CreateBuildTagRequest",
    "CreateBuildTagRequestSourceType",
    "CreateOrgAccessTokenRequest",
    "CreateRepositoryRequest",
    "CreateTeamRequest",
    "CreateWebhookHookRequest",
    "CreateWebhookPipelineRequest",
    "CreateWebhookPipelineRequestWebhooksItem",
    "CreateWebhookRequest",
    "CurrentUser",
    "CustomRegistry",
    "EmptyRequest",
    "ErrorBody",
    "ErrorDetail",
    "ErrorMessage",
    "ErrorMessageErrinfo",
    "GrantTeamRepositoryAccessRequest",
    "ImmutableTagsSettings",
    "ListOrgMembersRole",
    "ListOrgMembersType",
    "ListScimUsersSortOrder",
    "ListTagsOrdering",
    "LoginRequest",
    "LoginResponse",
    "Org",
    "OrgAccessToken",
    "OrgAccessTokenPage",
    "OrgAccessTokenResource",
    "OrgInvite",
    "OrgInviteList",
    "OrgMember",
    "OrgMemberPage",
    "OrgPage",
    "OrgSettings",
    "PageEnvelope",
    "RegistryAccessManagement",
    "RegistrySettings",
    "Repository",
    "RepositoryCategory",
    "RepositoryPage",
    "RepositoryPermissions",
    "RepositorySummary",
    "RestrictedImages",
    "ScimAuthenticationScheme",
    "ScimCreateUserRequest",
    "ScimEmail",
    "ScimError",
    "ScimFeature",
    "ScimGroup",
    "ScimMeta",
    "ScimName",
    "ScimResourceType",
    "ScimResourceTypeList",
    "ScimSchema",
    "ScimSchemaAttribute",
    "ScimSchemaList",
    "ScimServiceProviderConfig",
    "ScimUpdateUserRequest",
    "ScimUser",
    "ScimUserList",
    "SetRepositoryPrivacyRequest",
    "StandardRegistry",
    "Tag",
    "TagImage",
    "TagPage",
    "Team",
    "TeamMember",
    "TeamMemberPage",
    "TeamPage",
    "TeamRepositoryPermission",
    "TriggerBuildRequest",
    "TriggeredBuild",
    "TwoFactorLoginRequest",
    "UpdateAccessTokenRequest",
    "UpdateBuildTagRequest",
    "UpdateBuildTagRequestSourceType",
    "UpdateImmutableTagsRequest",
    "UpdateOrgAccessTokenRequest",
    "UpdateOrgMemberRequest",
    "UpdateOrgSettingsRequest",
    "UpdateOrgSettingsRequestRestrictedImages",
    "UpdateRepositoryRequest",
    "UpdateTeamRepositoryPermissionRequest",
    "UpdateTeamRepositoryPermissionRequestPermission",
    "UpdateTeamRequest",
    "User",
    "VerifyImmutableTagsRequest",
    "VerifyImmutableTagsResponse",
    "Webhook",
    "WebhookHook",
    "WebhookPage",
    "WebhookPipeline",
    "WebhookPipelineHook",
    "WebhookPipelinePage",
)
