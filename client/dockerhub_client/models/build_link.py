from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BuildLink")


@_attrs_define
class BuildLink:
    """Link making updates of `to_repo` rebuild `from_repo`.

    Attributes:
        id (int | Unset):
        from_repo (str | Unset):
        to_repo (str | Unset):
    """

    id: int | Unset = UNSET
    from_repo: str | Unset = UNSET
    to_repo: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        from_repo = self.from_repo

        to_repo = self.to_repo

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if from_repo is not UNSET:
            field_dict["from_repo"] = from_repo
        if to_repo is not UNSET:
            field_dict["to_repo"] = to_repo

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        from_repo = d.pop("from_repo", UNSET)

        to_repo = d.pop("to_repo", UNSET)

        build_link = cls(
            id=id,
            from_repo=from_repo,
            to_repo=to_repo,
        )

        build_link.additional_properties = d
        return build_link

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
