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

T = TypeVar("T", bound="WebhookPipelineHook")


class _WebhookPipelineHookRaw:
    """What each timestamp or nested-model field holds behind its property: the received
    value until the first read (a nested model's data in a 1-tuple), then the parsed one."""

    __slots__ = (
        "_raw_created",
        "_raw_last_updated",
    )
    _raw_created: Any
    _raw_last_updated: Any


@_attrs_define
class WebhookPipelineHook(_WebhookPipelineHookRaw):
    """One URL a webhook pipeline calls.

    Attributes:
        name (str | Unset):
        hook_url (str | Unset):
        created (datetime.datetime | None | Unset):
        last_updated (datetime.datetime | None | Unset):
    """

    name: str | Unset = UNSET
    hook_url: str | Unset = UNSET
    created: datetime.datetime | None | Unset = UNSET
    last_updated: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data: what was received, unknown fields included."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.name is not UNSET:
            field_dict["name"] = self.name

        if self.hook_url is not UNSET:
            field_dict["hook_url"] = self.hook_url

        created = self._raw_created
        if created.__class__ is not str and created is not None and created is not UNSET:
            created = timestamp_text(created)
        if created is not UNSET:
            field_dict["created"] = created

        last_updated = self._raw_last_updated
        if last_updated.__class__ is not str and last_updated is not None and last_updated is not UNSET:
            last_updated = timestamp_text(last_updated)
        if last_updated is not UNSET:
            field_dict["last_updated"] = last_updated

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse the JSON object ``src_dict``; ``UnexpectedShapeError`` when it does not fit.

        Everything is checked here; nested models are built on the first read of their
        field, from the data given (kept, not copied, until then).
        """
        _src = src_dict
        if _src.__class__ is not dict and not isinstance(_src, Mapping):
            raise UnexpectedShapeError(f"WebhookPipelineHook: expected an object, got {type(_src).__name__}")
        try:
            _get = _src.get
            _obj = _new(cls)
            _obj.name = _get("name", UNSET)

            _obj.hook_url = _get("hook_url", UNSET)

            created = _get("created", UNSET)
            if created.__class__ is str:
                if created:
                    check_timestamp(created)
            elif created is not None and created is not UNSET and not isinstance(created, datetime.datetime):
                raise UnexpectedShapeError(
                    f"WebhookPipelineHook.created: expected a timestamp or null, got {type(created).__name__}"
                )
            _obj._raw_created = created

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
                    f"WebhookPipelineHook.last_updated: expected a timestamp or null, got {type(last_updated).__name__}"
                )
            _obj._raw_last_updated = last_updated

            _obj.additional_properties = (
                {} if _KNOWN.issuperset(_src) else {key: value for key, value in _src.items() if key not in _KNOWN}
            )

        except UnexpectedShapeError:
            raise
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise UnexpectedShapeError(f"WebhookPipelineHook: {type(exc).__name__}: {exc}") from exc
        if cls is not WebhookPipelineHook:
            init_missing(_obj)
        return _obj

    @staticmethod
    def _check(_src: Any) -> None:
        """Raise ``UnexpectedShapeError`` where ``from_dict`` would; build nothing."""
        if _src.__class__ is not dict and not isinstance(_src, Mapping):
            raise UnexpectedShapeError(f"WebhookPipelineHook: expected an object, got {type(_src).__name__}")
        try:
            _get = _src.get

            created = _get("created", UNSET)
            if created.__class__ is str:
                if created:
                    check_timestamp(created)
            elif created is not None and created is not UNSET and not isinstance(created, datetime.datetime):
                raise UnexpectedShapeError(
                    f"WebhookPipelineHook.created: expected a timestamp or null, got {type(created).__name__}"
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
                    f"WebhookPipelineHook.last_updated: expected a timestamp or null, got {type(last_updated).__name__}"
                )

            return
        except UnexpectedShapeError:
            raise
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise UnexpectedShapeError(f"WebhookPipelineHook: {type(exc).__name__}: {exc}") from exc

    @classmethod
    def _build(cls, _src: Any) -> WebhookPipelineHook:
        """Build from data ``_check`` accepted (a nested field's first read)."""
        _get = _src.get
        _obj = _new(cls)
        _obj.name = _get("name", UNSET)

        _obj.hook_url = _get("hook_url", UNSET)

        _obj._raw_created = _get("created", UNSET)

        _obj._raw_last_updated = _get("last_updated", UNSET)

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
        "name",
        "hook_url",
        "created",
        "last_updated",
    }
)
lazy_timestamps(
    WebhookPipelineHook,
    "created",
    "last_updated",
)
