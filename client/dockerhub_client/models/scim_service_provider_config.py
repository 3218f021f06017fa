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
)

if TYPE_CHECKING:
    from ..models.scim_authentication_scheme import ScimAuthenticationScheme
    from ..models.scim_feature import ScimFeature


T = TypeVar("T", bound="ScimServiceProviderConfig")


@_attrs_define
class ScimServiceProviderConfig:
    """
    Attributes:
        schemas (list[str] | None | Unset):
        documentation_uri (str | Unset):
        patch (ScimFeature | None | Unset):
        bulk (ScimFeature | None | Unset):
        filter_ (ScimFeature | None | Unset):
        change_password (ScimFeature | None | Unset):
        sort (ScimFeature | None | Unset):
        etag (ScimFeature | None | Unset):
        authentication_schemes (list[ScimAuthenticationScheme] | ScimAuthenticationScheme | Unset): Docker's reference
            shows one object; RFC 7644 has a list. Both are accepted.
    """

    schemas: list[str] | None | Unset = UNSET
    documentation_uri: str | Unset = UNSET
    patch: ScimFeature | None | Unset = UNSET
    bulk: ScimFeature | None | Unset = UNSET
    filter_: ScimFeature | None | Unset = UNSET
    change_password: ScimFeature | None | Unset = UNSET
    sort: ScimFeature | None | Unset = UNSET
    etag: ScimFeature | None | Unset = UNSET
    authentication_schemes: list[ScimAuthenticationScheme] | ScimAuthenticationScheme | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data: what was received, unknown fields included."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        schemas = self.schemas
        if not isinstance(schemas, Unset):
            field_dict["schemas"] = None if schemas is None else list(schemas)

        if self.documentation_uri is not UNSET:
            field_dict["documentationUri"] = self.documentation_uri

        patch = self.patch
        if not isinstance(patch, Unset):
            field_dict["patch"] = None if patch is None else patch.to_dict()

        bulk = self.bulk
        if not isinstance(bulk, Unset):
            field_dict["bulk"] = None if bulk is None else bulk.to_dict()

        filter_ = self.filter_
        if not isinstance(filter_, Unset):
            field_dict["filter"] = None if filter_ is None else filter_.to_dict()

        change_password = self.change_password
        if not isinstance(change_password, Unset):
            field_dict["changePassword"] = None if change_password is None else change_password.to_dict()

        sort = self.sort
        if not isinstance(sort, Unset):
            field_dict["sort"] = None if sort is None else sort.to_dict()

        etag = self.etag
        if not isinstance(etag, Unset):
            field_dict["etag"] = None if etag is None else etag.to_dict()

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

        if authentication_schemes is not UNSET:
            field_dict["authenticationSchemes"] = authentication_schemes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse the JSON object ``src_dict``; ``UnexpectedShapeError`` when it does not fit."""
        _src = src_dict
        if _src.__class__ is not dict and not isinstance(_src, Mapping):
            raise UnexpectedShapeError(f"ScimServiceProviderConfig: expected an object, got {type(_src).__name__}")
        try:
            _get = _src.get
            _obj = _new(cls)
            schemas = _get("schemas", UNSET)
            if schemas.__class__ is not list and schemas is not None and schemas is not UNSET:
                raise UnexpectedShapeError(
                    f"ScimServiceProviderConfig.schemas: expected a list or null, got {type(schemas).__name__}"
                )
            _obj.schemas = schemas

            _obj.documentation_uri = _get("documentationUri", UNSET)

            patch = _get("patch", UNSET)
            if patch is not None and patch is not UNSET:
                patch = ScimFeature.from_dict(patch)
            _obj.patch = patch

            bulk = _get("bulk", UNSET)
            if bulk is not None and bulk is not UNSET:
                bulk = ScimFeature.from_dict(bulk)
            _obj.bulk = bulk

            filter_ = _get("filter", UNSET)
            if filter_ is not None and filter_ is not UNSET:
                filter_ = ScimFeature.from_dict(filter_)
            _obj.filter_ = filter_

            change_password = _get("changePassword", UNSET)
            if change_password is not None and change_password is not UNSET:
                change_password = ScimFeature.from_dict(change_password)
            _obj.change_password = change_password

            sort = _get("sort", UNSET)
            if sort is not None and sort is not UNSET:
                sort = ScimFeature.from_dict(sort)
            _obj.sort = sort

            etag = _get("etag", UNSET)
            if etag is not None and etag is not UNSET:
                etag = ScimFeature.from_dict(etag)
            _obj.etag = etag

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

            authentication_schemes = _parse_authentication_schemes(_get("authenticationSchemes", UNSET))

            _obj.authentication_schemes = authentication_schemes

            _obj.additional_properties = (
                {} if _KNOWN.issuperset(_src) else {key: value for key, value in _src.items() if key not in _KNOWN}
            )
        except UnexpectedShapeError:
            raise
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise UnexpectedShapeError(f"ScimServiceProviderConfig: {type(exc).__name__}: {exc}") from exc
        if cls is not ScimServiceProviderConfig:
            init_missing(_obj)
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
        "documentationUri",
        "patch",
        "bulk",
        "filter",
        "changePassword",
        "sort",
        "etag",
        "authenticationSchemes",
    }
)

# The models this one refers to, imported after the class so that cycles resolve.
from ..models.scim_authentication_scheme import ScimAuthenticationScheme  # noqa: E402
from ..models.scim_feature import ScimFeature  # noqa: E402
