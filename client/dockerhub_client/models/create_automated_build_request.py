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
    from ..models.build_tag_input import BuildTagInput


T = TypeVar("T", bound="CreateAutomatedBuildRequest")


class _CreateAutomatedBuildRequestRaw:
    """What each timestamp or nested-model field holds behind its property: the received
    value until the first read (a nested model's data in a 1-tuple), then the parsed one."""

    __slots__ = ("_raw_build_tags",)
    _raw_build_tags: Any


@_attrs_define
class CreateAutomatedBuildRequest(_CreateAutomatedBuildRequestRaw):
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
            build_tags (list[BuildTagInput] | None | Unset):
    """

    name: str | Unset = UNSET
    namespace: str | Unset = UNSET
    active: bool | Unset = UNSET
    dockerhub_repo_name: str | Unset = UNSET
    provider: str | Unset = UNSET
    vcs_repo_name: str | Unset = UNSET
    is_private: bool | Unset = UNSET
    description: str | Unset = UNSET
    build_tags: list[BuildTagInput] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data: what was received, unknown fields included."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.name is not UNSET:
            field_dict["name"] = self.name

        if self.namespace is not UNSET:
            field_dict["namespace"] = self.namespace

        if self.active is not UNSET:
            field_dict["active"] = self.active

        if self.dockerhub_repo_name is not UNSET:
            field_dict["dockerhub_repo_name"] = self.dockerhub_repo_name

        if self.provider is not UNSET:
            field_dict["provider"] = self.provider

        if self.vcs_repo_name is not UNSET:
            field_dict["vcs_repo_name"] = self.vcs_repo_name

        if self.is_private is not UNSET:
            field_dict["is_private"] = self.is_private

        if self.description is not UNSET:
            field_dict["description"] = self.description

        build_tags = self.build_tags
        if not isinstance(build_tags, Unset):
            field_dict["build_tags"] = (
                None if build_tags is None else [build_tags_item.to_dict() for build_tags_item in build_tags]
            )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse the JSON object ``src_dict``; ``UnexpectedShapeError`` when it does not fit.

        Everything is checked here; nested models are built on the first read of their
        field, from the data given (kept, not copied, until then).
        """
        _src = src_dict
        if _src.__class__ is not dict and not isinstance(_src, Mapping):
            raise UnexpectedShapeError(f"CreateAutomatedBuildRequest: expected an object, got {type(_src).__name__}")
        try:
            _get = _src.get
            _obj = _new(cls)
            _obj.name = _get("name", UNSET)

            _obj.namespace = _get("namespace", UNSET)

            _obj.active = _get("active", UNSET)

            _obj.dockerhub_repo_name = _get("dockerhub_repo_name", UNSET)

            _obj.provider = _get("provider", UNSET)

            _obj.vcs_repo_name = _get("vcs_repo_name", UNSET)

            _obj.is_private = _get("is_private", UNSET)

            _obj.description = _get("description", UNSET)

            build_tags = _get("build_tags", UNSET)
            if build_tags.__class__ is list:
                build_tags_check = BuildTagInput._check
                for build_tags_item in build_tags:
                    build_tags_check(build_tags_item)
                build_tags = (build_tags,)
            elif build_tags is not None and build_tags is not UNSET:
                raise UnexpectedShapeError(
                    f"CreateAutomatedBuildRequest.build_tags: expected a list or null, got {type(build_tags).__name__}"
                )
            _obj._raw_build_tags = build_tags

            _obj.additional_properties = (
                {} if _KNOWN.issuperset(_src) else {key: value for key, value in _src.items() if key not in _KNOWN}
            )

        except UnexpectedShapeError:
            raise
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise UnexpectedShapeError(f"CreateAutomatedBuildRequest: {type(exc).__name__}: {exc}") from exc
        if cls is not CreateAutomatedBuildRequest:
            init_missing(_obj)
        return _obj

    @staticmethod
    def _check(_src: Any) -> None:
        """Raise ``UnexpectedShapeError`` where ``from_dict`` would; build nothing."""
        if _src.__class__ is not dict and not isinstance(_src, Mapping):
            raise UnexpectedShapeError(f"CreateAutomatedBuildRequest: expected an object, got {type(_src).__name__}")
        try:
            _get = _src.get

            build_tags = _get("build_tags", UNSET)
            if build_tags.__class__ is list:
                build_tags_check = BuildTagInput._check
                for build_tags_item in build_tags:
                    build_tags_check(build_tags_item)
            elif build_tags is not None and build_tags is not UNSET:
                raise UnexpectedShapeError(
                    f"CreateAutomatedBuildRequest.build_tags: expected a list or null, got {type(build_tags).__name__}"
                )

            return
        except UnexpectedShapeError:
            raise
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise UnexpectedShapeError(f"CreateAutomatedBuildRequest: {type(exc).__name__}: {exc}") from exc

    @classmethod
    def _build(cls, _src: Any) -> CreateAutomatedBuildRequest:
        """Build from data ``_check`` accepted (a nested field's first read)."""
        _get = _src.get
        _obj = _new(cls)
        _obj.name = _get("name", UNSET)

        _obj.namespace = _get("namespace", UNSET)

        _obj.active = _get("active", UNSET)

        _obj.dockerhub_repo_name = _get("dockerhub_repo_name", UNSET)

        _obj.provider = _get("provider", UNSET)

        _obj.vcs_repo_name = _get("vcs_repo_name", UNSET)

        _obj.is_private = _get("is_private", UNSET)

        _obj.description = _get("description", UNSET)

        build_tags = _get("build_tags", UNSET)
        _obj._raw_build_tags = (build_tags,) if build_tags.__class__ is list else build_tags

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
        "name",
        "namespace",
        "active",
        "dockerhub_repo_name",
        "provider",
        "vcs_repo_name",
        "is_private",
        "description",
        "build_tags",
    }
)

# The models this one refers to, imported after the class so that cycles resolve.
from ..models.build_tag_input import BuildTagInput  # noqa: E402

lazy_models(
    CreateAutomatedBuildRequest,
    build_tags=lambda items: [BuildTagInput._build(item) for item in items],
)
