from typing import Literal

BuildTagInputSourceType = Literal["Branch", "Tag"]

BUILD_TAG_INPUT_SOURCE_TYPE_VALUES: set[BuildTagInputSourceType] = {
    "Branch",
    "Tag",
}


def check_build_tag_input_source_type(value: str) -> BuildTagInputSourceType:
    if value in BUILD_TAG_INPUT_SOURCE_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BUILD_TAG_INPUT_SOURCE_TYPE_VALUES!r}")
