from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UnexpectedShapeError,
    init_missing,
)

if TYPE_CHECKING:
    from ..models.audit_log_action_group import AuditLogActionGroup


T = TypeVar("T", bound="AuditLogActionsActions")


@_attrs_define
class AuditLogActionsActions:
    additional_properties: dict[str, AuditLogActionGroup] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data: what was received, unknown fields included."""
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse the JSON object ``src_dict``; ``UnexpectedShapeError`` when it does not fit.

        Everything is checked here; nested models are built on the first read of their
        field, from the data given (kept, not copied, until then).
        """
        _src = src_dict
        if _src.__class__ is not dict and not isinstance(_src, Mapping):
            raise UnexpectedShapeError(f"AuditLogActionsActions: expected an object, got {type(_src).__name__}")
        try:
            _obj = _new(cls)
            additional_properties = {}
            for prop_name, prop_dict in _src.items():
                if prop_name in _KNOWN:
                    continue
                additional_property = AuditLogActionGroup.from_dict(prop_dict)

                additional_properties[prop_name] = additional_property
            _obj.additional_properties = additional_properties

        except UnexpectedShapeError:
            raise
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise UnexpectedShapeError(f"AuditLogActionsActions: {type(exc).__name__}: {exc}") from exc
        if cls is not AuditLogActionsActions:
            init_missing(_obj)
        return _obj

    @staticmethod
    def _check(_src: Any) -> None:
        """Raise ``UnexpectedShapeError`` where ``from_dict`` would; build nothing."""
        if _src.__class__ is not dict and not isinstance(_src, Mapping):
            raise UnexpectedShapeError(f"AuditLogActionsActions: expected an object, got {type(_src).__name__}")
        try:
            additional_properties = {}
            for prop_name, prop_dict in _src.items():
                if prop_name in _KNOWN:
                    continue
                additional_property = AuditLogActionGroup.from_dict(prop_dict)

                additional_properties[prop_name] = additional_property

            return
        except UnexpectedShapeError:
            raise
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise UnexpectedShapeError(f"AuditLogActionsActions: {type(exc).__name__}: {exc}") from exc

    @classmethod
    def _build(cls, _src: Any) -> AuditLogActionsActions:
        """Build from data ``_check`` accepted (a nested field's first read)."""
        _obj = _new(cls)
        additional_properties = {}
        for prop_name, prop_dict in _src.items():
            if prop_name in _KNOWN:
                continue
            additional_property = AuditLogActionGroup.from_dict(prop_dict)

            additional_properties[prop_name] = additional_property
        _obj.additional_properties = additional_properties

        return _obj

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> AuditLogActionGroup:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: AuditLogActionGroup) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


_new = object.__new__
_KNOWN: frozenset[str] = frozenset({})

# The models this one refers to, imported after the class so that cycles resolve.
from ..models.audit_log_action_group import AuditLogActionGroup  # noqa: E402
