from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BuildTriggerHistoryEntry")


@_attrs_define
class BuildTriggerHistoryEntry:
    """One call made to a build trigger. `ip_address` may carry trailing whitespace.

    Attributes:
        ip_address (str | Unset):
        result (str | Unset):
        result_desc (str | Unset):
        user_agent (str | Unset):
        request_body (None | str | Unset):
        created (datetime.datetime | None | Unset):
        build_code (None | str | Unset):
    """

    ip_address: str | Unset = UNSET
    result: str | Unset = UNSET
    result_desc: str | Unset = UNSET
    user_agent: str | Unset = UNSET
    request_body: None | str | Unset = UNSET
    created: datetime.datetime | None | Unset = UNSET
    build_code: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ip_address = self.ip_address

        result = self.result

        result_desc = self.result_desc

        user_agent = self.user_agent

        request_body: None | str | Unset
        if isinstance(self.request_body, Unset):
            request_body = UNSET
        else:
            request_body = self.request_body

        created: None | str | Unset
        if isinstance(self.created, Unset):
            created = UNSET
        elif isinstance(self.created, datetime.datetime):
            created = self.created.isoformat().replace("+00:00", "Z")
        else:
            created = self.created

        build_code: None | str | Unset
        if isinstance(self.build_code, Unset):
            build_code = UNSET
        else:
            build_code = self.build_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ip_address is not UNSET:
            field_dict["ip_address"] = ip_address
        if result is not UNSET:
            field_dict["result"] = result
        if result_desc is not UNSET:
            field_dict["result_desc"] = result_desc
        if user_agent is not UNSET:
            field_dict["user_agent"] = user_agent
        if request_body is not UNSET:
            field_dict["request_body"] = request_body
        if created is not UNSET:
            field_dict["created"] = created
        if build_code is not UNSET:
            field_dict["build_code"] = build_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        ip_address = d.pop("ip_address", UNSET)

        result = d.pop("result", UNSET)

        result_desc = d.pop("result_desc", UNSET)

        user_agent = d.pop("user_agent", UNSET)

        def _parse_request_body(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        request_body = _parse_request_body(d.pop("request_body", UNSET))

        def _parse_created(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                created_type_0 = datetime.datetime.fromisoformat(data)

                return created_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        created = _parse_created(d.pop("created", UNSET))

        def _parse_build_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        build_code = _parse_build_code(d.pop("build_code", UNSET))

        build_trigger_history_entry = cls(
            ip_address=ip_address,
            result=result,
            result_desc=result_desc,
            user_agent=user_agent,
            request_body=request_body,
            created=created,
            build_code=build_code,
        )

        build_trigger_history_entry.additional_properties = d
        return build_trigger_history_entry

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
