from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.webhook_pipeline_hook import WebhookPipelineHook


T = TypeVar("T", bound="WebhookPipeline")


@_attrs_define
class WebhookPipeline:
    """A repository webhook as today's Hub stores it. Fields follow third-party clients'
    recordings (not Docker's reference).

        Attributes:
            name (str | Unset):
            slug (str | Unset): Identifier used in the pipeline's URL.
            expect_final_callback (bool | Unset):
            webhooks (list[WebhookPipelineHook] | Unset):
            registry (str | Unset):
            created (datetime.datetime | None | Unset):
            last_updated (datetime.datetime | None | Unset):
    """

    name: str | Unset = UNSET
    slug: str | Unset = UNSET
    expect_final_callback: bool | Unset = UNSET
    webhooks: list[WebhookPipelineHook] | Unset = UNSET
    registry: str | Unset = UNSET
    created: datetime.datetime | None | Unset = UNSET
    last_updated: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        slug = self.slug

        expect_final_callback = self.expect_final_callback

        webhooks: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.webhooks, Unset):
            webhooks = []
            for webhooks_item_data in self.webhooks:
                webhooks_item = webhooks_item_data.to_dict()
                webhooks.append(webhooks_item)

        registry = self.registry

        created: None | str | Unset
        if isinstance(self.created, Unset):
            created = UNSET
        elif isinstance(self.created, datetime.datetime):
            created = self.created.isoformat().replace("+00:00", "Z")
        else:
            created = self.created

        last_updated: None | str | Unset
        if isinstance(self.last_updated, Unset):
            last_updated = UNSET
        elif isinstance(self.last_updated, datetime.datetime):
            last_updated = self.last_updated.isoformat().replace("+00:00", "Z")
        else:
            last_updated = self.last_updated

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if slug is not UNSET:
            field_dict["slug"] = slug
        if expect_final_callback is not UNSET:
            field_dict["expect_final_callback"] = expect_final_callback
        if webhooks is not UNSET:
            field_dict["webhooks"] = webhooks
        if registry is not UNSET:
            field_dict["registry"] = registry
        if created is not UNSET:
            field_dict["created"] = created
        if last_updated is not UNSET:
            field_dict["last_updated"] = last_updated

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.webhook_pipeline_hook import WebhookPipelineHook  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name", UNSET)

        slug = d.pop("slug", UNSET)

        expect_final_callback = d.pop("expect_final_callback", UNSET)

        _webhooks = d.pop("webhooks", UNSET)
        webhooks: list[WebhookPipelineHook] | Unset = UNSET
        if _webhooks is not UNSET:
            webhooks = []
            for webhooks_item_data in _webhooks:
                webhooks_item = WebhookPipelineHook.from_dict(webhooks_item_data)

                webhooks.append(webhooks_item)

        registry = d.pop("registry", UNSET)

        def _parse_created(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                created_type_0 = datetime.datetime.fromisoformat(data)

                return created_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        created = _parse_created(d.pop("created", UNSET))

        def _parse_last_updated(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_updated_type_0 = datetime.datetime.fromisoformat(data)

                return last_updated_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        last_updated = _parse_last_updated(d.pop("last_updated", UNSET))

        webhook_pipeline = cls(
            name=name,
            slug=slug,
            expect_final_callback=expect_final_callback,
            webhooks=webhooks,
            registry=registry,
            created=created,
            last_updated=last_updated,
        )

        webhook_pipeline.additional_properties = d
        return webhook_pipeline

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
