from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OrgMember")


@_attrs_define
class OrgMember:
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
        groups (list[str] | Unset):
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
    groups: list[str] | Unset = UNSET
    is_guest: bool | Unset = UNSET
    primary_email: str | Unset = UNSET
    last_logged_in_at: datetime.datetime | None | Unset = UNSET
    last_seen_at: datetime.datetime | None | Unset = UNSET
    last_desktop_version: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        uuid = self.uuid

        username = self.username

        full_name = self.full_name

        location = self.location

        company = self.company

        profile_url = self.profile_url

        date_joined: None | str | Unset
        if isinstance(self.date_joined, Unset):
            date_joined = UNSET
        elif isinstance(self.date_joined, datetime.datetime):
            date_joined = self.date_joined.isoformat().replace("+00:00", "Z")
        else:
            date_joined = self.date_joined

        gravatar_url = self.gravatar_url

        gravatar_email = self.gravatar_email

        type_ = self.type_

        email = self.email

        role = self.role

        groups: list[str] | Unset = UNSET
        if not isinstance(self.groups, Unset):
            groups = self.groups

        is_guest = self.is_guest

        primary_email = self.primary_email

        last_logged_in_at: None | str | Unset
        if isinstance(self.last_logged_in_at, Unset):
            last_logged_in_at = UNSET
        elif isinstance(self.last_logged_in_at, datetime.datetime):
            last_logged_in_at = self.last_logged_in_at.isoformat().replace("+00:00", "Z")
        else:
            last_logged_in_at = self.last_logged_in_at

        last_seen_at: None | str | Unset
        if isinstance(self.last_seen_at, Unset):
            last_seen_at = UNSET
        elif isinstance(self.last_seen_at, datetime.datetime):
            last_seen_at = self.last_seen_at.isoformat().replace("+00:00", "Z")
        else:
            last_seen_at = self.last_seen_at

        last_desktop_version: None | str | Unset
        if isinstance(self.last_desktop_version, Unset):
            last_desktop_version = UNSET
        else:
            last_desktop_version = self.last_desktop_version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if uuid is not UNSET:
            field_dict["uuid"] = uuid
        if username is not UNSET:
            field_dict["username"] = username
        if full_name is not UNSET:
            field_dict["full_name"] = full_name
        if location is not UNSET:
            field_dict["location"] = location
        if company is not UNSET:
            field_dict["company"] = company
        if profile_url is not UNSET:
            field_dict["profile_url"] = profile_url
        if date_joined is not UNSET:
            field_dict["date_joined"] = date_joined
        if gravatar_url is not UNSET:
            field_dict["gravatar_url"] = gravatar_url
        if gravatar_email is not UNSET:
            field_dict["gravatar_email"] = gravatar_email
        if type_ is not UNSET:
            field_dict["type"] = type_
        if email is not UNSET:
            field_dict["email"] = email
        if role is not UNSET:
            field_dict["role"] = role
        if groups is not UNSET:
            field_dict["groups"] = groups
        if is_guest is not UNSET:
            field_dict["is_guest"] = is_guest
        if primary_email is not UNSET:
            field_dict["primary_email"] = primary_email
        if last_logged_in_at is not UNSET:
            field_dict["last_logged_in_at"] = last_logged_in_at
        if last_seen_at is not UNSET:
            field_dict["last_seen_at"] = last_seen_at
        if last_desktop_version is not UNSET:
            field_dict["last_desktop_version"] = last_desktop_version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        uuid = d.pop("uuid", UNSET)

        username = d.pop("username", UNSET)

        full_name = d.pop("full_name", UNSET)

        location = d.pop("location", UNSET)

        company = d.pop("company", UNSET)

        profile_url = d.pop("profile_url", UNSET)

        def _parse_date_joined(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_joined_type_0 = datetime.datetime.fromisoformat(data)

                return date_joined_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        date_joined = _parse_date_joined(d.pop("date_joined", UNSET))

        gravatar_url = d.pop("gravatar_url", UNSET)

        gravatar_email = d.pop("gravatar_email", UNSET)

        type_ = d.pop("type", UNSET)

        email = d.pop("email", UNSET)

        role = d.pop("role", UNSET)

        groups = cast(list[str], d.pop("groups", UNSET))

        is_guest = d.pop("is_guest", UNSET)

        primary_email = d.pop("primary_email", UNSET)

        def _parse_last_logged_in_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_logged_in_at_type_0 = datetime.datetime.fromisoformat(data)

                return last_logged_in_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        last_logged_in_at = _parse_last_logged_in_at(d.pop("last_logged_in_at", UNSET))

        def _parse_last_seen_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_seen_at_type_0 = datetime.datetime.fromisoformat(data)

                return last_seen_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        last_seen_at = _parse_last_seen_at(d.pop("last_seen_at", UNSET))

        def _parse_last_desktop_version(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        last_desktop_version = _parse_last_desktop_version(d.pop("last_desktop_version", UNSET))

        org_member = cls(
            id=id,
            uuid=uuid,
            username=username,
            full_name=full_name,
            location=location,
            company=company,
            profile_url=profile_url,
            date_joined=date_joined,
            gravatar_url=gravatar_url,
            gravatar_email=gravatar_email,
            type_=type_,
            email=email,
            role=role,
            groups=groups,
            is_guest=is_guest,
            primary_email=primary_email,
            last_logged_in_at=last_logged_in_at,
            last_seen_at=last_seen_at,
            last_desktop_version=last_desktop_version,
        )

        org_member.additional_properties = d
        return org_member

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
