"""The meeting page's item list as a Markdown table, and where a run-on item title ends (real excerpts in
fixtures/item_table/, each naming its source URL in its sidecar)."""

from __future__ import annotations

import pytest

from publisher.model import Document, Record
from publisher.sources import read_record
from publisher.sources.item_table import table_items
from publisher.sources.item_titles import linked_number, split_title
from publisher.sources.meeting_page import read_meeting_page
from publisher.sources.text_rules import page_lines
from tests import paths

FIXTURES = paths.TESTS / "fixtures" / "item_table"


def read(name: str) -> Record:
    return read_record(FIXTURES / name)


def test_several_items_run_into_one_row_are_each_an_item() -> None:
    meeting = read("kirklees_meeting_5331.md").meetings[0]
    assert [(item.number, item.title, item.position) for item in meeting.items] == [
        ("", "Announcement by the Mayor and Chief Executive", 1), ("", "Apologies for absence", 2),
        ("", "Declaration of Interests", 3), ("", "Kirklees Democracy Commission", 4)]
    assert meeting.venue == "Council Chamber - Town Hall, Huddersfield"
    assert meeting.items[1].purpose == "Group Business Managers to submit any apologies for absence."
    commission = meeting.items[3]
    assert commission.contact is not None and commission.contact.person.name == "Carl Whistlecraft"


def test_narrative_under_decision_is_no_decision_but_a_worded_one_is() -> None:
    items = read("kirklees_meeting_5331.md").meetings[0].items
    assert [[d.text for d in item.decisions] for item in items] == [
        [], [], [], ["That the recommendations and content of the report, and the debate of Council, be noted and "
                     "welcomed."]]


def test_resolved_in_the_minutes_wins_over_the_decision_summary() -> None:
    items = read("islington_meeting_4021_four_items.md").meetings[0].items
    assert [item.title for item in items] == ["Apologies for absence", "Declarations of Interest",
                                              "Minutes of Previous Meeting", "Appointments to be made by the Executive"]
    assert [[d.text for d in item.decisions] for item in items] == [
        [], [],
        ["That the minutes of the previous meeting held on 29 April 2021 be agreed as a correct record and the Chair "
         "be authorised to sign them."],
        ["AGREED RECOMMENDATIONS"]]  # its RESOLVED gives only the reasons, which are no decision


def test_printed_file_in_a_row_is_the_items_document_and_a_body_names_the_committee() -> None:
    record = read("brent_meeting_7114_first_items.md")
    meeting = record.meetings[0]
    assert (meeting.committee.name, meeting.committee.source_id) == ("Cabinet", "455")  # "Cabinet RESOLVED that"
    minutes_item = meeting.items[2]
    assert minutes_item.title == "Minutes of the Previous Meeting"
    assert minutes_item.documents == [Document(title="Minutes of the Previous Meeting", mime_type="application/pdf",
                                               size_text="246 KB")]
    assert minutes_item.purpose.startswith("To approve the minutes of the previous meeting held on Monday 17 April")
    assert [d.text for d in minutes_item.decisions] == [
        "that the minutes of the previous meeting held on Monday 17 April 2023 be approved as an accurate record of "
        "the meeting."]


@pytest.mark.parametrize(("cell", "title", "rest"), [
    ("Declarations of Interest Members are invited to declare at this stage of the meeting",
     "Declarations of Interest", "Members are invited to declare at this stage of the meeting"),
    ("Matters Arising (if any) To consider any matters arising from the minutes of the previous meeting.",
     "Matters Arising (if any)", "To consider any matters arising from the minutes of the previous meeting."),
    ("LONDON LOCAL AUTHORITIES 1990 - STREET TRADING POLICY (REPORT NO. 121) To receive the report (No 121) of the "
     "Director Environment and Street Scene.", "LONDON LOCAL AUTHORITIES 1990 - STREET TRADING POLICY (REPORT NO. 121)",
     "To receive the report (No 121) of the Director Environment and Street Scene."),
    ("Declaration of Interests The Councillors will be asked to say if there are any items",
     "Declaration of Interests", "The Councillors will be asked to say if there are any items"),
    ("Announcements (If any) Webcasting of the Meeting", "Announcements (If any)", "Webcasting of the Meeting"),
    ("Apologies for absence Group Business Managers to submit any apologies for absence.", "Apologies for absence",
     "Group Business Managers to submit any apologies for absence."),
    ("To approve, as a correct record, the minutes of the meeting held on 20 August 2008.", None,
     "To approve, as a correct record, the minutes of the meeting held on 20 August 2008."),
    ("Items withdrawn from the Agenda", "Items withdrawn from the Agenda", ""),
    ("Update on the draft Local Plan", "Update on the draft Local Plan", ""),
    # oxford_meeting_5656: minutes in one word after the title; a possessive inside the title
    ("Declarations of Interest None.", "Declarations of Interest", "None."),
    ("Councillor Addresses on any item for decision on the Board's agenda",
     "Councillor Addresses on any item for decision on the Board's agenda", ""),
    # southend_meeting_4656: agenda text that is a numbered list ("1. … 2. …"); a number alone stays in a title
    ("Notice of Motion 1. To note that this Council has no confidence in the current Administration. 2. To remove "
     "the current Leader of the Council.", "Notice of Motion", "1. To note that this Council has no confidence in "
     "the current Administration. 2. To remove the current Leader of the Council."),
    ("Phase 1. Update", "Phase 1. Update", ""),
    # worcester_meeting_5352: the copy lost the title "Minutes"; what is left is no title
    ("Of the meeting held on 7th June 2023 to be approved and signed.", None,
     "Of the meeting held on 7th June 2023 to be approved and signed."),
    ("Officers' Report", "Officers' Report", ""),
])
def test_title_ends_where_the_agenda_text_begins(cell: str, title: str | None, rest: str) -> None:
    found = split_title(cell)
    assert (found.title, found.text) == (title, rest)


def test_a_row_the_copy_stops_in_before_any_label_is_no_item_but_a_warning() -> None:
    page = (FIXTURES / "brent_meeting_7114_first_items.md").read_text(encoding="utf-8") + "|\nPet"
    record = read_meeting_page(page, "https://democracy.brent.gov.uk/ieListDocuments.aspx?CId=455&MID=7114")
    assert [item.title for item in record.meetings[0].items] == [
        "Apologies for Absence", "Declarations of Interest", "Minutes of the Previous Meeting"]
    assert any("the copy stops in its title (Pet)" in warning for warning in record.warnings)


def test_number_column_numbers_the_item_and_a_part_heading_is_no_item() -> None:
    # The table's head names a number column ("No. | Item |"); rows that fill it, in the form converters give.
    page = ("No. | Item |\n---|---|\nPART 1 - PUBLIC |\n"
            "37. | Declarations of Interest Minutes: There were none. |\n"
            "4.(i) | Land at Mill Lane Minutes: RESOLVED: That permission be refused. |\n")
    items = read_meeting_page(page, "https://example.gov.uk/ieListDocuments.aspx?CId=9&MId=123").meetings[0].items
    assert [(item.number, item.title, item.position) for item in items] == [
        ("37", "Declarations of Interest", 1), ("4.(i)", "Land at Mill Lane", 2)]
    assert [d.text for d in items[1].decisions] == ["That permission be refused."]


def test_a_copy_that_starts_after_its_first_row_s_title_reads_the_rows_after_it() -> None:
    """A table copied from inside its first row, after the title: agenda text running into a label ("To note any
    apologies. Additional documents: Minutes: …") and rows closed by "|"; the rows after it are items."""
    page = ("To note any apologies. Additional documents: Minutes: Apologies were received from Councillor Vole. |\n"
            "Minutes of the last meeting\n"
            "To approve the minutes. Additional documents: Minutes: Resolved that the minutes be signed. |\n"
            "Public Question Time\n"
            "To hear questions from the public. Additional documents: Minutes: There were none. |\n"
            "Urgent Business Minutes: There was none. |\n")
    items = read_meeting_page(page, "https://example.gov.uk/ieListDocuments.aspx?CId=9&MId=123").meetings[0].items
    assert [item.title for item in items if item.title] == [
        "Minutes of the last meeting", "Public Question Time", "Urgent Business"]
    assert [d.text for item in items for d in item.decisions] == ["that the minutes be signed."]


def test_documents_listed_under_the_meeting_heading_are_the_meetings() -> None:
    meeting = read_record(paths.TESTS / "fixtures" / "meeting_documents" /
                          "brent_meeting_8301_header.txt").meetings[0]
    assert meeting.documents == [
        Document(title="Agenda frontsheet", mime_type="application/pdf", size_text="268 KB"),
        Document(title="Agenda reports pack", mime_type="application/pdf", size_text="7 MB")]


def test_a_document_pack_listed_without_type_or_size_is_a_document() -> None:
    """kingston-upon-thames_meeting_10221.html lists "Agenda reports pack" (a link to mgChooseDocPack.aspx) with
    no printed type or size between the frontsheet and the supplements; "Attendance details" is no document."""
    meeting = read_record(paths.TESTS / "corpus" / "records" /
                          "kingston-upon-thames_meeting_10221.html").meetings[0]
    assert [(d.title, d.mime_type, d.size_text) for d in meeting.documents[:3]] == [
        ("Agenda frontsheet", "application/pdf", "198 KB"),
        ("Agenda reports pack", None, None),
        ("Supplement: Agenda Item 7 - Community Safety Update", "application/pdf", "10 MB")]


def test_a_last_row_cut_after_its_printed_file_is_an_item() -> None:
    """oxford_meeting_5656 (a copy cut at about 2,000 characters): its last row, "Scrutiny Committee Reports PDF
    502 KB Cllr Gant spoke to …", stops in its minutes with no closing "|" and no label; the printed file ends
    its title, so the row is read. No item title names a person ("Councillor Addresses on …")."""
    record = read_record(paths.TESTS / "corpus" / "records" / "oxford_meeting_5656.md")
    items = record.meetings[0].items
    assert [item.title for item in items] == [
        "Declarations of Interest", "Addresses and Questions by Members of the Public",
        "Councillor Addresses on any item for decision on the Board's agenda",
        "Councillor Addresses on Neighbourhood Issues", "Items raised by Board Members", "Scrutiny Committee Reports"]
    assert items[-1].documents == [Document(title="Scrutiny Committee Reports", mime_type="application/pdf",
                                            size_text="502 KB")]
    assert "Addresses" not in {person.name for person in record.people}


def test_a_table_head_without_its_outer_pipes_is_read() -> None:
    """Markdown lets a table leave out its outer pipes: oxford_meeting_5656 with its head row and separator so
    written ("No. | Item", "---|---") still has its six items."""
    page = (paths.TESTS / "corpus" / "records" / "oxford_meeting_5656.md").read_text(
        encoding="utf-8").replace("No. | Item |\n---|---|\n", "No. | Item\n---|---\n")
    assert "No. | Item\n---|---\n" in page
    record = read_meeting_page(page, "https://mycouncil.oxford.gov.uk/ieListDocuments.aspx?CId=527&MID=5656")
    assert [item.title for item in record.meetings[0].items][:2] == [
        "Declarations of Interest", "Addresses and Questions by Members of the Public"]
    assert len(record.meetings[0].items) == 6


def test_unnumbered_rows_whose_titles_run_into_their_agenda_text() -> None:
    """Chorley's rows: "Declarations of Any Interests Members are reminded …" (a determiner after "of" goes on
    with the title) and "Public Questions Members of the public who have requested …" (a title-case title is
    not continued in sentence case); the row that lost its title cell keeps its decision."""
    meeting = read("chorley_meeting_10614_unnumbered_rows.md").meetings[0]
    assert [item.title for item in meeting.items] == [
        "Minute's silence", "Declarations of Any Interests", "", "Mayoral Announcements", "Public Questions",
        "Corporate Strategy 2024/25"]
    assert meeting.items[1].purpose.startswith("Members are reminded of their responsibility to declare")
    assert meeting.items[4].purpose.startswith("Members of the public who have requested the opportunity")
    assert [decision.text for decision in meeting.items[2].decisions] == [
        "(unanimously) that the minutes of the Council meeting held on 17 September 2024 be approved as a correct "
        "record for signature by the Mayor."]


@pytest.mark.parametrize(("text", "title"), [
    ("Declarations of Any Interests Members are reminded of their responsibility to declare any pecuniary "
     "interest in respect of matters contained in this agenda.", "Declarations of Any Interests"),
    ("Public Questions Members of the public who have requested the opportunity to ask question(s) on any item(s) "
     "on the agenda will have three minutes to put their question(s) to the relevant Councillor.",
     "Public Questions"),
])
def test_where_a_chorley_title_ends(text: str, title: str) -> None:
    assert split_title(text).title == title


@pytest.mark.parametrize(("text", "title", "rest"), [
    # Southend (records/southend_meeting_4656.md): the motion's numbered points are its agenda text.
    ("Notice of Motion 1. To note that this Council has no confidence in the current Administration. 2. To "
     "remove the current Leader of the Council.", "Notice of Motion",
     "1. To note that this Council has no confidence in the current Administration. 2. To remove the current "
     "Leader of the Council."),
    # Worcester (records/worcester_meeting_5352.md): the minutes item's cell lost its title; what is left is
    # agenda text, not a title.
    ("Of the meeting held on 7th June 2023 to be approved and signed.", None,
     "Of the meeting held on 7th June 2023 to be approved and signed."),
])
def test_a_list_number_and_a_headless_cell_are_agenda_text(text: str, title: str | None, rest: str) -> None:
    found = split_title(text)
    assert (found.title, found.text) == (title, rest)


def test_a_last_row_the_copy_stops_in_after_its_first_line_keeps_its_title() -> None:
    """Croydon (records/croydon_meeting_4016.md): the copy stops in the last row's resolution, lines below its
    title; the title is whole, so the row is an item (a row of one cut line is not: "Pet")."""
    items = read_record(paths.TESTS / "corpus" / "records" / "croydon_meeting_4016.md").meetings[0].items
    assert [item.title for item in items] == [
        "Apologies for Absence", "Disclosures of Interest", "Minutes of the Previous Meeting",
        "Recommendations - Civic Mayor and Civic Awards", "Exclusion of the Press & Public"]
    assert items[4].purpose.startswith("The following motion is to be moved and seconded")


def test_a_title_printed_again_at_the_start_of_its_agenda_text_and_a_row_cut_in_that_text() -> None:
    """Croydon (records/croydon_meeting_3876.md): "Disclosure of Interests Disclosure of Interests Members and
    co-opted Members …", the copy stopping in that text on the row's one line: the title is whole."""
    found = split_title("Disclosure of Interests Disclosure of Interests Members and co-opted Members of the Council "
                        "are reminded that, in accordance with the Members’ Code of Conduct and the statutory "
                        "provisions of the Localism Act 2011, they are required to consider in advance of each "
                        "meeting whether they have a disclosable pecuniary interest (DPI).")
    assert found.title == "Disclosure of Interests"
    assert found.text.startswith("Disclosure of Interests Members and co-opted Members")
    items = read_record(paths.TESTS / "corpus" / "records" / "croydon_meeting_3876.md").meetings[0].items
    assert [item.title for item in items] == [
        "Apologies for Absence", "Minutes of the Previous Meeting", "Disclosure of Interests"]


def test_a_to_receive_title_and_a_filed_title_in_a_row_that_lost_its_pipe() -> None:
    """Tamworth, Council (ieListDocuments.aspx?CId=152&MID=4231), as a converter renders it: "To receive any
    announcements … Chief Executive Minutes: …" is a title (no sentence stopped in it), and "State of Tamworth
    Debate PDF 120 KB …" opens the next item though the row above lost its closing "|"."""
    page = (
        "Venue: Council Chamber, Marmion House, Lichfield Street, Tamworth, B79 7BZ. View directions\n"
        "No. | Item | ||||||\n"
        "Declarations of Interest To receive any declarations of Members’ interests (pecuniary and non-pecuniary) in "
        "any matters which are to be considered at this meeting. Minutes: There were no Declarations of Interest. |\n"
        "To receive any announcements from the Mayor, Leader, Members of the Cabinet or the Chief Executive Minutes: "
        "Mayor R Kingstone announced the following;\n"
        "I have just one announcement which is to remind you that next week’s meeting, the 17th March, will be back "
        "at the Council Chamber at the Town Hall because we now have heating.\n"
        "State of Tamworth Debate PDF 120 KB (Report of the Leader of the Council)\n"
        "The debate will focus on Town Centre Regeneration and Evolution.\n"
        "Additional documents: Minutes: The Leader of the Council presented his report on ‘Town Centre Regeneration "
        "and Evolution’ before Members went on to debate this topic.\n")
    items = read_meeting_page(page, "https://democracy.tamworth.gov.uk/ieListDocuments.aspx?CId=152&MID=4231"
                              ).meetings[0].items
    assert [item.title for item in items] == [
        "Declarations of Interest",
        "To receive any announcements from the Mayor, Leader, Members of the Cabinet or the Chief Executive",
        "State of Tamworth Debate"]
    assert [(d.title, d.size_text) for d in items[2].documents] == [("State of Tamworth Debate", "120 KB")]
    assert items[2].purpose == ("(Report of the Leader of the Council)\n\nThe debate will focus on Town Centre "
                                "Regeneration and Evolution.")


def test_a_long_note_in_a_bracket_after_the_title_is_agenda_text() -> None:
    # Kensington and Chelsea, kensington-chelsea_meeting_3419.md: the bracket is the agenda's note; a short one
    # ("(If any)") stays in the title.
    split = split_title("Appointment and Investment of Deputy Mayor (Pursuant to paragraph 5 of the Second Schedule "
                        "of the Local Government Act,1972 the Mayor may appoint a Councillor to be Deputy Mayor).")
    assert split.title == "Appointment and Investment of Deputy Mayor"
    assert split.text.startswith("(Pursuant to paragraph 5")
    assert split_title("Announcements (If any) Webcasting of the Meeting").title == "Announcements (If any)"


def test_the_body_acting_in_the_agenda_text_is_no_part_of_the_title() -> None:
    # Kensington and Chelsea, kensington-chelsea_meeting_3419.md: "Full Council to elect …" is the agenda's sentence;
    # a body a title word carries on to ("Report of Council to …") stays in the title.
    split = split_title("Election of Mayor Full Council to elect the Mayor of the Royal Borough of Kensington and "
                        "Chelsea for the Council Year 2024/25.")
    assert (split.title, split.text) == ("Election of Mayor", "Full Council to elect the Mayor of the Royal Borough "
                                         "of Kensington and Chelsea for the Council Year 2024/25.")
    assert split_title("Recommendations of Council to approve the budget").title == \
        "Recommendations of Council to approve the budget"


def test_the_full_text_link_names_an_unnumbered_items_number() -> None:
    """ModernGov cuts a long text with "...  view the full agenda text for item 4." (City of London,
    records/city-of-london_meeting_18850.txt, whose lines these are); a Markdown copy that lost the number
    column (the rows here are that page's lines in the table form converters give, the number cells empty)
    prints the item's number only there. A row without the link stays unnumbered."""
    page = ("| No. | Item |\n|---|---|\n|\n"
            "Election of Chairman\nTo elect a Chairman in accordance with Standing Order 29.\n"
            " ...  view the full agenda text for item 4. Minutes: The Committee proceeded to elect a Chairman in "
            "accordance with Standing Order No.29. |\n|||\n|\n"
            "Apologies\nMinutes: Apologies were received from Simon Duckworth, Marianne Fredericks, Alderman "
            "Alastair King and Ian Seaton. |\n")
    items = read_meeting_page(page, "https://example.gov.uk/ieListDocuments.aspx?CId=9&MId=123").meetings[0].items
    assert [(item.number, item.title) for item in items] == [("4", "Election of Chairman"), ("", "Apologies")]


def test_full_text_links_that_disagree_name_no_number() -> None:
    assert linked_number([" ...  view the full minutes text for item 3a", "To note the public minutes"]) == "3a"
    assert linked_number([" ...  view the full agenda text for item 3.", " ...  view the full minutes text for item 3."
                          ]) == "3"
    assert linked_number([" ...  view the full agenda text for item 3.", " ...  view the full minutes text for item 4."
                          ]) == ""
    assert linked_number(["Minutes: There were none."]) == ""


def test_no_title_where_the_agenda_sentences_subject_may_start_inside_it() -> None:
    """Lines written in the pattern of a title run into a sentence whose subject is a name with "of" ("… Annual
    Report Members of the Canal and River Trust …"): nothing tells where the subject starts, so no title is read
    rather than a wrong one. "Representatives of <body> will …" opens the sentence (the verb has no other subject:
    Tonbridge and Malling, tonbridge-and-malling_meeting_5724). Kirklees's "Kirklees Democracy Commission Council
    will receive …" keeps its title."""
    split = split_title("Canal Towpath Annual Report Members of the Canal and River Trust present their annual "
                        "report.")
    assert (split.title, split.text) == (None, "Canal Towpath Annual Report Members of the Canal and River Trust "
                                               "present their annual report.")
    split = split_title("Review of Water Incidents in Tonbridge and Malling Representatives of South East Water will "
                        "be available to participate in discussions relating to the Tonbridge water outage in "
                        "January 2025.")
    assert (split.title, split.text) == (
        "Review of Water Incidents in Tonbridge and Malling", "Representatives of South East Water will be available "
        "to participate in discussions relating to the Tonbridge water outage in January 2025.")
    assert split_title("Outside Bodies Update - Citizens Advice Bureau Representatives of Citizens Advice North and "
                       "West Kent will provide a summary of their recent activities.").title == \
        "Outside Bodies Update - Citizens Advice Bureau"
    assert split_title("Kirklees Democracy Commission Council will receive and discuss the report.").title == \
        "Kirklees Democracy Commission"
    assert split_title("Minutes of the Previous Meeting Members are asked to approve the minutes.").title == \
        "Minutes of the Previous Meeting"


def test_a_lone_to_phrase_row_is_a_title_and_a_matters_for_heading_is_no_item() -> None:
    """Rows written in the pattern of an agenda's Markdown table: a row that is one unstopped "To <verb> …" phrase
    (Tamworth's title "To receive any announcements from the Mayor, Leader, Members of the Cabinet or the Chief
    Executive", here alone in its row) is the item's title; a row "Matters for Decision" groups the items below
    it and is none."""
    page = ("No. | Item |\n---|---|\n|\nTo receive any announcements from the Mayor, Leader, Members of the Cabinet "
            "or the Chief Executive\n|\n|\nMatters for Decision |\n|\nApologies for absence |\n"
            "|\nMatters submitted for Information |\n|\nDeclarations of interest |\n")
    items = read_meeting_page(page, "https://example.gov.uk/ieListDocuments.aspx?CId=9&MId=123").meetings[0].items
    assert [item.title for item in items] == [
        "To receive any announcements from the Mayor, Leader, Members of the Cabinet or the Chief Executive",
        "Apologies for absence", "Declarations of interest"]


def test_the_full_text_link_is_no_part_of_the_items_text() -> None:
    """records/city-of-london_meeting_18850.txt: "...  view the full agenda text for item 3." under the agenda text
    and "...  view the full minutes text for item 3." under the minutes are links, not the item's words."""
    item = read_record(paths.TESTS / "corpus" / "records" / "city-of-london_meeting_18850.txt").meetings[0].items[2]
    assert (item.number, item.title) == ("3", "Order of the Court of Common Council")
    assert item.purpose == "To receive the Order of the Court of Common Council on 19 April 2018."
    assert item.minutes == ("The Committee received an Order of the Court of Common Council of 19 April 2018 "
                            "appointing the Committee and approving its Terms of Reference.")


def test_a_title_ending_with_when_the_meeting_was_held() -> None:
    # Stoke-on-Trent, stoke-on-trent_meeting_8431.md: "held on …" ends the cell, part of the title; Croydon
    # (croydon_meeting_4016.md) prints a sentence after its title that opens with a noun and "held on".
    whole = split_title("Minutes of a previous meeting of the City Council held on 23/05/19")
    assert (whole.title, whole.text) == ("Minutes of a previous meeting of the City Council held on 23/05/19", "")
    cut = split_title("Minutes of the Previous Meeting Meetings held on 21st March and 24th 2023 (Both Part A and "
                      "Part B minutes will be asked for approval under this item).")
    assert cut.title == "Minutes of the Previous Meeting"


def test_a_copy_that_starts_at_the_tables_first_row_reads_its_rows() -> None:
    """records/nottingham_meeting_9572.txt: a converter's table copied from its first row, with no heading and no
    "No. | Item" head ("Apologies for absence Minutes: Councillor … |", "Declarations of interests Minutes: None
    |"): the rows are the items."""
    record = read_record(paths.TESTS / "corpus" / "records" / "nottingham_meeting_9572.txt")
    assert [item.title for item in record.meetings[0].items] == [
        "Apologies for absence", "Declarations of interests", "Questions from citizens",
        "Petitions from Councillors on behalf of citizens",
        "To confirm the minutes of the last meeting of Council held on 31 October 2022"]


def test_a_copy_from_the_tables_first_row_with_its_bars_lost() -> None:
    """records/arun_meeting_1605.txt: "Welcome Minutes: The Chair welcomed …", "Member of Staff Brenda Heyne, …
    MBE Minutes: The Chair announced …", then "Declarations of Interest" alone over its agenda text, whose last
    line runs into "Minutes:": three items, no "|" anywhere."""
    record = read_record(paths.TESTS / "corpus" / "records" / "arun_meeting_1605.txt")
    items = record.meetings[0].items
    assert [item.title for item in items] == [
        "Welcome",
        "Member of Staff Brenda Heyne, Former Member of Staff, Sam McDowell and Honorary Alderman Jean Goad, MBE",
        "Declarations of Interest"]
    assert items[2].purpose.startswith("Members and Officers should make their declaration by stating:")
    assert items[2].minutes.startswith("The Declaration of Interest Sheet set out below confirms")


@pytest.mark.parametrize(("text", "title"), [
    # Harlow (ieListDocuments MId=1407, a Markdown row whose "Minutes:" label the copy lost): the title ends where
    # the resolution starts, not at "… RESOLVED that the".
    ("Response of the Cabinet to accept the recommendations of the Scrutiny Committee from the Review of the "
     "Delivery of the Council House Building Programme RESOLVED that the Cabinet adopted the recommendations set "
     "out in the consultant’s report (attached as Appendix A to the original report), along with an additional "
     "recommendation to carry out a review of the Council’s approach to learning and guidance alongside the "
     "appraisal process. |",
     "Response of the Cabinet to accept the recommendations of the Scrutiny Committee from the Review of the "
     "Delivery of the Council House Building Programme"),
    # Trafford (ieListDocuments MId=3507): a title in capitals ends before the article that opens its agenda text.
    ("QUESTIONS FROM THE PUBLIC A maximum of 15 minutes will be allocated to public questions submitted in writing "
     "to Democratic Services by 4 p.m. on the working day prior to the meeting. |", "QUESTIONS FROM THE PUBLIC"),
    # Kirklees (ieListDocuments MID=5269, a row that lost its title cell): a sentence, no title "The".
    ("The Councillors will be asked to say if there are any items on the Agenda in which they have disclosable "
     "pecuniary interests, which would prevent them from participating in any discussion of the items or "
     "participating in any vote upon the items, or any other interests.", None),
])
def test_a_title_never_holds_a_resolution_nor_is_an_article_alone(text: str, title: str | None) -> None:
    assert split_title(text).title == title


def test_part_and_delegated_powers_headings_are_no_items() -> None:
    """records/tonbridge-and-malling_meeting_3443.txt prints "PART 1 - PUBLIC" over its first item ("LA 17/27"),
    and tonbridge-and-malling_meeting_5167.md a row "Decisions to be taken under Delegated Powers |" between two
    items: headings of the agenda's parts, no items."""
    text = ("Agenda and minutes\n\nLicensing and Appeals Committee - Tuesday, 9th May, 2017 7.30 pm\n\nItems\n"
            "No. Item\n\nPART 1 - PUBLIC\n\nLA 17/27\n\nDeclarations of Interest pdf icon PDF 12 KB\n\nMinutes:\n\n"
            "There were no declarations of interest made in accordance with the Code of Conduct.\n")
    assert [(item.number, item.title) for item in read_meeting_page(text).meetings[0].items] == [
        ("LA 17/27", "Declarations of Interest")]
    rows = ("Venue: Council Chamber, Gibson Drive, Kings Hill\nNo. | Item |\nDeclarations of Interest Members in any "
            "doubt about such declarations are advised to contact Legal or Democratic Services in advance of the "
            "meeting\nMinutes: There were no declarations of interest in accordance with the Code of Conduct. |\n"
            "Decisions to be taken under Delegated Powers |\nExclusion of Press and Public The Chairman to move that "
            "the press and public be excluded from the remainder of the meeting. Minutes: There were no items "
            "considered in private. |\n")
    address = "https://democracy.tmbc.gov.uk/ieListDocuments.aspx?CId=129&MId=5167&Ver=4"
    assert [item.title for item in read_meeting_page(rows, address).meetings[0].items] == [
        "Declarations of Interest", "Exclusion of Press and Public"]


def test_a_title_with_a_subtitle_after_its_colon_and_one_before_a_sentence_with_a_clause() -> None:
    """Conwy, conwy_meeting_6982: "Declarations of Interest: Code of Local Government Conduct Members are reminded
    …": the colon opens the title's second part, no subject of the sentence; "Urgent matters Notice of items which,
    in the opinion of the Chairman, should …": a title holds no clause set off by commas, so it ends before the
    capitalised word after its last word in lower case."""
    declarations = split_title("Declarations of Interest: Code of Local Government Conduct Members are reminded that "
                               "they must declare the existence and nature of their declared personal interest.")
    assert declarations.title == "Declarations of Interest: Code of Local Government Conduct"
    urgent = split_title("Urgent matters Notice of items which, in the opinion of the Chairman, should be considered "
                         "at the meeting as a matter of urgency pursuant to Section 100B(4) of the Local Government "
                         "Act 1972.")
    assert (urgent.title, urgent.text[:25]) == ("Urgent matters", "Notice of items which, in")


def test_a_resolution_clause_before_a_label_goes_on_with_the_decision() -> None:
    """Merton (CId=146, MID=4376): a row whose title cell the copy lost prints "Decision:RESOLVED:" and then the
    resolution's numbered clause running into "Minutes:". The clause "1. That Cabinet considered …" is the
    decision's, not an item numbered 1 titled "That"."""
    text = ("Venue: Committee Rooms DE, Merton Civic Centre, London Road, Morden SM4 5DX\nNo. | Item |\n---|---|\n"
            "Apologies for absence Minutes:No apologies were received.\n|\n|\n"
            "Additional documents:Decision:RESOLVED:\n1. That Cabinet considered the report and recommendations "
            "(attached in Appendix A) arising from the scrutiny review of Electrical Vehicle Charging in Merton. "
            "Minutes:At the invitation of the Chair, the Chair of the Electric Vehicle Charging Task Group, Councillor "
            "Attawar spoke to to introduce the report.\n|\n|\n")
    record = read_meeting_page(text, "http://democracy.merton.gov.uk/ieListDocuments.aspx?CId=146&MID=4376")
    [meeting] = record.meetings
    assert [(item.number, item.title) for item in meeting.items] == [("", "Apologies for absence"), ("", "")]
    assert [decision.text[:31] for decision in meeting.items[1].decisions] == ["1. That Cabinet considered the "]


def test_rows_of_titles_each_closed_by_a_stop_and_a_row_of_agenda_text() -> None:
    """records/caerphilly_meeting_12609.md: every title of the table ends in a stop ("Mayor's Announcements. |"), so
    "To receive apologies for absence. |", alone in its row, is a title; a row whose first line breaks off a sentence
    ("Councillors and Officers are" / "reminded of their personal responsibility …") is agenda text, no title."""
    lines = page_lines("To receive apologies for absence. |\n|\nMayor's Announcements. |\n|\n"
                       "Declarations of Interest. |\n|\nCouncillors and Officers are\n"
                       "reminded of their personal responsibility to declare any personal interest. |\n|\n"
                       "To approve and sign the following minutes: - |\n")
    assert [item.title for item in table_items(lines)] == [
        "To receive apologies for absence.", "Mayor's Announcements.", "Declarations of Interest.", None,
        "To approve and sign the following minutes: -"]


def test_a_title_over_a_line_its_label_opens_is_the_next_item_of_a_run_together_row() -> None:
    """records/high-peak_meeting_2417.md: a converter ran several items into one row; after the item above's minutes,
    "To receive Disclosures of Interest on any matter before the Council" over "Minutes: There were no declarations
    made. |" is the next item (minutes never print their label again under a line of their own)."""
    lines = page_lines("Vote of thanks to the retiring Mayor Minutes: Councillor Siddall seconded the motion and it "
                       "was RESOLVED accordingly.\n"
                       "Councillor Cross, in response to the vote of thanks, thanked Mr John Morris.\n"
                       "To receive Disclosures of Interest on any matter before the Council\n"
                       "Minutes: There were no declarations made. |\n")
    assert [(item.title, len(item.lines)) for item in table_items(lines)] == [
        ("Vote of thanks to the retiring Mayor", 2),
        ("To receive Disclosures of Interest on any matter before the Council", 1)]


def test_a_title_in_title_case_to_its_end_keeps_its_determiner() -> None:
    """City of Lincoln's Markdown rows (lincoln_meeting_7313) print "Receive Any Questions under Council Procedure
    Rule 11 from Members of the Public and Provide Answers thereon Minutes: …": the title runs to the label; "Any"
    opens no sentence where every word after it is in title case (before: the title "Receive")."""
    title = ("Receive Any Questions under Council Procedure Rule 11 from Members of the Public and Provide Answers "
             "thereon")
    assert split_title(title).title == title
    opening = split_title("Declarations of Interest The Councillors will be asked to say")
    assert opening.title == "Declarations of Interest"


def test_a_cell_whose_sentence_says_what_the_agenda_asks_or_holds_has_no_title_from_that_sentence() -> None:
    """Oldham's and Bury's Markdown rows (audit-f, committees.oldham.gov.uk MId=9209 and MId=9606,
    councildecisions.bury.gov.uk MID=3916) lose the linked title and keep the agenda text: "Cabinet is asked to
    agree to adopt …", "Minutes from the meeting held on … are attached.", "Report of the Leader … is attached."
    are sentences, no titles (before: each read as the title, the last cut before "Growth is attached."). A body
    the agenda asks opens the agenda text after a title ("… Sanctuary Seekers in Oldham Cabinet is asked …"; before:
    the title "GMCA Refugee")."""
    assert split_title("Cabinet is asked to agree to adopt the South Pennine Moors Supplementary Planning "
                       "Document.").title is None
    assert split_title("Minutes from the meeting held on 11th February 2026 are attached.").title is None
    assert split_title("Report of the Leader and Cabinet Member for Strategic Growth is attached.").title is None
    assert split_title("GMCA Refugee Support project - Sanctuary Seekers in Oldham Cabinet is asked to formally "
                       "accept a grant award of £276,888 from the Greater Manchester Combined Authority on behalf of "
                       "Oldham Council, for the purpose of delivering the Refugee Support Project.").title \
        == "GMCA Refugee Support project - Sanctuary Seekers in Oldham"
    # the body as the object of "from" is no subject; a clause before the predicate leaves the usual rules to decide
    assert split_title("Get Britain Working Health and Wealth Trailblazer Agreement from Cabinet is sought to use the "
                       "funds in the schemes proposed in this report.").title is None
    assert split_title("Declarations of Interest Members of Cabinet are asked to consider whether they have an "
                       "interest in any of the matters of the Agenda and, if so, to formally declare that "
                       "interest.").title == "Declarations of Interest"
    assert split_title("Public Question Time Questions are invited from members of the public about the work of "
                       "the Cabinet.").title == "Public Question Time"


def test_agenda_text_in_title_case_after_the_title_and_a_purpose_after_a_dash_are_no_part_of_it() -> None:
    """Oldham's rows (audit-f, MId=9209): "Declarations of Interest To Receive Declarations of Interest in any
    Contract or matter …" (before: the title ran to "… in any"); "Grant Acceptance: Community Regeneration
    Partnership Report of Deputy Chief Executive (Place) – to accept grant funding." holds agenda text whose start
    is not known (before: all of it the title). A title that opens "To Receive" stays whole."""
    opening = split_title("Declarations of Interest To Receive Declarations of Interest in any Contract or matter to "
                          "be discussed at the meeting.")
    assert (opening.title, opening.text[:10]) == ("Declarations of Interest", "To Receive")
    assert split_title("Grant Acceptance: Community Regeneration Partnership Report of Deputy Chief Executive "
                       "(Place) – to accept grant funding.").title is None


def test_a_row_that_opens_with_agenda_text_is_an_untitled_item_with_a_warning() -> None:
    """Bury's agenda (audit-f, MID=3916): "Minutes from the meeting held on 11th February 2026 are attached. |" is
    an item whose title the copy lost; the reader says so rather than publish the sentence as its title."""
    text = ("Venue: Council Chamber - Town Hall. View directions\n| No. | Item |\n|---|---|\n|\n"
            "Apologies for Absence |\n|\n|\nMinutes from the meeting held on 11th February 2026 are attached. |\n")
    record = read_meeting_page(text, source_url="https://councildecisions.bury.gov.uk/ieListDocuments.aspx?"
                                                "CId=126&MID=3916")
    assert [item.title for item in record.meetings[0].items] == ["Apologies for Absence", ""]
    assert any("no item title read" in warning and "Minutes from the meeting" in warning
               for warning in record.warnings)


def test_a_note_of_who_presides_is_no_row_of_the_item_table() -> None:
    """Stockport's Cabinet (audit-f, democracy.stockport.gov.uk MID=27530) prints who takes the chair as rows of the
    table: "Councillor Tom McGee (Vice-Chair) in the chair Additional documents: |" (before: an item so titled)."""
    lines = page_lines("Councillor Tom McGee (Vice-Chair) in the chair Additional documents: |\n"
                       "Urgent Decisions To report any urgent action taken under the Constitution since the last "
                       "meeting of the Cabinet. Additional documents: Minutes: No urgent decisions were reported. |\n"
                       "Councillor Elise Wilson (Chair) in the chair Additional documents: |\n")
    assert [item.title for item in table_items(lines)] == ["Urgent Decisions"]
    record = read_meeting_page("No. | Item |\n---|---|\n" + "\n".join(line.text for line in lines) + "\n",
                               source_url="https://democracy.stockport.gov.uk/ieListDocuments.aspx?CId=1015&MID=27530")
    assert [warning[:42] for warning in record.warnings if "not read as an item" in warning] == [
        "line 3 not read as an item: who presides, ", "line 5 not read as an item: who presides, "]


def test_the_parts_of_a_decision_record_and_the_meeting_heading_are_no_item_titles() -> None:
    """Bury's minutes (audit-f, councildecisions.bury.gov.uk MId=2241) print "Delegated decision:" and "Reasons for
    the decision:" over their text, Oldham's copy (MeetingId=9197) opens with the meeting's heading "Cabinet -
    Monday, 15th July, 2024 6.00 pm", and Solihull's agenda (MId=8409) cites another committee's "Minute 5…" under
    "Recommendations from Committees" (before: each an item)."""
    from publisher.sources.item_blocks import NOT_AN_ITEM
    for line in ("Delegated decision:", "Reasons for the decision:", "Other options considered and rejected:",
                 "Councillor Elise Wilson (Chair) in the chair", "Cabinet - Monday, 15th July, 2024 6.00 pm",
                 "Minute 5Independent Remuneration Panel Review Of The Members' Allowances Scheme (page 269 )"):
        assert NOT_AN_ITEM.search(line), line
    for line in ("Election of Chair", "Decisions of Cabinet Spokespersons", "Reasons for Decline in Bus Use",
                 "Minutes", "Minute of Argyll and Bute Council 30 September 2021"):
        assert not NOT_AN_ITEM.search(line), line
    record = read_record(paths.TESTS / "fixtures" / "item_table" / "bury_meeting_2241.txt")
    assert [item.title for item in record.meetings[0].items] == [
        "Apologies for Absence", "Declarations of Interest", "Minutes", "Public Question Time",
        "Highway Safety Inspection Policy"]  # "Declarations of Interest", right below a bare title, is an item too


def test_agenda_text_that_opens_with_the_items_it_is_about_is_no_part_of_the_title() -> None:
    """Rotherham's Cabinet (audit-f, moderngov.rotherham.gov.uk MID=15358): "Exclusion of the Press and Public Agenda
    Items 7 and 9 have exempt appendices." (before: all of it the title); "… from Agenda Item 5" stays a title."""
    assert split_title("Exclusion of the Press and Public Agenda Items 7 and 9 have exempt appendices. Therefore, if "
                       "necessary when considering those items, the Chair will move the following resolution:-"
                       ).title == "Exclusion of the Press and Public"
    assert split_title("Matters arising from Agenda Item 5").title == "Matters arising from Agenda Item 5"


def test_a_title_printed_twice_is_the_title_however_it_reads() -> None:
    """A Markdown row whose agenda text opens with its title again (records south-yorkshire-mca_meeting_1510): the
    title is the words printed twice, though "Members in relation to …" would read as a sentence's start."""
    found = split_title("Declarations of Interest by individual Members in relation to any item of business on the "
                        "agenda Declarations of Interest by individual Members in relation to any item of business on "
                        "the agenda. Additional documents:")
    assert found.title == ("Declarations of Interest by individual Members in relation to any item of business on the "
                           "agenda")
    assert found.text.startswith("Declarations of Interest by individual Members")


def test_rows_an_agenda_ran_together_part_at_each_title_over_its_purpose() -> None:
    """Lichfield's agenda (ieListDocuments.aspx?CId=136&MId=1652): three items in one row, no label closing any;
    each line that opens with a title (and maybe its file) over "To <verb> …" is an item's title cell, and a
    resolution's clause under one stays its text."""
    rows = ("Minutes of Planning Committee PDF 113 KB The Chairman of the Planning Committee to move that the "
            "proceedings be received.\n"
            "Events & Festivals Policy To approve the recommendations of Cabinet made on 6 October 2020:\n"
            "(ii) That the Medium Term Financial Strategy be updated.\n"
            "Revision of Street Trading Policy PDF 270 KB To approve the amended Street Trading Policy (report "
            "attached). Additional documents: |\n")
    assert [(item.title, item.document.size_text if item.document else None)
            for item in table_items(page_lines(rows))] == [
        ("Minutes of Planning Committee", "113 KB"), ("Events & Festivals Policy", None),
        ("Revision of Street Trading Policy", "270 KB")]


def test_a_title_case_heading_goes_on_past_its_and() -> None:
    """"Election of Chair and Appointments for the year To receive nominations.": the heading goes on past its
    "and" in sentence case; "Public Questions Members of the public may ask …" still ends at "Questions"."""
    found = split_title("Election of Chair and Appointments for the year To receive nominations.")
    assert (found.title, found.text) == ("Election of Chair and Appointments for the year", "To receive nominations.")
    assert split_title("Public Questions Members of the public may ask questions.").title == "Public Questions"
