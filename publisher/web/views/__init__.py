"""One module per interface of the site. Each one's ``setup`` returns an :class:`Interface`: its endpoints by
name and the hooks that keep it on the current data; ``web/app.py`` puts every endpoint at its URL in one route
table and runs the hooks in one order. What the interfaces share lives one level up, in ``publisher.web``: the
site and its limits (``site``), HTTP rules (``http``: the negotiated path, conditional requests, errors), formats,
the dataset's description (``dataset``), resource labels and page models (``labels``), the page templates
(``templates``), the answer cache and the base-path middleware.

- ``sparql``      — ``/sparql``, the SPARQL 1.1 Protocol
- ``resources``   — ``/id/…`` (303), ``/doc/…`` (documents), ``/graph/…`` (record graphs)
- ``pages``       — ``/``, ``/query``, ``/search``, ``/api``, ``/static/…``
- ``dumps``       — ``/dumps/`` and the dump files
- ``releases``    — ``/dumps/{release}/`` and a release's files
- ``description`` — ``/void``, ``/def``, ``/shapes``, ``/context.jsonld``, ``/health``
- ``changes``     — ``/changes`` (LDES; the history page for people), the lists (OParl-style JSON, pages, CSV),
  410 for withdrawn things
- ``admin``       — ``/admin/…``, loopback only: ingest, withdraw, release, backup, snapshot
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from publisher.web.site import Hooks

Endpoint = Callable[..., Any]


class OwnersAnswer(Exception):  # noqa: N818 - not an error: a hand-over
    """Raised by a handler in an extra serving process (``web/siblings.py``) for a request only the store's
    owner answers (a query for its workers, a page, a withdrawn thing): the request is passed to the owner."""


@dataclass(frozen=True)
class Interface:
    """What one view module gives the app: its endpoints by name (the route table in ``web/app.py`` puts each
    at its URL) and its hooks (run in ``web/app.REBUILD_ORDER``)."""

    endpoints: dict[str, Endpoint]
    hooks: Hooks = field(default_factory=Hooks)

    def __getitem__(self, name: str) -> Endpoint:
        return self.endpoints[name]
