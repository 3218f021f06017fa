from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    UnexpectedShapeError,
    Unset,
    check_timestamp,
    init_missing,
    lazy_models,
    lazy_timestamps,
    timestamp_text,
)

if TYPE_CHECKING:
    from ..models.build_metrics import BuildMetrics


T = TypeVar("T", bound="BuildResults")


class _BuildResultsRaw:
    """What each timestamp or nested-model field holds behind its property: the received
    value until the first read (a nested model's data in a 1-tuple), then the parsed one."""

    __slots__ = (
        "_raw_created_at",
        "_raw_last_updated",
        "_raw_buildmetrics",
    )
    _raw_created_at: Any
    _raw_last_updated: Any
    _raw_buildmetrics: Any


@_attrs_define
class BuildResults(_BuildResultsRaw):
    """Detailed outcome of one build.

    Attributes:
        build_code (str | Unset):
        build_path (str | Unset):
        buildmetrics (BuildMetrics | None | Unset): Timestamps of each build stage; null when the stage was not reached.
        created_at (datetime.datetime | None | Unset):
        docker_repo (str | Unset):
        docker_tag (str | Unset):
        docker_user (str | Unset):
        dockerfile_contents (None | str | Unset):
        error (None | str | Unset):
        failure (None | str | Unset):
        last_updated (datetime.datetime | None | Unset):
        logs (None | str | Unset):
        readme_contents (None | str | Unset):
        source_branch (str | Unset):
        source_type (str | Unset):
        source_url (str | Unset):
    """

    build_code: str | Unset = UNSET
    build_path: str | Unset = UNSET
    buildmetrics: BuildMetrics | None | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    docker_repo: str | Unset = UNSET
    docker_tag: str | Unset = UNSET
    docker_user: str | Unset = UNSET
    dockerfile_contents: None | str | Unset = UNSET
    error: None | str | Unset = UNSET
    failure: None | str | Unset = UNSET
    last_updated: datetime.datetime | None | Unset = UNSET
    logs: None | str | Unset = UNSET
    readme_contents: None | str | Unset = UNSET
    source_branch: str | Unset = UNSET
    source_type: str | Unset = UNSET
    source_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data: what was received, unknown fields included."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.build_code is not UNSET:
            field_dict["build_code"] = self.build_code

        if self.build_path is not UNSET:
            field_dict["build_path"] = self.build_path

        buildmetrics = self.buildmetrics
        if not isinstance(buildmetrics, Unset):
            field_dict["buildmetrics"] = None if buildmetrics is None else buildmetrics.to_dict()

        created_at = self._raw_created_at
        if created_at.__class__ is not str and created_at is not None and created_at is not UNSET:
            created_at = timestamp_text(created_at)
        if created_at is not UNSET:
            field_dict["created_at"] = created_at

        if self.docker_repo is not UNSET:
            field_dict["docker_repo"] = self.docker_repo

        if self.docker_tag is not UNSET:
            field_dict["docker_tag"] = self.docker_tag

        if self.docker_user is not UNSET:
            field_dict["docker_user"] = self.docker_user

        if self.dockerfile_contents is not UNSET:
            field_dict["dockerfile_contents"] = self.dockerfile_contents

        if self.error is not UNSET:
            field_dict["error"] = self.error

        if self.failure is not UNSET:
            field_dict["failure"] = self.failure

        last_updated = self._raw_last_updated
        if last_updated.__class__ is not str and last_updated is not None and last_updated is not UNSET:
            last_updated = timestamp_text(last_updated)
        if last_updated is not UNSET:
            field_dict["last_updated"] = last_updated

        if self.logs is not UNSET:
            field_dict["logs"] = self.logs

        if self.readme_contents is not UNSET:
            field_dict["readme_contents"] = self.readme_contents

        if self.source_branch is not UNSET:
            field_dict["source_branch"] = self.source_branch

        if self.source_type is not UNSET:
            field_dict["source_type"] = self.source_type

        if self.source_url is not UNSET:
            field_dict["source_url"] = self.source_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse the JSON object ``src_dict``; ``UnexpectedShapeError`` when it does not fit.

        Everything is checked here; nested models are built on the first read of their
        field, from the data given (kept, not copied, until then).
        """
        _src = src_dict
        if _src.__class__ is not dict and not isinstance(_src, Mapping):
            raise UnexpectedShapeError(f"BuildResults: expected an object, got {type(_src).__name__}")
        try:
            _get = _src.get
            _obj = _new(cls)
            _obj.build_code = _get("build_code", UNSET)

            _obj.build_path = _get("build_path", UNSET)

            buildmetrics = _get("buildmetrics", UNSET)
            if buildmetrics is not None and buildmetrics is not UNSET:
                BuildMetrics._check(buildmetrics)
                buildmetrics = (buildmetrics,)
            _obj._raw_buildmetrics = buildmetrics

            created_at = _get("created_at", UNSET)
            if created_at.__class__ is str:
                if created_at:
                    check_timestamp(created_at)
            elif created_at is not None and created_at is not UNSET and not isinstance(created_at, datetime.datetime):
                raise UnexpectedShapeError(
                    f"BuildResults.created_at: expected a timestamp or null, got {type(created_at).__name__}"
                )
            _obj._raw_created_at = created_at

            _obj.docker_repo = _get("docker_repo", UNSET)

            _obj.docker_tag = _get("docker_tag", UNSET)

            _obj.docker_user = _get("docker_user", UNSET)

            _obj.dockerfile_contents = _get("dockerfile_contents", UNSET)

            _obj.error = _get("error", UNSET)

            _obj.failure = _get("failure", UNSET)

            last_updated = _get("last_updated", UNSET)
            if last_updated.__class__ is str:
                if last_updated:
                    check_timestamp(last_updated)
            elif (
                last_updated is not None
                and last_updated is not UNSET
                and not isinstance(last_updated, datetime.datetime)
            ):
                raise UnexpectedShapeError(
                    f"BuildResults.last_updated: expected a timestamp or null, got {type(last_updated).__name__}"
                )
            _obj._raw_last_updated = last_updated

            _obj.logs = _get("logs", UNSET)

            _obj.readme_contents = _get("readme_contents", UNSET)

            _obj.source_branch = _get("source_branch", UNSET)

            _obj.source_type = _get("source_type", UNSET)

            _obj.source_url = _get("source_url", UNSET)

            _obj.additional_properties = (
                {} if _KNOWN.issuperset(_src) else {key: value for key, value in _src.items() if key not in _KNOWN}
            )

        except UnexpectedShapeError:
            raise
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise UnexpectedShapeError(f"BuildResults: {type(exc).__name__}: {exc}") from exc
        if cls is not BuildResults:
            init_missing(_obj)
        return _obj

    @staticmethod
    def _check(_src: Any) -> None:
        """Raise ``UnexpectedShapeError`` where ``from_dict`` would; build nothing."""
        if _src.__class__ is not dict and not isinstance(_src, Mapping):
            raise UnexpectedShapeError(f"BuildResults: expected an object, got {type(_src).__name__}")
        try:
            _get = _src.get

            buildmetrics = _get("buildmetrics", UNSET)
            if buildmetrics is not None and buildmetrics is not UNSET:
                BuildMetrics._check(buildmetrics)

            created_at = _get("created_at", UNSET)
            if created_at.__class__ is str:
                if created_at:
                    check_timestamp(created_at)
            elif created_at is not None and created_at is not UNSET and not isinstance(created_at, datetime.datetime):
                raise UnexpectedShapeError(
                    f"BuildResults.created_at: expected a timestamp or null, got {type(created_at).__name__}"
                )

            last_updated = _get("last_updated", UNSET)
            if last_updated.__class__ is str:
                if last_updated:
                    check_timestamp(last_updated)
            elif (
                last_updated is not None
                and last_updated is not UNSET
                and not isinstance(last_updated, datetime.datetime)
            ):
                raise UnexpectedShapeError(
                    f"BuildResults.last_updated: expected a timestamp or null, got {type(last_updated).__name__}"
                )

            return
        except UnexpectedShapeError:
            raise
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise UnexpectedShapeError(f"BuildResults: {type(exc).__name__}: {exc}") from exc

    @classmethod
    def _build(cls, _src: Any) -> BuildResults:
        """Build from data ``_check`` accepted (a nested field's first read)."""
        _get = _src.get
        _obj = _new(cls)
        _obj.build_code = _get("build_code", UNSET)

        _obj.build_path = _get("build_path", UNSET)

        buildmetrics = _get("buildmetrics", UNSET)
        _obj._raw_buildmetrics = buildmetrics if buildmetrics is None or buildmetrics is UNSET else (buildmetrics,)

        _obj._raw_created_at = _get("created_at", UNSET)

        _obj.docker_repo = _get("docker_repo", UNSET)

        _obj.docker_tag = _get("docker_tag", UNSET)

        _obj.docker_user = _get("docker_user", UNSET)

        _obj.dockerfile_contents = _get("dockerfile_contents", UNSET)

        _obj.error = _get("error", UNSET)

        _obj.failure = _get("failure", UNSET)

        _obj._raw_last_updated = _get("last_updated", UNSET)

        _obj.logs = _get("logs", UNSET)

        _obj.readme_contents = _get("readme_contents", UNSET)

        _obj.source_branch = _get("source_branch", UNSET)

        _obj.source_type = _get("source_type", UNSET)

        _obj.source_url = _get("source_url", UNSET)

        _obj.additional_properties = (
            {} if _KNOWN.issuperset(_src) else {key: value for key, value in _src.items() if key not in _KNOWN}
        )

        return _obj

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


_new = object.__new__
_KNOWN: frozenset[str] = frozenset(
    {
        "build_code",
        "build_path",
        "buildmetrics",
        "created_at",
        "docker_repo",
        "docker_tag",
        "docker_user",
        "dockerfile_contents",
        "error",
        "failure",
        "last_updated",
        "logs",
        "readme_contents",
        "source_branch",
        "source_type",
        "source_url",
    }
)
lazy_timestamps(
    BuildResults,
    "created_at",
    "last_updated",
)

# The models this one refers to, imported after the class so that cycles resolve.
from ..models.build_metrics import BuildMetrics  # noqa: E402

lazy_models(
    BuildResults,
    buildmetrics=lambda data: BuildMetrics._build(data),
)
