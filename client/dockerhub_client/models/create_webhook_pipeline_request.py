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
    from ..models.create_webhook_pipeline_request_webhooks_item import (
        CreateWebhookPipelineRequestWebhooksItem,
    )


T = TypeVar("T", bound="CreateWebhookPipelineRequest")


class _CreateWebhookPipelineRequestRaw:
    """What each timestamp or nested-model field holds behind its property: the received
    value until the first read (a nested model's data in a 1-tuple), then the parsed one."""

    __slots__ = ("_raw_webhooks",)
    _raw_webhooks: Any


@_attrs_define
class CreateWebhookPipelineRequest(_CreateWebhookPipelineRequestRaw):
    """
    Attributes:
        name (str):
        webhooks (list[CreateWebhookPipelineRequestWebhooksItem] | None):
        expect_final_callback (bool | Unset): Wait for a callback from the last hook (the Hub no longer honours it).
        registry (str | Unset): Registry host the pipeline watches, e.g. `registry-1.docker.io`.
    """

    name: str
    webhooks: list[CreateWebhookPipelineRequestWebhooksItem] | None
    expect_final_callback: bool | Unset = UNSET
    registry: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data: what was received, unknown fields included."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["name"] = self.name

        webhooks = self.webhooks
        field_dict["webhooks"] = None if webhooks is None else [webhooks_item.to_dict() for webhooks_item in webhooks]

        if self.expect_final_callback is not UNSET:
            field_dict["expect_final_callback"] = self.expect_final_callback

        if self.registry is not UNSET:
            field_dict["registry"] = self.registry

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse the JSON object ``src_dict``; ``UnexpectedShapeError`` when it does not fit.

        Everything is checked here; nested models are built on the first read of their
        field, from the data given (kept, not copied, until then).
        """
        _src = src_dict
        if _src.__class__ is not dict and not isinstance(_src, Mapping):
            raise UnexpectedShapeError(f"CreateWebhookPipelineRequest: expected an object, got {type(_src).__name__}")
        try:
            _get = _src.get
            _obj = _new(cls)
            _obj.name = _src["name"]

            webhooks = _src["webhooks"]
            if webhooks.__class__ is list:
                webhooks_check = CreateWebhookPipelineRequestWebhooksItem._check
                for webhooks_item in webhooks:
                    webhooks_check(webhooks_item)
                webhooks = (webhooks,)
            elif webhooks is not None:
                raise UnexpectedShapeError(
                    f"CreateWebhookPipelineRequest.webhooks: expected a list or null, got {type(webhooks).__name__}"
                )
            _obj._raw_webhooks = webhooks

            _obj.expect_final_callback = _get("expect_final_callback", UNSET)

            _obj.registry = _get("registry", UNSET)

            _obj.additional_properties = (
                {} if _KNOWN.issuperset(_src) else {key: value for key, value in _src.items() if key not in _KNOWN}
            )

        except UnexpectedShapeError:
            raise
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise UnexpectedShapeError(f"CreateWebhookPipelineRequest: {type(exc).__name__}: {exc}") from exc
        if cls is not CreateWebhookPipelineRequest:
            init_missing(_obj)
        return _obj

    @staticmethod
    def _check(_src: Any) -> None:
        """Raise ``UnexpectedShapeError`` where ``from_dict`` would; build nothing."""
        if _src.__class__ is not dict and not isinstance(_src, Mapping):
            raise UnexpectedShapeError(f"CreateWebhookPipelineRequest: expected an object, got {type(_src).__name__}")
        try:
            _src["name"]

            webhooks = _src["webhooks"]
            if webhooks.__class__ is list:
                webhooks_check = CreateWebhookPipelineRequestWebhooksItem._check
                for webhooks_item in webhooks:
                    webhooks_check(webhooks_item)
            elif webhooks is not None:
                raise UnexpectedShapeError(
                    f"CreateWebhookPipelineRequest.webhooks: expected a list or null, got {type(webhooks).__name__}"
                )

            return
        except UnexpectedShapeError:
            raise
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise UnexpectedShapeError(f"CreateWebhookPipelineRequest: {type(exc).__name__}: {exc}") from exc

    @classmethod
    def _build(cls, _src: Any) -> CreateWebhookPipelineRequest:
        """Build from data ``_check`` accepted (a nested field's first read)."""
        _get = _src.get
        _obj = _new(cls)
        _obj.name = _src["name"]

        webhooks = _src["webhooks"]
        _obj._raw_webhooks = (webhooks,) if webhooks.__class__ is list else webhooks

        _obj.expect_final_callback = _get("expect_final_callback", UNSET)

        _obj.registry = _get("registry", UNSET)

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
        "webhooks",
        "expect_final_callback",
        "registry",
    }
)

# The models this one refers to, imported after the class so that cycles resolve.
from ..models.create_webhook_pipeline_request_webhooks_item import (
    CreateWebhookPipelineRequestWebhooksItem,  # noqa: E402
)

lazy_models(
    CreateWebhookPipelineRequest,
    webhooks=lambda items: [CreateWebhookPipelineRequestWebhooksItem._build(item) for item in items],
)
