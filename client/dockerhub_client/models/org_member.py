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

T = TypeVar("T", bound="OrgMember")


class _OrgMemberRaw:
    """What each timestamp or nested-model field holds behind its property: the received
    value until the first read (a nested model's data in a 1-tuple), then the parsed one."""

    __slots__ = (
        "_raw_date_joined",
        "_raw_last_logged_in_at",
        "_raw_last_seen_at",
    )
    _raw_date_joined: Any
    _raw_last_logged_in_at: Any
    _raw_last_seen_at: Any


@_attrs_define
class OrgMember(_OrgMemberRaw):
    """A member (or invitee) of an organization.

    Attributes:
        id (str | Unset):
        uuid (str | Unset):
        username (str | Unset):
        full_name (str | Unset):
        location (str | Unset):
        company (str | Unset):
        profile_url (str | Unset):
        date_joined (datetime.datetime | None | Unset):
        gravatar_url (str | Unset):
        gravatar_email (str | Unset):
        type_ (str | Unset):
        email (str | Unset):
        role (str | Unset):
        groups (list[str] | None | Unset):
        is_guest (bool | Unset):
        primary_email (str | Unset):
        last_logged_in_at (datetime.datetime | None | Unset):
        last_seen_at (datetime.datetime | None | Unset):
        last_desktop_version (None | str | Unset):
    """

    id: str | Unset = UNSET
    uuid: str | Unset = UNSET
    username: str | Unset = UNSET
    full_name: str | Unset = UNSET
    location: str | Unset = UNSET
    company: str | Unset = UNSET
    profile_url: str | Unset = UNSET
    date_joined: datetime.datetime | None | Unset = UNSET
    gravatar_url: str | Unset = UNSET
    gravatar_email: str | Unset = UNSET
    type_: str | Unset = UNSET
    email: str | Unset = UNSET
    role: str | Unset = UNSET
    groups: list[str] | None | Unset = UNSET
    is_guest: bool | Unset = UNSET
    primary_email: str | Unset = UNSET
    last_logged_in_at: datetime.datetime | None | Unset = UNSET
    last_seen_at: datetime.datetime | None | Unset = UNSET
    last_desktop_version: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data: what was received, unknown fields included."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.id is not UNSET:
            field_dict["id"] = self.id

        if self.uuid is not UNSET:
            field_dict["uuid"] = self.uuid

        if self.username is not UNSET:
            field_dict["username"] = self.username

        if self.full_name is not UNSET:
            field_dict["full_name"] = self.full_name

        if self.location is not UNSET:
            field_dict["location"] = self.location

        if self.company is not UNSET:
            field_dict["company"] = self.company

        if self.profile_url is not UNSET:
            field_dict["profile_url"] = self.profile_url

        date_joined = self._raw_date_joined
        if date_joined.__class__ is not str and date_joined is not None and date_joined is not UNSET:
            date_joined = timestamp_text(date_joined)
        if date_joined is not UNSET:
            field_dict["date_joined"] = date_joined

        if self.gravatar_url is not UNSET:
            field_dict["gravatar_url"] = self.gravatar_url

        if self.gravatar_email is not UNSET:
            field_dict["gravatar_email"] = self.gravatar_email

        if self.type_ is not UNSET:
            field_dict["type"] = self.type_

        if self.email is not UNSET:
            field_dict["email"] = self.email

        if self.role is not UNSET:
            field_dict["role"] = self.role

        groups = self.groups
        if not isinstance(groups, Unset):
            field_dict["groups"] = None if groups is None else list(groups)

        if self.is_guest is not UNSET:
            field_dict["is_guest"] = self.is_guest

        if self.primary_email is not UNSET:
            field_dict["primary_email"] = self.primary_email

        last_logged_in_at = self._raw_last_logged_in_at
        if last_logged_in_at.__class__ is not str and last_logged_in_at is not None and last_logged_in_at is not UNSET:
            last_logged_in_at = timestamp_text(last_logged_in_at)
        if last_logged_in_at is not UNSET:
            field_dict["last_logged_in_at"] = last_logged_in_at

        last_seen_at = self._raw_last_seen_at
        if last_seen_at.__class__ is not str and last_seen_at is not None and last_seen_at is not UNSET:
            last_seen_at = timestamp_text(last_seen_at)
        if last_seen_at is not UNSET:
            field_dict["last_seen_at"] = last_seen_at

        if self.last_desktop_version is not UNSET:
            field_dict["last_desktop_version"] = self.last_desktop_version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse the JSON object ``src_dict``; ``UnexpectedShapeError`` when it does not fit.

        Everything is checked here; nested models are built on the first read of their
        field, from the data given (kept, not copied, until then).
        """
        _src = src_dict
        if _src.__class__ is not dict and not isinstance(_src, Mapping):
            raise UnexpectedShapeError(f"OrgMember: expected an object, got {type(_src).__name__}")
        try:
            _get = _src.get
            _obj = _new(cls)
            _obj.id = _get("id", UNSET)

            _obj.uuid = _get("uuid", UNSET)

            _obj.username = _get("username", UNSET)

            _obj.full_name = _get("full_name", UNSET)

            _obj.location = _get("location", UNSET)

            _obj.company = _get("company", UNSET)

            _obj.profile_url = _get("profile_url", UNSET)

            date_joined = _get("date_joined", UNSET)
            if date_joined.__class__ is str:
                if date_joined:
                    check_timestamp(date_joined)
            elif (
                date_joined is not None and date_joined is not UNSET and not isinstance(date_joined, datetime.datetime)
            ):
                raise UnexpectedShapeError(
                    f"OrgMember.date_joined: expected a timestamp or null, got {type(date_joined).__name__}"
                )
            _obj._raw_date_joined = date_joined

            _obj.gravatar_url = _get("gravatar_url", UNSET)

            _obj.gravatar_email = _get("gravatar_email", UNSET)

            _obj.type_ = _get("type", UNSET)

            _obj.email = _get("email", UNSET)

            _obj.role = _get("role", UNSET)

            groups = _get("groups", UNSET)
            if groups.__class__ is not list and groups is not None and groups is not UNSET:
                raise UnexpectedShapeError(f"OrgMember.groups: expected a list or null, got {type(groups).__name__}")
            _obj.groups = groups

            _obj.is_guest = _get("is_guest", UNSET)

            _obj.primary_email = _get("primary_email", UNSET)

            last_logged_in_at = _get("last_logged_in_at", UNSET)
            if last_logged_in_at.__class__ is str:
                if last_logged_in_at:
                    check_timestamp(last_logged_in_at)
            elif (
                last_logged_in_at is not None
                and last_logged_in_at is not UNSET
                and not isinstance(last_logged_in_at, datetime.datetime)
            ):
                raise UnexpectedShapeError(
                    f"OrgMember.last_logged_in_at: expected a timestamp or null, got {type(last_logged_in_at).__name__}"
                )
            _obj._raw_last_logged_in_at = last_logged_in_at

            last_seen_at = _get("last_seen_at", UNSET)
            if last_seen_at.__class__ is str:
                if last_seen_at:
                    check_timestamp(last_seen_at)
            elif (
                last_seen_at is not None
                and last_seen_at is not UNSET
                and not isinstance(last_seen_at, datetime.datetime)
            ):
                raise UnexpectedShapeError(
                    f"OrgMember.last_seen_at: expected a timestamp or null, got {type(last_seen_at).__name__}"
                )
            _obj._raw_last_seen_at = last_seen_at

            _obj.last_desktop_version = _get("last_desktop_version", UNSET)

            _obj.additional_properties = (
                {} if _KNOWN.issuperset(_src) else {key: value for key, value in _src.items() if key not in _KNOWN}
            )

        except UnexpectedShapeError:
            raise
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise UnexpectedShapeError(f"OrgMember: {type(exc).__name__}: {exc}") from exc
        if cls is not OrgMember:
            init_missing(_obj)
        return _obj

    @staticmethod
    def _check(_src: Any) -> None:
        """Raise ``UnexpectedShapeError`` where ``from_dict`` would; build nothing."""
        if _src.__class__ is not dict and not isinstance(_src, Mapping):
            raise UnexpectedShapeError(f"OrgMember: expected an object, got {type(_src).__name__}")
        try:
            _get = _src.get

            date_joined = _get("date_joined", UNSET)
            if date_joined.__class__ is str:
                if date_joined:
                    check_timestamp(date_joined)
            elif (
                date_joined is not None and date_joined is not UNSET and not isinstance(date_joined, datetime.datetime)
            ):
                raise UnexpectedShapeError(
                    f"OrgMember.date_joined: expected a timestamp or null, got {type(date_joined).__name__}"
                )

            groups = _get("groups", UNSET)
            if groups.__class__ is not list and groups is not None and groups is not UNSET:
                raise UnexpectedShapeError(f"OrgMember.groups: expected a list or null, got {type(groups).__name__}")

            last_logged_in_at = _get("last_logged_in_at", UNSET)
            if last_logged_in_at.__class__ is str:
                if last_logged_in_at:
                    check_timestamp(last_logged_in_at)
            elif (
                last_logged_in_at is not None
                and last_logged_in_at is not UNSET
                and not isinstance(last_logged_in_at, datetime.datetime)
            ):
                raise UnexpectedShapeError(
                    f"OrgMember.last_logged_in_at: expected a timestamp or null, got {type(last_logged_in_at).__name__}"
                )

            last_seen_at = _get("last_seen_at", UNSET)
            if last_seen_at.__class__ is str:
                if last_seen_at:
                    check_timestamp(last_seen_at)
            elif (
                last_seen_at is not None
                and last_seen_at is not UNSET
                and not isinstance(last_seen_at, datetime.datetime)
            ):
                raise UnexpectedShapeError(
                    f"OrgMember.last_seen_at: expected a timestamp or null, got {type(last_seen_at).__name__}"
                )

            return
        except UnexpectedShapeError:
            raise
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise UnexpectedShapeError(f"OrgMember: {type(exc).__name__}: {exc}") from exc

    @classmethod
    def _build(cls, _src: Any) -> OrgMember:
        """Build from data ``_check`` accepted (a nested field's first read)."""
        _get = _src.get
        _obj = _new(cls)
        _obj.id = _get("id", UNSET)

        _obj.uuid = _get("uuid", UNSET)

        _obj.username = _get("username", UNSET)

        _obj.full_name = _get("full_name", UNSET)

        _obj.location = _get("location", UNSET)

        _obj.company = _get("company", UNSET)

        _obj.profile_url = _get("profile_url", UNSET)

        _obj._raw_date_joined = _get("date_joined", UNSET)

        _obj.gravatar_url = _get("gravatar_url", UNSET)

        _obj.gravatar_email = _get("gravatar_email", UNSET)

        _obj.type_ = _get("type", UNSET)

        _obj.email = _get("email", UNSET)

        _obj.role = _get("role", UNSET)

        _obj.groups = _get("groups", UNSET)

        _obj.is_guest = _get("is_guest", UNSET)

        _obj.primary_email = _get("primary_email", UNSET)

        _obj._raw_last_logged_in_at = _get("last_logged_in_at", UNSET)

        _obj._raw_last_seen_at = _get("last_seen_at", UNSET)

        _obj.last_desktop_version = _get("last_desktop_version", UNSET)

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
        "uuid",
        "username",
        "full_name",
        "location",
        "company",
        "profile_url",
        "date_joined",
        "gravatar_url",
        "gravatar_email",
        "type",
        "email",
        "role",
        "groups",
        "is_guest",
        "primary_email",
        "last_logged_in_at",
        "last_seen_at",
        "last_desktop_version",
    }
)
lazy_timestamps(
    OrgMember,
    "date_joined",
    "last_logged_in_at",
    "last_seen_at",
)
