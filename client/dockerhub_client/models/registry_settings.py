from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RegistrySettings")


@_attrs_define
class RegistrySettings:
    """Private repository quota of an account.

    Attributes:
        private_repo_used (int | Unset):
        num_free_private_repos (int | Unset):
        private_repo_limit (int | Unset):
        private_repo_available (int | Unset):
        private_repo_percent_used (float | Unset):
        default_repo_visibility (str | Unset):
    """

    private_repo_used: int | Unset = UNSET
    num_free_private_repos: int | Unset = UNSET
    private_repo_limit: int | Unset = UNSET
    private_repo_available: int | Unset = UNSET
    private_repo_percent_used: float | Unset = UNSET
    default_repo_visibility: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        private_repo_used = self.private_repo_used

        num_free_private_repos = self.num_free_private_repos

        private_repo_limit = self.private_repo_limit

        private_repo_available = self.private_repo_available

        private_repo_percent_used = self.private_repo_percent_used

        default_repo_visibility = self.default_repo_visibility

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if private_repo_used is not UNSET:
            field_dict["private_repo_used"] = private_repo_used
        if num_free_private_repos is not UNSET:
            field_dict["num_free_private_repos"] = num_free_private_repos
        if private_repo_limit is not UNSET:
            field_dict["private_repo_limit"] = private_repo_limit
        if private_repo_available is not UNSET:
            field_dict["private_repo_available"] = private_repo_available
        if private_repo_percent_used is not UNSET:
            field_dict["private_repo_percent_used"] = private_repo_percent_used
        if default_repo_visibility is not UNSET:
            field_dict["default_repo_visibility"] = default_repo_visibility

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        private_repo_used = d.pop("private_repo_used", UNSET)

        num_free_private_repos = d.pop("num_free_private_repos", UNSET)

        private_repo_limit = d.pop("private_repo_limit", UNSET)

        private_repo_available = d.pop("private_repo_available", UNSET)

        private_repo_percent_used = d.pop("private_repo_percent_used", UNSET)

        default_repo_visibility = d.pop("default_repo_visibility", UNSET)

        registry_settings = cls(
            private_repo_used=private_repo_used,
            num_free_private_repos=num_free_private_repos,
            private_repo_limit=private_repo_limit,
            private_repo_available=private_repo_available,
            private_repo_percent_used=private_repo_percent_used,
            default_repo_visibility=default_repo_visibility,
        )

        registry_settings.additional_properties = d
        return registry_settings

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
