from typing import Literal

CreateBuildTagRequestSourceType = Literal["Branch", "Tag"]

CREATE_BUILD_TAG_REQUEST_SOURCE_TYPE_VALUES: set[CreateBuildTagRequestSourceType] = {
    "Branch",
    "Tag",
}


def check_create_build_tag_request_source_type(value: str) -> CreateBuildTagRequestSourceType:
    if value in CREATE_BUILD_TAG_REQUEST_SOURCE_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CREATE_BUILD_TAG_REQUEST_SOURCE_TYPE_VALUES!r}")
