from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BuildMetrics")


@_attrs_define
class BuildMetrics:
    """Timestamps of each build stage; null when the stage was not reached.

    Attributes:
        uploaded (datetime.datetime | None | Unset):
        built (datetime.datetime | None | Unset):
        created (datetime.datetime | None | Unset):
        started (datetime.datetime | None | Unset):
        cloned (datetime.datetime | None | Unset):
        readme (datetime.datetime | None | Unset):
        finished (datetime.datetime | None | Unset):
        error (datetime.datetime | None | Unset):
        claimed (datetime.datetime | None | Unset):
        bundled (datetime.datetime | None | Unset):
        dockerfile (datetime.datetime | None | Unset):
        failure (datetime.datetime | None | Unset):
    """

    uploaded: datetime.datetime | None | Unset = UNSET
    built: datetime.datetime | None | Unset = UNSET
    created: datetime.datetime | None | Unset = UNSET
    started: datetime.datetime | None | Unset = UNSET
    cloned: datetime.datetime | None | Unset = UNSET
    readme: datetime.datetime | None | Unset = UNSET
    finished: datetime.datetime | None | Unset = UNSET
    error: datetime.datetime | None | Unset = UNSET
    claimed: datetime.datetime | None | Unset = UNSET
    bundled: datetime.datetime | None | Unset = UNSET
    dockerfile: datetime.datetime | None | Unset = UNSET
    failure: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        uploaded: None | str | Unset
        if isinstance(self.uploaded, Unset):
            uploaded = UNSET
        elif isinstance(self.uploaded, datetime.datetime):
            uploaded = self.uploaded.isoformat().replace("+00:00", "Z")
        else:
            uploaded = self.uploaded

        built: None | str | Unset
        if isinstance(self.built, Unset):
            built = UNSET
        elif isinstance(self.built, datetime.datetime):
            built = self.built.isoformat().replace("+00:00", "Z")
        else:
            built = self.built

        created: None | str | Unset
        if isinstance(self.created, Unset):
            created = UNSET
        elif isinstance(self.created, datetime.datetime):
            created = self.created.isoformat().replace("+00:00", "Z")
        else:
            created = self.created

        started: None | str | Unset
        if isinstance(self.started, Unset):
            started = UNSET
        elif isinstance(self.started, datetime.datetime):
            started = self.started.isoformat().replace("+00:00", "Z")
        else:
            started = self.started

        cloned: None | str | Unset
        if isinstance(self.cloned, Unset):
            cloned = UNSET
        elif isinstance(self.cloned, datetime.datetime):
            cloned = self.cloned.isoformat().replace("+00:00", "Z")
        else:
            cloned = self.cloned

        readme: None | str | Unset
        if isinstance(self.readme, Unset):
            readme = UNSET
        elif isinstance(self.readme, datetime.datetime):
            readme = self.readme.isoformat().replace("+00:00", "Z")
        else:
            readme = self.readme

        finished: None | str | Unset
        if isinstance(self.finished, Unset):
            finished = UNSET
        elif isinstance(self.finished, datetime.datetime):
            finished = self.finished.isoformat().replace("+00:00", "Z")
        else:
            finished = self.finished

        error: None | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        elif isinstance(self.error, datetime.datetime):
            error = self.error.isoformat().replace("+00:00", "Z")
        else:
            error = self.error

        claimed: None | str | Unset
        if isinstance(self.claimed, Unset):
            claimed = UNSET
        elif isinstance(self.claimed, datetime.datetime):
            claimed = self.claimed.isoformat().replace("+00:00", "Z")
        else:
            claimed = self.claimed

        bundled: None | str | Unset
        if isinstance(self.bundled, Unset):
            bundled = UNSET
        elif isinstance(self.bundled, datetime.datetime):
            bundled = self.bundled.isoformat().replace("+00:00", "Z")
        else:
            bundled = self.bundled

        dockerfile: None | str | Unset
        if isinstance(self.dockerfile, Unset):
            dockerfile = UNSET
        elif isinstance(self.dockerfile, datetime.datetime):
            dockerfile = self.dockerfile.isoformat().replace("+00:00", "Z")
        else:
            dockerfile = self.dockerfile

        failure: None | str | Unset
        if isinstance(self.failure, Unset):
            failure = UNSET
        elif isinstance(self.failure, datetime.datetime):
            failure = self.failure.isoformat().replace("+00:00", "Z")
        else:
            failure = self.failure

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if uploaded is not UNSET:
            field_dict["uploaded"] = uploaded
        if built is not UNSET:
            field_dict["built"] = built
        if created is not UNSET:
            field_dict["created"] = created
        if started is not UNSET:
            field_dict["started"] = started
        if cloned is not UNSET:
            field_dict["cloned"] = cloned
        if readme is not UNSET:
            field_dict["readme"] = readme
        if finished is not UNSET:
            field_dict["finished"] = finished
        if error is not UNSET:
            field_dict["error"] = error
        if claimed is not UNSET:
            field_dict["claimed"] = claimed
        if bundled is not UNSET:
            field_dict["bundled"] = bundled
        if dockerfile is not UNSET:
            field_dict["dockerfile"] = dockerfile
        if failure is not UNSET:
            field_dict["failure"] = failure

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_uploaded(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                uploaded_type_0 = datetime.datetime.fromisoformat(data)

                return uploaded_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        uploaded = _parse_uploaded(d.pop("uploaded", UNSET))

        def _parse_built(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                built_type_0 = datetime.datetime.fromisoformat(data)

                return built_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        built = _parse_built(d.pop("built", UNSET))

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

        def _parse_started(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                started_type_0 = datetime.datetime.fromisoformat(data)

                return started_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        started = _parse_started(d.pop("started", UNSET))

        def _parse_cloned(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                cloned_type_0 = datetime.datetime.fromisoformat(data)

                return cloned_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        cloned = _parse_cloned(d.pop("cloned", UNSET))

        def _parse_readme(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                readme_type_0 = datetime.datetime.fromisoformat(data)

                return readme_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        readme = _parse_readme(d.pop("readme", UNSET))

        def _parse_finished(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                finished_type_0 = datetime.datetime.fromisoformat(data)

                return finished_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        finished = _parse_finished(d.pop("finished", UNSET))

        def _parse_error(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                error_type_0 = datetime.datetime.fromisoformat(data)

                return error_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        error = _parse_error(d.pop("error", UNSET))

        def _parse_claimed(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                claimed_type_0 = datetime.datetime.fromisoformat(data)

                return claimed_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        claimed = _parse_claimed(d.pop("claimed", UNSET))

        def _parse_bundled(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                bundled_type_0 = datetime.datetime.fromisoformat(data)

                return bundled_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        bundled = _parse_bundled(d.pop("bundled", UNSET))

        def _parse_dockerfile(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                dockerfile_type_0 = datetime.datetime.fromisoformat(data)

                return dockerfile_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        dockerfile = _parse_dockerfile(d.pop("dockerfile", UNSET))

        def _parse_failure(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                failure_type_0 = datetime.datetime.fromisoformat(data)

                return failure_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        failure = _parse_failure(d.pop("failure", UNSET))

        build_metrics = cls(
            uploaded=uploaded,
            built=built,
            created=created,
            started=started,
            cloned=cloned,
            readme=readme,
            finished=finished,
            error=error,
            claimed=claimed,
            bundled=bundled,
            dockerfile=dockerfile,
            failure=failure,
        )

        build_metrics.additional_properties = d
        return build_metrics

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
