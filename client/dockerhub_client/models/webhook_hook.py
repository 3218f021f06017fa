from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    UnexpectedShapeError,
    Unset,
    check_timestamp,
    init_missing,
    lazy_timestamps,
    timestamp_text,
)

T = TypeVar("T", bound="WebhookHook")


class _WebhookHookRaw:
    """What each timestamp or nested-model field holds behind its property: the received
    value until the first read (a nested model's data in a 1-tuple), then the parsed one."""

    __slots__ = (
        "_raw_date_added",
        "_raw_last_updated",
    )
    _raw_date_added: Any
    _raw_last_updated: Any


@_attrs_define
class WebhookHook(_WebhookHookRaw):
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
        """This object as JSON-ready data: what was received, unknown fields included."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.id is not UNSET:
            field_dict["id"] = self.id

        if self.creator is not UNSET:
            field_dict["creator"] = self.creator

        if self.last_updater is not UNSET:
            field_dict["last_updater"] = self.last_updater

        if self.hook_url is not UNSET:
            field_dict["hook_url"] = self.hook_url

        date_added = self._raw_date_added
        if date_added.__class__ is not str and date_added is not None and date_added is not UNSET:
            date_added = timestamp_text(date_added)
        if date_added is not UNSET:
            field_dict["date_added"] = date_added

        last_updated = self._raw_last_updated
        if last_updated.__class__ is not str and last_updated is not None and last_updated is not UNSET:
            last_updated = timestamp_text(last_updated)
        if last_updated is not UNSET:
            field_dict["last_updated"] = last_updated

        if self.active is not UNSET:
            field_dict["active"] = self.active

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse the JSON object ``src_dict``; ``UnexpectedShapeError`` when it does not fit.

        Everything is checked here; nested models are built on the first read of their
        field, from the data given (kept, not copied, until then).
        """
        _src = src_dict
        if _src.__class__ is not dict and not isinstance(_src, Mapping):
            raise UnexpectedShapeError(f"WebhookHook: expected an object, got {type(_src).__name__}")
        try:
            _get = _src.get
            _obj = _new(cls)
            _obj.id = _get("id", UNSET)

            _obj.creator = _get("creator", UNSET)

            _obj.last_updater = _get("last_updater", UNSET)

            _obj.hook_url = _get("hook_url", UNSET)

            date_added = _get("date_added", UNSET)
            if date_added.__class__ is str:
                if date_added:
                    check_timestamp(date_added)
            elif date_added is not None and date_added is not UNSET and not isinstance(date_added, datetime.datetime):
                raise UnexpectedShapeError(
                    f"WebhookHook.date_added: expected a timestamp or null, got {type(date_added).__name__}"
                )
            _obj._raw_date_added = date_added

            last_updated = _get("last_updated", UNSET)
            if last_updated.__class__ is str:
                if last_updated:
                    check_timestamp(last_updated)
            elif (
                last_updated is not None
                and last_updated is not UNSET
                and not isinstance(last_updated, datetime.datetime)
            ):
                raise UnexpectedShapeError(
                    f"WebhookHook.last_updated: expected a timestamp or null, got {type(last_updated).__name__}"
                )
            _obj._raw_last_updated = last_updated

            _obj.active = _get("active", UNSET)

            _obj.additional_properties = (
                {} if _KNOWN.issuperset(_src) else {key: value for key, value in _src.items() if key not in _KNOWN}
            )

        except UnexpectedShapeError:
            raise
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise UnexpectedShapeError(f"WebhookHook: {type(exc).__name__}: {exc}") from exc
        if cls is not WebhookHook:
            init_missing(_obj)
        return _obj

    @staticmethod
    def _check(_src: Any) -> None:
        """Raise ``UnexpectedShapeError`` where ``from_dict`` would; build nothing."""
        if _src.__class__ is not dict and not isinstance(_src, Mapping):
            raise UnexpectedShapeError(f"WebhookHook: expected an object, got {type(_src).__name__}")
        try:
            _get = _src.get

            date_added = _get("date_added", UNSET)
            if date_added.__class__ is str:
                if date_added:
                    check_timestamp(date_added)
            elif date_added is not None and date_added is not UNSET and not isinstance(date_added, datetime.datetime):
                raise UnexpectedShapeError(
                    f"WebhookHook.date_added: expected a timestamp or null, got {type(date_added).__name__}"
                )

            last_updated = _get("last_updated", UNSET)
            if last_updated.__class__ is str:
                if last_updated:
                    check_timestamp(last_updated)
            elif (
                last_updated is not None
                and last_updated is not UNSET
                and not isinstance(last_updated, datetime.datetime)
            ):
                raise UnexpectedShapeError(
                    f"WebhookHook.last_updated: expected a timestamp or null, got {type(last_updated).__name__}"
                )

            return
        except UnexpectedShapeError:
            raise
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise UnexpectedShapeError(f"WebhookHook: {type(exc).__name__}: {exc}") from exc

    @classmethod
    def _build(cls, _src: Any) -> WebhookHook:
        """Build from data ``_check`` accepted (a nested field's first read)."""
        _get = _src.get
        _obj = _new(cls)
        _obj.id = _get("id", UNSET)

        _obj.creator = _get("creator", UNSET)

        _obj.last_updater = _get("last_updater", UNSET)

        _obj.hook_url = _get("hook_url", UNSET)

        _obj._raw_date_added = _get("date_added", UNSET)

        _obj._raw_last_updated = _get("last_updated", UNSET)

        _obj.active = _get("active", UNSET)

        _obj.additional_properties = (
            {} if _KNOWN.issuperset(_src) else {key: value for key, value in _src.items() if key not in _KNOWN}
        )

        return _obj

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


_new = object.__new__
_KNOWN: frozenset[str] = frozenset(
    {
        "id",
        "creator",
        "last_updater",
        "hook_url",
        "date_added",
        "last_updated",
        "active",
    }
)
lazy_timestamps(
    WebhookHook,
    "date_added",
    "last_updated",
)
