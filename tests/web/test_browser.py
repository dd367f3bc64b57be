"""The pages in a real browser (headless Chromium through Playwright) against a live server: following links
from a meeting to a person, running a query in the editor, and nothing fetched from outside the server."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote, urlencode

import pytest

CHROMIUM = Path("/usr/bin/chromium")
pytestmark = [pytest.mark.slow,  # ~35 s: Chromium drives every page
              pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium is not installed at "
                                                               "/usr/bin/chromium (apt-get install chromium)")]
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]
MEETING = "stockport/meeting/2017-12-04-communities-transport-scrutiny-committee"
SCREENSHOTS = Path("/tmp")


@pytest.fixture(scope="module")
def browser() -> Iterator:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield launched
        launched.close()


@pytest.fixture
def page(browser, live_server) -> Iterator:
    """A fresh page that records every URL it requests (all must stay on the server: pages work offline)."""
    context = browser.new_context(viewport={"width": 1200, "height": 900})
    opened = context.new_page()
    opened.requested = []
    opened.on("request", lambda request: opened.requested.append(request.url))
    yield opened
    context.close()
    outside = [u for u in opened.requested if not u.startswith((live_server.base, "data:"))]
    assert outside == [], "the page fetched from outside the server"


def test_meeting_page_leads_to_the_people_who_attended(page, live_server) -> None:
    page.goto(live_server.url(f"/id/{MEETING}"))  # the browser asks for HTML and follows the 303
    assert page.url == live_server.url(f"/doc/{MEETING}.html")
    assert page.locator("h1").inner_text() == "Communities & Transport Scrutiny Committee, 4 December 2017"
    row = page.locator("table.agenda tbody tr")
    assert row.locator("td").all_inner_texts() == ["4", "Safer Stockport Partnership Priorities",
                                                   "That the report be noted."]
    attendees = page.locator("section[aria-labelledby=attendance] li > a:first-child")
    assert attendees.all_inner_texts() == ["Emma Taylor", "Sheila Bailey"]
    page.screenshot(path=str(SCREENSHOTS / "council-lod-meeting.png"), full_page=True)
    page.get_by_role("link", name="Sheila Bailey").first.click()
    page.wait_for_url(re.compile(r".*/doc/stockport/person/sheila-bailey\.html$"))
    assert page.locator("h1").inner_text() == "Councillor Sheila Bailey"
    assert page.get_by_role("link", name="Communities & Transport Scrutiny Committee, 4 December 2017").count() == 1


def test_person_page_leads_to_the_vote_and_on_to_the_decision(page, live_server) -> None:
    """Councillor Stokes of Slough moved a motion and voted against the minutes: his page says both, and its
    links lead to the vote and from there to the decision made at that item."""
    page.goto(live_server.url("/id/slough/person/stokes"))
    assert page.locator("h1").inner_text() == "Councillor Stokes"
    assert page.locator("section[aria-labelledby=parts] tbody td").nth(1).inner_text() == "Moved"
    vote_row = page.locator("section[aria-labelledby=votes] tbody tr")
    assert vote_row.count() == 1
    assert vote_row.locator("td").nth(1).inner_text() == "Against"
    page.screenshot(path=str(SCREENSHOTS / "council-lod-person.png"), full_page=True)
    vote_row.get_by_role("link", name="Carried (24–10, 1 abstaining)").click()
    page.wait_for_url(re.compile(r".*/doc/slough/vote/18978-1\.html$"))
    assert page.locator("h1").inner_text() == "Vote (carried)"
    against = page.locator("dl.voters dt", has_text="Voted against").locator("xpath=following-sibling::dd[1]")
    assert "Stokes" in against.inner_text().split(", ")
    page.locator("a.decision-link").click()
    page.wait_for_url(re.compile(r".*/doc/slough/decision/18978-1\.html$"))
    assert page.locator("h1").inner_text() == "Decision on item : Minutes - 19th May, 2011 and 23rd June 2011"
    assert page.locator("blockquote.decision-text").inner_text().startswith(
        "That the Minutes of the proceedings of the Council at its meetings held on 19th May, 2011")
    source = page.locator("aside.source a.source-page")
    assert source.get_attribute("href") == "http://www.slough.gov.uk/moderngov/mgAi.aspx?ID=18978"


def test_landing_page_draws_the_chart(page, live_server) -> None:
    page.goto(live_server.url("/"))
    chart = page.locator("figure.chart svg")
    assert chart.is_visible()
    assert chart.bounding_box()["width"] > 500
    assert page.locator("figure.chart svg g.period").count() == 10  # 2017 to 2026: per year over a long span
    page.screenshot(path=str(SCREENSHOTS / "council-lod-landing.png"), full_page=True)


def editor_text(page) -> str:
    """The query in YASGUI's editor (CodeMirror), as the person sees it."""
    return page.evaluate("document.querySelector('#editor .CodeMirror').CodeMirror.getValue()")


def run_in_editor(page) -> None:
    page.get_by_role("button", name="Run query").click()


def test_query_editor_runs_a_query_and_links_the_results(page, live_server) -> None:
    query = ("PREFIX foaf: <http://xmlns.com/foaf/0.1/>\n"
             "SELECT ?person ?name WHERE { ?person foaf:name ?name } ORDER BY ?name")
    page.goto(live_server.url(f"/query?query={quote(query)}"))
    assert page.locator("#query-form").is_hidden()  # the no-script form gives way to YASGUI
    assert editor_text(page) == query
    assert page.locator("p.query-limits").inner_text().endswith(
        "Each query may run for 10 seconds and returns at most 10,000 rows; for everything, take the bulk downloads.")
    run_in_editor(page)
    first = page.locator(".yasr table.dataTable tbody tr").first
    first.locator("a.iri", has_text="A S Dhaliwal").wait_for()  # the label, looked up after the answer
    assert page.locator(".yasr table.dataTable thead th").all_inner_texts()[1:] == ["person", "name"]
    assert page.locator("#status").inner_text().startswith("63 rows in ")  # every named person
    assert first.locator("td").nth(2).inner_text() == "A S Dhaliwal"  # ORDER BY ?name: a Slough voter
    link = first.locator("a.iri")
    assert link.get_attribute("href") == "/doc/slough/person/a-s-dhaliwal.html"
    assert link.get_attribute("title") == live_server.url("/id/slough/person/a-s-dhaliwal")  # the IRI itself
    downloads = page.locator("#downloads a")
    assert downloads.all_inner_texts() == ["CSV", "JSON"]
    assert downloads.first.get_attribute("href") == "/sparql?" + urlencode({"query": query, "format": "csv"})
    page.screenshot(path=str(SCREENSHOTS / "council-lod-query-editor.png"), full_page=True)
    link.click()
    page.wait_for_url(re.compile(r".*/doc/slough/person/a-s-dhaliwal\.html$"))
    assert page.locator("h1").inner_text() == "Councillor A S Dhaliwal"


def test_a_query_has_an_address_to_share(page, browser, live_server) -> None:
    """Typing a known prefix adds its PREFIX line; the address follows the query; opened afresh (no storage
    shared), it shows the same query, and with run=1 its results."""
    page.goto(live_server.url(f"/query?query={quote('SELECT ?m WHERE {}')}"))
    page.locator("#editor .CodeMirror-line").first.click()
    page.keyboard.press("End")
    page.keyboard.press("ArrowLeft")
    page.keyboard.type(" ?m a cl:")
    page.keyboard.type("Meeting ")
    query = "PREFIX cl: <https://w3id.org/council-lod/def#>\nSELECT ?m WHERE { ?m a cl:Meeting }"
    assert editor_text(page) == query
    page.wait_for_url(live_server.url("/query?" + urlencode({"query": query})))
    assert page.get_by_role("link", name="Link to this query").get_attribute("href") == page.url.removeprefix(
        live_server.base)
    page.locator(".yasqe_share").click()  # YASGUI's own share button gives the same address
    assert page.locator(".yasqe_sharePopup textarea, .yasqe_sharePopup input").first.input_value() == page.url
    fresh = browser.new_context()
    try:
        shared = fresh.new_page()
        shared.goto(page.url)
        shared.locator("#editor .CodeMirror").wait_for()
        assert editor_text(shared) == query
        assert shared.locator(".yasr table.dataTable").count() == 0  # shown, not run
        shared.goto(page.url + "&run=1")
        shared.locator(".yasr table.dataTable tbody tr a.iri").first.wait_for()
        assert shared.locator("#status").inner_text().startswith("7 rows in ")  # the bundled meetings
        shared.get_by_role("link", name="Audit Committee, 13 January 2026").wait_for()  # by their labels
    finally:
        fresh.close()


def test_query_editor_shows_ask_answers_and_graphs(page, live_server) -> None:
    page.goto(live_server.url(f"/query?run=1&query={quote('ASK { ?s ?p ?o }')}"))
    page.locator(".yasr .booleanResult").wait_for()
    assert page.locator(".yasr .booleanResult").inner_text().strip() == "True"
    assert page.locator("#downloads a").all_inner_texts() == ["JSON"]
    construct = ("PREFIX foaf: <http://xmlns.com/foaf/0.1/>\n"
                 "CONSTRUCT { ?p foaf:name ?n } WHERE { ?p foaf:name ?n FILTER(?n = \"Sheila Bailey\") }")
    page.goto(live_server.url(f"/query?run=1&query={quote(construct)}"))
    subject = page.locator(".yasr table.dataTable tbody tr a.iri").first
    subject.wait_for()
    assert page.locator("#status").inner_text().startswith("1 triple in ")
    page.get_by_role("link", name="Sheila Bailey").wait_for()  # the subject by its label (foaf:name)
    assert subject.get_attribute("href") == "/doc/stockport/person/sheila-bailey.html"
    assert page.locator("#downloads a").all_inner_texts() == ["Turtle", "N-Triples", "JSON-LD"]


@pytest.mark.parametrize(("query", "message"), [
    ("SELECT ?x WHERE {\n  ?x a cl:Meeting }",
     "Unknown prefix `cl:` in line 2: declare it with PREFIX cl: <https://w3id.org/council-lod/def#>."),
    ("SELECT ?x WHERE { ?x ?y }",
     "SPARQL syntax error in line 1 near `?x ?y }`: the query is unfinished or malformed before its end."),
    ("DELETE WHERE { ?s ?p ?o }",
     "This endpoint is read-only: SPARQL Update (DELETE) is not accepted; send a SELECT, ASK, CONSTRUCT or DESCRIBE "
     "query."),
])
def test_query_editor_says_what_is_wrong_in_one_line(page, live_server, query: str, message: str) -> None:
    page.goto(live_server.url(f"/query?query={quote(query)}"))
    run_in_editor(page)
    refusal = page.locator(".yasr p.query-error[role=alert]")
    refusal.wait_for()
    assert refusal.inner_text() == message
    assert page.locator(".yasr table.dataTable").count() == 0
    assert page.locator("#downloads a").count() == 0


def test_query_editor_asks_nothing_of_any_other_server(browser, live_server) -> None:
    """Every request the editor makes, loading, completing prefixes and running a query, goes to the server
    itself: intercepted, anything else would be refused and recorded."""
    context = browser.new_context()
    elsewhere: list[str] = []

    def only_here(route) -> None:
        if route.request.url.startswith((live_server.base + "/", "data:")):
            route.continue_()
        else:
            elsewhere.append(route.request.url)
            route.abort()

    context.route("**/*", only_here)
    try:
        page = context.new_page()
        page.goto(live_server.url(f"/query?run=1&query={quote('SELECT ?s WHERE { ?s ?p ?o } LIMIT 3')}"))
        page.locator(".yasr table.dataTable").wait_for()
        page.locator("#editor .CodeMirror-line").first.click()
        page.keyboard.press("Control+Home")
        page.keyboard.press("Enter")
        page.keyboard.press("ArrowUp")
        page.keyboard.type("PREFIX s")
        page.keyboard.press("Control+Space")
        hints = page.locator(".CodeMirror-hints li")
        hints.first.wait_for()
        assert hints.all_inner_texts() == ["schema: <http://schema.org/>", "sh: <http://www.w3.org/ns/shacl#>",
                                           "skos: <http://www.w3.org/2004/02/skos/core#>"]  # ours, not prefix.cc's
        page.keyboard.press("Enter")
        page.keyboard.press("End")
        page.keyboard.type("\nSELECT * WHERE { ?x schema:startD")  # where YASGUI would ask LOV for properties
        page.keyboard.press("Control+Space")
        hints.first.wait_for()
        assert hints.all_inner_texts() == ["schema:startDate"]  # the properties our data uses
        page.keyboard.press("Enter")
        page.keyboard.type(" ?d . ?x a cl:Decis")  # and classes, after a (typing cl: added its PREFIX)
        page.keyboard.press("Control+Space")
        hints.first.wait_for()
        assert hints.all_inner_texts() == ["cl:Decision"]
        page.keyboard.press("Enter")
        assert editor_text(page) == ("PREFIX cl: <https://w3id.org/council-lod/def#>\nPREFIX schema: "
                                     "<http://schema.org/>\nSELECT * WHERE { ?x schema:startDate ?d . ?x a "
                                     "cl:Decision\nSELECT ?s WHERE { ?s ?p ?o } LIMIT 3")
    finally:
        context.close()
    assert elsewhere == []


def test_meetings_list_filters_by_committee_and_leads_to_the_meeting(page, live_server) -> None:
    page.goto(live_server.url("/"))
    page.locator("header.site").get_by_role("link", name="Meetings").click()
    page.wait_for_url(live_server.url("/meetings"))
    assert page.locator("p.count").inner_text() == "Showing 1–7 of 7 meetings."
    page.get_by_label("Committee").select_option(
        label="Communities & Transport Scrutiny Committee (Stockport Metropolitan Borough Council)")
    page.get_by_role("button", name="Filter").click()
    page.wait_for_url(re.compile(r".*/meetings\?.*committee=stockport%2Fcommittee%2Fcommunities-transport"))
    assert page.locator("p.count").inner_text() == "Showing 1–1 of 1 meeting matching the filters."
    rows = page.locator("table.list tbody tr")
    assert rows.locator("td").all_inner_texts() == ["4 Dec 2017", "Communities & Transport Scrutiny Committee",
                                                    "Stockport Metropolitan Borough Council", "1"]
    csv_link = page.get_by_role("link", name="CSV")
    assert "committee=stockport%2Fcommittee%2Fcommunities-transport-scrutiny-committee" in csv_link.get_attribute(
        "href") and csv_link.get_attribute("href").endswith("&format=csv")
    page.screenshot(path=str(SCREENSHOTS / "council-lod-meetings-list.png"), full_page=True)
    rows.get_by_role("link", name="4 Dec 2017").click()
    page.wait_for_url(live_server.url(f"/doc/{MEETING}.html"))
    assert page.locator("h1").inner_text() == "Communities & Transport Scrutiny Committee, 4 December 2017"


def test_lists_and_changes_fit_a_phone(page, live_server) -> None:
    page.set_viewport_size({"width": 390, "height": 844})
    for path in ("/meetings", "/decisions", "/people", "/committees", "/councils", "/changes"):
        page.goto(live_server.url(path))
        assert page.locator("h1").count() == 1
        assert page.evaluate("document.documentElement.scrollWidth") <= 390, path  # wide tables scroll in a box
    page.screenshot(path=str(SCREENSHOTS / "council-lod-changes-phone.png"), full_page=True)
