"""``publisher fetch`` against a fake ModernGov site on loopback, built from the Manchester samples.

The fake site counts every request (path, time, User-Agent), so the tests can tell what was fetched, how
often and how politely. No network beyond 127.0.0.1.
"""

from __future__ import annotations

import _thread
import signal
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qsl, urlencode, urlsplit

import pytest

from publisher.cli import main
from publisher.fetch import (
    USER_AGENT,
    Client,
    FetchError,
    Harvest,
    Politeness,
    cache_path,
    ingest_cache,
)
from publisher.ingest import Pipeline
from publisher.settings import Settings
from publisher.sources import read_record
from publisher.store import open_store
from tests.conftest import RECORDS

FIXTURES = Path(__file__).resolve().parent / "fixtures"
WS = "/mgWebService.asmx/"

# GetMeeting for the cancelled meeting 4966 and GetMeetings for committees with no meeting in the range are
# not among the samples: these are our own minimal responses of the same shape.
CANCELLED_4966 = """<?xml version="1.0" encoding="utf-8"?>
<meeting>
  <meetingid>4966</meetingid>
  <meetingdate>13/01/2026</meetingdate>
  <meetingstatus>Cancelled</meetingstatus>
  <meetingtime>10.00 am</meetingtime>
  <meetinglocation>Council Antechamber, Level 2, Town Hall Extension</meetinglocation>
  <agendaitems>
  </agendaitems>
  <attendees>
  </attendees>
</meeting>
"""
NO_MEETINGS = """<?xml version="1.0" encoding="utf-8"?>
<getmeetings>
  <meetingscount> 0</meetingscount>
  <committeescount> 0</committeescount>
</getmeetings>
"""
ITEM_PAGE = """<html><head><title>Agenda item</title></head><body><h1>Agenda item - Minutes</h1>
<p><a href="mgIssueHistoryHome.aspx?IId=77">Issue history</a>
<a href="/ieDecisionDetails.aspx?ID=501#top">Decision</a>
<a href="mgAi.aspx?ID=18833">Next item</a>
<a href="http://localhost:9/mgIssueHistoryHome.aspx?IId=78">Elsewhere</a>
<a href="mgIssueHistoryHome.aspx?IId=77">Issue history again</a></p></body></html>"""


@dataclass
class Hit:
    path: str  # path and query, as requested
    at: float
    user_agent: str


@dataclass
class FakeSite:
    """What the fake site answers: path → (status, headers, body). A list gives answers in turn."""

    answers: dict[str, list[tuple[int, dict[str, str], bytes]]] = field(default_factory=dict)
    hits: list[Hit] = field(default_factory=list)
    on_hit: Callable[[int], None] | None = None  # called with the hit's number (1 for the first)
    base: str = ""
    lock: threading.Lock = field(default_factory=threading.Lock)

    def answer(self, path: str, body: bytes | str, status: int = 200, **headers: str) -> None:
        self.answers.setdefault(path, []).append((status, headers, body.encode() if isinstance(body, str) else body))

    def requested(self, prefix: str) -> list[str]:
        return [hit.path for hit in self.hits if hit.path.startswith(prefix)]


def _key(raw_path: str) -> str:
    """Query parameters decoded, so an answer for "sFromDate=01/01/2026" matches "sFromDate=01%2F01%2F2026"."""
    parts = urlsplit(raw_path)
    query = "&".join(f"{k}={v}" for k, v in parse_qsl(parts.query))
    return parts.path + (f"?{query}" if query else "")


def _handler(site: FakeSite) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 - http.server's name
            key = _key(self.path)
            with site.lock:  # the number is this hit's own: the next request may arrive before on_hit runs
                site.hits.append(Hit(key, time.monotonic(), self.headers.get("User-Agent", "")))
                number = len(site.hits)
            queue = site.answers.get(key)
            status, headers, body = (queue.pop(0) if len(queue) > 1 else queue[0]) if queue else (404, {}, b"")
            self.send_response(status)
            for name, value in headers.items():
                self.send_header(name.replace("_", "-"), value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
            if site.on_hit:
                site.on_hit(number)

        def log_message(self, *args: object) -> None:
            pass

    return Handler


@pytest.fixture()
def site() -> Iterator[FakeSite]:
    fake = FakeSite()
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(fake))
    fake.base = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield fake
    server.shutdown()
    server.server_close()
    thread.join(5)


def manchester(site: FakeSite) -> FakeSite:
    """The Manchester samples where the real web service serves them."""
    site.answer(f"{WS}GetCouncillorsByWard", (FIXTURES / "getcouncillorsbyward_reconstructed.xml").read_bytes())
    site.answer(f"{WS}GetCommittees", (RECORDS / "manchester_getcommittees.xml").read_bytes())
    for committee in ("312", "163"):
        site.answer(f"{WS}GetMeetings?lCommitteeId={committee}&sFromDate=01/01/2026&sToDate=31/12/2026",
                    NO_MEETINGS)
    site.answer(f"{WS}GetMeetings?lCommitteeId=144&sFromDate=01/01/2026&sToDate=31/12/2026",
                (RECORDS / "manchester_getmeetings_audit_2026.xml").read_bytes())
    site.answer(f"{WS}GetMeeting?lMeetingId=4967", (RECORDS / "manchester_audit_getmeeting_4967.xml").read_bytes())
    site.answer(f"{WS}GetMeeting?lMeetingId=4966", CANCELLED_4966)
    return site


WEB_SERVICE_CALLS = [
    f"{WS}GetCouncillorsByWard",
    f"{WS}GetCommittees",
    f"{WS}GetMeetings?lCommitteeId=312&sFromDate=01/01/2026&sToDate=31/12/2026",
    f"{WS}GetMeetings?lCommitteeId=163&sFromDate=01/01/2026&sToDate=31/12/2026",
    f"{WS}GetMeetings?lCommitteeId=144&sFromDate=01/01/2026&sToDate=31/12/2026",
    f"{WS}GetMeeting?lMeetingId=4966",
    f"{WS}GetMeeting?lMeetingId=4967",
]
PAGES = [
    "/ieListDocuments.aspx?CId=144&MId=4966&Ver=4",
    "/ieListDocuments.aspx?CId=144&MId=4967&Ver=4",
    "/mgAi.aspx?ID=18831",
    "/mgAi.aspx?ID=18833",
]


def url_of(site: FakeSite, path: str) -> str:
    """The URL the harvest asks for a path of the fake site (its query encoded as urlencode does)."""
    parts = urlsplit(path)
    return site.base + parts.path + (f"?{urlencode(parse_qsl(parts.query))}" if parts.query else "")


def harvest(site: FakeSite, cache: Path, rate: float = 0.0, retries: int = 2) -> Harvest:
    client = Client("127.0.0.1", Politeness(rate=rate, timeout=5, retries=retries, backoff=0.01))
    return Harvest(site.base, cache, date(2026, 1, 1), date(2026, 12, 31), client)


# --- the walk ---------------------------------------------------------------------------------------------


def test_walks_the_web_service_then_the_pages_each_url_once(site: FakeSite, tmp_path: Path) -> None:
    manchester(site)
    report = harvest(site, tmp_path).run()
    assert sorted(hit.path for hit in site.hits) == sorted(WEB_SERVICE_CALLS + PAGES)
    assert report.fetched == 7 and report.cached == 0 and report.failed == []
    assert sorted(report.missing) == sorted(site.base + page for page in PAGES)  # the fake has no pages


def test_responses_are_saved_with_sidecars_that_ingest_reads(site: FakeSite, tmp_path: Path) -> None:
    manchester(site)
    harvest(site, tmp_path).run()
    url = f"{site.base}{WS}GetMeeting?lMeetingId=4967"
    saved = cache_path(tmp_path, url)
    assert saved == tmp_path / "mgWebService.asmx" / "GetMeeting@lMeetingId=4967.xml"
    assert saved.read_bytes() == (RECORDS / "manchester_audit_getmeeting_4967.xml").read_bytes()
    sidecar = saved.with_name("GetMeeting@lMeetingId=4967.source.txt").read_text(encoding="utf-8")
    assert f"Source URL: {url}\n" in sidecar
    assert "Committee: Audit Committee\nCommittee ID: 144\n" in sidecar
    record = read_record(saved)
    assert (record.source_url, record.meetings[0].committee.source_id) == (url, "144")
    cancelled = read_record(cache_path(tmp_path, f"{site.base}{WS}GetMeeting?lMeetingId=4966"))
    assert cancelled.meetings[0].committee.name == "Audit Committee"  # from the listing: the XML names none
    listing = cache_path(tmp_path, url_of(site, WEB_SERVICE_CALLS[4]))
    assert read_record(listing).source_id == "144-2026-01-01-2026-12-31"
    assert not list(tmp_path.rglob(".*.part"))


def test_sends_a_browser_like_user_agent_naming_the_project(site: FakeSite, tmp_path: Path) -> None:
    manchester(site)
    harvest(site, tmp_path).run()
    assert {hit.user_agent for hit in site.hits} == {USER_AGENT}
    assert USER_AGENT.startswith("Mozilla/5.0 (")
    assert "council-lod-publisher/" in USER_AGENT


def test_respects_the_rate_limit(site: FakeSite, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Timed where the requests start, in the client: the fake site's own clock sees each one after a delay
    that a loaded machine stretches (one arrived 0.17 s late, so the next looked 0.07 s after it)."""
    manchester(site)
    started: list[float] = []
    once = Client._once

    def timed(client: Client, url: str) -> object:
        started.append(time.monotonic())
        return once(client, url)

    monkeypatch.setattr(Client, "_once", timed)
    harvest(site, tmp_path, rate=0.15).run()
    gaps = [later - earlier for earlier, later in zip(started, started[1:], strict=False)]
    assert len(site.hits) == len(started) == 11
    assert min(gaps) >= 0.149  # from its turn to the call: microseconds


def test_retries_a_503_honouring_retry_after(site: FakeSite, tmp_path: Path) -> None:
    manchester(site)
    committees = site.answers.pop(f"{WS}GetCommittees")
    site.answer(f"{WS}GetCommittees", "busy", status=503, Retry_After="1")
    site.answers[f"{WS}GetCommittees"] += committees
    report = harvest(site, tmp_path).run()
    asked = [hit for hit in site.hits if hit.path == f"{WS}GetCommittees"]
    assert len(asked) == 2
    assert asked[1].at - asked[0].at >= 0.95
    assert report.failed == [] and report.fetched == 7


def test_gives_up_after_the_retries_and_says_so(site: FakeSite, tmp_path: Path) -> None:
    manchester(site)
    site.answers[f"{WS}GetMeeting?lMeetingId=4967"] = [(500, {}, b"oops")]
    report = harvest(site, tmp_path, retries=2).run()
    assert len(site.requested(f"{WS}GetMeeting?lMeetingId=4967")) == 3
    assert report.failed == [f"{site.base}{WS}GetMeeting?lMeetingId=4967: HTTP 500 Internal Server Error"]
    assert not cache_path(tmp_path, f"{site.base}{WS}GetMeeting?lMeetingId=4967").exists()


def test_resumes_after_an_interruption_without_refetching(site: FakeSite, tmp_path: Path) -> None:
    manchester(site)
    site.on_hit = lambda count: _thread.interrupt_main() if count == 4 else None
    # Ctrl-C as a user gives it, whatever this process inherited: a process started in the background by a
    # non-interactive shell has SIGINT ignored, and then interrupt_main() does nothing.
    inherited = signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        with pytest.raises(KeyboardInterrupt):
            harvest(site, tmp_path).run()
            time.sleep(5)  # the interrupt arrives as soon as the main thread runs Python again
    finally:
        signal.signal(signal.SIGINT, inherited)
    site.on_hit = None
    first = [hit.path for hit in site.hits]
    saved = [path for path in first if cache_path(tmp_path, url_of(site, path)).exists()]
    site.hits.clear()
    report = harvest(site, tmp_path).run()
    again = [hit.path for hit in site.hits]
    assert len(saved) >= 3
    assert not set(saved) & set(again)  # nothing saved before the interruption is asked for again
    assert sorted(set(first) | set(again)) == sorted(WEB_SERVICE_CALLS + PAGES)
    assert report.cached == len(saved)
    site.hits.clear()
    harvest(site, tmp_path).run()  # a third run: everything cached or known missing, nothing asked
    assert site.hits == []


def test_follows_issue_and_decision_links_one_level_on_the_same_host(site: FakeSite, tmp_path: Path) -> None:
    manchester(site)
    site.answer("/mgAi.aspx?ID=18831", ITEM_PAGE, Content_Type="text/html")
    site.answer("/mgIssueHistoryHome.aspx?IId=77", ITEM_PAGE.replace("IId=77", "IId=79"))
    site.answer("/ieDecisionDetails.aspx?ID=501", "<html><body><p>Decision</p></body></html>")
    harvest(site, tmp_path).run()
    assert site.requested("/mgIssueHistoryHome.aspx") == ["/mgIssueHistoryHome.aspx?IId=77"]  # not 78, 79
    assert site.requested("/ieDecisionDetails.aspx") == ["/ieDecisionDetails.aspx?ID=501"]
    assert site.requested("/mgAi.aspx?ID=18833") == ["/mgAi.aspx?ID=18833"]  # once, as an item of the meeting
    assert cache_path(tmp_path, f"{site.base}/mgIssueHistoryHome.aspx?IId=77") == \
        tmp_path / "mgIssueHistoryHome.aspx@IId=77.html"
    assert (tmp_path / "mgIssueHistoryHome.aspx@IId=77.html").is_file()


def test_a_redirect_to_another_host_is_not_followed(site: FakeSite, tmp_path: Path) -> None:
    manchester(site)
    site.answers[f"{WS}GetCommittees"] = [(302, {"Location": "http://localhost:9/elsewhere"}, b"")]
    with pytest.raises(FetchError, match="redirects to http://localhost:9/elsewhere: another host"):
        harvest(site, tmp_path).run()


def test_only_http_and_https() -> None:
    with pytest.raises(FetchError, match="only http and https"):
        Harvest("file:///etc", Path("unused"), date(2026, 1, 1), date(2026, 1, 2))
    with pytest.raises(FetchError, match="not on 127.0.0.1"):
        Client("127.0.0.1").get("http://localhost:9/x")


# --- harvest, then ingest ---------------------------------------------------------------------------------

PREFIXES = """
PREFIX cl: <https://w3id.org/council-lod/def#>
PREFIX besluit: <http://data.vlaanderen.be/ns/besluit#>
PREFIX schema: <http://schema.org/>
PREFIX dct: <http://purl.org/dc/terms/>
PREFIX foaf: <http://xmlns.com/foaf/0.1/>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
"""


def test_fetch_command_harvests_and_ingests_the_facts(site: FakeSite, tmp_path: Path,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    manchester(site)
    cache, store_dir = tmp_path / "cache", tmp_path / "store"
    code = main(["fetch", site.base, "--from", "2026-01-01", "--to", "2026-12-31", "--cache", str(cache),
                 "--store", str(store_dir), "--council", "manchester", "--rate", "0.01"])
    out = capsys.readouterr()
    assert code == 0, out.err
    assert "7 responses fetched, 0 already cached, 4 not found, 0 failed" in out.out
    assert "7 records landed" in out.out and "0 refused" in out.out
    store = open_store(store_dir)
    try:
        meeting = "http://127.0.0.1:8000/id/manchester/meeting/2026-02-10-audit-committee"
        solutions = store.query(PREFIXES + f"""
            SELECT ?committee ?start ?status ?id WHERE {{
              <{meeting}> besluit:isGehoudenDoor/rdfs:label ?committee ; schema:startDate ?start ;
                          cl:statusAsPrinted ?status ; dct:identifier ?id }}""")
        assert [(s["committee"].value, s["start"].value, s["status"].value, s["id"].value) for s in solutions] == [
            ("Audit Committee", "2026-02-10T10:00:00Z", "Confirmed", "4967")]
        items = store.query(PREFIXES + f"""
            SELECT ?number ?title WHERE {{ <{meeting}> besluit:behandelt ?item .
              ?item cl:displayNumber ?number ; dct:title ?title }} ORDER BY ?number""")
        assert [(s["number"].value, s["title"].value) for s in items] == [("1", "Minutes"), ("9", "Work Programme")]
        attendance = store.query(PREFIXES + f"""
            SELECT ?name ?role ?uid WHERE {{ ?a cl:atMeeting <{meeting}> ; cl:attendanceOf ?p ; cl:roleAsPrinted ?role .
              ?p foaf:name ?name ; dct:identifier ?uid }}""")
        assert [(s["name"].value, s["role"].value, s["uid"].value) for s in attendance] == [
            ("Basil Curley", "Committee Member", "192")]
        cancelled = "http://127.0.0.1:8000/id/manchester/meeting/2026-01-13-audit-committee"
        assert [s["status"].value for s in store.query(
            PREFIXES + f"SELECT ?status WHERE {{ <{cancelled}> cl:statusAsPrinted ?status }}")] == ["Cancelled"]
        home = store.query(PREFIXES + 'ASK { ?s ?p ?o FILTER(CONTAINS(STR(?o), "Quietwater")) }')
        assert not bool(home)
    finally:
        store.close()
    site.hits.clear()
    assert main(["fetch", site.base, "--from", "2026-01-01", "--to", "2026-12-31", "--cache", str(cache),
                 "--store", str(tmp_path / "second"), "--council", "manchester", "--rate", "0.01"]) == 0
    assert site.hits == []  # all cached: a second run asks nothing, and ingests the same records
    assert "7 records landed" in capsys.readouterr().out


def test_an_unreadable_web_service_answer_is_not_kept(site: FakeSite, tmp_path: Path) -> None:
    manchester(site)
    site.answers[f"{WS}GetCommittees"] = [(200, {}, b"<html><body>Server Error in '/' Application.</body></html>")]
    with pytest.raises(FetchError, match="GetCommittees: not a web-service response"):
        harvest(site, tmp_path).run()
    assert not cache_path(tmp_path, f"{site.base}{WS}GetCommittees").exists()  # asked again next run


def test_a_refused_record_makes_the_command_fail(site: FakeSite, tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    manchester(site)
    site.answers[f"{WS}GetMeeting?lMeetingId=4966"] = [(200, {}, b"<meeting><meetingid>4966</meetingid></meeting>")]
    code = main(["fetch", site.base, "--from", "2026-01-01", "--to", "2026-12-31", "--cache",
                 str(tmp_path / "cache"), "--store", str(tmp_path / "store"), "--council", "manchester",
                 "--rate", "0"])
    err = capsys.readouterr().err
    assert code == 1
    assert "refused:" in err and "GetMeeting@lMeetingId=4966.xml" in err and "a meeting without a date" in err


def test_ingest_cache_reads_the_roster_first(site: FakeSite, tmp_path: Path) -> None:
    """"Councillor Curley" in a cached page resolves to Basil Curley because the roster landed first."""
    manchester(site)
    report = harvest(site, tmp_path / "cache").run()
    store = open_store(tmp_path / "store")
    try:
        ingested = ingest_cache(Pipeline(store, Settings(base_uri="http://127.0.0.1:8000"), council="manchester"),
                                tmp_path / "cache", report)
        assert ingested.outcomes[0].path == report.councillors
        assert [o.status for o in ingested.outcomes].count("landed") == 7
        assert len(ingested.outcomes) == 7
    finally:
        store.close()
