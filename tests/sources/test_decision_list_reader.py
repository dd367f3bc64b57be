"""The ModernGov list of decisions reader (mgDelegatedDecisions.aspx), on the real Rutland and Spelthorne records
and on North Hertfordshire's and Salford's forms of the same list."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from publisher.errors import RecordError
from publisher.model import Committee, Contact, MeetingRef, Person
from publisher.sources import read_record
from publisher.sources.decision_list_page import looks_like_decision_list_page, read_decision_list_page
from publisher.sources.person_mentions import split_honorific
from publisher.sources.prose_people import add_people_in_prose, people_in_prose
from tests import paths

CORPUS = paths.TESTS / "corpus" / "records"
RUTLAND = CORPUS / "rutland_decisions_662.txt"
SPELTHORNE = CORPUS / "spelthorne_decisions_1231.txt"


def test_each_listed_decision_is_published_with_its_heading_and_fields() -> None:
    record = read_record(RUTLAND)
    assert record.kind == "decision-list" and record.source_id == "04-09-2020-18-09-2020"
    assert [(d.source_id, d.title, d.date, d.status, d.maker) for d in record.decisions] == [
        ("662", "SLL CATMOSE SPORTS CONTRACT COVID19 IMPACT", date(2020, 9, 15), "Recommendations Approved", "Cabinet"),
        ("660", "SALT PROCUREMENT FRAMEWORK", date(2020, 9, 15), "Recommendations Approved", "Cabinet"),
        ("659", "RUTLAND COUNTRYSIDE ACCESS FORUM", date(2020, 9, 15), "Recommendations Approved", "Cabinet")]
    salt = record.decisions[1]
    assert salt.meeting == MeetingRef(committee=Committee("Cabinet"), date=date(2020, 9, 15))
    assert (salt.published, salt.effective_from) == (date(2020, 9, 17), date(2020, 9, 15))
    assert salt.text == (
        "i)           Cabinet approved the renewal of the ESPO Framework Agreement 220- De-icing Salt and Associated "
        "Products/ services for the period of 1st July 2020- 30th April 2024.\n\nii)          Cabinet noted that the "
        "calling-off process from lot 1 under the ESPO Framework 220 will occur annually between 1st May- 30th "
        "September 2020.")


def test_purpose_wards_and_lead_officer_and_a_heading_cut_off() -> None:
    record = read_record(SPELTHORNE)
    elections = record.decisions[1]
    assert elections.purpose == ("To receive a report detailing how decisions were made on the locations of and "
                                 "communications around polling stations at the recent election in May 2021.")
    assert elections.text == ("to note the steps taken to implement the Polling Station review and to ensure a "
                              "Covid secure election took place.")
    assert elections.wards == ["All Wards"]
    assert elections.contact == Contact(person=Person("Victoria Statham"), role="Lead officer")
    assert [d.source_id for d in record.decisions] == ["1231", "1229", "1228"]
    assert record.warnings == ["line 68: an entry's heading cut off ('07/10/2021 - Corporate Procurement Strategy, "
                               "Policy & Proced'): no decision read"]


NORTH_HERTS = """Decisions published

15/03/2023 - CHAIR'S ANNOUNCEMENTS ref: 5635    Recommendations Approved

Decision Maker: Letchworth Committee

Made at meeting: 15/03/2023 - Letchworth Committee

Decision published: 16/03/2023

Effective from: 15/03/2023


(1)  The Chair advised that, in accordance with Council Policy, the meeting would be audio recorded;

15/03/2023 - MINUTES - 14 DECEMBER 2022 ref: 5633    Recommendations Approved

Decision Maker: Letchworth Committee

Made at meeting: 15/03/2023 - Letchworth Committee

Decision published: 16/03/2023

Effective from: 15/03/2023


RESOLVED:That the Minutes of the Meeting of the Committee held on 14 December 2022 be approved as a true record.

19/01/2023 - CHURCHGATE UPDATE - PART 1 ref: 5469    Recommendations Approved

Decision Maker: Council

Made at meeting: 19/01/2
"""


def test_a_decision_printed_after_its_dates_without_its_label_and_an_entry_cut_off() -> None:
    """North Hertfordshire prints the decision after "Effective from:" with no "Decision:" label; a copy cut off in
    an entry's meeting line leaves that decision out, with a Warning, and keeps the others."""
    assert looks_like_decision_list_page(NORTH_HERTS)
    record = read_decision_list_page(NORTH_HERTS, None, Path("north-herts.txt"))
    assert [(d.title, d.text) for d in record.decisions] == [
        ("CHAIR'S ANNOUNCEMENTS",
         "(1)  The Chair advised that, in accordance with Council Policy, the meeting would be audio recorded;"),
        ("MINUTES - 14 DECEMBER 2022",
         "That the Minutes of the Meeting of the Committee held on 14 December 2022 be approved as a true record.")]
    assert record.source_id == "refs-5635-5633"
    assert record.warnings == ["line 29: decision ref 5469 not read: north-herts.txt:33 [decided at meeting]: meeting "
                               "not understood (expected 'date - committee'): 19/01/2"]


def test_a_group_of_deputies_is_nobody() -> None:
    """Salford's list opens "… decisions taken by the City Mayor, Deputy City Mayors and Lead Members": a group of
    posts, not a person titled "Deputy"."""
    assert split_honorific("Deputy City Mayors") == (None, "Deputy City Mayors")
    assert people_in_prose("In accordance with the constitution, the council publishes decisions taken by the City "
                           "Mayor, Deputy City Mayors and Lead Members.") == []


SUMMARY_URL = "http://democracy.example.gov.uk/mgDelegatedDecisions.aspx?bcr=1&DM=0&DS=2&K=0&DR=&V=0"


def test_the_summary_views_rows_are_decisions_without_text_pointing_at_their_details_page() -> None:
    """The list's summary view (``V=0``) prints a row a decision, its title, ref, dates and call-in run together
    ("Declarations of Interest ref: 45614/02/201714/02/2017Not for call-in", Ryedale), with spaces or a Markdown
    row's bars in other copies, and no decision's text: each row is a decision with what it states and its details
    page's address, and a Warning says the text is not in the list."""
    summary = ("Officer delegated decisions\n\nDecisions published\nTitle Date Effective from Call-ins\n"
               "Declarations of Interest ref: 45614/02/201714/02/2017Not for call-in\n"
               "| Land at Mill Lane: disposal ref: 1203 | 03/03/2017 | 10/03/2017 | Call-in expired |\n"
               "Staffing review ref: 98 21/03/2017\n")
    record = read_decision_list_page(summary, SUMMARY_URL)
    assert [(d.source_id, d.title, d.date, d.effective_from, d.subject_to_call_in, d.text, d.details_url)
            for d in record.decisions] == [
        ("456", "Declarations of Interest", date(2017, 2, 14), date(2017, 2, 14), False, None,
         "http://democracy.example.gov.uk/ieDecisionDetails.aspx?ID=456"),
        ("1203", "Land at Mill Lane: disposal", date(2017, 3, 3), date(2017, 3, 10), True, None,
         "http://democracy.example.gov.uk/ieDecisionDetails.aspx?ID=1203"),
        ("98", "Staffing review", date(2017, 3, 21), None, None, None,
         "http://democracy.example.gov.uk/ieDecisionDetails.aspx?ID=98")]
    assert record.warnings == [
        "the decisions list's summary view (V=0) prints no decision's text: 3 decision(s) published with title, ref "
        "and dates only, each with the address of its details page (ieDecisionDetails.aspx?ID=<ref>), which prints "
        "the text"]


def test_a_summary_view_with_no_address_is_refused_with_where_to_find_the_decisions_text() -> None:
    summary = "Decisions published\nTitle Date Effective from Call-ins\nDeclarations of Interest ref: 456 14/02/2017\n"
    with pytest.raises(RecordError, match=r"summary view \(V=0.*no address to find it at: give the list's address "
                                          r"\(a sidecar's 'Source URL:'\), its detailed view \(V=1\) or each "
                                          r"decision's details page \(ieDecisionDetails\.aspx\?ID=<ref>\)"):
        read_decision_list_page(summary, None)
    with pytest.raises(RecordError, match="^<input>: no decision listed"):
        read_decision_list_page("Decisions published\nNothing was decided.\n", SUMMARY_URL.replace("V=0", "V=1"))


CLAUSES_BY_VERB = """Decisions published

14/02/2024 - Highway Verge Cutting Contract ref: 905    Recommendations Approved

Decision Maker: Cabinet

Made at meeting: 14/02/2024 - Cabinet

Decision published: 15/02/2024

Effective from: 23/02/2024

Decision:

RESOLVED to:

1)   Note the tenders received; and

2)   Award the contract to the preferred bidder.

Lead officer: Maria Lowe
"""


def test_a_marker_whose_clauses_each_open_with_their_verb() -> None:
    """ "RESOLVED to:" over clauses that each open with their verb ("1) Note …"): the marker's "to" is no part of
    the decision's text."""
    record = read_decision_list_page(CLAUSES_BY_VERB, None, Path("clauses.txt"))
    assert [d.text for d in record.decisions] == [
        "1)   Note the tenders received; and\n\n2)   Award the contract to the preferred bidder."]


def test_a_county_prints_its_divisions_affected() -> None:
    """A county council's list prints "Divisions affected:" where a district's prints "Wards affected:": the
    electoral divisions the decision affects, not more of the decision's text."""
    divisions = "Divisions affected: Ashford Rural; Tenterden North;\n\nLead officer:"
    text = CLAUSES_BY_VERB.replace("Lead officer:", divisions)
    decision = read_decision_list_page(text, None, Path("divisions.txt")).decisions[0]
    assert decision.text == "1)   Note the tenders received; and\n\n2)   Award the contract to the preferred bidder."
    assert decision.wards == ["Ashford Rural", "Tenterden North"]


def test_two_lead_officers_are_two_people_in_that_role() -> None:
    """ "Lead officer: Maria Lowe, Tom Birch" names two officers, never one person "Maria Lowe, Tom Birch": the
    first is the decision's contact, the prose pass names the second in the same role."""
    text = CLAUSES_BY_VERB.replace("Lead officer: Maria Lowe", "Lead officer: Maria Lowe, Tom Birch")
    record = read_decision_list_page(text, None, Path("officers.txt"))
    assert record.decisions[0].contact == Contact(person=Person("Maria Lowe"), role="Lead officer")
    add_people_in_prose(record, text)
    assert [(post.label, post.holder.name) for post in record.posts if post.holder] == [("Lead officer", "Tom Birch")]
