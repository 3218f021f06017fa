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

T = TypeVar("T", bound="BulkInviteRequest")


@_attrs_define
class BulkInviteRequest:
    """
    Attributes:
        org (str):
        invitees (list[str] | None): Docker IDs or email addresses.
        team (str | Unset):
        role (str | Unset):
        dry_run (bool | Unset):  Default: False.
    """

    org: str
    invitees: list[str] | None
    team: str | Unset = UNSET
    role: str | Unset = UNSET
    dry_run: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data: what was received, unknown fields included."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["org"] = self.org

        invitees = self.invitees
        field_dict["invitees"] = None if invitees is None else list(invitees)

        if self.team is not UNSET:
            field_dict["team"] = self.team

        if self.role is not UNSET:
            field_dict["role"] = self.role

        if self.dry_run is not UNSET:
            field_dict["dry_run"] = self.dry_run

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse the JSON object ``src_dict``; ``UnexpectedShapeError`` when it does not fit.

        Everything is checked here; nested models are built on the first read of their
        field, from the data given (kept, not copied, until then).
        """
        _src = src_dict
        if _src.__class__ is not dict and not isinstance(_src, Mapping):
            raise UnexpectedShapeError(f"BulkInviteRequest: expected an object, got {type(_src).__name__}")
        try:
            _get = _src.get
            _obj = _new(cls)
            _obj.org = _src["org"]

            invitees = _src["invitees"]
            if invitees.__class__ is not list and invitees is not None:
                raise UnexpectedShapeError(
                    f"BulkInviteRequest.invitees: expected a list or null, got {type(invitees).__name__}"
                )
            _obj.invitees = invitees

            _obj.team = _get("team", UNSET)

            _obj.role = _get("role", UNSET)

            _obj.dry_run = _get("dry_run", UNSET)

            _obj.additional_properties = (
                {} if _KNOWN.issuperset(_src) else {key: value for key, value in _src.items() if key not in _KNOWN}
            )

        except UnexpectedShapeError:
            raise
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise UnexpectedShapeError(f"BulkInviteRequest: {type(exc).__name__}: {exc}") from exc
        if cls is not BulkInviteRequest:
            init_missing(_obj)
        return _obj

    @staticmethod
    def _check(_src: Any) -> None:
        """Raise ``UnexpectedShapeError`` where ``from_dict`` would; build nothing."""
        if _src.__class__ is not dict and not isinstance(_src, Mapping):
            raise UnexpectedShapeError(f"BulkInviteRequest: expected an object, got {type(_src).__name__}")
        try:
            _src["org"]

            invitees = _src["invitees"]
            if invitees.__class__ is not list and invitees is not None:
                raise UnexpectedShapeError(
                    f"BulkInviteRequest.invitees: expected a list or null, got {type(invitees).__name__}"
                )

            return
        except UnexpectedShapeError:
            raise
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise UnexpectedShapeError(f"BulkInviteRequest: {type(exc).__name__}: {exc}") from exc

    @classmethod
    def _build(cls, _src: Any) -> BulkInviteRequest:
        """Build from data ``_check`` accepted (a nested field's first read)."""
        _get = _src.get
        _obj = _new(cls)
        _obj.org = _src["org"]

        _obj.invitees = _src["invitees"]

        _obj.team = _get("team", UNSET)

        _obj.role = _get("role", UNSET)

        _obj.dry_run = _get("dry_run", UNSET)

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
        "org",
        "invitees",
        "team",
        "role",
        "dry_run",
    }
)
