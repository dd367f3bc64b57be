"""The query pool: SPARQL queries run in forked worker processes, and a query over its time is killed.

pyoxigraph cannot interrupt a query nor give it a timeout (docs/architecture.md §1), so queries run in forked
workers: a worker answers one job at a time and returns the finished bytes over a pipe; at the time limit the
parent SIGKILLs it, reaps it and forks a replacement, so the work really stops. Each data change makes a new
replica (a read-only checkpoint of the store, and in memory mode a copy of the default graph, shared
copy-on-write) and a new generation of workers; the old ones finish the query they are running and go.

Workers die with the server (``PR_SET_PDEATHSIG``, and they exit when their pipe closes). When it can, a worker
also leaves the network (a new, empty network namespace), so that no query could reach out even if the
SERVICE check in front of it missed one.
"""

from __future__ import annotations

import asyncio
import contextlib
import ctypes
import gc
import logging
import os
import pickle
import shutil
import signal
import struct
import tempfile
import threading
from collections import deque
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

import pyoxigraph as ox

from publisher.memory import release_free_memory
from publisher.settings import MEMORY_REPLICA_LIMIT, REPLICA_MODES
from publisher.store.embedded import EmbeddedStore
from publisher.store.interface import RecordStore

log = logging.getLogger(__name__)

FRAME = struct.Struct(">Q")  # each message: its length, then a pickle
PR_SET_PDEATHSIG = 1
CLONE_NEWUSER, CLONE_NEWNET = 0x10000000, 0x40000000

Answerer = Callable[["Replica", Any], Any]


class PoolError(Exception):
    """The pool could not answer: the message says why, for the client."""


class QueryTimeout(PoolError):
    def __init__(self, seconds: float) -> None:
        super().__init__(f"the query was stopped after {seconds:g} s")
        self.seconds = seconds


class PoolBusy(PoolError):
    pass


class WorkerLost(PoolError):
    pass


@dataclass(eq=False)
class Replica:
    """One version of the data as the workers read it.

    ``snapshot`` is a read-only checkpoint of the store on disk (RocksDB hard links, made in ~0.1 s); each
    process that reads it opens it itself (``on_disk``), the first time it needs it, never before a fork.
    ``memory`` is the default graph copied into memory (memory mode): what every query without GRAPH or FROM
    reads, and what /id/ dereferences; the named graphs are still read from the snapshot (copying them too
    would double the memory). In disk mode ``memory`` is None and everything is read from the snapshot. A
    store without a folder (tests) has no snapshot: it is copied whole into ``memory``.
    """

    memory: ox.Store | None
    snapshot: Path | None = None
    _opened: dict[int, ox.Store] = field(default_factory=dict)  # by process id: a fork must not reuse a handle

    @property
    def union(self) -> ox.Store:
        """The default graph (the union of the record graphs), where it is fastest to read."""
        return self.memory if self.memory is not None else self.on_disk()

    def with_named_graphs(self) -> ox.Store:
        """A store holding the named graphs too."""
        return self.on_disk() if self.snapshot is not None else self.union

    def on_disk(self) -> ox.Store:
        """The snapshot, opened read-only in this process. A handle opened by the server before a fork is
        never used (nor dropped) by the worker: its descriptors are closed there (``_become_worker``)."""
        assert self.snapshot is not None, "a replica of an in-memory store is in memory"
        pid = os.getpid()
        if pid not in self._opened:
            self._opened[pid] = ox.Store.read_only(str(self.snapshot))
        return self._opened[pid]


def wanted_in_memory(mode: str, default_triples: int, limit: int = MEMORY_REPLICA_LIMIT) -> bool:
    """Whether ``mode`` copies a default graph of ``default_triples`` into memory."""
    if mode not in REPLICA_MODES:
        raise ValueError(f"replica mode must be one of {', '.join(REPLICA_MODES)}, not {mode!r}")
    return mode == "memory" or (mode == "auto" and default_triples < limit)


def replicate(store: RecordStore, mode: str = "auto", limit: int = MEMORY_REPLICA_LIMIT) -> Replica:
    """The current data: a snapshot of the store and, if ``mode`` asks (see ``wanted_in_memory``), the
    default graph copied into memory beside it.

    The copy is read with ``ox.parse``, which keeps blank node labels: a blank node is the same one in the
    snapshot's record graphs, in the default graph and in what /id/ serves. (``Store.load`` would rename them.)
    """
    snapshot = store.snapshot() if isinstance(store, EmbeddedStore) else None
    if snapshot is not None and mode != "memory":
        replica = Replica(None, snapshot)
        if mode == "disk" or not wanted_in_memory(mode, default_size(replica.on_disk(), limit), limit):
            return replica  # the server's handle on the snapshot serves its reads (``QueryPool.union``)
        replica._opened.clear()  # the copy in memory serves them: the handle is closed

    def write(dump: BinaryIO) -> None:
        if snapshot is None:
            store.export("nq", dump)  # the named graphs, when there is no snapshot to read them from
        store.export("nt", dump)  # the default graph (an N-Triples line is an N-Quads line in it)

    return Replica(copy_into_memory(write), snapshot)


def copy_into_memory(write: Callable[[BinaryIO], None]) -> ox.Store:
    """A store in memory holding what ``write`` writes as N-Quads (or N-Triples), in the order written: the
    one way the copies of the data in memory are made (the workers' replica here, an extra serving process's in
    ``web/siblings.py``), so that they list triples in the same order and give the same bytes."""
    union = ox.Store()
    with tempfile.TemporaryFile() as dump:
        write(dump)
        dump.seek(0)
        union.extend(ox.parse(dump, format=ox.RdfFormat.N_QUADS))
    return union


def default_size(store: ox.Store, most: int) -> int:
    """How many triples the default graph of ``store`` holds, counted up to ``most`` (one index scan, cut
    there: a bigger store costs no more to count)."""
    solutions = store.query(f"SELECT (COUNT(*) AS ?n) WHERE {{ SELECT * WHERE {{ ?s ?p ?o }} LIMIT {most} }}")
    return int(next(iter(solutions))["n"].value)  # type: ignore[index,call-overload]


@dataclass(eq=False)
class _Generation:
    """The workers forked from one replica, i.e. from one version of the data."""

    replica: Replica | None  # None once retired: no worker is forked from it, and the server's copy is freed
    snapshot: Path | None  # the replica's snapshot, removed once the last worker of this version is gone
    idle: list[_Worker] = field(default_factory=list)
    holds: int = 0  # readers outside the pool (``QueryPool.hold``) still reading the snapshot


@dataclass(eq=False)
class _Worker:
    pid: int
    jobs: int  # the parent writes jobs here
    replies: int  # and reads the answers here (non-blocking)
    generation: _Generation


class QueryPool:
    """``size`` worker processes answering ``answer(replica, job)``, each job within ``timeout`` seconds;
    ``disk_size`` of them (if given) for a data version read from the snapshot alone."""

    def __init__(self, answer: Answerer, size: int = 4, timeout: float = 10.0, queue_wait: float = 2.0,
                 isolate_network: bool = True, replica: str = "auto",
                 memory_limit: int = MEMORY_REPLICA_LIMIT, disk_size: int | None = None) -> None:
        wanted_in_memory(replica, 0)  # refuses an unknown mode now, not at the first data version
        self.answer = answer
        self.replica_mode, self.memory_limit = replica, memory_limit
        self.size, self.full_size, self.disk_size = size, size, disk_size
        self.timeout = timeout
        self.queue_wait = min(queue_wait, timeout)  # how long a job waits for a free worker before a 503
        self.isolate_network = isolate_network
        self._lock = threading.Lock()
        self._current: _Generation | None = None
        self._live: dict[int, _Worker] = {}
        self._waiting: deque[tuple[asyncio.AbstractEventLoop, asyncio.Future[_Worker]]] = deque()
        self._closed = False
        self._warned = False
        # Every fork happens on this one long-lived thread: a child's PR_SET_PDEATHSIG fires when the thread
        # that forked it ends, so forking from a short-lived request thread would kill workers at random.
        self._forker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="query-pool")

    # -- lifecycle, called from the site's hooks ----------------------------------------------------------

    def load(self, store: RecordStore) -> None:
        """Copy the data and start a new generation of workers on it; retire the previous generation."""
        if self._closed:
            return
        replica = replicate(store, self.replica_mode, self.memory_limit)
        log.info("query workers read the default graph %s", "in memory" if replica.memory is not None else
                 f"from the snapshot {replica.snapshot}")
        generation = _Generation(replica, replica.snapshot)
        if isinstance(store, EmbeddedStore):  # the rebuild's own handle, and what it loaded, stay out of the forks
            store.drop_read_handle()
            release_free_memory()
        # each worker on the snapshot holds a handle of its own (~24 MiB at 4.14 M after the bench's load), where
        # workers on a copy in memory share it; more workers than cores do not answer CPU-bound queries sooner
        on_disk = replica.memory is None and self.disk_size is not None
        self.size = self.disk_size if on_disk and self.disk_size is not None else self.full_size
        workers = self._forker.submit(lambda: [self._fork(generation) for _ in range(self.size)]).result()
        with self._lock:
            if self._closed:  # closed while we were forking
                old, retired = None, workers
            else:
                old, self._current = self._current, generation
                retired = old.idle if old else []
                for worker in workers:
                    self._offer(worker)
            if old:
                old.idle, old.replica = [], None  # busy old workers finish on their own copy, then go
        for worker in retired:
            self._dispose(worker)
        if old:
            self._discard_when_done(old)

    def close(self) -> None:
        """Kill every worker and wait for them; the pool answers nothing after this."""
        with self._lock:
            current, self._closed, self._current = self._current, True, None
            workers = list(self._live.values())
            waiting, self._waiting = list(self._waiting), deque()
        for loop, waiter in waiting:
            loop.call_soon_threadsafe(_fail, waiter, PoolBusy("the query service is shutting down"))
        for worker in workers:
            self._dispose(worker)
        if current is not None:
            self._discard_when_done(current)
        self._forker.shutdown(wait=True)

    def pids(self) -> list[int]:
        with self._lock:
            return sorted(self._live)

    @property
    def replica(self) -> str | None:
        """How the current generation reads the default graph: "memory" or "disk" (None before the first)."""
        with self._lock:
            current = self._current.replica if self._current is not None else None
        return None if current is None else "memory" if current.memory is not None else "disk"

    @property
    def union(self) -> ox.Store | None:
        """The default graph of the current data version as the workers read it (in memory, their
        copy-on-write source; or the snapshot, opened in the server): the server may read it too, e.g. to
        dereference IRIs, but never writes it."""
        with self._lock:
            current = self._current.replica if self._current is not None else None
            return current.union if current is not None else None

    def hold(self) -> tuple[Path, Callable[[], None]] | None:
        """The current version's snapshot, kept on disk until the function returned is called (once): for
        processes outside the pool that read it themselves (the extra serving processes, ``web/siblings.py``).
        None when there is no snapshot (no data version yet, or a store without a folder)."""
        with self._lock:
            generation = self._current
            if generation is None or generation.snapshot is None:
                return None
            generation.holds += 1
        snapshot = generation.snapshot

        def release() -> None:
            with self._lock:
                generation.holds -= 1
            self._discard_when_done(generation)

        return snapshot, release

    # -- answering --------------------------------------------------------------------------------------

    async def run(self, job: Any, timeout: float | None = None) -> Any:
        """The worker's answer to ``job``; QueryTimeout, PoolBusy or WorkerLost when there is none. ``timeout``
        shortens the time limit for this job (a query calling other services, ``publisher.query.check``)."""
        limit = min(timeout, self.timeout) if timeout is not None else self.timeout
        worker = await self._acquire()
        try:
            async with asyncio.timeout(limit):
                # An idle worker is blocked reading its pipe, so this write returns as fast as it drains.
                _write_frame(worker.jobs, pickle.dumps(job))
                reply = pickle.loads(await _receive(worker.replies))
        except TimeoutError:
            self._replace(worker)
            raise QueryTimeout(limit) from None
        except BaseException:  # the worker may be mid-answer: it cannot be reused
            self._replace(worker)
            raise
        self._release(worker)
        if isinstance(reply, _Failure):
            raise WorkerLost(reply.message)
        return reply

    async def _acquire(self) -> _Worker:
        """An idle worker, or the first one freed within ``queue_wait`` (handed over in the order asked)."""
        loop = asyncio.get_running_loop()
        with self._lock:
            if self._current is not None and self._current.idle:
                return self._current.idle.pop()
            if self._closed:
                raise PoolBusy("the query service is shutting down")
            waiter: asyncio.Future[_Worker] = loop.create_future()
            self._waiting.append((loop, waiter))
        try:
            async with asyncio.timeout(self.queue_wait):
                return await waiter
        except BaseException as gave_up:
            with self._lock, contextlib.suppress(ValueError):
                self._waiting.remove((loop, waiter))
            if waiter.done() and not waiter.cancelled() and waiter.exception() is None:
                self._release(waiter.result())  # handed over just as we gave up: not ours to keep
            if isinstance(gave_up, TimeoutError):
                raise PoolBusy(f"all {self.size} query workers are busy") from None
            raise

    def _release(self, worker: _Worker) -> None:
        with self._lock:
            if worker.generation is self._current and not self._closed:
                self._offer(worker)
                return
        self._dispose(worker)  # from a retired generation: its data is out of date

    def _offer(self, worker: _Worker) -> None:
        """Hand a free worker of the current generation to the longest waiting job, or keep it idle. (Lock held.)"""
        while self._waiting:
            loop, waiter = self._waiting.popleft()
            if not waiter.done():
                loop.call_soon_threadsafe(self._hand_over, waiter, worker)
                return
        worker.generation.idle.append(worker)

    def _hand_over(self, waiter: asyncio.Future[_Worker], worker: _Worker) -> None:
        if waiter.done():  # the job gave up meanwhile
            self._release(worker)
        else:
            waiter.set_result(worker)

    def _replace(self, worker: _Worker) -> None:
        """Kill ``worker`` now (its CPU stops at once) and fork a fresh one for its generation."""
        self._dispose(worker)
        with self._lock:
            wanted = worker.generation is self._current and not self._closed
        if wanted:
            self._forker.submit(self._refill, worker.generation)

    def _refill(self, generation: _Generation) -> None:
        try:
            worker = self._fork(generation)
        except (OSError, WorkerLost) as err:
            log.error("could not start a query worker: %s", err)
            return
        with self._lock:
            if generation is self._current and not self._closed:
                self._offer(worker)
                return
        self._dispose(worker)

    def _dispose(self, worker: _Worker) -> None:
        with self._lock:
            if self._live.pop(worker.pid, None) is None:
                return
        for fd in (worker.jobs, worker.replies):
            os.close(fd)
        with contextlib.suppress(ProcessLookupError):
            os.kill(worker.pid, signal.SIGKILL)
        try:
            self._forker.submit(_reap, worker.pid)
        except RuntimeError:  # the pool is closing: reap here
            _reap(worker.pid)
        self._discard_when_done(worker.generation)

    def _discard_when_done(self, generation: _Generation) -> None:
        """Remove a replaced version's snapshot once no worker of it is left."""
        with self._lock:
            if generation is self._current or generation.holds or \
                    any(w.generation is generation for w in self._live.values()):
                return
        if generation.snapshot is not None:
            shutil.rmtree(generation.snapshot, ignore_errors=True)

    # -- forking ----------------------------------------------------------------------------------------

    def _fork(self, generation: _Generation) -> _Worker:
        """Fork one worker on ``generation``'s replica and wait until it says it is ready."""
        replica = generation.replica
        if replica is None:
            raise WorkerLost("this version of the data was replaced")
        jobs_out, jobs_in = os.pipe()
        replies_out, replies_in = os.pipe()
        parent = os.getpid()
        # Frozen objects are never visited by the worker's garbage collector, which would otherwise write to
        # every object's header and so copy the server's whole Python heap into each worker (copy-on-write).
        gc.freeze()
        pid = os.fork()
        if pid != 0:
            gc.unfreeze()  # the server collects as before
        if pid == 0:  # the worker: never returns
            status = 0
            try:
                isolated = _become_worker(parent, keep=(jobs_out, replies_in), isolate=self.isolate_network)
                _serve(replica, self.answer, jobs_out, replies_in, isolated)
            except BaseException:
                status = 1
            finally:
                os._exit(status)
        os.close(jobs_out)
        os.close(replies_in)
        worker = _Worker(pid, jobs_in, replies_out, generation)
        with self._lock:
            self._live[pid] = worker
        hello = _read_frame(replies_out)
        if hello is None:
            self._dispose(worker)
            raise WorkerLost("a query worker exited while starting")
        if self.isolate_network and not pickle.loads(hello)["isolated"] and not self._warned:
            self._warned = True
            log.warning("query workers could not leave the network (no unprivileged user namespaces here); "
                        "SERVICE is still refused by the query check")
        os.set_blocking(replies_out, False)
        return worker


@dataclass(frozen=True)
class _Failure:
    """An exception inside the worker's answer function (a bug, not a query error), as a message."""

    message: str


def _become_worker(parent: int, keep: tuple[int, ...], isolate: bool) -> bool:
    """Tie the child's life to the server's, drop every inherited descriptor, leave the network if asked."""
    libc = ctypes.CDLL(None, use_errno=True)
    libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    if os.getppid() != parent:  # the server died before prctl took effect
        os._exit(0)
    try:  # the forking thread is the child's main thread, so this is allowed
        signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C reaches the whole group; the server stops us
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
        signal.set_wakeup_fd(-1)
    except ValueError:
        pass
    # Client sockets, the listening socket, the store's files: a worker must not hold them open.
    for name in os.listdir("/proc/self/fd"):
        fd = int(name)
        if fd > 2 and fd not in keep:
            with contextlib.suppress(OSError):
                os.close(fd)
    return isolate and libc.unshare(CLONE_NEWUSER | CLONE_NEWNET) == 0


def _serve(replica: Replica, answer: Answerer, jobs: int, replies: int, isolated: bool) -> None:
    """The worker's loop: one job in, one answer out, until the parent closes the pipe."""
    if replica.memory is None and replica.snapshot is not None:
        replica.on_disk()  # opened before the first query, whose time limit it would otherwise spend
    _write_frame(replies, pickle.dumps({"isolated": isolated}))
    while (data := _read_frame(jobs)) is not None:
        try:
            reply = answer(replica, pickle.loads(data))
        except Exception as err:  # noqa: BLE001 - reported to the parent, which answers 500
            reply = _Failure(f"{type(err).__name__}: {err}")
        _write_frame(replies, pickle.dumps(reply))


def _write_frame(fd: int, payload: bytes) -> None:
    view = memoryview(FRAME.pack(len(payload)) + payload)
    while view:
        view = view[os.write(fd, view):]


def _read_frame(fd: int) -> bytes | None:
    """One message from a blocking descriptor; None at end of file."""
    header = _read_exact(fd, FRAME.size)
    if header is None:
        return None
    return _read_exact(fd, FRAME.unpack(header)[0])


def _read_exact(fd: int, size: int) -> bytes | None:
    chunks, left = [], size
    while left:
        chunk = os.read(fd, min(left, 1 << 20))
        if not chunk:
            return None
        chunks.append(chunk)
        left -= len(chunk)
    return b"".join(chunks)


async def _receive(fd: int) -> bytes:
    """One message from a non-blocking descriptor, read as it arrives without blocking the event loop."""
    loop = asyncio.get_running_loop()
    done: asyncio.Future[bytes] = loop.create_future()
    buffer = bytearray()

    def readable() -> None:
        if done.done():
            return
        try:
            chunk = os.read(fd, 1 << 20)
        except BlockingIOError:
            return
        except OSError as err:
            done.set_exception(WorkerLost(f"the query worker could not be read: {err}"))
            return
        if not chunk:
            done.set_exception(WorkerLost("the query worker stopped unexpectedly (out of memory?)"))
            return
        buffer.extend(chunk)
        if len(buffer) >= FRAME.size and len(buffer) >= FRAME.size + FRAME.unpack_from(buffer)[0]:
            done.set_result(bytes(buffer[FRAME.size:]))

    loop.add_reader(fd, readable)
    try:
        return await done
    finally:
        loop.remove_reader(fd)


def _fail(waiter: asyncio.Future[Any], error: Exception) -> None:
    if not waiter.done():
        waiter.set_exception(error)


def _reap(pid: int) -> None:
    with contextlib.suppress(ChildProcessError):
        os.waitpid(pid, 0)
