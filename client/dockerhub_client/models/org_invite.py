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

T = TypeVar("T", bound="OrgInvite")


class _OrgInviteRaw:
    """What each timestamp or nested-model field holds behind its property: the received
    value until the first read (a nested model's data in a 1-tuple), then the parsed one."""

    __slots__ = ("_raw_created_at",)
    _raw_created_at: Any


@_attrs_define
class OrgInvite(_OrgInviteRaw):
    """A pending invitation to an organization.

    Attributes:
        id (str | Unset):
        inviter_username (str | Unset):
        invitee (str | Unset):
        org (str | Unset):
        team (None | str | Unset):
        role (str | Unset):
        created_at (datetime.datetime | None | Unset):
    """

    id: str | Unset = UNSET
    inviter_username: str | Unset = UNSET
    invitee: str | Unset = UNSET
    org: str | Unset = UNSET
    team: None | str | Unset = UNSET
    role: str | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data: what was received, unknown fields included."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.id is not UNSET:
            field_dict["id"] = self.id

        if self.inviter_username is not UNSET:
            field_dict["inviter_username"] = self.inviter_username

        if self.invitee is not UNSET:
            field_dict["invitee"] = self.invitee

        if self.org is not UNSET:
            field_dict["org"] = self.org

        if self.team is not UNSET:
            field_dict["team"] = self.team

        if self.role is not UNSET:
            field_dict["role"] = self.role

        created_at = self._raw_created_at
        if created_at.__class__ is not str and created_at is not None and created_at is not UNSET:
            created_at = timestamp_text(created_at)
        if created_at is not UNSET:
            field_dict["created_at"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse the JSON object ``src_dict``; ``UnexpectedShapeError`` when it does not fit.

        Everything is checked here; nested models are built on the first read of their
        field, from the data given (kept, not copied, until then).
        """
        _src = src_dict
        if _src.__class__ is not dict and not isinstance(_src, Mapping):
            raise UnexpectedShapeError(f"OrgInvite: expected an object, got {type(_src).__name__}")
        try:
            _get = _src.get
            _obj = _new(cls)
            _obj.id = _get("id", UNSET)

            _obj.inviter_username = _get("inviter_username", UNSET)

            _obj.invitee = _get("invitee", UNSET)

            _obj.org = _get("org", UNSET)

            _obj.team = _get("team", UNSET)

            _obj.role = _get("role", UNSET)

            created_at = _get("created_at", UNSET)
            if created_at.__class__ is str:
                if created_at:
                    check_timestamp(created_at)
            elif created_at is not None and created_at is not UNSET and not isinstance(created_at, datetime.datetime):
                raise UnexpectedShapeError(
                    f"OrgInvite.created_at: expected a timestamp or null, got {type(created_at).__name__}"
                )
            _obj._raw_created_at = created_at

            _obj.additional_properties = (
                {} if _KNOWN.issuperset(_src) else {key: value for key, value in _src.items() if key not in _KNOWN}
            )

        except UnexpectedShapeError:
            raise
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise UnexpectedShapeError(f"OrgInvite: {type(exc).__name__}: {exc}") from exc
        if cls is not OrgInvite:
            init_missing(_obj)
        return _obj

    @staticmethod
    def _check(_src: Any) -> None:
        """Raise ``UnexpectedShapeError`` where ``from_dict`` would; build nothing."""
        if _src.__class__ is not dict and not isinstance(_src, Mapping):
            raise UnexpectedShapeError(f"OrgInvite: expected an object, got {type(_src).__name__}")
        try:
            _get = _src.get

            created_at = _get("created_at", UNSET)
            if created_at.__class__ is str:
                if created_at:
                    check_timestamp(created_at)
            elif created_at is not None and created_at is not UNSET and not isinstance(created_at, datetime.datetime):
                raise UnexpectedShapeError(
                    f"OrgInvite.created_at: expected a timestamp or null, got {type(created_at).__name__}"
                )

            return
        except UnexpectedShapeError:
            raise
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise UnexpectedShapeError(f"OrgInvite: {type(exc).__name__}: {exc}") from exc

    @classmethod
    def _build(cls, _src: Any) -> OrgInvite:
        """Build from data ``_check`` accepted (a nested field's first read)."""
        _get = _src.get
        _obj = _new(cls)
        _obj.id = _get("id", UNSET)

        _obj.inviter_username = _get("inviter_username", UNSET)

        _obj.invitee = _get("invitee", UNSET)

        _obj.org = _get("org", UNSET)

        _obj.team = _get("team", UNSET)

        _obj.role = _get("role", UNSET)

        _obj._raw_created_at = _get("created_at", UNSET)

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
        "id",
        "inviter_username",
        "invitee",
        "org",
        "team",
        "role",
        "created_at",
    }
)
lazy_timestamps(
    OrgInvite,
    "created_at",
)
