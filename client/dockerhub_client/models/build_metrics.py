from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    UnexpectedShapeError,
    Unset,
    check_timestamp,
    init_missing,
    lazy_timestamps,
    timestamp_text,
)

T = TypeVar("T", bound="BuildMetrics")


class _BuildMetricsRaw:
    """What each timestamp or nested-model field holds behind its property: the received
    value until the first read (a nested model's data in a 1-tuple), then the parsed one."""

    __slots__ = (
        "_raw_uploaded",
        "_raw_built",
        "_raw_created",
        "_raw_started",
        "_raw_cloned",
        "_raw_readme",
        "_raw_finished",
        "_raw_error",
        "_raw_claimed",
        "_raw_bundled",
        "_raw_dockerfile",
        "_raw_failure",
    )
    _raw_uploaded: Any
    _raw_built: Any
    _raw_created: Any
    _raw_started: Any
    _raw_cloned: Any
    _raw_readme: Any
    _raw_finished: Any
    _raw_error: Any
    _raw_claimed: Any
    _raw_bundled: Any
    _raw_dockerfile: Any
    _raw_failure: Any


@_attrs_define
class BuildMetrics(_BuildMetricsRaw):
    """Timestamps of each build stage; null when the stage was not reached.

    Attributes:
        uploaded (datetime.datetime | None | Unset):
        built (datetime.datetime | None | Unset):
        created (datetime.datetime | None | Unset):
        started (datetime.datetime | None | Unset):
        cloned (datetime.datetime | None | Unset):
        readme (datetime.datetime | None | Unset):
        finished (datetime.datetime | None | Unset):
        error (datetime.datetime | None | Unset):
        claimed (datetime.datetime | None | Unset):
        bundled (datetime.datetime | None | Unset):
        dockerfile (datetime.datetime | None | Unset):
        failure (datetime.datetime | None | Unset):
    """

    uploaded: datetime.datetime | None | Unset = UNSET
    built: datetime.datetime | None | Unset = UNSET
    created: datetime.datetime | None | Unset = UNSET
    started: datetime.datetime | None | Unset = UNSET
    cloned: datetime.datetime | None | Unset = UNSET
    readme: datetime.datetime | None | Unset = UNSET
    finished: datetime.datetime | None | Unset = UNSET
    error: datetime.datetime | None | Unset = UNSET
    claimed: datetime.datetime | None | Unset = UNSET
    bundled: datetime.datetime | None | Unset = UNSET
    dockerfile: datetime.datetime | None | Unset = UNSET
    failure: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data: what was received, unknown fields included."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        uploaded = self._raw_uploaded
        if uploaded.__class__ is not str and uploaded is not None and uploaded is not UNSET:
            uploaded = timestamp_text(uploaded)
        if uploaded is not UNSET:
            field_dict["uploaded"] = uploaded

        built = self._raw_built
        if built.__class__ is not str and built is not None and built is not UNSET:
            built = timestamp_text(built)
        if built is not UNSET:
            field_dict["built"] = built

        created = self._raw_created
        if created.__class__ is not str and created is not None and created is not UNSET:
            created = timestamp_text(created)
        if created is not UNSET:
            field_dict["created"] = created

        started = self._raw_started
        if started.__class__ is not str and started is not None and started is not UNSET:
            started = timestamp_text(started)
        if started is not UNSET:
            field_dict["started"] = started

        cloned = self._raw_cloned
        if cloned.__class__ is not str and cloned is not None and cloned is not UNSET:
            cloned = timestamp_text(cloned)
        if cloned is not UNSET:
            field_dict["cloned"] = cloned

        readme = self._raw_readme
        if readme.__class__ is not str and readme is not None and readme is not UNSET:
            readme = timestamp_text(readme)
        if readme is not UNSET:
            field_dict["readme"] = readme

        finished = self._raw_finished
        if finished.__class__ is not str and finished is not None and finished is not UNSET:
            finished = timestamp_text(finished)
        if finished is not UNSET:
            field_dict["finished"] = finished

        error = self._raw_error
        if error.__class__ is not str and error is not None and error is not UNSET:
            error = timestamp_text(error)
        if error is not UNSET:
            field_dict["error"] = error

        claimed = self._raw_claimed
        if claimed.__class__ is not str and claimed is not None and claimed is not UNSET:
            claimed = timestamp_text(claimed)
        if claimed is not UNSET:
            field_dict["claimed"] = claimed

        bundled = self._raw_bundled
        if bundled.__class__ is not str and bundled is not None and bundled is not UNSET:
            bundled = timestamp_text(bundled)
        if bundled is not UNSET:
            field_dict["bundled"] = bundled

        dockerfile = self._raw_dockerfile
        if dockerfile.__class__ is not str and dockerfile is not None and dockerfile is not UNSET:
            dockerfile = timestamp_text(dockerfile)
        if dockerfile is not UNSET:
            field_dict["dockerfile"] = dockerfile

        failure = self._raw_failure
        if failure.__class__ is not str and failure is not None and failure is not UNSET:
            failure = timestamp_text(failure)
        if failure is not UNSET:
            field_dict["failure"] = failure

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse the JSON object ``src_dict``; ``UnexpectedShapeError`` when it does not fit.

        Everything is checked here; nested models are built on the first read of their
        field, from the data given (kept, not copied, until then).
        """
        _src = src_dict
        if _src.__class__ is not dict and not isinstance(_src, Mapping):
            raise UnexpectedShapeError(f"BuildMetrics: expected an object, got {type(_src).__name__}")
        try:
            _get = _src.get
            _obj = _new(cls)
            uploaded = _get("uploaded", UNSET)
            if uploaded.__class__ is str:
                if uploaded:
                    check_timestamp(uploaded)
            elif uploaded is not None and uploaded is not UNSET and not isinstance(uploaded, datetime.datetime):
                raise UnexpectedShapeError(
                    f"BuildMetrics.uploaded: expected a timestamp or null, got {type(uploaded).__name__}"
                )
            _obj._raw_uploaded = uploaded

            built = _get("built", UNSET)
            if built.__class__ is str:
                if built:
                    check_timestamp(built)
            elif built is not None and built is not UNSET and not isinstance(built, datetime.datetime):
                raise UnexpectedShapeError(
                    f"BuildMetrics.built: expected a timestamp or null, got {type(built).__name__}"
                )
            _obj._raw_built = built

            created = _get("created", UNSET)
            if created.__class__ is str:
                if created:
                    check_timestamp(created)
            elif created is not None and created is not UNSET and not isinstance(created, datetime.datetime):
                raise UnexpectedShapeError(
                    f"BuildMetrics.created: expected a timestamp or null, got {type(created).__name__}"
                )
            _obj._raw_created = created

            started = _get("started", UNSET)
            if started.__class__ is str:
                if started:
                    check_timestamp(started)
            elif started is not None and started is not UNSET and not isinstance(started, datetime.datetime):
                raise UnexpectedShapeError(
                    f"BuildMetrics.started: expected a timestamp or null, got {type(started).__name__}"
                )
            _obj._raw_started = started

            cloned = _get("cloned", UNSET)
            if cloned.__class__ is str:
                if cloned:
                    check_timestamp(cloned)
            elif cloned is not None and cloned is not UNSET and not isinstance(cloned, datetime.datetime):
                raise UnexpectedShapeError(
                    f"BuildMetrics.cloned: expected a timestamp or null, got {type(cloned).__name__}"
                )
            _obj._raw_cloned = cloned

            readme = _get("readme", UNSET)
            if readme.__class__ is str:
                if readme:
                    check_timestamp(readme)
            elif readme is not None and readme is not UNSET and not isinstance(readme, datetime.datetime):
                raise UnexpectedShapeError(
                    f"BuildMetrics.readme: expected a timestamp or null, got {type(readme).__name__}"
                )
            _obj._raw_readme = readme

            finished = _get("finished", UNSET)
            if finished.__class__ is str:
                if finished:
                    check_timestamp(finished)
            elif finished is not None and finished is not UNSET and not isinstance(finished, datetime.datetime):
                raise UnexpectedShapeError(
                    f"BuildMetrics.finished: expected a timestamp or null, got {type(finished).__name__}"
                )
            _obj._raw_finished = finished

            error = _get("error", UNSET)
            if error.__class__ is str:
                if error:
                    check_timestamp(error)
            elif error is not None and error is not UNSET and not isinstance(error, datetime.datetime):
                raise UnexpectedShapeError(
                    f"BuildMetrics.error: expected a timestamp or null, got {type(error).__name__}"
                )
            _obj._raw_error = error

            claimed = _get("claimed", UNSET)
            if claimed.__class__ is str:
                if claimed:
                    check_timestamp(claimed)
            elif claimed is not None and claimed is not UNSET and not isinstance(claimed, datetime.datetime):
                raise UnexpectedShapeError(
                    f"BuildMetrics.claimed: expected a timestamp or null, got {type(claimed).__name__}"
                )
            _obj._raw_claimed = claimed

            bundled = _get("bundled", UNSET)
            if bundled.__class__ is str:
                if bundled:
                    check_timestamp(bundled)
            elif bundled is not None and bundled is not UNSET and not isinstance(bundled, datetime.datetime):
                raise UnexpectedShapeError(
                    f"BuildMetrics.bundled: expected a timestamp or null, got {type(bundled).__name__}"
                )
            _obj._raw_bundled = bundled

            dockerfile = _get("dockerfile", UNSET)
            if dockerfile.__class__ is str:
                if dockerfile:
                    check_timestamp(dockerfile)
            elif dockerfile is not None and dockerfile is not UNSET and not isinstance(dockerfile, datetime.datetime):
                raise UnexpectedShapeError(
                    f"BuildMetrics.dockerfile: expected a timestamp or null, got {type(dockerfile).__name__}"
                )
            _obj._raw_dockerfile = dockerfile

            failure = _get("failure", UNSET)
            if failure.__class__ is str:
                if failure:
                    check_timestamp(failure)
            elif failure is not None and failure is not UNSET and not isinstance(failure, datetime.datetime):
                raise UnexpectedShapeError(
                    f"BuildMetrics.failure: expected a timestamp or null, got {type(failure).__name__}"
                )
            _obj._raw_failure = failure

            _obj.additional_properties = (
                {} if _KNOWN.issuperset(_src) else {key: value for key, value in _src.items() if key not in _KNOWN}
            )

        except UnexpectedShapeError:
            raise
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise UnexpectedShapeError(f"BuildMetrics: {type(exc).__name__}: {exc}") from exc
        if cls is not BuildMetrics:
            init_missing(_obj)
        return _obj

    @staticmethod
    def _check(_src: Any) -> None:
        """Raise ``UnexpectedShapeError`` where ``from_dict`` would; build nothing."""
        if _src.__class__ is not dict and not isinstance(_src, Mapping):
            raise UnexpectedShapeError(f"BuildMetrics: expected an object, got {type(_src).__name__}")
        try:
            _get = _src.get
            uploaded = _get("uploaded", UNSET)
            if uploaded.__class__ is str:
                if uploaded:
                    check_timestamp(uploaded)
            elif uploaded is not None and uploaded is not UNSET and not isinstance(uploaded, datetime.datetime):
                raise UnexpectedShapeError(
                    f"BuildMetrics.uploaded: expected a timestamp or null, got {type(uploaded).__name__}"
                )

            built = _get("built", UNSET)
            if built.__class__ is str:
                if built:
                    check_timestamp(built)
            elif built is not None and built is not UNSET and not isinstance(built, datetime.datetime):
                raise UnexpectedShapeError(
                    f"BuildMetrics.built: expected a timestamp or null, got {type(built).__name__}"
                )

            created = _get("created", UNSET)
            if created.__class__ is str:
                if created:
                    check_timestamp(created)
            elif created is not None and created is not UNSET and not isinstance(created, datetime.datetime):
                raise UnexpectedShapeError(
                    f"BuildMetrics.created: expected a timestamp or null, got {type(created).__name__}"
                )

            started = _get("started", UNSET)
            if started.__class__ is str:
                if started:
                    check_timestamp(started)
            elif started is not None and started is not UNSET and not isinstance(started, datetime.datetime):
                raise UnexpectedShapeError(
                    f"BuildMetrics.started: expected a timestamp or null, got {type(started).__name__}"
                )

            cloned = _get("cloned", UNSET)
            if cloned.__class__ is str:
                if cloned:
                    check_timestamp(cloned)
            elif cloned is not None and cloned is not UNSET and not isinstance(cloned, datetime.datetime):
                raise UnexpectedShapeError(
                    f"BuildMetrics.cloned: expected a timestamp or null, got {type(cloned).__name__}"
                )

            readme = _get("readme", UNSET)
            if readme.__class__ is str:
                if readme:
                    check_timestamp(readme)
            elif readme is not None and readme is not UNSET and not isinstance(readme, datetime.datetime):
                raise UnexpectedShapeError(
                    f"BuildMetrics.readme: expected a timestamp or null, got {type(readme).__name__}"
                )

            finished = _get("finished", UNSET)
            if finished.__class__ is str:
                if finished:
                    check_timestamp(finished)
            elif finished is not None and finished is not UNSET and not isinstance(finished, datetime.datetime):
                raise UnexpectedShapeError(
                    f"BuildMetrics.finished: expected a timestamp or null, got {type(finished).__name__}"
                )

            error = _get("error", UNSET)
            if error.__class__ is str:
                if error:
                    check_timestamp(error)
            elif error is not None and error is not UNSET and not isinstance(error, datetime.datetime):
                raise UnexpectedShapeError(
                    f"BuildMetrics.error: expected a timestamp or null, got {type(error).__name__}"
                )

            claimed = _get("claimed", UNSET)
            if claimed.__class__ is str:
                if claimed:
                    check_timestamp(claimed)
            elif claimed is not None and claimed is not UNSET and not isinstance(claimed, datetime.datetime):
                raise UnexpectedShapeError(
                    f"BuildMetrics.claimed: expected a timestamp or null, got {type(claimed).__name__}"
                )

            bundled = _get("bundled", UNSET)
            if bundled.__class__ is str:
                if bundled:
                    check_timestamp(bundled)
            elif bundled is not None and bundled is not UNSET and not isinstance(bundled, datetime.datetime):
                raise UnexpectedShapeError(
                    f"BuildMetrics.bundled: expected a timestamp or null, got {type(bundled).__name__}"
                )

            dockerfile = _get("dockerfile", UNSET)
            if dockerfile.__class__ is str:
                if dockerfile:
                    check_timestamp(dockerfile)
            elif dockerfile is not None and dockerfile is not UNSET and not isinstance(dockerfile, datetime.datetime):
                raise UnexpectedShapeError(
                    f"BuildMetrics.dockerfile: expected a timestamp or null, got {type(dockerfile).__name__}"
                )

            failure = _get("failure", UNSET)
            if failure.__class__ is str:
                if failure:
                    check_timestamp(failure)
            elif failure is not None and failure is not UNSET and not isinstance(failure, datetime.datetime):
                raise UnexpectedShapeError(
                    f"BuildMetrics.failure: expected a timestamp or null, got {type(failure).__name__}"
                )

            return
        except UnexpectedShapeError:
            raise
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise UnexpectedShapeError(f"BuildMetrics: {type(exc).__name__}: {exc}") from exc

    @classmethod
    def _build(cls, _src: Any) -> BuildMetrics:
        """Build from data ``_check`` accepted (a nested field's first read)."""
        _get = _src.get
        _obj = _new(cls)
        _obj._raw_uploaded = _get("uploaded", UNSET)

        _obj._raw_built = _get("built", UNSET)

        _obj._raw_created = _get("created", UNSET)

        _obj._raw_started = _get("started", UNSET)

        _obj._raw_cloned = _get("cloned", UNSET)

        _obj._raw_readme = _get("readme", UNSET)

        _obj._raw_finished = _get("finished", UNSET)

        _obj._raw_error = _get("error", UNSET)

        _obj._raw_claimed = _get("claimed", UNSET)

        _obj._raw_bundled = _get("bundled", UNSET)

        _obj._raw_dockerfile = _get("dockerfile", UNSET)

        _obj._raw_failure = _get("failure", UNSET)

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
        "uploaded",
        "built",
        "created",
        "started",
        "cloned",
        "readme",
        "finished",
        "error",
        "claimed",
        "bundled",
        "dockerfile",
        "failure",
    }
)
lazy_timestamps(
    BuildMetrics,
    "uploaded",
    "built",
    "created",
    "started",
    "cloned",
    "readme",
    "finished",
    "error",
    "claimed",
    "bundled",
    "dockerfile",
    "failure",
)
