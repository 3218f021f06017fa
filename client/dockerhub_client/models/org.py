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

T = TypeVar("T", bound="Org")


class _OrgRaw:
    """What each timestamp or nested-model field holds behind its property: the received
    value until the first read (a nested model's data in a 1-tuple), then the parsed one."""

    __slots__ = ("_raw_date_joined",)
    _raw_date_joined: Any


@_attrs_define
class Org(_OrgRaw):
    """An organization.

    Attributes:
        id (str | Unset):
        uuid (str | Unset):
        orgname (str | Unset):
        full_name (str | Unset):
        location (str | Unset):
        company (str | Unset):
        profile_url (str | Unset):
        date_joined (datetime.datetime | None | Unset):
        gravatar_url (str | Unset):
        gravatar_email (str | Unset):
        type_ (str | Unset):
        badge (str | Unset):
        is_active (bool | Unset):
        user_role (str | Unset):
        user_groups (list[str] | None | Unset):
        org_groups_count (int | Unset):
    """

    id: str | Unset = UNSET
    uuid: str | Unset = UNSET
    orgname: str | Unset = UNSET
    full_name: str | Unset = UNSET
    location: str | Unset = UNSET
    company: str | Unset = UNSET
    profile_url: str | Unset = UNSET
    date_joined: datetime.datetime | None | Unset = UNSET
    gravatar_url: str | Unset = UNSET
    gravatar_email: str | Unset = UNSET
    type_: str | Unset = UNSET
    badge: str | Unset = UNSET
    is_active: bool | Unset = UNSET
    user_role: str | Unset = UNSET
    user_groups: list[str] | None | Unset = UNSET
    org_groups_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data: what was received, unknown fields included."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.id is not UNSET:
            field_dict["id"] = self.id

        if self.uuid is not UNSET:
            field_dict["uuid"] = self.uuid

        if self.orgname is not UNSET:
            field_dict["orgname"] = self.orgname

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

        if self.badge is not UNSET:
            field_dict["badge"] = self.badge

        if self.is_active is not UNSET:
            field_dict["is_active"] = self.is_active

        if self.user_role is not UNSET:
            field_dict["user_role"] = self.user_role

        user_groups = self.user_groups
        if not isinstance(user_groups, Unset):
            field_dict["user_groups"] = None if user_groups is None else list(user_groups)

        if self.org_groups_count is not UNSET:
            field_dict["org_groups_count"] = self.org_groups_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse the JSON object ``src_dict``; ``UnexpectedShapeError`` when it does not fit.

        Everything is checked here; nested models are built on the first read of their
        field, from the data given (kept, not copied, until then).
        """
        _src = src_dict
        if _src.__class__ is not dict and not isinstance(_src, Mapping):
            raise UnexpectedShapeError(f"Org: expected an object, got {type(_src).__name__}")
        try:
            _get = _src.get
            _obj = _new(cls)
            _obj.id = _get("id", UNSET)

            _obj.uuid = _get("uuid", UNSET)

            _obj.orgname = _get("orgname", UNSET)

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
                    f"Org.date_joined: expected a timestamp or null, got {type(date_joined).__name__}"
                )
            _obj._raw_date_joined = date_joined

            _obj.gravatar_url = _get("gravatar_url", UNSET)

            _obj.gravatar_email = _get("gravatar_email", UNSET)

            _obj.type_ = _get("type", UNSET)

            _obj.badge = _get("badge", UNSET)

            _obj.is_active = _get("is_active", UNSET)

            _obj.user_role = _get("user_role", UNSET)

            user_groups = _get("user_groups", UNSET)
            if user_groups.__class__ is not list and user_groups is not None and user_groups is not UNSET:
                raise UnexpectedShapeError(
                    f"Org.user_groups: expected a list or null, got {type(user_groups).__name__}"
                )
            _obj.user_groups = user_groups

            _obj.org_groups_count = _get("org_groups_count", UNSET)

            _obj.additional_properties = (
                {} if _KNOWN.issuperset(_src) else {key: value for key, value in _src.items() if key not in _KNOWN}
            )

        except UnexpectedShapeError:
            raise
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise UnexpectedShapeError(f"Org: {type(exc).__name__}: {exc}") from exc
        if cls is not Org:
            init_missing(_obj)
        return _obj

    @staticmethod
    def _check(_src: Any) -> None:
        """Raise ``UnexpectedShapeError`` where ``from_dict`` would; build nothing."""
        if _src.__class__ is not dict and not isinstance(_src, Mapping):
            raise UnexpectedShapeError(f"Org: expected an object, got {type(_src).__name__}")
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
                    f"Org.date_joined: expected a timestamp or null, got {type(date_joined).__name__}"
                )

            user_groups = _get("user_groups", UNSET)
            if user_groups.__class__ is not list and user_groups is not None and user_groups is not UNSET:
                raise UnexpectedShapeError(
                    f"Org.user_groups: expected a list or null, got {type(user_groups).__name__}"
                )

            return
        except UnexpectedShapeError:
            raise
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise UnexpectedShapeError(f"Org: {type(exc).__name__}: {exc}") from exc

    @classmethod
    def _build(cls, _src: Any) -> Org:
        """Build from data ``_check`` accepted (a nested field's first read)."""
        _get = _src.get
        _obj = _new(cls)
        _obj.id = _get("id", UNSET)

        _obj.uuid = _get("uuid", UNSET)

        _obj.orgname = _get("orgname", UNSET)

        _obj.full_name = _get("full_name", UNSET)

        _obj.location = _get("location", UNSET)

        _obj.company = _get("company", UNSET)

        _obj.profile_url = _get("profile_url", UNSET)

        _obj._raw_date_joined = _get("date_joined", UNSET)

        _obj.gravatar_url = _get("gravatar_url", UNSET)

        _obj.gravatar_email = _get("gravatar_email", UNSET)

        _obj.type_ = _get("type", UNSET)

        _obj.badge = _get("badge", UNSET)

        _obj.is_active = _get("is_active", UNSET)

        _obj.user_role = _get("user_role", UNSET)

        _obj.user_groups = _get("user_groups", UNSET)

        _obj.org_groups_count = _get("org_groups_count", UNSET)

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
        "orgname",
        "full_name",
        "location",
        "company",
        "profile_url",
        "date_joined",
        "gravatar_url",
        "gravatar_email",
        "type",
        "badge",
        "is_active",
        "user_role",
        "user_groups",
        "org_groups_count",
    }
)
lazy_timestamps(
    Org,
    "date_joined",
)
