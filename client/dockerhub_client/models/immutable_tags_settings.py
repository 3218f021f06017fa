from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    UnexpectedShapeError,
    Unset,
    init_missing,
)

T = TypeVar("T", bound="ImmutableTagsSettings")


@_attrs_define
class ImmutableTagsSettings:
    """
    Attributes:
        enabled (bool | Unset):
        rules (list[str] | None | Unset):
    """

    enabled: bool | Unset = UNSET
    rules: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data: what was received, unknown fields included."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.enabled is not UNSET:
            field_dict["enabled"] = self.enabled

        rules = self.rules
        if not isinstance(rules, Unset):
            field_dict["rules"] = None if rules is None else list(rules)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse the JSON object ``src_dict``; ``UnexpectedShapeError`` when it does not fit.

        Everything is checked here; nested models are built on the first read of their
        field, from the data given (kept, not copied, until then).
        """
        _src = src_dict
        if _src.__class__ is not dict and not isinstance(_src, Mapping):
            raise UnexpectedShapeError(f"ImmutableTagsSettings: expected an object, got {type(_src).__name__}")
        try:
            _get = _src.get
            _obj = _new(cls)
            _obj.enabled = _get("enabled", UNSET)

            rules = _get("rules", UNSET)
            if rules.__class__ is not list and rules is not None and rules is not UNSET:
                raise UnexpectedShapeError(
                    f"ImmutableTagsSettings.rules: expected a list or null, got {type(rules).__name__}"
                )
            _obj.rules = rules

            _obj.additional_properties = (
                {} if _KNOWN.issuperset(_src) else {key: value for key, value in _src.items() if key not in _KNOWN}
            )

        except UnexpectedShapeError:
            raise
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise UnexpectedShapeError(f"ImmutableTagsSettings: {type(exc).__name__}: {exc}") from exc
        if cls is not ImmutableTagsSettings:
            init_missing(_obj)
        return _obj

    @staticmethod
    def _check(_src: Any) -> None:
        """Raise ``UnexpectedShapeError`` where ``from_dict`` would; build nothing."""
        if _src.__class__ is not dict and not isinstance(_src, Mapping):
            raise UnexpectedShapeError(f"ImmutableTagsSettings: expected an object, got {type(_src).__name__}")
        try:
            _get = _src.get

            rules = _get("rules", UNSET)
            if rules.__class__ is not list and rules is not None and rules is not UNSET:
                raise UnexpectedShapeError(
                    f"ImmutableTagsSettings.rules: expected a list or null, got {type(rules).__name__}"
                )

            return
        except UnexpectedShapeError:
            raise
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise UnexpectedShapeError(f"ImmutableTagsSettings: {type(exc).__name__}: {exc}") from exc

    @classmethod
    def _build(cls, _src: Any) -> ImmutableTagsSettings:
        """Build from data ``_check`` accepted (a nested field's first read)."""
        _get = _src.get
        _obj = _new(cls)
        _obj.enabled = _get("enabled", UNSET)

        _obj.rules = _get("rules", UNSET)

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
        "enabled",
        "rules",
    }
)
