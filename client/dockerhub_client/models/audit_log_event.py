from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.audit_log_event_data import AuditLogEventData


T = TypeVar("T", bound="AuditLogEvent")


@_attrs_define
class AuditLogEvent:
    """One audit event.

    Attributes:
        account (str | Unset):
        action (str | Unset):
        name (str | Unset):
        actor (str | Unset):
        data (AuditLogEventData | Unset): Action-specific details.
        timestamp (datetime.datetime | None | Unset):
        action_description (str | Unset):
    """

    account: str | Unset = UNSET
    action: str | Unset = UNSET
    name: str | Unset = UNSET
    actor: str | Unset = UNSET
    data: AuditLogEventData | Unset = UNSET
    timestamp: datetime.datetime | None | Unset = UNSET
    action_description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account = self.account

        action = self.action

        name = self.name

        actor = self.actor

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        timestamp: None | str | Unset
        if isinstance(self.timestamp, Unset):
            timestamp = UNSET
        elif isinstance(self.timestamp, datetime.datetime):
            timestamp = self.timestamp.isoformat().replace("+00:00", "Z")
        else:
            timestamp = self.timestamp

        action_description = self.action_description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if account is not UNSET:
            field_dict["account"] = account
        if action is not UNSET:
            field_dict["action"] = action
        if name is not UNSET:
            field_dict["name"] = name
        if actor is not UNSET:
            field_dict["actor"] = actor
        if data is not UNSET:
            field_dict["data"] = data
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if action_description is not UNSET:
            field_dict["action_description"] = action_description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.audit_log_event_data import AuditLogEventData  # noqa: PLC0415

        d = dict(src_dict)
        account = d.pop("account", UNSET)

        action = d.pop("action", UNSET)

        name = d.pop("name", UNSET)

        actor = d.pop("actor", UNSET)

        _data = d.pop("data", UNSET)
        data: AuditLogEventData | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = AuditLogEventData.from_dict(_data)

        def _parse_timestamp(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                timestamp_type_0 = datetime.datetime.fromisoformat(data)

                return timestamp_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        timestamp = _parse_timestamp(d.pop("timestamp", UNSET))

        action_description = d.pop("action_description", UNSET)

        audit_log_event = cls(
            account=account,
            action=action,
            name=name,
            actor=actor,
            data=data,
            timestamp=timestamp,
            action_description=action_description,
        )

        audit_log_event.additional_properties = d
        return audit_log_event

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
