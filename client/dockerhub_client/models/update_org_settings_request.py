from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UnexpectedShapeError,
    init_missing,
    lazy_models,
)

if TYPE_CHECKING:
    from ..models.update_org_settings_request_restricted_images import (
        UpdateOrgSettingsRequestRestrictedImages,
    )


T = TypeVar("T", bound="UpdateOrgSettingsRequest")


class _UpdateOrgSettingsRequestRaw:
    """What each timestamp or nested-model field holds behind its property: the received
    value until the first read (a nested model's data in a 1-tuple), then the parsed one."""

    __slots__ = ("_raw_restricted_images",)
    _raw_restricted_images: Any


@_attrs_define
class UpdateOrgSettingsRequest(_UpdateOrgSettingsRequestRaw):
    """New organization settings; every image-access flag must be given.

    Attributes:
        restricted_images (UpdateOrgSettingsRequestRestrictedImages | None):
    """

    restricted_images: UpdateOrgSettingsRequestRestrictedImages | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data: what was received, unknown fields included."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        restricted_images = self.restricted_images
        field_dict["restricted_images"] = None if restricted_images is None else restricted_images.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse the JSON object ``src_dict``; ``UnexpectedShapeError`` when it does not fit.

        Everything is checked here; nested models are built on the first read of their
        field, from the data given (kept, not copied, until then).
        """
        _src = src_dict
        if _src.__class__ is not dict and not isinstance(_src, Mapping):
            raise UnexpectedShapeError(f"UpdateOrgSettingsRequest: expected an object, got {type(_src).__name__}")
        try:
            _obj = _new(cls)
            restricted_images = _src["restricted_images"]
            if restricted_images is not None:
                UpdateOrgSettingsRequestRestrictedImages._check(restricted_images)
                restricted_images = (restricted_images,)
            _obj._raw_restricted_images = restricted_images

            _obj.additional_properties = (
                {} if _KNOWN.issuperset(_src) else {key: value for key, value in _src.items() if key not in _KNOWN}
            )

        except UnexpectedShapeError:
            raise
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise UnexpectedShapeError(f"UpdateOrgSettingsRequest: {type(exc).__name__}: {exc}") from exc
        if cls is not UpdateOrgSettingsRequest:
            init_missing(_obj)
        return _obj

    @staticmethod
    def _check(_src: Any) -> None:
        """Raise ``UnexpectedShapeError`` where ``from_dict`` would; build nothing."""
        if _src.__class__ is not dict and not isinstance(_src, Mapping):
            raise UnexpectedShapeError(f"UpdateOrgSettingsRequest: expected an object, got {type(_src).__name__}")
        try:
            restricted_images = _src["restricted_images"]
            if restricted_images is not None:
                UpdateOrgSettingsRequestRestrictedImages._check(restricted_images)

            return
        except UnexpectedShapeError:
            raise
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise UnexpectedShapeError(f"UpdateOrgSettingsRequest: {type(exc).__name__}: {exc}") from exc

    @classmethod
    def _build(cls, _src: Any) -> UpdateOrgSettingsRequest:
        """Build from data ``_check`` accepted (a nested field's first read)."""
        _obj = _new(cls)
        restricted_images = _src["restricted_images"]
        _obj._raw_restricted_images = restricted_images if restricted_images is None else (restricted_images,)

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
        "restricted_images",
    }
)

# The models this one refers to, imported after the class so that cycles resolve.
from ..models.update_org_settings_request_restricted_images import (
    UpdateOrgSettingsRequestRestrictedImages,  # noqa: E402
)

lazy_models(
    UpdateOrgSettingsRequest,
    restricted_images=lambda data: UpdateOrgSettingsRequestRestrictedImages._build(data),
)
