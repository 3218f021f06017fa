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
    from ..models.error_message_errinfo import ErrorMessageErrinfo


T = TypeVar("T", bound="ErrorMessage")


class _ErrorMessageRaw:
    """What each timestamp or nested-model field holds behind its property: the received
    value until the first read (a nested model's data in a 1-tuple), then the parsed one."""

    __slots__ = ("_raw_errinfo",)
    _raw_errinfo: Any


@_attrs_define
class ErrorMessage(_ErrorMessageRaw):
    """Newer error body with a `message` and structured `errinfo`.

    Attributes:
        message (str | Unset): Human-readable error message.
        errinfo (ErrorMessageErrinfo | None | Unset): Free-form structured error information.
    """

    message: str | Unset = UNSET
    errinfo: ErrorMessageErrinfo | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data: what was received, unknown fields included."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.message is not UNSET:
            field_dict["message"] = self.message

        errinfo = self.errinfo
        if not isinstance(errinfo, Unset):
            field_dict["errinfo"] = None if errinfo is None else errinfo.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse the JSON object ``src_dict``; ``UnexpectedShapeError`` when it does not fit.

        Everything is checked here; nested models are built on the first read of their
        field, from the data given (kept, not copied, until then).
        """
        _src = src_dict
        if _src.__class__ is not dict and not isinstance(_src, Mapping):
            raise UnexpectedShapeError(f"ErrorMessage: expected an object, got {type(_src).__name__}")
        try:
            _get = _src.get
            _obj = _new(cls)
            _obj.message = _get("message", UNSET)

            errinfo = _get("errinfo", UNSET)
            if errinfo is not None and errinfo is not UNSET:
                ErrorMessageErrinfo._check(errinfo)
                errinfo = (errinfo,)
            _obj._raw_errinfo = errinfo

            _obj.additional_properties = (
                {} if _KNOWN.issuperset(_src) else {key: value for key, value in _src.items() if key not in _KNOWN}
            )

        except UnexpectedShapeError:
            raise
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise UnexpectedShapeError(f"ErrorMessage: {type(exc).__name__}: {exc}") from exc
        if cls is not ErrorMessage:
            init_missing(_obj)
        return _obj

    @staticmethod
    def _check(_src: Any) -> None:
        """Raise ``UnexpectedShapeError`` where ``from_dict`` would; build nothing."""
        if _src.__class__ is not dict and not isinstance(_src, Mapping):
            raise UnexpectedShapeError(f"ErrorMessage: expected an object, got {type(_src).__name__}")
        try:
            _get = _src.get

            errinfo = _get("errinfo", UNSET)
            if errinfo is not None and errinfo is not UNSET:
                ErrorMessageErrinfo._check(errinfo)

            return
        except UnexpectedShapeError:
            raise
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise UnexpectedShapeError(f"ErrorMessage: {type(exc).__name__}: {exc}") from exc

    @classmethod
    def _build(cls, _src: Any) -> ErrorMessage:
        """Build from data ``_check`` accepted (a nested field's first read)."""
        _get = _src.get
        _obj = _new(cls)
        _obj.message = _get("message", UNSET)

        errinfo = _get("errinfo", UNSET)
        _obj._raw_errinfo = errinfo if errinfo is None or errinfo is UNSET else (errinfo,)

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
        "message",
        "errinfo",
    }
)

# The models this one refers to, imported after the class so that cycles resolve.
from ..models.error_message_errinfo import ErrorMessageErrinfo  # noqa: E402

lazy_models(
    ErrorMessage,
    errinfo=lambda data: ErrorMessageErrinfo._build(data),
)
