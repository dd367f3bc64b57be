"""Settings of a deployment: from ``./settings.toml`` or the packaged ``data/settings.toml``
(:func:`publisher.package_data.settings_file`), overridden by command-line options."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, replace
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

from publisher.errors import PublisherError
from publisher.package_data import DATA_DIR as DATA_DIR  # where it was always imported from
from publisher.package_data import settings_file

CONTACT_POLICIES = ("publish", "role-only", "drop")
DEFAULT_PORTS = {"http": 80, "https": 443}
# How the query workers read the default graph (``serve --replica``, publisher/query/pool.py): "memory" copies
# it into memory per data version (faster lookups, analytic queries ~2x; ~1-1.5 GiB PSS per million triples
# with four workers), "disk" reads the store's read-only checkpoint alone (~35 MiB a handle; server and
# workers ~360 MiB PSS at 0.8 M triples, ~570 at 2.3 M), "auto" copies it below ``MEMORY_REPLICA_LIMIT`` triples in the
# default graph, where the copy costs little, and reads the checkpoint from there on (bench/README.md, issue 17
# point 2).
REPLICA_MODES = ("auto", "memory", "disk")
MEMORY_REPLICA_LIMIT = 1_000_000
# Hard limits of `serve --processes` and `--query-workers`: each is a process with its own handle on the data
# (web/siblings.py, query/pool.py)
MOST_PROCESSES = 16
MOST_QUERY_WORKERS = 32


def normalise_base(uri: str) -> str:
    """The one written form of a base URI, so that every way people type a base mints the same IRIs.

    ``http://Example.org/``, ``http://example.org`` and ``http://example.org:80`` are one base
    (``http://example.org``); a path is kept without its trailing slash (``https://data.example.org/lod``).
    A base with a query or fragment, or that is not http(s), is refused: IRIs are minted by appending paths.
    """
    text = uri.strip()
    try:
        parts = urlsplit(text)
        port = parts.port
    except ValueError as err:
        raise PublisherError(f"base URI {uri!r} is not a valid URI: {err}") from err
    scheme = parts.scheme.lower()
    if scheme not in DEFAULT_PORTS or not parts.hostname:
        raise PublisherError(f"base URI must be an http(s) URI with a host, such as http://127.0.0.1:8000, "
                             f"not {uri!r}")
    if parts.query or parts.fragment or text.endswith(("?", "#")):
        raise PublisherError(f"base URI {uri!r} has a query or fragment: give a plain http(s) URI, "
                             f"optionally with a path")
    if re.search(r'[\s<>"{}|\\^`]', text):
        raise PublisherError(f"base URI {uri!r} holds a character an IRI cannot (a space, quote, <, >, {{, }}, |, "
                             f"\\, ^ or `)")
    if parts.username or parts.password:
        raise PublisherError(f"base URI {uri!r} holds a user name or password: leave them out")
    host = parts.hostname.lower()
    if ":" in host:  # an IPv6 literal keeps its brackets
        host = f"[{host}]"
    netloc = host if port in (None, DEFAULT_PORTS[scheme]) else f"{host}:{port}"
    path = re.sub(r"/{2,}", "/", parts.path).rstrip("/")
    return urlunsplit((scheme, netloc, path, "", ""))


@dataclass(frozen=True)
class Settings:
    base_uri: str = "http://127.0.0.1:8000"
    council: str = "stockport"  # default council slug when a record's source does not say
    contact_details: str = "role-only"
    store: Path = Path("var/store")
    # Members per /changes page (publisher.web.views.changes). Fixed for a deployment: full pages are cached by
    # clients forever, so changing it re-pages the stream under the same URLs.
    changes_page_size: int = 100

    def __post_init__(self) -> None:
        object.__setattr__(self, "base_uri", normalise_base(self.base_uri))

    def with_overrides(self, **values: object) -> Settings:
        """A copy with every non-None value replaced; checks the result."""
        changed = replace(self, **{k: v for k, v in values.items() if v is not None})
        changed.check()
        return changed

    def check(self) -> None:
        if self.contact_details not in CONTACT_POLICIES:
            raise PublisherError(f"contact_details must be one of {', '.join(CONTACT_POLICIES)}, "
                                 f"not {self.contact_details!r}")
        if not 1 <= self.changes_page_size <= 10_000:
            raise PublisherError(f"changes_page_size must be between 1 and 10000, not {self.changes_page_size}")


def load_settings(path: Path | None = None) -> Settings:
    """Read the settings file (default: :func:`settings_file`, looked up at each call so that the working
    directory counts); a missing file means the built-in defaults."""
    path = settings_file() if path is None else path
    if not path.exists():
        return Settings()
    try:
        values = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as err:
        raise PublisherError(f"{path}: not valid TOML: {err}") from err
    known = {k: values[k] for k in ("base_uri", "council", "contact_details", "changes_page_size") if k in values}
    if "store" in values:
        known["store"] = Path(values["store"])
    settings = Settings(**known)
    settings.check()
    return settings
