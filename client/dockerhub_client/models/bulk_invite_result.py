from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.org_invite import OrgInvite


T = TypeVar("T", bound="BulkInviteResult")


@_attrs_define
class BulkInviteResult:
    """
    Attributes:
        invitee (str | Unset):
        status (str | Unset):
        invite (OrgInvite | Unset): A pending invitation to an organization.
    """

    invitee: str | Unset = UNSET
    status: str | Unset = UNSET
    invite: OrgInvite | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        invitee = self.invitee

        status = self.status

        invite: dict[str, Any] | Unset = UNSET
        if not isinstance(self.invite, Unset):
            invite = self.invite.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if invitee is not UNSET:
            field_dict["invitee"] = invitee
        if status is not UNSET:
            field_dict["status"] = status
        if invite is not UNSET:
            field_dict["invite"] = invite

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.org_invite import OrgInvite  # noqa: PLC0415

        d = dict(src_dict)
        invitee = d.pop("invitee", UNSET)

        status = d.pop("status", UNSET)

        _invite = d.pop("invite", UNSET)
        invite: OrgInvite | Unset
        if isinstance(_invite, Unset):
            invite = UNSET
        else:
            invite = OrgInvite.from_dict(_invite)

        bulk_invite_result = cls(
            invitee=invitee,
            status=status,
            invite=invite,
        )

        bulk_invite_result.additional_properties = d
        return bulk_invite_result

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
