from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.scim_authentication_scheme import ScimAuthenticationScheme
    from ..models.scim_feature import ScimFeature


T = TypeVar("T", bound="ScimServiceProviderConfig")


@_attrs_define
class ScimServiceProviderConfig:
    """
    Attributes:
        schemas (list[str] | Unset):
        documentation_uri (str | Unset):
        patch (ScimFeature | Unset):
        bulk (ScimFeature | Unset):
        filter_ (ScimFeature | Unset):
        change_password (ScimFeature | Unset):
        sort (ScimFeature | Unset):
        etag (ScimFeature | Unset):
        authentication_schemes (list[ScimAuthenticationScheme] | ScimAuthenticationScheme | Unset): Docker's reference
            shows one object; RFC 7644 has a list. Both are accepted.
    """

    schemas: list[str] | Unset = UNSET
    documentation_uri: str | Unset = UNSET
    patch: ScimFeature | Unset = UNSET
    bulk: ScimFeature | Unset = UNSET
    filter_: ScimFeature | Unset = UNSET
    change_password: ScimFeature | Unset = UNSET
    sort: ScimFeature | Unset = UNSET
    etag: ScimFeature | Unset = UNSET
    authentication_schemes: list[ScimAuthenticationScheme] | ScimAuthenticationScheme | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.scim_authentication_scheme import ScimAuthenticationScheme  # noqa: PLC0415

        schemas: list[str] | Unset = UNSET
        if not isinstance(self.schemas, Unset):
            schemas = self.schemas

        documentation_uri = self.documentation_uri

        patch: dict[str, Any] | Unset = UNSET
        if not isinstance(self.patch, Unset):
            patch = self.patch.to_dict()

        bulk: dict[str, Any] | Unset = UNSET
        if not isinstance(self.bulk, Unset):
            bulk = self.bulk.to_dict()

        filter_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.filter_, Unset):
            filter_ = self.filter_.to_dict()

        change_password: dict[str, Any] | Unset = UNSET
        if not isinstance(self.change_password, Unset):
            change_password = self.change_password.to_dict()

        sort: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sort, Unset):
            sort = self.sort.to_dict()

        etag: dict[str, Any] | Unset = UNSET
        if not isinstance(self.etag, Unset):
            etag = self.etag.to_dict()

        authentication_schemes: dict[str, Any] | list[dict[str, Any]] | Unset
        if isinstance(self.authentication_schemes, Unset):
            authentication_schemes = UNSET
        elif isinstance(self.authentication_schemes, ScimAuthenticationScheme):
            authentication_schemes = self.authentication_schemes.to_dict()
        else:
            authentication_schemes = []
            for authentication_schemes_type_1_item_data in self.authentication_schemes:
                authentication_schemes_type_1_item = authentication_schemes_type_1_item_data.to_dict()
                authentication_schemes.append(authentication_schemes_type_1_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if schemas is not UNSET:
            field_dict["schemas"] = schemas
        if documentation_uri is not UNSET:
            field_dict["documentationUri"] = documentation_uri
        if patch is not UNSET:
            field_dict["patch"] = patch
        if bulk is not UNSET:
            field_dict["bulk"] = bulk
        if filter_ is not UNSET:
            field_dict["filter"] = filter_
        if change_password is not UNSET:
            field_dict["changePassword"] = change_password
        if sort is not UNSET:
            field_dict["sort"] = sort
        if etag is not UNSET:
            field_dict["etag"] = etag
        if authentication_schemes is not UNSET:
            field_dict["authenticationSchemes"] = authentication_schemes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.scim_authentication_scheme import ScimAuthenticationScheme  # noqa: PLC0415
        from ..models.scim_feature import ScimFeature  # noqa: PLC0415

        d = dict(src_dict)
        schemas = cast(list[str], d.pop("schemas", UNSET))

        documentation_uri = d.pop("documentationUri", UNSET)

        _patch = d.pop("patch", UNSET)
        patch: ScimFeature | Unset
        if isinstance(_patch, Unset):
            patch = UNSET
        else:
            patch = ScimFeature.from_dict(_patch)

        _bulk = d.pop("bulk", UNSET)
        bulk: ScimFeature | Unset
        if isinstance(_bulk, Unset):
            bulk = UNSET
        else:
            bulk = ScimFeature.from_dict(_bulk)

        _filter_ = d.pop("filter", UNSET)
        filter_: ScimFeature | Unset
        if isinstance(_filter_, Unset):
            filter_ = UNSET
        else:
            filter_ = ScimFeature.from_dict(_filter_)

        _change_password = d.pop("changePassword", UNSET)
        change_password: ScimFeature | Unset
        if isinstance(_change_password, Unset):
            change_password = UNSET
        else:
            change_password = ScimFeature.from_dict(_change_password)

        _sort = d.pop("sort", UNSET)
        sort: ScimFeature | Unset
        if isinstance(_sort, Unset):
            sort = UNSET
        else:
            sort = ScimFeature.from_dict(_sort)

        _etag = d.pop("etag", UNSET)
        etag: ScimFeature | Unset
        if isinstance(_etag, Unset):
            etag = UNSET
        else:
            etag = ScimFeature.from_dict(_etag)

        def _parse_authentication_schemes(
            data: object,
        ) -> list[ScimAuthenticationScheme] | ScimAuthenticationScheme | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                authentication_schemes_type_0 = ScimAuthenticationScheme.from_dict(data)

                return authentication_schemes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            authentication_schemes_type_1 = []
            _authentication_schemes_type_1 = data
            for authentication_schemes_type_1_item_data in _authentication_schemes_type_1:
                authentication_schemes_type_1_item = ScimAuthenticationScheme.from_dict(
                    authentication_schemes_type_1_item_data
                )

                authentication_schemes_type_1.append(authentication_schemes_type_1_item)

            return authentication_schemes_type_1

        authentication_schemes = _parse_authentication_schemes(d.pop("authenticationSchemes", UNSET))

        scim_service_provider_config = cls(
            schemas=schemas,
            documentation_uri=documentation_uri,
            patch=patch,
            bulk=bulk,
            filter_=filter_,
            change_password=change_password,
            sort=sort,
            etag=etag,
            authentication_schemes=authentication_schemes,
        )

        scim_service_provider_config.additional_properties = d
        return scim_service_provider_config

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
