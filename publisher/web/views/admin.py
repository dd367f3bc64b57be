"""Ingest while serving: the running server takes new records through itself (docs/architecture.md §1).

One process owns the on-disk store, so ``publisher ingest`` into a store that a live server holds hands
the files to this endpoint, and ``query``, ``export``, ``validate`` and ``dump`` read a checkpoint of it that
the server makes on request (``/admin/snapshot``, see ``reading_store``). It answers only on loopback and
only with the token the server wrote, readable by its owner alone, into ``server.json`` beside the store.
"""

from __future__ import annotations

import asyncio
import hmac
import secrets
from collections.abc import Awaitable, Callable
from pathlib import Path

from fastapi import Request
from fastapi.responses import JSONResponse, Response

from publisher.errors import PublisherError
from publisher.store.owner import SERVER_FILE, claim_store
from publisher.web.http import error
from publisher.web.site import Hooks, Site
from publisher.web.views import Endpoint, Interface

LOOPBACK = ("127.0.0.1", "::1")


def server_file(site: Site) -> Path:
    return site.work_dir / SERVER_FILE


def setup(site: Site) -> Interface:
    """The admin actions, each behind the token check; the server claims its store (``server.json``) on the first
    data version, and gives it up when it stops."""
    token = secrets.token_urlsafe(32)

    def announce(s: Site) -> None:
        # the local address answers under the base's path too (web/prefix.py)
        claim_store(server_file(s), s.local_url + s.root if s.local_url else s.base, s.base, token,
                    s.settings.store)

    def guarded(action: Action) -> Endpoint:
        async def endpoint(request: Request) -> Response:
            client = request.client.host if request.client else ""
            given = request.headers.get("authorization", "").removeprefix("Bearer ").strip()
            if client not in LOOPBACK or not hmac.compare_digest(given, token):
                return error(403, "Forbidden: admin actions over HTTP need the server's token, from loopback.")
            return await action(site, request)
        return endpoint

    return Interface({name: guarded(action) for name, action in ACTIONS.items()},
                     Hooks(on_change=(announce,), on_stop=(lambda s: server_file(s).unlink(missing_ok=True),)))


async def ingest(site: Site, request: Request) -> Response:
    """Ingest files the caller names (paths on this machine), then rebuild what derives from the data."""
    try:
        body = await request.json()
        paths = [Path(p) for p in body["paths"]]
        council = body.get("council")
    except (ValueError, KeyError, TypeError):
        return error(400, 'Expected a JSON body {"paths": ["FILE OR FOLDER", ...], "council": null}.')
    try:
        report = await asyncio.to_thread(_run, site, paths, council)
    except PublisherError as err:
        return error(400, str(err))
    return JSONResponse({"summary": report.summary(), "landed": report.count("landed"),
                         "unchanged": report.count("unchanged"),
                         "refused": [o.message for o in report.refused],
                         "warnings": [f"{o.path}: {w}" for o in report.outcomes for w in o.warnings]})


def _run(site: Site, paths: list[Path], council: str | None):  # noqa: ANN202 - IngestReport
    from publisher.ingest import Pipeline

    report = Pipeline(site.store, site.settings, council=council).run(paths, progress=False)
    if report.count("landed"):
        site.changed()
    return report


async def withdraw(site: Site, request: Request) -> Response:
    """Withdraw a record (``publisher withdraw`` while this server owns the store): its tombstone is
    published at once."""
    from publisher.history import history_of

    try:
        body = await request.json()
        record, reason = str(body["record"]), str(body["reason"])
    except (ValueError, KeyError, TypeError):
        return error(400, 'Expected a JSON body {"record": "RECORD GRAPH IRI", "reason": "WHY"}.')
    try:
        event = await asyncio.to_thread(history_of(site.store, site.base, site.settings.store).withdraw, record, reason)
    except PublisherError as err:
        return error(400, str(err))
    await asyncio.to_thread(site.changed)
    return JSONResponse({"record": event.record, "member": event.member, "time": event.time,
                         "things": len(event.things)})


async def release(site: Site, request: Request) -> Response:
    """Cut a dated release of the data this server holds (``publisher release`` while it owns the store)."""
    from datetime import date

    from publisher.release_archive import NothingToRelease, make_release

    try:
        body = await request.json()
        day = date.fromisoformat(body["date"]) if body.get("date") else None
    except (ValueError, KeyError, TypeError, AttributeError):
        return error(400, 'Expected a JSON body {"date": "YYYY-MM-DD" or null}.')
    try:
        made = await asyncio.to_thread(make_release, site.store, site.settings, site.work_dir, site.version, day)
    except NothingToRelease as err:
        return JSONResponse({"release": None, "message": str(err)})
    except PublisherError as err:
        return error(400, str(err))
    return JSONResponse({"release": made.name, "notes": made.notes, "folder": str(made.folder),
                         "files": [{"name": f.name, "bytes": f.size, "sha256": f.sha256} for f in made.dumps.files]})


async def backup(site: Site, request: Request) -> Response:
    """Back up what the data depends on into a new folder on this machine (``publisher backup`` while this
    server owns the store): the server takes the store's checkpoint, ingest going on meanwhile."""
    from publisher.backup import make_backup

    try:
        body = await request.json()
        folder = Path(str(body["folder"]))
    except (ValueError, KeyError, TypeError):
        return error(400, 'Expected a JSON body {"folder": "NEW FOLDER"}.')
    if not folder.is_absolute():
        return error(400, "The backup folder must be an absolute path.")
    try:
        manifest = await asyncio.to_thread(make_backup, site.store, site.settings, folder)
    except PublisherError as err:
        return error(400, str(err))
    return JSONResponse({"folder": str(folder), "summary": manifest.summary(folder)})
async def snapshot(site: Site, request: Request) -> Response:
    """A consistent read-only checkpoint of the store (``EmbeddedStore.snapshot``) for ``publisher query``,
    ``export``, ``validate`` and ``dump`` while this server owns the store: they read it with no limits, as
    offline, and remove it when done (what a command leaves behind goes when the server next starts)."""
    from publisher.store.embedded import EmbeddedStore

    store = site.store
    folder = await asyncio.to_thread(store.snapshot) if isinstance(store, EmbeddedStore) else None
    if folder is None:
        return error(400, "This server's store cannot be snapshotted (it is not on this machine's disk).")
    return JSONResponse({"snapshot": str(folder)})


Action = Callable[[Site, Request], Awaitable[Response]]
ACTIONS: dict[str, Action] = {"ingest": ingest, "withdraw": withdraw, "release": release, "backup": backup,
                              "snapshot": snapshot}
