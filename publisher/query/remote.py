"""``/sparql`` through a remote store: what the web layer asks instead of the embedded store's query pool.

Each checked query is sent to the server's query endpoint on a thread, with the time limit as the request's
timeout. Unlike the embedded pool (``publisher.query.pool``), the time limit then stops our waiting, not the
server's work: give the server its own limit (``oxigraph serve --timeout-s``, Virtuoso's
``MaxQueryExecutionTime``).
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pyoxigraph as ox

from publisher.errors import PublisherError
from publisher.query.pool import QueryTimeout, WorkerLost
from publisher.store.remote import RemoteStore


class _ServerAsReplica:
    """The server seen through ``pyoxigraph.Store.query``'s signature, which the query answerer calls."""

    def __init__(self, store: RemoteStore, timeout: float) -> None:
        self.store, self.timeout = store, timeout

    @property
    def union(self) -> _ServerAsReplica:
        return self  # the server holds every graph, and its default graph is their union

    def with_named_graphs(self) -> _ServerAsReplica:
        return self

    def query(self, sparql: str, base_iri: str | None = None, default_graph: list[ox.NamedNode] | None = None,
              named_graphs: list[ox.NamedNode] | None = None) -> object:
        default = [g.value for g in default_graph] if default_graph is not None else None
        named = [g.value for g in named_graphs] if named_graphs is not None else None
        try:
            return self.store.query(sparql, default, named, base_iri=base_iri, timeout=self.timeout)
        except TimeoutError:  # an OSError, which the answerer would report as the query's fault
            raise _ServerTimeout from None
        except PublisherError as err:
            raise _ServerFailure(str(err)) from None


class _ServerTimeout(Exception):
    """The server did not answer within the time limit."""


class _ServerFailure(Exception):
    """The server failed (not the query's fault): answered 500 with the server's reason."""


class RemoteQueries:
    """What /sparql asks instead of the embedded store's query pool: ``answer(server, job)`` on a thread.

    At most ``size`` queries wait on the server at once; the time limit is each request's timeout.
    """

    def __init__(self, store: RemoteStore, answer: Callable[[Any, Any], Any], size: int = 16,
                 timeout: float = 10.0) -> None:
        self.answer = answer
        self.timeout = timeout
        self.size = size
        self._server = _ServerAsReplica(store, timeout)
        self._threads = ThreadPoolExecutor(max_workers=size, thread_name_prefix="remote-query")

    def load(self, store: object) -> None:
        """Nothing to copy: every query goes to the server, which holds the current data."""

    def pids(self) -> list[int]:
        return []

    async def run(self, job: Any, timeout: float | None = None) -> Any:
        limit = min(timeout, self.timeout) if timeout is not None else self.timeout
        loop = asyncio.get_running_loop()
        try:
            async with asyncio.timeout(limit + 1):
                return await loop.run_in_executor(self._threads, self.answer, self._server, job)
        except (TimeoutError, _ServerTimeout):
            raise QueryTimeout(limit) from None
        except _ServerFailure as failure:
            raise WorkerLost(str(failure)) from None

    def close(self) -> None:
        self._threads.shutdown(wait=False, cancel_futures=True)
