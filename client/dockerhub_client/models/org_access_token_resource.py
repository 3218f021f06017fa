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

T = TypeVar("T", bound="OrgAccessTokenResource")


@_attrs_define
class OrgAccessTokenResource:
    """A resource an organization access token may reach, with the allowed scopes.

    Attributes:
        type_ (str | Unset): E.g. `TYPE_REPO` or `TYPE_ORG`.
        path (str | Unset):
        scopes (list[str] | None | Unset):
    """

    type_: str | Unset = UNSET
    path: str | Unset = UNSET
    scopes: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data: what was received, unknown fields included."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.type_ is not UNSET:
            field_dict["type"] = self.type_

        if self.path is not UNSET:
            field_dict["path"] = self.path

        scopes = self.scopes
        if not isinstance(scopes, Unset):
            field_dict["scopes"] = None if scopes is None else list(scopes)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse the JSON object ``src_dict``; ``UnexpectedShapeError`` when it does not fit.

        Everything is checked here; nested models are built on the first read of their
        field, from the data given (kept, not copied, until then).
        """
        _src = src_dict
        if _src.__class__ is not dict and not isinstance(_src, Mapping):
            raise UnexpectedShapeError(f"OrgAccessTokenResource: expected an object, got {type(_src).__name__}")
        try:
            _get = _src.get
            _obj = _new(cls)
            _obj.type_ = _get("type", UNSET)

            _obj.path = _get("path", UNSET)

            scopes = _get("scopes", UNSET)
            if scopes.__class__ is not list and scopes is not None and scopes is not UNSET:
                raise UnexpectedShapeError(
                    f"OrgAccessTokenResource.scopes: expected a list or null, got {type(scopes).__name__}"
                )
            _obj.scopes = scopes

            _obj.additional_properties = (
                {} if _KNOWN.issuperset(_src) else {key: value for key, value in _src.items() if key not in _KNOWN}
            )

        except UnexpectedShapeError:
            raise
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise UnexpectedShapeError(f"OrgAccessTokenResource: {type(exc).__name__}: {exc}") from exc
        if cls is not OrgAccessTokenResource:
            init_missing(_obj)
        return _obj

    @staticmethod
    def _check(_src: Any) -> None:
        """Raise ``UnexpectedShapeError`` where ``from_dict`` would; build nothing."""
        if _src.__class__ is not dict and not isinstance(_src, Mapping):
            raise UnexpectedShapeError(f"OrgAccessTokenResource: expected an object, got {type(_src).__name__}")
        try:
            _get = _src.get

            scopes = _get("scopes", UNSET)
            if scopes.__class__ is not list and scopes is not None and scopes is not UNSET:
                raise UnexpectedShapeError(
                    f"OrgAccessTokenResource.scopes: expected a list or null, got {type(scopes).__name__}"
                )

            return
        except UnexpectedShapeError:
            raise
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise UnexpectedShapeError(f"OrgAccessTokenResource: {type(exc).__name__}: {exc}") from exc

    @classmethod
    def _build(cls, _src: Any) -> OrgAccessTokenResource:
        """Build from data ``_check`` accepted (a nested field's first read)."""
        _get = _src.get
        _obj = _new(cls)
        _obj.type_ = _get("type", UNSET)

        _obj.path = _get("path", UNSET)

        _obj.scopes = _get("scopes", UNSET)

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
        "type",
        "path",
        "scopes",
    }
)
