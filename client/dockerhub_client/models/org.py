from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Org")


@_attrs_define
class Org:
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
        user_groups (list[str] | Unset):
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
    user_groups: list[str] | Unset = UNSET
    org_groups_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        uuid = self.uuid

        orgname = self.orgname

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

        badge = self.badge

        is_active = self.is_active

        user_role = self.user_role

        user_groups: list[str] | Unset = UNSET
        if not isinstance(self.user_groups, Unset):
            user_groups = self.user_groups

        org_groups_count = self.org_groups_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if uuid is not UNSET:
            field_dict["uuid"] = uuid
        if orgname is not UNSET:
            field_dict["orgname"] = orgname
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
        if badge is not UNSET:
            field_dict["badge"] = badge
        if is_active is not UNSET:
            field_dict["is_active"] = is_active
        if user_role is not UNSET:
            field_dict["user_role"] = user_role
        if user_groups is not UNSET:
            field_dict["user_groups"] = user_groups
        if org_groups_count is not UNSET:
            field_dict["org_groups_count"] = org_groups_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        uuid = d.pop("uuid", UNSET)

        orgname = d.pop("orgname", UNSET)

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

        badge = d.pop("badge", UNSET)

        is_active = d.pop("is_active", UNSET)

        user_role = d.pop("user_role", UNSET)

        user_groups = cast(list[str], d.pop("user_groups", UNSET))

        org_groups_count = d.pop("org_groups_count", UNSET)

        org = cls(
            id=id,
            uuid=uuid,
            orgname=orgname,
            full_name=full_name,
            location=location,
            company=company,
            profile_url=profile_url,
            date_joined=date_joined,
            gravatar_url=gravatar_url,
            gravatar_email=gravatar_email,
            type_=type_,
            badge=badge,
            is_active=is_active,
            user_role=user_role,
            user_groups=user_groups,
            org_groups_count=org_groups_count,
        )

        org.additional_properties = d
        return org

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
