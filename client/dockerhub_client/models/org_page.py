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
    from ..models.org import Org


T = TypeVar("T", bound="OrgPage")


class _OrgPageRaw:
    """What each timestamp or nested-model field holds behind its property: the received
    value until the first read (a nested model's data in a 1-tuple), then the parsed one."""

    __slots__ = ("_raw_results",)
    _raw_results: Any


@_attrs_define
class OrgPage(_OrgPageRaw):
    """
    Attributes:
        count (int | Unset): Total number of items across all pages.
        next_ (None | str | Unset): Absolute URL of the next page, or null on the last page.
        previous (None | str | Unset): URL of the previous page; null or an empty string on the first page.
        results (list[Org] | None | Unset):
    """

    count: int | Unset = UNSET
    next_: None | str | Unset = UNSET
    previous: None | str | Unset = UNSET
    results: list[Org] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data: what was received, unknown fields included."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.count is not UNSET:
            field_dict["count"] = self.count

        if self.next_ is not UNSET:
            field_dict["next"] = self.next_

        if self.previous is not UNSET:
            field_dict["previous"] = self.previous

        results = self.results
        if not isinstance(results, Unset):
            field_dict["results"] = None if results is None else [results_item.to_dict() for results_item in results]

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse the JSON object ``src_dict``; ``UnexpectedShapeError`` when it does not fit.

        Everything is checked here; nested models are built on the first read of their
        field, from the data given (kept, not copied, until then).
        """
        _src = src_dict
        if _src.__class__ is not dict and not isinstance(_src, Mapping):
            raise UnexpectedShapeError(f"OrgPage: expected an object, got {type(_src).__name__}")
        try:
            _get = _src.get
            _obj = _new(cls)
            _obj.count = _get("count", UNSET)

            _obj.next_ = _get("next", UNSET)

            _obj.previous = _get("previous", UNSET)

            results = _get("results", UNSET)
            if results.__class__ is list:
                results_check = Org._check
                for results_item in results:
                    results_check(results_item)
                results = (results,)
            elif results is not None and results is not UNSET:
                raise UnexpectedShapeError(f"OrgPage.results: expected a list or null, got {type(results).__name__}")
            _obj._raw_results = results

            _obj.additional_properties = (
                {} if _KNOWN.issuperset(_src) else {key: value for key, value in _src.items() if key not in _KNOWN}
            )

        except UnexpectedShapeError:
            raise
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise UnexpectedShapeError(f"OrgPage: {type(exc).__name__}: {exc}") from exc
        if cls is not OrgPage:
            init_missing(_obj)
        return _obj

    @staticmethod
    def _check(_src: Any) -> None:
        """Raise ``UnexpectedShapeError`` where ``from_dict`` would; build nothing."""
        if _src.__class__ is not dict and not isinstance(_src, Mapping):
            raise UnexpectedShapeError(f"OrgPage: expected an object, got {type(_src).__name__}")
        try:
            _get = _src.get

            results = _get("results", UNSET)
            if results.__class__ is list:
                results_check = Org._check
                for results_item in results:
                    results_check(results_item)
            elif results is not None and results is not UNSET:
                raise UnexpectedShapeError(f"OrgPage.results: expected a list or null, got {type(results).__name__}")

            return
        except UnexpectedShapeError:
            raise
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise UnexpectedShapeError(f"OrgPage: {type(exc).__name__}: {exc}") from exc

    @classmethod
    def _build(cls, _src: Any) -> OrgPage:
        """Build from data ``_check`` accepted (a nested field's first read)."""
        _get = _src.get
        _obj = _new(cls)
        _obj.count = _get("count", UNSET)

        _obj.next_ = _get("next", UNSET)

        _obj.previous = _get("previous", UNSET)

        results = _get("results", UNSET)
        _obj._raw_results = (results,) if results.__class__ is list else results

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
        "count",
        "next",
        "previous",
        "results",
    }
)

# The models this one refers to, imported after the class so that cycles resolve.
from ..models.org import Org  # noqa: E402

lazy_models(
    OrgPage,
    results=lambda items: [Org._build(item) for item in items],
)
