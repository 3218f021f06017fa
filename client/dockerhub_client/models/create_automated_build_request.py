from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.build_tag_input import BuildTagInput


T = TypeVar("T", bound="CreateAutomatedBuildRequest")


@_attrs_define
class CreateAutomatedBuildRequest:
    """Body of `create_automated_build`. The original client filled `name`, `namespace`,
    `active` (true) and `dockerhub_repo_name` (`namespace/name`) itself.

        Attributes:
            name (str | Unset):
            namespace (str | Unset):
            active (bool | Unset):
            dockerhub_repo_name (str | Unset):
            provider (str | Unset): `github` or `bitbucket`.
            vcs_repo_name (str | Unset): Source repository as `owner/name`.
            is_private (bool | Unset):
            description (str | Unset):
            build_tags (list[BuildTagInput] | Unset):
    """

    name: str | Unset = UNSET
    namespace: str | Unset = UNSET
    active: bool | Unset = UNSET
    dockerhub_repo_name: str | Unset = UNSET
    provider: str | Unset = UNSET
    vcs_repo_name: str | Unset = UNSET
    is_private: bool | Unset = UNSET
    description: str | Unset = UNSET
    build_tags: list[BuildTagInput] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        namespace = self.namespace

        active = self.active

        dockerhub_repo_name = self.dockerhub_repo_name

        provider = self.provider

        vcs_repo_name = self.vcs_repo_name

        is_private = self.is_private

        description = self.description

        build_tags: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.build_tags, Unset):
            build_tags = []
            for build_tags_item_data in self.build_tags:
                build_tags_item = build_tags_item_data.to_dict()
                build_tags.append(build_tags_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if namespace is not UNSET:
            field_dict["namespace"] = namespace
        if active is not UNSET:
            field_dict["active"] = active
        if dockerhub_repo_name is not UNSET:
            field_dict["dockerhub_repo_name"] = dockerhub_repo_name
        if provider is not UNSET:
            field_dict["provider"] = provider
        if vcs_repo_name is not UNSET:
            field_dict["vcs_repo_name"] = vcs_repo_name
        if is_private is not UNSET:
            field_dict["is_private"] = is_private
        if description is not UNSET:
            field_dict["description"] = description
        if build_tags is not UNSET:
            field_dict["build_tags"] = build_tags

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.build_tag_input import BuildTagInput  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name", UNSET)

        namespace = d.pop("namespace", UNSET)

        active = d.pop("active", UNSET)

        dockerhub_repo_name = d.pop("dockerhub_repo_name", UNSET)

        provider = d.pop("provider", UNSET)

        vcs_repo_name = d.pop("vcs_repo_name", UNSET)

        is_private = d.pop("is_private", UNSET)

        description = d.pop("description", UNSET)

        _build_tags = d.pop("build_tags", UNSET)
        build_tags: list[BuildTagInput] | Unset = UNSET
        if _build_tags is not UNSET:
            build_tags = []
            for build_tags_item_data in _build_tags:
                build_tags_item = BuildTagInput.from_dict(build_tags_item_data)

                build_tags.append(build_tags_item)

        create_automated_build_request = cls(
            name=name,
            namespace=namespace,
            active=active,
            dockerhub_repo_name=dockerhub_repo_name,
            provider=provider,
            vcs_repo_name=vcs_repo_name,
            is_private=is_private,
            description=description,
            build_tags=build_tags,
        )

        create_automated_build_request.additional_properties = d
        return create_automated_build_request

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
