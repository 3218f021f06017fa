from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    UnexpectedShapeError,
    Unset,
    check_timestamp,
    init_missing,
    lazy_models,
    lazy_timestamps,
    timestamp_text,
)

if TYPE_CHECKING:
    from ..models.webhook_hook import WebhookHook


T = TypeVar("T", bound="Webhook")


class _WebhookRaw:
    """What each timestamp or nested-model field holds behind its property: the received
    value until the first read (a nested model's data in a 1-tuple), then the parsed one."""

    __slots__ = (
        "_raw_last_updated",
        "_raw_hooks",
    )
    _raw_last_updated: Any
    _raw_hooks: Any


@_attrs_define
class Webhook(_WebhookRaw):
    """A named webhook of a repository (legacy shape).

    Attributes:
        id (int | Unset):
        name (str | Unset):
        active (bool | Unset):
        expect_final_callback (bool | Unset):
        creator (str | Unset): Username of the creator.
        last_updated (datetime.datetime | None | Unset):
        last_updater (str | Unset): Username of the last updater.
        hooks (list[WebhookHook] | None | Unset):
    """

    id: int | Unset = UNSET
    name: str | Unset = UNSET
    active: bool | Unset = UNSET
    expect_final_callback: bool | Unset = UNSET
    creator: str | Unset = UNSET
    last_updated: datetime.datetime | None | Unset = UNSET
    last_updater: str | Unset = UNSET
    hooks: list[WebhookHook] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data: what was received, unknown fields included."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.id is not UNSET:
            field_dict["id"] = self.id

        if self.name is not UNSET:
            field_dict["name"] = self.name

        if self.active is not UNSET:
            field_dict["active"] = self.active

        if self.expect_final_callback is not UNSET:
            field_dict["expect_final_callback"] = self.expect_final_callback

        if self.creator is not UNSET:
            field_dict["creator"] = self.creator

        last_updated = self._raw_last_updated
        if last_updated.__class__ is not str and last_updated is not None and last_updated is not UNSET:
            last_updated = timestamp_text(last_updated)
        if last_updated is not UNSET:
            field_dict["last_updated"] = last_updated

        if self.last_updater is not UNSET:
            field_dict["last_updater"] = self.last_updater

        hooks = self.hooks
        if not isinstance(hooks, Unset):
            field_dict["hooks"] = None if hooks is None else [hooks_item.to_dict() for hooks_item in hooks]

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse the JSON object ``src_dict``; ``UnexpectedShapeError`` when it does not fit.

        Everything is checked here; nested models are built on the first read of their
        field, from the data given (kept, not copied, until then).
        """
        _src = src_dict
        if _src.__class__ is not dict and not isinstance(_src, Mapping):
            raise UnexpectedShapeError(f"Webhook: expected an object, got {type(_src).__name__}")
        try:
            _get = _src.get
            _obj = _new(cls)
            _obj.id = _get("id", UNSET)

            _obj.name = _get("name", UNSET)

            _obj.active = _get("active", UNSET)

            _obj.expect_final_callback = _get("expect_final_callback", UNSET)

            _obj.creator = _get("creator", UNSET)

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
                    f"Webhook.last_updated: expected a timestamp or null, got {type(last_updated).__name__}"
                )
            _obj._raw_last_updated = last_updated

            _obj.last_updater = _get("last_updater", UNSET)

            hooks = _get("hooks", UNSET)
            if hooks.__class__ is list:
                hooks_check = WebhookHook._check
                for hooks_item in hooks:
                    hooks_check(hooks_item)
                hooks = (hooks,)
            elif hooks is not None and hooks is not UNSET:
                raise UnexpectedShapeError(f"Webhook.hooks: expected a list or null, got {type(hooks).__name__}")
            _obj._raw_hooks = hooks

            _obj.additional_properties = (
                {} if _KNOWN.issuperset(_src) else {key: value for key, value in _src.items() if key not in _KNOWN}
            )

        except UnexpectedShapeError:
            raise
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise UnexpectedShapeError(f"Webhook: {type(exc).__name__}: {exc}") from exc
        if cls is not Webhook:
            init_missing(_obj)
        return _obj

    @staticmethod
    def _check(_src: Any) -> None:
        """Raise ``UnexpectedShapeError`` where ``from_dict`` would; build nothing."""
        if _src.__class__ is not dict and not isinstance(_src, Mapping):
            raise UnexpectedShapeError(f"Webhook: expected an object, got {type(_src).__name__}")
        try:
            _get = _src.get

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
                    f"Webhook.last_updated: expected a timestamp or null, got {type(last_updated).__name__}"
                )

            hooks = _get("hooks", UNSET)
            if hooks.__class__ is list:
                hooks_check = WebhookHook._check
                for hooks_item in hooks:
                    hooks_check(hooks_item)
            elif hooks is not None and hooks is not UNSET:
                raise UnexpectedShapeError(f"Webhook.hooks: expected a list or null, got {type(hooks).__name__}")

            return
        except UnexpectedShapeError:
            raise
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise UnexpectedShapeError(f"Webhook: {type(exc).__name__}: {exc}") from exc

    @classmethod
    def _build(cls, _src: Any) -> Webhook:
        """Build from data ``_check`` accepted (a nested field's first read)."""
        _get = _src.get
        _obj = _new(cls)
        _obj.id = _get("id", UNSET)

        _obj.name = _get("name", UNSET)

        _obj.active = _get("active", UNSET)

        _obj.expect_final_callback = _get("expect_final_callback", UNSET)

        _obj.creator = _get("creator", UNSET)

        _obj._raw_last_updated = _get("last_updated", UNSET)

        _obj.last_updater = _get("last_updater", UNSET)

        hooks = _get("hooks", UNSET)
        _obj._raw_hooks = (hooks,) if hooks.__class__ is list else hooks

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
        "name",
        "active",
        "expect_final_callback",
        "creator",
        "last_updated",
        "last_updater",
        "hooks",
    }
)
lazy_timestamps(
    Webhook,
    "last_updated",
)

# The models this one refers to, imported after the class so that cycles resolve.
from ..models.webhook_hook import WebhookHook  # noqa: E402

lazy_models(
    Webhook,
    hooks=lambda items: [WebhookHook._build(item) for item in items],
)
