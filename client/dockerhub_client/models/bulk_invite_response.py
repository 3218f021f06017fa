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
    from ..models.bulk_invite_result import BulkInviteResult


T = TypeVar("T", bound="BulkInviteResponse")


@_attrs_define
class BulkInviteResponse:
    """
    Attributes:
        invitees (list[BulkInviteResult] | None | Unset):
    """

    invitees: list[BulkInviteResult] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data: what was received, unknown fields included."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        invitees = self.invitees
        if not isinstance(invitees, Unset):
            field_dict["invitees"] = (
                None if invitees is None else [invitees_item.to_dict() for invitees_item in invitees]
            )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse the JSON object ``src_dict``; ``UnexpectedShapeError`` when it does not fit."""
        _src = src_dict
        if _src.__class__ is not dict and not isinstance(_src, Mapping):
            raise UnexpectedShapeError(f"BulkInviteResponse: expected an object, got {type(_src).__name__}")
        try:
            _get = _src.get
            _obj = _new(cls)
            invitees = _get("invitees", UNSET)
            if invitees.__class__ is list:
                invitees_parse = BulkInviteResult.from_dict
                invitees = [invitees_parse(invitees_item) for invitees_item in invitees]
            elif invitees is not None and invitees is not UNSET:
                raise UnexpectedShapeError(
                    f"BulkInviteResponse.invitees: expected a list or null, got {type(invitees).__name__}"
                )
            _obj.invitees = invitees

            _obj.additional_properties = (
                {} if _KNOWN.issuperset(_src) else {key: value for key, value in _src.items() if key not in _KNOWN}
            )
        except UnexpectedShapeError:
            raise
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise UnexpectedShapeError(f"BulkInviteResponse: {type(exc).__name__}: {exc}") from exc
        if cls is not BulkInviteResponse:
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
        "invitees",
    }
)

# The models this one refers to, imported after the class so that cycles resolve.
from ..models.bulk_invite_result import BulkInviteResult  # noqa: E402
