"""A meeting page's items printed with neither numbers nor labels, set apart by blank lines (real excerpts in
fixtures/item_blocks/, each naming its source URL in its sidecar)."""

from __future__ import annotations

import pytest

from publisher.model import Document
from publisher.sources import read_record
from publisher.sources.item_blocks import block_items, blocks, cut_title, exempt_table, reads_as_title
from publisher.sources.meeting_page import read_meeting_page
from publisher.sources.text_rules import page_lines
from tests import paths

FIXTURES = paths.TESTS / "fixtures" / "item_blocks"


def test_title_cells_agenda_text_and_minutes_cells_at_two_blank_lines() -> None:
    items = read_record(FIXTURES / "brent_meeting_3980_first_items.txt").meetings[0].items
    assert [(item.number, item.title, item.position) for item in items] == [
        ("", "Apologies for absence and clarification of alternate members", 1),
        ("", "Declarations of interests", 2), ("", "Deputations (if any)", 3),
        ("", "Minutes of the previous meeting", 4), ("", "Matters arising (if any)", 5),
        ("", "Order of Business", 6)]
    declarations, deputations, minutes = items[1], items[2], items[3]
    assert declarations.purpose.startswith("Members are invited to declare at this stage of the meeting")
    assert declarations.minutes == "There were no declarations of interest."
    assert deputations.minutes is None  # its minutes cell is blank: four blank lines before the next title
    assert minutes.documents == [Document(title="Minutes of the previous meeting", mime_type="application/pdf",
                                          size_text="94 KB")]
    assert [d.text for d in minutes.decisions] == [
        "that the minutes of the previous meeting be agreed as an accurate record of the meeting."]


def test_rows_three_blank_lines_apart_and_a_blank_title_cell() -> None:
    items = read_record(FIXTURES / "maidstone_meeting_2993_first_items.txt").meetings[0].items
    assert [item.title for item in items] == [
        "", "Apologies for Absence", "", "Disclosures by Members and Officers", "Disclosures of Lobbying"]
    assert items[0].minutes.startswith("Prayers were said by the Reverend Canon Ian Parrish.\n\nNote:  Councillor")
    assert items[2].minutes == "There were no applications for dispensations."


@pytest.mark.parametrize(("text", "title"), [
    ("Questions (if any) from:", True),
    ("To approve as a correct record the minutes of the last meeting pdf icon PDF 94 KB", True),
    ("There were no declarations of interest.", False),
    ("RESOLVED: that the minutes of the previous meeting be agreed", False),
    ("1.     Transport Infra structure: focus on resolving transport problems", False),
    ("Ms Hilton asked", False),
    ("(Moved by Councillor D Cook and seconded by Councillor Dr S Peaple)", False),  # Tamworth: a note in brackets
    # Gravesham (gravesham_meeting_2971): ":-" leads into the list of names below; the item title before it stays.
    ("Chief Executive and Leaders Special Award – Contribution to the Community:-", False),
    ("Gravesham Community Awards", True),
    # a sentence left open on the resolution under it: minutes, not a title cell
    ("With two nominations for the office and after a show of hands, it was", False),
    ("There being no other nominations it was:-", False),
])
def test_what_reads_as_a_title(text: str, title: bool) -> None:
    assert reads_as_title(text) is title


def test_an_unnumbered_first_row_that_is_a_sentence_has_no_title() -> None:
    items = read_record(FIXTURES / "hertsmere_meeting_10281_untitled_first_row.txt").meetings[0].items
    assert [(item.number, item.title) for item in items] == [
        ("", ""), ("550", "Communications and Apologies for Absence")]
    assert items[0].purpose == "Rabbi Hughes said prayers."


def test_on_an_agenda_page_the_block_after_a_title_is_agenda_text() -> None:
    # brent_meeting_3980's first rows as its "Agenda" page (no minutes yet) prints them.
    page = ("Agenda\n\nCabinet - Monday, 10 July 2017 7.00 pm\n\nNo. Item\n\n\nDeclarations of interests\n\n\n"
            "Members are invited to declare at this stage of the meeting.\n\n\nDeputations (if any)\n\n\n"
            "To hear any deputations received from members of the public.\n")
    items = read_meeting_page(page).meetings[0].items
    assert [(item.title, item.purpose, item.minutes) for item in items] == [
        ("Declarations of interests", "Members are invited to declare at this stage of the meeting.", None),
        ("Deputations (if any)", "To hear any deputations received from members of the public.", None)]


def test_a_copy_that_stops_in_its_last_title_leaves_it_out_with_a_warning() -> None:
    """maidstone_meeting_2993 (cut at about 2,000 characters) ends in a title: "Current Issues - Report of the
    Leader of the Council, Response of the Group Leaders and Questi". A whole page prints more after its
    last item; the copy stops in this one's title, which is no item but a Warning."""
    record = read_record(paths.TESTS / "corpus" / "records" / "maidstone_meeting_2993.txt")
    titles = [item.title for item in record.meetings[0].items]
    assert titles[-1] == "Questions from Members of the Council to the Chairmen of Committees"
    assert not any(title.startswith("Current Issues") for title in titles)
    assert "item at line 97 not read: the copy stops in its title (Current Issues - Report of the Leader of the " \
           "Council, Respon)" in record.warnings


def test_decision_cells_a_blank_one_and_a_list_after_as_follows() -> None:
    """Chorley's annual Council (an "Agenda, decisions and minutes" page): the heading's app badge is no part
    of it; under "Minutes" the decision cell is blank (four blank lines), so the resolution below is that
    item's minutes, not an untitled item; the results the Returning Officer's report lists "as follows:" are
    its minutes, not items; its decision cell "That the report be noted." is its decision."""
    record = read_record(FIXTURES / "chorley_meeting_10134_decision_cells.txt")
    meeting = record.meetings[0]
    assert (meeting.committee.name, meeting.date.isoformat()) == ("Council", "2024-05-14")
    assert [item.title for item in meeting.items] == [
        "Declarations of Any Interests", "Minutes", "Mayoral Announcements", "Public Questions",
        "Returning Officer's Report"]
    minutes, report = meeting.items[1], meeting.items[4]
    assert [decision.text for decision in minutes.decisions] == [
        "(unanimously) that the minutes of the Council meeting held on 16 April 2024 be approved as a correct "
        "record for signature by the Mayor."]
    assert [decision.text for decision in report.decisions] == ["That the report be noted."]
    assert report.minutes.endswith("as follows:\n\nAdlington and Anderton\n\nKim Snape\n\nBuckshaw and Whittle\n\n"
                                   "Russell Gr")


def test_a_sentence_introducing_a_list_is_no_title() -> None:
    assert not reads_as_title("The Returning Officer’s report indicated election results as follows:")
    assert reads_as_title("Returning Officer's Report pdf icon PDF 87 KB")


def test_a_page_that_marks_its_resolutions_states_none_without_the_mark() -> None:
    """Brent (brent_meeting_3980): the page prints "RESOLVED: that the minutes …", so "That the order of business
    be amended as set out below." under "Order of Business" is the minute's text, not a resolution; the same
    sentence on a page that prints no RESOLVED at all would be one (Durham,
    tests/sources/test_agenda_item_reader.py)."""
    items = read_record(FIXTURES / "brent_meeting_3980_first_items.txt").meetings[0].items
    order = next(item for item in items if item.title == "Order of Business")
    assert order.minutes == "That the order of business be amended as set out below."
    assert order.decisions == []


def test_a_title_with_its_file_right_after_a_title_opens_an_item() -> None:
    # Hampshire MId=11426: "Declarations of interest" prints no minutes; two blank lines below its agenda text
    # comes "Minutes of previous meeting pdf icon PDF 1 MB", a title (a minutes cell prints no file).
    items = read_record(paths.TESTS / "corpus" / "records" / "hampshire_meeting_11426.txt").meetings[0].items
    assert [item.title for item in items] == [
        "Apologies for absence", "Declarations of interest", "Minutes of previous meeting", "Chairman's Announcements"]
    assert items[1].minutes is None
    assert items[2].documents == [Document(title="Minutes of previous meeting", mime_type="application/pdf",
                                           size_text="1 MB")]
    assert items[2].minutes == "The minutes of the last meeting held on 14 October 2024 were reviewed and agreed."


def test_a_copy_of_an_agenda_alone_has_a_title_below_a_title_as_the_next_item() -> None:
    """Neath Port Talbot's annual meeting (records/neath-port-talbot_meeting_12013.txt): the copy starts at the
    meeting heading, below "Agenda", and prints no minutes; each title is two blank lines below the last."""
    page = ("Annual Meeting of Council - Friday, 10th May, 2024 2.00 pm\n\nNo. Item\n\n\n"
            "Election of Mayor for 2024/25\n\n\nAppointment of Deputy Mayor for 2024/25\n\n\n"
            "Investiture of Mayoress and Deputy Mayoress for 2024/25\n\n\nMayor's Address\n\n\n"
            "Administration Issues for 2024/25\n\nThere are a number of other matters for the Council to determine "
            "at its Annual Meeting (set out below), and it is proposed that these be dealt with at the adjourned "
            "meeting to be held on 15 May, 2024:\n\n\nPolicy and Budget Framework;\n\nExecutive Arrangements;\n\n"
            "A detailed report will be submitted to Special Council with the Agenda of the adjourned meeting.")
    record = read_meeting_page(page, "https://democracy.npt.gov.uk/ieListDocuments.aspx?CId=232&MId=12013&Ver=4")
    items = record.meetings[0].items
    assert [(item.title, item.minutes) for item in items] == [
        ("Election of Mayor for 2024/25", None), ("Appointment of Deputy Mayor for 2024/25", None),
        ("Investiture of Mayoress and Deputy Mayoress for 2024/25", None), ("Mayor's Address", None),
        ("Administration Issues for 2024/25", None)]
    assert items[4].purpose.endswith("Executive Arrangements;\n\nA detailed report will be submitted to Special "
                                     "Council with the Agenda of the adjourned meeting.")


def test_a_copy_below_its_heading_with_minutes_wording_keeps_the_minutes_cell() -> None:
    """Hastings (records/hastings_meeting_3752.txt) without its "Agenda and minutes" heading: "Apologies were
    received …" reads as a title, but the wording shows minutes, so it is the item's minutes cell."""
    page = ("No. Item\n\n\nApologies for Absence\n\n\nApologies were received from Councillors Forward and "
            "Charman\n\n\n\nDeclarations of Interest\n\n\n\n\n\nAnnouncements from the Mayor and Leader\n\n\n"
            "The leader of the Council congratulated the recently elected MP, Sally-Ann Hart.\n")
    items = read_meeting_page(page, "https://hastings.moderngov.co.uk/ieListDocuments.aspx?CId=1&MId=3752").\
        meetings[0].items
    assert [(item.title, item.minutes) for item in items] == [
        ("Apologies for Absence", "Apologies were received from Councillors Forward and Charman"),
        ("Declarations of Interest", None), ("Announcements from the Mayor and Leader",
                                             "The leader of the Council congratulated the recently elected MP, "
                                             "Sally-Ann Hart.")]


def test_minutes_in_one_word_show_a_copy_below_its_heading_holds_minutes() -> None:
    """Worcester (records/worcester_meeting_5352.md) minutes two items "None."; in a page-text copy of such cells
    without the page heading and the labels, that word still shows minutes: it is no item of its own."""
    page = "No. Item\n\n\nDeclarations of Interest\n\n\nNone.\n\n\n\nPublic Participation\n\n\nNone.\n"
    items = read_meeting_page(page, "https://committee.worcester.gov.uk/ieListDocuments.aspx?CId=396&MId=5352").\
        meetings[0].items
    assert [(item.title, item.minutes) for item in items] == [
        ("Declarations of Interest", "None."), ("Public Participation", "None.")]


def test_an_unnumbered_agenda_with_labels_is_read_in_blocks() -> None:
    """Croydon (records/croydon_meeting_3005.txt), an agenda copied below its heading: items without numbers,
    some with "Additional documents:"; a row whose title cell is blank; a matter listed under an item that has
    its own label is an item; the copy stops in the last title ("Quarterly Report o"), which is no item."""
    record = read_record(paths.TESTS / "corpus" / "records" / "croydon_meeting_3005.txt")
    items = record.meetings[0].items
    assert [item.title for item in items] == [
        "Apologies for Absence", "Minutes of the Previous Meeting", "Disclosure of Interests",
        "Urgent Business (if any)", "", "Croydon Question Time",
        "Section 24 Statutory Recommendations Report from Grant Thornton",
        "Recommendations of Cabinet or Committees to Council for decision", "Council Procedure Rules"]
    assert items[4].purpose == ("To receive Announcements, if any, from the Mayor, the Leader, Head of Paid Service "
                                "and Returning Officer.")
    assert items[5].purpose.endswith("as detailed in your recent election communications?")
    assert [document.title for document in items[6].documents] == [
        "Section 24 Statutory Recommendations Report from Grant Thornton"]
    assert "item at line 63 not read: the copy stops in its title (Quarterly Report o)" in record.warnings


def test_a_sentence_with_a_verb_in_the_past_is_no_title() -> None:
    # Hastings (records/hastings_meeting_3752.txt): an item's minutes, two blank lines below its title.
    assert not reads_as_title("Apologies were received from Councillors Forward and Charman")


def test_agenda_text_under_a_blank_title_cell_is_no_minutes() -> None:
    """Torbay's "Agenda and minutes" page (ieListDocuments.aspx?CId=657&MeetingId=7424): the first row's title
    cell is blank; its agenda text "To receive apologies for absence." is no minutes, the text below is."""
    page = ("Agenda and minutes\n\nNo. Item\n\n\n\nTo receive apologies for absence.\n\n\nIt was reported that, as "
            "apologies for absence had been received from the Mayor and Councillors Amil, King, Mills and Parrott, "
            "the meeting was inquorate.\n")
    items = read_meeting_page(page, "http://www.torbay.gov.uk/DemocraticServices/ieListDocuments.aspx?CId=657&"
                                    "MeetingId=7424").meetings[0].items
    assert [(item.title, item.purpose, item.minutes) for item in items] == [
        ("", "To receive apologies for absence.", "It was reported that, as apologies for absence had been received "
                                                  "from the Mayor and Councillors Amil, King, Mills and Parrott, the "
                                                  "meeting was inquorate.")]


# Tamworth, Council (ieListDocuments.aspx?CId=152&MID=3144): items without numbers or "Minutes:" labels; a title
# cell ending "Additional documents:", its minutes cell after the row gap, who moved them noted in brackets.
TAMWORTH = "\n".join([
    "Agenda and minutes", "", "No. Item", "", "", "Apologies for Absence", "", "",
    "Apologies for absence were received from Councillor M Gant and Councillor S Goodall", "", "",
    "To receive the Minutes of the previous meeting pdf icon PDF 111 KB", "", "To receive the minutes of:", "", "",
    "·         The Extra-ordinary Council Meeting on 26 February 2019; and", "",
    "·         The Council Meeting on 26 February 2019.", "", "Additional documents:", "", "",
    "The minutes of the two meetings held on 26th February 2019 were approved and signed as a correct record.", "", "",
    "(Moved by Councillor D Cook and seconded by Councillor Dr S Peaple)", "", "", "Declarations of Interest", "",
    "To receive any declarations of Members’ interests (pecuniary and non-pecuniary) in any matters which are to be "
    "considered at this meeting.", "", "", "There were no Declarations of Interest.", ""])


def test_the_minutes_cell_after_an_additional_documents_label_and_a_note_in_brackets() -> None:
    items = read_meeting_page(TAMWORTH, "https://democracy.tamworth.gov.uk/ieListDocuments.aspx?CId=152&MID=3144"
                              ).meetings[0].items
    assert [item.title for item in items] == [
        "Apologies for Absence", "To receive the Minutes of the previous meeting", "Declarations of Interest"]
    minutes = items[1]
    assert minutes.minutes == ("The minutes of the two meetings held on 26th February 2019 were approved and signed "
                               "as a correct record.\n\n(Moved by Councillor D Cook and seconded by Councillor Dr S "
                               "Peaple)")
    assert [(p.kind, p.person.name) for p in minutes.participations] == [("moved", "D Cook"), ("seconded", "S Peaple")]
    assert [(v.outcome, v.motion) for v in minutes.votes] == [("carried", None)]
    assert [(d.title, d.size_text) for d in minutes.documents] == [
        ("To receive the Minutes of the previous meeting", "111 KB")]


def test_a_sentence_wrapped_onto_its_next_line_is_minutes_not_a_title() -> None:
    # Lewisham, lewisham_meeting_5647: a minutes line ending "… on", the sentence going on below in lower case.
    page = ("Agenda and minutes\n\nCouncil - Wednesday, 27th November, 2019 7.30 pm\n\nNo. Item\n\n\n"
            "Young Mayor pdf icon PDF 161 KB\n\n\nThe Chair welcomed to the meeting the new Young Mayor, Femi Komolafe"
            "\n\nand Deputy Young Mayor, Aaliyah Odedina.\n\n\nThe Mayor spoke to the item and congratulated the "
            "winning candidates on\n\ntheir success at the polls.\n")
    items = read_meeting_page(page).meetings[0].items
    assert [item.title for item in items] == ["Young Mayor"]
    assert items[0].minutes.endswith("The Mayor spoke to the item and congratulated the winning candidates on\n\n"
                                     "their success at the polls.")


def test_a_heading_of_a_kind_of_interests_goes_on_with_the_declarations_item() -> None:
    # Medway, medway_meeting_4138: "Other significant interests (OSIs)" heads part of the declarations' minutes.
    page = ("Agenda and minutes\n\nCouncil - Thursday, 21st February, 2019 7.00 pm\n\nNo. Item\n\n\n"
            "Apologies for absence\n\n\nApologies for absence were received from Councillors Chishti and Franklin."
            "\n\n\nDeclarations of Disclosable Pecuniary Interests and Other Significant Interests pdf icon PDF "
            "211 KB\n\n\n\nDisclosable pecuniary interests\n\n\nCouncillor Griffiths declared a disclosable "
            "pecuniary interest in agenda item 9.\n\n\nOther significant interests (OSIs)\n\n\nCouncillor Maple "
            "declared an OSI in agenda item 8 (Commercial Property).\n")
    items = read_meeting_page(page).meetings[0].items
    assert [item.title for item in items] == [
        "Apologies for absence", "Declarations of Disclosable Pecuniary Interests and Other Significant Interests"]
    assert "Other significant interests (OSIs)" in items[1].minutes


def test_the_lines_of_a_recorded_vote_are_never_titles() -> None:
    """Teignbridge 3172 (ieListDocuments.aspx?CId=165&MId=3172), a page whose blank lines set every paragraph apart:
    the recorded vote's heading and lists read as short lines without a sentence, yet open no item."""
    assert not reads_as_title("Recorded vote under Procedure Rule 4.13.5")
    assert not reads_as_title("For Cllr Radford: Cllrs Bradford, Daws, Gearon, Hall, MacGregor, Mullone, P Parker, "
                              "Ryan, J Taylor   Total  9")
    assert not reads_as_title("Absent: Buscombe, Hayes, Hook and Rollason  Total 4")
    assert reads_as_title("For information: Quarterly Performance Report")
    assert reads_as_title("Election of Chair of the Council 2023/24")


def test_a_side_s_count_or_a_sentence_stating_the_vote_is_no_title() -> None:
    # Telford and Wrekin (telford-and-wrekin_meeting_2288.txt) prints each side's count on its own line;
    # Monmouthshire (monmouthshire_meeting_5740.txt) the vote's result as a line of its own.
    assert not reads_as_title("Against 33")
    assert not reads_as_title("Abstain 0")
    assert not reads_as_title("Upon being put to the vote Council resolved to accept the recommendations")
    assert reads_as_title("Medium Term Financial Strategy 2024-2029 pdf icon PDF 276 KB")


def test_a_label_of_who_was_there_is_no_title() -> None:
    # Torfaen, torfaen_meeting_5768.txt: the "Attendance" item's minutes group people under such labels.
    assert not reads_as_title("Other people in attendance")
    assert not reads_as_title("Officers on the dias")
    assert reads_as_title("Attendance / Presenoldeb")


def test_agenda_text_after_a_minutes_cell_and_a_blank_title_cell_opens_the_next_item() -> None:
    """records/cardiff_meeting_2946.txt: the petitions item's title cell is blank, its agenda text three blank lines
    below the minutes item's minutes ("To receive petitions …"): the next item, not more of the minutes (whose
    "… for item 85" link then numbered the minutes item 85)."""
    page = ("Agenda and draft minutes\n\nThursday, 30th November, 2017 4.30 pm\n\nNo. Item\n\n\nMinutes pdf icon PDF "
            "272 KB\n\nTo approve as a correct record the minutes of the previous meeting.\n\n\nThe minutes of the "
            "meeting 26 October 2017 were approved as a correct record and signed by the Chairperson.\n\n\n\nTo "
            "receive petitions from Elected Members to Council.\n\n\nThe following petitions were submitted: -\n\n"
            "1.    Councillor McKerlich – 287 residents of  ...  view the full minutes text for item 85.\n")
    items = read_meeting_page(page, "https://cardiff.moderngov.co.uk/ieListDocuments.aspx?CId=146&MId=2946"
                              ).meetings[0].items
    assert [(item.number, item.title, item.purpose) for item in items] == [
        ("", "Minutes", "To approve as a correct record the minutes of the previous meeting."),
        ("85", "", "To receive petitions from Elected Members to Council.")]



def test_agenda_text_that_stops_as_a_sentence_opens_no_titled_item() -> None:
    """Epping Forest, epping-forest_meeting_9631: a copy that opens with the minutes row's agenda text, "To approve
    as a correct record and sign the minutes of the meeting held on 31 July 2018 (attached).", its title lost: the
    stopped sentence is agenda text, not the item's title."""
    lines = page_lines("To approve as a correct record and sign the minutes of the meeting held on 31 July 2018 "
                       "(attached).\nThat the minutes of the meeting held on 31 July 2018 be taken as read and signed "
                       "by the Chairman as a correct record.\n")
    assert [item.title for item in block_items(lines)] == [None]


def test_hounslow_decisions_rows_at_uneven_gaps_with_action_by_lines() -> None:
    """records/hounslow_meeting_9596.txt ("Agenda and decisions", no numbers, no labels): rows two to six blank
    lines apart; "Minutes pdf icon PDF 299 KB" two blank lines under agenda text opens its item (a decision cell
    prints no file); "ACTION BY: Executive Director, REDE" under a decision goes on with it (a label, no title);
    "• That the petitions … be noted; and" / "• That the response … be also noted." is one unmarked resolution."""
    page = ("Hounslow Council\n\nAgenda and decisions\n\nVenue: Council Chamber, Civic Centre, Lampton Road, Hounslow."
            "\n\nNo. Item\n\n\nApologies for Absence\n\n\nApologies for absence were received from Councillor Hina Mir."
            "\n\n\n\n\nTo receive announcements (if any) from the Mayor\n\n\nMinutes pdf icon PDF 299 KB\n\nTo approve "
            "the minutes of the meeting held on Tuesday 18th October 2016\n\n\n\n\nThat the minutes of the meeting of "
            "the Council held on 18th October 2016 be signed by the Mayor.\n\n\n\n\n\n\nPetitions pdf icon PDF 169 KB"
            "\n\nTo receive any petitions presented by Members \n\n\n\n\n  • That the petitions that had been "
            "forwarded to other formal bodies of the Authority for consideration be noted; and\n  • That the response "
            "from Councillor Amrit Mann to the Devonshire Road petition be also noted.\n\n\n\nACTION BY: Executive "
            "Director, REDE\n\n\nChanges to the Constitution - Urgency Procedures pdf icon PDF 148 KB\n\nReport\n")
    items = read_meeting_page(page, source_url="https://democraticservices.hounslow.gov.uk/ieListDocuments.aspx?"
                                               "CId=254&MeetingId=9596").meetings[0].items
    assert [item.title for item in items] == [
        "Apologies for Absence", "", "Minutes", "Petitions", "Changes to the Constitution - Urgency Procedures"]
    assert items[1].purpose == "To receive announcements (if any) from the Mayor"
    assert [d.text for d in items[2].decisions] == [
        "That the minutes of the meeting of the Council held on 18th October 2016 be signed by the Mayor."]
    assert [d.text for d in items[3].decisions] == [
        "That the petitions that had been forwarded to other formal bodies of the Authority for consideration be "
        "noted; and That the response from Councillor Amrit Mann to the Devonshire Road petition be also noted."]


def test_a_last_title_its_files_icon_follows_is_whole_not_cut_short() -> None:
    """records/north-east-derbyshire_meeting_2531.txt ends with "Minutes of Last Meetings pdf icon PDF 152 KB": the
    icon printed after the title says the title is whole, so it is an item; a bare last title may be cut short."""
    text = ("Apologies For Absence\n\n\n\nApologies for absence were received from Councillors A Cooper and D "
            "Drabble.\n\n\n")
    whole = block_items(page_lines(text + "Minutes of Last Meetings pdf icon PDF 152 KB\n"))
    bare = block_items(page_lines(text + "Minutes of Last Meet\n"))
    assert cut_title(whole, minuted=True) is None
    assert cut_title(bare, minuted=True) is bare[-1]


def test_an_office_alone_before_the_first_item_is_no_item() -> None:
    """Bedford (bedford_meeting_6494) prints "Chair" alone between the "Note No. Item" heading and item 18, its
    holder lost in the copy: no unnumbered item titled "Chair"; a Warning says the line was not read."""
    page = ("Agenda, decisions and minutes\n\nExecutive - Wednesday, 11th September, 2024 6.30 pm\n\nItems\n"
            "Note No. Item\n\nChair\n\n18.\n\nQuestions\n\nTo consider any questions from members of the public\n")
    record = read_meeting_page(page)
    assert [(item.number, item.title) for item in record.meetings[0].items] == [("18", "Questions")]
    assert any("an office alone before the first numbered item (Chair)" in warning for warning in record.warnings)


def test_a_lead_in_to_the_following_things_is_no_title() -> None:
    """City of Lincoln (lincoln_meeting_3743): "The report also provided updates on the following service
    responsibilities of the Portfolio:", its bullets under it, is minutes, not the next item's title."""
    assert not reads_as_title("The report also provided updates on the following service responsibilities of the "
                              "Portfolio:")
    assert reads_as_title("Receive Reports under Council Procedure Rule 2 (vi) from Members")


WIGAN_5510 = paths.TESTS / "corpus" / "records" / "wigan_meeting_5510.txt"


def test_a_table_of_exempt_reports_is_the_exclusions_minutes_not_items() -> None:
    """Wigan prints the exclusion of the public with a table of the exempt reports (column headings, then each report's
    title and its paragraph of Schedule 12A): the rows are the exclusion's resolution, and no report's title is an
    item of the meeting."""
    items = read_record(WIGAN_5510).meetings[0].items
    assert [item.title for item in items] == ["Apologies for absence:", "Minutes:", "Exclusion of the Public:"]
    assert items[2].decisions[0].text.split("\n\n")[:4] == [
        "That the public is excluded from the meeting when the Cabinet discusses the following item for the reason "
        "set out below:- item No.",
        "Title of report",
        "Description of exempt information by reference to the paragraph number in schedule 12A of the Local "
        "Government Act 1972",
        "Budget Amendments and Contract Modification for the Construction of the Extra Care Scheme at Meadowview "
        "Court, Shevington"]


def test_a_paragraph_note_under_a_title_with_no_table_headings_keeps_the_title_an_item() -> None:
    """An exempt item's own note of its paragraph under its title, with no column headings above, is no table row."""
    text = ("Apologies:\n\nNone.\n\n\nLand at Mill Lane\n\n\n(3) Information relating to the financial or business "
            "affairs of any particular person\n\n\nRESOLVED that the land be sold.")
    assert exempt_table(blocks(page_lines(text))) == set()


def test_agenda_text_set_lower_than_the_next_row_is_under_a_blank_title_cell() -> None:
    """records/hounslow_meeting_9596.txt: "To receive announcements (if any) from the Mayor, …" four blank lines under
    a minutes cell and two above the next row's title: the blank title cell ("Announcements" on the council's other
    pages) holds the difference, so the words are that row's agenda text, not its title. records/tamworth_meeting_3144
    .txt prints "To receive any announcements from the Mayor, …" two under a minutes cell and four above the next
    row: there they are the row's title."""
    hounslow = ("Apologies for Absence\n\n\nApologies for absence were received from Councillor Hina Mir.\n\n\n\n\n"
                "To receive announcements (if any) from the Mayor, Leader, Members of the Cabinet or the Head of Paid "
                "Service (Chief Executive)\n\n\nMinutes pdf icon PDF 299 KB\n\nTo approve the minutes of the meeting "
                "held on Tuesday 18th October 2016\n")
    tamworth = ("Declarations of Interest\n\n\nThere were no Declarations of Interest.\n\n\nTo receive any "
                "announcements from the Mayor, Leader, Members of the Cabinet or the Chief Executive\n\n\n\n\nState of "
                "Tamworth Debate pdf icon PDF 44 KB\n\n(Report of the Leader of the Council)\n")
    def read(text: str) -> list[tuple[str | None, list[str]]]:
        return [(item.title.text if item.title else None, [line.text[:20] for line in item.agenda])
                for item in block_items(page_lines(text))]
    assert read(hounslow) == [("Apologies for Absence", []), (None, ["To receive announcem"]),
                              ("Minutes pdf icon PDF 299 KB", ["To approve the minut"])]
    assert [title for title, _ in read(tamworth)] == [
        "Declarations of Interest",
        "To receive any announcements from the Mayor, Leader, Members of the Cabinet or the Chief Executive",
        "State of Tamworth Debate pdf icon PDF 44 KB"]


def test_a_note_of_the_agenda_in_a_sentence_is_no_title() -> None:
    """Selby (ieListDocuments.aspx?CId=139&MeetingId=146) and Lambeth (ieListDocuments.aspx?MId=11403): a note under
    the declarations or deputations item, a sentence cut where the copy wrapped it, is none of the list's titles."""
    assert not reads_as_title("If in doubt, Councillors are advised to seek advice from the Monitoring")
    assert not reads_as_title("Councillors are advised to seek advice from the Monitoring")
    assert not reads_as_title("The deadline for the receipt of requests for a deputation is 5pm")
    assert reads_as_title("Petitions, PNQs and Deputations")
    assert reads_as_title("Questions which are received from the public")


def test_a_resolution_one_blank_line_under_a_title_is_its_minutes() -> None:
    """Richmondshire (ieListDocuments.aspx?CId=2524&MId=18724): "Minutes - 2 March 2021" over its resolution, one
    blank line apart, then "Public Speaking and Question Time" two lines below: the resolution is the first item's
    minutes, and the next title opens the next item; agenda text one line under a title stays its agenda."""
    text = ("Minutes - 2 March 2021 pdf icon PDF 102 KB\n\nThat the Minutes of the meeting held on 2 March 2021 be "
            "signed and approved as an accurate record.\n\n\nPublic Speaking and Question Time\n\nPublic statements "
            "were submitted by the following:\n\n\nCopies are available for inspection.\n\n\nDeclarations of "
            "Interest\n\nMembers are invited to declare.\n")
    found = block_items(page_lines(text))
    assert [(item.title.text if item.title else None, [line.text[:20] for line in item.agenda],
             [line.text[:20] for line in item.minutes]) for item in found] == [
        ("Minutes - 2 March 2021 pdf icon PDF 102 KB", [], ["That the Minutes of "]),
        ("Public Speaking and Question Time", ["Public statements we"], ["Copies are available"]),
        ("Declarations of Interest", ["Members are invited "], [])]


def test_a_title_capitalised_to_its_stop_and_a_sentence_in_an_irregular_past() -> None:
    """Northampton (ieListDocuments.aspx?CId=242&MId=4564), titles printed with a stop: "Mayor's Announcements." and
    "Deputations/Public Addresses/Questions." read as titles; "At this juncture item 8 was brought forward to be
    considered as the next item ." is a minute's sentence."""
    assert reads_as_title("Mayor's Announcements.")
    assert reads_as_title("Deputations/Public Addresses/Questions.")
    assert not reads_as_title("At this juncture item 8 was brought forward to be considered as the next item .")
    assert not reads_as_title("The minutes were signed by the Mayor.")


def test_an_unnumbered_item_the_page_cites_by_number_and_quoted_title() -> None:
    """Northampton (ieListDocuments.aspx?CId=242&MId=4564): a copy with no item numbers names "item 8 “Northampton’s
    Housing Strategy”" in a resolution: that item is 8; an item cited with no number keeps none."""
    page = ("Agenda and minutes\n\nNo. Item\n\n\nDeputations/Public Addresses/Questions.\n\n\nThat Mr Swinn be "
            "permitted to address the Council in respect of item 8 “Northampton’s Housing Strategy”.\n\n\n"
            "Northampton's Housing Strategy pdf icon PDF 543 KB\n\n(copy herewith)\n\n\nMessrs Swinn and Adams then "
            "addressed the Council.\n\n\nPolitical Structures\n\n\nThe report was noted.\n")
    items = read_meeting_page(page, "http://www.northamptonboroughcouncil.com/councillors/ieListDocuments.aspx?"
                                    "CId=242&MId=4564").meetings[0].items
    assert [(item.number, item.title) for item in items] == [
        ("", "Deputations/Public Addresses/Questions."), ("8", "Northampton's Housing Strategy"),
        ("", "Political Structures")]


def test_a_numbered_question_s_heading_in_the_minutes_opens_no_item() -> None:
    """Three Rivers (ieListDocuments.aspx?CId=1139&MId=1421): "Question 1 from the Public, Chorleywood
    Residents’ Association" heads one question in the minutes of the questions item, whose title cell is blank."""
    text = ("MINUTES pdf icon PDF 646 KB\n\nTo confirm the minutes.\n\n\nRESOLVED that the minutes be approved.\n\n\n\n"
            "No petitions had been received.\n\n\n\nQuestion 1 from the Public, Chorleywood Residents’ "
            "Association\n\n\n"
            "5a)       With regard to the upcoming Regulation 18 Consultation on the new Local Plan.\n")
    assert [item.title.text if item.title else None for item in block_items(page_lines(text))] == [
        "MINUTES pdf icon PDF 646 KB"]


def test_labelled_rows_one_blank_line_apart_each_open_at_the_title_after_the_minutes_above() -> None:
    """holdout/canterbury_meeting_11986.txt's pattern: unnumbered items whose cells and rows are all one blank line
    apart, each with its "Minutes:" label: a title right after an item's minutes opens the next item; a lead-in
    to examples ("…, such as:") over bullets is no title; a list with item numbers printed alone is left as read."""
    text = ("Apologies for absence\n\nMinutes:\n\nApologies were received from Councillor Lane.\n\n"
            "Declarations of Interest\n\nTO RECEIVE any declarations.\n\n\n\n"
            "Announcements made for transparency alone, such as:\n\n·       Membership of outside bodies\n\n\n\n"
            "Minutes:\n\nCouncillor Moss made a declaration.\n")
    assert [(item.title.text if item.title else None, [line.text for line in item.agenda + item.minutes][-1])
            for item in block_items(page_lines(text))] == [
        ("Apologies for absence", "Apologies were received from Councillor Lane."),
        ("Declarations of Interest", "Councillor Moss made a declaration.")]
    numbered = block_items(page_lines("C/4/20\n\n" + text))
    assert len(numbered) == 1
    headed = ("Planning\n\nMinutes:\n\nThe report was presented.\n\nPublic Speaking\n\nMr Hill spoke against it.\n\n\n"
              "Questions\n\nMinutes:\n\nThere were none.\n")
    assert [item.title.text for item in block_items(page_lines(headed))] == ["Planning", "Questions"]


def test_a_title_in_title_case_right_below_a_bare_title_is_the_next_item() -> None:
    """holdout/barrow-in-furness_meeting_288.txt's pattern: "Declarations of Interest" / (two blank lines) /
    "Apologies for Absence/Attendance of Substitute Members": bare titles the row gap apart, no minutes printed;
    the second is the next item's title, not the first's minutes. A short answer ("None Declared") and a sentence
    are the minutes cell."""
    text = ("Declarations of Interest\n\n\nApologies for Absence/Attendance of Substitute Members\n\n\n\n\n"
            "Outline Consent for Housing at Mill Road\n\n\nDelegated Applications\n\nThe Director submitted the "
            "applications he had determined.\n")
    assert [item.title.text for item in block_items(page_lines(text))] == [
        "Declarations of Interest", "Apologies for Absence/Attendance of Substitute Members",
        "Outline Consent for Housing at Mill Road", "Delegated Applications"]
    answered = "Declarations of Interest\n\n\nNone Declared\n\n\nMinutes\n\n\nThe minutes were approved.\n"
    assert [(item.title.text, [line.text for line in item.minutes]) for item in block_items(page_lines(answered))] \
        == [("Declarations of Interest", ["None Declared"]), ("Minutes", ["The minutes were approved."])]


def test_a_sentence_leading_to_the_resolution_under_it_is_no_title() -> None:
    """"… and there being no other nominations, it was" over "RESOLVED that …", each at a row's gap: the item's
    minutes, not an item of its own."""
    lines = page_lines("Apologies\n\n\nNone were received.\n\n\nElection of Mayor\n\n\nThe Mayor sought "
                       "nominations.\n\n\nWith Ms Rowe moving and Mr Tait seconding, and there being no other "
                       "nominations, it was\n\n\nRESOLVED that Ms Ann Dale be elected Mayor.\n\n\nMinutes\n\n\n"
                       "Agreed.\n")
    items = block_items(lines)
    assert [item.title.text if item.title else None for item in items] == ["Apologies", "Election of Mayor", "Minutes"]
    assert items[1].minutes[-1].text == "RESOLVED that Ms Ann Dale be elected Mayor."


def test_agenda_text_naming_who_is_to_act_goes_on_with_the_agenda_text_above() -> None:
    """"To appoint a Sheriff …" under a blank title cell, then "The Sheriff to take the oath of office": the same
    agenda text's next paragraph, not the title of an item of its own."""
    lines = page_lines("Apologies\n\n\nNone were received.\n\n\n\nTo appoint a Sheriff for the coming year.\n\n\n"
                       "The Sheriff to take the oath of office\n\n\n\nNominations were sought.\n\n\n\nMinutes\n\n\n"
                       "Agreed.\n")
    items = block_items(lines)
    assert [item.title.text if item.title else None for item in items] == ["Apologies", None, "Minutes"]
    assert [line.text for line in items[1].agenda] == [
        "To appoint a Sheriff for the coming year.", "The Sheriff to take the oath of office"]
