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

T = TypeVar("T", bound="ScimFeature")


@_attrs_define
class ScimFeature:
    """
    Attributes:
        supported (bool | Unset):
        max_operations (int | Unset):
        max_payload_size (int | Unset):
        max_results (int | Unset):
    """

    supported: bool | Unset = UNSET
    max_operations: int | Unset = UNSET
    max_payload_size: int | Unset = UNSET
    max_results: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data: what was received, unknown fields included."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.supported is not UNSET:
            field_dict["supported"] = self.supported

        if self.max_operations is not UNSET:
            field_dict["maxOperations"] = self.max_operations

        if self.max_payload_size is not UNSET:
            field_dict["maxPayloadSize"] = self.max_payload_size

        if self.max_results is not UNSET:
            field_dict["maxResults"] = self.max_results

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse the JSON object ``src_dict``; ``UnexpectedShapeError`` when it does not fit.

        Everything is checked here; nested models are built on the first read of their
        field, from the data given (kept, not copied, until then).
        """
        _src = src_dict
        if _src.__class__ is not dict and not isinstance(_src, Mapping):
            raise UnexpectedShapeError(f"ScimFeature: expected an object, got {type(_src).__name__}")
        try:
            _get = _src.get
            _obj = _new(cls)
            _obj.supported = _get("supported", UNSET)

            _obj.max_operations = _get("maxOperations", UNSET)

            _obj.max_payload_size = _get("maxPayloadSize", UNSET)

            _obj.max_results = _get("maxResults", UNSET)

            _obj.additional_properties = (
                {} if _KNOWN.issuperset(_src) else {key: value for key, value in _src.items() if key not in _KNOWN}
            )

        except UnexpectedShapeError:
            raise
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise UnexpectedShapeError(f"ScimFeature: {type(exc).__name__}: {exc}") from exc
        if cls is not ScimFeature:
            init_missing(_obj)
        return _obj

    @staticmethod
    def _check(_src: Any) -> None:
        """Raise ``UnexpectedShapeError`` where ``from_dict`` would; build nothing."""
        if _src.__class__ is not dict and not isinstance(_src, Mapping):
            raise UnexpectedShapeError(f"ScimFeature: expected an object, got {type(_src).__name__}")
        try:
            return
        except UnexpectedShapeError:
            raise
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise UnexpectedShapeError(f"ScimFeature: {type(exc).__name__}: {exc}") from exc

    @classmethod
    def _build(cls, _src: Any) -> ScimFeature:
        """Build from data ``_check`` accepted (a nested field's first read)."""
        _get = _src.get
        _obj = _new(cls)
        _obj.supported = _get("supported", UNSET)

        _obj.max_operations = _get("maxOperations", UNSET)

        _obj.max_payload_size = _get("maxPayloadSize", UNSET)

        _obj.max_results = _get("maxResults", UNSET)

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
        "supported",
        "maxOperations",
        "maxPayloadSize",
        "maxResults",
    }
)
