from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_webhook_pipeline_request_webhooks_item import (
        CreateWebhookPipelineRequestWebhooksItem,
    )


T = TypeVar("T", bound="CreateWebhookPipelineRequest")


@_attrs_define
class CreateWebhookPipelineRequest:
    """
    Attributes:
        name (str):
        webhooks (list[CreateWebhookPipelineRequestWebhooksItem]):
        expect_final_callback (bool | Unset): Wait for a callback from the last hook (the Hub no longer honours it).
        registry (str | Unset): Registry host the pipeline watches, e.g. `registry-1.docker.io`.
    """

    name: str
    webhooks: list[CreateWebhookPipelineRequestWebhooksItem]
    expect_final_callback: bool | Unset = UNSET
    registry: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        webhooks = []
        for webhooks_item_data in self.webhooks:
            webhooks_item = webhooks_item_data.to_dict()
            webhooks.append(webhooks_item)

        expect_final_callback = self.expect_final_callback

        registry = self.registry

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "webhooks": webhooks,
            }
        )
        if expect_final_callback is not UNSET:
            field_dict["expect_final_callback"] = expect_final_callback
        if registry is not UNSET:
            field_dict["registry"] = registry

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.create_webhook_pipeline_request_webhooks_item import (
            CreateWebhookPipelineRequestWebhooksItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        name = d.pop("name")

        webhooks = []
        _webhooks = d.pop("webhooks")
        for webhooks_item_data in _webhooks:
            webhooks_item = CreateWebhookPipelineRequestWebhooksItem.from_dict(webhooks_item_data)

            webhooks.append(webhooks_item)

        expect_final_callback = d.pop("expect_final_callback", UNSET)

        registry = d.pop("registry", UNSET)

        create_webhook_pipeline_request = cls(
            name=name,
            webhooks=webhooks,
            expect_final_callback=expect_final_callback,
            registry=registry,
        )

        create_webhook_pipeline_request.additional_properties = d
        return create_webhook_pipeline_request

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
