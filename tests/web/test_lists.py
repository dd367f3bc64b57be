"""The browsable lists (``/meetings``, ``/decisions``, ``/committees``, ``/people``, ``/councils``): a browser
gets an HTML page with a filter form, 50 rows a page and links to the CSV and JSON of the same filters; CSV has
every row; the filters narrow the OParl-style JSON too; the landing page shows the newest meetings and decisions.
FastAPI's TestClient over a store of the bundled records and 60 meetings of one planning committee."""

from __future__ import annotations

import csv
import io

import pytest
from fastapi.testclient import TestClient
from lxml import html as lxml_html

from publisher.ingest import Pipeline
from publisher.settings import DATA_DIR, load_settings
from publisher.store import open_store
from publisher.web.app import assemble
from publisher.web.site import Site
from publisher.web.views import changes, pages
from tests.web.test_pages import long_record

BASE = "http://testserver"
ID = f"{BASE}/id"
BROWSER = {"Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"}
PLANNING = "committee/planning-committee"


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory):
    folder = tmp_path_factory.mktemp("lists")
    settings = load_settings().with_overrides(base_uri=BASE, store=folder / "store")
    store = open_store(settings.store)
    pipeline = Pipeline(store, settings)
    assert not pipeline.run([DATA_DIR]).refused
    assert pipeline.ingest_record(long_record()).status == "landed"
    site = Site(settings, store, work_dir=folder)
    app = assemble(site, {"changes": changes.setup(site, changes.ChangeFeed(site)), "pages": pages.setup(site)})
    try:
        with TestClient(app) as served:
            yield served
    finally:
        store.close()


def page(client: TestClient, path: str, **params: str):
    response = client.get(path, params=params or None, headers=BROWSER)
    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == "text/html; charset=utf-8"
    return lxml_html.fromstring(response.text)


def texts(nodes) -> list[str]:
    return [" ".join(n.text_content().split()) for n in nodes]


def rows(doc) -> list[list[str]]:
    return [texts(tr.xpath("td")) for tr in doc.xpath(".//table[contains(@class, 'list')]/tbody/tr")]


def count_line(doc) -> str:
    return texts(doc.xpath("//p[@class='count']"))[0]


# -- one path, several forms ------------------------------------------------------------------------------


def test_a_browser_gets_the_page_and_programs_get_the_json_as_before(client: TestClient) -> None:
    doc = page(client, "/meetings")
    assert texts(doc.xpath("//h1")) == ["Meetings"]
    assert count_line(doc) == "Showing 1–50 of 67 meetings."
    as_json = client.get("/meetings", headers={"Accept": "application/json"})
    assert as_json.headers["content-type"] == "application/json; charset=utf-8" and "Accept" in as_json.headers["vary"]
    assert client.get("/meetings").content == as_json.content  # */*: JSON, as before
    assert client.get("/meetings", params={"format": "json"}, headers=BROWSER).content == as_json.content
    assert len(as_json.json()["data"]) == 67 and as_json.json()["links"]["next"] is None
    turtle = client.get("/meetings", headers={"Accept": "text/turtle"})
    assert turtle.headers["content-type"] == "text/turtle; charset=utf-8"
    assert client.get("/meetings", headers={"Accept": "image/png"}).status_code == 406


def test_pages_for_people_have_their_own_validators(client: TestClient) -> None:
    first = client.get("/meetings", params={"year": "2017"}, headers=BROWSER)
    assert first.headers["cache-control"] == "no-cache" and first.headers["last-modified"]
    again = client.get("/meetings", params={"year": "2017"},
                       headers={**BROWSER, "If-None-Match": first.headers["etag"]})
    assert again.status_code == 304
    other = client.get("/meetings", params={"year": "2018"}, headers=BROWSER)
    assert other.headers["etag"] != first.headers["etag"]
    as_csv = client.get("/meetings", params={"year": "2017", "format": "csv"})
    assert as_csv.headers["etag"] not in (first.headers["etag"], other.headers["etag"])


# -- filters ----------------------------------------------------------------------------------------------


def test_meetings_filtered_by_council_committee_and_year(client: TestClient) -> None:
    doc = page(client, "/meetings", council="stockport", year="2021")
    assert rows(doc) == [
        ["7 Oct 2021", "Council Meeting", "Stockport Metropolitan Borough Council", "1"],
        ["27 Sep 2021", "Scrutiny Co-ordination Committee", "Stockport Metropolitan Borough Council", "1"]]
    assert count_line(doc) == "Showing 1–2 of 2 meetings matching the filters."
    assert texts(doc.xpath("//title")) == [
        "Meetings: Stockport Metropolitan Borough Council, 2021 · Council Linked Data"]
    first = doc.xpath("//table[contains(@class, 'list')]/tbody/tr[1]/td[1]/a")[0]
    assert first.get("href") == "/doc/stockport/meeting/2021-10-07-council-meeting.html"
    committee = page(client, "/meetings", committee=f"stockport/{PLANNING}", year="2019")
    assert count_line(committee) == "Showing 1–12 of 12 meetings matching the filters."
    assert rows(committee)[0] == ["3 Dec 2019", "Planning Committee", "Stockport Metropolitan Borough Council", "0"]
    assert rows(committee)[-1][0] == "3 Jan 2019"
    none = page(client, "/meetings", council="woking", year="2017")
    assert count_line(none) == "No meetings match these filters." and rows(none) == []


def test_the_form_offers_what_is_in_the_data_and_keeps_the_choice(client: TestClient) -> None:
    doc = page(client, "/meetings", council="stockport")
    councils = doc.xpath("//select[@name='council']/option")
    assert texts(councils) == ["Any", "Manchester City Council", "South Cambridgeshire District Council",
                               "Stockport Metropolitan Borough Council", "Woking Borough Council"]
    assert [o.get("value") for o in councils if o.get("selected") is not None] == ["stockport"]
    years = texts(doc.xpath("//select[@name='year']/option"))
    assert years[:4] == ["Any", "2026", "2024", "2021"] and years[-1] == "2015"
    committees = texts(doc.xpath("//select[@name='committee']/option"))
    assert "Planning Committee (Stockport Metropolitan Borough Council)" in committees
    assert doc.xpath("//form[@class='filters']")[0].get("action") == "/meetings"
    assert doc.xpath("//a[text()='Clear the filters']/@href") == ["/meetings"]
    assert doc.xpath("//p[@class='formats']/a/@href") == [
        "/meetings?council=stockport&format=csv", "/meetings?council=stockport&format=json",
        "/meetings?council=stockport&format=ttl"]


def test_decisions_filtered_by_status_and_year(client: TestClient) -> None:
    doc = page(client, "/decisions", status="recommendations-approved")
    assert rows(doc) == [["12 Sep 2024", "That the contents of the draft Local List be considered and approved "
                          "for public consultation in the Autumn/Winter of 2024.", "Recommendations Approved",
                          "Executive, 12 September 2024"]]
    assert doc.xpath("//tbody/tr/td[2]/a/@href") == ["/doc/woking/decision/26804.html"]
    assert texts(doc.xpath("//select[@name='status']/option")) == ["Any", "Recommendations Approved"]
    by_year = page(client, "/decisions", year="2018")
    assert [r[0] for r in rows(by_year)] == ["31 Jul 2018", "13 Jul 2018"]
    every = rows(page(client, "/decisions"))
    assert len(every) == 7 and every[-1][0] == ""  # a decision with no date last
    assert every[-1][1].endswith(" …") and len(every[-1][1]) <= 162  # its text cut short at a word


def test_a_filter_of_the_wrong_form_is_a_clear_400(client: TestClient) -> None:
    answer = client.get("/meetings", params={"year": "20x"})
    assert answer.status_code == 400 and answer.text == "year must be four digits, e.g. 2021, not '20x'\n"
    shown = client.get("/meetings", params={"committee": "<script>"}, headers=BROWSER)
    assert shown.status_code == 400 and shown.headers["content-type"] == "text/html; charset=utf-8"
    assert texts(lxml_html.fromstring(shown.text).xpath("//main//p"))[0] == (
        "committee must be a committee's address after /id/, e.g. stockport/committee/cabinet, not '<script>'")
    assert client.get("/meetings", params={"council": ""}, headers=BROWSER).status_code == 200  # "Any"


def test_the_filters_narrow_the_json_and_its_links_keep_them(client: TestClient) -> None:
    listed = client.get("/meetings", params={"committee": f"stockport/{PLANNING}", "limit": "50"}).json()
    assert len(listed["data"]) == 50 and {m["committee"] for m in listed["data"]} == {f"{ID}/stockport/{PLANNING}"}
    following = client.get(listed["links"]["next"].removeprefix(BASE)).json()
    assert len(following["data"]) == 10 and following["links"]["next"] is None
    assert "committee=stockport%2Fcommittee%2Fplanning-committee" in listed["links"]["self"]
    people = client.get("/people", params={"council": "manchester"}).json()["data"]
    assert [p["id"] for p in people] == [f"{ID}/manchester/person/basil-curley"]
    assert people[0]["party"] == f"{ID}/manchester/party/lab"
    decisions = client.get("/decisions", params={"year": "2021"}).json()["data"]
    assert [d["date"] for d in decisions] == ["2021-09-27", "2021-10-07"]  # IRI order, as every OParl list


# -- paging and CSV ---------------------------------------------------------------------------------------


def test_long_lists_come_fifty_a_page_with_links_that_keep_the_filters(client: TestClient) -> None:
    first = page(client, "/meetings", council="stockport")
    assert count_line(first) == "Showing 1–50 of 63 meetings matching the filters."
    assert texts(first.xpath("//nav[@class='pager']/p")) == ["Page 1 of 2."]
    assert first.xpath("//a[@rel='prev']") == []
    following = first.xpath("//a[@rel='next']/@href")
    assert following == ["/meetings?council=stockport&page=2"]
    second = page(client, following[0])
    assert count_line(second) == "Showing 51–63 of 63 meetings matching the filters."
    assert rows(second)[-1][0] == "3 Jan 2015"  # the oldest last
    assert second.xpath("//a[@rel='prev']/@href") == ["/meetings?council=stockport&page=1"]
    assert second.xpath("//a[@rel='next']") == []
    beyond = page(client, "/meetings", council="stockport", page="9")
    assert count_line(beyond) == "Showing 51–63 of 63 meetings matching the filters."


def test_csv_has_every_row_of_the_filters_with_labels_and_iris(client: TestClient) -> None:
    answer = client.get("/meetings", params={"council": "stockport", "year": "2021", "format": "csv"})
    assert answer.status_code == 200 and answer.headers["content-type"] == "text/csv; charset=utf-8"
    assert answer.text.splitlines() == [
        "id,date,committee,committee_id,council,council_id,items",
        f"{ID}/stockport/meeting/2021-10-07-council-meeting,2021-10-07,Council Meeting,"
        f"{ID}/stockport/committee/council-meeting,Stockport Metropolitan Borough Council,{ID}/stockport,1",
        f"{ID}/stockport/meeting/2021-09-27-scrutiny-co-ordination-committee,2021-09-27,Scrutiny Co-ordination "
        f"Committee,{ID}/stockport/committee/scrutiny-co-ordination-committee,Stockport Metropolitan Borough "
        f"Council,{ID}/stockport,1"]
    every = list(csv.reader(io.StringIO(client.get("/meetings", headers={"Accept": "text/csv"}).text)))
    assert len(every) == 1 + 67  # not paged: every row
    people = list(csv.DictReader(io.StringIO(client.get("/people", params={"format": "csv",
                                                                          "council": "stockport"}).text)))
    bailey = next(p for p in people if p["name"] == "Sheila Bailey")
    assert bailey == {"id": f"{ID}/stockport/person/sheila-bailey", "name": "Sheila Bailey", "party": "",
                      "party_id": "", "council": "Stockport Metropolitan Borough Council",
                      "council_id": f"{ID}/stockport", "roles": "Cabinet Member for Communities and Housing"}


# -- the other lists --------------------------------------------------------------------------------------


def test_people_committees_and_councils_show_what_a_person_scans_for(client: TestClient) -> None:
    people = page(client, "/people", committee="stockport/committee/communities-transport-scrutiny-committee")
    assert rows(people) == [["Emma Taylor", "", "Greater Manchester Police", ""],
                            ["Sheila Bailey", "", "Stockport Metropolitan Borough Council",
                             "Cabinet Member for Communities and Housing"]]
    assert people.xpath("//tbody/tr[2]/td[1]/a/@href") == ["/doc/stockport/person/sheila-bailey.html"]
    committees = page(client, "/committees", council="stockport")
    assert ["Planning Committee", "Stockport Metropolitan Borough Council", "60"] in rows(committees)
    assert [r[0] for r in rows(committees)] == ["Cabinet", "Communities & Transport Scrutiny Committee",
                                                "Council Meeting", "Planning Committee",
                                                "Scrutiny Co-ordination Committee"]
    assert rows(page(client, "/people", year="2021")) == [  # named at a meeting that year
        ["Mark Roberts", "", "Stockport Metropolitan Borough Council", "Chair of the Scrutiny Co-ordination Committee"]]
    assert texts(page(client, "/people").xpath("//select[@name='year']/option"))[1:3] == ["2026", "2024"]
    meeting_2021 = rows(page(client, "/committees", year="2021"))
    assert [r[0] for r in meeting_2021] == ["Council Meeting", "Scrutiny Co-ordination Committee"]
    councils = page(client, "/councils")
    assert rows(councils)[0] == ["Stockport Metropolitan Borough Council", "E08000007", "5", "63", "4"]
    assert [r[0] for r in rows(councils)[:6]] == [  # records first: those not tied to a meeting too
        "Stockport Metropolitan Borough Council", "Manchester City Council", "South Cambridgeshire District Council",
        "Woking Borough Council", "Lewes District Council", "Slough Borough Council"]
    assert rows(councils)[6][2:] == ["0", "0", "0"]
    assert count_line(councils).startswith("Showing 1–50 of ")
    assert councils.xpath("//form[@class='filters']") == []  # nothing to filter councils by


# -- the landing page and the header ----------------------------------------------------------------------


def test_landing_page_shows_the_newest_meetings_and_decisions_and_leads_to_the_lists(client: TestClient) -> None:
    doc = page(client, "/")
    meetings = doc.xpath("//section[@aria-labelledby='recent-meetings']")[0]
    assert [r[0] for r in rows(meetings)] == ["10 Feb 2026", "13 Jan 2026", "12 Sep 2024", "7 Oct 2021",
                                              "27 Sep 2021"]
    assert meetings.xpath(".//tbody/tr[1]/td[1]/a/@href") == ["/doc/manchester/meeting/2026-02-10-audit-committee.html"]
    assert texts(meetings.xpath(".//p[@class='more']/a")) == ["All 67 meetings"]
    assert meetings.xpath(".//p[@class='more']/a/@href") == ["/meetings"]
    decisions = doc.xpath("//section[@aria-labelledby='recent-decisions']")[0]
    assert [r[0] for r in rows(decisions)] == ["12 Sep 2024", "7 Oct 2021", "27 Sep 2021", "31 Jul 2018",
                                               "13 Jul 2018"]
    assert decisions.xpath(".//p[@class='more']/a/@href") == ["/decisions"]
    header = doc.xpath("//header[@class='site']//nav//a")
    assert [(a.text, a.get("href")) for a in header][:4] == [
        ("Meetings", "/meetings"), ("Decisions", "/decisions"), ("People", "/people"), ("Councils", "/councils")]
    browse = doc.xpath("//section[@aria-labelledby='browse']//a/@href")
    assert browse == ["/meetings", "/decisions", "/committees", "/people", "/councils", "/changes"]
