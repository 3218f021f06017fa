from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.build_tag import BuildTag


T = TypeVar("T", bound="BuildSettings")


@_attrs_define
class BuildSettings:
    """Automated build configuration of a repository.

    Attributes:
        repository (int | Unset): Numeric id of the repository.
        build_name (str | Unset):
        provider (str | Unset):
        source_url (str | Unset):
        docker_url (str | Unset):
        repo_web_url (str | Unset):
        repo_type (str | Unset):
        active (bool | Unset):
        repo_id (int | None | str | Unset): Id of the source repository (a string or a number, depending on era).
        build_tags (list[BuildTag] | Unset):
        deploykey (None | str | Unset):
        hook_id (int | None | str | Unset):
        webhook_id (int | None | str | Unset): Id of the provider webhook (a string or a number, depending on era).
    """

    repository: int | Unset = UNSET
    build_name: str | Unset = UNSET
    provider: str | Unset = UNSET
    source_url: str | Unset = UNSET
    docker_url: str | Unset = UNSET
    repo_web_url: str | Unset = UNSET
    repo_type: str | Unset = UNSET
    active: bool | Unset = UNSET
    repo_id: int | None | str | Unset = UNSET
    build_tags: list[BuildTag] | Unset = UNSET
    deploykey: None | str | Unset = UNSET
    hook_id: int | None | str | Unset = UNSET
    webhook_id: int | None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        repository = self.repository

        build_name = self.build_name

        provider = self.provider

        source_url = self.source_url

        docker_url = self.docker_url

        repo_web_url = self.repo_web_url

        repo_type = self.repo_type

        active = self.active

        repo_id: int | None | str | Unset
        if isinstance(self.repo_id, Unset):
            repo_id = UNSET
        else:
            repo_id = self.repo_id

        build_tags: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.build_tags, Unset):
            build_tags = []
            for build_tags_item_data in self.build_tags:
                build_tags_item = build_tags_item_data.to_dict()
                build_tags.append(build_tags_item)

        deploykey: None | str | Unset
        if isinstance(self.deploykey, Unset):
            deploykey = UNSET
        else:
            deploykey = self.deploykey

        hook_id: int | None | str | Unset
        if isinstance(self.hook_id, Unset):
            hook_id = UNSET
        else:
            hook_id = self.hook_id

        webhook_id: int | None | str | Unset
        if isinstance(self.webhook_id, Unset):
            webhook_id = UNSET
        else:
            webhook_id = self.webhook_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if repository is not UNSET:
            field_dict["repository"] = repository
        if build_name is not UNSET:
            field_dict["build_name"] = build_name
        if provider is not UNSET:
            field_dict["provider"] = provider
        if source_url is not UNSET:
            field_dict["source_url"] = source_url
        if docker_url is not UNSET:
            field_dict["docker_url"] = docker_url
        if repo_web_url is not UNSET:
            field_dict["repo_web_url"] = repo_web_url
        if repo_type is not UNSET:
            field_dict["repo_type"] = repo_type
        if active is not UNSET:
            field_dict["active"] = active
        if repo_id is not UNSET:
            field_dict["repo_id"] = repo_id
        if build_tags is not UNSET:
            field_dict["build_tags"] = build_tags
        if deploykey is not UNSET:
            field_dict["deploykey"] = deploykey
        if hook_id is not UNSET:
            field_dict["hook_id"] = hook_id
        if webhook_id is not UNSET:
            field_dict["webhook_id"] = webhook_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.build_tag import BuildTag  # noqa: PLC0415

        d = dict(src_dict)
        repository = d.pop("repository", UNSET)

        build_name = d.pop("build_name", UNSET)

        provider = d.pop("provider", UNSET)

        source_url = d.pop("source_url", UNSET)

        docker_url = d.pop("docker_url", UNSET)

        repo_web_url = d.pop("repo_web_url", UNSET)

        repo_type = d.pop("repo_type", UNSET)

        active = d.pop("active", UNSET)

        def _parse_repo_id(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        repo_id = _parse_repo_id(d.pop("repo_id", UNSET))

        _build_tags = d.pop("build_tags", UNSET)
        build_tags: list[BuildTag] | Unset = UNSET
        if _build_tags is not UNSET:
            build_tags = []
            for build_tags_item_data in _build_tags:
                build_tags_item = BuildTag.from_dict(build_tags_item_data)

                build_tags.append(build_tags_item)

        def _parse_deploykey(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        deploykey = _parse_deploykey(d.pop("deploykey", UNSET))

        def _parse_hook_id(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        hook_id = _parse_hook_id(d.pop("hook_id", UNSET))

        def _parse_webhook_id(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        webhook_id = _parse_webhook_id(d.pop("webhook_id", UNSET))

        build_settings = cls(
            repository=repository,
            build_name=build_name,
            provider=provider,
            source_url=source_url,
            docker_url=docker_url,
            repo_web_url=repo_web_url,
            repo_type=repo_type,
            active=active,
            repo_id=repo_id,
            build_tags=build_tags,
            deploykey=deploykey,
            hook_id=hook_id,
            webhook_id=webhook_id,
        )

        build_settings.additional_properties = d
        return build_settings

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
