from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    UnexpectedShapeError,
    Unset,
    init_missing,
    lazy_models,
)

if TYPE_CHECKING:
    from ..models.build_tag import BuildTag


T = TypeVar("T", bound="BuildSettings")


class _BuildSettingsRaw:
    """What each timestamp or nested-model field holds behind its property: the received
    value until the first read (a nested model's data in a 1-tuple), then the parsed one."""

    __slots__ = ("_raw_build_tags",)
    _raw_build_tags: Any


@_attrs_define
class BuildSettings(_BuildSettingsRaw):
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
        build_tags (list[BuildTag] | None | Unset):
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
    build_tags: list[BuildTag] | None | Unset = UNSET
    deploykey: None | str | Unset = UNSET
    hook_id: int | None | str | Unset = UNSET
    webhook_id: int | None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data: what was received, unknown fields included."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.repository is not UNSET:
            field_dict["repository"] = self.repository

        if self.build_name is not UNSET:
            field_dict["build_name"] = self.build_name

        if self.provider is not UNSET:
            field_dict["provider"] = self.provider

        if self.source_url is not UNSET:
            field_dict["source_url"] = self.source_url

        if self.docker_url is not UNSET:
            field_dict["docker_url"] = self.docker_url

        if self.repo_web_url is not UNSET:
            field_dict["repo_web_url"] = self.repo_web_url

        if self.repo_type is not UNSET:
            field_dict["repo_type"] = self.repo_type

        if self.active is not UNSET:
            field_dict["active"] = self.active

        if self.repo_id is not UNSET:
            field_dict["repo_id"] = self.repo_id

        build_tags = self.build_tags
        if not isinstance(build_tags, Unset):
            field_dict["build_tags"] = (
                None if build_tags is None else [build_tags_item.to_dict() for build_tags_item in build_tags]
            )

        if self.deploykey is not UNSET:
            field_dict["deploykey"] = self.deploykey

        if self.hook_id is not UNSET:
            field_dict["hook_id"] = self.hook_id

        if self.webhook_id is not UNSET:
            field_dict["webhook_id"] = self.webhook_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse the JSON object ``src_dict``; ``UnexpectedShapeError`` when it does not fit.

        Everything is checked here; nested models are built on the first read of their
        field, from the data given (kept, not copied, until then).
        """
        _src = src_dict
        if _src.__class__ is not dict and not isinstance(_src, Mapping):
            raise UnexpectedShapeError(f"BuildSettings: expected an object, got {type(_src).__name__}")
        try:
            _get = _src.get
            _obj = _new(cls)
            _obj.repository = _get("repository", UNSET)

            _obj.build_name = _get("build_name", UNSET)

            _obj.provider = _get("provider", UNSET)

            _obj.source_url = _get("source_url", UNSET)

            _obj.docker_url = _get("docker_url", UNSET)

            _obj.repo_web_url = _get("repo_web_url", UNSET)

            _obj.repo_type = _get("repo_type", UNSET)

            _obj.active = _get("active", UNSET)

            _obj.repo_id = _get("repo_id", UNSET)

            build_tags = _get("build_tags", UNSET)
            if build_tags.__class__ is list:
                build_tags_check = BuildTag._check
                for build_tags_item in build_tags:
                    build_tags_check(build_tags_item)
                build_tags = (build_tags,)
            elif build_tags is not None and build_tags is not UNSET:
                raise UnexpectedShapeError(
                    f"BuildSettings.build_tags: expected a list or null, got {type(build_tags).__name__}"
                )
            _obj._raw_build_tags = build_tags

            _obj.deploykey = _get("deploykey", UNSET)

            _obj.hook_id = _get("hook_id", UNSET)

            _obj.webhook_id = _get("webhook_id", UNSET)

            _obj.additional_properties = (
                {} if _KNOWN.issuperset(_src) else {key: value for key, value in _src.items() if key not in _KNOWN}
            )

        except UnexpectedShapeError:
            raise
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise UnexpectedShapeError(f"BuildSettings: {type(exc).__name__}: {exc}") from exc
        if cls is not BuildSettings:
            init_missing(_obj)
        return _obj

    @staticmethod
    def _check(_src: Any) -> None:
        """Raise ``UnexpectedShapeError`` where ``from_dict`` would; build nothing."""
        if _src.__class__ is not dict and not isinstance(_src, Mapping):
            raise UnexpectedShapeError(f"BuildSettings: expected an object, got {type(_src).__name__}")
        try:
            _get = _src.get

            build_tags = _get("build_tags", UNSET)
            if build_tags.__class__ is list:
                build_tags_check = BuildTag._check
                for build_tags_item in build_tags:
                    build_tags_check(build_tags_item)
            elif build_tags is not None and build_tags is not UNSET:
                raise UnexpectedShapeError(
                    f"BuildSettings.build_tags: expected a list or null, got {type(build_tags).__name__}"
                )

            return
        except UnexpectedShapeError:
            raise
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise UnexpectedShapeError(f"BuildSettings: {type(exc).__name__}: {exc}") from exc

    @classmethod
    def _build(cls, _src: Any) -> BuildSettings:
        """Build from data ``_check`` accepted (a nested field's first read)."""
        _get = _src.get
        _obj = _new(cls)
        _obj.repository = _get("repository", UNSET)

        _obj.build_name = _get("build_name", UNSET)

        _obj.provider = _get("provider", UNSET)

        _obj.source_url = _get("source_url", UNSET)

        _obj.docker_url = _get("docker_url", UNSET)

        _obj.repo_web_url = _get("repo_web_url", UNSET)

        _obj.repo_type = _get("repo_type", UNSET)

        _obj.active = _get("active", UNSET)

        _obj.repo_id = _get("repo_id", UNSET)

        build_tags = _get("build_tags", UNSET)
        _obj._raw_build_tags = (build_tags,) if build_tags.__class__ is list else build_tags

        _obj.deploykey = _get("deploykey", UNSET)

        _obj.hook_id = _get("hook_id", UNSET)

        _obj.webhook_id = _get("webhook_id", UNSET)

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
        "repository",
        "build_name",
        "provider",
        "source_url",
        "docker_url",
        "repo_web_url",
        "repo_type",
        "active",
        "repo_id",
        "build_tags",
        "deploykey",
        "hook_id",
        "webhook_id",
    }
)

# The models this one refers to, imported after the class so that cycles resolve.
from ..models.build_tag import BuildTag  # noqa: E402

lazy_models(
    BuildSettings,
    build_tags=lambda items: [BuildTag._build(item) for item in items],
)
