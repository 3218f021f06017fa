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
    redacted,
    timestamp_text,
)

T = TypeVar("T", bound="AccessToken")


class _AccessTokenRaw:
    """What each timestamp or nested-model field holds behind its property: the received
    value until the first read (a nested model's data in a 1-tuple), then the parsed one."""

    __slots__ = (
        "_raw_created_at",
        "_raw_last_used",
        "_raw_expires_at",
    )
    _raw_created_at: Any
    _raw_last_used: Any
    _raw_expires_at: Any


@_attrs_define
class AccessToken(_AccessTokenRaw):
    """A personal access token. `token` holds the secret only in the create response.

    Attributes:
        uuid (str | Unset):
        client_id (str | Unset):
        creator_ip (str | Unset):
        creator_ua (str | Unset):
        created_at (datetime.datetime | None | Unset):
        last_used (datetime.datetime | None | Unset):
        generated_by (str | Unset):
        is_active (bool | Unset):
        token (str | Unset):
        token_label (str | Unset):
        scopes (list[str] | None | Unset):
        expires_at (datetime.datetime | None | Unset):
    """

    uuid: str | Unset = UNSET
    client_id: str | Unset = UNSET
    creator_ip: str | Unset = UNSET
    creator_ua: str | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    last_used: datetime.datetime | None | Unset = UNSET
    generated_by: str | Unset = UNSET
    is_active: bool | Unset = UNSET
    token: str | Unset = _attrs_field(default=UNSET, repr=redacted)
    token_label: str | Unset = UNSET
    scopes: list[str] | None | Unset = UNSET
    expires_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data: what was received, unknown fields included."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.uuid is not UNSET:
            field_dict["uuid"] = self.uuid

        if self.client_id is not UNSET:
            field_dict["client_id"] = self.client_id

        if self.creator_ip is not UNSET:
            field_dict["creator_ip"] = self.creator_ip

        if self.creator_ua is not UNSET:
            field_dict["creator_ua"] = self.creator_ua

        created_at = self._raw_created_at
        if created_at.__class__ is not str and created_at is not None and created_at is not UNSET:
            created_at = timestamp_text(created_at)
        if created_at is not UNSET:
            field_dict["created_at"] = created_at

        last_used = self._raw_last_used
        if last_used.__class__ is not str and last_used is not None and last_used is not UNSET:
            last_used = timestamp_text(last_used)
        if last_used is not UNSET:
            field_dict["last_used"] = last_used

        if self.generated_by is not UNSET:
            field_dict["generated_by"] = self.generated_by

        if self.is_active is not UNSET:
            field_dict["is_active"] = self.is_active

        if self.token is not UNSET:
            field_dict["token"] = self.token

        if self.token_label is not UNSET:
            field_dict["token_label"] = self.token_label

        scopes = self.scopes
        if not isinstance(scopes, Unset):
            field_dict["scopes"] = None if scopes is None else list(scopes)

        expires_at = self._raw_expires_at
        if expires_at.__class__ is not str and expires_at is not None and expires_at is not UNSET:
            expires_at = timestamp_text(expires_at)
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse the JSON object ``src_dict``; ``UnexpectedShapeError`` when it does not fit.

        Everything is checked here; nested models are built on the first read of their
        field, from the data given (kept, not copied, until then).
        """
        _src = src_dict
        if _src.__class__ is not dict and not isinstance(_src, Mapping):
            raise UnexpectedShapeError(f"AccessToken: expected an object, got {type(_src).__name__}")
        try:
            _get = _src.get
            _obj = _new(cls)
            _obj.uuid = _get("uuid", UNSET)

            _obj.client_id = _get("client_id", UNSET)

            _obj.creator_ip = _get("creator_ip", UNSET)

            _obj.creator_ua = _get("creator_ua", UNSET)

            created_at = _get("created_at", UNSET)
            if created_at.__class__ is str:
                if created_at:
                    check_timestamp(created_at)
            elif created_at is not None and created_at is not UNSET and not isinstance(created_at, datetime.datetime):
                raise UnexpectedShapeError(
                    f"AccessToken.created_at: expected a timestamp or null, got {type(created_at).__name__}"
                )
            _obj._raw_created_at = created_at

            last_used = _get("last_used", UNSET)
            if last_used.__class__ is str:
                if last_used:
                    check_timestamp(last_used)
            elif last_used is not None and last_used is not UNSET and not isinstance(last_used, datetime.datetime):
                raise UnexpectedShapeError(
                    f"AccessToken.last_used: expected a timestamp or null, got {type(last_used).__name__}"
                )
            _obj._raw_last_used = last_used

            _obj.generated_by = _get("generated_by", UNSET)

            _obj.is_active = _get("is_active", UNSET)

            _obj.token = _get("token", UNSET)

            _obj.token_label = _get("token_label", UNSET)

            scopes = _get("scopes", UNSET)
            if scopes.__class__ is not list and scopes is not None and scopes is not UNSET:
                raise UnexpectedShapeError(f"AccessToken.scopes: expected a list or null, got {type(scopes).__name__}")
            _obj.scopes = scopes

            expires_at = _get("expires_at", UNSET)
            if expires_at.__class__ is str:
                if expires_at:
                    check_timestamp(expires_at)
            elif expires_at is not None and expires_at is not UNSET and not isinstance(expires_at, datetime.datetime):
                raise UnexpectedShapeError(
                    f"AccessToken.expires_at: expected a timestamp or null, got {type(expires_at).__name__}"
                )
            _obj._raw_expires_at = expires_at

            _obj.additional_properties = (
                {} if _KNOWN.issuperset(_src) else {key: value for key, value in _src.items() if key not in _KNOWN}
            )

        except UnexpectedShapeError:
            raise
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise UnexpectedShapeError(f"AccessToken: {type(exc).__name__}: {exc}") from exc
        if cls is not AccessToken:
            init_missing(_obj)
        return _obj

    @staticmethod
    def _check(_src: Any) -> None:
        """Raise ``UnexpectedShapeError`` where ``from_dict`` would; build nothing."""
        if _src.__class__ is not dict and not isinstance(_src, Mapping):
            raise UnexpectedShapeError(f"AccessToken: expected an object, got {type(_src).__name__}")
        try:
            _get = _src.get

            created_at = _get("created_at", UNSET)
            if created_at.__class__ is str:
                if created_at:
                    check_timestamp(created_at)
            elif created_at is not None and created_at is not UNSET and not isinstance(created_at, datetime.datetime):
                raise UnexpectedShapeError(
                    f"AccessToken.created_at: expected a timestamp or null, got {type(created_at).__name__}"
                )

            last_used = _get("last_used", UNSET)
            if last_used.__class__ is str:
                if last_used:
                    check_timestamp(last_used)
            elif last_used is not None and last_used is not UNSET and not isinstance(last_used, datetime.datetime):
                raise UnexpectedShapeError(
                    f"AccessToken.last_used: expected a timestamp or null, got {type(last_used).__name__}"
                )

            scopes = _get("scopes", UNSET)
            if scopes.__class__ is not list and scopes is not None and scopes is not UNSET:
                raise UnexpectedShapeError(f"AccessToken.scopes: expected a list or null, got {type(scopes).__name__}")

            expires_at = _get("expires_at", UNSET)
            if expires_at.__class__ is str:
                if expires_at:
                    check_timestamp(expires_at)
            elif expires_at is not None and expires_at is not UNSET and not isinstance(expires_at, datetime.datetime):
                raise UnexpectedShapeError(
                    f"AccessToken.expires_at: expected a timestamp or null, got {type(expires_at).__name__}"
                )

            return
        except UnexpectedShapeError:
            raise
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise UnexpectedShapeError(f"AccessToken: {type(exc).__name__}: {exc}") from exc

    @classmethod
    def _build(cls, _src: Any) -> AccessToken:
        """Build from data ``_check`` accepted (a nested field's first read)."""
        _get = _src.get
        _obj = _new(cls)
        _obj.uuid = _get("uuid", UNSET)

        _obj.client_id = _get("client_id", UNSET)

        _obj.creator_ip = _get("creator_ip", UNSET)

        _obj.creator_ua = _get("creator_ua", UNSET)

        _obj._raw_created_at = _get("created_at", UNSET)

        _obj._raw_last_used = _get("last_used", UNSET)

        _obj.generated_by = _get("generated_by", UNSET)

        _obj.is_active = _get("is_active", UNSET)

        _obj.token = _get("token", UNSET)

        _obj.token_label = _get("token_label", UNSET)

        _obj.scopes = _get("scopes", UNSET)

        _obj._raw_expires_at = _get("expires_at", UNSET)

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
        "uuid",
        "client_id",
        "creator_ip",
        "creator_ua",
        "created_at",
        "last_used",
        "generated_by",
        "is_active",
        "token",
        "token_label",
        "scopes",
        "expires_at",
    }
)
lazy_timestamps(
    AccessToken,
    "created_at",
    "last_used",
    "expires_at",
)
