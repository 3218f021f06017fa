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
    from ..models.audit_log_event_data import AuditLogEventData


T = TypeVar("T", bound="AuditLogEvent")


class _AuditLogEventRaw:
    """What each timestamp or nested-model field holds behind its property: the received
    value until the first read (a nested model's data in a 1-tuple), then the parsed one."""

    __slots__ = (
        "_raw_timestamp",
        "_raw_data",
    )
    _raw_timestamp: Any
    _raw_data: Any


@_attrs_define
class AuditLogEvent(_AuditLogEventRaw):
    """One audit event.

    Attributes:
        account (str | Unset):
        action (str | Unset):
        name (str | Unset):
        actor (str | Unset):
        data (AuditLogEventData | None | Unset): Action-specific details.
        timestamp (datetime.datetime | None | Unset):
        action_description (str | Unset):
    """

    account: str | Unset = UNSET
    action: str | Unset = UNSET
    name: str | Unset = UNSET
    actor: str | Unset = UNSET
    data: AuditLogEventData | None | Unset = UNSET
    timestamp: datetime.datetime | None | Unset = UNSET
    action_description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data: what was received, unknown fields included."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.account is not UNSET:
            field_dict["account"] = self.account

        if self.action is not UNSET:
            field_dict["action"] = self.action

        if self.name is not UNSET:
            field_dict["name"] = self.name

        if self.actor is not UNSET:
            field_dict["actor"] = self.actor

        data = self.data
        if not isinstance(data, Unset):
            field_dict["data"] = None if data is None else data.to_dict()

        timestamp = self._raw_timestamp
        if timestamp.__class__ is not str and timestamp is not None and timestamp is not UNSET:
            timestamp = timestamp_text(timestamp)
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp

        if self.action_description is not UNSET:
            field_dict["action_description"] = self.action_description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse the JSON object ``src_dict``; ``UnexpectedShapeError`` when it does not fit.

        Everything is checked here; nested models are built on the first read of their
        field, from the data given (kept, not copied, until then).
        """
        _src = src_dict
        if _src.__class__ is not dict and not isinstance(_src, Mapping):
            raise UnexpectedShapeError(f"AuditLogEvent: expected an object, got {type(_src).__name__}")
        try:
            _get = _src.get
            _obj = _new(cls)
            _obj.account = _get("account", UNSET)

            _obj.action = _get("action", UNSET)

            _obj.name = _get("name", UNSET)

            _obj.actor = _get("actor", UNSET)

            data = _get("data", UNSET)
            if data is not None and data is not UNSET:
                AuditLogEventData._check(data)
                data = (data,)
            _obj._raw_data = data

            timestamp = _get("timestamp", UNSET)
            if timestamp.__class__ is str:
                if timestamp:
                    check_timestamp(timestamp)
            elif timestamp is not None and timestamp is not UNSET and not isinstance(timestamp, datetime.datetime):
                raise UnexpectedShapeError(
                    f"AuditLogEvent.timestamp: expected a timestamp or null, got {type(timestamp).__name__}"
                )
            _obj._raw_timestamp = timestamp

            _obj.action_description = _get("action_description", UNSET)

            _obj.additional_properties = (
                {} if _KNOWN.issuperset(_src) else {key: value for key, value in _src.items() if key not in _KNOWN}
            )

        except UnexpectedShapeError:
            raise
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise UnexpectedShapeError(f"AuditLogEvent: {type(exc).__name__}: {exc}") from exc
        if cls is not AuditLogEvent:
            init_missing(_obj)
        return _obj

    @staticmethod
    def _check(_src: Any) -> None:
        """Raise ``UnexpectedShapeError`` where ``from_dict`` would; build nothing."""
        if _src.__class__ is not dict and not isinstance(_src, Mapping):
            raise UnexpectedShapeError(f"AuditLogEvent: expected an object, got {type(_src).__name__}")
        try:
            _get = _src.get

            data = _get("data", UNSET)
            if data is not None and data is not UNSET:
                AuditLogEventData._check(data)

            timestamp = _get("timestamp", UNSET)
            if timestamp.__class__ is str:
                if timestamp:
                    check_timestamp(timestamp)
            elif timestamp is not None and timestamp is not UNSET and not isinstance(timestamp, datetime.datetime):
                raise UnexpectedShapeError(
                    f"AuditLogEvent.timestamp: expected a timestamp or null, got {type(timestamp).__name__}"
                )

            return
        except UnexpectedShapeError:
            raise
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise UnexpectedShapeError(f"AuditLogEvent: {type(exc).__name__}: {exc}") from exc

    @classmethod
    def _build(cls, _src: Any) -> AuditLogEvent:
        """Build from data ``_check`` accepted (a nested field's first read)."""
        _get = _src.get
        _obj = _new(cls)
        _obj.account = _get("account", UNSET)

        _obj.action = _get("action", UNSET)

        _obj.name = _get("name", UNSET)

        _obj.actor = _get("actor", UNSET)

        data = _get("data", UNSET)
        _obj._raw_data = data if data is None or data is UNSET else (data,)

        _obj._raw_timestamp = _get("timestamp", UNSET)

        _obj.action_description = _get("action_description", UNSET)

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
        "account",
        "action",
        "name",
        "actor",
        "data",
        "timestamp",
        "action_description",
    }
)
lazy_timestamps(
    AuditLogEvent,
    "timestamp",
)

# The models this one refers to, imported after the class so that cycles resolve.
from ..models.audit_log_event_data import AuditLogEventData  # noqa: E402

lazy_models(
    AuditLogEvent,
    data=lambda data: AuditLogEventData._build(data),
)
