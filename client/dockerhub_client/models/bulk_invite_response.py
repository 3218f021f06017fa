from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bulk_invite_result import BulkInviteResult


T = TypeVar("T", bound="BulkInviteResponse")


@_attrs_define
class BulkInviteResponse:
    """
    Attributes:
        invitees (list[BulkInviteResult] | Unset):
    """

    invitees: list[BulkInviteResult] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        invitees: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.invitees, Unset):
            invitees = []
            for invitees_item_data in self.invitees:
                invitees_item = invitees_item_data.to_dict()
                invitees.append(invitees_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if invitees is not UNSET:
            field_dict["invitees"] = invitees

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bulk_invite_result import BulkInviteResult  # noqa: PLC0415

        d = dict(src_dict)
        _invitees = d.pop("invitees", UNSET)
        invitees: list[BulkInviteResult] | Unset = UNSET
        if _invitees is not UNSET:
            invitees = []
            for invitees_item_data in _invitees:
                invitees_item = BulkInviteResult.from_dict(invitees_item_data)

                invitees.append(invitees_item)

        bulk_invite_response = cls(
            invitees=invitees,
        )

        bulk_invite_response.additional_properties = d
        return bulk_invite_response

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
