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

T = TypeVar("T", bound="TriggerBuildRequest")


@_attrs_define
class TriggerBuildRequest:
    """
    Attributes:
        dockerfile_location (str | Unset):  Default: '/'.
        source_type (str | Unset):  Default: 'Branch'.
        source_name (str | Unset):  Default: 'master'.
    """

    dockerfile_location: str | Unset = "/"
    source_type: str | Unset = "Branch"
    source_name: str | Unset = "master"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data: what was received, unknown fields included."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.dockerfile_location is not UNSET:
            field_dict["dockerfile_location"] = self.dockerfile_location

        if self.source_type is not UNSET:
            field_dict["source_type"] = self.source_type

        if self.source_name is not UNSET:
            field_dict["source_name"] = self.source_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse the JSON object ``src_dict``; ``UnexpectedShapeError`` when it does not fit.

        Everything is checked here; nested models are built on the first read of their
        field, from the data given (kept, not copied, until then).
        """
        _src = src_dict
        if _src.__class__ is not dict and not isinstance(_src, Mapping):
            raise UnexpectedShapeError(f"TriggerBuildRequest: expected an object, got {type(_src).__name__}")
        try:
            _get = _src.get
            _obj = _new(cls)
            _obj.dockerfile_location = _get("dockerfile_location", UNSET)

            _obj.source_type = _get("source_type", UNSET)

            _obj.source_name = _get("source_name", UNSET)

            _obj.additional_properties = (
                {} if _KNOWN.issuperset(_src) else {key: value for key, value in _src.items() if key not in _KNOWN}
            )

        except UnexpectedShapeError:
            raise
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise UnexpectedShapeError(f"TriggerBuildRequest: {type(exc).__name__}: {exc}") from exc
        if cls is not TriggerBuildRequest:
            init_missing(_obj)
        return _obj

    @staticmethod
    def _check(_src: Any) -> None:
        """Raise ``UnexpectedShapeError`` where ``from_dict`` would; build nothing."""
        if _src.__class__ is not dict and not isinstance(_src, Mapping):
            raise UnexpectedShapeError(f"TriggerBuildRequest: expected an object, got {type(_src).__name__}")
        try:
            return
        except UnexpectedShapeError:
            raise
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise UnexpectedShapeError(f"TriggerBuildRequest: {type(exc).__name__}: {exc}") from exc

    @classmethod
    def _build(cls, _src: Any) -> TriggerBuildRequest:
        """Build from data ``_check`` accepted (a nested field's first read)."""
        _get = _src.get
        _obj = _new(cls)
        _obj.dockerfile_location = _get("dockerfile_location", UNSET)

        _obj.source_type = _get("source_type", UNSET)

        _obj.source_name = _get("source_name", UNSET)

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
        "dockerfile_location",
        "source_type",
        "source_name",
    }
)
