from typing import Literal

ListOrgMembersRole = Literal["editor", "member", "owner"]

LIST_ORG_MEMBERS_ROLE_VALUES: set[ListOrgMembersRole] = {
    "editor",
    "member",
    "owner",
}


def check_list_org_members_role(value: str) -> ListOrgMembersRole:
    if value in LIST_ORG_MEMBERS_ROLE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_ORG_MEMBERS_ROLE_VALUES!r}")
