from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ScimSchemaAttribute")


@_attrs_define
class ScimSchemaAttribute:
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
        sub_attributes (list[ScimSchemaAttribute] | Unset):
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
    sub_attributes: list[ScimSchemaAttribute] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        type_ = self.type_

        multi_valued = self.multi_valued

        description = self.description

        required = self.required

        case_exact = self.case_exact

        mutability = self.mutability

        returned = self.returned

        uniqueness = self.uniqueness

        sub_attributes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sub_attributes, Unset):
            sub_attributes = []
            for sub_attributes_item_data in self.sub_attributes:
                sub_attributes_item = sub_attributes_item_data.to_dict()
                sub_attributes.append(sub_attributes_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if type_ is not UNSET:
            field_dict["type"] = type_
        if multi_valued is not UNSET:
            field_dict["multiValued"] = multi_valued
        if description is not UNSET:
            field_dict["description"] = description
        if required is not UNSET:
            field_dict["required"] = required
        if case_exact is not UNSET:
            field_dict["caseExact"] = case_exact
        if mutability is not UNSET:
            field_dict["mutability"] = mutability
        if returned is not UNSET:
            field_dict["returned"] = returned
        if uniqueness is not UNSET:
            field_dict["uniqueness"] = uniqueness
        if sub_attributes is not UNSET:
            field_dict["subAttributes"] = sub_attributes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        type_ = d.pop("type", UNSET)

        multi_valued = d.pop("multiValued", UNSET)

        description = d.pop("description", UNSET)

        required = d.pop("required", UNSET)

        case_exact = d.pop("caseExact", UNSET)

        mutability = d.pop("mutability", UNSET)

        returned = d.pop("returned", UNSET)

        uniqueness = d.pop("uniqueness", UNSET)

        _sub_attributes = d.pop("subAttributes", UNSET)
        sub_attributes: list[ScimSchemaAttribute] | Unset = UNSET
        if _sub_attributes is not UNSET:
            sub_attributes = []
            for sub_attributes_item_data in _sub_attributes:
                sub_attributes_item = ScimSchemaAttribute.from_dict(sub_attributes_item_data)

                sub_attributes.append(sub_attributes_item)

        scim_schema_attribute = cls(
            name=name,
            type_=type_,
            multi_valued=multi_valued,
            description=description,
            required=required,
            case_exact=case_exact,
            mutability=mutability,
            returned=returned,
            uniqueness=uniqueness,
            sub_attributes=sub_attributes,
        )

        scim_schema_attribute.additional_properties = d
        return scim_schema_attribute

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
