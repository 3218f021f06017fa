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
    from ..models.scim_email import ScimEmail
    from ..models.scim_group import ScimGroup
    from ..models.scim_meta import ScimMeta
    from ..models.scim_name import ScimName


T = TypeVar("T", bound="ScimUser")


class _ScimUserRaw:
    """What each timestamp or nested-model field holds behind its property: the received
    value until the first read (a nested model's data in a 1-tuple), then the parsed one."""

    __slots__ = (
        "_raw_name",
        "_raw_emails",
        "_raw_groups",
        "_raw_meta",
    )
    _raw_name: Any
    _raw_emails: Any
    _raw_groups: Any
    _raw_meta: Any


@_attrs_define
class ScimUser(_ScimUserRaw):
    """A user provisioned through SCIM.

    Attributes:
        schemas (list[str] | None | Unset):
        id (str | Unset):
        user_name (str | Unset): The user's email address.
        name (ScimName | None | Unset):
        display_name (str | Unset): The Docker ID.
        active (bool | Unset):
        emails (list[ScimEmail] | None | Unset):
        groups (list[ScimGroup] | None | Unset):
        meta (ScimMeta | None | Unset):
    """

    schemas: list[str] | None | Unset = UNSET
    id: str | Unset = UNSET
    user_name: str | Unset = UNSET
    name: ScimName | None | Unset = UNSET
    display_name: str | Unset = UNSET
    active: bool | Unset = UNSET
    emails: list[ScimEmail] | None | Unset = UNSET
    groups: list[ScimGroup] | None | Unset = UNSET
    meta: ScimMeta | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data: what was received, unknown fields included."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        schemas = self.schemas
        if not isinstance(schemas, Unset):
            field_dict["schemas"] = None if schemas is None else list(schemas)

        if self.id is not UNSET:
            field_dict["id"] = self.id

        if self.user_name is not UNSET:
            field_dict["userName"] = self.user_name

        name = self.name
        if not isinstance(name, Unset):
            field_dict["name"] = None if name is None else name.to_dict()

        if self.display_name is not UNSET:
            field_dict["displayName"] = self.display_name

        if self.active is not UNSET:
            field_dict["active"] = self.active

        emails = self.emails
        if not isinstance(emails, Unset):
            field_dict["emails"] = None if emails is None else [emails_item.to_dict() for emails_item in emails]

        groups = self.groups
        if not isinstance(groups, Unset):
            field_dict["groups"] = None if groups is None else [groups_item.to_dict() for groups_item in groups]

        meta = self.meta
        if not isinstance(meta, Unset):
            field_dict["meta"] = None if meta is None else meta.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse the JSON object ``src_dict``; ``UnexpectedShapeError`` when it does not fit.

        Everything is checked here; nested models are built on the first read of their
        field, from the data given (kept, not copied, until then).
        """
        _src = src_dict
        if _src.__class__ is not dict and not isinstance(_src, Mapping):
            raise UnexpectedShapeError(f"ScimUser: expected an object, got {type(_src).__name__}")
        try:
            _get = _src.get
            _obj = _new(cls)
            schemas = _get("schemas", UNSET)
            if schemas.__class__ is not list and schemas is not None and schemas is not UNSET:
                raise UnexpectedShapeError(f"ScimUser.schemas: expected a list or null, got {type(schemas).__name__}")
            _obj.schemas = schemas

            _obj.id = _get("id", UNSET)

            _obj.user_name = _get("userName", UNSET)

            name = _get("name", UNSET)
            if name is not None and name is not UNSET:
                ScimName._check(name)
                name = (name,)
            _obj._raw_name = name

            _obj.display_name = _get("displayName", UNSET)

            _obj.active = _get("active", UNSET)

            emails = _get("emails", UNSET)
            if emails.__class__ is list:
                emails_check = ScimEmail._check
                for emails_item in emails:
                    emails_check(emails_item)
                emails = (emails,)
            elif emails is not None and emails is not UNSET:
                raise UnexpectedShapeError(f"ScimUser.emails: expected a list or null, got {type(emails).__name__}")
            _obj._raw_emails = emails

            groups = _get("groups", UNSET)
            if groups.__class__ is list:
                groups_check = ScimGroup._check
                for groups_item in groups:
                    groups_check(groups_item)
                groups = (groups,)
            elif groups is not None and groups is not UNSET:
                raise UnexpectedShapeError(f"ScimUser.groups: expected a list or null, got {type(groups).__name__}")
            _obj._raw_groups = groups

            meta = _get("meta", UNSET)
            if meta is not None and meta is not UNSET:
                ScimMeta._check(meta)
                meta = (meta,)
            _obj._raw_meta = meta

            _obj.additional_properties = (
                {} if _KNOWN.issuperset(_src) else {key: value for key, value in _src.items() if key not in _KNOWN}
            )

        except UnexpectedShapeError:
            raise
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise UnexpectedShapeError(f"ScimUser: {type(exc).__name__}: {exc}") from exc
        if cls is not ScimUser:
            init_missing(_obj)
        return _obj

    @staticmethod
    def _check(_src: Any) -> None:
        """Raise ``UnexpectedShapeError`` where ``from_dict`` would; build nothing."""
        if _src.__class__ is not dict and not isinstance(_src, Mapping):
            raise UnexpectedShapeError(f"ScimUser: expected an object, got {type(_src).__name__}")
        try:
            _get = _src.get
            schemas = _get("schemas", UNSET)
            if schemas.__class__ is not list and schemas is not None and schemas is not UNSET:
                raise UnexpectedShapeError(f"ScimUser.schemas: expected a list or null, got {type(schemas).__name__}")

            name = _get("name", UNSET)
            if name is not None and name is not UNSET:
                ScimName._check(name)

            emails = _get("emails", UNSET)
            if emails.__class__ is list:
                emails_check = ScimEmail._check
                for emails_item in emails:
                    emails_check(emails_item)
            elif emails is not None and emails is not UNSET:
                raise UnexpectedShapeError(f"ScimUser.emails: expected a list or null, got {type(emails).__name__}")

            groups = _get("groups", UNSET)
            if groups.__class__ is list:
                groups_check = ScimGroup._check
                for groups_item in groups:
                    groups_check(groups_item)
            elif groups is not None and groups is not UNSET:
                raise UnexpectedShapeError(f"ScimUser.groups: expected a list or null, got {type(groups).__name__}")

            meta = _get("meta", UNSET)
            if meta is not None and meta is not UNSET:
                ScimMeta._check(meta)

            return
        except UnexpectedShapeError:
            raise
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise UnexpectedShapeError(f"ScimUser: {type(exc).__name__}: {exc}") from exc

    @classmethod
    def _build(cls, _src: Any) -> ScimUser:
        """Build from data ``_check`` accepted (a nested field's first read)."""
        _get = _src.get
        _obj = _new(cls)
        _obj.schemas = _get("schemas", UNSET)

        _obj.id = _get("id", UNSET)

        _obj.user_name = _get("userName", UNSET)

        name = _get("name", UNSET)
        _obj._raw_name = name if name is None or name is UNSET else (name,)

        _obj.display_name = _get("displayName", UNSET)

        _obj.active = _get("active", UNSET)

        emails = _get("emails", UNSET)
        _obj._raw_emails = (emails,) if emails.__class__ is list else emails

        groups = _get("groups", UNSET)
        _obj._raw_groups = (groups,) if groups.__class__ is list else groups

        meta = _get("meta", UNSET)
        _obj._raw_meta = meta if meta is None or meta is UNSET else (meta,)

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
        "schemas",
        "id",
        "userName",
        "name",
        "displayName",
        "active",
        "emails",
        "groups",
        "meta",
    }
)

# The models this one refers to, imported after the class so that cycles resolve.
from ..models.scim_email import ScimEmail  # noqa: E402
from ..models.scim_group import ScimGroup  # noqa: E402
from ..models.scim_meta import ScimMeta  # noqa: E402
from ..models.scim_name import ScimName  # noqa: E402

lazy_models(
    ScimUser,
    name=lambda data: ScimName._build(data),
    emails=lambda items: [ScimEmail._build(item) for item in items],
    groups=lambda items: [ScimGroup._build(item) for item in items],
    meta=lambda data: ScimMeta._build(data),
)
