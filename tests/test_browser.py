"""The pages in a real browser (headless Chromium through Playwright) against a live server: following links
from a meeting to a person, running a query in the editor, and nothing fetched from outside the server."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import pytest

CHROMIUM = Path("/usr/bin/chromium")
pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium is not installed at "
                                                              "/usr/bin/chromium (apt-get install chromium)")
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


def test_landing_page_draws_the_chart(page, live_server) -> None:
    page.goto(live_server.url("/"))
    chart = page.locator("figure.chart svg")
    assert chart.is_visible()
    assert chart.bounding_box()["width"] > 500
    assert page.locator("figure.chart svg g.period").count() == 10  # 2017 to 2026: per year over a long span
    page.screenshot(path=str(SCREENSHOTS / "council-lod-landing.png"), full_page=True)


def test_query_editor_runs_a_query_and_links_the_results(page, live_server) -> None:
    query = ("PREFIX foaf: <http://xmlns.com/foaf/0.1/>\n"
             "SELECT ?person ?name WHERE { ?person foaf:name ?name } ORDER BY ?name")
    page.goto(live_server.url(f"/query?query={quote(query)}"))
    assert page.locator("select[name=format]").is_hidden()  # the no-script control gives way to the script
    page.get_by_role("button", name="Run query").click()
    table = page.locator("#results table")
    table.wait_for()
    assert table.locator("thead th").all_inner_texts() == ["person", "name"]
    assert page.locator("#status").inner_text().startswith("63 rows in ")  # every named person
    first = table.locator("tbody tr").first
    assert first.locator("td").nth(1).inner_text() == "A S Dhaliwal"  # ORDER BY ?name: a Slough voter
    link = first.locator("td a")
    assert link.get_attribute("href") == "/doc/slough/person/a-s-dhaliwal.html"
    link.click()
    page.wait_for_url(re.compile(r".*/doc/slough/person/a-s-dhaliwal\.html$"))
    assert page.locator("h1").inner_text() == "Councillor A S Dhaliwal"


def test_query_editor_shows_errors_clearly(page, live_server) -> None:
    page.goto(live_server.url(f"/query?query={quote('SELECT ?x WHERE { ?x ')}"))
    page.get_by_role("button", name="Run query").click()
    status = page.locator("#status.error")
    status.wait_for()
    assert status.get_attribute("role") == "alert"
    assert status.inner_text().startswith("The query has an error:")
    assert page.locator("#results table").count() == 0


def test_query_editor_shows_ask_answers_and_graphs(page, live_server) -> None:
    page.goto(live_server.url(f"/query?query={quote('ASK { ?s ?p ?o }')}"))
    page.get_by_role("button", name="Run query").click()
    page.locator("#results .answer").wait_for()
    assert page.locator("#results .answer").inner_text() == "true"
    construct = ("PREFIX foaf: <http://xmlns.com/foaf/0.1/>\n"
                 "CONSTRUCT { ?p foaf:name ?n } WHERE { ?p foaf:name ?n FILTER(?n = \"Sheila Bailey\") }")
    page.goto(live_server.url(f"/query?query={quote(construct)}"))
    page.get_by_role("button", name="Run query").click()
    page.locator("#results pre").wait_for()
    assert "Sheila Bailey" in page.locator("#results pre").inner_text()
    assert page.locator("#status").inner_text().startswith("Graph in ")
