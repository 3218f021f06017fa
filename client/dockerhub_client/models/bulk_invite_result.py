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
    from ..models.org_invite import OrgInvite


T = TypeVar("T", bound="BulkInviteResult")


class _BulkInviteResultRaw:
    """What each timestamp or nested-model field holds behind its property: the received
    value until the first read (a nested model's data in a 1-tuple), then the parsed one."""

    __slots__ = ("_raw_invite",)
    _raw_invite: Any


@_attrs_define
class BulkInviteResult(_BulkInviteResultRaw):
    """
    Attributes:
        invitee (str | Unset):
        status (str | Unset):
        invite (OrgInvite | None | Unset): A pending invitation to an organization.
    """

    invitee: str | Unset = UNSET
    status: str | Unset = UNSET
    invite: OrgInvite | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data: what was received, unknown fields included."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.invitee is not UNSET:
            field_dict["invitee"] = self.invitee

        if self.status is not UNSET:
            field_dict["status"] = self.status

        invite = self.invite
        if not isinstance(invite, Unset):
            field_dict["invite"] = None if invite is None else invite.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse the JSON object ``src_dict``; ``UnexpectedShapeError`` when it does not fit.

        Everything is checked here; nested models are built on the first read of their
        field, from the data given (kept, not copied, until then).
        """
        _src = src_dict
        if _src.__class__ is not dict and not isinstance(_src, Mapping):
            raise UnexpectedShapeError(f"BulkInviteResult: expected an object, got {type(_src).__name__}")
        try:
            _get = _src.get
            _obj = _new(cls)
            _obj.invitee = _get("invitee", UNSET)

            _obj.status = _get("status", UNSET)

            invite = _get("invite", UNSET)
            if invite is not None and invite is not UNSET:
                OrgInvite._check(invite)
                invite = (invite,)
            _obj._raw_invite = invite

            _obj.additional_properties = (
                {} if _KNOWN.issuperset(_src) else {key: value for key, value in _src.items() if key not in _KNOWN}
            )

        except UnexpectedShapeError:
            raise
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise UnexpectedShapeError(f"BulkInviteResult: {type(exc).__name__}: {exc}") from exc
        if cls is not BulkInviteResult:
            init_missing(_obj)
        return _obj

    @staticmethod
    def _check(_src: Any) -> None:
        """Raise ``UnexpectedShapeError`` where ``from_dict`` would; build nothing."""
        if _src.__class__ is not dict and not isinstance(_src, Mapping):
            raise UnexpectedShapeError(f"BulkInviteResult: expected an object, got {type(_src).__name__}")
        try:
            _get = _src.get

            invite = _get("invite", UNSET)
            if invite is not None and invite is not UNSET:
                OrgInvite._check(invite)

            return
        except UnexpectedShapeError:
            raise
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise UnexpectedShapeError(f"BulkInviteResult: {type(exc).__name__}: {exc}") from exc

    @classmethod
    def _build(cls, _src: Any) -> BulkInviteResult:
        """Build from data ``_check`` accepted (a nested field's first read)."""
        _get = _src.get
        _obj = _new(cls)
        _obj.invitee = _get("invitee", UNSET)

        _obj.status = _get("status", UNSET)

        invite = _get("invite", UNSET)
        _obj._raw_invite = invite if invite is None or invite is UNSET else (invite,)

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
        "invitee",
        "status",
        "invite",
    }
)

# The models this one refers to, imported after the class so that cycles resolve.
from ..models.org_invite import OrgInvite  # noqa: E402

lazy_models(
    BulkInviteResult,
    invite=lambda data: OrgInvite._build(data),
)
