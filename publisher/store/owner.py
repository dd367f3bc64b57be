"""Whether a live server owns an on-disk store, and how a command reaches it (docs/architecture.md §1).

One process owns the on-disk store. ``publisher serve`` claims it by writing ``server.json`` beside it (its
address, process id and an admin token, readable by its owner alone); ``publisher ingest`` then hands files
to that server, and ``query``, ``export``, ``validate`` and ``dump`` read a checkpoint the server makes on
request. The server side of these requests is ``publisher.web.views.admin``.
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from publisher.errors import PublisherError
from publisher.store import RecordStore, open_store
from publisher.store.embedded import EmbeddedStore
from publisher.store.remote import is_remote

SERVER_FILE = "server.json"


def claim_store(path: Path, base: str, base_uri: str, token: str, store: Path) -> None:
    """Write where to reach this server and its token, once, for the owner of the store only."""
    if path.exists() and json.loads(path.read_text()).get("token") == token:
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "w") as f:
        json.dump({"base": base, "base_uri": base_uri, "pid": os.getpid(), "token": token,
                   "store": str(store.resolve())}, f)


def running_server(store: Path) -> dict | None:
    """The live server that owns ``store``, from its ``server.json``, if its process is still alive."""
    path = store.resolve().parent / SERVER_FILE
    try:
        info = json.loads(path.read_text())
        os.kill(int(info["pid"]), 0)
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return info if info.get("store") == str(store.resolve()) else None


@contextmanager
def reading_store(location: str | Path, folder: Path) -> Iterator[RecordStore]:
    """The store at ``location`` opened for reading; when a live server owns it (``folder``), a snapshot the
    server makes of it instead, removed afterwards: the on-disk store has one owner, and a command that only
    reads must not fail for a server that is running (issue 13)."""
    server = None if is_remote(str(location)) else running_server(folder)
    if server is None:
        store = open_store(location)
        try:
            yield store
        finally:
            store.close()
        return
    checkpoint = Path(ask_server(server, "snapshot", {})["snapshot"])
    try:
        store = EmbeddedStore.read_only(checkpoint)
        try:
            yield store
        finally:
            store.close()
    finally:
        shutil.rmtree(checkpoint, ignore_errors=True)


def send_to_server(server: dict, paths: list[Path], council: str | None) -> dict:
    """Ask the live server to ingest ``paths``; its answer has the summary and the refusals."""
    return ask_server(server, "ingest", {"paths": [str(p.resolve()) for p in paths], "council": council})


def ask_server(server: dict, action: str, payload: dict) -> dict:
    """Ask the live server to do an admin ``action`` (``withdraw``, ``release``) with a JSON ``payload``."""
    import urllib.error
    import urllib.request

    request = urllib.request.Request(f"{server['base']}/admin/{action}", data=json.dumps(payload).encode(),
                                     method="POST", headers={"Content-Type": "application/json",
                                                             "Authorization": f"Bearer {server['token']}"})
    try:
        with urllib.request.urlopen(request, timeout=3600) as answer:
            return json.loads(answer.read())
    except urllib.error.HTTPError as err:
        raise PublisherError(f"the running server refused to {action}: {err.read().decode().strip()}") from err
    except OSError as err:
        raise PublisherError(f"cannot reach the running server at {server['base']}: {err}") from err
