"""Every Docker Hub method of the facades, written once.

Naming rule:

- The original library's methods keep their names, in snake case (``repository``, ``tags``,
  ``create_repository``, ``set_repository_description``, ``add_group_member``).
- Every other method is the generated operation's name (the spec's ``operationId``) with a
  leading ``get_`` or ``list_`` dropped, so reads are nouns and writes keep their verb:
  ``get_namespace_repository`` → ``namespace_repository``, ``list_teams`` → ``teams``,
  ``update_team`` → ``update_team``. ``check_*`` (HEAD) methods return a ``bool``.
- A method returning one page is a plural noun and takes keyword-only ``per_page=100`` and
  ``page=1``; ``iter_<noun>`` walks every page lazily, ``collect_<noun>`` returns them all.
- Repository-scoped methods take ``namespace, repository`` first; details are keyword
  arguments named like the JSON fields.

The mixins only describe requests (see :mod:`dockerhub._call`); ``DockerHub`` and
``AsyncDockerHub`` run them.
"""

from .auth import AuthOps
from .builds import BuildOps
from .orgs import OrgOps
from .paging import PagingOps
from .repositories import RepositoryOps
from .tokens import TokenOps
from .users import UserOps

__all__ = ["HubOperations"]


class HubOperations(AuthOps, UserOps, RepositoryOps, BuildOps, OrgOps, TokenOps, PagingOps):
    """All API methods; see the module docstring for the naming rule."""
