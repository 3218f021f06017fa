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
    from ..models.scim_schema_attribute import ScimSchemaAttribute


T = TypeVar("T", bound="ScimSchema")


class _ScimSchemaRaw:
    """What each timestamp or nested-model field holds behind its property: the received
    value until the first read (a nested model's data in a 1-tuple), then the parsed one."""

    __slots__ = ("_raw_attributes",)
    _raw_attributes: Any


@_attrs_define
class ScimSchema(_ScimSchemaRaw):
    """
    Attributes:
        schemas (list[str] | None | Unset):
        id (str | Unset):
        name (str | Unset):
        description (str | Unset):
        attributes (list[ScimSchemaAttribute] | None | Unset):
    """

    schemas: list[str] | None | Unset = UNSET
    id: str | Unset = UNSET
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    attributes: list[ScimSchemaAttribute] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data: what was received, unknown fields included."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        schemas = self.schemas
        if not isinstance(schemas, Unset):
            field_dict["schemas"] = None if schemas is None else list(schemas)

        if self.id is not UNSET:
            field_dict["id"] = self.id

        if self.name is not UNSET:
            field_dict["name"] = self.name

        if self.description is not UNSET:
            field_dict["description"] = self.description

        attributes = self.attributes
        if not isinstance(attributes, Unset):
            field_dict["attributes"] = (
                None if attributes is None else [attributes_item.to_dict() for attributes_item in attributes]
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
            raise UnexpectedShapeError(f"ScimSchema: expected an object, got {type(_src).__name__}")
        try:
            _get = _src.get
            _obj = _new(cls)
            schemas = _get("schemas", UNSET)
            if schemas.__class__ is not list and schemas is not None and schemas is not UNSET:
                raise UnexpectedShapeError(f"ScimSchema.schemas: expected a list or null, got {type(schemas).__name__}")
            _obj.schemas = schemas

            _obj.id = _get("id", UNSET)

            _obj.name = _get("name", UNSET)

            _obj.description = _get("description", UNSET)

            attributes = _get("attributes", UNSET)
            if attributes.__class__ is list:
                attributes_check = ScimSchemaAttribute._check
                for attributes_item in attributes:
                    attributes_check(attributes_item)
                attributes = (attributes,)
            elif attributes is not None and attributes is not UNSET:
                raise UnexpectedShapeError(
                    f"ScimSchema.attributes: expected a list or null, got {type(attributes).__name__}"
                )
            _obj._raw_attributes = attributes

            _obj.additional_properties = (
                {} if _KNOWN.issuperset(_src) else {key: value for key, value in _src.items() if key not in _KNOWN}
            )

        except UnexpectedShapeError:
            raise
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise UnexpectedShapeError(f"ScimSchema: {type(exc).__name__}: {exc}") from exc
        if cls is not ScimSchema:
            init_missing(_obj)
        return _obj

    @staticmethod
    def _check(_src: Any) -> None:
        """Raise ``UnexpectedShapeError`` where ``from_dict`` would; build nothing."""
        if _src.__class__ is not dict and not isinstance(_src, Mapping):
            raise UnexpectedShapeError(f"ScimSchema: expected an object, got {type(_src).__name__}")
        try:
            _get = _src.get
            schemas = _get("schemas", UNSET)
            if schemas.__class__ is not list and schemas is not None and schemas is not UNSET:
                raise UnexpectedShapeError(f"ScimSchema.schemas: expected a list or null, got {type(schemas).__name__}")

            attributes = _get("attributes", UNSET)
            if attributes.__class__ is list:
                attributes_check = ScimSchemaAttribute._check
                for attributes_item in attributes:
                    attributes_check(attributes_item)
            elif attributes is not None and attributes is not UNSET:
                raise UnexpectedShapeError(
                    f"ScimSchema.attributes: expected a list or null, got {type(attributes).__name__}"
                )

            return
        except UnexpectedShapeError:
            raise
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise UnexpectedShapeError(f"ScimSchema: {type(exc).__name__}: {exc}") from exc

    @classmethod
    def _build(cls, _src: Any) -> ScimSchema:
        """Build from data ``_check`` accepted (a nested field's first read)."""
        _get = _src.get
        _obj = _new(cls)
        _obj.schemas = _get("schemas", UNSET)

        _obj.id = _get("id", UNSET)

        _obj.name = _get("name", UNSET)

        _obj.description = _get("description", UNSET)

        attributes = _get("attributes", UNSET)
        _obj._raw_attributes = (attributes,) if attributes.__class__ is list else attributes

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
        "name",
        "description",
        "attributes",
    }
)

# The models this one refers to, imported after the class so that cycles resolve.
from ..models.scim_schema_attribute import ScimSchemaAttribute  # noqa: E402

lazy_models(
    ScimSchema,
    attributes=lambda items: [ScimSchemaAttribute._build(item) for item in items],
)
