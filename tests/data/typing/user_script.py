import dockerhub
from dockerhub import DockerHub
from dockerhub.models import Repository, Tag, is_set, or_none
from dockerhub_client.api.repositories import get_repository


def pulls(repo: Repository) -> int:
    count = or_none(repo.pull_count)
    return 0 if count is None else count


def stars(repo: Repository) -> int:
    if is_set(repo.star_count):
        value: int = repo.star_count
        return value
    return 0


def main() -> None:
    repo: Repository = dockerhub.repository("nginx")
    tags: list[Tag] = dockerhub.tags("library/nginx", per_page=10)
    first: Tag = next(dockerhub.iter_tags("nginx", max_items=1))
    with DockerHub() as hub:
        raw = hub.call(get_repository, namespace="library", repository="nginx")
        same: Repository | None = raw
        print(pulls(repo), stars(repo), len(tags), first.name, same)
        latest: Tag = hub.namespace_repository_tag("library/nginx", "latest")
        pinned: Tag = dockerhub.namespace_repository_tag("library", "nginx", "1.27")
        hub.delete_webhook("alice/app", 7)
        print(latest.name, pinned.name)
