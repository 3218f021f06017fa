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
    from ..models.org_access_token_resource import OrgAccessTokenResource


T = TypeVar("T", bound="UpdateOrgAccessTokenRequest")


class _UpdateOrgAccessTokenRequestRaw:
    """What each timestamp or nested-model field holds behind its property: the received
    value until the first read (a nested model's data in a 1-tuple), then the parsed one."""

    __slots__ = ("_raw_resources",)
    _raw_resources: Any


@_attrs_define
class UpdateOrgAccessTokenRequest(_UpdateOrgAccessTokenRequestRaw):
    """
    Attributes:
        label (str | Unset):
        description (str | Unset):
        resources (list[OrgAccessTokenResource] | None | Unset):
        is_active (bool | Unset):
    """

    label: str | Unset = UNSET
    description: str | Unset = UNSET
    resources: list[OrgAccessTokenResource] | None | Unset = UNSET
    is_active: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data: what was received, unknown fields included."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.label is not UNSET:
            field_dict["label"] = self.label

        if self.description is not UNSET:
            field_dict["description"] = self.description

        resources = self.resources
        if not isinstance(resources, Unset):
            field_dict["resources"] = (
                None if resources is None else [resources_item.to_dict() for resources_item in resources]
            )

        if self.is_active is not UNSET:
            field_dict["is_active"] = self.is_active

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse the JSON object ``src_dict``; ``UnexpectedShapeError`` when it does not fit.

        Everything is checked here; nested models are built on the first read of their
        field, from the data given (kept, not copied, until then).
        """
        _src = src_dict
        if _src.__class__ is not dict and not isinstance(_src, Mapping):
            raise UnexpectedShapeError(f"UpdateOrgAccessTokenRequest: expected an object, got {type(_src).__name__}")
        try:
            _get = _src.get
            _obj = _new(cls)
            _obj.label = _get("label", UNSET)

            _obj.description = _get("description", UNSET)

            resources = _get("resources", UNSET)
            if resources.__class__ is list:
                resources_check = OrgAccessTokenResource._check
                for resources_item in resources:
                    resources_check(resources_item)
                resources = (resources,)
            elif resources is not None and resources is not UNSET:
                raise UnexpectedShapeError(
                    f"UpdateOrgAccessTokenRequest.resources: expected a list or null, got {type(resources).__name__}"
                )
            _obj._raw_resources = resources

            _obj.is_active = _get("is_active", UNSET)

            _obj.additional_properties = (
                {} if _KNOWN.issuperset(_src) else {key: value for key, value in _src.items() if key not in _KNOWN}
            )

        except UnexpectedShapeError:
            raise
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise UnexpectedShapeError(f"UpdateOrgAccessTokenRequest: {type(exc).__name__}: {exc}") from exc
        if cls is not UpdateOrgAccessTokenRequest:
            init_missing(_obj)
        return _obj

    @staticmethod
    def _check(_src: Any) -> None:
        """Raise ``UnexpectedShapeError`` where ``from_dict`` would; build nothing."""
        if _src.__class__ is not dict and not isinstance(_src, Mapping):
            raise UnexpectedShapeError(f"UpdateOrgAccessTokenRequest: expected an object, got {type(_src).__name__}")
        try:
            _get = _src.get

            resources = _get("resources", UNSET)
            if resources.__class__ is list:
                resources_check = OrgAccessTokenResource._check
                for resources_item in resources:
                    resources_check(resources_item)
            elif resources is not None and resources is not UNSET:
                raise UnexpectedShapeError(
                    f"UpdateOrgAccessTokenRequest.resources: expected a list or null, got {type(resources).__name__}"
                )

            return
        except UnexpectedShapeError:
            raise
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise UnexpectedShapeError(f"UpdateOrgAccessTokenRequest: {type(exc).__name__}: {exc}") from exc

    @classmethod
    def _build(cls, _src: Any) -> UpdateOrgAccessTokenRequest:
        """Build from data ``_check`` accepted (a nested field's first read)."""
        _get = _src.get
        _obj = _new(cls)
        _obj.label = _get("label", UNSET)

        _obj.description = _get("description", UNSET)

        resources = _get("resources", UNSET)
        _obj._raw_resources = (resources,) if resources.__class__ is list else resources

        _obj.is_active = _get("is_active", UNSET)

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
        "label",
        "description",
        "resources",
        "is_active",
    }
)

# The models this one refers to, imported after the class so that cycles resolve.
from ..models.org_access_token_resource import OrgAccessTokenResource  # noqa: E402

lazy_models(
    UpdateOrgAccessTokenRequest,
    resources=lambda items: [OrgAccessTokenResource._build(item) for item in items],
)
