"""Shared types of the generated models and endpoints.

Besides ``UNSET``, ``File`` and ``Response``, this module holds what the models'
``from_dict``/``to_dict`` rely on to be fast and lossless:

* :class:`Timestamp`, a ``datetime.datetime`` that remembers the text it was parsed from.
  The Hub sends nanoseconds (``2025-08-11T14:01:54.103614048Z``); a datetime keeps
  microseconds, so ``to_dict()`` gives back :attr:`Timestamp.text` instead of formatting
  the datetime again, and the received text survives exactly (precision, ``Z``, offsets).
* :func:`lazy_timestamps`: a model's timestamp fields keep the received string until
  first read. ``from_dict`` only checks that it is an ISO 8601 timestamp (the C
  ``datetime.fromisoformat``, a fraction of a microsecond); the first read of the
  attribute builds the :class:`Timestamp` and keeps it. Walking pages without reading
  every timestamp therefore costs no datetime objects, and ``to_dict()`` of an unread
  field copies the string. The fields stay typed ``datetime.datetime`` for users.
* :func:`lazy_models`: a field holding a nested model (or a list of them) keeps the
  received data, already checked by ``from_dict``, until first read, which builds the
  models and keeps them. Listing tag names does not build every tag's images.
* :class:`UnexpectedShapeError`, what ``from_dict`` raises when a value does not have the
  documented shape (a string where an object is documented, a missing required key, a
  timestamp that is not one). It is a ``ValueError``, so the endpoint functions turn it
  into ``errors.UnparseableResponse``.
* :func:`redacted`, the ``repr`` of fields holding secrets (``format: password``).
* :func:`json_loads`, how the endpoints decode a JSON body: msgspec's decoder (a dependency
  of the SDK, about twice as fast as the standard library on a page of tags, and exact on
  integers of any size), and the standard library's ``json`` for any body msgspec refuses,
  so every body ``json`` accepts decodes to the same value and every body it refuses fails
  as before. msgspec is imported on the first decode, not with this module.
"""

import datetime
import functools
import json
from collections.abc import Callable, Mapping, MutableMapping
from dataclasses import dataclass
from http import HTTPStatus
from typing import IO, Any, BinaryIO, Generic, Literal, TypeVar
from urllib.parse import quote


class Unset:
    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"

    def __reduce__(self) -> str:
        # copy, deepcopy and pickle give back the one UNSET, so "is UNSET" checks hold.
        return "UNSET"


UNSET: Unset = Unset()

# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


# File and Response are dataclasses, not attrs classes, so that importing this module (which
# every model and endpoint does) does not import attrs: the SDK's import stays light.
@dataclass(slots=True)
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@dataclass(slots=True)
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus | int
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


def http_status(code: int) -> HTTPStatus | int:
    """The ``HTTPStatus`` of ``code``, or ``code`` itself when it has no standard name."""
    try:
        return HTTPStatus(code)
    except ValueError:
        return code


class UnexpectedShapeError(ValueError):
    """A JSON value does not have the shape the API documents for it."""


def init_missing(obj: Any) -> None:
    """Give the fields ``from_dict`` does not know (a subclass's own) their defaults.

    ``from_dict`` sets the model's fields without calling ``__init__``; a subclass that
    adds attrs fields gets them here, as its ``__init__`` would have set them.
    """
    import attrs  # only for a subclass of a model, which is an attrs class anyway

    for field in attrs.fields(type(obj)):
        try:
            object.__getattribute__(obj, field.name)
        except AttributeError:
            default = field.default
            if isinstance(default, attrs.Factory):  # type: ignore[arg-type]
                value = default.factory(obj) if default.takes_self else default.factory()
            elif default is attrs.NOTHING:
                raise TypeError(f"{type(obj).__name__}.from_dict cannot set {field.name!r}: it has no default")
            else:
                value = default
            object.__setattr__(obj, field.name, value)


def redacted(value: object) -> str:
    """The ``repr`` of a secret field: says whether it is set, never what it holds."""
    if value is UNSET or value is None:
        return repr(value)
    return "<redacted>"


class Timestamp(datetime.datetime):
    """A ``datetime.datetime`` that remembers the text it was parsed from.

    It compares, hashes and computes like any datetime (to the microsecond); :attr:`text`
    is the timestamp exactly as the Hub sent it, nanoseconds included, and is what the
    models' ``to_dict()`` writes back. Datetimes derived from it (``+``, ``replace()``,
    ``astimezone()``) do not carry the text and are written with ``isoformat()``.
    """

    __slots__ = ("_text",)
    _text: str

    @classmethod
    def parse(cls, text: str) -> "Timestamp":
        """Parse an ISO 8601 ``text`` (any fraction length, ``Z`` or an offset)."""
        value = cls.fromisoformat(text)
        value._text = text
        return value

    @property
    def text(self) -> str:
        """The text this timestamp was parsed from (ISO 8601 with ``Z`` when built otherwise)."""
        try:
            return self._text
        except AttributeError:
            return timestamp_text(self)

    def __repr__(self) -> str:
        return f"Timestamp({self.text!r})"

    def __reduce_ex__(self, protocol: Any) -> str | tuple[Any, ...]:
        try:
            return (Timestamp.parse, (self._text,))
        except AttributeError:
            return super().__reduce_ex__(protocol)


def timestamp_text(value: datetime.datetime) -> str:
    """The JSON text of a datetime: its received text, else ISO 8601 with ``Z`` for UTC."""
    if isinstance(value, Timestamp):
        try:
            return value._text
        except AttributeError:
            pass
    return value.isoformat().replace("+00:00", "Z")


check_timestamp: Callable[[str], datetime.datetime] = datetime.datetime.fromisoformat
"""Raise ``ValueError`` unless the text is an ISO 8601 timestamp (what ``from_dict`` checks)."""


def lazy_timestamps(cls: type, *names: str) -> None:
    """Make each named field of ``cls`` a property over the slot ``_raw_<name>``.

    The slot holds what was received (a string, ``None``) or what was set. Reading the
    property turns a string into a :class:`Timestamp` (an empty string reads as ``None``)
    and keeps it in the slot, so the text survives; writing stores the value as given.
    ``from_dict`` and ``to_dict`` use the slot directly.
    """
    for name in names:
        raw = getattr(cls, "_raw_" + name)
        read, write = raw.__get__, raw.__set__

        def get(obj: Any, read: Callable[[Any], Any] = read, write: Callable[[Any, Any], None] = write) -> Any:
            value = read(obj)
            if value.__class__ is str:
                if not value:
                    return None
                value = Timestamp.parse(value)
                write(obj, value)
            return value

        setattr(cls, name, property(get, write, raw.__delete__, f"{cls.__name__}.{name}, parsed on first read"))


_fast_loads: Callable[[bytes], Any] | None = None  # msgspec's decoder, set on first use


def _load_fast_decoder() -> Callable[[bytes], Any]:
    global _fast_loads
    try:
        import msgspec.json
    except ImportError:  # msgspec is a dependency; a copy of the client without it still works
        _fast_loads = json.loads
    else:
        _fast_loads = msgspec.json.Decoder().decode
    return _fast_loads


@functools.lru_cache(maxsize=4096)
def path_segment(value: str) -> str:
    """``value`` percent-encoded as one path segment (``/`` and every reserved character).

    Remembered: a client sends the same names (namespaces, repositories, tags) again and
    again, and a lookup costs a sixth of ``urllib.parse.quote``.
    """
    return quote(value, safe="")


def json_loads(content: bytes) -> Any:
    """Decode the JSON document ``content``; ``ValueError`` (or ``RecursionError``) if it is not one.

    msgspec first; what it refuses (``NaN``, a number out of the float range, UTF-16, a
    lone surrogate, deep nesting) goes to ``json.loads``, which accepts it or raises its
    own error, so the result never depends on msgspec.
    """
    try:
        return (_fast_loads or _load_fast_decoder())(content)
    except (ValueError, RecursionError):
        return json.loads(content)


def lazy_models(cls: type, **builders: Callable[[Any], Any]) -> None:
    """Make each named field of ``cls`` a property over the slot ``_raw_<name>``.

    ``from_dict`` checks the nested data and stores it in the slot wrapped in a 1-tuple;
    the first read passes it to ``builders[name]``, which builds the model or the list of
    models, and keeps the result in the slot. Writing stores the value as given, except a
    tuple (of models, set by hand where a list is typed), which is stored as a list: so a
    tuple in the slot always means data not built yet.
    """
    for name, build in builders.items():
        raw = getattr(cls, "_raw_" + name)
        read, write = raw.__get__, raw.__set__

        def get(
            obj: Any,
            read: Callable[[Any], Any] = read,
            write: Callable[[Any, Any], None] = write,
            build: Callable[[Any], Any] = build,
        ) -> Any:
            value = read(obj)
            if value.__class__ is tuple:
                value = build(value[0])
                write(obj, value)
            return value

        def set(obj: Any, value: Any, write: Callable[[Any, Any], None] = write) -> None:
            write(obj, list(value) if isinstance(value, tuple) else value)

        setattr(cls, name, property(get, set, raw.__delete__, f"{cls.__name__}.{name}, built on first read"))


__all__ = [
    "UNSET",
    "File",
    "FileTypes",
    "RequestFiles",
    "Response",
    "Timestamp",
    "Unset",
    "UnexpectedShapeError",
    "check_timestamp",
    "http_status",
    "init_missing",
    "json_loads",
    "lazy_models",
    "lazy_timestamps",
    "path_segment",
    "redacted",
    "timestamp_text",
]
