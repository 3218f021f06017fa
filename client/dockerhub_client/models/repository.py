from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.immutable_tags_settings import ImmutableTagsSettings
    from ..models.repository_category import RepositoryCategory
    from ..models.repository_permissions import RepositoryPermissions


T = TypeVar("T", bound="Repository")


@_attrs_define
class Repository:
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
            permissions (RepositoryPermissions | Unset): What the caller may do with the repository.
            media_types (list[str] | Unset):
            content_types (list[str] | Unset):
            categories (list[RepositoryCategory] | Unset):
            immutable_tags_settings (ImmutableTagsSettings | Unset):
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
    permissions: RepositoryPermissions | Unset = UNSET
    media_types: list[str] | Unset = UNSET
    content_types: list[str] | Unset = UNSET
    categories: list[RepositoryCategory] | Unset = UNSET
    immutable_tags_settings: ImmutableTagsSettings | Unset = UNSET
    storage_size: int | None | Unset = UNSET
    source: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        namespace = self.namespace

        id = self.id

        user = self.user

        repository_type: None | str | Unset
        if isinstance(self.repository_type, Unset):
            repository_type = UNSET
        else:
            repository_type = self.repository_type

        status = self.status

        status_description = self.status_description

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        is_private = self.is_private

        is_automated = self.is_automated

        can_edit = self.can_edit

        star_count = self.star_count

        pull_count = self.pull_count

        last_updated: None | str | Unset
        if isinstance(self.last_updated, Unset):
            last_updated = UNSET
        elif isinstance(self.last_updated, datetime.datetime):
            last_updated = self.last_updated.isoformat().replace("+00:00", "Z")
        else:
            last_updated = self.last_updated

        last_modified: None | str | Unset
        if isinstance(self.last_modified, Unset):
            last_modified = UNSET
        elif isinstance(self.last_modified, datetime.datetime):
            last_modified = self.last_modified.isoformat().replace("+00:00", "Z")
        else:
            last_modified = self.last_modified

        date_registered: None | str | Unset
        if isinstance(self.date_registered, Unset):
            date_registered = UNSET
        elif isinstance(self.date_registered, datetime.datetime):
            date_registered = self.date_registered.isoformat().replace("+00:00", "Z")
        else:
            date_registered = self.date_registered

        collaborator_count = self.collaborator_count

        affiliation: None | str | Unset
        if isinstance(self.affiliation, Unset):
            affiliation = UNSET
        else:
            affiliation = self.affiliation

        hub_user = self.hub_user

        has_starred = self.has_starred

        full_description: None | str | Unset
        if isinstance(self.full_description, Unset):
            full_description = UNSET
        else:
            full_description = self.full_description

        permissions: dict[str, Any] | Unset = UNSET
        if not isinstance(self.permissions, Unset):
            permissions = self.permissions.to_dict()

        media_types: list[str] | Unset = UNSET
        if not isinstance(self.media_types, Unset):
            media_types = self.media_types

        content_types: list[str] | Unset = UNSET
        if not isinstance(self.content_types, Unset):
            content_types = self.content_types

        categories: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.categories, Unset):
            categories = []
            for categories_item_data in self.categories:
                categories_item = categories_item_data.to_dict()
                categories.append(categories_item)

        immutable_tags_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.immutable_tags_settings, Unset):
            immutable_tags_settings = self.immutable_tags_settings.to_dict()

        storage_size: int | None | Unset
        if isinstance(self.storage_size, Unset):
            storage_size = UNSET
        else:
            storage_size = self.storage_size

        source: None | str | Unset
        if isinstance(self.source, Unset):
            source = UNSET
        else:
            source = self.source

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "namespace": namespace,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if user is not UNSET:
            field_dict["user"] = user
        if repository_type is not UNSET:
            field_dict["repository_type"] = repository_type
        if status is not UNSET:
            field_dict["status"] = status
        if status_description is not UNSET:
            field_dict["status_description"] = status_description
        if description is not UNSET:
            field_dict["description"] = description
        if is_private is not UNSET:
            field_dict["is_private"] = is_private
        if is_automated is not UNSET:
            field_dict["is_automated"] = is_automated
        if can_edit is not UNSET:
            field_dict["can_edit"] = can_edit
        if star_count is not UNSET:
            field_dict["star_count"] = star_count
        if pull_count is not UNSET:
            field_dict["pull_count"] = pull_count
        if last_updated is not UNSET:
            field_dict["last_updated"] = last_updated
        if last_modified is not UNSET:
            field_dict["last_modified"] = last_modified
        if date_registered is not UNSET:
            field_dict["date_registered"] = date_registered
        if collaborator_count is not UNSET:
            field_dict["collaborator_count"] = collaborator_count
        if affiliation is not UNSET:
            field_dict["affiliation"] = affiliation
        if hub_user is not UNSET:
            field_dict["hub_user"] = hub_user
        if has_starred is not UNSET:
            field_dict["has_starred"] = has_starred
        if full_description is not UNSET:
            field_dict["full_description"] = full_description
        if permissions is not UNSET:
            field_dict["permissions"] = permissions
        if media_types is not UNSET:
            field_dict["media_types"] = media_types
        if content_types is not UNSET:
            field_dict["content_types"] = content_types
        if categories is not UNSET:
            field_dict["categories"] = categories
        if immutable_tags_settings is not UNSET:
            field_dict["immutable_tags_settings"] = immutable_tags_settings
        if storage_size is not UNSET:
            field_dict["storage_size"] = storage_size
        if source is not UNSET:
            field_dict["source"] = source

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.immutable_tags_settings import ImmutableTagsSettings  # noqa: PLC0415
        from ..models.repository_category import RepositoryCategory  # noqa: PLC0415
        from ..models.repository_permissions import RepositoryPermissions  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        namespace = d.pop("namespace")

        id = d.pop("id", UNSET)

        user = d.pop("user", UNSET)

        def _parse_repository_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        repository_type = _parse_repository_type(d.pop("repository_type", UNSET))

        status = d.pop("status", UNSET)

        status_description = d.pop("status_description", UNSET)

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        is_private = d.pop("is_private", UNSET)

        is_automated = d.pop("is_automated", UNSET)

        can_edit = d.pop("can_edit", UNSET)

        star_count = d.pop("star_count", UNSET)

        pull_count = d.pop("pull_count", UNSET)

        def _parse_last_updated(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_updated_type_0 = datetime.datetime.fromisoformat(data)

                return last_updated_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        last_updated = _parse_last_updated(d.pop("last_updated", UNSET))

        def _parse_last_modified(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_modified_type_0 = datetime.datetime.fromisoformat(data)

                return last_modified_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        last_modified = _parse_last_modified(d.pop("last_modified", UNSET))

        def _parse_date_registered(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_registered_type_0 = datetime.datetime.fromisoformat(data)

                return date_registered_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        date_registered = _parse_date_registered(d.pop("date_registered", UNSET))

        collaborator_count = d.pop("collaborator_count", UNSET)

        def _parse_affiliation(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        affiliation = _parse_affiliation(d.pop("affiliation", UNSET))

        hub_user = d.pop("hub_user", UNSET)

        has_starred = d.pop("has_starred", UNSET)

        def _parse_full_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        full_description = _parse_full_description(d.pop("full_description", UNSET))

        _permissions = d.pop("permissions", UNSET)
        permissions: RepositoryPermissions | Unset
        if isinstance(_permissions, Unset):
            permissions = UNSET
        else:
            permissions = RepositoryPermissions.from_dict(_permissions)

        media_types = cast(list[str], d.pop("media_types", UNSET))

        content_types = cast(list[str], d.pop("content_types", UNSET))

        _categories = d.pop("categories", UNSET)
        categories: list[RepositoryCategory] | Unset = UNSET
        if _categories is not UNSET:
            categories = []
            for categories_item_data in _categories:
                categories_item = RepositoryCategory.from_dict(categories_item_data)

                categories.append(categories_item)

        _immutable_tags_settings = d.pop("immutable_tags_settings", UNSET)
        immutable_tags_settings: ImmutableTagsSettings | Unset
        if isinstance(_immutable_tags_settings, Unset):
            immutable_tags_settings = UNSET
        else:
            immutable_tags_settings = ImmutableTagsSettings.from_dict(_immutable_tags_settings)

        def _parse_storage_size(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        storage_size = _parse_storage_size(d.pop("storage_size", UNSET))

        def _parse_source(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        source = _parse_source(d.pop("source", UNSET))

        repository = cls(
            name=name,
            namespace=namespace,
            id=id,
            user=user,
            repository_type=repository_type,
            status=status,
            status_description=status_description,
            description=description,
            is_private=is_private,
            is_automated=is_automated,
            can_edit=can_edit,
            star_count=star_count,
            pull_count=pull_count,
            last_updated=last_updated,
            last_modified=last_modified,
            date_registered=date_registered,
            collaborator_count=collaborator_count,
            affiliation=affiliation,
            hub_user=hub_user,
            has_starred=has_starred,
            full_description=full_description,
            permissions=permissions,
            media_types=media_types,
            content_types=content_types,
            categories=categories,
            immutable_tags_settings=immutable_tags_settings,
            storage_size=storage_size,
            source=source,
        )

        repository.additional_properties = d
        return repository

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
