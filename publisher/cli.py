"""The ``publisher`` command line: one subcommand per task, each listed with a one-line summary by
``publisher --help`` (:func:`build_parser`):

- ``ingest`` read, map, check and store records; ``validate`` check the store against the shapes;
- ``query`` run SPARQL on the store; ``export`` write it whole; ``dump`` build the bulk download files;
- ``fetch`` download ModernGov pages with their sidecars; ``mirror`` follow another publisher's ``/changes``;
- ``mappings`` the SSSOM crosswalk of the ontology; ``lblod`` the data restated in LBLOD ``besluit:`` terms;
- ``withdraw`` take a record down with a tombstone; ``release`` cut a dated release;
- ``rebase`` move a store to another base IRI; ``backup`` and ``restore``;
- ``serve`` the web interfaces: every URL is in ``publisher.web.app.ROUTES`` — pages (``/``, ``/query``,
  ``/search``), ``/sparql``, Linked Data (``/id/``, ``/doc/``, ``/graph/``), ``/void``, ``/def``, ``/shapes``,
  ``/context.jsonld``, ``/health``, ``/dumps/`` and releases, ``/changes`` and the lists, ``/admin/`` (loopback).

Every error is one clear line on stderr and a non-zero exit status, never a traceback; a reader that closes
the pipe early (``publisher export … | head``) ends the command quietly.

A store records the settings its data depends on (``publisher.store.settings``): every command resolves its
settings with the store (``_open``), and a ``--base-uri`` that contradicts the store is refused. ``rebase``
moves a store to another base (``publisher.rebase``); ``backup`` and ``restore`` copy what the data depends
on, also while a server runs (``publisher.backup``).
"""

from __future__ import annotations

import argparse
import errno
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from publisher import __version__
from publisher.errors import PublisherError
from publisher.messages import plural
from publisher.package_data import RECORDS_DIR, checkout
from publisher.settings import (
    MEMORY_REPLICA_LIMIT,
    MOST_PROCESSES,
    MOST_QUERY_WORKERS,
    REPLICA_MODES,
    Settings,
    load_settings,
    normalise_base,
)
from publisher.store import EXPORT_FORMATS, RecordStore, open_store, record_graphs
from publisher.store.remote import is_remote
from publisher.store.settings import conflict, settings_of_store

if TYPE_CHECKING:
    from publisher.web.site import Site

QUERY_FORMATS = ("json", "csv", "tsv", "xml", "ttl", "nt")
DESCRIPTION = ("Publish UK council meeting records as Linked Open Data: read and check them, keep them in a store, "
               "serve them (SPARQL endpoint, Linked Data pages, dumps).")


def _settings(args: argparse.Namespace) -> Settings:
    """The settings before the store is read: ``data/settings.toml`` and where the store is (``--store``).
    What the store records comes in with ``_open``; a live server's with ``_check_server``."""
    return load_settings().with_overrides(store=_store_folder(args))


def _given(args: argparse.Namespace) -> dict[str, object]:
    """The settings the command line gives explicitly (None: not given): they must agree with the store's."""
    return {"base_uri": getattr(args, "base_uri", None), "changes_page_size": getattr(args, "changes_page_size", None)}


def _open(args: argparse.Namespace, defaults: Settings) -> tuple[RecordStore, Settings]:
    """Open the store and resolve the command's settings with it, in the one place every command uses
    (``publisher.store.settings.settings_of_store``): what the store records wins over ``defaults``, and an
    option that contradicts it (another ``--base-uri``) is refused, naming both."""
    store = open_store(_store_at(args, defaults))
    try:
        return store, settings_of_store(store, defaults, **_given(args))
    except BaseException:
        store.close()
        raise


@contextmanager
def _reading(args: argparse.Namespace) -> Iterator[tuple[RecordStore, Settings]]:
    """The store opened for reading with the command's settings resolved as in ``_open``; while a live server
    owns it, a consistent snapshot the server makes (``store.owner.reading_store``), so that ``query``,
    ``export``, ``validate`` and ``dump`` work whether or not a server runs."""
    from publisher.store.owner import reading_store

    defaults = _settings(args)
    with reading_store(_store_at(args, defaults), defaults.store) as store:
        yield store, settings_of_store(store, defaults, **_given(args))


def _check_server(args: argparse.Namespace, server: dict) -> None:
    """A live server owns the store and works with the settings the store records: an explicit ``--base-uri``
    that differs from the server's base is refused, as it is without a server."""
    given, served = getattr(args, "base_uri", None), server.get("base_uri")
    if given and served and normalise_base(given) != served:
        raise PublisherError(conflict("base_uri", served, normalise_base(given)))


def _store_folder(args: argparse.Namespace) -> Path | None:
    """``--store DIR`` as a folder; None for a remote store, whose local files (dumps, search index, the
    server's ``server.json``) stay in the configured folder's parent (``var/``)."""
    return Path(args.store) if args.store and not is_remote(args.store) else None


def _store_at(args: argparse.Namespace, settings: Settings) -> str | Path:
    """Where the store is: a remote store's location as given (``sparql+http://…``), else the settings' folder."""
    return args.store if args.store and is_remote(args.store) else settings.store


def _in_bulk(args: argparse.Namespace, store: RecordStore, paths: list[Path]) -> bool:
    """Whether ``ingest`` runs in bulk (``publisher.bulk``): asked with ``--bulk``, or a run of at least
    ``BULK_FROM`` files; into an embedded store on disk, which a bulk run replaces whole, or a remote store,
    which it writes batch by batch (an in-memory store, or one a live server owns, takes records one by one)."""
    from publisher.bulk import BULK_FROM
    from publisher.sources import iter_record_files
    from publisher.store.embedded import EmbeddedStore
    from publisher.store.remote import RemoteStore

    on_disk = isinstance(store, EmbeddedStore) and store.path is not None
    if args.bulk is False or not (on_disk or isinstance(store, RemoteStore)):
        if args.bulk:
            print("--bulk needs the embedded store on disk or a remote store: ingesting record by record.",
                  file=sys.stderr)
        return False
    return bool(args.bulk) or len(iter_record_files(paths)) >= BULK_FROM


def cmd_ingest(args: argparse.Namespace) -> int:
    from publisher.bulk import BulkRun
    from publisher.ingest import Pipeline
    from publisher.store.owner import running_server, send_to_server

    settings = _settings(args)
    paths = [Path(p) for p in args.paths]
    server = running_server(settings.store)
    if server:  # a live server owns the store: it ingests the files itself, without stopping
        _check_server(args, server)
        print(f"A server at {server['base']} holds {settings.store}: handing the records to it.")
        answer = send_to_server(server, paths, args.council)
        for message in answer["refused"]:
            print(f"refused: {message}", file=sys.stderr)
        for warning in answer.get("warnings", []) if args.verbose else []:
            print(f"warning: {warning}", file=sys.stderr)
        print(answer["summary"])
        return 1 if answer["refused"] else 0
    store, settings = _open(args, settings)
    try:
        if _in_bulk(args, store, paths):
            report = BulkRun(store, settings, council=args.council, workers=args.workers).run(  # type: ignore[arg-type]
                paths, progress=args.progress or None)
        else:
            report = Pipeline(store, settings, council=args.council).run(paths, progress=args.progress or None)
    finally:
        store.close()
    for outcome in report.refused:
        print(f"refused: {outcome.message}", file=sys.stderr)
    if args.verbose:
        for outcome in report.outcomes:
            for warning in outcome.warnings:
                print(f"warning: {outcome.path}: {warning}", file=sys.stderr)
    print(report.summary())
    return 1 if report.refused else 0


def cmd_validate(args: argparse.Namespace) -> int:
    from publisher.validate import Validator, check_store

    with _reading(args) as (store, settings):  # while a server owns the store: a snapshot it makes
        report = check_store(store, Validator())
    print(report.text())
    if args.turtle:
        Path(args.turtle).write_text(report.turtle(), encoding="utf-8")
        print(f"SHACL report written to {args.turtle}")
    return 1 if report.violations else 0


def cmd_query(args: argparse.Namespace) -> int:
    from publisher.store.results import write_results

    with _reading(args) as (store, settings):  # while a server owns the store: a snapshot it makes
        write_results(_run_query(store, args.sparql), args.format, sys.stdout.buffer)
    return 0


def _run_query(store: object, sparql: str) -> object:
    """The query, refused in the same words as /sparql refuses it (``query/check.py``)."""
    from publisher.query.check import Refused, read_query, refuse_update, syntax_message

    try:
        refuse_update(read_query(sparql, ""))
        return store.query(sparql)  # type: ignore[attr-defined]
    except Refused as refused:
        raise PublisherError(refused.message) from None
    except SyntaxError as err:
        raise PublisherError(syntax_message(sparql, err)) from err


def cmd_export(args: argparse.Namespace) -> int:
    with _reading(args) as (store, settings):  # while a server owns the store: a snapshot it makes
        if args.output:
            with open(args.output, "wb") as out:
                store.export(args.format, out)
        else:
            store.export(args.format, sys.stdout.buffer)
    return 0


def _between(low: int, high: int) -> Callable[[str], int]:
    """An option's whole number, refused outside ``low``–``high`` (a hard limit, as Datasette's settings)."""
    def number(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"a whole number, not {text!r}") from None
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(f"between {low} and {high}, not {value}")
        return value
    return number


def cmd_serve(args: argparse.Namespace) -> int:
    import uvicorn

    from publisher.ingest import Pipeline
    from publisher.memory import limit_malloc_arenas
    from publisher.query.check import read_allowlist
    from publisher.store.settings import SERVING_SETTINGS, record_settings
    from publisher.web.app import create_app
    from publisher.web.site import Limits, Site

    limit_malloc_arenas()
    # a new store is served under http://HOST:PORT unless --base-uri says otherwise; a store serves its own base
    here = f"http://{args.host}:{args.port}" if (args.host, args.port) != DEFAULTS else None
    store, settings = _open(args, _settings(args).with_overrides(base_uri=here))
    if not record_graphs(store.graphs()):
        print(f"The store at {settings.store} holds no records: ingesting the bundled data first.")
        print(Pipeline(store, settings).run([RECORDS_DIR]).summary())
    record_settings(store, settings, SERVING_SETTINGS)  # the /changes pages are published from now on
    limits = Limits(query_timeout=args.query_timeout, max_rows=args.max_rows, max_body=args.max_body,
                    service_allowlist=read_allowlist(args.allow_service),
                    service_timeout=args.service_timeout, client_queries=args.client_queries,
                    answer_cache=int(args.answer_cache * (1 << 20)), replica=args.replica,
                    memory_replica_limit=args.memory_replica_limit, query_workers=args.query_workers)
    local_host = "127.0.0.1" if args.host in ("0.0.0.0", "::") else args.host
    site = Site(settings, store, limits, work_dir=settings.store.resolve().parent,
                local_url=f"http://{local_host}:{args.port}")
    print(f"Serving {settings.base_uri}/ (SPARQL at {settings.base_uri}/sparql)")
    listening = site.local_url
    if args.base_uri is None and listening != settings.base_uri:  # the store's own base, not where this listens
        print(f"(listening on {listening}: the store's base is {settings.base_uri}; 'publisher rebase' moves it)")
    try:
        if args.processes > 1 or args.siblings_port:
            _serve_with_siblings(args, site)
        else:
            uvicorn.run(create_app(site), **_server_options(args))
    finally:
        store.close()
    return 0


def _server_options(args: argparse.Namespace) -> dict[str, Any]:
    """How uvicorn serves, with one process or several: uvloop and httptools (uvicorn[standard], the fastest
    loop and HTTP parser uvicorn has) named, not left to "auto", so a broken install fails here instead of
    serving slower without a word."""
    return {"host": args.host, "port": args.port, "log_level": args.log_level, "proxy_headers": False,
            "server_header": False, "loop": "uvloop", "http": "httptools"}


def _serve_with_siblings(args: argparse.Namespace, site: Site) -> None:
    """The owner and ``--processes`` - 1 siblings on one listening socket (``web/siblings.py``); the owner
    also listens on a private Unix socket, where the siblings pass on what they do not answer."""
    import socket
    import tempfile

    import uvicorn

    from publisher.web.app import create_app
    from publisher.web.siblings import Siblings

    config = uvicorn.Config(None, **_server_options(args))  # type: ignore[arg-type]
    public = config.bind_socket()
    theirs = public
    if args.siblings_port:  # tests: the siblings alone on their own port, to compare their answers with ours
        theirs = uvicorn.Config(None, host=args.host, port=args.siblings_port).bind_socket()  # type: ignore[arg-type]
    private = Path(tempfile.mkdtemp(prefix="publisher-owner-")) / "owner.sock"  # the folder is ours alone (0700)
    inner = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    inner.bind(str(private))
    siblings = Siblings(max(args.processes - 1, 1), theirs, private, args.log_level)
    try:
        config.app = create_app(site, siblings=siblings, public=public.getsockname()[:2])
        uvicorn.Server(config).run(sockets=[public, inner])
    finally:
        siblings.stop()
        private.unlink(missing_ok=True)
        private.parent.rmdir()


def cmd_dump(args: argparse.Namespace) -> int:
    from publisher.dump_files import build_dumps, load_dumps, remove_other_sets
    from publisher.store.owner import running_server
    from publisher.web.site import Site

    defaults = _settings(args)
    served = running_server(defaults.store) is not None and not is_remote(str(_store_at(args, defaults)))
    with _reading(args) as (store, settings):  # while a server owns the store: a snapshot it makes
        site = Site(settings, store, work_dir=settings.store.resolve().parent)
        root = site.work_dir / "dumps"
        dumps = load_dumps(root / site.version) or build_dumps(store, settings, root / site.version)
        if not served:  # a live server serves and prunes the sets itself (it may be building one now)
            remove_other_sets(root, keep=site.version)
    for file in dumps.files:
        print(f"{dumps.path(file)}  {plural(file.size, 'byte')}  sha256 {file.sha256}")
    return 0


def cmd_mappings(args: argparse.Namespace) -> int:
    """Regenerate the SSSOM crosswalk of the ontology's mappings: into the checkout's ontology/mappings.sssom.tsv,
    or, installed, where there is no repository file to refresh, to -o FILE or standard output."""
    from publisher.alignment import SSSOM_FILE, sssom_text, write_sssom

    path = Path(args.output) if args.output else (SSSOM_FILE if checkout() else None)
    if path is None:
        sys.stdout.write(sssom_text())
        return 0
    print(f"{path}: {plural(write_sssom(path), 'mapping')}")
    return 0


def cmd_lblod(args: argparse.Namespace) -> int:
    """Write the store's data restated in LBLOD besluit: terms (publisher/alignment.py says what goes where)."""
    from publisher.alignment import lblod_export

    store, _ = _open(args, _settings(args))
    try:
        graph = lblod_export(store, args.graph or None)
    finally:
        store.close()
    text = graph.serialize(format="turtle")
    if args.output:
        Path(args.output).write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    return 0


def cmd_fetch(args: argparse.Namespace) -> int:
    from publisher.councils import load_register
    from publisher.fetch import Client, Harvest, Politeness, default_cache, ingest_cache
    from publisher.ingest import Pipeline
    from publisher.store.owner import running_server, send_to_server

    register = load_register()
    council = register.get(args.council) if args.council else register.for_url(args.site)
    if council is None:
        raise PublisherError(f"{args.site} is not a ModernGov site in the council register: give --council")
    cache = Path(args.cache) if args.cache else default_cache(args.site)
    harvest = Harvest(args.site, cache, args.start, args.end,
                      Client(urlsplit(args.site).hostname or "", Politeness(rate=args.rate, timeout=args.timeout)),
                      log=(lambda line: print(line, file=sys.stderr)) if args.verbose else (lambda _: None))
    fetched = harvest.run()
    for message in fetched.failed:
        print(f"failed: {message}", file=sys.stderr)
    print(f"{fetched.summary()} (cache: {cache})")
    if args.no_ingest:
        return 1 if fetched.failed else 0
    settings = _settings(args)
    server = running_server(settings.store)
    if server:  # a live server owns the store: it ingests the cache itself, without stopping
        _check_server(args, server)
        answer = send_to_server(server, [p for p in (fetched.councillors, cache) if p], council.slug)
        refused, summary = answer["refused"], answer["summary"]
    else:
        store, settings = _open(args, settings)
        try:
            report = ingest_cache(Pipeline(store, settings, council=council.slug), cache, fetched)
        finally:
            store.close()
        refused, summary = [o.message for o in report.refused], report.summary()
    for message in refused:
        print(f"refused: {message}", file=sys.stderr)
    print(summary)
    return 1 if refused or fetched.failed else 0


def cmd_withdraw(args: argparse.Namespace) -> int:
    """Withdraw a record: its graph leaves the store, its things answer 410 Gone with the reason."""
    from publisher.history import history_of
    from publisher.rdf import graph_at
    from publisher.store.owner import ask_server, running_server

    settings = _settings(args)
    head, _, tail = args.record.partition("/graph/")
    record = graph_at(normalise_base(head), tail) if tail else args.record  # typed as people type a base
    server = running_server(settings.store)
    if server:  # a live server owns the store: it withdraws the record itself and publishes the tombstone
        _check_server(args, server)
        answer = ask_server(server, "withdraw", {"record": record, "reason": args.reason})
        print(f"Withdrawn through the server at {server['base']}: {answer['record']} at {answer['time']}; "
              f"of the {plural(answer['things'], 'thing')} it described, those no other record describes answer "
              f"410 Gone.")
        return 0
    store, settings = _open(args, settings)
    try:
        event = history_of(store, settings.base_uri, settings.store).withdraw(record, args.reason)
    finally:
        store.close()
    print(f"Withdrawn: {event.record} at {event.time}; of the {plural(len(event.things), 'thing')} it described, "
          f"those no other record describes answer 410 Gone.")
    return 0


def cmd_release(args: argparse.Namespace) -> int:
    """Cut an immutable, dated release: dumps with checksums, the SHACL report, notes on what changed."""
    from publisher.release_archive import NothingToRelease, make_release
    from publisher.store.owner import ask_server, running_server
    from publisher.web.site import Site

    settings = _settings(args)
    server = running_server(settings.store)
    if server:  # a live server owns the store: it cuts the release of the data it serves
        _check_server(args, server)
        answer = ask_server(server, "release", {"date": args.date.isoformat() if args.date else None})
        print(answer.get("message") or f"Release {answer['release']} at {server['base']}/dumps/{answer['release']}/: "
                                       f"{answer['notes']}")
        return 0
    store, settings = _open(args, settings)
    try:
        site = Site(settings, store, work_dir=settings.store.resolve().parent)
        made = make_release(store, settings, site.work_dir, site.version, args.date)
    except NothingToRelease as err:
        print(str(err))
        return 0
    finally:
        store.close()
    print(f"Release {made.name} in {made.folder}: {made.notes}")
    for dump in made.dumps.files:
        print(f"{made.folder / dump.name}  {plural(dump.size, 'byte')}  sha256 {dump.sha256}")
    return 0


def cmd_mirror(args: argparse.Namespace) -> int:
    """Follow another publisher's /changes into a local store, from where the last run stopped."""
    from publisher.ingest import Pipeline
    from publisher.mirror import Mirror, state_path_for, stream_url
    from publisher.store.owner import running_server

    source = stream_url(args.url)
    # by default, a new mirror serves the source's records under the source's IRIs
    settings = _settings(args).with_overrides(base_uri=source.rsplit("/changes", 1)[0])
    server = running_server(settings.store)
    if server:
        raise PublisherError(f"a server at {server['base']} holds {settings.store}: stop it, or mirror into "
                             f"another --store")
    store, settings = _open(args, settings)
    try:
        mirror = Mirror(source, store, settings.base_uri, state_path_for(settings.store), pause=args.pause,
                        beside=settings.store,
                        log=(lambda line: print(line, file=sys.stderr)) if args.verbose else (lambda _: None))
        Pipeline(store, settings).ensure_reference_data()  # the register and vocabulary are the mirror's own
        report = mirror.run(follow=args.follow, interval=args.interval)
    finally:
        store.close()
    print(f"Mirrored {source}: {report.summary()}")
    return 0


def cmd_rebase(args: argparse.Namespace) -> int:
    """Move every IRI of the store to a new base, in one transaction (publisher/rebase.py)."""
    from publisher.rebase import rebase
    from publisher.store.owner import running_server

    settings = _settings(args)
    server = running_server(settings.store)
    if server:  # the server serves the old base: it must be started again under the new one anyway
        raise PublisherError(f"a server at {server['base']} holds {settings.store} and serves "
                             f"{server.get('base_uri') or 'its base'}: stop it, rebase, then serve again")
    store, settings = _open(args, settings)
    try:
        print(rebase(store, settings, args.new_base).summary())
    finally:
        store.close()
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    """Copy the store, its history, releases and mirror state into a new folder, consistently, also while a
    server runs (it takes the copy itself); publisher/backup.py says what is copied and why."""
    from publisher.backup import make_backup
    from publisher.store.owner import ask_server, running_server

    folder = Path(args.folder).resolve()
    settings = _settings(args)
    server = running_server(settings.store)
    if server:
        answer = ask_server(server, "backup", {"folder": str(folder)})
        print(f"Backed up through the server at {server['base']}: {answer['summary']}")
        return 0
    store, settings = _open(args, settings)
    try:
        manifest = make_backup(store, settings, folder)
    finally:
        store.close()
    print(f"Backed up: {manifest.summary(folder)}")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    """Bring a backup back as the store at --store (a new or empty folder), its history and releases beside it."""
    from publisher.backup import restore
    from publisher.store.owner import running_server

    settings = _settings(args)
    if is_remote(args.store or ""):
        raise PublisherError("a backup is restored into a store folder, not into a remote store")
    if server := running_server(settings.store):
        raise PublisherError(f"a server at {server['base']} holds {settings.store}: restore into another --store")
    manifest = restore(Path(args.folder), settings.store)
    print(f"Restored {manifest.summary(Path(args.folder))} into {settings.store}")
    return 0


DEFAULTS = ("127.0.0.1", 8000)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="publisher", description=DESCRIPTION,
                                     epilog="Run 'publisher COMMAND --help' for the options of one command.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, title="commands", metavar="COMMAND")

    def command(name: str, help_: str, summary: str | None = None) -> argparse.ArgumentParser:
        """A subcommand: ``summary`` is its one line in ``publisher --help`` (default: the first sentence of
        ``help_``), ``help_`` heads its own ``--help``."""
        sub = commands.add_parser(name, help=summary or help_.split(". ")[0].rstrip(".") + ".", description=help_)
        sub.add_argument("--store", metavar="DIR", help="the store folder (default: var/store)")
        return sub

    ingest = command("ingest", "Read, map, check and store council records (files or folders).",
                     "Read, check and store council records.")
    ingest.add_argument("paths", nargs="+", metavar="PATH")
    ingest.add_argument("--council", metavar="SLUG|GSS",
                        help="the council the records belong to (default: from each record's source URL, "
                             "else the configured default); a record whose source URL is another council's "
                             "is refused")
    ingest.add_argument("--base-uri", metavar="URI", help="base of the IRIs minted, for a new store (default: "
                                                         "data/settings.toml); a store keeps the base it has")
    ingest.add_argument("-v", "--verbose", action="store_true", help="also list SHACL warnings")
    ingest.add_argument("--progress", action="store_true",
                        help="show a progress bar with rate and time left on stderr even when it is not a terminal")
    ingest.add_argument("--bulk", action=argparse.BooleanOptionalAction, default=None,
                        help="read, map and check on every core and write in bulk into a copy of the store that "
                             "replaces it when the run is done: all or nothing; into a remote store, in batches "
                             "of whole records, one request each (default: for 500 files or more)")
    ingest.add_argument("--workers", type=int, metavar="N", help="worker processes of a bulk run (default: one a core)")
    ingest.set_defaults(run=cmd_ingest)

    validate = command("validate", "Check every record graph in the store against the SHACL shapes.",
                       "Check the store's records against the SHACL shapes.")
    validate.add_argument("--turtle", metavar="FILE", help="also write the SHACL report graph as Turtle")
    validate.set_defaults(run=cmd_validate)

    query = command("query", "Run a SPARQL query on the store.")
    query.add_argument("sparql", metavar="SPARQL")
    query.add_argument("--format", choices=QUERY_FORMATS, default=None,
                       help="result format (default: tsv for SELECT/ASK, ttl for CONSTRUCT/DESCRIBE)")
    query.set_defaults(run=cmd_query)

    export = command("export", "Write the whole dataset: Turtle or N-Triples (the default graph), N-Quads or "
                               "TriG (the record graphs).", "Write the whole dataset.")
    export.add_argument("--format", choices=EXPORT_FORMATS, required=True)
    export.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of standard output")
    export.set_defaults(run=cmd_export)

    fetch = command("fetch", "Harvest a ModernGov site (web service and pages) politely into a cache folder, "
                             "then ingest it.", "Harvest a ModernGov site, then ingest it.")
    fetch.add_argument("site", metavar="URL", help="the ModernGov site, e.g. https://democracy.manchester.gov.uk")
    fetch.add_argument("--from", dest="start", type=date.fromisoformat, required=True, metavar="YYYY-MM-DD",
                       help="first meeting date to harvest")
    fetch.add_argument("--to", dest="end", type=date.fromisoformat, default=date.today(), metavar="YYYY-MM-DD",
                       help="last meeting date to harvest (default: today)")
    fetch.add_argument("--cache", metavar="DIR", help="where responses are saved (default: var/cache/HOST)")
    fetch.add_argument("--council", metavar="SLUG|GSS", help="the council (default: from the site's host)")
    fetch.add_argument("--rate", type=float, default=1.0, metavar="SECONDS",
                       help="at least this long between two requests (default 1)")
    fetch.add_argument("--timeout", type=float, default=30.0, metavar="SECONDS", help="per request (default 30)")
    fetch.add_argument("--no-ingest", action="store_true", help="only fill the cache")
    fetch.add_argument("--base-uri", metavar="URI", help="base of the IRIs minted, for a new store")
    fetch.add_argument("-v", "--verbose", action="store_true", help="list each URL fetched")
    fetch.set_defaults(run=cmd_fetch)

    dump = command("dump", "Build the bulk downloads (Turtle, N-Triples, N-Quads, gzipped, with SHA-256) "
                           "for the current data, as the server would.", "Build the bulk downloads.")
    dump.add_argument("--base-uri", metavar="URI", help="the base the store was built with (default: the one "
                                                       "it records)")
    dump.set_defaults(run=cmd_dump)

    mappings = command("mappings", "Regenerate the SSSOM crosswalk of the ontology's mappings to other vocabularies.",
                       "Regenerate the SSSOM crosswalk to other vocabularies.")
    mappings.add_argument("-o", "--output", metavar="FILE",
                          help="default: ontology/mappings.sssom.tsv in a checkout, else standard output")
    mappings.set_defaults(run=cmd_mappings)

    lblod = command("lblod", "Write the data in LBLOD besluit: terms (Turtle), to check with LBLOD's shapes.",
                    "Write the data in LBLOD besluit: terms (Turtle).")
    lblod.add_argument("--graph", action="append", default=[], metavar="IRI",
                       help="only this record graph (repeatable; default: the whole store)")
    lblod.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of standard output")
    lblod.set_defaults(run=cmd_lblod)

    withdraw = command("withdraw", "Withdraw a record: its graph is removed, its things answer 410 Gone with "
                                   "the reason, and the change feed says so.", "Withdraw a record (410 Gone).")
    withdraw.add_argument("record", metavar="RECORD-IRI", help="the record graph, e.g. BASE/graph/stockport/"
                                                               "issue-meetings/68785")
    withdraw.add_argument("--reason", required=True, help="why, published with the tombstone")
    withdraw.add_argument("--base-uri", metavar="URI", help="the base the store was built with "
                                                           "(default: the one it records)")
    withdraw.set_defaults(run=cmd_withdraw)

    release = command("release", "Cut an immutable, dated release (dumps with checksums, SHA-256, the SHACL "
                                 "report, what changed since the last release) under releases/ beside the store.",
                      "Cut an immutable, dated release.")
    release.add_argument("--date", type=date.fromisoformat, metavar="YYYY-MM-DD", help="its date (default: today)")
    release.add_argument("--base-uri", metavar="URI", help="the base the store was built with (default: the one it "
                                                          "records)")
    release.set_defaults(run=cmd_release)

    rebase = command("rebase", "Move every IRI of the store from its base to NEW-BASE in one transaction; a new "
                               "data version, and every record announced on /changes.",
                     "Move the store to another base URI.")
    rebase.add_argument("new_base", metavar="NEW-BASE", help="the new base URI, e.g. https://data.example.org/lod")
    rebase.set_defaults(run=cmd_rebase)

    backup = command("backup", "Copy the store, its history, releases and mirror state into a new folder, with a "
                               "manifest of checksums; while a server runs, the server takes the copy.",
                     "Copy the store and what it depends on into a folder.")
    backup.add_argument("folder", metavar="DIR", help="a new (or empty) folder")
    backup.set_defaults(run=cmd_backup)

    restore = command("restore", "Bring a backup back as the store at --store (a new or empty folder), with its "
                                 "history and releases beside it; every checksum is checked first.",
                      "Bring a backup back as a store.")
    restore.add_argument("folder", metavar="DIR", help="a folder written by 'publisher backup'")
    restore.set_defaults(run=cmd_restore)

    mirror = command("mirror", "Keep a local store equal to another publisher's, following its /changes from "
                               "where the last run stopped.", "Follow another publisher's changes into a store.")
    mirror.add_argument("url", metavar="URL", help="the other publisher (or its /changes)")
    mirror.add_argument("--base-uri", metavar="URI", help="base of the local register and vocabulary graphs "
                                                         "(default: the source's)")
    mirror.add_argument("--pause", type=float, default=0.0, metavar="SECONDS", help="between two pages (default 0)")
    mirror.add_argument("--follow", action="store_true", help="keep polling the newest page for new changes")
    mirror.add_argument("--interval", type=float, default=10.0, metavar="SECONDS",
                        help="between two polls with --follow (default 10)")
    mirror.add_argument("-v", "--verbose", action="store_true", help="say each page read")
    mirror.set_defaults(run=cmd_mirror)

    serve = command("serve", "Serve the store: SPARQL endpoint, Linked Data pages, dumps, VoID. "
                             "An empty store is first filled with the bundled data.",
                    "Serve the store: SPARQL, Linked Data pages, dumps.")
    serve.add_argument("--host", default=DEFAULTS[0], help="address to listen on (default 127.0.0.1)")
    serve.add_argument("--port", type=int, default=DEFAULTS[1], help="port (default 8000)")
    serve.add_argument("--base-uri", metavar="URI",
                       help="base of the IRIs served (default: http://HOST:PORT, or the settings file)")
    serve.add_argument("--query-timeout", type=float, default=10.0, metavar="SECONDS",
                       help="stop a query after this long and answer 503 (default 10)")
    serve.add_argument("--max-rows", type=int, default=10_000, help="cut results after this many rows")
    serve.add_argument("--max-body", type=int, default=1 << 20, metavar="BYTES",
                       help="largest request body accepted (default 1 MiB)")
    serve.add_argument("--client-queries", type=int, default=4, metavar="N",
                       help="SPARQL queries one client address may have running at once; more get 429 "
                            "(default 4; 0: no limit)")
    serve.add_argument("--answer-cache", type=float, default=64, metavar="MIB",
                       help="memory for whole answers (/id, /doc, /graph, GET /sparql) replayed until the data "
                            "changes (default 64; 0: off)")
    serve.add_argument("--replica", choices=REPLICA_MODES, default="auto",
                       help="how the query workers read the data: 'memory' (a copy of the default graph, fastest, "
                            "~1 GiB per million triples), 'disk' (the on-disk snapshot alone), 'auto' (memory "
                            "below --memory-replica-limit triples; default)")
    serve.add_argument("--memory-replica-limit", type=int, default=MEMORY_REPLICA_LIMIT, metavar="TRIPLES",
                       help=f"with --replica auto: the default graph's size from which the workers read the "
                            f"snapshot on disk (default {MEMORY_REPLICA_LIMIT:,})")
    serve.add_argument("--query-workers", type=_between(1, MOST_QUERY_WORKERS), metavar="N",
                       help="query worker processes (default: 4 on a copy in memory, 2 on the snapshot on disk, "
                            f"where each holds a handle of its own; at most {MOST_QUERY_WORKERS})")
    serve.add_argument("--allow-service", action="append", default=[], metavar="URL",
                       help="a SERVICE endpoint queries may call (repeatable; none by default)")
    serve.add_argument("--service-timeout", type=float, default=5.0, metavar="SECONDS",
                       help="time a query may take per SERVICE call it writes, within --query-timeout (default 5)")
    serve.add_argument("--changes-page-size", type=int, metavar="N",
                       help="members per /changes page (default 100, or the settings file); fixed for a "
                            "deployment: full pages are cached forever")
    serve.add_argument("--processes", type=_between(1, MOST_PROCESSES), default=1, metavar="N",
                       help=f"serving processes sharing the port (default 1, at most {MOST_PROCESSES}): the one "
                            "owning the store and N - 1 answering /sparql lookups, /id/ and RDF /doc/ from its data "
                            "version (each with its own copy in memory when --replica gives the owner one); about one "
                            "per core")
    serve.add_argument("--siblings-port", type=int, help=argparse.SUPPRESS)  # tests: the N - 1 listen here alone
    serve.add_argument("--log-level", default="info", choices=("critical", "error", "warning", "info", "debug"))
    serve.set_defaults(run=cmd_serve)
    return parser


def _reader_left() -> int:
    """The reader of standard output closed it (``publisher export | head``): that is the reader's choice, not a
    failure. Standard output is pointed at /dev/null, so the interpreter's last flush at exit finds no closed
    pipe and prints no 'Exception ignored … BrokenPipeError'."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):  # no real file behind sys.stdout (a test's capture): nothing left to flush
        pass
    return 0


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        status = args.run(args)
        sys.stdout.flush()  # inside the try: a pipe closed before the last write is one more closed pipe
        return status
    except PublisherError as err:
        print(f"publisher {args.command}: {err}", file=sys.stderr)
        return 2
    except OSError as err:
        if isinstance(err, BrokenPipeError) or err.errno == errno.EPIPE:
            return _reader_left()
        print(f"publisher {args.command}: {err.strerror or err}: {err.filename or ''}".rstrip(": "),
              file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print(f"publisher {args.command}: interrupted", file=sys.stderr)
        return 130
    except Exception as err:  # a bug of ours: still one line, and a way to report it
        print(f"publisher {args.command}: internal error ({type(err).__name__}: {err}); please report it "
              f"with the command you ran", file=sys.stderr)
        return 70


if __name__ == "__main__":
    sys.exit(main())
