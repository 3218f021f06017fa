from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    UnexpectedShapeError,
    Unset,
    check_timestamp,
    init_missing,
    lazy_models,
    lazy_timestamps,
    timestamp_text,
)

if TYPE_CHECKING:
    from ..models.webhook_pipeline_hook import WebhookPipelineHook


T = TypeVar("T", bound="WebhookPipeline")


class _WebhookPipelineRaw:
    """What each timestamp or nested-model field holds behind its property: the received
    value until the first read (a nested model's data in a 1-tuple), then the parsed one."""

    __slots__ = (
        "_raw_created",
        "_raw_last_updated",
        "_raw_webhooks",
    )
    _raw_created: Any
    _raw_last_updated: Any
    _raw_webhooks: Any


@_attrs_define
class WebhookPipeline(_WebhookPipelineRaw):
    """A repository webhook as today's Hub stores it. Fields follow third-party clients'
    recordings (not Docker's reference).

        Attributes:
            name (str | Unset):
            slug (str | Unset): Identifier used in the pipeline's URL.
            expect_final_callback (bool | Unset):
            webhooks (list[WebhookPipelineHook] | None | Unset):
            registry (str | Unset):
            created (datetime.datetime | None | Unset):
            last_updated (datetime.datetime | None | Unset):
    """

    name: str | Unset = UNSET
    slug: str | Unset = UNSET
    expect_final_callback: bool | Unset = UNSET
    webhooks: list[WebhookPipelineHook] | None | Unset = UNSET
    registry: str | Unset = UNSET
    created: datetime.datetime | None | Unset = UNSET
    last_updated: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data: what was received, unknown fields included."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.name is not UNSET:
            field_dict["name"] = self.name

        if self.slug is not UNSET:
            field_dict["slug"] = self.slug

        if self.expect_final_callback is not UNSET:
            field_dict["expect_final_callback"] = self.expect_final_callback

        webhooks = self.webhooks
        if not isinstance(webhooks, Unset):
            field_dict["webhooks"] = (
                None if webhooks is None else [webhooks_item.to_dict() for webhooks_item in webhooks]
            )

        if self.registry is not UNSET:
            field_dict["registry"] = self.registry

        created = self._raw_created
        if created.__class__ is not str and created is not None and created is not UNSET:
            created = timestamp_text(created)
        if created is not UNSET:
            field_dict["created"] = created

        last_updated = self._raw_last_updated
        if last_updated.__class__ is not str and last_updated is not None and last_updated is not UNSET:
            last_updated = timestamp_text(last_updated)
        if last_updated is not UNSET:
            field_dict["last_updated"] = last_updated

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse the JSON object ``src_dict``; ``UnexpectedShapeError`` when it does not fit.

        Everything is checked here; nested models are built on the first read of their
        field, from the data given (kept, not copied, until then).
        """
        _src = src_dict
        if _src.__class__ is not dict and not isinstance(_src, Mapping):
            raise UnexpectedShapeError(f"WebhookPipeline: expected an object, got {type(_src).__name__}")
        try:
            _get = _src.get
            _obj = _new(cls)
            _obj.name = _get("name", UNSET)

            _obj.slug = _get("slug", UNSET)

            _obj.expect_final_callback = _get("expect_final_callback", UNSET)

            webhooks = _get("webhooks", UNSET)
            if webhooks.__class__ is list:
                webhooks_check = WebhookPipelineHook._check
                for webhooks_item in webhooks:
                    webhooks_check(webhooks_item)
                webhooks = (webhooks,)
            elif webhooks is not None and webhooks is not UNSET:
                raise UnexpectedShapeError(
                    f"WebhookPipeline.webhooks: expected a list or null, got {type(webhooks).__name__}"
                )
            _obj._raw_webhooks = webhooks

            _obj.registry = _get("registry", UNSET)

            created = _get("created", UNSET)
            if created.__class__ is str:
                if created:
                    check_timestamp(created)
            elif created is not None and created is not UNSET and not isinstance(created, datetime.datetime):
                raise UnexpectedShapeError(
                    f"WebhookPipeline.created: expected a timestamp or null, got {type(created).__name__}"
                )
            _obj._raw_created = created

            last_updated = _get("last_updated", UNSET)
            if last_updated.__class__ is str:
                if last_updated:
                    check_timestamp(last_updated)
            elif (
                last_updated is not None
                and last_updated is not UNSET
                and not isinstance(last_updated, datetime.datetime)
            ):
                raise UnexpectedShapeError(
                    f"WebhookPipeline.last_updated: expected a timestamp or null, got {type(last_updated).__name__}"
                )
            _obj._raw_last_updated = last_updated

            _obj.additional_properties = (
                {} if _KNOWN.issuperset(_src) else {key: value for key, value in _src.items() if key not in _KNOWN}
            )

        except UnexpectedShapeError:
            raise
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise UnexpectedShapeError(f"WebhookPipeline: {type(exc).__name__}: {exc}") from exc
        if cls is not WebhookPipeline:
            init_missing(_obj)
        return _obj

    @staticmethod
    def _check(_src: Any) -> None:
        """Raise ``UnexpectedShapeError`` where ``from_dict`` would; build nothing."""
        if _src.__class__ is not dict and not isinstance(_src, Mapping):
            raise UnexpectedShapeError(f"WebhookPipeline: expected an object, got {type(_src).__name__}")
        try:
            _get = _src.get

            webhooks = _get("webhooks", UNSET)
            if webhooks.__class__ is list:
                webhooks_check = WebhookPipelineHook._check
                for webhooks_item in webhooks:
                    webhooks_check(webhooks_item)
            elif webhooks is not None and webhooks is not UNSET:
                raise UnexpectedShapeError(
                    f"WebhookPipeline.webhooks: expected a list or null, got {type(webhooks).__name__}"
                )

            created = _get("created", UNSET)
            if created.__class__ is str:
                if created:
                    check_timestamp(created)
            elif created is not None and created is not UNSET and not isinstance(created, datetime.datetime):
                raise UnexpectedShapeError(
                    f"WebhookPipeline.created: expected a timestamp or null, got {type(created).__name__}"
                )

            last_updated = _get("last_updated", UNSET)
            if last_updated.__class__ is str:
                if last_updated:
                    check_timestamp(last_updated)
            elif (
                last_updated is not None
                and last_updated is not UNSET
                and not isinstance(last_updated, datetime.datetime)
            ):
                raise UnexpectedShapeError(
                    f"WebhookPipeline.last_updated: expected a timestamp or null, got {type(last_updated).__name__}"
                )

            return
        except UnexpectedShapeError:
            raise
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise UnexpectedShapeError(f"WebhookPipeline: {type(exc).__name__}: {exc}") from exc

    @classmethod
    def _build(cls, _src: Any) -> WebhookPipeline:
        """Build from data ``_check`` accepted (a nested field's first read)."""
        _get = _src.get
        _obj = _new(cls)
        _obj.name = _get("name", UNSET)

        _obj.slug = _get("slug", UNSET)

        _obj.expect_final_callback = _get("expect_final_callback", UNSET)

        webhooks = _get("webhooks", UNSET)
        _obj._raw_webhooks = (webhooks,) if webhooks.__class__ is list else webhooks

        _obj.registry = _get("registry", UNSET)

        _obj._raw_created = _get("created", UNSET)

        _obj._raw_last_updated = _get("last_updated", UNSET)

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
        "name",
        "slug",
        "expect_final_callback",
        "webhooks",
        "registry",
        "created",
        "last_updated",
    }
)
lazy_timestamps(
    WebhookPipeline,
    "created",
    "last_updated",
)

# The models this one refers to, imported after the class so that cycles resolve.
from ..models.webhook_pipeline_hook import WebhookPipelineHook  # noqa: E402

lazy_models(
    WebhookPipeline,
    webhooks=lambda items: [WebhookPipelineHook._build(item) for item in items],
)
