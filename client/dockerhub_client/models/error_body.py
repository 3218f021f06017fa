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
    redacted,
)

if TYPE_CHECKING:
    from ..models.error_message_errinfo import ErrorMessageErrinfo


T = TypeVar("T", bound="ErrorBody")


class _ErrorBodyRaw:
    """What each timestamp or nested-model field holds behind its property: the received
    value until the first read (a nested model's data in a 1-tuple), then the parsed one."""

    __slots__ = ("_raw_errinfo",)
    _raw_errinfo: Any


@_attrs_define
class ErrorBody(_ErrorBodyRaw):
    """Union of the error body shapes the Hub sends, flattened into one object whose
    fields are all optional:

    * `{"detail": "..."}` (most legacy endpoints, see `ErrorDetail`),
    * `{"detail": "Rate limit exceeded", "error": false}` (rate limiting),
    * `{"message": "...", "errinfo": {...}}` (newer endpoints, see `ErrorMessage`),
    * `{"detail": "...", "login_2fa_token": "..."}` (login on a 2FA account).

    The CDN edge may also answer with an HTML page rather than JSON; such bodies
    cannot be described here and must be handled by the caller.

        Attributes:
            detail (str | Unset): Human-readable error message.
            error (bool | Unset): Flag sent alongside some `detail` messages (e.g. rate limiting).
            message (str | Unset): Human-readable error message.
            errinfo (ErrorMessageErrinfo | None | Unset): Free-form structured error information.
            login_2fa_token (str | Unset): Token to pass to `login_2fa` when a second factor is required.
    """

    detail: str | Unset = UNSET
    error: bool | Unset = UNSET
    message: str | Unset = UNSET
    errinfo: ErrorMessageErrinfo | None | Unset = UNSET
    login_2fa_token: str | Unset = _attrs_field(default=UNSET, repr=redacted)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data: what was received, unknown fields included."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.detail is not UNSET:
            field_dict["detail"] = self.detail

        if self.error is not UNSET:
            field_dict["error"] = self.error

        if self.message is not UNSET:
            field_dict["message"] = self.message

        errinfo = self.errinfo
        if not isinstance(errinfo, Unset):
            field_dict["errinfo"] = None if errinfo is None else errinfo.to_dict()

        if self.login_2fa_token is not UNSET:
            field_dict["login_2fa_token"] = self.login_2fa_token

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse the JSON object ``src_dict``; ``UnexpectedShapeError`` when it does not fit.

        Everything is checked here; nested models are built on the first read of their
        field, from the data given (kept, not copied, until then).
        """
        _src = src_dict
        if _src.__class__ is not dict and not isinstance(_src, Mapping):
            raise UnexpectedShapeError(f"ErrorBody: expected an object, got {type(_src).__name__}")
        try:
            _get = _src.get
            _obj = _new(cls)
            _obj.detail = _get("detail", UNSET)

            _obj.error = _get("error", UNSET)

            _obj.message = _get("message", UNSET)

            errinfo = _get("errinfo", UNSET)
            if errinfo is not None and errinfo is not UNSET:
                ErrorMessageErrinfo._check(errinfo)
                errinfo = (errinfo,)
            _obj._raw_errinfo = errinfo

            _obj.login_2fa_token = _get("login_2fa_token", UNSET)

            _obj.additional_properties = (
                {} if _KNOWN.issuperset(_src) else {key: value for key, value in _src.items() if key not in _KNOWN}
            )

        except UnexpectedShapeError:
            raise
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise UnexpectedShapeError(f"ErrorBody: {type(exc).__name__}: {exc}") from exc
        if cls is not ErrorBody:
            init_missing(_obj)
        return _obj

    @staticmethod
    def _check(_src: Any) -> None:
        """Raise ``UnexpectedShapeError`` where ``from_dict`` would; build nothing."""
        if _src.__class__ is not dict and not isinstance(_src, Mapping):
            raise UnexpectedShapeError(f"ErrorBody: expected an object, got {type(_src).__name__}")
        try:
            _get = _src.get

            errinfo = _get("errinfo", UNSET)
            if errinfo is not None and errinfo is not UNSET:
                ErrorMessageErrinfo._check(errinfo)

            return
        except UnexpectedShapeError:
            raise
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise UnexpectedShapeError(f"ErrorBody: {type(exc).__name__}: {exc}") from exc

    @classmethod
    def _build(cls, _src: Any) -> ErrorBody:
        """Build from data ``_check`` accepted (a nested field's first read)."""
        _get = _src.get
        _obj = _new(cls)
        _obj.detail = _get("detail", UNSET)

        _obj.error = _get("error", UNSET)

        _obj.message = _get("message", UNSET)

        errinfo = _get("errinfo", UNSET)
        _obj._raw_errinfo = errinfo if errinfo is None or errinfo is UNSET else (errinfo,)

        _obj.login_2fa_token = _get("login_2fa_token", UNSET)

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
        "detail",
        "error",
        "message",
        "errinfo",
        "login_2fa_token",
    }
)

# The models this one refers to, imported after the class so that cycles resolve.
from ..models.error_message_errinfo import ErrorMessageErrinfo  # noqa: E402

lazy_models(
    ErrorBody,
    errinfo=lambda data: ErrorMessageErrinfo._build(data),
)
