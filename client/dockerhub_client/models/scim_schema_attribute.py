from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    UnexpectedShapeError,
    Unset,
    init_missing,
    lazy_models,
)

T = TypeVar("T", bound="ScimSchemaAttribute")


class _ScimSchemaAttributeRaw:
    """What each timestamp or nested-model field holds behind its property: the received
    value until the first read (a nested model's data in a 1-tuple), then the parsed one."""

    __slots__ = ("_raw_sub_attributes",)
    _raw_sub_attributes: Any


@_attrs_define
class ScimSchemaAttribute(_ScimSchemaAttributeRaw):
    """
    Attributes:
        name (str | Unset):
        type_ (str | Unset):
        multi_valued (bool | Unset):
        description (str | Unset):
        required (bool | Unset):
        case_exact (bool | Unset):
        mutability (str | Unset):
        returned (str | Unset):
        uniqueness (str | Unset):
        sub_attributes (list[ScimSchemaAttribute] | None | Unset):
    """

    name: str | Unset = UNSET
    type_: str | Unset = UNSET
    multi_valued: bool | Unset = UNSET
    description: str | Unset = UNSET
    required: bool | Unset = UNSET
    case_exact: bool | Unset = UNSET
    mutability: str | Unset = UNSET
    returned: str | Unset = UNSET
    uniqueness: str | Unset = UNSET
    sub_attributes: list[ScimSchemaAttribute] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data: what was received, unknown fields included."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.name is not UNSET:
            field_dict["name"] = self.name

        if self.type_ is not UNSET:
            field_dict["type"] = self.type_

        if self.multi_valued is not UNSET:
            field_dict["multiValued"] = self.multi_valued

        if self.description is not UNSET:
            field_dict["description"] = self.description

        if self.required is not UNSET:
            field_dict["required"] = self.required

        if self.case_exact is not UNSET:
            field_dict["caseExact"] = self.case_exact

        if self.mutability is not UNSET:
            field_dict["mutability"] = self.mutability

        if self.returned is not UNSET:
            field_dict["returned"] = self.returned

        if self.uniqueness is not UNSET:
            field_dict["uniqueness"] = self.uniqueness

        sub_attributes = self.sub_attributes
        if not isinstance(sub_attributes, Unset):
            field_dict["subAttributes"] = (
                None
                if sub_attributes is None
                else [sub_attributes_item.to_dict() for sub_attributes_item in sub_attributes]
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
            raise UnexpectedShapeError(f"ScimSchemaAttribute: expected an object, got {type(_src).__name__}")
        try:
            _get = _src.get
            _obj = _new(cls)
            _obj.name = _get("name", UNSET)

            _obj.type_ = _get("type", UNSET)

            _obj.multi_valued = _get("multiValued", UNSET)

            _obj.description = _get("description", UNSET)

            _obj.required = _get("required", UNSET)

            _obj.case_exact = _get("caseExact", UNSET)

            _obj.mutability = _get("mutability", UNSET)

            _obj.returned = _get("returned", UNSET)

            _obj.uniqueness = _get("uniqueness", UNSET)

            sub_attributes = _get("subAttributes", UNSET)
            if sub_attributes.__class__ is list:
                sub_attributes_check = ScimSchemaAttribute._check
                for sub_attributes_item in sub_attributes:
                    sub_attributes_check(sub_attributes_item)
                sub_attributes = (sub_attributes,)
            elif sub_attributes is not None and sub_attributes is not UNSET:
                raise UnexpectedShapeError(
                    f"ScimSchemaAttribute.subAttributes: expected a list or null, got {type(sub_attributes).__name__}"
                )
            _obj._raw_sub_attributes = sub_attributes

            _obj.additional_properties = (
                {} if _KNOWN.issuperset(_src) else {key: value for key, value in _src.items() if key not in _KNOWN}
            )

        except UnexpectedShapeError:
            raise
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise UnexpectedShapeError(f"ScimSchemaAttribute: {type(exc).__name__}: {exc}") from exc
        if cls is not ScimSchemaAttribute:
            init_missing(_obj)
        return _obj

    @staticmethod
    def _check(_src: Any) -> None:
        """Raise ``UnexpectedShapeError`` where ``from_dict`` would; build nothing."""
        if _src.__class__ is not dict and not isinstance(_src, Mapping):
            raise UnexpectedShapeError(f"ScimSchemaAttribute: expected an object, got {type(_src).__name__}")
        try:
            _get = _src.get

            sub_attributes = _get("subAttributes", UNSET)
            if sub_attributes.__class__ is list:
                sub_attributes_check = ScimSchemaAttribute._check
                for sub_attributes_item in sub_attributes:
                    sub_attributes_check(sub_attributes_item)
            elif sub_attributes is not None and sub_attributes is not UNSET:
                raise UnexpectedShapeError(
                    f"ScimSchemaAttribute.subAttributes: expected a list or null, got {type(sub_attributes).__name__}"
                )

            return
        except UnexpectedShapeError:
            raise
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise UnexpectedShapeError(f"ScimSchemaAttribute: {type(exc).__name__}: {exc}") from exc

    @classmethod
    def _build(cls, _src: Any) -> ScimSchemaAttribute:
        """Build from data ``_check`` accepted (a nested field's first read)."""
        _get = _src.get
        _obj = _new(cls)
        _obj.name = _get("name", UNSET)

        _obj.type_ = _get("type", UNSET)

        _obj.multi_valued = _get("multiValued", UNSET)

        _obj.description = _get("description", UNSET)

        _obj.required = _get("required", UNSET)

        _obj.case_exact = _get("caseExact", UNSET)

        _obj.mutability = _get("mutability", UNSET)

        _obj.returned = _get("returned", UNSET)

        _obj.uniqueness = _get("uniqueness", UNSET)

        sub_attributes = _get("subAttributes", UNSET)
        _obj._raw_sub_attributes = (sub_attributes,) if sub_attributes.__class__ is list else sub_attributes

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
        "type",
        "multiValued",
        "description",
        "required",
        "caseExact",
        "mutability",
        "returned",
        "uniqueness",
        "subAttributes",
    }
)


lazy_models(
    ScimSchemaAttribute,
    sub_attributes=lambda items: [ScimSchemaAttribute._build(item) for item in items],
)
