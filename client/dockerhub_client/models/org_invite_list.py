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
    from ..models.org_invite import OrgInvite


T = TypeVar("T", bound="OrgInviteList")


@_attrs_define
class OrgInviteList:
    """
    Attributes:
        data (list[OrgInvite] | None | Unset):
    """

    data: list[OrgInvite] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data: what was received, unknown fields included."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        data = self.data
        if not isinstance(data, Unset):
            field_dict["data"] = None if data is None else [data_item.to_dict() for data_item in data]

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse the JSON object ``src_dict``; ``UnexpectedShapeError`` when it does not fit."""
        _src = src_dict
        if _src.__class__ is not dict and not isinstance(_src, Mapping):
            raise UnexpectedShapeError(f"OrgInviteList: expected an object, got {type(_src).__name__}")
        try:
            _get = _src.get
            _obj = _new(cls)
            data = _get("data", UNSET)
            if data.__class__ is list:
                data_parse = OrgInvite.from_dict
                data = [data_parse(data_item) for data_item in data]
            elif data is not None and data is not UNSET:
                raise UnexpectedShapeError(f"OrgInviteList.data: expected a list or null, got {type(data).__name__}")
            _obj.data = data

            _obj.additional_properties = (
                {} if _KNOWN.issuperset(_src) else {key: value for key, value in _src.items() if key not in _KNOWN}
            )
        except UnexpectedShapeError:
            raise
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise UnexpectedShapeError(f"OrgInviteList: {type(exc).__name__}: {exc}") from exc
        if cls is not OrgInviteList:
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
        "data",
    }
)

# The models this one refers to, imported after the class so that cycles resolve.
from ..models.org_invite import OrgInvite  # noqa: E402
