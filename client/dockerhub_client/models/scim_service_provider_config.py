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
    from ..models.scim_authentication_scheme import ScimAuthenticationScheme
    from ..models.scim_feature import ScimFeature


T = TypeVar("T", bound="ScimServiceProviderConfig")


class _ScimServiceProviderConfigRaw:
    """What each timestamp or nested-model field holds behind its property: the received
    value until the first read (a nested model's data in a 1-tuple), then the parsed one."""

    __slots__ = (
        "_raw_patch",
        "_raw_bulk",
        "_raw_filter_",
        "_raw_change_password",
        "_raw_sort",
        "_raw_etag",
    )
    _raw_patch: Any
    _raw_bulk: Any
    _raw_filter_: Any
    _raw_change_password: Any
    _raw_sort: Any
    _raw_etag: Any


@_attrs_define
class ScimServiceProviderConfig(_ScimServiceProviderConfigRaw):
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
        """Parse the JSON object ``src_dict``; ``UnexpectedShapeError`` when it does not fit.

        Everything is checked here; nested models are built on the first read of their
        field, from the data given (kept, not copied, until then).
        """
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
                ScimFeature._check(patch)
                patch = (patch,)
            _obj._raw_patch = patch

            bulk = _get("bulk", UNSET)
            if bulk is not None and bulk is not UNSET:
                ScimFeature._check(bulk)
                bulk = (bulk,)
            _obj._raw_bulk = bulk

            filter_ = _get("filter", UNSET)
            if filter_ is not None and filter_ is not UNSET:
                ScimFeature._check(filter_)
                filter_ = (filter_,)
            _obj._raw_filter_ = filter_

            change_password = _get("changePassword", UNSET)
            if change_password is not None and change_password is not UNSET:
                ScimFeature._check(change_password)
                change_password = (change_password,)
            _obj._raw_change_password = change_password

            sort = _get("sort", UNSET)
            if sort is not None and sort is not UNSET:
                ScimFeature._check(sort)
                sort = (sort,)
            _obj._raw_sort = sort

            etag = _get("etag", UNSET)
            if etag is not None and etag is not UNSET:
                ScimFeature._check(etag)
                etag = (etag,)
            _obj._raw_etag = etag

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

    @staticmethod
    def _check(_src: Any) -> None:
        """Raise ``UnexpectedShapeError`` where ``from_dict`` would; build nothing."""
        if _src.__class__ is not dict and not isinstance(_src, Mapping):
            raise UnexpectedShapeError(f"ScimServiceProviderConfig: expected an object, got {type(_src).__name__}")
        try:
            _get = _src.get
            schemas = _get("schemas", UNSET)
            if schemas.__class__ is not list and schemas is not None and schemas is not UNSET:
                raise UnexpectedShapeError(
                    f"ScimServiceProviderConfig.schemas: expected a list or null, got {type(schemas).__name__}"
                )

            patch = _get("patch", UNSET)
            if patch is not None and patch is not UNSET:
                ScimFeature._check(patch)

            bulk = _get("bulk", UNSET)
            if bulk is not None and bulk is not UNSET:
                ScimFeature._check(bulk)

            filter_ = _get("filter", UNSET)
            if filter_ is not None and filter_ is not UNSET:
                ScimFeature._check(filter_)

            change_password = _get("changePassword", UNSET)
            if change_password is not None and change_password is not UNSET:
                ScimFeature._check(change_password)

            sort = _get("sort", UNSET)
            if sort is not None and sort is not UNSET:
                ScimFeature._check(sort)

            etag = _get("etag", UNSET)
            if etag is not None and etag is not UNSET:
                ScimFeature._check(etag)

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

            return
        except UnexpectedShapeError:
            raise
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise UnexpectedShapeError(f"ScimServiceProviderConfig: {type(exc).__name__}: {exc}") from exc

    @classmethod
    def _build(cls, _src: Any) -> ScimServiceProviderConfig:
        """Build from data ``_check`` accepted (a nested field's first read)."""
        _get = _src.get
        _obj = _new(cls)
        _obj.schemas = _get("schemas", UNSET)

        _obj.documentation_uri = _get("documentationUri", UNSET)

        patch = _get("patch", UNSET)
        _obj._raw_patch = patch if patch is None or patch is UNSET else (patch,)

        bulk = _get("bulk", UNSET)
        _obj._raw_bulk = bulk if bulk is None or bulk is UNSET else (bulk,)

        filter_ = _get("filter", UNSET)
        _obj._raw_filter_ = filter_ if filter_ is None or filter_ is UNSET else (filter_,)

        change_password = _get("changePassword", UNSET)
        _obj._raw_change_password = (
            change_password if change_password is None or change_password is UNSET else (change_password,)
        )

        sort = _get("sort", UNSET)
        _obj._raw_sort = sort if sort is None or sort is UNSET else (sort,)

        etag = _get("etag", UNSET)
        _obj._raw_etag = etag if etag is None or etag is UNSET else (etag,)

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

lazy_models(
    ScimServiceProviderConfig,
    patch=lambda data: ScimFeature._build(data),
    bulk=lambda data: ScimFeature._build(data),
    filter_=lambda data: ScimFeature._build(data),
    change_password=lambda data: ScimFeature._build(data),
    sort=lambda data: ScimFeature._build(data),
    etag=lambda data: ScimFeature._build(data),
)
