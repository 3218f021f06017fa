from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BulkInviteRequest")


@_attrs_define
class BulkInviteRequest:
    """
    Attributes:
        org (str):
        invitees (list[str]): Docker IDs or email addresses.
        team (str | Unset):
        role (str | Unset):
        dry_run (bool | Unset):  Default: False.
    """

    org: str
    invitees: list[str]
    team: str | Unset = UNSET
    role: str | Unset = UNSET
    dry_run: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        org = self.org

        invitees = self.invitees

        team = self.team

        role = self.role

        dry_run = self.dry_run

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "org": org,
                "invitees": invitees,
            }
        )
        if team is not UNSET:
            field_dict["team"] = team
        if role is not UNSET:
            field_dict["role"] = role
        if dry_run is not UNSET:
            field_dict["dry_run"] = dry_run

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        org = d.pop("org")

        invitees = cast(list[str], d.pop("invitees"))

        team = d.pop("team", UNSET)

        role = d.pop("role", UNSET)

        dry_run = d.pop("dry_run", UNSET)

        bulk_invite_request = cls(
            org=org,
            invitees=invitees,
            team=team,
            role=role,
            dry_run=dry_run,
        )

        bulk_invite_request.additional_properties = d
        return bulk_invite_request

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
