from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CurrentUser")


@_attrs_define
class CurrentUser:
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
        id = self.id

        uuid = self.uuid

        username = self.username

        full_name = self.full_name

        location = self.location

        company = self.company

        profile_url = self.profile_url

        date_joined: str | Unset = UNSET
        if not isinstance(self.date_joined, Unset):
            date_joined = self.date_joined.isoformat().replace("+00:00", "Z")

        gravatar_url = self.gravatar_url

        gravatar_email = self.gravatar_email

        type_ = self.type_

        is_staff = self.is_staff

        is_admin = self.is_admin

        email = self.email

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
        if is_staff is not UNSET:
            field_dict["is_staff"] = is_staff
        if is_admin is not UNSET:
            field_dict["is_admin"] = is_admin
        if email is not UNSET:
            field_dict["email"] = email

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

        _date_joined = d.pop("date_joined", UNSET)
        date_joined: datetime.datetime | Unset
        if isinstance(_date_joined, Unset):
            date_joined = UNSET
        else:
            date_joined = datetime.datetime.fromisoformat(_date_joined)

        gravatar_url = d.pop("gravatar_url", UNSET)

        gravatar_email = d.pop("gravatar_email", UNSET)

        type_ = d.pop("type", UNSET)

        is_staff = d.pop("is_staff", UNSET)

        is_admin = d.pop("is_admin", UNSET)

        email = d.pop("email", UNSET)

        current_user = cls(
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
            is_staff=is_staff,
            is_admin=is_admin,
            email=email,
        )

        current_user.additional_properties = d
        return current_user

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
