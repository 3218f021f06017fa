from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AccessToken")


@_attrs_define
class AccessToken:
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
        scopes (list[str] | Unset):
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
    token: str | Unset = UNSET
    token_label: str | Unset = UNSET
    scopes: list[str] | Unset = UNSET
    expires_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        uuid = self.uuid

        client_id = self.client_id

        creator_ip = self.creator_ip

        creator_ua = self.creator_ua

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat().replace("+00:00", "Z")
        else:
            created_at = self.created_at

        last_used: None | str | Unset
        if isinstance(self.last_used, Unset):
            last_used = UNSET
        elif isinstance(self.last_used, datetime.datetime):
            last_used = self.last_used.isoformat().replace("+00:00", "Z")
        else:
            last_used = self.last_used

        generated_by = self.generated_by

        is_active = self.is_active

        token = self.token

        token_label = self.token_label

        scopes: list[str] | Unset = UNSET
        if not isinstance(self.scopes, Unset):
            scopes = self.scopes

        expires_at: None | str | Unset
        if isinstance(self.expires_at, Unset):
            expires_at = UNSET
        elif isinstance(self.expires_at, datetime.datetime):
            expires_at = self.expires_at.isoformat().replace("+00:00", "Z")
        else:
            expires_at = self.expires_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if uuid is not UNSET:
            field_dict["uuid"] = uuid
        if client_id is not UNSET:
            field_dict["client_id"] = client_id
        if creator_ip is not UNSET:
            field_dict["creator_ip"] = creator_ip
        if creator_ua is not UNSET:
            field_dict["creator_ua"] = creator_ua
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if last_used is not UNSET:
            field_dict["last_used"] = last_used
        if generated_by is not UNSET:
            field_dict["generated_by"] = generated_by
        if is_active is not UNSET:
            field_dict["is_active"] = is_active
        if token is not UNSET:
            field_dict["token"] = token
        if token_label is not UNSET:
            field_dict["token_label"] = token_label
        if scopes is not UNSET:
            field_dict["scopes"] = scopes
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        uuid = d.pop("uuid", UNSET)

        client_id = d.pop("client_id", UNSET)

        creator_ip = d.pop("creator_ip", UNSET)

        creator_ua = d.pop("creator_ua", UNSET)

        def _parse_created_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                created_at_type_0 = datetime.datetime.fromisoformat(data)

                return created_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        created_at = _parse_created_at(d.pop("created_at", UNSET))

        def _parse_last_used(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_used_type_0 = datetime.datetime.fromisoformat(data)

                return last_used_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        last_used = _parse_last_used(d.pop("last_used", UNSET))

        generated_by = d.pop("generated_by", UNSET)

        is_active = d.pop("is_active", UNSET)

        token = d.pop("token", UNSET)

        token_label = d.pop("token_label", UNSET)

        scopes = cast(list[str], d.pop("scopes", UNSET))

        def _parse_expires_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                expires_at_type_0 = datetime.datetime.fromisoformat(data)

                return expires_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        expires_at = _parse_expires_at(d.pop("expires_at", UNSET))

        access_token = cls(
            uuid=uuid,
            client_id=client_id,
            creator_ip=creator_ip,
            creator_ua=creator_ua,
            created_at=created_at,
            last_used=last_used,
            generated_by=generated_by,
            is_active=is_active,
            token=token,
            token_label=token_label,
            scopes=scopes,
            expires_at=expires_at,
        )

        access_token.additional_properties = d
        return access_token

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
