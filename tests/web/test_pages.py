"""The HTML pages for people: what a reader sees on each page, in which order, with which links; the landing
page's figures and chart; search; the query editor. FastAPI's TestClient over an in-memory store, except the
example queries, which run on a live server's SPARQL endpoint."""

from __future__ import annotations

import hashlib
import json
import re
from datetime import date
from pathlib import Path

import httpx
import pytest
from fastapi.testclient import TestClient
from lxml import html as lxml_html
from rdflib import Graph, URIRef

from publisher import __version__, model
from publisher.ingest import Pipeline
from publisher.namespaces import CL, PREFIXES
from publisher.package_data import STATIC_DIR
from publisher.settings import DATA_DIR, load_settings
from publisher.store.embedded import EmbeddedStore
from publisher.web.app import assemble
from publisher.web.labels import LABEL_PROPERTIES
from publisher.web.site import Site
from publisher.web.views import pages, resources
from tests.built_records import everything_record

BASE = "http://127.0.0.1:8000"
DOC = "/doc/stockport"
MEETING = "meeting/2017-12-04-communities-transport-scrutiny-committee"
ITEM = "agenda-item/2017-12-04-communities-transport-scrutiny-committee-item-4"
PLANNING = "committee/planning-committee"


def serve(tmp: Path, *records: model.Record, bundled: bool = True) -> TestClient:
    """A client of an app with this module's interfaces, over a fresh in-memory store."""
    store = EmbeddedStore(None)
    pipeline = Pipeline(store, load_settings())
    if bundled:
        assert not pipeline.run([DATA_DIR]).refused
    pipeline.ensure_reference_data()
    for record in records:
        assert pipeline.ingest_record(record).status == "landed"
    site = Site(load_settings(), store, work_dir=tmp)
    app = assemble(site, {"resources": resources.setup(site, None, None), "pages": pages.setup(site)})  # no workers
    site.changed()
    return TestClient(app)


def long_record() -> model.Record:
    """60 meetings of one committee, one a month from January 2015; the first has items numbered out of
    order, the second items with agenda positions, the third an item whose title holds markup, the fourth
    25 planning applications."""
    committee = model.Committee("Planning Committee")
    meetings = [model.Meeting(committee, date(2015 + n // 12, n % 12 + 1, 3)) for n in range(60)]
    meetings[0].items = [model.AgendaItem(number, f"Application {number}") for number in ("10", "2", "4.(i)", "4")]
    meetings[1].items = [model.AgendaItem(number, f"Report {number}", position=position)
                         for number, position in (("A", 3), ("B", 1), ("C", 2))]
    meetings[2].items = [model.AgendaItem("1", "Fees & charges </script><script>alert(1)</script>")]
    meetings[3].items = [model.AgendaItem(str(n), f"Planning application {n}") for n in range(1, 26)]
    return model.Record(kind="meeting", source_id="planning-60", meetings=meetings)


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> TestClient:
    return serve(tmp_path_factory.mktemp("pages"))


@pytest.fixture(scope="module")
def long_client(tmp_path_factory: pytest.TempPathFactory) -> TestClient:
    return serve(tmp_path_factory.mktemp("long"), long_record(), bundled=False)


@pytest.fixture(scope="module")
def full_client(tmp_path_factory: pytest.TempPathFactory) -> TestClient:
    """A record using every field of the model: attendance, votes, declarations, memberships."""
    return serve(tmp_path_factory.mktemp("full"), everything_record(), bundled=False)


def page(client: TestClient, path: str, status: int = 200):
    response = client.get(path, headers={"Accept": "text/html"})
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == "text/html; charset=utf-8"
    return lxml_html.fromstring(response.text)


def texts(nodes) -> list[str]:
    return [" ".join(n.text_content().split()) for n in nodes]


# -- resource pages ----------------------------------------------------------------------------------------


def test_meeting_page_lists_item_4_its_decision_and_attendees_as_links(client: TestClient) -> None:
    doc = page(client, f"{DOC}/{MEETING}.html")
    assert doc.xpath("/html/@lang") == ["en"]
    assert texts(doc.xpath("//h1")) == ["Communities & Transport Scrutiny Committee, 4 December 2017"]
    assert texts(doc.xpath("//main//dl[@class='facts']/dd")) == [
        "Communities & Transport Scrutiny Committee", "Monday 4 December 2017"]
    rows = doc.xpath("//table[@class='agenda']/tbody/tr")
    assert [texts(r.xpath("td")) for r in rows] == [
        ["4", "Safer Stockport Partnership Priorities", "That the report be noted."]]
    assert rows[0].xpath("td[2]/a/@href") == [f"{DOC}/{ITEM}.html"]
    people = doc.xpath("//section[@aria-labelledby='attendance']//li")
    assert texts(people) == [
        "Emma Taylor — attended item 4 for Greater Manchester Police",
        "Sheila Bailey — attended item 4 as Cabinet Member for Communities and Housing"]
    assert [li.xpath("a[1]/@href")[0] for li in people] == [
        "/doc/org/greater-manchester-police/person/emma-taylor.html", f"{DOC}/person/sheila-bailey.html"]
    assert texts(doc.xpath("//nav[@class='trail']//li")) == [
        "Stockport Metropolitan Borough Council", "Communities & Transport Scrutiny Committee",
        "Communities & Transport Scrutiny Committee, 4 December 2017"]


def test_item_page_shows_the_record_of_the_item(client: TestClient) -> None:
    doc = page(client, f"{DOC}/{ITEM}.html")
    assert texts(doc.xpath("//h1")) == ["4 Safer Stockport Partnership Priorities"]
    facts = dict(zip(texts(doc.xpath("//dl[@class='facts']/dt")), texts(doc.xpath("//dl[@class='facts']/dd")),
                     strict=True))
    assert facts == {"Meeting": "Communities & Transport Scrutiny Committee, 4 December 2017", "Item number": "4",
                     "Issue": "Safer Stockport Partnership Priorities", "Report of": "Deputy Chief Executive",
                     "Contact officer": "Peter Owston"}
    assert texts(doc.xpath("//blockquote[@class='decision-text']")) == ["That the report be noted."]
    assert texts(doc.xpath("//ul[@class='documents']/li")) == [
        "Safer Stockport Partnership Priorities (PDF, 107 KB) · on the council's page · details"]
    assert doc.xpath("//ul[@class='documents']/li/a[@class='listed']/@href") == [  # the text gives no address
        "https://democracy.stockport.gov.uk/ieIssueDetails.aspx?IId=68785&Opt=3"]
    assert texts(doc.xpath("//section[@aria-labelledby='purpose']/p"))[0].startswith(
        "The purpose of this report is to seek Members views")
    assert len(doc.xpath("//section[@aria-labelledby='recommendations']//li")) == 2
    who = [texts(r.xpath("td")) for r in doc.xpath("//section[@aria-labelledby='who']//tbody/tr")]
    assert who == [["—", "Submitted", "Corporate Director for Place Management & Regeneration", ""],
                   ["Sheila Bailey", "Attended", "Cabinet Member for Communities and Housing", ""],
                   ["Emma Taylor", "Attended", "", "Greater Manchester Police"]]
    assert doc.xpath("//section[@aria-labelledby='who']//tbody/tr[2]/td[1]/a/@href") == [
        f"{DOC}/person/sheila-bailey.html"]
    comments = texts(doc.xpath("//ul[@class='comments']/li"))
    assert len(comments) == 8
    assert "The police had recently ring-fenced resources to address a rise in burglary across Stockport." in comments
    assert texts(doc.xpath("//div[@class='minutes']/p"))[-1] == "RESOLVED – That the report be noted."


def test_meeting_page_shows_attendance_kinds_substitutes_and_declarations(full_client: TestClient) -> None:
    doc = page(full_client, f"{DOC}/{MEETING}.html")
    assert texts(doc.xpath("//dl[@class='facts']/dd"))[1:] == [
        "Monday 4 December 2017, 6:00 pm", "Committee Room 2, Town Hall", "Confirmed"]
    people = dict(t.split(" — ", 1) for t in texts(doc.xpath("//section[@aria-labelledby='attendance']//li")))
    assert people["Sheila Bailey"] == ("Present (Committee Member); attended item 4.(i) as Cabinet Member for "
                                       "Communities; seconded item 4.(i)")  # in the order the minutes give
    assert people["Ann Long"] == "Substitute for Tom Hill"
    assert people["Jane Stokes"] == "Apologies; moved item 4.(i)"
    assert texts(doc.xpath("//section[@aria-labelledby='declarations']//li")) == [
        "Jane Stokes, non-pecuniary interest in Item 4.(i): Safer Stockport Partnership Priorities: "
        "As a member of the board."]


def test_item_and_decision_pages_show_the_vote_with_named_voters(full_client: TestClient) -> None:
    item = page(full_client, f"{DOC}/{ITEM}-i.html")
    decision = page(full_client, f"{DOC}/decision/2017-12-04-communities-transport-scrutiny-committee-item-4-i-1.html")
    assert texts(decision.xpath("//h1")) == ["Decision on item 4.(i): Safer Stockport Partnership Priorities"]
    for doc in (item, decision):
        vote = doc.xpath("//div[@class='vote']")[0]
        assert texts(vote.xpath("p"))[1] == ("For: 2 · Against: 1 · Abstentions: 1 · Outcome: Carried · "
                                             "Recorded (named) vote · details")
        voters = dict(zip(texts(vote.xpath("dl/dt")), texts(vote.xpath("dl/dd")), strict=True))
        assert voters == {"Voted for": "Jane Stokes, Sheila Bailey", "Voted against": "Ann Long",
                          "Abstained": "Ben Dale", "Voter with a conflict of interests": "Cy Rao"}
        assert vote.xpath("dl/dd[1]/a/@href") == [f"{DOC}/person/jane-stokes.html", f"{DOC}/person/sheila-bailey.html"]


def rows_of(doc, section: str) -> list[list[str]]:
    return [texts(r.xpath("td")) for r in doc.xpath(f"//section[@aria-labelledby='{section}']//tbody/tr")]


def test_person_page_tells_roles_apologies_declarations_motions_and_votes(full_client: TestClient) -> None:
    doc = page(full_client, f"{DOC}/person/jane-stokes.html")
    item = "Item 4.(i): Safer Stockport Partnership Priorities"
    meeting = "Communities & Transport Scrutiny Committee, 4 December 2017"
    assert rows_of(doc, "roles") == [["Councillor", "Stockport Metropolitan Borough Council",
                                      "Thursday 5 May 2016", ""]]
    assert doc.xpath("//section[@aria-labelledby='attended']") == []  # she sent apologies
    assert rows_of(doc, "absent") == [["Monday 4 December 2017, 6:00 pm", meeting, "Apologies"]]
    assert rows_of(doc, "declarations") == [["Monday 4 December 2017, 6:00 pm", meeting, item,
                                             "Non-pecuniary interest", "As a member of the board."]]
    plan = "Safer Stockport Partnership Plan (11 December 2017)"
    assert rows_of(doc, "parts") == [  # newest first
        ["Monday 11 December 2017", "Seconded", "Cabinet, 11 December 2017", plan],  # no role: no column for it
        ["Monday 4 December 2017, 6:00 pm", "Moved", f"{item} {meeting}", ""]]
    assert rows_of(doc, "votes") == [
        ["Monday 11 December 2017", "For", "That the plan be approved.", "Cabinet, 11 December 2017",
         "Carried (2–0, 0 abstaining)", plan],
        ["Monday 4 December 2017, 6:00 pm", "For", "That the report be noted.", f"{item} {meeting}",
         "Carried (2–1, 1 abstaining)", "That the report be noted."]]
    votes = doc.xpath("//section[@aria-labelledby='votes']//tbody/tr")
    assert [v.xpath(".//a[@class='vote-link']/@href") + v.xpath(".//a[@class='decision-link']/@href")
            for v in votes] == [
        [f"{DOC}/vote/26804-vote-1.html", f"{DOC}/decision/26804.html"],
        [f"{DOC}/vote/2017-12-04-communities-transport-scrutiny-committee-item-4-i-1.html",
         f"{DOC}/decision/2017-12-04-communities-transport-scrutiny-committee-item-4-i-1.html"]]
    assert "No meetings name this person yet." not in texts(doc.xpath("//main//p"))


def test_person_page_pages_a_long_attendance_record(tmp_path: Path) -> None:
    record = long_record()
    for meeting in record.meetings:
        meeting.attendances = [model.Attendance(model.Person("Ruth Reader", "Councillor"), "present")]
    client = serve(tmp_path, record, bundled=False)
    first = page(client, f"{DOC}/person/ruth-reader.html")
    dates = texts(first.xpath("//section[@aria-labelledby='attended']//tbody/tr/td[1]"))
    assert (len(dates), dates[0], dates[-1]) == (50, "Tuesday 3 December 2019", "Tuesday 3 November 2015")
    assert texts(first.xpath("//section[@aria-labelledby='attended']//nav[@class='pager']/p")) == [
        "Showing 1–50 of 60 meetings (page 1 of 2)."]
    assert first.xpath("//section[@aria-labelledby='attended']//a[@rel='next']/@href") == [
        f"{DOC}/person/ruth-reader.html?page=2"]
    second = page(client, f"{DOC}/person/ruth-reader.html?page=2")
    dates = texts(second.xpath("//section[@aria-labelledby='attended']//tbody/tr/td[1]"))
    assert (len(dates), dates[-1]) == (10, "Saturday 3 January 2015")
    assert second.xpath("//section[@aria-labelledby='roles']") == []  # she holds none


def test_person_page_past_a_short_section_does_not_repeat_it(tmp_path: Path) -> None:
    record = long_record()
    for meeting in record.meetings:
        meeting.attendances = [model.Attendance(model.Person("Ruth Reader", "Councillor"), "present")]
    record.meetings[0].attendances[0].kind = "apologies"  # one apology: a section of one page
    client = serve(tmp_path, record, bundled=False)
    first = page(client, f"{DOC}/person/ruth-reader.html")
    assert len(first.xpath("//section[@aria-labelledby='absent']//tbody/tr")) == 1
    second = page(client, f"{DOC}/person/ruth-reader.html?page=2")
    assert second.xpath("//section[@aria-labelledby='absent']") == []
    assert len(second.xpath("//section[@aria-labelledby='attended']//tbody/tr")) == 9


def test_person_page_shows_party_ward_posts_and_meetings_attended(full_client: TestClient) -> None:
    doc = page(full_client, f"{DOC}/person/sheila-bailey.html")
    facts = dict(zip(texts(doc.xpath("//dl[@class='facts']/dt")), texts(doc.xpath("//dl[@class='facts']/dd")),
                     strict=True))
    assert facts == {"Party": "Liberal Democrat", "Ward": "Heatons North"}
    assert rows_of(doc, "roles") == [
        ["Chair", "Communities & Transport Scrutiny Committee", "Saturday 20 May 2017", "Saturday 19 May 2018"],
        ["Cabinet Member for Communities", "Stockport Metropolitan Borough Council", "", ""],
        ["Leader of the Council", "Stockport Metropolitan Borough Council", "", ""]]
    assert rows_of(doc, "attended") == [["Monday 4 December 2017, 6:00 pm",
                                         "Communities & Transport Scrutiny Committee, 4 December 2017", "Present",
                                         "Committee Member"]]


def test_councillor_who_moved_a_motion_and_voted_against_it_tells_both(client: TestClient) -> None:
    """Slough's minutes page names no meeting (its item has no cl:meeting): what he did still shows."""
    doc = page(client, "/doc/slough/person/stokes.html")
    item = "Item : Minutes - 19th May, 2011 and 23rd June 2011"
    assert rows_of(doc, "parts") == [["", "Moved", item]]
    assert rows_of(doc, "votes") == [[
        "", "Against", "the Minutes being a correct record", item, "Carried (24–10, 1 abstaining)",
        "That the Minutes of the proceedings of the Council at its meetings held on 19th May, 2011 and 23rd "
        "June, 2011 be app…"]]
    assert doc.xpath("//section[@aria-labelledby='votes']//a/@href") == [
        "/doc/slough/agenda-item/18978.html", "/doc/slough/vote/18978-1.html", "/doc/slough/decision/18978-1.html"]
    assert "No meetings name this person yet." not in texts(doc.xpath("//main//p"))


def test_every_resource_page_says_where_its_facts_come_from(client: TestClient) -> None:
    doc = page(client, "/doc/slough/person/stokes.html")
    source = doc.xpath("//aside[@class='source']")[0]
    assert texts(source.xpath("h2")) == ["Source"]
    (entry,) = texts(source.xpath("ul/li"))
    assert re.fullmatch(r"From the council's agenda item page www\.slough\.gov\.uk/moderngov/mgAi\.aspx\?ID=18978, "
                        r"read on \w+day \d+ \w+ \d{4}, \d+:\d\d [ap]m by Council LOD Publisher "
                        + re.escape(__version__) + r"\. The record graph \(/graph/slough/agenda-item/18978, Turtle\)",
                        entry), entry
    assert source.xpath("ul/li/a/@href") == ["http://www.slough.gov.uk/moderngov/mgAi.aspx?ID=18978",
                                             "/graph/slough/agenda-item/18978?format=ttl"]
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", source.xpath("ul/li/time/@datetime")[0])
    graph = client.get("/graph/slough/agenda-item/18978?format=ttl")
    assert (graph.status_code, graph.headers["content-type"]) == (200, "text/turtle; charset=utf-8")
    council = page(client, "/doc/stockport.html").xpath("//aside[@class='source']/ul/li")
    assert texts(council)[0].startswith("From mySociety, UK Local Authority Names and Codes (CC-BY-4.0), as of ")
    assert council[0].xpath("a/@href") == ["/graph/reference/councils?format=ttl"]


def test_a_thing_several_records_state_lists_each_record(client: TestClient) -> None:
    doc = page(client, f"{DOC}/issue/94630.html")
    assert [li.xpath("a[1]/@href")[0] for li in doc.xpath("//aside[@class='source']/ul/li")] == [
        "https://democracy.stockport.gov.uk/ieIssueDetails.aspx?IId=94630&PlanId=0&Opt=3"]
    committee = page(client, f"{DOC}/committee/council-meeting.html")  # named by two issue pages
    assert sorted(committee.xpath("//aside[@class='source']/ul/li/a/@href")) == [
        "/graph/stockport/issue-history/96771?format=ttl", "/graph/stockport/issue-meetings/94630?format=ttl",
        "https://democracy.stockport.gov.uk/ieIssueDetails.aspx?IId=94630&PlanId=0&Opt=3",
        "https://democracy.stockport.gov.uk/mgIssueHistoryHome.aspx?IId=96771"]
    audit = page(client, "/doc/manchester/committee/audit-committee.html")  # three web service answers
    assert sorted(t.split(",")[0] for t in texts(audit.xpath("//aside[@class='source']/ul/li"))) == [
        "From the file manchester_audit_getmeeting_4967.xml", "From the file manchester_getcommittees.xml",
        "From the file manchester_getmeetings_audit_2026.xml"]


def test_council_page_counts_and_lists_records_not_tied_to_a_meeting(client: TestClient) -> None:
    doc = page(client, "/doc/slough.html")
    assert texts(doc.xpath("//section[@aria-labelledby='figures']//li")) == [
        "1 record", "0 committees", "0 meetings", "1 agenda item", "1 decision", "35 people"]
    people = doc.xpath("//section[@aria-labelledby='people']//tbody/tr/td[1]")
    assert len(people) == 35
    assert texts(people)[:3] == ["Anderson", "Bains", "Basharat"]  # by family name
    assert people[0].xpath("a/@href") == ["/doc/slough/person/anderson.html"]
    assert rows_of(doc, "recent-decisions") == [[
        "", "That the Minutes of the proceedings of the Council at its meetings held on 19th May, 2011 and 23rd "
        "June, 2011 be app…", "Item : Minutes - 19th May, 2011 and 23rd June 2011"]]
    assert texts(doc.xpath("//section[@aria-labelledby='committees']/p")) == [
        "No committees of this council are recorded yet."]


def test_council_page_lists_recent_meetings_and_decisions_newest_first(client: TestClient) -> None:
    doc = page(client, f"{DOC}.html")
    assert texts(doc.xpath("//section[@aria-labelledby='figures']//li")) == [
        "3 records", "4 committees", "3 meetings", "3 agenda items", "3 decisions", "5 people"]
    assert [r[0] for r in rows_of(doc, "recent-meetings")] == [
        "Thursday 7 October 2021", "Monday 27 September 2021", "Monday 4 December 2017"]
    decisions = rows_of(doc, "recent-decisions")
    assert [r[0] for r in decisions] == [
        "Thursday 7 October 2021", "Monday 27 September 2021", "Monday 4 December 2017"]
    assert decisions[-1][1:] == ["That the report be noted.", "Item 4: Safer Stockport Partnership Priorities"]
    assert doc.xpath("//section[@aria-labelledby='recent-decisions']//tbody/tr[3]/td/a/@href") == [
        f"{DOC}/decision/2017-12-04-communities-transport-scrutiny-committee-item-4-1.html", f"{DOC}/{ITEM}.html"]


def test_council_page_lists_people_with_party_and_ward(full_client: TestClient) -> None:
    doc = page(full_client, f"{DOC}.html")
    assert texts(doc.xpath("//section[@aria-labelledby='people']//thead/tr/th")) == ["Name", "Party", "Ward"]
    people = {r[0]: r[1:] for r in rows_of(doc, "people")}
    assert people["Sheila Bailey"] == ["Liberal Democrat", "Heatons North"]
    assert people["Ann Long"] == ["Labour", "Brinnington and Central"]
    assert people["Jane Stokes"] == ["", ""]


def test_committee_page_names_its_members_with_roles(full_client: TestClient, client: TestClient) -> None:
    doc = page(full_client, f"{DOC}/committee/communities-transport-scrutiny-committee.html")
    assert rows_of(doc, "members") == [["Sheila Bailey", "Chair", "Saturday 20 May 2017", "Saturday 19 May 2018"]]
    council = page(client, "/doc/south-cambridgeshire/committee/council.html")
    attending = rows_of(council, "attending")  # no membership list: the people its attendance names
    assert len(attending) == 14
    assert attending[0] == ["Anna Bradnam", "0", "1"]  # no role is printed: no column for it


def test_item_page_shows_the_comments_once_in_the_minutes_where_they_stand(client: TestClient) -> None:
    doc = page(client, f"{DOC}/{ITEM}.html")
    assert doc.xpath("//section[@aria-labelledby='comments']") == []  # all eight are in the minutes
    minutes = doc.xpath("//div[@class='minutes']")[0]
    assert [child.tag for child in minutes] == ["p", "p", "p", "ul", "p"]
    assert texts(minutes.xpath("p"))[2] == "The following comments were made/ issues raised:-"
    comments = texts(minutes.xpath("ul[@class='comments']/li"))
    assert len(comments) == 8
    assert comments[-1] == ("The police had recently ring-fenced resources to address a rise in burglary across "
                            "Stockport.")
    assert len(doc.xpath("//main/*[not(@class='all-data')]//*[contains(text(), 'ring-fenced resources')]")) == 1


def test_item_page_of_a_record_naming_no_meeting_says_so(client: TestClient) -> None:
    doc = page(client, "/doc/slough/agenda-item/18978.html")
    assert texts(doc.xpath("//h1")) == ["Minutes - 19th May, 2011 and 23rd June 2011"]
    facts = dict(zip(texts(doc.xpath("//dl[@class='facts']/dt")), texts(doc.xpath("//dl[@class='facts']/dd")),
                     strict=True))
    assert facts == {"Meeting": "Not stated in the record"}  # and no empty item number
    assert texts(doc.xpath("//section[@aria-labelledby='decision']/p[@class='meta']")) == ["about this decision"]
    assert [texts(r.xpath("td")) for r in doc.xpath("//section[@aria-labelledby='who']//tbody/tr")] == [
        ["Stokes", "Moved"], ["Haines", "Seconded"]]  # no roles or organisations: no columns for them


def test_item_page_lists_comments_the_minutes_do_not_hold(full_client: TestClient) -> None:
    doc = page(full_client, f"{DOC}/{ITEM}-i.html")
    assert texts(doc.xpath("//section[@aria-labelledby='comments']//li")) == [
        "The police had ring-fenced resources to address a rise in burglary."]
    assert texts(doc.xpath("//div[@class='minutes']/p")) == ["The report was considered."]


def test_decision_made_at_a_meeting_is_titled_by_the_meeting_and_shows_its_notice(client: TestClient) -> None:
    doc = page(client, "/doc/woking/decision/26804.html")
    assert texts(doc.xpath("//h1")) == ["Decision of Executive, 12 September 2024"]
    facts = dict(zip(texts(doc.xpath("//dl[@class='facts']/dt")), texts(doc.xpath("//dl[@class='facts']/dd")),
                     strict=True))
    assert facts == {
        "Date of decision": "Thursday 12 September 2024", "Decision maker": "Executive",
        "Made at": "Executive, 12 September 2024", "Status": "Recommendations Approved", "Key decision": "No",
        "Wards affected": "All Wards", "Lead member": "Portfolio Holder", "Report author": "Tom Simpson",
        "Published": "Friday 13 September 2024", "Subject to call-in": "Yes",
        "Comes into effect": "Saturday 21 September 2024, if not called in", "Recommended to full council": "No"}
    assert texts(doc.xpath("//section[@aria-labelledby='purpose']/p")) == [
        "To consider the Draft Local List and to seek authority for community and stakeholder consultation."]
    assert texts(doc.xpath("//section[@aria-labelledby='reasons']/p"))[0].startswith(
        "To give the public and those affected by the proposals the opportunity to comment")


def test_meeting_page_lists_decisions_made_at_it_without_an_item(client: TestClient) -> None:
    doc = page(client, "/doc/woking/meeting/2024-09-12-executive.html")
    decisions = doc.xpath("//section[@aria-labelledby='made-here']//li/a")
    assert texts(decisions) == ["That the contents of the draft Local List be considered and approved for public "
                                "consultation in the Autumn/Winter of 2024."]
    assert decisions[0].get("href") == "/doc/woking/decision/26804.html"


def test_decision_page_shows_who_moved_it_and_the_votes_on_it(full_client: TestClient) -> None:
    doc = page(full_client, f"{DOC}/decision/26804.html")
    assert texts(doc.xpath("//h1")) == ["Safer Stockport Partnership Plan (11 December 2017)"]  # its own title
    assert texts(doc.xpath("//section[@aria-labelledby='moved']//li")) == [
        "Moved: Sheila Bailey", "Seconded: Jane Stokes"]
    for key, text in (("alternatives", "None."), ("conflicts", "None declared.")):
        assert texts(doc.xpath(f"//section[@aria-labelledby='{key}']/p")) == [text]
    vote = doc.xpath("//section[@aria-labelledby='votes']/div[@class='vote']")
    assert len(vote) == 1
    assert texts(vote[0].xpath("p")) == [
        "Motion: That the plan be approved.",
        "For: 2 · Against: 0 · Abstentions: 0 · Outcome: Carried · Not a recorded vote · details"]
    assert vote[0].xpath("p/a/@href") == [f"{DOC}/vote/26804-vote-1.html"]


def test_vote_page_links_the_item_and_the_decision(client: TestClient, full_client: TestClient) -> None:
    doc = page(client, "/doc/slough/vote/18978-1.html")
    assert texts(doc.xpath("//h1")) == ["Vote (carried)"]
    facts = dict(zip(texts(doc.xpath("//dl[@class='facts']/dt")), texts(doc.xpath("//dl[@class='facts']/dd")),
                     strict=True))
    assert facts == {"At": "Item : Minutes - 19th May, 2011 and 23rd June 2011",
                     "Decision": "That the Minutes of the proceedings of the Council at its meetings held on 19th "
                                 "May, 2011 and 23rd June, 2011 be app…"}
    assert doc.xpath("//dl[@class='facts']//a/@href") == ["/doc/slough/agenda-item/18978.html",
                                                          "/doc/slough/decision/18978-1.html"]
    voters = dict(zip(texts(doc.xpath("//dl[@class='voters']/dt")), texts(doc.xpath("//dl[@class='voters']/dd")),
                      strict=True))
    assert texts(doc.xpath("//div[@class='vote']/p"))[1] == (
        "For: 24 · Against: 10 · Abstentions: 1 · Outcome: Carried · Recorded (named) vote")  # no link to itself
    assert voters["Abstained"] == "Long"
    assert len(voters["Voted against"].split(", ")) == 10
    on_decision = page(full_client, f"{DOC}/vote/26804-vote-1.html")  # a vote on a decision, made at a meeting
    assert on_decision.xpath("//dl[@class='facts']//a/@href") == [f"{DOC}/meeting/2017-12-11-cabinet.html",
                                                                  f"{DOC}/decision/26804.html"]


def test_document_links_only_to_web_addresses(tmp_path: Path) -> None:
    record = long_record()
    record.meetings[4].items = [model.AgendaItem("1", "Report", documents=[
        model.Document("Report", "javascript:alert(1)"), model.Document("Plan", "https://example.org/plan.pdf")])]
    client = serve(tmp_path, record, bundled=False)
    doc = page(client, f"{DOC}/agenda-item/2015-05-03-planning-committee-item-1.html")
    assert doc.xpath("//ul[@class='documents']/li/a[1]/@href") == [
        f"{DOC}/document/2015-05-03-planning-committee-item-1-document-1.html", "https://example.org/plan.pdf"]
    assert texts(doc.xpath("//ul[@class='documents']/li")) == ["Report · details", "Plan · details"]
    assert "javascript:" not in "".join(doc.xpath("//@href"))


def test_source_box_lists_ten_records_and_counts_the_rest(tmp_path: Path) -> None:
    committee = model.Committee("Planning Committee")
    records = [model.Record(kind="meeting", source_id=str(n), source_url=f"https://example.org/meeting/{n}",
                            meetings=[model.Meeting(committee, date(2020, n, 1))]) for n in range(1, 13)]
    client = serve(tmp_path, *records, bundled=False)
    doc = page(client, f"{DOC}/{PLANNING}.html")
    assert len(doc.xpath("//aside[@class='source']/ul/li")) == 10
    assert texts(doc.xpath("//aside[@class='source']/p")) == ["… and 2 more records state something about it."]


def test_person_page_lists_the_items_they_took_part_in_and_posts_held(client: TestClient) -> None:
    doc = page(client, f"{DOC}/person/sheila-bailey.html")
    assert texts(doc.xpath("//h1")) == ["Councillor Sheila Bailey"]
    assert rows_of(doc, "parts") == [[
        "Monday 4 December 2017", "Attended",
        "Item 4: Safer Stockport Partnership Priorities Communities & Transport Scrutiny Committee, 4 December 2017",
        "Cabinet Member for Communities and Housing"]]
    assert doc.xpath("//section[@aria-labelledby='parts']//tbody/tr/td[3]//a/@href") == [f"{DOC}/{ITEM}.html",
                                                                                        f"{DOC}/{MEETING}.html"]
    assert rows_of(doc, "roles") == [
        ["Cabinet Member for Communities and Housing", "Stockport Metropolitan Borough Council"]]  # no dates


def test_issue_page_lists_the_meetings_that_considered_it_newest_first(client: TestClient) -> None:
    doc = page(client, f"{DOC}/issue/94630.html")
    rows = [texts(r.xpath("td"))[:3] for r in doc.xpath("//section[@aria-labelledby='considered']//tbody/tr")]
    assert rows == [["Thursday 7 October 2021", "Council Meeting", "5. Scrutiny Review Topic Selection - 2021/22"],
                    ["Monday 27 September 2021", "Scrutiny Co-ordination Committee",
                     "5. Scrutiny Review Topic Selection - 2021/22"]]


def test_issue_page_lists_decisions_on_it_that_name_no_meeting(client: TestClient) -> None:
    doc = page(client, "/doc/lewes/issue/5323.html")
    assert rows_of(doc, "decisions") == [
        ["Tuesday 31 July 2018", "Corporate plan refresh (31 July 2018)"],  # no maker or status is stated
        ["Friday 13 July 2018", "Corporate plan refresh (13 July 2018)"]]
    assert doc.xpath("//section[@aria-labelledby='decisions']//a/@href") == [
        "/doc/lewes/decision/5323-2018-07-31-1.html", "/doc/lewes/decision/5323-2018-07-13-1.html"]
    assert doc.xpath("//section[@aria-labelledby='considered']") == []


def test_issue_page_shows_what_the_forward_plan_states(client: TestClient) -> None:
    doc = page(client, f"{DOC}/issue/96771.html")
    facts = dict(zip(texts(doc.xpath("//dl[@class='facts']/dt")), texts(doc.xpath("//dl[@class='facts']/dd")),
                     strict=True))
    assert facts == {
        "Reference": "96771", "Status": "Recommendations Approved", "Decision type": "Key",
        "Key decision": "Yes (Policy Framework & Budget)", "Wards affected": "All Wards",
        "Lead member": "Cabinet Member for Highways, Parks and Leisure Services",
        "Department": "Corporate and Support Services", "Forward plan reference": "IN2",
        "Notice first published": "Monday 14 February 2022",
        "Call-in": "Not applicable - referral to Council Meeting", "Considered": "0 times"}
    assert texts(doc.xpath("//div[@class='summary']/p"))[0].startswith(
        "Safer Stockport Partnership (SSP) is required to review")
    assert texts(doc.xpath("//section[@aria-labelledby='planned']//li")) == [
        "Tuesday 15 March 2022, by Cabinet", "Thursday 31 March 2022, by Council Meeting"]
    assert texts(doc.xpath("//ul[@class='documents']/li")) == [
        "Safer Stockport Partnership Plan 2022/25 · on the council's page · details"]
    assert doc.xpath("//ul[@class='documents']/li/a[@class='listed']/@href") == [
        "https://democracy.stockport.gov.uk/mgIssueHistoryHome.aspx?IId=96771"]
    assert texts(doc.xpath("//section[@aria-labelledby='consultation']/p"))[-1] == (
        "A cross-party Member Working Group has overseen development of the Strategy from October 2021 to "
        "February 2022.")


def test_every_kind_of_resource_has_a_page_with_licence_formats_and_json_ld(client: TestClient) -> None:
    for path in (f"{DOC}", f"{DOC}/committee/council-meeting", f"{DOC}/decision/2021-10-07-council-meeting-item-5-1",
                 f"{DOC}/post/deputy-chief-executive", "/doc/org/greater-manchester-police",
                 f"{DOC}/participation/2017-12-04-communities-transport-scrutiny-committee-item-4-2",
                 f"{DOC}/role/deputy-chief-executive",
                 f"{DOC}/document/2017-12-04-communities-transport-scrutiny-committee-item-4-document-1"):
        doc = page(client, f"{path}.html")
        assert doc.xpath("//main//a[@rel='license']/@href") == [
            "http://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/"], path
        assert doc.xpath("//section[@class='about-data']//a/@href")[:4] == [
            f"{path}.{ext}" for ext in ("ttl", "jsonld", "rdf", "nt")], path
        assert len(doc.xpath("//script[@type='application/ld+json']")) == 1, path


def test_generic_page_shows_properties_with_labels_not_iris(client: TestClient) -> None:
    doc = page(client, f"{DOC}/participation/2017-12-04-communities-transport-scrutiny-committee-item-4-2.html")
    table = doc.xpath("//table[@class='statements'][1]/tbody/tr")
    rows = {r.xpath("th")[0].text_content(): " ".join(r.xpath("td")[0].text_content().split()) for r in table}
    assert rows["at item"] == "Item 4: Safer Stockport Partnership Priorities"
    assert rows["participant"] == "Sheila Bailey"
    assert rows["participation kind"] == "Attended"
    assert rows["in role"] == "Cabinet Member for Communities and Housing"


def test_embedded_json_ld_is_the_resource_description(client: TestClient) -> None:
    response = client.get(f"{DOC}/{MEETING}.html")
    script = lxml_html.fromstring(response.text).xpath("//script[@type='application/ld+json']/text()")[0]
    embedded = Graph().parse(data=script, format="json-ld")
    turtle = Graph().parse(data=client.get(f"{DOC}/{MEETING}.ttl").text, format="turtle")
    doc_iri = URIRef(f"{BASE}{DOC}/{MEETING}")
    assert set(embedded) == {t for t in turtle if t[0] != doc_iri}
    assert (URIRef(f"{BASE}/id/stockport/{MEETING}"), URIRef("http://www.w3.org/2000/01/rdf-schema#label"),
            None) in embedded


def test_markup_in_data_is_escaped_in_the_page_and_in_its_json_ld(long_client: TestClient) -> None:
    response = long_client.get("/doc/stockport/agenda-item/2015-03-03-planning-committee-item-1.html")
    assert response.status_code == 200
    assert "<script>alert(1)" not in response.text
    assert "</script><script>" not in response.text
    doc = lxml_html.fromstring(response.text)
    assert texts(doc.xpath("//h1")) == ["1 Fees & charges </script><script>alert(1)</script>"]
    script = doc.xpath("//script[@type='application/ld+json']/text()")[0]
    assert "Fees & charges </script><script>alert(1)</script>" in json.dumps(json.loads(script),
                                                                              ensure_ascii=False)


def test_committee_page_lists_meetings_newest_first_fifty_a_page(long_client: TestClient) -> None:
    first = page(long_client, f"{DOC}/{PLANNING}.html")
    dates = texts(first.xpath("//table[@class='meetings']/tbody/tr/td[1]"))
    assert len(dates) == 50
    assert dates[:2] == ["Tuesday 3 December 2019", "Sunday 3 November 2019"]
    assert dates[-1] == "Tuesday 3 November 2015"
    assert first.xpath("//nav[@class='pager']//a[@rel='next']/@href") == [f"{DOC}/{PLANNING}.html?page=2"]
    assert first.xpath("//nav[@class='pager']//a[@rel='prev']") == []
    assert texts(first.xpath("//nav[@class='pager']/p")) == ["Showing 1–50 of 60 meetings (page 1 of 2)."]
    second = page(long_client, f"{DOC}/{PLANNING}.html?page=2")
    dates = texts(second.xpath("//table[@class='meetings']/tbody/tr/td[1]"))
    assert len(dates) == 10
    assert (dates[0], dates[-1]) == ("Saturday 3 October 2015", "Saturday 3 January 2015")
    assert second.xpath("//nav[@class='pager']//a[@rel='prev']/@href") == [f"{DOC}/{PLANNING}.html?page=1"]
    assert second.xpath("//nav[@class='pager']//a[@rel='next']") == []


def test_agenda_order_is_by_position_else_by_displayed_number(long_client: TestClient) -> None:
    numbered = page(long_client, f"{DOC}/meeting/2015-01-03-planning-committee.html")
    assert texts(numbered.xpath("//table[@class='agenda']/tbody/tr/td[1]")) == ["2", "4", "4.(i)", "10"]
    positioned = page(long_client, f"{DOC}/meeting/2015-02-03-planning-committee.html")
    assert texts(positioned.xpath("//table[@class='agenda']/tbody/tr/td[1]")) == ["B", "C", "A"]


def test_unknown_resource_is_404_with_a_way_on(client: TestClient) -> None:
    doc = page(client, "/id/stockport/meeting/1999-01-01-nothing", status=404)
    assert texts(doc.xpath("//h1")) == ["Not found"]
    assert doc.xpath("//main//a/@href") == ["/search", "/"]
    plain = client.get("/id/stockport/meeting/1999-01-01-nothing", headers={"Accept": "text/turtle"})
    assert (plain.status_code, plain.headers["content-type"]) == (404, "text/plain; charset=utf-8")
    assert plain.text == "Not found. There is nothing at /id/stockport/meeting/1999-01-01-nothing in this dataset.\n"


# -- landing page ------------------------------------------------------------------------------------------


def test_landing_page_shows_counts_range_councils_and_links(client: TestClient) -> None:
    doc = page(client, "/")
    figures = texts(doc.xpath("//section[@aria-labelledby='here']/ul[@class='figures']/li"))
    assert figures[:5] == ["7 meetings", "12 agenda items", "7 decisions", "4 issues", "63 people"]
    assert figures[5].endswith(" triples")
    assert ("Meetings from Thursday 26 January 2017, 2:00 pm to Tuesday 10 February 2026, 10:00 am."
            in texts(doc.xpath("//main//p")))
    councils = [texts(r.xpath("td")) for r in doc.xpath("//section[@aria-labelledby='councils']//tbody/tr")]
    assert councils == [["Lewes District Council", "E07000063", "1", "0", "0"],  # a decision page only
                        ["Manchester City Council", "E08000003", "3", "3", "2"],
                        ["Slough Borough Council", "E06000039", "1", "0", "0"],  # an item page naming no meeting
                        ["South Cambridgeshire District Council", "E07000012", "1", "1", "1"],
                        ["Stockport Metropolitan Borough Council", "E08000007", "3", "4", "3"],
                        ["Woking Borough Council", "E07000217", "1", "1", "1"]]  # the meeting its decision names
    links = doc.xpath("//section[@aria-labelledby='use']//a/@href")
    assert links[:5] == ["/sparql", "/query", "/dumps/", "/void", "/def"]
    assert len(doc.xpath("//article[@class='example']")) == len(pages.EXAMPLES)


def test_landing_chart_has_one_group_of_bars_per_year_over_a_long_span(client: TestClient) -> None:
    """Nine years of sparse records: one bar per year (per month, 110 hair-thin bars spread over an empty axis)."""
    doc = page(client, "/")
    svg = doc.xpath("//figure[@class='chart']/*[local-name()='svg']")[0]
    assert svg.xpath("*[local-name()='title']/text()") == ["Meetings and decisions per year"]
    assert svg.xpath("*[local-name()='desc']/text()")[0].startswith(
        "Counts per year from 2017 to 2026: 7 meetings, 6 decisions.")
    years = svg.xpath("*[local-name()='g'][@class='period']")
    assert [g.get("data-period") for g in years] == [str(y) for y in range(2017, 2027)]  # empty years included
    counts = {g.get("data-period"): [int(r.get("data-count")) for r in g.xpath("*[local-name()='rect']")]
              for g in years}
    assert {year: c for year, c in counts.items() if sum(c)} == {
        "2017": [2, 1], "2018": [0, 2], "2021": [2, 2], "2024": [1, 1], "2026": [2, 0]}  # Slough's has no date
    assert texts(doc.xpath("//figure[@class='chart']/figcaption"))[0].startswith("Meetings and decisions per year.")


def test_landing_figures_follow_the_data_version(tmp_path: Path) -> None:
    client = serve(tmp_path, bundled=True)
    site: Site = client.app.state.site  # type: ignore[attr-defined]
    before = texts(page(client, "/").xpath("//ul[@class='figures']/li"))[0]
    Pipeline(site.store, load_settings()).ingest_record(long_record())
    site.changed()
    after = texts(page(client, "/").xpath("//ul[@class='figures']/li"))[0]
    assert (before, after) == ("7 meetings", "67 meetings")


# -- search -----------------------------------------------------------------------------------------------


def test_search_finds_the_founding_item_with_its_meeting_and_committee(client: TestClient) -> None:
    doc = page(client, "/search?q=burglary")
    hits = doc.xpath("//ol[@class='results']/li")
    assert len(hits) == 1
    assert hits[0].xpath("h2/a/@href") == [f"{DOC}/{ITEM}.html"]
    assert texts(hits[0].xpath("p[@class='meta']")) == [
        "Agenda item · Communities & Transport Scrutiny Committee · Monday 4 December 2017"]
    assert hits[0].xpath("p[@class='meta']/a/@href") == [
        f"{DOC}/committee/communities-transport-scrutiny-committee.html", f"{DOC}/{MEETING}.html"]
    assert hits[0].xpath("p[@class='snippet']/mark/text()") == ["burglary"]


def test_search_answers_json_with_a_stable_shape(client: TestClient) -> None:
    for response in (client.get("/search?q=burglaries", headers={"Accept": "application/json"}),
                     client.get("/search?q=burglaries&format=json")):
        assert response.status_code == 200
        assert response.headers["content-type"] == "application/json"
        found = response.json()
        assert (found["query"], found["total"], found["page"]) == ("burglaries", 1, 1)
        hit = found["results"][0]
        assert sorted(hit) == ["committee", "iri", "label", "meeting", "score", "snippet", "type"]
        assert (hit["iri"], hit["type"], hit["label"]) == (
            f"{BASE}/id/stockport/{ITEM}", "agenda item", "Item 4: Safer Stockport Partnership Priorities")
        assert hit["meeting"] == {"iri": f"{BASE}/id/stockport/{MEETING}", "date": "2017-12-04",
                                  "label": "Communities & Transport Scrutiny Committee, 4 December 2017"}
        assert hit["committee"] == {"iri": f"{BASE}/id/stockport/committee/communities-transport-scrutiny-committee",
                                    "label": "Communities & Transport Scrutiny Committee"}
        assert "<mark>burglary</mark>" in hit["snippet"]
        assert hit["score"] > 0


def test_search_ranks_decisions_and_items_and_finds_decision_text(client: TestClient) -> None:
    found = client.get("/search", params={"q": "scrutiny review programme", "format": "json"}).json()
    kinds = {(r["type"], r["label"][:40]) for r in found["results"]}
    assert ("decision", "That approval be given to the scrutiny r") in kinds
    scores = [r["score"] for r in found["results"]]
    assert scores == sorted(scores, reverse=True)


def test_search_text_that_is_not_fts_syntax_is_searched_as_words(client: TestClient) -> None:
    for q in ('"burglary', 'burglary AND', "burglary (", "co-ordination:", "NOT"):
        response = client.get("/search", params={"q": q, "format": "json"})
        assert response.status_code == 200, q
    assert client.get("/search", params={"q": '"burglary', "format": "json"}).json()["total"] == 1
    assert client.get("/search", params={"q": "rise in burglary)", "format": "json"}).json()["total"] == 1
    assert page(client, "/search?q=%22unbalanced").xpath("//p[@class='count']/text()")[0].startswith("0 results")


def test_empty_search_shows_the_form(client: TestClient) -> None:
    doc = page(client, "/search")
    assert doc.xpath("//form[@role='search']/@action") == ["/search"]
    assert doc.xpath("//ol[@class='results']") == []
    assert client.get("/search?format=json").json() == {"query": "", "total": 0, "page": 1, "page_size": 20,
                                                        "results": []}


def test_search_results_are_paged(long_client: TestClient) -> None:
    first = long_client.get("/search", params={"q": "application", "format": "json"}).json()
    second = long_client.get("/search", params={"q": "application", "format": "json", "page": "2"}).json()
    assert (first["total"], len(first["results"]), second["page"], len(second["results"])) == (29, 20, 2, 9)
    assert not {r["iri"] for r in first["results"]} & {r["iri"] for r in second["results"]}
    beyond = long_client.get("/search", params={"q": "application", "format": "json", "page": "9"}).json()
    assert beyond["page"] == 2  # a page past the end shows the last page
    doc = page(long_client, "/search?q=application")
    assert doc.xpath("//nav[@class='pager']//a[@rel='next']/@href") == ["/search?q=application&page=2"]
    assert doc.xpath("//ol[@class='results']/@start") == ["1"]
    assert page(long_client, "/search?q=application&page=2").xpath("//ol[@class='results']/@start") == ["21"]


# -- query editor -----------------------------------------------------------------------------------------


def test_query_editor_works_without_script_and_takes_a_query_parameter(client: TestClient) -> None:
    doc = page(client, "/query?query=ASK%20%7B%7D")
    form = doc.xpath("//form[@id='query-form']")[0]
    assert (form.get("method"), form.get("action")) == ("get", "/sparql")
    assert form.xpath(".//textarea[@name='query']/text()") == ["ASK {}"]
    assert form.xpath(".//select[@name='format']/optgroup/option/@value") == [
        "json", "xml", "csv", "tsv", "ttl", "nt", "jsonld"]
    assert doc.xpath("//script/@src") == ["/static/yasgui/yasgui.min.js", "/static/query.js"]
    assert doc.xpath("//link[@rel='stylesheet']/@href") == ["/static/style.css", "/static/yasgui/yasgui.min.css"]
    default = page(client, "/query").xpath("//textarea[@name='query']/text()")[0]
    assert default == pages.EXAMPLES[0].query
    assert doc.xpath("//a[@id='share']/@href") == ["/query?query=ASK+%7B%7D"]


def test_query_editor_states_its_limits(client: TestClient) -> None:
    """The time limit and the row limit of /sparql, on the page (as the server is configured)."""
    text = " ".join(page(client, "/query").xpath("string(//p[@class='query-limits'])").split())
    assert text == ("Queries run on this site's endpoint, http://127.0.0.1:8000/sparql (read-only). Each query may run "
                    "for 10 seconds and returns at most 10,000 rows; for everything, take the bulk downloads.")


def test_query_editor_is_told_our_endpoint_and_prefixes(client: TestClient) -> None:
    """YASGUI (static/query.js) gets our endpoint and the dataset's prefixes from the page, nothing remote."""
    doc = page(client, "/query?query=ASK%20%7B%7D&run=1")
    settings = json.loads(doc.xpath("//script[@id='editor-settings']/text()")[0])
    classes, properties = settings.pop("classes"), settings.pop("properties")  # completed after a / as predicate
    assert f"{CL}Meeting" in classes and f"{CL}Decision" in classes and classes == sorted(classes)
    assert "http://xmlns.com/foaf/0.1/name" in properties and properties == sorted(properties)
    assert settings == {"endpoint": "/sparql", "root": "", "ids": "http://127.0.0.1:8000/id/",
                        "prefixes": {p: str(ns) for p, ns in PREFIXES.items()},
                        "labelProperties": [str(p) for p in LABEL_PROPERTIES], "query": "ASK {}", "run": True,
                        "maxRows": 10_000}
    assert json.loads(page(client, "/query?run=1").xpath("//script[@id='editor-settings']/text()")[0])["run"] is False


def test_a_query_cannot_break_out_of_the_editor_settings(client: TestClient) -> None:
    query = 'SELECT * { ?s ?p "</script><script>alert(1)</script>" }'
    response = client.get("/query", params={"query": query})
    assert "<script>alert(1)" not in response.text
    settings = lxml_html.fromstring(response.text).xpath("//script[@id='editor-settings']/text()")[0]
    assert json.loads(settings)["query"] == query


def test_static_files_are_our_own(client: TestClient) -> None:
    css = client.get("/static/style.css")
    assert (css.status_code, css.headers["content-type"]) == (200, "text/css; charset=utf-8")
    script = client.get("/static/query.js")
    assert script.status_code == 200
    for text in (css.text, script.text, client.get("/").text):
        assert "https://" not in text.replace("https://w3id.org/council-lod/def#", "")  # no CDN, no web fonts


def test_yasgui_is_vendored_with_its_licence_and_version(client: TestClient) -> None:
    for name, media_type in (("yasgui.min.js", "text/javascript; charset=utf-8"),
                             ("yasgui.min.css", "text/css; charset=utf-8")):
        served = client.get(f"/static/yasgui/{name}")
        assert (served.status_code, served.headers["content-type"]) == (200, media_type)
        assert hashlib.sha256(served.content).hexdigest() == YASGUI_SHA256[name]  # unchanged from the package
    licence = (STATIC_DIR / "yasgui" / "LICENSE").read_text()
    assert licence.startswith("MIT License\n\nCopyright (c) Triply\nCopyright (c) Zazuko GmbH\n")
    readme = (STATIC_DIR / "yasgui" / "README.md").read_text()
    assert "`@zazuko/yasgui` **4.6.2**" in readme
    assert "https://registry.npmjs.org/@zazuko/yasgui/-/yasgui-4.6.2.tgz" in readme
    assert "sha512-Zw45KdPoAE1KRaAoxIHdQqeJxvaVG1oQdntw0hy0ktX35Zu8ZccuOLrXCLwR+GU+0xMzLw8Mjw6BkSZV2vUuQw==" in readme
    assert not list((STATIC_DIR / "yasgui").glob("*.map"))


YASGUI_SHA256 = {  # build/yasgui.min.js and .css of the npm tarball whose integrity the README names
    "yasgui.min.js": "55034eaac74c55f55fbd1eeed008ae38a79053651cbed2b453f1fcfd895a4b75",
    "yasgui.min.css": "085b94556b97f9928981bdedb6848fd11ad4d8d950e821f0d698c58ca538fc55",
}


def test_every_example_query_runs_on_the_endpoint(live_server) -> None:
    http = httpx.Client(timeout=30)
    for example in pages.EXAMPLES:
        response = http.post(live_server.url("/sparql"), data={"query": example.query},
                             headers={"Accept": "application/sparql-results+json"})
        assert response.status_code == 200, (example.title, response.text)
        assert len(response.json()["results"]["bindings"]) >= 1, example.title
