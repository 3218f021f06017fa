from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.scim_email import ScimEmail
    from ..models.scim_group import ScimGroup
    from ..models.scim_meta import ScimMeta
    from ..models.scim_name import ScimName


T = TypeVar("T", bound="ScimUser")


@_attrs_define
class ScimUser:
    """A user provisioned through SCIM.

    Attributes:
        schemas (list[str] | Unset):
        id (str | Unset):
        user_name (str | Unset): The user's email address.
        name (ScimName | Unset):
        display_name (str | Unset): The Docker ID.
        active (bool | Unset):
        emails (list[ScimEmail] | Unset):
        groups (list[ScimGroup] | Unset):
        meta (ScimMeta | Unset):
    """

    schemas: list[str] | Unset = UNSET
    id: str | Unset = UNSET
    user_name: str | Unset = UNSET
    name: ScimName | Unset = UNSET
    display_name: str | Unset = UNSET
    active: bool | Unset = UNSET
    emails: list[ScimEmail] | Unset = UNSET
    groups: list[ScimGroup] | Unset = UNSET
    meta: ScimMeta | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        schemas: list[str] | Unset = UNSET
        if not isinstance(self.schemas, Unset):
            schemas = self.schemas

        id = self.id

        user_name = self.user_name

        name: dict[str, Any] | Unset = UNSET
        if not isinstance(self.name, Unset):
            name = self.name.to_dict()

        display_name = self.display_name

        active = self.active

        emails: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.emails, Unset):
            emails = []
            for emails_item_data in self.emails:
                emails_item = emails_item_data.to_dict()
                emails.append(emails_item)

        groups: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.groups, Unset):
            groups = []
            for groups_item_data in self.groups:
                groups_item = groups_item_data.to_dict()
                groups.append(groups_item)

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if schemas is not UNSET:
            field_dict["schemas"] = schemas
        if id is not UNSET:
            field_dict["id"] = id
        if user_name is not UNSET:
            field_dict["userName"] = user_name
        if name is not UNSET:
            field_dict["name"] = name
        if display_name is not UNSET:
            field_dict["displayName"] = display_name
        if active is not UNSET:
            field_dict["active"] = active
        if emails is not UNSET:
            field_dict["emails"] = emails
        if groups is not UNSET:
            field_dict["groups"] = groups
        if meta is not UNSET:
            field_dict["meta"] = meta

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.scim_email import ScimEmail  # noqa: PLC0415
        from ..models.scim_group import ScimGroup  # noqa: PLC0415
        from ..models.scim_meta import ScimMeta  # noqa: PLC0415
        from ..models.scim_name import ScimName  # noqa: PLC0415

        d = dict(src_dict)
        schemas = cast(list[str], d.pop("schemas", UNSET))

        id = d.pop("id", UNSET)

        user_name = d.pop("userName", UNSET)

        _name = d.pop("name", UNSET)
        name: ScimName | Unset
        if isinstance(_name, Unset):
            name = UNSET
        else:
            name = ScimName.from_dict(_name)

        display_name = d.pop("displayName", UNSET)

        active = d.pop("active", UNSET)

        _emails = d.pop("emails", UNSET)
        emails: list[ScimEmail] | Unset = UNSET
        if _emails is not UNSET:
            emails = []
            for emails_item_data in _emails:
                emails_item = ScimEmail.from_dict(emails_item_data)

                emails.append(emails_item)

        _groups = d.pop("groups", UNSET)
        groups: list[ScimGroup] | Unset = UNSET
        if _groups is not UNSET:
            groups = []
            for groups_item_data in _groups:
                groups_item = ScimGroup.from_dict(groups_item_data)

                groups.append(groups_item)

        _meta = d.pop("meta", UNSET)
        meta: ScimMeta | Unset
        if isinstance(_meta, Unset):
            meta = UNSET
        else:
            meta = ScimMeta.from_dict(_meta)

        scim_user = cls(
            schemas=schemas,
            id=id,
            user_name=user_name,
            name=name,
            display_name=display_name,
            active=active,
            emails=emails,
            groups=groups,
            meta=meta,
        )

        scim_user.additional_properties = d
        return scim_user

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
