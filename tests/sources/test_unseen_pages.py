"""Patterns found by reading stored ModernGov pages of corpus councils that no reader was tuned on (audit d): each
test quotes the page's own lines and asserts what a careful reader takes from them, and what it leaves unread."""

from __future__ import annotations

from publisher.sources.attendance import read_attendance, read_declarations
from publisher.sources.decision_page import read_decision_page
from publisher.sources.issue_decisions_page import read_issue_decisions_page
from publisher.sources.item_titles import split_title
from publisher.sources.meeting_page import read_meeting_page
from publisher.sources.person_mentions import looks_like_name
from publisher.sources.prose_people import people_in_prose
from publisher.sources.text_rules import DECISION_MARKER, meeting_heading


def test_a_resolution_a_copy_broke_over_two_paragraphs_is_read_whole() -> None:
    """Gateshead's Council minutes (ieListDocuments.aspx?CId=140&MId=1555, 3194) wrap a resolution into a new
    paragraph mid-sentence: "held on 21" / "September 2017 be approved.", "named in the report" / "be appointed
    …", "26 May" / "2022 be approved …". The decision is the sentence whole, never its first half."""
    page = ("Agenda and minutes\n\nVenue: Council Chamber, Gateshead Civic Centre\n\nItems\nNo. Item\n\n"
            "CL20\n\nTo confirm the Minutes of the meeting held 26 May 2022 pdf icon PDF 287 KB\n\nMinutes:\n\n"
            "COUNCIL RESOLVED          -           That the minutes of the meeting held on 26 May\n\n"
            "2022 be approved as a correct record.\n\n"
            "CL24\n\nAppointment of Independent Strategic Housing Board Members pdf icon PDF 134 KB\n\nMinutes:\n\n"
            "Consideration was given to a report seeking approval to appoint three independent members to Gateshead "
            "Strategic Housing Board.\n\n \n\nCOUNCIL RESOLVED          -           That the three candidates named "
            "in the report\n\nbe appointed to the independent member positions on the Gateshead Strategic Housing "
            "Board for the terms of office indicated with effect from 21 July 2022.\n\n"
            "CL25\n\nOverview and Scrutiny Committees - Work Programmes 2022/23\n\nMinutes:\n\nNoted.\n")
    items = read_meeting_page(page, "http://democracy.gateshead.gov.uk/ieListDocuments.aspx?CId=140&MId=3194"
                              ).meetings[0].items
    assert [[d.text for d in item.decisions] for item in items[:2]] == [
        ["That the minutes of the meeting held on 26 May 2022 be approved as a correct record."],
        ["That the three candidates named in the report be appointed to the independent member positions on the "
         "Gateshead Strategic Housing Board for the terms of office indicated with effect from 21 July 2022."]]


def test_a_resolution_marker_after_it_was_keeps_its_own_paragraph() -> None:
    """records/havant_meeting_10339.txt: "… seconded by Councillor K Smith, it was" / "RESOLVED that …": the
    marker opens the resolution; the line before it is not run on into it."""
    page = ("Agenda and minutes\n\nCouncil - Wednesday, 18th April, 2018 5.00 pm\n\nItems\nNo. Item\n\n168.\n\n"
            "Minutes\n\nMinutes:\n\nProposed by Councillor Keast and seconded by Councillor K Smith, it was\n\n \n\n"
            "RESOLVED that the minutes of the meeting of the Council held on 21 February were approved as a correct "
            "record.\n")
    item = read_meeting_page(page).meetings[0].items[0]
    assert [d.text for d in item.decisions] == [
        "that the minutes of the meeting of the Council held on 21 February were approved as a correct record."]


def test_dates_and_hours_an_agenda_text_lists_are_no_items() -> None:
    """Powys (ieListDocuments.aspx?CId=806&MeetingId=5916): item 4's agenda text lists the next meetings, each date
    on a line of its own over its hours ("14/09/2020" / "10.00 – 12.00"): a date is no item's number."""
    page = ("Agenda and minutes\n\nVenue: By Teams. View directions\n\nItems\nNo. Item\n\n3.\n\nDeclaration of Party "
            "Whips\n\nMinutes:\n\nNone.\n\n4.\n\nScrutiny Work Programme\n\nThe next meetings of the Committee will be "
            "held as follows:\n\n \n\n14/09/2020\n\n10.00 – 12.00\n\nItems: Global Centre for Rail Excellence\n\n"
            "19/10/20\n\n10.00 – 12.00\n\n \n\n02/11/20\n\n14.00 – 16.00\n")
    items = read_meeting_page(page, "https://powys.moderngov.co.uk/ieListDocuments.aspx?CId=806&MeetingId=5916"
                              ).meetings[0].items
    assert [(item.number, item.title) for item in items] == [
        ("3", "Declaration of Party Whips"), ("4", "Scrutiny Work Programme")]


def test_a_municipal_year_heading_a_table_column_is_no_item_number() -> None:
    """Lichfield (ieListDocuments.aspx?CId=136&MeetingId=149): item 9's table of committee minutes heads its columns
    "Committee" / "2017/2018" / "Pages" / "Chairman": a year and the next are no item's number; "77/21" still is."""
    page = ("Agenda and minutes\n\nItems\nNo. Item\n\n9.\n\nThe Chairmen Indicated Below To Move That The Proceedings "
            "Be Received.\n\nCommittee\n\n2017/2018\n\nPages\n\nChairman\n\n(a)  Planning\n\n18 December\n\n"
            "77/21\n\nMinutes\n")
    items = read_meeting_page(page, "https://democracy.lichfielddc.gov.uk/ieListDocuments.aspx?CId=136&MeetingId=149"
                              ).meetings[0].items
    assert [(item.number, item.title) for item in items] == [
        ("9", "The Chairmen Indicated Below To Move That The Proceedings Be Received."), ("77/21", "Minutes")]


def test_an_item_s_starting_time_in_a_row_of_its_own_is_no_title() -> None:
    """Salford's Council agenda as a Markdown copy (ieListDocuments.aspx?MId=7057) prints each item's time in a
    row of its own: "9.40 am Additional documents: |"."""
    assert split_title("9.40 am Additional documents:").title is None
    assert split_title("10.05am Additional documents:").title is None
    assert split_title("10.00 – 12.00").title is None
    assert split_title("Youth Justice Plan 2023/24 Additional documents:").title == "Youth Justice Plan 2023/24"


def test_a_title_worded_as_a_purpose_before_the_agenda_s_own_purpose() -> None:
    """Gosport (ieListDocuments.aspx?CId=133&MId=430), a Markdown row: "To confirm the minutes of the Council held on
    19 July 2023 To sign the minutes as a true and correct record.": a second "To sign" opens the agenda text, so
    the first is the title; "To receive …" alone is still agenda text with no title."""
    found = split_title("To confirm the minutes of the Council held on 19 July 2023 To sign the minutes as a true and "
                        "correct record.")
    assert (found.title, found.text) == ("To confirm the minutes of the Council held on 19 July 2023",
                                         "To sign the minutes as a true and correct record.")
    assert split_title("To receive any apologies for absence. To note the substitutes.").title is None


def test_a_title_s_bracketed_note_and_a_title_cut_after_a_preposition() -> None:
    """Markdown rows, title and agenda text run together. Gateshead (MId=2872): "Questions from Members of the
    Public (to consider any questions submitted under Council Procedure Rule 7)" keeps its bracket, and the rule's
    number closing it is no list's; Tendring (CId=325&MId=2106): "Questions on Notice pursuant to …" has no end
    a reader can tell, and a heading never ends in "on": no title (was "Questions on")."""
    assert split_title("Questions from Members of the Public (to consider any questions submitted under Council "
                       "Procedure Rule 7) Minutes: There were no valid questions").title == (
        "Questions from Members of the Public (to consider any questions submitted under Council Procedure Rule 7)")
    assert split_title("Questions on Notice pursuant to Council Procedure Rule 38 Subject to providing two working "
                       "days’ notice, a Member of the Committee may ask").title is None


def test_a_labelled_line_or_the_page_s_own_title_is_no_meeting_heading() -> None:
    """Tendring (CId=130&MId=1252) prints "Link: Audio Recording - 3 July 2018" below the venue: a link, not the
    committee "Link: Audio Recording"; Salford's copy (MId=6610) opens "{meta} Agenda for Council on Wednesday, 15
    March 2023, 9.30 am": the committee is Council. Teignbridge (CId=165&MId=2831): "On the rising of Planning
    Committee" says when Full Council starts, and is no part of its name."""
    assert meeting_heading("Link: Audio Recording - 3 July 2018") is None
    salford = read_meeting_page("{meta} Agenda for Council on Wednesday, 15 March 2023, 9.30 am\n\n\nVenue: Council "
                                "Chamber, Salford Civic Centre, Chorley Road, Swinton. View directions\n\n\nNo. Item\n"
                                "\n\nApologies for absence\n\nAdditional documents:\n",
                                "https://sccdemocracy.salford.gov.uk/ieListDocuments.aspx?CId=134&MId=6610&Ver=4")
    meeting = salford.meetings[0]
    assert (meeting.committee.name, str(meeting.date), str(meeting.start.time())) == ("Council", "2023-03-15",
                                                                                       "09:30:00")
    teignbridge = read_meeting_page(
        "Agenda and minutes\n\nOn the rising of Planning Committee, Full Council - Tuesday, 17th March, 2020\n\n"
        "Venue: Council Chamber, Forde House, Brunel Road, Newton Abbot, TQ12 4XX. View directions\n\nItems\nNo. "
        "Item\n\n23.\n\nMinutes\n")
    assert teignbridge.meetings[0].committee.name == "Full Council"


def test_a_declaration_ends_with_its_sentence_after_an_application_s_reference() -> None:
    """Teignbridge (CId=134&MID=3128): "… declared an interest in application 20/00961/MAJ. The application was
    deferred to a future date – see minute 11.": the interest is in the application; minute 11 is where the
    application went, not the item declared on."""
    found = read_declarations("Councillor Dewhirst declared an interest in application 20/00961/MAJ. The application "
                              "was deferred to a future date – see minute 11.", "10", declarations_item=True)
    assert [(d.person.name, d.item_number, d.subject) for d in found] == [
        ("Dewhirst", None, "application 20/00961/MAJ")]


def test_a_group_s_description_before_a_name_is_no_name() -> None:
    """Powys (CId=806&MeetingId=5916): "… and from Portfolio Holders County Councillors J. Evans (Portfolio Holder
    for Economic Development, Housing and Regulatory Services)": no one is called "Portfolio Holders County
    Councillors J. Evans"; J. Evans's post is the whole bracket, its areas listed, not a post at "Housing and
    Regulatory Services"."""
    assert not looks_like_name("Portfolio Holders County Councillors J. Evans")
    text = ("Apologies for absence were received from County Councillors J. Gibson-Watt and from Portfolio Holders "
            "County Councillors J. Evans (Portfolio Holder for Economic Development, Housing and Regulatory Services), "
            "G. Breeze (Portfolio Holder for Corporate Governance and Engagement)")
    assert [(a.person.name, a.role) for a in read_attendance(text)] == [
        ("J. Gibson-Watt", None), ("G. Breeze", "Portfolio Holder for Corporate Governance and Engagement")]
    evans = next(p for p in people_in_prose(text) if p.person.name == "J. Evans")
    assert (evans.role, evans.person.organisation) == (
        "Portfolio Holder for Economic Development, Housing and Regulatory Services", None)


def test_a_note_that_there_were_no_substitutions_is_no_role() -> None:
    """Tendring (CId=325&MId=2106): "Apologies for absence were received from Councillors Steady and Nash (no
    substitutions)."."""
    found = read_attendance("Apologies for absence were received from Councillors Steady and Nash (no substitutions).")
    assert [(a.person.name, a.kind, a.role) for a in found] == [("Steady", "apologies", None),
                                                                 ("Nash", "apologies", None)]


def test_a_rank_before_what_its_service_has_names_no_one() -> None:
    """Herefordshire (CId=291&MeetingId=9729): "… motion - Protecting Community Safety in Herefordshire - Opposing
    Cuts to PCSO Hours, as a member of the Police and Crime Panel." names no PCSO "Hours"."""
    text = ("Councillor Barry Durkin declared an interest in relation to agenda item no. 9, motion - Protecting "
            "Community Safety in Herefordshire - Opposing Cuts to PCSO Hours, as a member of the Police and Crime "
            "Panel.")
    assert [p.person.name for p in people_in_prose(text)] == ["Barry Durkin"]


def test_a_decision_printed_after_the_minute_s_narrative() -> None:
    """Sefton's decision pages print no "Decision:" label and no RESOLVED: "The Cabinet considered the report of
    the Legal Director …" narrates; the numbered clauses after it are the decision (ieDecisionDetails.aspx?Id=4449),
    as "That the Minutes of the above Area Committee be noted." is after "The Cabinet Member considered the Minutes
    of the below Area Committees:-" and their list (mgDecisionDetails.aspx?IId=15313)."""
    page = ("Decision details\n\nProgramme Of Meetings - 2010/11\n\nDecision Maker: Cabinet\n\nDecision status: "
            "Deleted\n\nIs Key decision?: No\n\nIs subject to call in?: Yes\n\n\nThe Cabinet considered the report of "
            "the Legal Director which detailed the draft Programme of Meetings for the 2010/11 Municipal Year.  This "
            "Programme was required to enable the business of the Council to be conducted.\n\n\n\n\n(1)       with the "
            "exception of meetings of the Sefton Borough Partnership, the Programme of Meetings for the Council and "
            "Regulatory Committees be recommended to the Council for approval;\n\n\n(2)       the Programme of "
            "Meetings of the Sefton Borough Partnership as set out in Annex A of the report be noted.\n\n"
            "Publication date: 09/03/2010\n\nDate of decision: 04/03/2010\n\nDecided at meeting: 04/03/2010 - "
            "Cabinet\n\nEffective from: 17/03/2010\n")
    decision = read_decision_page(page, "https://modgov.sefton.gov.uk/ieDecisionDetails.aspx?Id=4449").decisions[0]
    assert decision.text.startswith("(1)       with the exception of meetings of the Sefton Borough Partnership")
    assert decision.text.endswith("as set out in Annex A of the report be noted.")
    issue = ("Issue - decisions\n\nMinutes of Area Committee Meetings\n\n07/04/2010 - Minutes of Area Committee "
             "Meetings\n\nThe Cabinet Member considered the Minutes of the below Area Committees:-\n\n\nFormby held on "
             "11 February, 2010\n\nCrosby held on 24 February, 2010\n\n\n\n\nThat the Minutes of the above Area "
             "Committee be noted.\n")
    decisions = read_issue_decisions_page(issue, "https://modgov.sefton.gov.uk/mgDecisionDetails.aspx?IId=15313&Opt=1"
                                          ).decisions
    assert [d.text for d in decisions] == ["That the Minutes of the above Area Committee be noted."]


def test_a_comma_after_the_marker_is_no_part_of_the_resolution() -> None:
    """Tendring (CId=130&MId=999): "RESOLVED, that the minutes of the ordinary meeting of the Council, held on
    Thursday 15 June 2017 be approved as a correct record and signed by the Chairman."."""
    marker = DECISION_MARKER.match("RESOLVED, that the minutes of the ordinary meeting of the Council, held on "
                                   "Thursday 15 June 2017 be approved as a correct record and signed by the Chairman.")
    assert marker is not None and marker["text"].startswith("that the minutes of the ordinary meeting")


def test_files_listed_above_the_first_numbered_item_are_the_meeting_s_papers() -> None:
    """Thurrock's Council agenda (ieListDocuments.aspx?CId=134&MId=5977): "AdministrativeInformationCouncil pdf
    icon PDF 255 KB" / "WW2 in Memoriam pdf icon PDF 343 KB" above item 1 are the meeting's files, no item; the
    heading's note "to the 27 October 2021 at 6.00pm" (where the postponed meeting went) names no committee."""
    page = ("Agenda\n\nto the 27 October 2021 at 6.00pm, Council - Wednesday, 22nd September, 2021 7.00 pm, POSTPONED"
            "\n\nVenue: Council Chamber, Civic Offices, New Road, Grays, Essex RM17 6SL\n\nItems\nNo. Item\n\n"
            "AdministrativeInformationCouncil pdf icon PDF 255 KB\n\nWW2 in Memoriam pdf icon PDF 343 KB\n\n1.\n\n"
            "Apologies for absence\n\nAdditional documents:\n\n2.\n\nMinutes pdf icon PDF 248 KB\n\n")
    meeting = read_meeting_page(page, "https://democracy.thurrock.gov.uk/ieListDocuments.aspx?CId=134&MId=5977"
                                ).meetings[0]
    assert meeting.committee.name == "Council"
    assert [(item.number, item.title) for item in meeting.items] == [("1", "Apologies for absence"), ("2", "Minutes")]
    assert [(d.title, d.size_text) for d in meeting.documents] == [
        ("AdministrativeInformationCouncil", "255 KB"), ("WW2 in Memoriam", "343 KB")]


def test_one_titled_file_above_the_numbered_items_is_still_an_item() -> None:
    """records/surrey_meeting_6198_elmbridge_local_committee.txt: "OPEN FORUM pdf icon PDF 52 KB" over "13/18": an
    item heading with its file, not the meeting's papers (one file, its name in words)."""
    page = ("Agenda and minutes\n\nItems\nNo. Item\n\nOPEN FORUM pdf icon PDF 52 KB\n\n13/18\n\nAPPOINTMENT OF "
            "CHAIRMAN AND VICE-CHAIRMAN OF THE LOCAL COMMITTEE FOR 2018/19 [FOR INFORMATION]\n")
    meeting = read_meeting_page(page, "https://mycouncil.surreycc.gov.uk/ieListDocuments.aspx?CId=358&MId=6198"
                                ).meetings[0]
    assert [(item.number, item.title) for item in meeting.items][0] == ("", "OPEN FORUM")
    assert meeting.documents == []


def test_an_interest_in_this_application_under_the_application_s_item_is_at_that_item() -> None:
    """Teignbridge (CId=134&MId=2701): under item 15a, a planning application, "Councillor MacGregor declared an
    interest in this application as he is the Executive Member for Sports and Recreations."; the same words in the
    declarations item name no item of their own."""
    text = ("Councillor MacGregor declared an interest in this application as he is the Executive Member for Sports "
            "and Recreations. He did not vote on this item.")
    assert [(d.person.name, d.item_number) for d in read_declarations(text, "15a")] == [("MacGregor", "15a")]
    assert [(d.person.name, d.item_number) for d in read_declarations(text, "15", declarations_item=True)] == [
        ("MacGregor", None)]
