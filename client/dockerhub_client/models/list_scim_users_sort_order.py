from typing import Literal

ListScimUsersSortOrder = Literal["ascending", "descending"]

LIST_SCIM_USERS_SORT_ORDER_VALUES: set[ListScimUsersSortOrder] = {
    "ascending",
    "descending",
}


def check_list_scim_users_sort_order(value: str) -> ListScimUsersSortOrder:
    if value in LIST_SCIM_USERS_SORT_ORDER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_SCIM_USERS_SORT_ORDER_VALUES!r}")
