from typing import Literal

ListTagsOrdering = Literal["-last_updated", "-name", "last_updated", "name"]

LIST_TAGS_ORDERING_VALUES: set[ListTagsOrdering] = {
    "-last_updated",
    "-name",
    "last_updated",
    "name",
}


def check_list_tags_ordering(value: str) -> ListTagsOrdering:
    if value in LIST_TAGS_ORDERING_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_TAGS_ORDERING_VALUES!r}")
