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

T = TypeVar("T", bound="TriggeredBuild")


@_attrs_define
class TriggeredBuild:
    """One build queued by `trigger_build`.

    Attributes:
        source_type (str | Unset):
        source_name (str | Unset):
        evaluated_tag_name (str | Unset):
        build_code (str | Unset):
        msg (str | Unset):
        queued_for_retry (bool | Unset):
    """

    source_type: str | Unset = UNSET
    source_name: str | Unset = UNSET
    evaluated_tag_name: str | Unset = UNSET
    build_code: str | Unset = UNSET
    msg: str | Unset = UNSET
    queued_for_retry: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data: what was received, unknown fields included."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.source_type is not UNSET:
            field_dict["source_type"] = self.source_type

        if self.source_name is not UNSET:
            field_dict["source_name"] = self.source_name

        if self.evaluated_tag_name is not UNSET:
            field_dict["evaluated_tag_name"] = self.evaluated_tag_name

        if self.build_code is not UNSET:
            field_dict["build_code"] = self.build_code

        if self.msg is not UNSET:
            field_dict["msg"] = self.msg

        if self.queued_for_retry is not UNSET:
            field_dict["queued_for_retry"] = self.queued_for_retry

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse the JSON object ``src_dict``; ``UnexpectedShapeError`` when it does not fit.

        Everything is checked here; nested models are built on the first read of their
        field, from the data given (kept, not copied, until then).
        """
        _src = src_dict
        if _src.__class__ is not dict and not isinstance(_src, Mapping):
            raise UnexpectedShapeError(f"TriggeredBuild: expected an object, got {type(_src).__name__}")
        try:
            _get = _src.get
            _obj = _new(cls)
            _obj.source_type = _get("source_type", UNSET)

            _obj.source_name = _get("source_name", UNSET)

            _obj.evaluated_tag_name = _get("evaluated_tag_name", UNSET)

            _obj.build_code = _get("build_code", UNSET)

            _obj.msg = _get("msg", UNSET)

            _obj.queued_for_retry = _get("queued_for_retry", UNSET)

            _obj.additional_properties = (
                {} if _KNOWN.issuperset(_src) else {key: value for key, value in _src.items() if key not in _KNOWN}
            )

        except UnexpectedShapeError:
            raise
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise UnexpectedShapeError(f"TriggeredBuild: {type(exc).__name__}: {exc}") from exc
        if cls is not TriggeredBuild:
            init_missing(_obj)
        return _obj

    @staticmethod
    def _check(_src: Any) -> None:
        """Raise ``UnexpectedShapeError`` where ``from_dict`` would; build nothing."""
        if _src.__class__ is not dict and not isinstance(_src, Mapping):
            raise UnexpectedShapeError(f"TriggeredBuild: expected an object, got {type(_src).__name__}")
        try:
            return
        except UnexpectedShapeError:
            raise
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise UnexpectedShapeError(f"TriggeredBuild: {type(exc).__name__}: {exc}") from exc

    @classmethod
    def _build(cls, _src: Any) -> TriggeredBuild:
        """Build from data ``_check`` accepted (a nested field's first read)."""
        _get = _src.get
        _obj = _new(cls)
        _obj.source_type = _get("source_type", UNSET)

        _obj.source_name = _get("source_name", UNSET)

        _obj.evaluated_tag_name = _get("evaluated_tag_name", UNSET)

        _obj.build_code = _get("build_code", UNSET)

        _obj.msg = _get("msg", UNSET)

        _obj.queued_for_retry = _get("queued_for_retry", UNSET)

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
        "source_type",
        "source_name",
        "evaluated_tag_name",
        "build_code",
        "msg",
        "queued_for_retry",
    }
)
