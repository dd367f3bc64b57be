"""Patterns found by reading stored ModernGov pages and web-service answers of corpus councils no reader was
tuned on (audit g): each test quotes the real lines and asserts what a careful reader takes from them, and what
it leaves unread."""

from __future__ import annotations

from publisher.sources.decision_page import read_decision_page
from publisher.sources.issue_decisions_page import read_issue_decisions_page
from publisher.sources.meeting_page import read_meeting_page
from publisher.sources.prose_people import people_in_prose
from publisher.sources.text_rules import parse_contact
from publisher.sources.webservice import read_webservice, represented_body

SCARBOROUGH = """<?xml version="1.0" encoding="utf-8"?>
<councillorsbyward><wards><ward><wardtitle>Newby</wardtitle><councillors>
<councillor><councillorid>12</councillorid><fullusername>Councillor Vanda Inman</fullusername>
<politicalpartytitle>Conservative</politicalpartytitle><representing>Newby Ward</representing><keyposts></keyposts>
</councillor></councillors></ward></wards></councillorsbyward>"""


def test_a_ward_printed_as_representing_is_no_organisation() -> None:
    record = read_webservice(SCARBOROUGH, "http://democracy.scarborough.gov.uk/mgWebService.asmx/GetCouncillorsByWard")
    [person] = record.people
    assert (person.name, person.ward, person.organisation) == ("Vanda Inman", "Newby", None)
    assert record.warnings == ["<representing> of 1 member not read as the body the member sits for: it names no "
                               "organisation (Councillor Vanda Inman: 'Newby Ward')"]


def test_only_a_body_s_name_is_the_body_represented() -> None:
    assert represented_body("Greater London Authority", "Londonwide") == "Greater London Authority"
    assert represented_body("Dover District Council", "Aylesham") == "Dover District Council"
    assert represented_body("Ward 6: Cowal", "Cowal") is None
    assert represented_body("Brampton", "Brampton") is None
    assert represented_body("Portfolio Holder for Resources", "Netteswell") is None
    assert represented_body("Labour", "Appleton") is None
    assert represented_body("LBBD", "Abbey") is None
    assert represented_body("Area 2 Committee (Bridge, Church End, Monkhams and Roding)", "Bridge") is None


def test_executive_alone_before_capitalised_words_is_no_post() -> None:
    """North Herts decision (ieDecisionDetails.aspx?AIId=16861): "the Executive Summary Grid" is a table of the
    report, not a person "Summary Grid" holding the post "Executive"; "Chief Executive Jane Smith" still is."""
    assert people_in_prose("Estimated figures are included in the main body of the report which can be found in "
                           "Appendix 1 and are summarised in the Executive Summary Grid in Appendix 2.") == []
    [named] = people_in_prose("The report was presented by the Chief Executive Jane Smith.")
    assert (named.person.name, named.role) == ("Jane Smith", "Chief Executive")


def test_a_heading_grouping_the_older_layout_s_items_is_no_item() -> None:
    """Tonbridge and Malling's Council of 19 February 2009 (CeListDocuments, MID=777) prints "MATTERS FOR
    RECOMMENDATION TO THE CABINET" over its one minute: a heading, not an unnumbered item."""
    page = ("Meeting documents\n\nCouncil\nThursday, 19th February, 2009 7.30 pm\n\nItemDescriptionResolution\n"
            "PART 1 - PUBLIC\nMATTERS FOR RECOMMENDATION TO THE CABINET\n"
            "PO 09/003 Council Improvement Priorities for 2009/10\n"
            "The report of the Council Leader and Chief Executive proposed a set of revised priorities for 2009/10, "
            "taking account of progress achieved against the 2008/09 priorities.\n\n"
            "RECOMMENDED: That the priorities, including the key priorities, as set out in Annex 1 to the report be "
            "endorsed.\n*Referred to Cabinet\nThe meeting ended at 2020 hours\n")
    record = read_meeting_page(page, "https://democracy.tmbc.gov.uk/celistdocuments.aspx?A=1&DF=19%2F02%2F2009"
                                     "&MID=777&R=0")
    [meeting] = record.meetings
    assert [(item.number, item.title) for item in meeting.items] == [
        ("PO 09/003", "Council Improvement Priorities for 2009/10")]


def test_a_clause_numbered_in_roman_figures_opens_the_decision_after_an_unlabelled_purpose() -> None:
    """Southampton's Cabinet decision (ieDecisionDetails.aspx?Id=408), copied without its labels: the purpose
    "To consider a report of …" is not the decision; "(i) To note the Presentments …" starts it."""
    page = ("Decision Maker: Cabinet\nDecision status: Recommendations Approved\nIs Key decision?: Yes\n"
            "Is subject to call in?: Yes\n"
            "To consider a report of the Head of Legal and Democratic Services setting out Presentments accepted by "
            "Court Leet, the action taken to date and identifying Lead Members and Officers for future actions.\n"
            "(i) To note the Presentments approved by the Court Leet Jury as set out in Appendix 1 to the report; "
            "and\n(ii) That individual Cabinet Members ensure that responses are made to Presenters regarding "
            "presentments within their portfolios as appropriate and as soon as practically possible.\n"
            "Report author: Richard Ivory\nPublication date: 21/11/2011\nDate of decision: 21/11/2011\n"
            "Decided at meeting: 21/11/2011 - Cabinet\n")
    record = read_decision_page(page, "https://southampton.gov.uk/modernGov/ieDecisionDetails.aspx?Id=408")
    [decision] = record.decisions
    assert decision.text.startswith("(i) To note the Presentments approved by the Court Leet Jury")
    assert decision.purpose.startswith("To consider a report of the Head of Legal and Democratic Services")


def test_a_contact_line_of_post_dash_name_gives_the_first_officer_and_never_the_line_as_a_name() -> None:
    """Tendring's decision notice (celistdocuments.aspx?…MID=485): "Contact Officer :-Head of Planning - Catherine
    Bicknell and Legal Services Manager - Lisa Hastings." was published as one person named by the whole line."""
    contact = parse_contact("Head of Planning - Catherine Bicknell and Legal Services Manager - Lisa Hastings.")
    assert (contact.person.name, contact.role) == ("Catherine Bicknell", "Head of Planning")
    assert parse_contact("Head of Planning and Legal Services Manager for the District") is None


def test_a_member_s_report_narrated_before_the_body_s_agreement_is_not_the_decision() -> None:
    """Barking and Dagenham's issue decisions (mgDecisionDetails.aspx?IId=38331): the Leader's report is the
    minute's narrative; "Cabinet agreed …" is what was decided."""
    page = ("Issue - decisions\n\nCalendar of Meetings\n\n23/03/2012 - Programme of Meetings 2012/13\n\n"
            "The Leader of the Council reported on the proposed principles for the Programme of Meetings for the "
            "forthcoming municipal year 2012/13, which were largely unchanged from the current year.\n\n \n\n"
            "Cabinet agreed the basis of the Programme of Meetings for 2012/13 as detailed in the report.\n")
    record = read_issue_decisions_page(page, "https://modgov.lbbd.gov.uk/internet/mgDecisionDetails.aspx?IId=38331"
                                             "&Opt=1")
    [decision] = record.decisions
    assert decision.text == ("Cabinet agreed the basis of the Programme of Meetings for 2012/13 as detailed in "
                             "the report.")


def test_a_markdown_cell_border_is_no_part_of_the_decision() -> None:
    """Tamworth's issue decisions (mgDecisionDetails.aspx?IId=15439) as a Markdown rendering lays the minute out
    in cells: "RESOLVED: |", "|" alone; the decision is the resolution's words, not its borders."""
    page = ("The Leader of the Council informed Members that The Local Authorities (Executive Arrangements) (Meetings "
            "and Access to Information) Regulations 2012 specifies and requires inter alia under Regulation 19 that "
            "the Executive Leader must submit a report on a regular basis to Council.\nRESOLVED: |\n"
            "That Members Endorsed the Annual Executive Arrangements Report\n|\n|\n"
            "(Moved by Councillor D Cook and seconded by Councillor Dr S Peaple) |\n")
    record = read_issue_decisions_page(page, "https://democracy.tamworth.gov.uk/mgDecisionDetails.aspx?IId=15439&Opt=1")
    [decision] = record.decisions
    assert decision.text.startswith("That Members Endorsed the Annual Executive Arrangements Report")
    assert "|" not in decision.text


def test_of_two_officers_a_contact_line_offers_either_the_first_is_the_contact() -> None:
    """Surrey's contact lines (audit pages) offer two officers: "Huma Younis or Andre Ferreira  Email: …" was one
    person named "Huma Younis or Andre Ferreira"; the first is the contact, as with "Jane Smith/ John Brown"."""
    contact = parse_contact("Huma Younis or Andre Ferreira  Email: huma.younis@surreycc.gov.uk")
    assert contact.person.name == "Huma Younis"
