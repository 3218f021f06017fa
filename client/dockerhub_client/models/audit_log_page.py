from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    UnexpectedShapeError,
    Unset,
    init_missing,
    lazy_models,
)

if TYPE_CHECKING:
    from ..models.audit_log_event import AuditLogEvent


T = TypeVar("T", bound="AuditLogPage")


class _AuditLogPageRaw:
    """What each timestamp or nested-model field holds behind its property: the received
    value until the first read (a nested model's data in a 1-tuple), then the parsed one."""

    __slots__ = ("_raw_logs",)
    _raw_logs: Any


@_attrs_define
class AuditLogPage(_AuditLogPageRaw):
    """One page of audit events under `logs`. The Hub sends no `count`, `next` or
    `previous`: walk by `page` until a page is shorter than `page_size` or empty.

        Attributes:
            logs (list[AuditLogEvent] | None | Unset):
    """

    logs: list[AuditLogEvent] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data: what was received, unknown fields included."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        logs = self.logs
        if not isinstance(logs, Unset):
            field_dict["logs"] = None if logs is None else [logs_item.to_dict() for logs_item in logs]

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse the JSON object ``src_dict``; ``UnexpectedShapeError`` when it does not fit.

        Everything is checked here; nested models are built on the first read of their
        field, from the data given (kept, not copied, until then).
        """
        _src = src_dict
        if _src.__class__ is not dict and not isinstance(_src, Mapping):
            raise UnexpectedShapeError(f"AuditLogPage: expected an object, got {type(_src).__name__}")
        try:
            _get = _src.get
            _obj = _new(cls)
            logs = _get("logs", UNSET)
            if logs.__class__ is list:
                logs_check = AuditLogEvent._check
                for logs_item in logs:
                    logs_check(logs_item)
                logs = (logs,)
            elif logs is not None and logs is not UNSET:
                raise UnexpectedShapeError(f"AuditLogPage.logs: expected a list or null, got {type(logs).__name__}")
            _obj._raw_logs = logs

            _obj.additional_properties = (
                {} if _KNOWN.issuperset(_src) else {key: value for key, value in _src.items() if key not in _KNOWN}
            )

        except UnexpectedShapeError:
            raise
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise UnexpectedShapeError(f"AuditLogPage: {type(exc).__name__}: {exc}") from exc
        if cls is not AuditLogPage:
            init_missing(_obj)
        return _obj

    @staticmethod
    def _check(_src: Any) -> None:
        """Raise ``UnexpectedShapeError`` where ``from_dict`` would; build nothing."""
        if _src.__class__ is not dict and not isinstance(_src, Mapping):
            raise UnexpectedShapeError(f"AuditLogPage: expected an object, got {type(_src).__name__}")
        try:
            _get = _src.get
            logs = _get("logs", UNSET)
            if logs.__class__ is list:
                logs_check = AuditLogEvent._check
                for logs_item in logs:
                    logs_check(logs_item)
            elif logs is not None and logs is not UNSET:
                raise UnexpectedShapeError(f"AuditLogPage.logs: expected a list or null, got {type(logs).__name__}")

            return
        except UnexpectedShapeError:
            raise
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise UnexpectedShapeError(f"AuditLogPage: {type(exc).__name__}: {exc}") from exc

    @classmethod
    def _build(cls, _src: Any) -> AuditLogPage:
        """Build from data ``_check`` accepted (a nested field's first read)."""
        _get = _src.get
        _obj = _new(cls)
        logs = _get("logs", UNSET)
        _obj._raw_logs = (logs,) if logs.__class__ is list else logs

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
        "logs",
    }
)

# The models this one refers to, imported after the class so that cycles resolve.
from ..models.audit_log_event import AuditLogEvent  # noqa: E402

lazy_models(
    AuditLogPage,
    logs=lambda items: [AuditLogEvent._build(item) for item in items],
)
