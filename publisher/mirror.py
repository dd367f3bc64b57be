"""``publisher mirror URL``: keep a local store equal to another publisher's, by following its ``/changes``.

The source's event stream (``publisher.web.views.changes``) is read page by page, from its root node along each
page's ``tree:relation``, and every member is applied in stream order:

- a create or update (``ldes:versionCreateObject`` / ``versionUpdateObject``) puts the member's content (the
  named graph named after the member) as the record graph it is a version of (``ldes:versionOfPath``);
- a delete (``ldes:versionDeleteObject``) withdraws the record, with the source's reason, leaving the same
  tombstone here.

Each change is recorded in the local history with the source's time and ``prov:wasDerivedFrom`` the source's
member, so the mirror publishes the same stream in turn. The local store gets its own council register and
vocabulary graphs; the record graphs are the source's, triple for triple.

Resumable: where it is (the page being read and the members of it already applied) is saved in
``mirror.json`` beside the store after every member, and a member is applied only if it changes something
(its content hash differs from the local graph's, or the record to withdraw is still here), so a run killed
at any point and started again continues where it stopped and ends in the same state. The newest page has no
relation to a next one: the run ends there (``--follow`` polls it for new members instead).

Only http(s), only pages under the source's own address (a page cannot send the mirror elsewhere), one
request at a time with ``--pause`` seconds between pages.
"""

from __future__ import annotations

import json
import os
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph, URIRef

from publisher import __version__
from publisher.errors import PublisherError
from publisher.history import AS, History, history_of
from publisher.messages import plural
from publisher.namespaces import CL, DCTERMS, LDES, PROV, RDF, SCHEMA, TREE
from publisher.settings import normalise_base
from publisher.store import RecordStore, record_graphs

STATE_FILE = "mirror.json"
ACCEPT = "application/trig, application/n-quads;q=0.9"
FORMATS = {"application/trig": ox.RdfFormat.TRIG, "application/n-quads": ox.RdfFormat.N_QUADS}
USER_AGENT = f"council-lod-publisher/{__version__} (mirror)"
MAX_PAGE = 256 << 20  # bytes: a page bigger than this is refused, not read into memory


@dataclass
class MirrorState:
    """Where a mirror is in its source's stream."""

    source: str  # the stream's URL
    page: str | None = None  # the page being read
    done: list[str] = field(default_factory=list)  # members of that page already applied

    @classmethod
    def load(cls, path: Path, source: str) -> MirrorState:
        try:
            saved = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return cls(source)
        except (OSError, ValueError) as err:
            raise PublisherError(f"{path}: not a mirror state file ({err}); remove it to start again") from err
        if saved.get("source") != source:
            raise PublisherError(f"the store beside {path} mirrors {saved.get('source')}, not {source}: "
                                 f"mirror {source} into another --store")
        return cls(source, saved.get("page"), list(saved.get("done", [])))

    def save(self, path: Path) -> None:
        partial = path.with_name(f".{path.name}.{os.getpid()}")
        partial.write_text(json.dumps({"source": self.source, "page": self.page, "done": self.done}, indent=1),
                           encoding="utf-8")
        os.replace(partial, path)


@dataclass(frozen=True)
class Member:
    iri: str
    kind: str  # "created", "updated" or "withdrawn"
    record: str
    time: str | None
    position: int
    content: Graph | None  # the record graph at this version
    reason: str | None
    things: tuple[str, ...]


@dataclass(frozen=True)
class StreamPage:
    url: str
    members: list[Member]
    next: str | None  # the page a relation leads to; None on the newest page


@dataclass
class MirrorReport:
    created: int = 0
    updated: int = 0
    withdrawn: int = 0
    skipped: int = 0  # members that changed nothing here (already applied)
    pages: int = 0
    at: str | None = None  # the page where the run stopped

    def summary(self) -> str:
        return (f"{self.created} created, {self.updated} updated, {self.withdrawn} withdrawn, {self.skipped} "
                f"already applied; {plural(self.pages, 'page')} read, now at {self.at}")


def stream_url(url: str) -> str:
    """The stream of a publisher: its ``/changes`` (given the publisher's address or the stream itself). The
    address is normalised as a base is (``settings.normalise_base``), so it matches the publisher's own links."""
    try:
        address = normalise_base(url)
    except PublisherError as err:
        raise PublisherError(f"{url!r} is not an http(s) address of a publisher: {err}") from err
    return address if address.endswith("/changes") else address + "/changes"


class _StayInside(urllib.request.HTTPRedirectHandler):
    """Follows a redirect (``/changes?since=`` answers 303) only to an address under the source's."""

    def __init__(self, prefix: str) -> None:
        self.prefix = prefix

    def redirect_request(self, req, fp, code, msg, headers, newurl):  # type: ignore[no-untyped-def]
        if not newurl.startswith(self.prefix):
            raise PublisherError(f"{req.full_url} redirects to {newurl}, outside {self.prefix}: not followed")
        return super().redirect_request(req, fp, code, msg, headers, newurl)


class StreamReader:
    """Fetches and reads the source's stream documents."""

    def __init__(self, source: str, timeout: float = 60.0) -> None:
        self.source = source
        self.prefix = source.rsplit("/changes", 1)[0] + "/"
        self.timeout = timeout
        self.opener = urllib.request.build_opener(_StayInside(self.prefix))

    def fetch(self, url: str) -> list[ox.Quad]:
        if not (url + "/").startswith(self.prefix) and url != self.source:
            raise PublisherError(f"the stream at {self.source} links to {url}, outside it: not followed")
        request = urllib.request.Request(url, headers={"Accept": ACCEPT, "User-Agent": USER_AGENT})
        try:
            with self.opener.open(request, timeout=self.timeout) as answer:
                media = answer.headers.get_content_type()
                body = answer.read(MAX_PAGE + 1)
                final = answer.geturl()
        except urllib.error.HTTPError as err:
            detail = err.read(500).decode("utf-8", "replace").strip().splitlines()
            raise PublisherError(f"{url}: HTTP {err.code}: {detail[0] if detail else err.reason}") from err
        except OSError as err:
            raise PublisherError(f"{url}: {getattr(err, 'reason', err)}") from err
        if media not in FORMATS:
            raise PublisherError(f"{url}: answered {media}, not TriG or N-Quads: is it a publisher's /changes?")
        if len(body) > MAX_PAGE:
            raise PublisherError(f"{url}: a page over {MAX_PAGE >> 20} MiB; refused")
        try:
            return list(ox.parse(body, format=FORMATS[media], base_iri=final))
        except SyntaxError as err:
            raise PublisherError(f"{url}: not valid {media}: {err}") from err

    def root(self) -> str:
        """The root page: the stream's ``tree:view``."""
        stream = ox.NamedNode(self.source)
        views = [q.object.value for q in self.fetch(self.source)
                 if q.subject == stream and q.predicate == ox.NamedNode(TREE + "view")]
        if len(views) != 1:
            raise PublisherError(f"{self.source}: expected one tree:view of the stream, found {len(views)}")
        return views[0]

    def page(self, url: str) -> StreamPage:
        quads = self.fetch(url)
        return read_page(url, self.source, quads)


def read_page(url: str, stream: str, quads: list[ox.Quad]) -> StreamPage:
    """The members of one page, in stream order, and the next page, read as the stream describes itself."""
    about: dict[str, list[ox.Quad]] = {}  # the default graph's statements by subject
    named: dict[str, list[ox.Triple]] = {}  # the members' contents
    for q in quads:
        if isinstance(q.graph_name, ox.NamedNode):
            named.setdefault(q.graph_name.value, []).append(q.triple)
        else:
            about.setdefault(q.subject.value, []).append(q)

    def objects(subject: str, predicate: str) -> list[ox.NamedNode | ox.Literal | ox.BlankNode]:
        return [q.object for q in about.get(subject, []) if q.predicate.value == predicate]

    def one(subject: str, predicate: str, fallback: str) -> str:
        found = objects(subject, predicate)
        return found[0].value if found else fallback

    paths = {"version": one(stream, LDES + "versionOfPath", str(DCTERMS.isVersionOf)),
             "time": one(stream, LDES + "timestampPath", str(PROV.generatedAtTime)),
             "sequence": one(stream, LDES + "sequencePath", str(SCHEMA.position))}
    kinds = {one(stream, LDES + "versionCreateObject", str(AS.Create)): "created",
             one(stream, LDES + "versionUpdateObject", str(AS.Update)): "updated",
             one(stream, LDES + "versionDeleteObject", str(AS.Delete)): "withdrawn"}
    contents = {iri: Graph().parse(data=ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES), format="nt")
                for iri, triples in named.items()}
    members = []
    for node in objects(stream, TREE + "member"):
        iri = node.value
        found = [kinds[t.value] for t in objects(iri, str(RDF.type)) if t.value in kinds]
        records = objects(iri, paths["version"])
        if not found or not records:
            raise PublisherError(f"{url}: member {iri} has no kind (create, update, delete) or no "
                                 f"version-of record: not a stream this publisher writes")
        times, positions = objects(iri, paths["time"]), objects(iri, paths["sequence"])
        reasons = objects(iri, str(DCTERMS.description))
        members.append(Member(iri, found[0], records[0].value, times[0].value if times else None,
                              int(positions[0].value) if positions else 0, contents.get(iri),
                              reasons[0].value if reasons else None,
                              tuple(t.value for t in objects(iri, str(PROV.invalidated)))))
    members.sort(key=lambda m: (m.position, m.time or "", m.iri))
    following = [objects(r.value, TREE + "node")[0].value for r in objects(url, TREE + "relation")
                 if objects(r.value, TREE + "node")]
    return StreamPage(url, members, following[0] if following else None)


class Mirror:
    """Applies a source's stream to a local store, member by member, from where it last stopped."""

    def __init__(self, source: str, store: RecordStore, base: str, state_path: Path, reader: StreamReader | None = None,
                 pause: float = 0.0, log: Callable[[str], None] = lambda _: None, beside: Path | None = None) -> None:
        self.source = stream_url(source)
        self.store = store
        self.history: History = history_of(store, base, beside)
        self.state_path = state_path
        self.reader = reader or StreamReader(self.source)
        self.pause = pause
        self.log = log
        self.state = MirrorState.load(state_path, self.source)  # refuses a store that mirrors another source

    def run(self, follow: bool = False, interval: float = 10.0) -> MirrorReport:
        state = self.state
        report = MirrorReport()
        url = state.page or self.reader.root()
        while True:
            page = self.reader.page(url)
            report.pages += 1
            if state.page != url:
                state.page, state.done = url, []
                state.save(self.state_path)
            self.apply_page(page, state, report)
            self.store.flush()
            report.at = url
            if page.next is None:
                if not follow:
                    return report
                time.sleep(interval)
                continue
            self.log(f"{url}: done, next {page.next}")
            url = page.next
            if self.pause:
                time.sleep(self.pause)

    def apply_page(self, page: StreamPage, state: MirrorState, report: MirrorReport) -> None:
        done = set(state.done)
        for member in page.members:
            if member.iri in done:
                continue
            applied = self.apply(member)
            if applied:
                setattr(report, applied, getattr(report, applied) + 1)
            else:
                report.skipped += 1
            state.done.append(member.iri)
            state.save(self.state_path)

    def apply(self, member: Member) -> str | None:
        """Apply one member; the kind of change made here, or None when it changed nothing."""
        present = member.record in record_graphs(self.store.graphs())
        if member.kind == "withdrawn":
            if not present:
                return None
            self.history.withdraw(member.record, member.reason or "withdrawn at the source", member.time,
                                  source=member.iri)
            return "withdrawn"
        if member.content is None or len(member.content) == 0:
            raise PublisherError(f"{self.reader.source}: member {member.iri} has no content (no named graph "
                                 f"of that name on its page): cannot mirror {member.record}")
        version = member.content.value(URIRef(member.record), CL.contentHash)
        if present and version is not None and self.store.record_hash(member.record) == str(version):
            return None
        self.store.replace_graph(member.record, member.content)
        kind = "updated" if present else "created"
        self.history.record_version(member.record, member.content, kind, member.time, source=member.iri)
        return kind


def state_path_for(store_location: Path) -> Path:
    return Path(store_location).resolve().parent / STATE_FILE


__all__ = ["Member", "Mirror", "MirrorReport", "MirrorState", "StreamReader", "read_page", "state_path_for",
           "stream_url"]
