from typing import Literal

UpdateTeamRepositoryPermissionRequestPermission = Literal["admin", "read", "write"]

UPDATE_TEAM_REPOSITORY_PERMISSION_REQUEST_PERMISSION_VALUES: set[UpdateTeamRepositoryPermissionRequestPermission] = {
    "admin",
    "read",
    "write",
}


def check_update_team_repository_permission_request_permission(
    value: str,
) -> UpdateTeamRepositoryPermissionRequestPermission:
    if value in UPDATE_TEAM_REPOSITORY_PERMISSION_REQUEST_PERMISSION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_TEAM_REPOSITORY_PERMISSION_REQUEST_PERMISSION_VALUES!r}"
    )
