from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    UnexpectedShapeError,
    Unset,
    check_timestamp,
    init_missing,
    lazy_models,
    lazy_timestamps,
    timestamp_text,
)

if TYPE_CHECKING:
    from ..models.immutable_tags_settings import ImmutableTagsSettings
    from ..models.repository_category import RepositoryCategory
    from ..models.repository_permissions import RepositoryPermissions


T = TypeVar("T", bound="Repository")


class _RepositoryRaw:
    """What each timestamp or nested-model field holds behind its property: the received
    value until the first read (a nested model's data in a 1-tuple), then the parsed one."""

    __slots__ = (
        "_raw_last_updated",
        "_raw_last_modified",
        "_raw_date_registered",
        "_raw_permissions",
        "_raw_categories",
        "_raw_immutable_tags_settings",
    )
    _raw_last_updated: Any
    _raw_last_modified: Any
    _raw_date_registered: Any
    _raw_permissions: Any
    _raw_categories: Any
    _raw_immutable_tags_settings: Any


@_attrs_define
class Repository(_RepositoryRaw):
    """A repository. Older and newer endpoints return different subsets of these fields;
    only `namespace` and `name` are always present.

        Attributes:
            name (str):
            namespace (str):
            id (int | Unset):
            user (str | Unset): Owner username (legacy field).
            repository_type (None | str | Unset):
            status (int | Unset):
            status_description (str | Unset):
            description (None | str | Unset):
            is_private (bool | Unset):
            is_automated (bool | Unset):
            can_edit (bool | Unset):
            star_count (int | Unset):
            pull_count (int | Unset):
            last_updated (datetime.datetime | None | Unset):
            last_modified (datetime.datetime | None | Unset):
            date_registered (datetime.datetime | None | Unset):
            collaborator_count (int | Unset):
            affiliation (None | str | Unset):
            hub_user (str | Unset):
            has_starred (bool | Unset):
            full_description (None | str | Unset):
            permissions (None | RepositoryPermissions | Unset): Null on some listings.
            media_types (list[str] | None | Unset):
            content_types (list[str] | None | Unset):
            categories (list[RepositoryCategory] | None | Unset): Null on repositories that were never categorised.
            immutable_tags_settings (ImmutableTagsSettings | None | Unset):
            storage_size (int | None | Unset):
            source (None | str | Unset):
    """

    name: str
    namespace: str
    id: int | Unset = UNSET
    user: str | Unset = UNSET
    repository_type: None | str | Unset = UNSET
    status: int | Unset = UNSET
    status_description: str | Unset = UNSET
    description: None | str | Unset = UNSET
    is_private: bool | Unset = UNSET
    is_automated: bool | Unset = UNSET
    can_edit: bool | Unset = UNSET
    star_count: int | Unset = UNSET
    pull_count: int | Unset = UNSET
    last_updated: datetime.datetime | None | Unset = UNSET
    last_modified: datetime.datetime | None | Unset = UNSET
    date_registered: datetime.datetime | None | Unset = UNSET
    collaborator_count: int | Unset = UNSET
    affiliation: None | str | Unset = UNSET
    hub_user: str | Unset = UNSET
    has_starred: bool | Unset = UNSET
    full_description: None | str | Unset = UNSET
    permissions: None | RepositoryPermissions | Unset = UNSET
    media_types: list[str] | None | Unset = UNSET
    content_types: list[str] | None | Unset = UNSET
    categories: list[RepositoryCategory] | None | Unset = UNSET
    immutable_tags_settings: ImmutableTagsSettings | None | Unset = UNSET
    storage_size: int | None | Unset = UNSET
    source: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data: what was received, unknown fields included."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["name"] = self.name

        field_dict["namespace"] = self.namespace

        if self.id is not UNSET:
            field_dict["id"] = self.id

        if self.user is not UNSET:
            field_dict["user"] = self.user

        if self.repository_type is not UNSET:
            field_dict["repository_type"] = self.repository_type

        if self.status is not UNSET:
            field_dict["status"] = self.status

        if self.status_description is not UNSET:
            field_dict["status_description"] = self.status_description

        if self.description is not UNSET:
            field_dict["description"] = self.description

        if self.is_private is not UNSET:
            field_dict["is_private"] = self.is_private

        if self.is_automated is not UNSET:
            field_dict["is_automated"] = self.is_automated

        if self.can_edit is not UNSET:
            field_dict["can_edit"] = self.can_edit

        if self.star_count is not UNSET:
            field_dict["star_count"] = self.star_count

        if self.pull_count is not UNSET:
            field_dict["pull_count"] = self.pull_count

        last_updated = self._raw_last_updated
        if last_updated.__class__ is not str and last_updated is not None and last_updated is not UNSET:
            last_updated = timestamp_text(last_updated)
        if last_updated is not UNSET:
            field_dict["last_updated"] = last_updated

        last_modified = self._raw_last_modified
        if last_modified.__class__ is not str and last_modified is not None and last_modified is not UNSET:
            last_modified = timestamp_text(last_modified)
        if last_modified is not UNSET:
            field_dict["last_modified"] = last_modified

        date_registered = self._raw_date_registered
        if date_registered.__class__ is not str and date_registered is not None and date_registered is not UNSET:
            date_registered = timestamp_text(date_registered)
        if date_registered is not UNSET:
            field_dict["date_registered"] = date_registered

        if self.collaborator_count is not UNSET:
            field_dict["collaborator_count"] = self.collaborator_count

        if self.affiliation is not UNSET:
            field_dict["affiliation"] = self.affiliation

        if self.hub_user is not UNSET:
            field_dict["hub_user"] = self.hub_user

        if self.has_starred is not UNSET:
            field_dict["has_starred"] = self.has_starred

        if self.full_description is not UNSET:
            field_dict["full_description"] = self.full_description

        permissions = self.permissions
        if not isinstance(permissions, Unset):
            field_dict["permissions"] = None if permissions is None else permissions.to_dict()

        media_types = self.media_types
        if not isinstance(media_types, Unset):
            field_dict["media_types"] = None if media_types is None else list(media_types)

        content_types = self.content_types
        if not isinstance(content_types, Unset):
            field_dict["content_types"] = None if content_types is None else list(content_types)

        categories = self.categories
        if not isinstance(categories, Unset):
            field_dict["categories"] = (
                None if categories is None else [categories_item.to_dict() for categories_item in categories]
            )

        immutable_tags_settings = self.immutable_tags_settings
        if not isinstance(immutable_tags_settings, Unset):
            field_dict["immutable_tags_settings"] = (
                None if immutable_tags_settings is None else immutable_tags_settings.to_dict()
            )

        if self.storage_size is not UNSET:
            field_dict["storage_size"] = self.storage_size

        if self.source is not UNSET:
            field_dict["source"] = self.source

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse the JSON object ``src_dict``; ``UnexpectedShapeError`` when it does not fit.

        Everything is checked here; nested models are built on the first read of their
        field, from the data given (kept, not copied, until then).
        """
        _src = src_dict
        if _src.__class__ is not dict and not isinstance(_src, Mapping):
            raise UnexpectedShapeError(f"Repository: expected an object, got {type(_src).__name__}")
        try:
            _get = _src.get
            _obj = _new(cls)
            _obj.name = _src["name"]

            _obj.namespace = _src["namespace"]

            _obj.id = _get("id", UNSET)

            _obj.user = _get("user", UNSET)

            _obj.repository_type = _get("repository_type", UNSET)

            _obj.status = _get("status", UNSET)

            _obj.status_description = _get("status_description", UNSET)

            _obj.description = _get("description", UNSET)

            _obj.is_private = _get("is_private", UNSET)

            _obj.is_automated = _get("is_automated", UNSET)

            _obj.can_edit = _get("can_edit", UNSET)

            _obj.star_count = _get("star_count", UNSET)

            _obj.pull_count = _get("pull_count", UNSET)

            last_updated = _get("last_updated", UNSET)
            if last_updated.__class__ is str:
                if last_updated:
                    check_timestamp(last_updated)
            elif (
                last_updated is not None
                and last_updated is not UNSET
                and not isinstance(last_updated, datetime.datetime)
            ):
                raise UnexpectedShapeError(
                    f"Repository.last_updated: expected a timestamp or null, got {type(last_updated).__name__}"
                )
            _obj._raw_last_updated = last_updated

            last_modified = _get("last_modified", UNSET)
            if last_modified.__class__ is str:
                if last_modified:
                    check_timestamp(last_modified)
            elif (
                last_modified is not None
                and last_modified is not UNSET
                and not isinstance(last_modified, datetime.datetime)
            ):
                raise UnexpectedShapeError(
                    f"Repository.last_modified: expected a timestamp or null, got {type(last_modified).__name__}"
                )
            _obj._raw_last_modified = last_modified

            date_registered = _get("date_registered", UNSET)
            if date_registered.__class__ is str:
                if date_registered:
                    check_timestamp(date_registered)
            elif (
                date_registered is not None
                and date_registered is not UNSET
                and not isinstance(date_registered, datetime.datetime)
            ):
                raise UnexpectedShapeError(
                    f"Repository.date_registered: expected a timestamp or null, got {type(date_registered).__name__}"
                )
            _obj._raw_date_registered = date_registered

            _obj.collaborator_count = _get("collaborator_count", UNSET)

            _obj.affiliation = _get("affiliation", UNSET)

            _obj.hub_user = _get("hub_user", UNSET)

            _obj.has_starred = _get("has_starred", UNSET)

            _obj.full_description = _get("full_description", UNSET)

            permissions = _get("permissions", UNSET)
            if permissions is not None and permissions is not UNSET:
                RepositoryPermissions._check(permissions)
                permissions = (permissions,)
            _obj._raw_permissions = permissions

            media_types = _get("media_types", UNSET)
            if media_types.__class__ is not list and media_types is not None and media_types is not UNSET:
                raise UnexpectedShapeError(
                    f"Repository.media_types: expected a list or null, got {type(media_types).__name__}"
                )
            _obj.media_types = media_types

            content_types = _get("content_types", UNSET)
            if content_types.__class__ is not list and content_types is not None and content_types is not UNSET:
                raise UnexpectedShapeError(
                    f"Repository.content_types: expected a list or null, got {type(content_types).__name__}"
                )
            _obj.content_types = content_types

            categories = _get("categories", UNSET)
            if categories.__class__ is list:
                categories_check = RepositoryCategory._check
                for categories_item in categories:
                    categories_check(categories_item)
                categories = (categories,)
            elif categories is not None and categories is not UNSET:
                raise UnexpectedShapeError(
                    f"Repository.categories: expected a list or null, got {type(categories).__name__}"
                )
            _obj._raw_categories = categories

            immutable_tags_settings = _get("immutable_tags_settings", UNSET)
            if immutable_tags_settings is not None and immutable_tags_settings is not UNSET:
                ImmutableTagsSettings._check(immutable_tags_settings)
                immutable_tags_settings = (immutable_tags_settings,)
            _obj._raw_immutable_tags_settings = immutable_tags_settings

            _obj.storage_size = _get("storage_size", UNSET)

            _obj.source = _get("source", UNSET)

            _obj.additional_properties = (
                {} if _KNOWN.issuperset(_src) else {key: value for key, value in _src.items() if key not in _KNOWN}
            )

        except UnexpectedShapeError:
            raise
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise UnexpectedShapeError(f"Repository: {type(exc).__name__}: {exc}") from exc
        if cls is not Repository:
            init_missing(_obj)
        return _obj

    @staticmethod
    def _check(_src: Any) -> None:
        """Raise ``UnexpectedShapeError`` where ``from_dict`` would; build nothing."""
        if _src.__class__ is not dict and not isinstance(_src, Mapping):
            raise UnexpectedShapeError(f"Repository: expected an object, got {type(_src).__name__}")
        try:
            _get = _src.get
            _src["name"]

            _src["namespace"]

            last_updated = _get("last_updated", UNSET)
            if last_updated.__class__ is str:
                if last_updated:
                    check_timestamp(last_updated)
            elif (
                last_updated is not None
                and last_updated is not UNSET
                and not isinstance(last_updated, datetime.datetime)
            ):
                raise UnexpectedShapeError(
                    f"Repository.last_updated: expected a timestamp or null, got {type(last_updated).__name__}"
                )

            last_modified = _get("last_modified", UNSET)
            if last_modified.__class__ is str:
                if last_modified:
                    check_timestamp(last_modified)
            elif (
                last_modified is not None
                and last_modified is not UNSET
                and not isinstance(last_modified, datetime.datetime)
            ):
                raise UnexpectedShapeError(
                    f"Repository.last_modified: expected a timestamp or null, got {type(last_modified).__name__}"
                )

            date_registered = _get("date_registered", UNSET)
            if date_registered.__class__ is str:
                if date_registered:
                    check_timestamp(date_registered)
            elif (
                date_registered is not None
                and date_registered is not UNSET
                and not isinstance(date_registered, datetime.datetime)
            ):
                raise UnexpectedShapeError(
                    f"Repository.date_registered: expected a timestamp or null, got {type(date_registered).__name__}"
                )

            permissions = _get("permissions", UNSET)
            if permissions is not None and permissions is not UNSET:
                RepositoryPermissions._check(permissions)

            media_types = _get("media_types", UNSET)
            if media_types.__class__ is not list and media_types is not None and media_types is not UNSET:
                raise UnexpectedShapeError(
                    f"Repository.media_types: expected a list or null, got {type(media_types).__name__}"
                )

            content_types = _get("content_types", UNSET)
            if content_types.__class__ is not list and content_types is not None and content_types is not UNSET:
                raise UnexpectedShapeError(
                    f"Repository.content_types: expected a list or null, got {type(content_types).__name__}"
                )

            categories = _get("categories", UNSET)
            if categories.__class__ is list:
                categories_check = RepositoryCategory._check
                for categories_item in categories:
                    categories_check(categories_item)
            elif categories is not None and categories is not UNSET:
                raise UnexpectedShapeError(
                    f"Repository.categories: expected a list or null, got {type(categories).__name__}"
                )

            immutable_tags_settings = _get("immutable_tags_settings", UNSET)
            if immutable_tags_settings is not None and immutable_tags_settings is not UNSET:
                ImmutableTagsSettings._check(immutable_tags_settings)

            return
        except UnexpectedShapeError:
            raise
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise UnexpectedShapeError(f"Repository: {type(exc).__name__}: {exc}") from exc

    @classmethod
    def _build(cls, _src: Any) -> Repository:
        """Build from data ``_check`` accepted (a nested field's first read)."""
        _get = _src.get
        _obj = _new(cls)
        _obj.name = _src["name"]

        _obj.namespace = _src["namespace"]

        _obj.id = _get("id", UNSET)

        _obj.user = _get("user", UNSET)

        _obj.repository_type = _get("repository_type", UNSET)

        _obj.status = _get("status", UNSET)

        _obj.status_description = _get("status_description", UNSET)

        _obj.description = _get("description", UNSET)

        _obj.is_private = _get("is_private", UNSET)

        _obj.is_automated = _get("is_automated", UNSET)

        _obj.can_edit = _get("can_edit", UNSET)

        _obj.star_count = _get("star_count", UNSET)

        _obj.pull_count = _get("pull_count", UNSET)

        _obj._raw_last_updated = _get("last_updated", UNSET)

        _obj._raw_last_modified = _get("last_modified", UNSET)

        _obj._raw_date_registered = _get("date_registered", UNSET)

        _obj.collaborator_count = _get("collaborator_count", UNSET)

        _obj.affiliation = _get("affiliation", UNSET)

        _obj.hub_user = _get("hub_user", UNSET)

        _obj.has_starred = _get("has_starred", UNSET)

        _obj.full_description = _get("full_description", UNSET)

        permissions = _get("permissions", UNSET)
        _obj._raw_permissions = permissions if permissions is None or permissions is UNSET else (permissions,)

        _obj.media_types = _get("media_types", UNSET)

        _obj.content_types = _get("content_types", UNSET)

        categories = _get("categories", UNSET)
        _obj._raw_categories = (categories,) if categories.__class__ is list else categories

        immutable_tags_settings = _get("immutable_tags_settings", UNSET)
        _obj._raw_immutable_tags_settings = (
            immutable_tags_settings
            if immutable_tags_settings is None or immutable_tags_settings is UNSET
            else (immutable_tags_settings,)
        )

        _obj.storage_size = _get("storage_size", UNSET)

        _obj.source = _get("source", UNSET)

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
        "id",
        "user",
        "repository_type",
        "status",
        "status_description",
        "description",
        "is_private",
        "is_automated",
        "can_edit",
        "star_count",
        "pull_count",
        "last_updated",
        "last_modified",
        "date_registered",
        "collaborator_count",
        "affiliation",
        "hub_user",
        "has_starred",
        "full_description",
        "permissions",
        "media_types",
        "content_types",
        "categories",
        "immutable_tags_settings",
        "storage_size",
        "source",
    }
)
lazy_timestamps(
    Repository,
    "last_updated",
    "last_modified",
    "date_registered",
)

# The models this one refers to, imported after the class so that cycles resolve.
from ..models.immutable_tags_settings import ImmutableTagsSettings  # noqa: E402
from ..models.repository_category import RepositoryCategory  # noqa: E402
from ..models.repository_permissions import RepositoryPermissions  # noqa: E402

lazy_models(
    Repository,
    permissions=lambda data: RepositoryPermissions._build(data),
    categories=lambda items: [RepositoryCategory._build(item) for item in items],
    immutable_tags_settings=lambda data: ImmutableTagsSettings._build(data),
)
