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
    from ..models.custom_registry import CustomRegistry
    from ..models.standard_registry import StandardRegistry


T = TypeVar("T", bound="RegistryAccessManagement")


class _RegistryAccessManagementRaw:
    """What each timestamp or nested-model field holds behind its property: the received
    value until the first read (a nested model's data in a 1-tuple), then the parsed one."""

    __slots__ = (
        "_raw_standard_registries",
        "_raw_custom_registries",
    )
    _raw_standard_registries: Any
    _raw_custom_registries: Any


@_attrs_define
class RegistryAccessManagement(_RegistryAccessManagementRaw):
    """Registry access management settings of an organization (shape from Docker's
    terraform provider).

        Attributes:
            enabled (bool):
            standard_registries (list[StandardRegistry] | None | Unset):
            custom_registries (list[CustomRegistry] | None | Unset):
    """

    enabled: bool
    standard_registries: list[StandardRegistry] | None | Unset = UNSET
    custom_registries: list[CustomRegistry] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data: what was received, unknown fields included."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["enabled"] = self.enabled

        standard_registries = self.standard_registries
        if not isinstance(standard_registries, Unset):
            field_dict["standard_registries"] = (
                None
                if standard_registries is None
                else [standard_registries_item.to_dict() for standard_registries_item in standard_registries]
            )

        custom_registries = self.custom_registries
        if not isinstance(custom_registries, Unset):
            field_dict["custom_registries"] = (
                None
                if custom_registries is None
                else [custom_registries_item.to_dict() for custom_registries_item in custom_registries]
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
            raise UnexpectedShapeError(f"RegistryAccessManagement: expected an object, got {type(_src).__name__}")
        try:
            _get = _src.get
            _obj = _new(cls)
            _obj.enabled = _src["enabled"]

            standard_registries = _get("standard_registries", UNSET)
            if standard_registries.__class__ is list:
                standard_registries_check = StandardRegistry._check
                for standard_registries_item in standard_registries:
                    standard_registries_check(standard_registries_item)
                standard_registries = (standard_registries,)
            elif standard_registries is not None and standard_registries is not UNSET:
                raise UnexpectedShapeError(
                    f"RegistryAccessManagement.standard_registries: expected a list or null, got {type(standard_registries).__name__}"
                )
            _obj._raw_standard_registries = standard_registries

            custom_registries = _get("custom_registries", UNSET)
            if custom_registries.__class__ is list:
                custom_registries_check = CustomRegistry._check
                for custom_registries_item in custom_registries:
                    custom_registries_check(custom_registries_item)
                custom_registries = (custom_registries,)
            elif custom_registries is not None and custom_registries is not UNSET:
                raise UnexpectedShapeError(
                    f"RegistryAccessManagement.custom_registries: expected a list or null, got {type(custom_registries).__name__}"
                )
            _obj._raw_custom_registries = custom_registries

            _obj.additional_properties = (
                {} if _KNOWN.issuperset(_src) else {key: value for key, value in _src.items() if key not in _KNOWN}
            )

        except UnexpectedShapeError:
            raise
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise UnexpectedShapeError(f"RegistryAccessManagement: {type(exc).__name__}: {exc}") from exc
        if cls is not RegistryAccessManagement:
            init_missing(_obj)
        return _obj

    @staticmethod
    def _check(_src: Any) -> None:
        """Raise ``UnexpectedShapeError`` where ``from_dict`` would; build nothing."""
        if _src.__class__ is not dict and not isinstance(_src, Mapping):
            raise UnexpectedShapeError(f"RegistryAccessManagement: expected an object, got {type(_src).__name__}")
        try:
            _get = _src.get
            _src["enabled"]

            standard_registries = _get("standard_registries", UNSET)
            if standard_registries.__class__ is list:
                standard_registries_check = StandardRegistry._check
                for standard_registries_item in standard_registries:
                    standard_registries_check(standard_registries_item)
            elif standard_registries is not None and standard_registries is not UNSET:
                raise UnexpectedShapeError(
                    f"RegistryAccessManagement.standard_registries: expected a list or null, got {type(standard_registries).__name__}"
                )

            custom_registries = _get("custom_registries", UNSET)
            if custom_registries.__class__ is list:
                custom_registries_check = CustomRegistry._check
                for custom_registries_item in custom_registries:
                    custom_registries_check(custom_registries_item)
            elif custom_registries is not None and custom_registries is not UNSET:
                raise UnexpectedShapeError(
                    f"RegistryAccessManagement.custom_registries: expected a list or null, got {type(custom_registries).__name__}"
                )

            return
        except UnexpectedShapeError:
            raise
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise UnexpectedShapeError(f"RegistryAccessManagement: {type(exc).__name__}: {exc}") from exc

    @classmethod
    def _build(cls, _src: Any) -> RegistryAccessManagement:
        """Build from data ``_check`` accepted (a nested field's first read)."""
        _get = _src.get
        _obj = _new(cls)
        _obj.enabled = _src["enabled"]

        standard_registries = _get("standard_registries", UNSET)
        _obj._raw_standard_registries = (
            (standard_registries,) if standard_registries.__class__ is list else standard_registries
        )

        custom_registries = _get("custom_registries", UNSET)
        _obj._raw_custom_registries = (custom_registries,) if custom_registries.__class__ is list else custom_registries

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
        "enabled",
        "standard_registries",
        "custom_registries",
    }
)

# The models this one refers to, imported after the class so that cycles resolve.
from ..models.custom_registry import CustomRegistry  # noqa: E402
from ..models.standard_registry import StandardRegistry  # noqa: E402

lazy_models(
    RegistryAccessManagement,
    standard_registries=lambda items: [StandardRegistry._build(item) for item in items],
    custom_registries=lambda items: [CustomRegistry._build(item) for item in items],
)
