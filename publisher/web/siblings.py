"""Several serving processes (``publisher serve --processes N``): the store's owner and N - 1 siblings.

One Python process tops out near one core's worth of computed answers (bench/README.md, "What bounds them"),
so on a machine with more cores the busiest plain requests are answered by more processes. The process that
runs ``publisher serve`` stays the one owner of the store (docs/architecture.md §1): it ingests, runs the query
workers and their time limit, keeps the answer cache, the dumps and the change feed. Each sibling
(``python -m publisher.web.siblings``, started by the owner) shares its listening socket and answers, read-only
from the current data version's snapshot (the query pool's RocksDB checkpoint, opened by the sibling itself),
what the lean route (``web/hot.py``) answers in the owner without a query worker: ``/sparql`` bounded lookups,
``/doc/`` in an RDF format, ``/id/`` 303s, and their 304s. With the same handlers, site settings, data version
and modification time, its answers are the owner's bytes. Everything else (any other path, a request the lean
route leaves to the full stack, a query for the workers, an HTML page, an error, a withdrawn thing) is passed
to the owner over a private Unix socket, the body streamed both ways, the client's address carried in
``CLIENT_HEADER`` (honoured only on that socket), so per-client limits and loopback-only routes still hold.

The data version: after every change the owner tells each sibling the new version and its snapshot, and waits
for each one's word that it now answers from it before the change is over (an ingest request returns only then);
the pool keeps the previous snapshot on disk until every sibling has let it go (``QueryPool.hold``). Siblings
die with the owner (``PR_SET_PDEATHSIG``; and when their control channel closes) and are stopped with it.
"""

from __future__ import annotations

import asyncio
import contextlib
import ctypes
import logging
import os
import signal
import socket
import subprocess
import sys
import threading
from collections.abc import Callable, Iterable, Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl

import pyoxigraph as ox
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from publisher.query.pool import QueryPool, copy_into_memory
from publisher.query.results import is_lookup_text
from publisher.settings import Settings
from publisher.store.embedded import EmbeddedStore
from publisher.web.cache import AnswerCache, ReplayAnswers
from publisher.web.hot import HOT_ROUTES, HotPaths
from publisher.web.prefix import ServeUnderBase
from publisher.web.site import Limits, Site
from publisher.web.views import OwnersAnswer

log = logging.getLogger(__name__)

CLIENT_HEADER = b"x-publisher-client"  # "host port" of the client a sibling passes a request on for
ANSWERED_HERE = (200, 303, 304)  # what a sibling sends itself; any other status is the owner's to give
# seconds a sibling may take to read a new version before the owner replaces it: a copy in memory of 1 M
# triples took ~30 s on a busy machine, and an ingest waits for it anyway
WORD_WAIT = 600.0
PR_SET_PDEATHSIG = 1
# Hop-by-hop headers, not passed between the two connections (each side's HTTP server writes its own)
NOT_PASSED_ON = (b"connection", b"keep-alive", b"expect", b"upgrade", b"te", b"trailer", b"proxy-connection")
NOT_PASSED_BACK = (b"connection", b"keep-alive", b"transfer-encoding", b"date", b"server")


# -- the owner's side --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Version:
    """What a sibling needs to answer as the owner does for one data version."""

    version: str
    modified: datetime
    snapshot: str  # the pool's checkpoint of it
    withdrawn: frozenset[str]  # things the owner answers 410 for (``ChangeFeed.gone``)
    in_memory: bool  # the owner reads the default graph from a copy in memory (``QueryPool.replica``)


@dataclass(eq=False)
class _Sibling:
    process: subprocess.Popen
    control: Connection
    release: Callable[[], None] | None = None  # lets go of the snapshot it reads


@dataclass(eq=False)
class Siblings:
    """The owner's ``count`` siblings, answering on ``listening`` (the owner's own socket, or in tests one of
    their own) and passing the rest to the owner at ``owner_socket``."""

    count: int
    listening: socket.socket
    owner_socket: Path
    log_level: str = "warning"
    _running: list[_Sibling] = field(default_factory=list)
    _spawner: ThreadPoolExecutor = field(default_factory=lambda: ThreadPoolExecutor(
        max_workers=1, thread_name_prefix="siblings"))  # PR_SET_PDEATHSIG fires when the spawning thread ends
    _telling: threading.Lock = field(default_factory=threading.Lock)  # one data change told at a time
    _stopped: bool = False

    def pids(self) -> list[int]:
        return [sibling.process.pid for sibling in self._running]

    def publish(self, site: Site, pool: QueryPool, withdrawn: Iterable[str]) -> None:
        """Tell every sibling the current data version (starting them the first time) and wait for each one's
        word that it answers from it; a sibling that does not say so in ``WORD_WAIT`` s is replaced."""
        if self.count < 1:
            return
        with self._telling:
            self._publish(site, pool, withdrawn)

    def _publish(self, site: Site, pool: QueryPool, withdrawn: Iterable[str]) -> None:
        """Every sibling told first, then each one's word awaited: they read the new version side by side."""
        if self._stopped:
            return
        if not self._running:
            self._running = self._spawner.submit(
                lambda: [self._spawn(site) for _ in range(self.count)]).result()
        told = []
        for sibling in list(self._running):
            held = pool.hold()
            if held is None:
                log.error("the extra serving processes need the store's snapshot; they are stopped")
                self.stop()
                return
            version = Version(site.version, site.modified, str(held[0]), frozenset(withdrawn),
                              pool.replica == "memory")
            told.append((sibling, version, held[1], _send(sibling, version)))
        for sibling, version, release, sent in told:
            if not (sent and _word(sibling, version)):
                release()
                self._replace(sibling, site, pool, withdrawn)
                continue
            if sibling.release is not None:
                sibling.release()
            sibling.release = release

    def _replace(self, sibling: _Sibling, site: Site, pool: QueryPool, withdrawn: Iterable[str]) -> None:
        log.error("a serving process (pid %d) did not take the new data version: replaced", sibling.process.pid)
        self._end(sibling, signal.SIGKILL)
        self._running.remove(sibling)
        fresh = self._spawner.submit(self._spawn, site).result()
        held = pool.hold()
        if held is not None and _tell(fresh, Version(site.version, site.modified, str(held[0]),
                                                     frozenset(withdrawn), pool.replica == "memory")):
            fresh.release = held[1]
            self._running.append(fresh)
            return
        if held is not None:
            held[1]()
        self._end(fresh, signal.SIGKILL)

    def _spawn(self, site: Site) -> _Sibling:
        ours, theirs = socket.socketpair()
        listening = self.listening.fileno()
        command = [sys.executable, "-m", "publisher.web.siblings", str(os.getpid()), str(theirs.fileno()),
                   str(listening)]
        process = subprocess.Popen(command, pass_fds=(theirs.fileno(), listening), close_fds=True)
        theirs.close()
        control = Connection(ours.detach())
        control.send({"settings": site.settings, "limits": site.limits, "work_dir": site.work_dir,
                      "local_url": site.local_url, "owner_socket": str(self.owner_socket),
                      "log_level": self.log_level})
        return _Sibling(process, control)

    def stop(self, *_: object) -> None:
        """Stop every sibling (SIGTERM, then SIGKILL after 5 s) and let go of their snapshots."""
        self._stopped = True
        running, self._running = self._running, []
        for sibling in running:
            self._end(sibling, signal.SIGTERM)
        self._spawner.shutdown(wait=False)

    @staticmethod
    def _end(sibling: _Sibling, how: signal.Signals) -> None:
        with contextlib.suppress(ProcessLookupError):
            sibling.process.send_signal(how)
        try:
            sibling.process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            sibling.process.kill()
            sibling.process.wait()
        sibling.control.close()
        if sibling.release is not None:
            sibling.release()
            sibling.release = None


def _tell(sibling: _Sibling, version: Version) -> bool:
    """Send ``version`` and wait for the sibling's word that it answers from it."""
    return _send(sibling, version) and _word(sibling, version)


def _send(sibling: _Sibling, version: Version) -> bool:
    try:
        sibling.control.send(version)
    except OSError:
        return False
    return True


def _word(sibling: _Sibling, version: Version) -> bool:
    """Whether the sibling says, within ``WORD_WAIT`` s, that it answers from ``version`` now."""
    try:
        return sibling.control.poll(WORD_WAIT) and sibling.control.recv() == version.version
    except (OSError, EOFError):
        return False


class FromSiblings:
    """The owner's outermost middleware: a request a sibling passed on (it arrives on the owner's private Unix
    socket, ``owner_socket``) is given the client's address the sibling carried, and the owner's public
    address as its server, so the app sees it as if the client had connected here. The header is honoured on
    that socket alone: anyone can send it over TCP, and there it is only a header."""

    def __init__(self, app: ASGIApp, owner_socket: Path, public: tuple[str, int]) -> None:
        self.app = app
        self.owner_socket = str(owner_socket)
        self.public = public

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        server = scope.get("server")
        if scope["type"] == "http" and server is not None and server[0] == self.owner_socket:
            headers = [(name, value) for name, value in scope["headers"] if name != CLIENT_HEADER]
            carried = next((value for name, value in scope["headers"] if name == CLIENT_HEADER), b"")
            host, _, port = carried.decode("latin-1").rpartition(" ")
            client = (host, int(port)) if port.isdigit() else None
            # in place, as uvicorn's own proxy-headers middleware does: its access log then names the client
            scope.update(headers=headers, client=client, server=self.public)
        await self.app(scope, receive, send)


# -- a sibling ---------------------------------------------------------------------------------------------


class SiblingSite(Site):
    """The owner's site as a sibling sees it: its data version and modification time are the owner's word
    (``Version``), never recomputed here."""

    def refresh(self) -> None:
        pass


class SnapshotReader:
    """What a sibling's ``/sparql`` reads: a bounded lookup from the current snapshot (``union``, as
    ``views.sparql.answered_here`` reads the pool's); every other query is the owner's (its workers, its time
    limit)."""

    def __init__(self) -> None:
        self.union: ox.Store | None = None

    async def run(self, job: object, timeout: float | None = None) -> object:
        raise OwnersAnswer


class Withdrawn:
    """The change feed as a sibling holds it: only which things were withdrawn; the owner answers their 410."""

    def __init__(self) -> None:
        self.iris: frozenset[str] = frozenset()
        self.gone = self  # read as ``feed.gone.get(iri)`` (``views.changes.gone``)

    def get(self, iri: str) -> None:
        if iri in self.iris:
            raise OwnersAnswer


class SiblingPaths(HotPaths):
    """The lean route in a sibling: what it answers itself (``ANSWERED_HERE``) is sent; the rest, and a
    ``/sparql`` request that is not one bounded lookup, go to the owner (``app``: ``PassToOwner``)."""

    async def answer(self, scope: Scope, receive: Receive) -> Any:
        if scope["type"] == "http" and scope["path"].endswith("/sparql") and not _one_lookup(scope):
            return None
        try:
            response = await super().answer(scope, receive)
        except OwnersAnswer:
            return None
        return response if response is not None and response.status_code in ANSWERED_HERE else None


def _one_lookup(scope: Scope) -> bool:
    params = parse_qsl(scope["query_string"].decode("latin-1"), keep_blank_values=True)
    queries = [value for name, value in params if name == "query"]
    return len(queries) == 1 and is_lookup_text(queries[0])


class PassToOwner:
    """ASGI app passing a request to the owner over its Unix socket, the body streamed both ways; the
    owner's status, headers and body come back unchanged (but the hop-by-hop ones, which this server writes)."""

    def __init__(self, owner_socket: str) -> None:
        import httpcore

        self.httpcore = httpcore
        self.pool = httpcore.AsyncConnectionPool(uds=owner_socket, max_connections=64)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return
        httpcore = self.httpcore
        target = scope.get("raw_path") or scope["path"].encode()
        if scope["query_string"]:
            target += b"?" + scope["query_string"]
        headers = [(name, value) for name, value in scope["headers"] if name not in NOT_PASSED_ON
                   and name != CLIENT_HEADER]
        client = scope.get("client")
        if client:
            headers.append((CLIENT_HEADER, f"{client[0]} {client[1]}".encode("latin-1")))
        has_body = any(name in (b"content-length", b"transfer-encoding") for name, _ in headers)
        request = httpcore.Request(scope["method"], httpcore.URL(scheme=b"http", host=b"owner", target=target),
                                   headers=headers, content=_body(receive) if has_body else None)
        try:
            response = await self.pool.handle_async_request(request)
        except (httpcore.ConnectError, httpcore.RemoteProtocolError, OSError):
            await _unavailable(send)
            return
        try:
            await send({"type": "http.response.start", "status": response.status,
                        "headers": [(name.lower(), value) for name, value in response.headers
                                    if name.lower() not in NOT_PASSED_BACK]})
            async for chunk in response.aiter_stream():
                await send({"type": "http.response.body", "body": chunk, "more_body": True})
            await send({"type": "http.response.body", "body": b""})
        finally:
            await response.aclose()


async def _body(receive: Receive) -> Any:
    while True:
        message: Message = await receive()
        if message["type"] != "http.request":
            return
        if message.get("body"):
            yield message["body"]
        if not message.get("more_body", False):
            return


async def _unavailable(send: Send) -> None:
    body = b"The server is restarting; try again in a few seconds.\n"
    await send({"type": "http.response.start", "status": 503,
                "headers": [(b"content-type", b"text/plain; charset=utf-8"),
                            (b"content-length", str(len(body)).encode()), (b"retry-after", b"1")]})
    await send({"type": "http.response.body", "body": body})


@dataclass
class Sibling:
    """One sibling's state: its site, its snapshot reader, its withdrawn things and its answer cache, which
    ``take`` moves to a new data version all at once, on the event loop, between two requests."""

    site: SiblingSite
    reader: SnapshotReader
    withdrawn: Withdrawn
    answers: AnswerCache

    def take(self, version: Version, union: ox.Store) -> None:
        """Answer from ``version`` (its default graph ``union``, from ``read``) from now on."""
        store = EmbeddedStore(None)
        store.read_from(union)
        self.reader.union, self.site.store = union, store
        self.site.version, self.site.modified = version.version, version.modified
        self.withdrawn.iris = version.withdrawn
        self.answers.clear()


def read(version: Version) -> ox.Store:
    """The default graph of ``version`` as the owner reads it, in the same order (what a document lists first
    and what a lookup answers first follow the store's order): its snapshot, or a copy in memory made as
    ``query.pool.replicate`` makes the owner's, from the default graph written out as N-Triples in the
    snapshot's order (the owner's store has the same order: the snapshot is its checkpoint)."""
    snapshot = ox.Store.read_only(version.snapshot)
    if not version.in_memory:
        return snapshot
    return copy_into_memory(lambda dump: snapshot.dump(dump, format=ox.RdfFormat.N_TRIPLES,
                                                       from_graph=ox.DefaultGraph()))


def sibling_app(config: Mapping[str, Any]) -> tuple[ASGIApp, Sibling]:
    """A sibling's app: the site's path, its own answer cache, the lean route over the handlers of /sparql,
    /id/ and /doc/ (one per sibling: no hooks, no pool), and the owner behind everything."""
    from publisher.web.views import resources as resources_view
    from publisher.web.views import sparql as sparql_view

    settings: Settings = config["settings"]
    limits: Limits = config["limits"]
    site = SiblingSite(settings, EmbeddedStore(None), limits, work_dir=config["work_dir"],
                       local_url=config["local_url"])
    reader, withdrawn = SnapshotReader(), Withdrawn()
    interfaces = {"sparql": sparql_view.setup(site, reader),  # type: ignore[arg-type]
                  "resources": resources_view.setup(site, reader, withdrawn, pages_here=False)}  # type: ignore[arg-type]
    handlers = {path: interfaces[name][endpoint] for path, (name, endpoint) in HOT_ROUTES.items()}
    owner = PassToOwner(config["owner_socket"])
    lean = SiblingPaths(owner, exact={p: h for p, h in handlers.items() if not p.endswith("/")},
                        prefixes={p: h for p, h in handlers.items() if p.endswith("/")})
    answers = AnswerCache(limits.answer_cache)
    app = ServeUnderBase(ReplayAnswers(lean, answers), root=site.root)
    return app, Sibling(site, reader, withdrawn, answers)


def _tie_to(owner: int) -> None:
    """Die with the owner: PR_SET_PDEATHSIG (SIGKILL), and exit now if it is gone already."""
    libc = ctypes.CDLL(None, use_errno=True)
    libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    if os.getppid() != owner:
        os._exit(0)


def main(argv: list[str]) -> int:
    """``python -m publisher.web.siblings OWNER_PID CONTROL_FD LISTENING_FD``: a sibling, started by the owner."""
    import uvicorn
    import uvloop

    owner, control_fd, listening_fd = (int(a) for a in argv)
    _tie_to(owner)
    control = Connection(control_fd)
    config = control.recv()
    logging.basicConfig(level=config["log_level"].upper())
    app, sibling = sibling_app(config)
    first = control.recv()
    sibling.take(first, read(first))
    control.send(first.version)
    listening = socket.socket(fileno=listening_fd)
    server = uvicorn.Server(uvicorn.Config(app, lifespan="off", log_level=config["log_level"], proxy_headers=False,
                                           server_header=False, loop="uvloop", http="httptools"))

    async def follow_owner() -> None:
        """Each new version read on a thread (a copy in memory takes seconds) while this one still answers
        from the last, then taken between two requests and confirmed; the owner gone, stop."""
        loop = asyncio.get_running_loop()
        while True:
            ready = loop.create_future()
            loop.add_reader(control_fd, ready.set_result, None)
            await ready
            loop.remove_reader(control_fd)
            try:
                version = control.recv()
            except (EOFError, OSError):
                server.should_exit = True
                return
            sibling.take(version, await asyncio.to_thread(read, version))
            control.send(version.version)

    async def serve() -> None:
        following = asyncio.create_task(follow_owner())
        await server.serve(sockets=[listening])
        following.cancel()

    uvloop.run(serve())
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
