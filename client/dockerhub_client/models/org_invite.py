from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OrgInvite")


@_attrs_define
class OrgInvite:
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
        id = self.id

        inviter_username = self.inviter_username

        invitee = self.invitee

        org = self.org

        team: None | str | Unset
        if isinstance(self.team, Unset):
            team = UNSET
        else:
            team = self.team

        role = self.role

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat().replace("+00:00", "Z")
        else:
            created_at = self.created_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if inviter_username is not UNSET:
            field_dict["inviter_username"] = inviter_username
        if invitee is not UNSET:
            field_dict["invitee"] = invitee
        if org is not UNSET:
            field_dict["org"] = org
        if team is not UNSET:
            field_dict["team"] = team
        if role is not UNSET:
            field_dict["role"] = role
        if created_at is not UNSET:
            field_dict["created_at"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        inviter_username = d.pop("inviter_username", UNSET)

        invitee = d.pop("invitee", UNSET)

        org = d.pop("org", UNSET)

        def _parse_team(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        team = _parse_team(d.pop("team", UNSET))

        role = d.pop("role", UNSET)

        def _parse_created_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                created_at_type_0 = datetime.datetime.fromisoformat(data)

                return created_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        created_at = _parse_created_at(d.pop("created_at", UNSET))

        org_invite = cls(
            id=id,
            inviter_username=inviter_username,
            invitee=invitee,
            org=org,
            team=team,
            role=role,
            created_at=created_at,
        )

        org_invite.additional_properties = d
        return org_invite

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
