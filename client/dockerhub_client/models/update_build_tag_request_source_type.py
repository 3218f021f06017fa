from typing import Literal

UpdateBuildTagRequestSourceType = Literal["Branch", "Tag"]

UPDATE_BUILD_TAG_REQUEST_SOURCE_TYPE_VALUES: set[UpdateBuildTagRequestSourceType] = {
    "Branch",
    "Tag",
}


def check_update_build_tag_request_source_type(value: str) -> UpdateBuildTagRequestSourceType:
    if value in UPDATE_BUILD_TAG_REQUEST_SOURCE_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {UPDATE_BUILD_TAG_REQUEST_SOURCE_TYPE_VALUES!r}")
