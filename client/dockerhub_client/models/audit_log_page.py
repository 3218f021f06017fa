from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.audit_log_event import AuditLogEvent


T = TypeVar("T", bound="AuditLogPage")


@_attrs_define
class AuditLogPage:
    """One page of audit events under `logs`. The Hub sends no `count`, `next` or
    `previous`: walk by `page` until a page is shorter than `page_size` or empty.

        Attributes:
            logs (list[AuditLogEvent] | Unset):
    """

    logs: list[AuditLogEvent] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        logs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.logs, Unset):
            logs = []
            for logs_item_data in self.logs:
                logs_item = logs_item_data.to_dict()
                logs.append(logs_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if logs is not UNSET:
            field_dict["logs"] = logs

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.audit_log_event import AuditLogEvent  # noqa: PLC0415

        d = dict(src_dict)
        _logs = d.pop("logs", UNSET)
        logs: list[AuditLogEvent] | Unset = UNSET
        if _logs is not UNSET:
            logs = []
            for logs_item_data in _logs:
                logs_item = AuditLogEvent.from_dict(logs_item_data)

                logs.append(logs_item)

        audit_log_page = cls(
            logs=logs,
        )

        audit_log_page.additional_properties = d
        return audit_log_page

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
