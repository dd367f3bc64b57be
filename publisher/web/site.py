"""What every web interface shares: the settings, the store, the limits and the dataset version.

The version changes exactly when the data changes (it is derived from the content hashes of the named
graphs), so it serves as the ETag of everything derived from the data, across restarts too.
"""

from __future__ import annotations

import hashlib
import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import format_datetime
from pathlib import Path
from urllib.parse import urlsplit

from publisher.errors import PublisherError
from publisher.memory import release_free_memory
from publisher.settings import MEMORY_REPLICA_LIMIT, Settings
from publisher.store import RecordStore
from publisher.store.embedded import reading_apart
from publisher.store.version import data_version

log = logging.getLogger(__name__)

@dataclass(frozen=True)
class Limits:
    """Hard limits of the public endpoint (docs/architecture.md §7)."""

    query_timeout: float = 10.0  # seconds; the query's work is stopped, not just abandoned
    max_rows: int = 10_000  # result rows before the answer is cut, with a truncation signal
    max_body: int = 1 << 20  # request body bytes
    service_allowlist: tuple[str, ...] = ()  # SERVICE endpoints allowed, exactly as listed (query/check.py)
    service_timeout: float = 5.0  # seconds per SERVICE call a query writes, within query_timeout
    client_queries: int = 4  # /sparql queries one client (IP address) may have running at once; 0: no limit
    answer_cache: int = 64 << 20  # bytes of whole answers replayed until the data changes (web/cache.py); 0: off
    # How the query workers read the default graph (query/pool.py): "memory" (a copy per data version, fastest
    # lookups, ~1 GiB per million triples with the workers), "disk" (the read-only checkpoint alone), "auto"
    # (memory below ``memory_replica_limit`` triples in the default graph, disk from there on).
    replica: str = "auto"
    memory_replica_limit: int = MEMORY_REPLICA_LIMIT
    # Forked query worker processes (query/pool.py); None: 4 on a copy in memory (shared copy-on-write), 2 (one
    # a core) on the snapshot, where each holds a handle of its own (bench/README.md, "Serving from the on-disk
    # snapshot alone")
    query_workers: int | None = None


@dataclass(frozen=True)
class Hooks:
    """What one interface rebuilds after the data changed and closes when the site stops. Interfaces return
    theirs from ``setup``; ``web/app.py`` puts them in one ordered list (``Site.on_change``, ``Site.on_stop``)."""

    on_change: tuple[Callable[[Site], None], ...] = ()
    on_stop: tuple[Callable[[Site], None], ...] = ()


@dataclass
class Site:
    settings: Settings
    store: RecordStore
    limits: Limits = field(default_factory=Limits)
    work_dir: Path = Path("var")  # built artefacts: dumps, search index
    local_url: str | None = None  # where this process listens, when it differs from the base (admin use)
    version: str = ""
    modified: datetime = field(default_factory=lambda: datetime.now(UTC))
    # Called after the data changed (and once at start), to rebuild what derives from it: the query
    # workers' replica, the dumps, the search index; in the one order ``web/app.py`` sets out.
    on_change: list[Callable[[Site], None]] = field(default_factory=list)
    on_stop: list[Callable[[Site], None]] = field(default_factory=list)
    _http_date: tuple[datetime | None, str] = field(default=(None, ""), init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        with reading_apart(self.store):
            self.refresh()
        release_free_memory()

    def changed(self) -> None:
        """The data changed: new version, then every derived artefact rebuilt. Their queries read a handle of
        their own, dropped after them (``EmbeddedStore.reading_apart``): the long-lived server keeps none of the
        native memory those lookups across the whole store load."""
        with reading_apart(self.store):
            self.refresh()
            for hook in self.on_change:
                try:
                    hook(self)
                except Exception:  # one artefact failing to rebuild must not leave the others stale
                    log.exception("rebuilding after a data change failed in %s; the other artefacts were rebuilt",
                                  getattr(hook, "__qualname__", hook))
        release_free_memory()

    def stop(self) -> None:
        for hook in self.on_stop:
            hook(self)

    @property
    def base(self) -> str:
        return self.settings.base_uri

    @property
    def root(self) -> str:
        """The path the site answers under: "" for ``http://example.org``, "/lod" for
        ``https://data.example.org/lod``. The one place it is derived: the links the site writes and the
        middleware that serves under it (web/prefix.py) all start from here, so they cannot disagree."""
        return urlsplit(self.base).path  # a normalised base has no trailing slash

    def refresh(self) -> None:
        """Recompute the dataset version and last modification time after the data changed."""
        self.version, latest = data_version(self.store)
        self.modified = (latest or datetime.now(UTC)).replace(microsecond=0)

    def etag(self, *parts: str) -> str:
        """A strong ETag for a representation derived from the data (and the request parts given)."""
        key = "|".join((self.version, *parts))
        return '"' + hashlib.sha256(key.encode()).hexdigest()[:24] + '"'

    @property
    def last_modified(self) -> str:
        """``modified`` as an HTTP date, written once per value: every answer derived from the data carries it,
        and ``format_datetime`` was 7 % of a computed /doc/ request (bench/README.md)."""
        modified, text = self._http_date
        if modified != self.modified:
            text = format_datetime(self.modified, usegmt=True)
            self._http_date = (self.modified, text)
        return text


CHECK_SHARE = 10  # the wait after a remote store's version check is at least this many times what it took


def next_check_in(every: float, check_seconds: float) -> float:
    """Seconds from a version check that took ``check_seconds`` to the next (``VersionWatch``)."""
    return max(every, CHECK_SHARE * check_seconds)


class VersionWatch:
    """Checks the data version every ``every`` seconds and rebuilds what derives from it when it changed.

    Several web workers share one remote store, and any of them (or ``publisher ingest``) may change it: each
    worker notices by itself, as the embedded store's owner notices the changes it makes. A check is one bound
    lookup where the store keeps a revision (``default-graph=maintained``), but reads every record's hash on a
    server that unions its graphs itself (Virtuoso: 18–24 s at 107 k records, bench/README.md "Remote store at
    scale"); so the next check waits ``CHECK_SHARE`` times as long as the last took, when that is longer: a
    worker's checks never take more than a tenth of the server's time, and changes show later only where a
    check is that costly.
    """

    def __init__(self, site: Site, every: float = 5.0) -> None:
        self.site, self.every = site, every
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._watch, name="remote-version-watch", daemon=True)
        self._thread.start()

    def _watch(self) -> None:
        wait = self.every
        while not self._stop.wait(wait):
            started = time.monotonic()
            try:
                seen = self.site.version
                self.site.refresh()
                wait = next_check_in(self.every, time.monotonic() - started)
                if self.site.version != seen:
                    self.site.changed()
            except (PublisherError, OSError, SyntaxError) as err:  # the server is away: try again later
                log.warning("could not check the remote store's data version: %s", err)

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(timeout=self.every + 1)
