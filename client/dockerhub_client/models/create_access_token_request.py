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

T = TypeVar("T", bound="CreateAccessTokenRequest")


class _CreateAccessTokenRequestRaw:
    """What each timestamp or nested-model field holds behind its property: the received
    value until the first read (a nested model's data in a 1-tuple), then the parsed one."""

    __slots__ = ("_raw_expires_at",)
    _raw_expires_at: Any


@_attrs_define
class CreateAccessTokenRequest(_CreateAccessTokenRequestRaw):
    """
    Attributes:
        token_label (str):
        scopes (list[str] | None): E.g. `repo:admin`, `repo:write`, `repo:read`, `repo:public_read`.
        expires_at (datetime.datetime | Unset):
    """

    token_label: str
    scopes: list[str] | None
    expires_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data: what was received, unknown fields included."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["token_label"] = self.token_label

        scopes = self.scopes
        field_dict["scopes"] = None if scopes is None else list(scopes)

        expires_at = self._raw_expires_at
        if expires_at.__class__ is not str and expires_at is not None and expires_at is not UNSET:
            expires_at = timestamp_text(expires_at)
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse the JSON object ``src_dict``; ``UnexpectedShapeError`` when it does not fit.

        Everything is checked here; nested models are built on the first read of their
        field, from the data given (kept, not copied, until then).
        """
        _src = src_dict
        if _src.__class__ is not dict and not isinstance(_src, Mapping):
            raise UnexpectedShapeError(f"CreateAccessTokenRequest: expected an object, got {type(_src).__name__}")
        try:
            _get = _src.get
            _obj = _new(cls)
            _obj.token_label = _src["token_label"]

            scopes = _src["scopes"]
            if scopes.__class__ is not list and scopes is not None:
                raise UnexpectedShapeError(
                    f"CreateAccessTokenRequest.scopes: expected a list or null, got {type(scopes).__name__}"
                )
            _obj.scopes = scopes

            expires_at = _get("expires_at", UNSET)
            if expires_at.__class__ is str:
                check_timestamp(expires_at)
            elif expires_at is not None and expires_at is not UNSET and not isinstance(expires_at, datetime.datetime):
                raise UnexpectedShapeError(
                    f"CreateAccessTokenRequest.expires_at: expected a timestamp or null, got {type(expires_at).__name__}"
                )
            _obj._raw_expires_at = expires_at

            _obj.additional_properties = (
                {} if _KNOWN.issuperset(_src) else {key: value for key, value in _src.items() if key not in _KNOWN}
            )

        except UnexpectedShapeError:
            raise
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise UnexpectedShapeError(f"CreateAccessTokenRequest: {type(exc).__name__}: {exc}") from exc
        if cls is not CreateAccessTokenRequest:
            init_missing(_obj)
        return _obj

    @staticmethod
    def _check(_src: Any) -> None:
        """Raise ``UnexpectedShapeError`` where ``from_dict`` would; build nothing."""
        if _src.__class__ is not dict and not isinstance(_src, Mapping):
            raise UnexpectedShapeError(f"CreateAccessTokenRequest: expected an object, got {type(_src).__name__}")
        try:
            _get = _src.get
            _src["token_label"]

            scopes = _src["scopes"]
            if scopes.__class__ is not list and scopes is not None:
                raise UnexpectedShapeError(
                    f"CreateAccessTokenRequest.scopes: expected a list or null, got {type(scopes).__name__}"
                )

            expires_at = _get("expires_at", UNSET)
            if expires_at.__class__ is str:
                check_timestamp(expires_at)
            elif expires_at is not None and expires_at is not UNSET and not isinstance(expires_at, datetime.datetime):
                raise UnexpectedShapeError(
                    f"CreateAccessTokenRequest.expires_at: expected a timestamp or null, got {type(expires_at).__name__}"
                )

            return
        except UnexpectedShapeError:
            raise
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise UnexpectedShapeError(f"CreateAccessTokenRequest: {type(exc).__name__}: {exc}") from exc

    @classmethod
    def _build(cls, _src: Any) -> CreateAccessTokenRequest:
        """Build from data ``_check`` accepted (a nested field's first read)."""
        _get = _src.get
        _obj = _new(cls)
        _obj.token_label = _src["token_label"]

        _obj.scopes = _src["scopes"]

        _obj._raw_expires_at = _get("expires_at", UNSET)

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
        "token_label",
        "scopes",
        "expires_at",
    }
)
lazy_timestamps(
    CreateAccessTokenRequest,
    "expires_at",
)
