from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.webhook_hook import WebhookHook


T = TypeVar("T", bound="Webhook")


@_attrs_define
class Webhook:
    """A named webhook of a repository (legacy shape).

    Attributes:
        id (int | Unset):
        name (str | Unset):
        active (bool | Unset):
        expect_final_callback (bool | Unset):
        creator (str | Unset): Username of the creator.
        last_updated (datetime.datetime | None | Unset):
        last_updater (str | Unset): Username of the last updater.
        hooks (list[WebhookHook] | Unset):
    """

    id: int | Unset = UNSET
    name: str | Unset = UNSET
    active: bool | Unset = UNSET
    expect_final_callback: bool | Unset = UNSET
    creator: str | Unset = UNSET
    last_updated: datetime.datetime | None | Unset = UNSET
    last_updater: str | Unset = UNSET
    hooks: list[WebhookHook] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        active = self.active

        expect_final_callback = self.expect_final_callback

        creator = self.creator

        last_updated: None | str | Unset
        if isinstance(self.last_updated, Unset):
            last_updated = UNSET
        elif isinstance(self.last_updated, datetime.datetime):
            last_updated = self.last_updated.isoformat().replace("+00:00", "Z")
        else:
            last_updated = self.last_updated

        last_updater = self.last_updater

        hooks: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.hooks, Unset):
            hooks = []
            for hooks_item_data in self.hooks:
                hooks_item = hooks_item_data.to_dict()
                hooks.append(hooks_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if active is not UNSET:
            field_dict["active"] = active
        if expect_final_callback is not UNSET:
            field_dict["expect_final_callback"] = expect_final_callback
        if creator is not UNSET:
            field_dict["creator"] = creator
        if last_updated is not UNSET:
            field_dict["last_updated"] = last_updated
        if last_updater is not UNSET:
            field_dict["last_updater"] = last_updater
        if hooks is not UNSET:
            field_dict["hooks"] = hooks

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.webhook_hook import WebhookHook  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        active = d.pop("active", UNSET)

        expect_final_callback = d.pop("expect_final_callback", UNSET)

        creator = d.pop("creator", UNSET)

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

        last_updater = d.pop("last_updater", UNSET)

        _hooks = d.pop("hooks", UNSET)
        hooks: list[WebhookHook] | Unset = UNSET
        if _hooks is not UNSET:
            hooks = []
            for hooks_item_data in _hooks:
                hooks_item = WebhookHook.from_dict(hooks_item_data)

                hooks.append(hooks_item)

        webhook = cls(
            id=id,
            name=name,
            active=active,
            expect_final_callback=expect_final_callback,
            creator=creator,
            last_updated=last_updated,
            last_updater=last_updater,
            hooks=hooks,
        )

        webhook.additional_properties = d
        return webhook

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
