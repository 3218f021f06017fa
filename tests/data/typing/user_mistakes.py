import dockerhub
from dockerhub import AsyncDockerHub, DockerHub
from dockerhub_client.api.repositories import get_repository

x: int = dockerhub.repository("nginx")
y: int = dockerhub.login("a", "b")
with DockerHub() as hub:
    z: int = hub.call(get_repository, namespace="library", repository="nginx")
    w: int = hub.repository("nginx").pull_count
    dockerhub.repository(42)


async def f(h: AsyncDockerHub) -> None:
    v: int = await h.login("a", "b")  # noqa: F841
    await h.delete_webhook("alice/app", "seven")
