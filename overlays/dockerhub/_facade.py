"""What the generated facade (``dockerhub_client.facade``) builds on, in one place.

The generated module imports only from here, so the contract between the generator's
output and the hand-written core is this list: the request description (``Call``,
``exists``), the paging description (``PageSpec``, ``Pages``), the runners' types, the
lazy endpoint handle and the argument checks.
"""

from __future__ import annotations

from ._arguments import (
    aware,
    check_choice,
    check_integer,
    check_list,
    check_model,
    given,
    repository_path,
    require_text,
    with_fields,
)
from ._flow import Call, Flow, exists
from ._lazy import endpoint
from ._runner import AsyncRunner, SyncRunner
from ._validation import (
    shift_repository,
    split_repository,
    validate_namespace,
    validate_repository,
    validate_segment,
    validate_tag,
)
from ._walk import DEFAULT_CONCURRENCY, MAX_PAGE_SIZE, Pages, PageSpec, Progress

__all__ = [
    "DEFAULT_CONCURRENCY",
    "MAX_PAGE_SIZE",
    "AsyncRunner",
    "Call",
    "Flow",
    "PageSpec",
    "Pages",
    "Progress",
    "SyncRunner",
    "aware",
    "check_choice",
    "check_integer",
    "check_list",
    "check_model",
    "endpoint",
    "exists",
    "given",
    "repository_path",
    "require_text",
    "shift_repository",
    "split_repository",
    "validate_namespace",
    "validate_repository",
    "validate_segment",
    "validate_tag",
    "with_fields",
]
