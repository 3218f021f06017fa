from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.build_results import BuildResults


T = TypeVar("T", bound="BuildDetails")


@_attrs_define
class BuildDetails:
    """One build with its detailed results.

    Attributes:
        id (int | Unset):
        status (int | Unset):
        created_date (datetime.datetime | None | Unset):
        last_updated (datetime.datetime | None | Unset):
        build_code (str | Unset):
        dockertag_name (str | Unset):
        cause (None | str | Unset):
        build_results (BuildResults | Unset): Detailed outcome of one build.
    """

    id: int | Unset = UNSET
    status: int | Unset = UNSET
    created_date: datetime.datetime | None | Unset = UNSET
    last_updated: datetime.datetime | None | Unset = UNSET
    build_code: str | Unset = UNSET
    dockertag_name: str | Unset = UNSET
    cause: None | str | Unset = UNSET
    build_results: BuildResults | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        status = self.status

        created_date: None | str | Unset
        if isinstance(self.created_date, Unset):
            created_date = UNSET
        elif isinstance(self.created_date, datetime.datetime):
            created_date = self.created_date.isoformat().replace("+00:00", "Z")
        else:
            created_date = self.created_date

        last_updated: None | str | Unset
        if isinstance(self.last_updated, Unset):
            last_updated = UNSET
        elif isinstance(self.last_updated, datetime.datetime):
            last_updated = self.last_updated.isoformat().replace("+00:00", "Z")
        else:
            last_updated = self.last_updated

        build_code = self.build_code

        dockertag_name = self.dockertag_name

        cause: None | str | Unset
        if isinstance(self.cause, Unset):
            cause = UNSET
        else:
            cause = self.cause

        build_results: dict[str, Any] | Unset = UNSET
        if not isinstance(self.build_results, Unset):
            build_results = self.build_results.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if status is not UNSET:
            field_dict["status"] = status
        if created_date is not UNSET:
            field_dict["created_date"] = created_date
        if last_updated is not UNSET:
            field_dict["last_updated"] = last_updated
        if build_code is not UNSET:
            field_dict["build_code"] = build_code
        if dockertag_name is not UNSET:
            field_dict["dockertag_name"] = dockertag_name
        if cause is not UNSET:
            field_dict["cause"] = cause
        if build_results is not UNSET:
            field_dict["build_results"] = build_results

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.build_results import BuildResults  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        status = d.pop("status", UNSET)

        def _parse_created_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                created_date_type_0 = datetime.datetime.fromisoformat(data)

                return created_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        created_date = _parse_created_date(d.pop("created_date", UNSET))

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

        build_code = d.pop("build_code", UNSET)

        dockertag_name = d.pop("dockertag_name", UNSET)

        def _parse_cause(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cause = _parse_cause(d.pop("cause", UNSET))

        _build_results = d.pop("build_results", UNSET)
        build_results: BuildResults | Unset
        if isinstance(_build_results, Unset):
            build_results = UNSET
        else:
            build_results = BuildResults.from_dict(_build_results)

        build_details = cls(
            id=id,
            status=status,
            created_date=created_date,
            last_updated=last_updated,
            build_code=build_code,
            dockertag_name=dockertag_name,
            cause=cause,
            build_results=build_results,
        )

        build_details.additional_properties = d
        return build_details

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
