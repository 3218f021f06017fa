from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WebhookHook")


@_attrs_define
class WebhookHook:
    """One URL called by a webhook.

    Attributes:
        id (int | Unset):
        creator (str | Unset): Username of the creator.
        last_updater (str | Unset): Username of the last updater.
        hook_url (str | Unset):
        date_added (datetime.datetime | None | Unset):
        last_updated (datetime.datetime | None | Unset):
        active (bool | Unset):
    """

    id: int | Unset = UNSET
    creator: str | Unset = UNSET
    last_updater: str | Unset = UNSET
    hook_url: str | Unset = UNSET
    date_added: datetime.datetime | None | Unset = UNSET
    last_updated: datetime.datetime | None | Unset = UNSET
    active: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        creator = self.creator

        last_updater = self.last_updater

        hook_url = self.hook_url

        date_added: None | str | Unset
        if isinstance(self.date_added, Unset):
            date_added = UNSET
        elif isinstance(self.date_added, datetime.datetime):
            date_added = self.date_added.isoformat().replace("+00:00", "Z")
        else:
            date_added = self.date_added

        last_updated: None | str | Unset
        if isinstance(self.last_updated, Unset):
            last_updated = UNSET
        elif isinstance(self.last_updated, datetime.datetime):
            last_updated = self.last_updated.isoformat().replace("+00:00", "Z")
        else:
            last_updated = self.last_updated

        active = self.active

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if creator is not UNSET:
            field_dict["creator"] = creator
        if last_updater is not UNSET:
            field_dict["last_updater"] = last_updater
        if hook_url is not UNSET:
            field_dict["hook_url"] = hook_url
        if date_added is not UNSET:
            field_dict["date_added"] = date_added
        if last_updated is not UNSET:
            field_dict["last_updated"] = last_updated
        if active is not UNSET:
            field_dict["active"] = active

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        creator = d.pop("creator", UNSET)

        last_updater = d.pop("last_updater", UNSET)

        hook_url = d.pop("hook_url", UNSET)

        def _parse_date_added(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_added_type_0 = datetime.datetime.fromisoformat(data)

                return date_added_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        date_added = _parse_date_added(d.pop("date_added", UNSET))

        def _parse_last_updated(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_updated_type_0 = datetime.datetime.fromisoformat(data)

                return last_updated_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        last_updated = _parse_last_updated(d.pop("last_updated", UNSET))

        active = d.pop("active", UNSET)

        webhook_hook = cls(
            id=id,
            creator=creator,
            last_updater=last_updater,
            hook_url=hook_url,
            date_added=date_added,
            last_updated=last_updated,
            active=active,
        )

        webhook_hook.additional_properties = d
        return webhook_hook

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
