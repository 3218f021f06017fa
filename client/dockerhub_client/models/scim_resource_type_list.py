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
    from ..models.scim_resource_type import ScimResourceType


T = TypeVar("T", bound="ScimResourceTypeList")


class _ScimResourceTypeListRaw:
    """What each timestamp or nested-model field holds behind its property: the received
    value until the first read (a nested model's data in a 1-tuple), then the parsed one."""

    __slots__ = ("_raw_resources",)
    _raw_resources: Any


@_attrs_define
class ScimResourceTypeList(_ScimResourceTypeListRaw):
    """
    Attributes:
        schemas (list[str] | None | Unset):
        total_results (int | Unset):
        resources (list[ScimResourceType] | None | Unset):
    """

    schemas: list[str] | None | Unset = UNSET
    total_results: int | Unset = UNSET
    resources: list[ScimResourceType] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data: what was received, unknown fields included."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        schemas = self.schemas
        if not isinstance(schemas, Unset):
            field_dict["schemas"] = None if schemas is None else list(schemas)

        if self.total_results is not UNSET:
            field_dict["totalResults"] = self.total_results

        resources = self.resources
        if not isinstance(resources, Unset):
            field_dict["resources"] = (
                None if resources is None else [resources_item.to_dict() for resources_item in resources]
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
            raise UnexpectedShapeError(f"ScimResourceTypeList: expected an object, got {type(_src).__name__}")
        try:
            _get = _src.get
            _obj = _new(cls)
            schemas = _get("schemas", UNSET)
            if schemas.__class__ is not list and schemas is not None and schemas is not UNSET:
                raise UnexpectedShapeError(
                    f"ScimResourceTypeList.schemas: expected a list or null, got {type(schemas).__name__}"
                )
            _obj.schemas = schemas

            _obj.total_results = _get("totalResults", UNSET)

            resources = _get("resources", UNSET)
            if resources.__class__ is list:
                resources_check = ScimResourceType._check
                for resources_item in resources:
                    resources_check(resources_item)
                resources = (resources,)
            elif resources is not None and resources is not UNSET:
                raise UnexpectedShapeError(
                    f"ScimResourceTypeList.resources: expected a list or null, got {type(resources).__name__}"
                )
            _obj._raw_resources = resources

            _obj.additional_properties = (
                {} if _KNOWN.issuperset(_src) else {key: value for key, value in _src.items() if key not in _KNOWN}
            )

        except UnexpectedShapeError:
            raise
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise UnexpectedShapeError(f"ScimResourceTypeList: {type(exc).__name__}: {exc}") from exc
        if cls is not ScimResourceTypeList:
            init_missing(_obj)
        return _obj

    @staticmethod
    def _check(_src: Any) -> None:
        """Raise ``UnexpectedShapeError`` where ``from_dict`` would; build nothing."""
        if _src.__class__ is not dict and not isinstance(_src, Mapping):
            raise UnexpectedShapeError(f"ScimResourceTypeList: expected an object, got {type(_src).__name__}")
        try:
            _get = _src.get
            schemas = _get("schemas", UNSET)
            if schemas.__class__ is not list and schemas is not None and schemas is not UNSET:
                raise UnexpectedShapeError(
                    f"ScimResourceTypeList.schemas: expected a list or null, got {type(schemas).__name__}"
                )

            resources = _get("resources", UNSET)
            if resources.__class__ is list:
                resources_check = ScimResourceType._check
                for resources_item in resources:
                    resources_check(resources_item)
            elif resources is not None and resources is not UNSET:
                raise UnexpectedShapeError(
                    f"ScimResourceTypeList.resources: expected a list or null, got {type(resources).__name__}"
                )

            return
        except UnexpectedShapeError:
            raise
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise UnexpectedShapeError(f"ScimResourceTypeList: {type(exc).__name__}: {exc}") from exc

    @classmethod
    def _build(cls, _src: Any) -> ScimResourceTypeList:
        """Build from data ``_check`` accepted (a nested field's first read)."""
        _get = _src.get
        _obj = _new(cls)
        _obj.schemas = _get("schemas", UNSET)

        _obj.total_results = _get("totalResults", UNSET)

        resources = _get("resources", UNSET)
        _obj._raw_resources = (resources,) if resources.__class__ is list else resources

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
        "totalResults",
        "resources",
    }
)

# The models this one refers to, imported after the class so that cycles resolve.
from ..models.scim_resource_type import ScimResourceType  # noqa: E402

lazy_models(
    ScimResourceTypeList,
    resources=lambda items: [ScimResourceType._build(item) for item in items],
)
