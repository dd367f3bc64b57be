"""``publisher fetch``: harvest a live ModernGov site, politely, into a cache folder that ingests as records.

The walk follows the web service, which lists everything in a fixed shape:

    GetCouncillorsByWard                       (the roster the person resolver uses: ingested first)
    GetCommittees → GetMeetings per committee for the date range (day-first dd/mm/yyyy, as ModernGov expects)
                  → GetMeeting per meeting
                  → the meeting's page and its agenda items' pages (other readers read those)
                  → the issue, decision and recorded-vote pages those pages link to (one level, no further)

Politeness: one request at a time, at most one per ``rate`` seconds; 429, 5xx, timeouts and dropped
connections are retried with exponential back-off, honouring Retry-After; a browser-like User-Agent that
also names this project; a timeout per request; only http(s) and never a redirect to another host.

Resumable: each response is saved as soon as it arrives, under a name that mirrors its URL, with a
``NAME.source.txt`` sidecar ("Source URL: …") so that ``publisher ingest`` reads the folder as it is. A URL
whose response is already in the cache is not fetched again; URLs that answered 404/410 are listed in the
hidden ``.missing`` file and not asked again either. The body is written under a hidden name and renamed
into place after its sidecar, so an interrupted run never leaves a record without its source.
"""

from __future__ import annotations

import email.utils
import hashlib
import os
import re
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from http.client import HTTPException
from pathlib import Path
from urllib.parse import quote, urlencode, urljoin, urlsplit, urlunsplit

import lxml.html
from lxml import etree

from publisher import __version__
from publisher.errors import PublisherError, RecordError
from publisher.ingest import IngestReport, Pipeline
from publisher.messages import plural
from publisher.model import Committee, Meeting, Record
from publisher.sources.page_text import decode
from publisher.sources.webservice import READERS as WEB_SERVICE_ROOTS
from publisher.sources.webservice import read_webservice, root_name

USER_AGENT = (f"Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36 "
              f"council-lod-publisher/{__version__} (Linked Open Data from council meeting records)")

# Every page type the harvest fetches, in one place. Built from ids the web service gives:
MEETING_PAGE = "ieListDocuments.aspx?CId={committee}&MId={meeting}&Ver=4"  # agenda + minutes
ITEM_PAGE = "mgAi.aspx?ID={item}"  # an agenda item, with its minutes and votes
# Linked from those pages, and fetched when they are (no further): the page name and its id parameter.
FOLLOWED_PAGES = (
    re.compile(r"/mgIssueHistoryHome\.aspx\?(?:.*&)?IId=\d+", re.IGNORECASE),  # issue history / forward plan
    re.compile(r"/ieIssueDetails\.aspx\?(?:.*&)?IId=\d+", re.IGNORECASE),  # issue: meetings that considered it
    re.compile(r"/ieDecisionDetails\.aspx\?(?:.*&)?(?:ID|AIId)=\d+", re.IGNORECASE),  # decision details
    re.compile(r"/mgDecisionDetails\.aspx\?(?:.*&)?IId=\d+", re.IGNORECASE),  # an issue's decisions
    re.compile(r"/mgListRecordedVotes\w*\.aspx\?", re.IGNORECASE),  # recorded-vote tables
)
WEB_SERVICE = "mgWebService.asmx"
MISSING = ".missing"  # URLs that answered 404/410
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})


class FetchError(PublisherError):
    """A URL that could not be fetched, after the retries it deserved."""


@dataclass(frozen=True)
class Politeness:
    rate: float = 1.0  # seconds between the starts of two requests
    timeout: float = 30.0  # seconds for one request
    retries: int = 5  # further attempts after a 429, 5xx, timeout or dropped connection
    backoff: float = 2.0  # first wait; doubled at each retry
    max_wait: float = 300.0  # no single wait longer than this, whatever Retry-After says


@dataclass
class Response:
    url: str
    status: int
    body: bytes = b""


class _SameHostRedirects(urllib.request.HTTPRedirectHandler):
    """Follow a redirect only within the site's own host (http → https on it is fine)."""

    def __init__(self, host: str) -> None:
        self.host = host

    def redirect_request(self, req, fp, code, msg, headers, newurl):  # type: ignore[no-untyped-def]
        target = urlsplit(newurl)
        if target.scheme not in ("http", "https") or (target.hostname or "").lower() != self.host:
            raise FetchError(f"{req.full_url} redirects to {newurl}: another host, not followed")
        return super().redirect_request(req, fp, code, msg, headers, newurl)


class Client:
    """HTTP GET for one site: rate-limited, retried with back-off, same-host only."""

    def __init__(self, host: str, politeness: Politeness | None = None, user_agent: str = USER_AGENT,
                 sleep: Callable[[float], None] = time.sleep, clock: Callable[[], float] = time.monotonic) -> None:
        self.host = host.lower()
        self.politeness = politeness or Politeness()
        self.user_agent = user_agent
        self.sleep = sleep
        self.clock = clock
        self.requests = 0
        self._last: float | None = None
        self._opener = urllib.request.build_opener(_SameHostRedirects(self.host))

    def get(self, url: str) -> Response:
        """The response to ``url``: 200 with its body, or 404/410 (a page that does not exist)."""
        check_url(url, self.host)
        for attempt in range(self.politeness.retries + 1):
            last = attempt == self.politeness.retries
            self._wait_turn()
            try:
                return self._once(url)
            except urllib.error.HTTPError as error:
                if error.code in (404, 410):
                    return Response(url, error.code)
                if error.code not in RETRY_STATUSES or last:
                    raise FetchError(f"{url}: HTTP {error.code} {error.reason}") from None
                self.sleep(self._backoff(attempt, error.headers.get("Retry-After")))
            except (urllib.error.URLError, TimeoutError, ConnectionError, HTTPException) as error:
                if last:
                    reason = getattr(error, "reason", None) or error
                    raise FetchError(f"{url}: {reason} (after {attempt + 1} attempts)") from None
                self.sleep(self._backoff(attempt, None))
        raise AssertionError("unreachable")

    def _once(self, url: str) -> Response:
        request = urllib.request.Request(url, headers={
            "User-Agent": self.user_agent, "Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
            "Accept-Language": "en-GB,en;q=0.8"})
        self.requests += 1
        with self._opener.open(request, timeout=self.politeness.timeout) as answer:
            return Response(answer.geturl(), answer.status, answer.read())

    def _wait_turn(self) -> None:
        now = self.clock()
        if self._last is not None and now - self._last < self.politeness.rate:
            self.sleep(self.politeness.rate - (now - self._last))
        self._last = self.clock()

    def _backoff(self, attempt: int, retry_after: str | None) -> float:
        stated = _retry_after_seconds(retry_after)
        wait = stated if stated is not None else self.politeness.backoff * 2 ** attempt
        return min(max(wait, 0.0), self.politeness.max_wait)


def _retry_after_seconds(value: str | None) -> float | None:
    """Retry-After as seconds ("120") or as an HTTP date."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return (when - datetime.now(UTC)).total_seconds() if when.tzinfo else None


def check_url(url: str, host: str | None = None) -> None:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise FetchError(f"{url}: only http and https URLs are fetched")
    if host is not None and parts.hostname.lower() != host:
        raise FetchError(f"{url}: not on {host}, not fetched")


# --- the cache folder ------------------------------------------------------------------------------------


def cache_path(cache: Path, url: str) -> Path:
    """Where a URL's response lives: the URL path as folders, the query in the file name.

    ``…/mgWebService.asmx/GetMeeting?lMeetingId=4967`` → ``mgWebService.asmx/GetMeeting@lMeetingId=4967.xml``.
    Web-service answers end in ``.xml``, pages in ``.html``; over-long names are cut and keep a hash.
    """
    parts = urlsplit(url)
    segments = [quote(s, safe=" ,;=+-_.()") for s in parts.path.split("/") if s] or ["index"]
    name = segments[-1] + (f"@{quote(parts.query, safe='=&,;+-_.()')}" if parts.query else "")
    if len(name) > 150:
        name = f"{name[:100]}-{hashlib.sha256(url.encode()).hexdigest()[:16]}"
    suffix = ".xml" if WEB_SERVICE.lower() in parts.path.lower() else ".html"
    return cache.joinpath(*segments[:-1], name + suffix)


def sidecar(path: Path) -> Path:
    return path.with_name(f"{path.stem}.source.txt")


def is_cached(cache: Path, url: str) -> bool:
    path = cache_path(cache, url)
    return path.is_file() and sidecar(path).is_file()


def save(cache: Path, url: str, body: bytes, notes: dict[str, str] | None = None) -> Path:
    """Save a response and its sidecar; the body is renamed into place last, so it never lacks a source."""
    path = cache_path(cache, url)
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f".{path.name}.part")
    partial.write_bytes(body)
    lines = [f"Source URL: {url}", f"Fetched: {datetime.now(UTC).replace(microsecond=0).isoformat()}"]
    lines += [f"{label}: {value}" for label, value in (notes or {}).items() if value]
    sidecar(path).write_text("\n".join(lines) + "\n", encoding="utf-8")
    os.replace(partial, path)
    return path


# --- the harvest -----------------------------------------------------------------------------------------


@dataclass
class HarvestReport:
    fetched: int = 0  # responses saved by this run
    cached: int = 0  # already in the cache: not fetched again
    missing: list[str] = field(default_factory=list)  # 404/410
    failed: list[str] = field(default_factory=list)  # messages
    councillors: Path | None = None  # the roster response, ingested first

    def summary(self) -> str:
        return (f"{plural(self.fetched, 'response')} fetched, {self.cached} already cached, "
                f"{len(self.missing)} not found, {len(self.failed)} failed")


class Harvest:
    """One harvest of one ModernGov site over a date range into a cache folder."""

    def __init__(self, site: str, cache: Path, start: date, end: date, client: Client | None = None,
                 log: Callable[[str], None] = lambda _: None) -> None:
        check_url(site)
        if end < start:
            raise PublisherError(f"--to {end.isoformat()} is before --from {start.isoformat()}")
        self.site = site.rstrip("/") + "/"
        self.cache = cache
        self.start, self.end = start, end
        self.client = client or Client(urlsplit(site).hostname or "")
        self.log = log
        self.report = HarvestReport()
        self._seen: set[str] = set()
        self._missing = self._read_missing()

    def run(self) -> HarvestReport:
        self.report.councillors = self._fetch(self._service("GetCouncillorsByWard"))
        committees = self._record(self._service("GetCommittees"))
        if committees is None:
            raise FetchError(f"{self.site}: the committee list (GetCommittees) could not be had: "
                             + "; ".join(self.report.failed))
        for committee in committees.committees:
            if committee.deleted:
                continue
            listing = self._record(self._meetings_url(committee))
            for meeting in listing.meetings if listing else []:
                self._harvest_meeting(meeting)
        return self.report

    def _harvest_meeting(self, meeting: Meeting) -> None:
        notes = {"Committee": meeting.committee.name, "Committee ID": meeting.committee.source_id or ""}
        detail = self._record(self._service("GetMeeting", lMeetingId=meeting.source_id), notes)
        pages = [self._page(MEETING_PAGE, committee=meeting.committee.source_id, meeting=meeting.source_id)]
        for found in detail.meetings if detail else []:
            pages += [self._page(ITEM_PAGE, item=item.source_id) for item in found.items if item.source_id]
        for page in pages:
            path = self._fetch(page)
            for linked in self._followed_links(page, path):
                self._fetch(linked)

    # -- URLs --

    def _service(self, operation: str, **params: object) -> str:
        query = f"?{urlencode(params)}" if params else ""
        return urljoin(self.site, f"{WEB_SERVICE}/{operation}{query}")

    def _meetings_url(self, committee: Committee) -> str:
        return self._service("GetMeetings", lCommitteeId=committee.source_id,
                             sFromDate=f"{self.start:%d/%m/%Y}", sToDate=f"{self.end:%d/%m/%Y}")

    def _page(self, template: str, **ids: object) -> str:
        return urljoin(self.site, template.format(**{k: quote(str(v or ""), safe="") for k, v in ids.items()}))

    def _followed_links(self, page: str, path: Path | None) -> Iterator[str]:
        """The issue / decision / recorded-vote pages a fetched page links to, on the same host."""
        if path is None:
            return
        try:
            document = lxml.html.document_fromstring(path.read_bytes(),
                                                     parser=lxml.html.HTMLParser(no_network=True))
        except (etree.ParserError, ValueError):
            return
        host = urlsplit(self.site).hostname
        for href in document.xpath("//a/@href"):
            target = urlsplit(urljoin(page, str(href).strip()))
            if target.scheme not in ("http", "https") or target.hostname != host:
                continue
            url = urlunsplit((target.scheme, target.netloc, target.path, target.query, ""))
            if any(pattern.search(f"{target.path}?{target.query}") for pattern in FOLLOWED_PAGES):
                yield url

    # -- fetching --

    def _record(self, url: str, notes: dict[str, str] | None = None) -> Record | None:
        """Fetch (or take from the cache) a web-service response and read it; None if it could not be had."""
        path = self._fetch(url, notes)
        if path is None:
            return None
        try:
            text = decode(path.read_bytes(), path)
            if root_name(text) not in WEB_SERVICE_ROOTS:
                raise RecordError(f"not a web-service response (starts {text.strip()[:60]!r})", path)
        except RecordError as error:  # an error page served as 200, say: out of the cache, asked again next run
            self.report.failed.append(f"{url}: {error.reason}")
            sidecar(path).unlink(missing_ok=True)
            path.unlink(missing_ok=True)
            return None
        try:
            return read_webservice(text, url, path)
        except RecordError:
            return None  # a response with a fault of its own: kept, and the ingest refuses it saying why

    def _fetch(self, url: str, notes: dict[str, str] | None = None) -> Path | None:
        if url in self._seen:
            return cache_path(self.cache, url) if is_cached(self.cache, url) else None
        self._seen.add(url)
        if is_cached(self.cache, url):
            self.report.cached += 1
            return cache_path(self.cache, url)
        if url in self._missing:
            self.report.missing.append(url)
            return None
        try:
            response = self.client.get(url)
        except FetchError as error:
            self.report.failed.append(str(error))
            self.log(f"failed: {error}")
            return None
        if response.status in (404, 410):
            self._note_missing(url)
            return None
        self.report.fetched += 1
        self.log(f"fetched {url}")
        return save(self.cache, url, response.body, notes)

    def _read_missing(self) -> set[str]:
        listing = self.cache / MISSING
        return set(listing.read_text(encoding="utf-8").split()) if listing.is_file() else set()

    def _note_missing(self, url: str) -> None:
        self.report.missing.append(url)
        self._missing.add(url)
        self.cache.mkdir(parents=True, exist_ok=True)
        with (self.cache / MISSING).open("a", encoding="utf-8") as listing:
            listing.write(url + "\n")


def default_cache(site: str) -> Path:
    return Path("var/cache") / (urlsplit(site).hostname or "site")


def ingest_cache(pipeline: Pipeline, cache: Path, report: HarvestReport) -> IngestReport:
    """Ingest the cache folder through the normal pipeline, the roster (GetCouncillorsByWard) first so that
    the person resolver knows the councillors when it reads the meetings."""
    first = pipeline.run([report.councillors]) if report.councillors else IngestReport()
    rest = pipeline.run([cache])
    done = {outcome.path for outcome in first.outcomes}
    return IngestReport(first.outcomes + [o for o in rest.outcomes if o.path not in done])
