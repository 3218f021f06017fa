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

T = TypeVar("T", bound="RegistrySettings")


@_attrs_define
class RegistrySettings:
    """Private repository quota of an account.

    Attributes:
        private_repo_used (int | Unset):
        num_free_private_repos (int | Unset):
        private_repo_limit (int | Unset):
        private_repo_available (int | Unset):
        private_repo_percent_used (float | Unset):
        default_repo_visibility (str | Unset):
    """

    private_repo_used: int | Unset = UNSET
    num_free_private_repos: int | Unset = UNSET
    private_repo_limit: int | Unset = UNSET
    private_repo_available: int | Unset = UNSET
    private_repo_percent_used: float | Unset = UNSET
    default_repo_visibility: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data: what was received, unknown fields included."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.private_repo_used is not UNSET:
            field_dict["private_repo_used"] = self.private_repo_used

        if self.num_free_private_repos is not UNSET:
            field_dict["num_free_private_repos"] = self.num_free_private_repos

        if self.private_repo_limit is not UNSET:
            field_dict["private_repo_limit"] = self.private_repo_limit

        if self.private_repo_available is not UNSET:
            field_dict["private_repo_available"] = self.private_repo_available

        if self.private_repo_percent_used is not UNSET:
            field_dict["private_repo_percent_used"] = self.private_repo_percent_used

        if self.default_repo_visibility is not UNSET:
            field_dict["default_repo_visibility"] = self.default_repo_visibility

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse the JSON object ``src_dict``; ``UnexpectedShapeError`` when it does not fit.

        Everything is checked here; nested models are built on the first read of their
        field, from the data given (kept, not copied, until then).
        """
        _src = src_dict
        if _src.__class__ is not dict and not isinstance(_src, Mapping):
            raise UnexpectedShapeError(f"RegistrySettings: expected an object, got {type(_src).__name__}")
        try:
            _get = _src.get
            _obj = _new(cls)
            _obj.private_repo_used = _get("private_repo_used", UNSET)

            _obj.num_free_private_repos = _get("num_free_private_repos", UNSET)

            _obj.private_repo_limit = _get("private_repo_limit", UNSET)

            _obj.private_repo_available = _get("private_repo_available", UNSET)

            _obj.private_repo_percent_used = _get("private_repo_percent_used", UNSET)

            _obj.default_repo_visibility = _get("default_repo_visibility", UNSET)

            _obj.additional_properties = (
                {} if _KNOWN.issuperset(_src) else {key: value for key, value in _src.items() if key not in _KNOWN}
            )

        except UnexpectedShapeError:
            raise
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise UnexpectedShapeError(f"RegistrySettings: {type(exc).__name__}: {exc}") from exc
        if cls is not RegistrySettings:
            init_missing(_obj)
        return _obj

    @staticmethod
    def _check(_src: Any) -> None:
        """Raise ``UnexpectedShapeError`` where ``from_dict`` would; build nothing."""
        if _src.__class__ is not dict and not isinstance(_src, Mapping):
            raise UnexpectedShapeError(f"RegistrySettings: expected an object, got {type(_src).__name__}")
        try:
            return
        except UnexpectedShapeError:
            raise
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise UnexpectedShapeError(f"RegistrySettings: {type(exc).__name__}: {exc}") from exc

    @classmethod
    def _build(cls, _src: Any) -> RegistrySettings:
        """Build from data ``_check`` accepted (a nested field's first read)."""
        _get = _src.get
        _obj = _new(cls)
        _obj.private_repo_used = _get("private_repo_used", UNSET)

        _obj.num_free_private_repos = _get("num_free_private_repos", UNSET)

        _obj.private_repo_limit = _get("private_repo_limit", UNSET)

        _obj.private_repo_available = _get("private_repo_available", UNSET)

        _obj.private_repo_percent_used = _get("private_repo_percent_used", UNSET)

        _obj.default_repo_visibility = _get("default_repo_visibility", UNSET)

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
        "private_repo_used",
        "num_free_private_repos",
        "private_repo_limit",
        "private_repo_available",
        "private_repo_percent_used",
        "default_repo_visibility",
    }
)
