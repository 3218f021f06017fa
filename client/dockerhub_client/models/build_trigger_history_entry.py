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

T = TypeVar("T", bound="BuildTriggerHistoryEntry")


class _BuildTriggerHistoryEntryRaw:
    """What each timestamp or nested-model field holds behind its property: the received
    value until the first read (a nested model's data in a 1-tuple), then the parsed one."""

    __slots__ = ("_raw_created",)
    _raw_created: Any


@_attrs_define
class BuildTriggerHistoryEntry(_BuildTriggerHistoryEntryRaw):
    """One call made to a build trigger. `ip_address` may carry trailing whitespace.

    Attributes:
        ip_address (str | Unset):
        result (str | Unset):
        result_desc (str | Unset):
        user_agent (str | Unset):
        request_body (None | str | Unset):
        created (datetime.datetime | None | Unset):
        build_code (None | str | Unset):
    """

    ip_address: str | Unset = UNSET
    result: str | Unset = UNSET
    result_desc: str | Unset = UNSET
    user_agent: str | Unset = UNSET
    request_body: None | str | Unset = UNSET
    created: datetime.datetime | None | Unset = UNSET
    build_code: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data: what was received, unknown fields included."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.ip_address is not UNSET:
            field_dict["ip_address"] = self.ip_address

        if self.result is not UNSET:
            field_dict["result"] = self.result

        if self.result_desc is not UNSET:
            field_dict["result_desc"] = self.result_desc

        if self.user_agent is not UNSET:
            field_dict["user_agent"] = self.user_agent

        if self.request_body is not UNSET:
            field_dict["request_body"] = self.request_body

        created = self._raw_created
        if created.__class__ is not str and created is not None and created is not UNSET:
            created = timestamp_text(created)
        if created is not UNSET:
            field_dict["created"] = created

        if self.build_code is not UNSET:
            field_dict["build_code"] = self.build_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse the JSON object ``src_dict``; ``UnexpectedShapeError`` when it does not fit.

        Everything is checked here; nested models are built on the first read of their
        field, from the data given (kept, not copied, until then).
        """
        _src = src_dict
        if _src.__class__ is not dict and not isinstance(_src, Mapping):
            raise UnexpectedShapeError(f"BuildTriggerHistoryEntry: expected an object, got {type(_src).__name__}")
        try:
            _get = _src.get
            _obj = _new(cls)
            _obj.ip_address = _get("ip_address", UNSET)

            _obj.result = _get("result", UNSET)

            _obj.result_desc = _get("result_desc", UNSET)

            _obj.user_agent = _get("user_agent", UNSET)

            _obj.request_body = _get("request_body", UNSET)

            created = _get("created", UNSET)
            if created.__class__ is str:
                if created:
                    check_timestamp(created)
            elif created is not None and created is not UNSET and not isinstance(created, datetime.datetime):
                raise UnexpectedShapeError(
                    f"BuildTriggerHistoryEntry.created: expected a timestamp or null, got {type(created).__name__}"
                )
            _obj._raw_created = created

            _obj.build_code = _get("build_code", UNSET)

            _obj.additional_properties = (
                {} if _KNOWN.issuperset(_src) else {key: value for key, value in _src.items() if key not in _KNOWN}
            )

        except UnexpectedShapeError:
            raise
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise UnexpectedShapeError(f"BuildTriggerHistoryEntry: {type(exc).__name__}: {exc}") from exc
        if cls is not BuildTriggerHistoryEntry:
            init_missing(_obj)
        return _obj

    @staticmethod
    def _check(_src: Any) -> None:
        """Raise ``UnexpectedShapeError`` where ``from_dict`` would; build nothing."""
        if _src.__class__ is not dict and not isinstance(_src, Mapping):
            raise UnexpectedShapeError(f"BuildTriggerHistoryEntry: expected an object, got {type(_src).__name__}")
        try:
            _get = _src.get

            created = _get("created", UNSET)
            if created.__class__ is str:
                if created:
                    check_timestamp(created)
            elif created is not None and created is not UNSET and not isinstance(created, datetime.datetime):
                raise UnexpectedShapeError(
                    f"BuildTriggerHistoryEntry.created: expected a timestamp or null, got {type(created).__name__}"
                )

            return
        except UnexpectedShapeError:
            raise
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise UnexpectedShapeError(f"BuildTriggerHistoryEntry: {type(exc).__name__}: {exc}") from exc

    @classmethod
    def _build(cls, _src: Any) -> BuildTriggerHistoryEntry:
        """Build from data ``_check`` accepted (a nested field's first read)."""
        _get = _src.get
        _obj = _new(cls)
        _obj.ip_address = _get("ip_address", UNSET)

        _obj.result = _get("result", UNSET)

        _obj.result_desc = _get("result_desc", UNSET)

        _obj.user_agent = _get("user_agent", UNSET)

        _obj.request_body = _get("request_body", UNSET)

        _obj._raw_created = _get("created", UNSET)

        _obj.build_code = _get("build_code", UNSET)

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
        "ip_address",
        "result",
        "result_desc",
        "user_agent",
        "request_body",
        "created",
        "build_code",
    }
)
lazy_timestamps(
    BuildTriggerHistoryEntry,
    "created",
)
