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

T = TypeVar("T", bound="CurrentUser")


class _CurrentUserRaw:
    """What each timestamp or nested-model field holds behind its property: the received
    value until the first read (a nested model's data in a 1-tuple), then the parsed one."""

    __slots__ = ("_raw_date_joined",)
    _raw_date_joined: Any


@_attrs_define
class CurrentUser(_CurrentUserRaw):
    """Profile of the authenticated user, with private fields.

    Attributes:
        id (str | Unset): 32-character hexadecimal user id.
        uuid (str | Unset): Dashed UUID form of the user id.
        username (str | Unset):
        full_name (str | Unset):
        location (str | Unset):
        company (str | Unset):
        profile_url (str | Unset):
        date_joined (datetime.datetime | Unset):
        gravatar_url (str | Unset):
        gravatar_email (str | Unset):
        type_ (str | Unset): Account type, e.g. `User` or `Organization`.
        is_staff (bool | Unset):
        is_admin (bool | Unset):
        email (str | Unset):
    """

    id: str | Unset = UNSET
    uuid: str | Unset = UNSET
    username: str | Unset = UNSET
    full_name: str | Unset = UNSET
    location: str | Unset = UNSET
    company: str | Unset = UNSET
    profile_url: str | Unset = UNSET
    date_joined: datetime.datetime | Unset = UNSET
    gravatar_url: str | Unset = UNSET
    gravatar_email: str | Unset = UNSET
    type_: str | Unset = UNSET
    is_staff: bool | Unset = UNSET
    is_admin: bool | Unset = UNSET
    email: str | Unset = UNSET
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

        if self.is_staff is not UNSET:
            field_dict["is_staff"] = self.is_staff

        if self.is_admin is not UNSET:
            field_dict["is_admin"] = self.is_admin

        if self.email is not UNSET:
            field_dict["email"] = self.email

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse the JSON object ``src_dict``; ``UnexpectedShapeError`` when it does not fit.

        Everything is checked here; nested models are built on the first read of their
        field, from the data given (kept, not copied, until then).
        """
        _src = src_dict
        if _src.__class__ is not dict and not isinstance(_src, Mapping):
            raise UnexpectedShapeError(f"CurrentUser: expected an object, got {type(_src).__name__}")
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
                check_timestamp(date_joined)
            elif (
                date_joined is not None and date_joined is not UNSET and not isinstance(date_joined, datetime.datetime)
            ):
                raise UnexpectedShapeError(
                    f"CurrentUser.date_joined: expected a timestamp or null, got {type(date_joined).__name__}"
                )
            _obj._raw_date_joined = date_joined

            _obj.gravatar_url = _get("gravatar_url", UNSET)

            _obj.gravatar_email = _get("gravatar_email", UNSET)

            _obj.type_ = _get("type", UNSET)

            _obj.is_staff = _get("is_staff", UNSET)

            _obj.is_admin = _get("is_admin", UNSET)

            _obj.email = _get("email", UNSET)

            _obj.additional_properties = (
                {} if _KNOWN.issuperset(_src) else {key: value for key, value in _src.items() if key not in _KNOWN}
            )

        except UnexpectedShapeError:
            raise
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise UnexpectedShapeError(f"CurrentUser: {type(exc).__name__}: {exc}") from exc
        if cls is not CurrentUser:
            init_missing(_obj)
        return _obj

    @staticmethod
    def _check(_src: Any) -> None:
        """Raise ``UnexpectedShapeError`` where ``from_dict`` would; build nothing."""
        if _src.__class__ is not dict and not isinstance(_src, Mapping):
            raise UnexpectedShapeError(f"CurrentUser: expected an object, got {type(_src).__name__}")
        try:
            _get = _src.get

            date_joined = _get("date_joined", UNSET)
            if date_joined.__class__ is str:
                check_timestamp(date_joined)
            elif (
                date_joined is not None and date_joined is not UNSET and not isinstance(date_joined, datetime.datetime)
            ):
                raise UnexpectedShapeError(
                    f"CurrentUser.date_joined: expected a timestamp or null, got {type(date_joined).__name__}"
                )

            return
        except UnexpectedShapeError:
            raise
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise UnexpectedShapeError(f"CurrentUser: {type(exc).__name__}: {exc}") from exc

    @classmethod
    def _build(cls, _src: Any) -> CurrentUser:
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

        _obj.is_staff = _get("is_staff", UNSET)

        _obj.is_admin = _get("is_admin", UNSET)

        _obj.email = _get("email", UNSET)

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
        "is_staff",
        "is_admin",
        "email",
    }
)
lazy_timestamps(
    CurrentUser,
    "date_joined",
)
