"""``/changes`` as LDES/TREE pages (immutable once full, byte for byte), ``?since=``, and the OParl-style lists."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pyoxigraph as ox
import pytest
from fastapi.testclient import TestClient
from rdflib import Graph, Namespace, URIRef
from rdflib.namespace import RDF

from publisher.history import AS, history_of, parse_time
from publisher.ingest import Pipeline
from publisher.namespaces import CL
from publisher.release_archive import make_release
from publisher.settings import DATA_DIR, load_settings
from publisher.store import open_store
from publisher.web.app import create_app
from publisher.web.site import Site
from tests.paths import FOUNDING, SECOND

BASE = "http://testserver"
RECORDS = DATA_DIR / "records"
WOKING = RECORDS / "woking_decision_26804_wards_affected.txt"
SLOUGH = RECORDS / "slough_agendaitem_18978_minutes_vote.txt"
LDES = "https://w3id.org/ldes#"
TREE = "https://w3id.org/tree#"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
PROV_TIME = "http://www.w3.org/ns/prov#generatedAtTime"
IS_VERSION_OF = "http://purl.org/dc/terms/isVersionOf"
XSD_DATETIME = "http://www.w3.org/2001/XMLSchema#dateTime"
HYDRA = Namespace("http://www.w3.org/ns/hydra/core#")


class Feed:
    """A served store with two events per page."""

    def __init__(self, folder: Path) -> None:
        self.settings = load_settings().with_overrides(base_uri=BASE, store=folder / "store", changes_page_size=2)
        self.store = open_store(self.settings.store)
        self.site = Site(self.settings, self.store, work_dir=folder)

    def ingest(self, *paths: Path) -> None:
        pipeline = Pipeline(self.store, self.settings)
        for path in paths:
            assert pipeline.ingest_file(path).status == "landed"
        self.site.changed()  # as the admin endpoint does after an ingest


@pytest.fixture(scope="module")
def feed(tmp_path_factory: pytest.TempPathFactory):
    feed = Feed(tmp_path_factory.mktemp("changes"))
    Pipeline(feed.store, feed.settings).run([FOUNDING, SECOND, WOKING])
    try:
        with TestClient(create_app(feed.site)) as client:
            feed.client = client  # type: ignore[attr-defined]
            yield feed
            client.get("/void")  # the statistics thread is done before the store closes
    finally:
        feed.store.close()


def quads_of(answer) -> list[ox.Quad]:  # noqa: ANN001 - an httpx response
    assert answer.status_code == 200, answer.text
    fmt = {"application/trig": ox.RdfFormat.TRIG, "application/n-quads": ox.RdfFormat.N_QUADS}[
        answer.headers["content-type"].split(";")[0]]
    return list(ox.parse(answer.content, format=fmt))


def default(quads: list[ox.Quad], subject: str, predicate: str) -> list[ox.NamedNode | ox.Literal]:
    return [q.object for q in quads if isinstance(q.graph_name, ox.DefaultGraph) and q.subject.value == subject
            and q.predicate.value == predicate]


def values(quads: list[ox.Quad], subject: str, predicate: str) -> list[str]:
    return [o.value for o in default(quads, subject, predicate)]


def check_page(quads: list[ox.Quad], number: int) -> tuple[list[datetime], list[str]]:
    """What TREE and LDES ask of a page; its members' times, and the relations' (type, value, node)."""
    page, stream = f"{BASE}/changes/{number}", f"{BASE}/changes"
    assert values(quads, stream, RDF_TYPE) == [LDES + "EventStream"]
    assert values(quads, stream, LDES + "timestampPath") == [PROV_TIME]
    assert values(quads, stream, LDES + "versionOfPath") == [IS_VERSION_OF]
    assert values(quads, stream, TREE + "view") == [page]
    assert values(quads, page, RDF_TYPE) == [TREE + "Node"]
    times = []
    for member in values(quads, stream, TREE + "member"):
        [record] = values(quads, member, IS_VERSION_OF)
        assert member.startswith(record + "#v")
        [stamp] = default(quads, member, PROV_TIME)
        assert isinstance(stamp, ox.Literal) and stamp.datatype.value == XSD_DATETIME
        times.append(parse_time(stamp.value))
        kind = values(quads, member, RDF_TYPE)[0]
        content = [q for q in quads if q.graph_name == ox.NamedNode(member)]
        if not kind.endswith("Delete"):  # a version's content is the named graph of its IRI
            hashes = [q.object.value for q in content if q.subject.value == record
                      and q.predicate.value == "https://w3id.org/council-lod/def#contentHash"]
            assert hashes == values(quads, member, "http://www.w3.org/ns/dcat#version")
    relations = values(quads, page, TREE + "relation")
    return times, relations


def test_every_page_is_an_ldes_tree_node_linked_by_time(feed) -> None:
    client = feed.client
    root = quads_of(client.get("/changes"))
    assert values(root, f"{BASE}/changes", TREE + "view") == [f"{BASE}/changes/1"]
    assert values(root, f"{BASE}/changes", LDES + "versionDeleteObject") == [
        "https://www.w3.org/ns/activitystreams#Delete"]
    first = quads_of(client.get("/changes/1"))
    times1, [relation] = check_page(first, 1)
    assert len(times1) == 2
    assert values(first, relation, RDF_TYPE) == [TREE + "GreaterThanOrEqualToRelation"]
    assert values(first, relation, TREE + "path") == [PROV_TIME]
    assert values(first, relation, TREE + "node") == [f"{BASE}/changes/2"]
    assert values(first, f"{BASE}/changes/1", LDES + "immutable") == ["true"]
    [bound] = default(first, relation, TREE + "value")
    assert bound.datatype.value == XSD_DATETIME
    second = quads_of(client.get("/changes/2"))
    times2, relations2 = check_page(second, 2)
    assert len(times2) == 1 and relations2 == []  # the newest page grows: no relation until it is full
    assert values(second, f"{BASE}/changes/2", LDES + "immutable") == []
    # the relation holds: every member after it is at or after its value, every member before it at or before
    assert max(times1) <= parse_time(bound.value) <= min(times2)
    assert client.get("/changes/3").status_code == 404


def test_full_pages_are_immutable_byte_for_byte_across_a_release(feed, tmp_path: Path) -> None:
    client = feed.client
    old = client.get("/changes/1")
    newest = client.get("/changes/2")
    assert old.headers["cache-control"] == "public, max-age=31536000, immutable"
    assert newest.headers["cache-control"] == "public, max-age=10"
    assert client.get("/changes/1", headers={"If-None-Match": old.headers["etag"]}).status_code == 304

    make_release(feed.store, feed.settings, feed.site.work_dir, feed.site.version, date(2026, 11, 26))
    feed.ingest(SLOUGH)  # the data changes after the release: page 2 fills up, page 1 stays as it was

    again = client.get("/changes/1")
    assert again.content == old.content and again.headers["etag"] == old.headers["etag"]
    filled = client.get("/changes/2")
    assert filled.headers["cache-control"] == "public, max-age=31536000, immutable"
    _, relations = check_page(quads_of(filled), 2)
    assert len(relations) == 1
    empty = client.get("/changes/3")  # where the relation leads: the newest page, empty until the next change
    assert check_page(quads_of(empty), 3) == ([], []) and empty.headers["cache-control"] == "public, max-age=10"
    # what the newest page held is still there, in the same order, now with a relation
    members = values(quads_of(newest), f"{BASE}/changes", TREE + "member")
    assert values(quads_of(filled), f"{BASE}/changes", TREE + "member")[:1] == members
    nquads = quads_of(client.get("/changes/1", headers={"Accept": "application/n-quads"}))
    assert sorted(map(str, nquads)) == sorted(map(str, quads_of(old)))


def test_since_jumps_to_the_page_holding_that_time(feed) -> None:
    client = feed.client
    history = history_of(feed.store, BASE)
    for event in history.events(1, history.count()):
        answer = client.get("/changes", params={"since": event.time}, follow_redirects=False)
        assert answer.status_code == 303
        # the page named holds the first event at or after that time (times are whole seconds: events of
        # one second share it)
        first = min(e.position for e in history.events(1, history.count()) if e.time >= event.time)
        assert answer.headers["location"] == f"{BASE}/changes/{(first - 1) // 2 + 1}"
        assert first <= event.position
    early = client.get("/changes", params={"since": "2000-01-01T00:00:00Z"}, follow_redirects=False)
    assert early.headers["location"] == f"{BASE}/changes/1"
    later = client.get("/changes", params={"since": "2999-01-01T00:00:00+01:00"}, follow_redirects=False)
    assert later.headers["location"] == f"{BASE}/changes/{history.count() // 2 + 1}"  # the newest page
    bad = client.get("/changes", params={"since": "yesterday"})
    assert bad.status_code == 400
    assert bad.text == ("since must be an xsd:dateTime with a time zone, e.g. 2026-01-01T00:00:00Z, "
                        "not 'yesterday'\n")
    assert client.get("/changes", params={"since": "2026-01-01T00:00:00"}).status_code == 400  # no zone
    assert client.get("/changes/1", headers={"Accept": "text/turtle"}).status_code == 406
    assert client.get("/changes/0").status_code == 404 and client.get("/changes/x").status_code == 404


def test_lists_page_in_a_stable_order_with_next_links(feed) -> None:
    client = feed.client
    first = client.get("/councils", params={"limit": 2}).json()
    assert [e["type"] for e in first["data"]] == ["Council", "Council"]
    ids = [e["id"] for e in first["data"]]
    assert ids == sorted(ids) and all(e["gss"] for e in first["data"])
    following = client.get(first["links"]["next"].removeprefix(BASE)).json()
    assert following["data"][0]["id"] > ids[-1] and len(following["data"]) == 2
    assert client.get("/councils", params={"limit": 2}).json() == first  # the same page every time
    meetings = client.get("/meetings").json()["data"]
    assert [m["id"] for m in meetings] == sorted(m["id"] for m in meetings) and len(meetings) >= 3
    meeting = next(m for m in meetings if m["id"].endswith("2017-12-04-communities-transport-scrutiny-committee"))
    assert meeting["committee"] == f"{BASE}/id/stockport/committee/communities-transport-scrutiny-committee"
    assert meeting["startDate"].startswith("2017-12-04") and meeting["modified"].endswith("Z")
    future = client.get("/meetings", params={"since": "2999-01-01T00:00:00Z"}).json()
    assert future["data"] == [] and future["links"]["next"] is None
    assert client.get("/meetings", params={"limit": "0"}).status_code == 400
    assert client.get("/meetings", params={"since": "soon"}).status_code == 400


def test_a_withdrawn_meeting_is_listed_as_deleted_since_its_withdrawal(feed) -> None:
    client = feed.client
    before = datetime.now(UTC).replace(microsecond=0)
    record = f"{BASE}/graph/stockport/issue-meetings/68785"
    history_of(feed.store, BASE).withdraw(record, "Duplicate of another record")
    feed.site.changed()
    since = before.isoformat().replace("+00:00", "Z")
    listed = client.get("/meetings", params={"since": since}).json()["data"]
    assert listed == [{"id": f"{BASE}/id/stockport/meeting/2017-12-04-communities-transport-scrutiny-committee",
                       "type": "Meeting", "deleted": True, "modified": listed[0]["modified"],
                       "reason": "Duplicate of another record", "record": record}]
    assert parse_time(listed[0]["modified"]) >= before
    everything = client.get("/meetings").json()["data"]  # without since: what is published, no tombstones
    assert listed[0]["id"] not in [m["id"] for m in everything] and everything
    turtle = client.get("/meetings", params={"since": since}, headers={"Accept": "text/turtle"})
    graph = Graph().parse(data=turtle.text, format="turtle")
    tombstone = URIRef(listed[0]["id"])
    assert (tombstone, RDF.type, AS.Tombstone) in graph
    assert (tombstone, AS.formerType, CL.Meeting) in graph
    assert (URIRef(f"{BASE}/meetings"), HYDRA.member, tombstone) in graph


BROWSER = {"Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"}


def test_a_browser_reads_the_history_newest_first_and_rdf_clients_get_the_stream(feed, monkeypatch) -> None:
    from lxml import html as lxml_html

    from publisher.web.views import changes

    client = feed.client
    history = history_of(feed.store, BASE)
    events = {e.position: e for e in history.events(1, history.count())}
    trig = client.get("/changes", headers={"Accept": "application/trig"})
    assert client.get("/changes").content == trig.content  # */*: the stream in TriG, as before
    assert client.get("/changes", headers={"Accept": "text/turtle"}).headers["content-type"].startswith("text/turtle")
    answer = client.get("/changes", headers=BROWSER)
    assert answer.status_code == 200 and answer.headers["content-type"] == "text/html; charset=utf-8"
    doc = lxml_html.fromstring(answer.text)
    told = doc.xpath("//ol[@class='events']/li")
    assert [li.xpath("p[@class='meta']")[0].text_content().split(" · ")[1] for li in told] == [
        f"change {n}" for n in sorted(events, reverse=True)]
    words = {"created": "Added", "updated": "Updated", "withdrawn": "Withdrawn"}
    assert [li.xpath("p/span[@class='what']")[0].text for li in told] == [
        words[events[n].kind] for n in sorted(events, reverse=True)]
    second = next(li for li in told if "/graph/stockport/issue-meetings/94630?" in lxml_html.tostring(li).decode())
    meeting = second.xpath(".//ul[@class='things']/li/a")[0]
    assert (meeting.text, meeting.get("href")) == ("Scrutiny Co-ordination Committee, 27 September 2021",
                                                  "/doc/stockport/meeting/2021-09-27-scrutiny-co-ordination-committee.html")
    assert second.xpath(".//a[text()='The council’s page']/@href") == [
        "https://democracy.stockport.gov.uk/ieIssueDetails.aspx?IId=94630&PlanId=0&Opt=3"]
    position = next(n for n, e in events.items() if e.record.endswith("/issue-meetings/94630"))
    assert second.xpath(".//a[starts-with(text(), 'this change')]/@href") == [f"/changes/{(position - 1) // 2 + 1}"]
    assert doc.xpath("//p[@class='formats']/a/@href")[:3] == [
        "/changes?format=trig", "/changes?format=ttl", "/changes?format=jsonld"]

    monkeypatch.setattr(changes, "HISTORY_PAGE", 2)  # paging, two a page
    first = lxml_html.fromstring(client.get("/changes", headers=BROWSER).text)
    newest = max(events)
    assert " ".join(first.xpath("//p[@class='count']")[0].text_content().split()) == (
        f"Showing 1–2 of {newest} changes.")
    assert first.xpath("//a[@rel='next']/@href") == ["/changes?page=2"]
    page2 = lxml_html.fromstring(client.get("/changes", params={"page": "2"}, headers=BROWSER).text)
    assert [li.xpath("p[@class='meta']")[0].text_content().split(" · ")[1]
            for li in page2.xpath("//ol[@class='events']/li")] == [f"change {newest - 2}", f"change {newest - 3}"]
    assert page2.xpath("//a[@rel='prev']/@href") == ["/changes?page=1"]
    since = events[newest].time  # a browser asking from a time reads the page, not a redirect
    recent = client.get("/changes", params={"since": since}, headers=BROWSER, follow_redirects=False)
    assert recent.status_code == 200
    shown = lxml_html.fromstring(recent.text).xpath("//ol[@class='events']/li")
    assert len(shown) == len([e for e in events.values() if e.time >= since][:2]) >= 1
