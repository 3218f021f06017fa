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

T = TypeVar("T", bound="Build")


class _BuildRaw:
    """What each timestamp or nested-model field holds behind its property: the received
    value until the first read (a nested model's data in a 1-tuple), then the parsed one."""

    __slots__ = (
        "_raw_created_date",
        "_raw_last_updated",
    )
    _raw_created_date: Any
    _raw_last_updated: Any


@_attrs_define
class Build(_BuildRaw):
    """One entry of the build history. `status` is -1 for a failed build and 10 for a
    successful one; other values mean the build is in progress.

        Attributes:
            id (int | Unset):
            status (int | Unset):
            created_date (datetime.datetime | None | Unset):
            last_updated (datetime.datetime | None | Unset):
            build_code (str | Unset):
            dockertag_name (str | Unset):
            cause (None | str | Unset):
    """

    id: int | Unset = UNSET
    status: int | Unset = UNSET
    created_date: datetime.datetime | None | Unset = UNSET
    last_updated: datetime.datetime | None | Unset = UNSET
    build_code: str | Unset = UNSET
    dockertag_name: str | Unset = UNSET
    cause: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data: what was received, unknown fields included."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.id is not UNSET:
            field_dict["id"] = self.id

        if self.status is not UNSET:
            field_dict["status"] = self.status

        created_date = self._raw_created_date
        if created_date.__class__ is not str and created_date is not None and created_date is not UNSET:
            created_date = timestamp_text(created_date)
        if created_date is not UNSET:
            field_dict["created_date"] = created_date

        last_updated = self._raw_last_updated
        if last_updated.__class__ is not str and last_updated is not None and last_updated is not UNSET:
            last_updated = timestamp_text(last_updated)
        if last_updated is not UNSET:
            field_dict["last_updated"] = last_updated

        if self.build_code is not UNSET:
            field_dict["build_code"] = self.build_code

        if self.dockertag_name is not UNSET:
            field_dict["dockertag_name"] = self.dockertag_name

        if self.cause is not UNSET:
            field_dict["cause"] = self.cause

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse the JSON object ``src_dict``; ``UnexpectedShapeError`` when it does not fit.

        Everything is checked here; nested models are built on the first read of their
        field, from the data given (kept, not copied, until then).
        """
        _src = src_dict
        if _src.__class__ is not dict and not isinstance(_src, Mapping):
            raise UnexpectedShapeError(f"Build: expected an object, got {type(_src).__name__}")
        try:
            _get = _src.get
            _obj = _new(cls)
            _obj.id = _get("id", UNSET)

            _obj.status = _get("status", UNSET)

            created_date = _get("created_date", UNSET)
            if created_date.__class__ is str:
                if created_date:
                    check_timestamp(created_date)
            elif (
                created_date is not None
                and created_date is not UNSET
                and not isinstance(created_date, datetime.datetime)
            ):
                raise UnexpectedShapeError(
                    f"Build.created_date: expected a timestamp or null, got {type(created_date).__name__}"
                )
            _obj._raw_created_date = created_date

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
                    f"Build.last_updated: expected a timestamp or null, got {type(last_updated).__name__}"
                )
            _obj._raw_last_updated = last_updated

            _obj.build_code = _get("build_code", UNSET)

            _obj.dockertag_name = _get("dockertag_name", UNSET)

            _obj.cause = _get("cause", UNSET)

            _obj.additional_properties = (
                {} if _KNOWN.issuperset(_src) else {key: value for key, value in _src.items() if key not in _KNOWN}
            )

        except UnexpectedShapeError:
            raise
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise UnexpectedShapeError(f"Build: {type(exc).__name__}: {exc}") from exc
        if cls is not Build:
            init_missing(_obj)
        return _obj

    @staticmethod
    def _check(_src: Any) -> None:
        """Raise ``UnexpectedShapeError`` where ``from_dict`` would; build nothing."""
        if _src.__class__ is not dict and not isinstance(_src, Mapping):
            raise UnexpectedShapeError(f"Build: expected an object, got {type(_src).__name__}")
        try:
            _get = _src.get

            created_date = _get("created_date", UNSET)
            if created_date.__class__ is str:
                if created_date:
                    check_timestamp(created_date)
            elif (
                created_date is not None
                and created_date is not UNSET
                and not isinstance(created_date, datetime.datetime)
            ):
                raise UnexpectedShapeError(
                    f"Build.created_date: expected a timestamp or null, got {type(created_date).__name__}"
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
                    f"Build.last_updated: expected a timestamp or null, got {type(last_updated).__name__}"
                )

            return
        except UnexpectedShapeError:
            raise
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise UnexpectedShapeError(f"Build: {type(exc).__name__}: {exc}") from exc

    @classmethod
    def _build(cls, _src: Any) -> Build:
        """Build from data ``_check`` accepted (a nested field's first read)."""
        _get = _src.get
        _obj = _new(cls)
        _obj.id = _get("id", UNSET)

        _obj.status = _get("status", UNSET)

        _obj._raw_created_date = _get("created_date", UNSET)

        _obj._raw_last_updated = _get("last_updated", UNSET)

        _obj.build_code = _get("build_code", UNSET)

        _obj.dockertag_name = _get("dockertag_name", UNSET)

        _obj.cause = _get("cause", UNSET)

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
        "id",
        "status",
        "created_date",
        "last_updated",
        "build_code",
        "dockertag_name",
        "cause",
    }
)
lazy_timestamps(
    Build,
    "created_date",
    "last_updated",
)
