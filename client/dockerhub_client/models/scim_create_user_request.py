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
    from ..models.scim_name import ScimName


T = TypeVar("T", bound="ScimCreateUserRequest")


class _ScimCreateUserRequestRaw:
    """What each timestamp or nested-model field holds behind its property: the received
    value until the first read (a nested model's data in a 1-tuple), then the parsed one."""

    __slots__ = ("_raw_name",)
    _raw_name: Any


@_attrs_define
class ScimCreateUserRequest(_ScimCreateUserRequestRaw):
    """
    Attributes:
        schemas (list[str] | None):
        user_name (str): The user's email address.
        name (ScimName | None | Unset):
    """

    schemas: list[str] | None
    user_name: str
    name: ScimName | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data: what was received, unknown fields included."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        schemas = self.schemas
        field_dict["schemas"] = None if schemas is None else list(schemas)

        field_dict["userName"] = self.user_name

        name = self.name
        if not isinstance(name, Unset):
            field_dict["name"] = None if name is None else name.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse the JSON object ``src_dict``; ``UnexpectedShapeError`` when it does not fit.

        Everything is checked here; nested models are built on the first read of their
        field, from the data given (kept, not copied, until then).
        """
        _src = src_dict
        if _src.__class__ is not dict and not isinstance(_src, Mapping):
            raise UnexpectedShapeError(f"ScimCreateUserRequest: expected an object, got {type(_src).__name__}")
        try:
            _get = _src.get
            _obj = _new(cls)
            schemas = _src["schemas"]
            if schemas.__class__ is not list and schemas is not None:
                raise UnexpectedShapeError(
                    f"ScimCreateUserRequest.schemas: expected a list or null, got {type(schemas).__name__}"
                )
            _obj.schemas = schemas

            _obj.user_name = _src["userName"]

            name = _get("name", UNSET)
            if name is not None and name is not UNSET:
                ScimName._check(name)
                name = (name,)
            _obj._raw_name = name

            _obj.additional_properties = (
                {} if _KNOWN.issuperset(_src) else {key: value for key, value in _src.items() if key not in _KNOWN}
            )

        except UnexpectedShapeError:
            raise
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise UnexpectedShapeError(f"ScimCreateUserRequest: {type(exc).__name__}: {exc}") from exc
        if cls is not ScimCreateUserRequest:
            init_missing(_obj)
        return _obj

    @staticmethod
    def _check(_src: Any) -> None:
        """Raise ``UnexpectedShapeError`` where ``from_dict`` would; build nothing."""
        if _src.__class__ is not dict and not isinstance(_src, Mapping):
            raise UnexpectedShapeError(f"ScimCreateUserRequest: expected an object, got {type(_src).__name__}")
        try:
            _get = _src.get
            schemas = _src["schemas"]
            if schemas.__class__ is not list and schemas is not None:
                raise UnexpectedShapeError(
                    f"ScimCreateUserRequest.schemas: expected a list or null, got {type(schemas).__name__}"
                )

            _src["userName"]

            name = _get("name", UNSET)
            if name is not None and name is not UNSET:
                ScimName._check(name)

            return
        except UnexpectedShapeError:
            raise
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise UnexpectedShapeError(f"ScimCreateUserRequest: {type(exc).__name__}: {exc}") from exc

    @classmethod
    def _build(cls, _src: Any) -> ScimCreateUserRequest:
        """Build from data ``_check`` accepted (a nested field's first read)."""
        _get = _src.get
        _obj = _new(cls)
        _obj.schemas = _src["schemas"]

        _obj.user_name = _src["userName"]

        name = _get("name", UNSET)
        _obj._raw_name = name if name is None or name is UNSET else (name,)

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
        "userName",
        "name",
    }
)

# The models this one refers to, imported after the class so that cycles resolve.
from ..models.scim_name import ScimName  # noqa: E402

lazy_models(
    ScimCreateUserRequest,
    name=lambda data: ScimName._build(data),
)
