"""One look, in a real browser (headless Chromium, as tests/web/test_browser.py): every kind of HTML page the site
serves — the landing page, search, the query editor, /api, VoID, the vocabulary, the dumps, a release, the error
pages and each kind of resource — wears the same frame (header, navigation, footer, our stylesheet), loads
nothing from outside the server, and does not scroll sideways on a phone."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from publisher.cli import main
from publisher.settings import load_settings
from tests.conftest import ROOT, LiveServer, start_server
from tests.web.test_browser import CHROMIUM, browser  # noqa: F401 - the module's browser fixture

pytestmark = [pytest.mark.slow,  # ~45 s: every page in Chromium, at desktop and phone widths
              pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium is not installed at "
                                                               "/usr/bin/chromium (apt-get install chromium)")]
RELEASE = "2026-01-15"
WITHDRAWN = "woking/decision/26804"  # its record graph; Woking's executive is described by no other record
PHONE = {"width": 390, "height": 844}
NAV = ["Search", "Query editor", "SPARQL endpoint", "Downloads", "Vocabulary"]  # at least these, on every page
# (path, status, the page's heading): one of each kind of HTML page
PAGES = (
    ("/", 200, "Council meeting records as open data"),
    ("/search?q=police", 200, "Search the meeting records"),
    ("/query", 200, "Query the data with SPARQL"),
    ("/api", 200, "The API"),
    ("/void", 200, "About this dataset (VoID)"),
    ("/def", 200, "Council LOD vocabulary"),
    ("/def/attendance-kind", 200, "Attendance kinds"),
    ("/def/attendance-kind/present", 200, "Present"),
    ("/dumps/", 200, "Dumps"),
    (f"/dumps/{RELEASE}/", 200, f"Release {RELEASE}"),
    ("/no/such/page", 404, "Not found"),
    ("/id/woking/committee/executive", 410, "Withdrawn"),
    ("/doc/stockport.html", 200, "Stockport Metropolitan Borough Council"),
    ("/doc/manchester/committee/audit-committee.html", 200, "Audit Committee"),
    ("/doc/stockport/meeting/2017-12-04-communities-transport-scrutiny-committee.html", 200,
     "Communities & Transport Scrutiny Committee, 4 December 2017"),
    ("/doc/stockport/agenda-item/2021-10-07-council-meeting-item-5.html", 200,
     "5 Scrutiny Review Topic Selection - 2021/22"),
    ("/doc/stockport/issue/94630.html", 200, "Scrutiny Review Topic Selection - 2021/22"),
    ("/doc/lewes/decision/5323-2018-07-13-1.html", 200, "Corporate plan refresh (13 July 2018)"),
    ("/doc/stockport/person/sheila-bailey.html", 200, "Councillor Sheila Bailey"),
    ("/doc/stockport/post/cabinet-member-for-communities-and-housing.html", 200,
     "Cabinet Member for Communities and Housing"),
    ("/doc/org/greater-manchester-police.html", 200, "Greater Manchester Police"),
    ("/doc/slough/vote/18978-1.html", 200, "Vote (carried)"),
    ("/meetings", 200, "Meetings"),
    ("/decisions", 200, "Decisions"),
    ("/people", 200, "People"),
    ("/committees", 200, "Committees"),
    ("/councils", 200, "Councils"),
    ("/changes", 200, "Changes to the records"),
)


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    """The bundled data with one dated release and one withdrawn record, served."""
    store = tmp_path_factory.mktemp("frame") / "store"
    assert main(["ingest", str(ROOT / "data"), "--store", str(store)]) == 0
    assert main(["release", "--store", str(store), "--date", RELEASE]) == 0
    graph = f"{load_settings().base_uri}/graph/{WITHDRAWN}"
    assert main(["withdraw", graph, "--store", str(store), "--reason", "Published in error"]) == 0
    server = start_server(store)
    yield server
    server.stop()


def opened(browser, site: LiveServer, viewport: dict[str, int]):  # noqa: F811 - the imported fixture's name
    """A page whose requests outside the server are refused and listed (a page must work offline)."""
    context = browser.new_context(viewport=viewport)
    context.outside = []

    def only_the_server(route) -> None:
        if route.request.url.startswith((site.base, "data:")):
            route.continue_()
        else:
            context.outside.append(route.request.url)
            route.abort()

    context.route("**/*", only_the_server)
    return context, context.new_page()


def test_every_page_wears_the_sites_frame(browser, site: LiveServer) -> None:  # noqa: F811
    context, page = opened(browser, site, {"width": 1200, "height": 900})
    try:
        page.goto(site.url("/"))
        nav, footer = page.locator("header.site nav a").all_inner_texts(), page.locator("footer.site").inner_text()
        assert set(NAV) <= set(nav) and "Open Government Licence v3.0" in footer
        for path, status, heading in PAGES:
            answer = page.goto(site.url(path))
            assert answer.status == status, path
            assert page.locator("main h1").first.inner_text() == heading, path
            assert page.locator("header.site a.brand").inner_text() == "Council Linked Data", path
            assert page.locator("header.site nav a").all_inner_texts() == nav, path
            assert page.locator("footer.site").inner_text() == footer, path
            sheets = page.evaluate("[...document.styleSheets].map(s => s.href && new URL(s.href).pathname)")
            assert "/static/style.css" in sheets, path
            # our stylesheet applied: the header's colour and the body's system font
            assert page.locator("header.site").evaluate("e => getComputedStyle(e).backgroundColor") == \
                "rgb(11, 61, 99)", path
        assert context.outside == []
    finally:
        context.close()


def test_no_page_scrolls_sideways_on_a_phone(browser, site: LiveServer) -> None:  # noqa: F811
    context, page = opened(browser, site, PHONE)
    try:
        for path, _, _ in PAGES:
            page.goto(site.url(path))
            width = page.evaluate("document.documentElement.scrollWidth")
            assert width <= PHONE["width"], f"{path} is {width} px wide"
            links = page.locator("header.site nav a")
            assert all(links.nth(n).bounding_box()["x"] + links.nth(n).bounding_box()["width"] <= PHONE["width"]
                       for n in range(links.count())), f"{path}: the navigation does not wrap"
        assert context.outside == []
    finally:
        context.close()


def test_on_a_phone_wide_tables_scroll_in_their_box_and_identifiers_wrap(browser, site: LiveServer) -> None:  # noqa: F811
    context, page = opened(browser, site, PHONE)
    try:
        page.goto(site.url("/dumps/"))
        table = page.locator("main table").first
        assert table.evaluate("t => getComputedStyle(t).overflowX") == "auto"
        assert table.evaluate("t => t.scrollWidth > t.clientWidth")  # eight columns: scrolled inside, not the page
        assert table.bounding_box()["width"] <= PHONE["width"]
        page.goto(site.url(PAGES[14][0]))  # a meeting: its identifier, an IRI of 83 characters
        identifier = page.locator("main code", has_text="/id/stockport/meeting/").first
        box = identifier.bounding_box()
        assert box["x"] + box["width"] <= PHONE["width"] and box["height"] > 30  # wrapped onto lines
        page.goto(site.url("/"))
        chart = page.locator("figure.chart svg").bounding_box()
        assert chart["x"] + chart["width"] <= PHONE["width"]  # the chart scales down
    finally:
        context.close()


def test_api_lists_the_operations_offline(browser, site: LiveServer) -> None:  # noqa: F811
    """Swagger UI from our own copy (static/swagger-ui/) draws /openapi.json; FastAPI's page loaded it from a
    CDN and stayed blank offline."""
    context, page = opened(browser, site, {"width": 1200, "height": 900})
    try:
        page.goto(site.url("/api"))
        paths = page.locator("#swagger-ui .opblock-summary-path")
        paths.first.wait_for()
        shown = set(paths.all_inner_texts())
        assert {"/sparql", "/void", "/dumps/", "/changes", "/meetings"} <= {p.replace("\u200b", "") for p in shown}
        sections = page.locator("#swagger-ui .opblock-tag-section h3 .nostyle span").all_inner_texts()
        assert sections == ["sparql", "description", "dumps", "releases", "changes"]
        assert page.locator("#swagger-ui .opblock-head").count() > 0  # in the document, not on the page
        assert page.locator("#swagger-ui .opblock-head:visible").count() == 0
        page.locator("#swagger-ui .opblock-summary").first.click()
        page.locator("#swagger-ui .parameters").first.wait_for()
        assert page.locator("#swagger-ui .opblock.is-open").count() == 1  # GET /sparql, not its HEAD too
        assert "A SPARQL query" in page.locator("#swagger-ui .parameters").first.inner_text()
        assert page.locator("header.site a.brand").is_visible() and page.locator("footer.site").is_visible()
        assert context.outside == []
    finally:
        context.close()
