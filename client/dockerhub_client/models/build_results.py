from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.build_metrics import BuildMetrics


T = TypeVar("T", bound="BuildResults")


@_attrs_define
class BuildResults:
    """Detailed outcome of one build.

    Attributes:
        build_code (str | Unset):
        build_path (str | Unset):
        buildmetrics (BuildMetrics | Unset): Timestamps of each build stage; null when the stage was not reached.
        created_at (datetime.datetime | None | Unset):
        docker_repo (str | Unset):
        docker_tag (str | Unset):
        docker_user (str | Unset):
        dockerfile_contents (None | str | Unset):
        error (None | str | Unset):
        failure (None | str | Unset):
        last_updated (datetime.datetime | None | Unset):
        logs (None | str | Unset):
        readme_contents (None | str | Unset):
        source_branch (str | Unset):
        source_type (str | Unset):
        source_url (str | Unset):
    """

    build_code: str | Unset = UNSET
    build_path: str | Unset = UNSET
    buildmetrics: BuildMetrics | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    docker_repo: str | Unset = UNSET
    docker_tag: str | Unset = UNSET
    docker_user: str | Unset = UNSET
    dockerfile_contents: None | str | Unset = UNSET
    error: None | str | Unset = UNSET
    failure: None | str | Unset = UNSET
    last_updated: datetime.datetime | None | Unset = UNSET
    logs: None | str | Unset = UNSET
    readme_contents: None | str | Unset = UNSET
    source_branch: str | Unset = UNSET
    source_type: str | Unset = UNSET
    source_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        build_code = self.build_code

        build_path = self.build_path

        buildmetrics: dict[str, Any] | Unset = UNSET
        if not isinstance(self.buildmetrics, Unset):
            buildmetrics = self.buildmetrics.to_dict()

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat().replace("+00:00", "Z")
        else:
            created_at = self.created_at

        docker_repo = self.docker_repo

        docker_tag = self.docker_tag

        docker_user = self.docker_user

        dockerfile_contents: None | str | Unset
        if isinstance(self.dockerfile_contents, Unset):
            dockerfile_contents = UNSET
        else:
            dockerfile_contents = self.dockerfile_contents

        error: None | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        else:
            error = self.error

        failure: None | str | Unset
        if isinstance(self.failure, Unset):
            failure = UNSET
        else:
            failure = self.failure

        last_updated: None | str | Unset
        if isinstance(self.last_updated, Unset):
            last_updated = UNSET
        elif isinstance(self.last_updated, datetime.datetime):
            last_updated = self.last_updated.isoformat().replace("+00:00", "Z")
        else:
            last_updated = self.last_updated

        logs: None | str | Unset
        if isinstance(self.logs, Unset):
            logs = UNSET
        else:
            logs = self.logs

        readme_contents: None | str | Unset
        if isinstance(self.readme_contents, Unset):
            readme_contents = UNSET
        else:
            readme_contents = self.readme_contents

        source_branch = self.source_branch

        source_type = self.source_type

        source_url = self.source_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if build_code is not UNSET:
            field_dict["build_code"] = build_code
        if build_path is not UNSET:
            field_dict["build_path"] = build_path
        if buildmetrics is not UNSET:
            field_dict["buildmetrics"] = buildmetrics
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if docker_repo is not UNSET:
            field_dict["docker_repo"] = docker_repo
        if docker_tag is not UNSET:
            field_dict["docker_tag"] = docker_tag
        if docker_user is not UNSET:
            field_dict["docker_user"] = docker_user
        if dockerfile_contents is not UNSET:
            field_dict["dockerfile_contents"] = dockerfile_contents
        if error is not UNSET:
            field_dict["error"] = error
        if failure is not UNSET:
            field_dict["failure"] = failure
        if last_updated is not UNSET:
            field_dict["last_updated"] = last_updated
        if logs is not UNSET:
            field_dict["logs"] = logs
        if readme_contents is not UNSET:
            field_dict["readme_contents"] = readme_contents
        if source_branch is not UNSET:
            field_dict["source_branch"] = source_branch
        if source_type is not UNSET:
            field_dict["source_type"] = source_type
        if source_url is not UNSET:
            field_dict["source_url"] = source_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.build_metrics import BuildMetrics  # noqa: PLC0415

        d = dict(src_dict)
        build_code = d.pop("build_code", UNSET)

        build_path = d.pop("build_path", UNSET)

        _buildmetrics = d.pop("buildmetrics", UNSET)
        buildmetrics: BuildMetrics | Unset
        if isinstance(_buildmetrics, Unset):
            buildmetrics = UNSET
        else:
            buildmetrics = BuildMetrics.from_dict(_buildmetrics)

        def _parse_created_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                created_at_type_0 = datetime.datetime.fromisoformat(data)

                return created_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        created_at = _parse_created_at(d.pop("created_at", UNSET))

        docker_repo = d.pop("docker_repo", UNSET)

        docker_tag = d.pop("docker_tag", UNSET)

        docker_user = d.pop("docker_user", UNSET)

        def _parse_dockerfile_contents(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        dockerfile_contents = _parse_dockerfile_contents(d.pop("dockerfile_contents", UNSET))

        def _parse_error(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error = _parse_error(d.pop("error", UNSET))

        def _parse_failure(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        failure = _parse_failure(d.pop("failure", UNSET))

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

        def _parse_logs(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        logs = _parse_logs(d.pop("logs", UNSET))

        def _parse_readme_contents(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        readme_contents = _parse_readme_contents(d.pop("readme_contents", UNSET))

        source_branch = d.pop("source_branch", UNSET)

        source_type = d.pop("source_type", UNSET)

        source_url = d.pop("source_url", UNSET)

        build_results = cls(
            build_code=build_code,
            build_path=build_path,
            buildmetrics=buildmetrics,
            created_at=created_at,
            docker_repo=docker_repo,
            docker_tag=docker_tag,
            docker_user=docker_user,
            dockerfile_contents=dockerfile_contents,
            error=error,
            failure=failure,
            last_updated=last_updated,
            logs=logs,
            readme_contents=readme_contents,
            source_branch=source_branch,
            source_type=source_type,
            source_url=source_url,
        )

        build_results.additional_properties = d
        return build_results

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
