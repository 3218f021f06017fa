from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TriggeredBuild")


@_attrs_define
class TriggeredBuild:
    """One build queued by `trigger_build`.

    Attributes:
        source_type (str | Unset):
        source_name (str | Unset):
        evaluated_tag_name (str | Unset):
        build_code (str | Unset):
        msg (str | Unset):
        queued_for_retry (bool | Unset):
    """

    source_type: str | Unset = UNSET
    source_name: str | Unset = UNSET
    evaluated_tag_name: str | Unset = UNSET
    build_code: str | Unset = UNSET
    msg: str | Unset = UNSET
    queued_for_retry: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        source_type = self.source_type

        source_name = self.source_name

        evaluated_tag_name = self.evaluated_tag_name

        build_code = self.build_code

        msg = self.msg

        queued_for_retry = self.queued_for_retry

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if source_type is not UNSET:
            field_dict["source_type"] = source_type
        if source_name is not UNSET:
            field_dict["source_name"] = source_name
        if evaluated_tag_name is not UNSET:
            field_dict["evaluated_tag_name"] = evaluated_tag_name
        if build_code is not UNSET:
            field_dict["build_code"] = build_code
        if msg is not UNSET:
            field_dict["msg"] = msg
        if queued_for_retry is not UNSET:
            field_dict["queued_for_retry"] = queued_for_retry

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        source_type = d.pop("source_type", UNSET)

        source_name = d.pop("source_name", UNSET)

        evaluated_tag_name = d.pop("evaluated_tag_name", UNSET)

        build_code = d.pop("build_code", UNSET)

        msg = d.pop("msg", UNSET)

        queued_for_retry = d.pop("queued_for_retry", UNSET)

        triggered_build = cls(
            source_type=source_type,
            source_name=source_name,
            evaluated_tag_name=evaluated_tag_name,
            build_code=build_code,
            msg=msg,
            queued_for_retry=queued_for_retry,
        )

        triggered_build.additional_properties = d
        return triggered_build

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
