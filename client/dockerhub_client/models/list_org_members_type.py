from typing import Literal

ListOrgMembersType = Literal["all", "invitee", "member"]

LIST_ORG_MEMBERS_TYPE_VALUES: set[ListOrgMembersType] = {
    "all",
    "invitee",
    "member",
}


def check_list_org_members_type(value: str) -> ListOrgMembersType:
    if value in LIST_ORG_MEMBERS_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_ORG_MEMBERS_TYPE_VALUES!r}")
