"""Declarations of interest read from real minutes (publisher/sources/attendance.py, issue 14): the kind the
words state (never one they deny), the item however the page numbers it, everyone a sentence names."""

from __future__ import annotations

from datetime import date

from publisher.model import AgendaItem, Committee, Declaration, Meeting, Person, Record
from publisher.sources import read_record
from publisher.sources.attendance import (
    DECLARATIONS_TITLE,
    add_page_attendance,
    declared_subject,
    declared_subjects,
    interest_kind,
    place_by_title,
    read_declarations,
    read_who_was_there,
)
from publisher.sources.meeting_page import read_meeting_page
from publisher.sources.person_mentions import declared_tersely
from publisher.sources.prose_people import add_people_in_prose
from publisher.sources.text_rules import page_lines, participations, sentences
from tests import paths

FIXTURES = paths.TESTS / "fixtures" / "declarations"


def paragraphs(name: str) -> list[str]:
    """A fixture's paragraphs (its first line names the page it was copied from)."""
    text = (FIXTURES / name).read_text(encoding="utf-8").split("\n", 1)[1]
    return [part.strip() for part in text.split("\n\n") if part.strip()]


def read(name: str) -> list[Declaration]:
    return [d for paragraph in paragraphs(name) for d in read_declarations(paragraph)]


def test_a_kind_the_words_deny_is_not_the_kind_declared() -> None:
    """Leicestershire (ieIssueDetails.aspx?IId=23344): "a personal non prejudicial interest" is personal."""
    found = read("leicestershire_issue_23344_not_prejudicial.txt")
    assert [(d.person.honorific, d.kind) for d in found] == [("Prof", "personal")]
    assert interest_kind("a personal (but not prejudicial) interest") == "personal"
    assert interest_kind("an interest which was not a disclosable pecuniary interest") == "other"
    assert interest_kind("a non-pecuniary interest") == "non-pecuniary"
    assert interest_kind("a personal and prejudicial interest") == "prejudicial"


def test_other_disclosable_interests_are_other_and_pecuniary_alone_is_disclosable_pecuniary() -> None:
    """Bromsgrove (ieIssueDetails.aspx?IId=33787): "other disclosable interests" name no kind of the scheme."""
    found = read("bromsgrove_issue_33787_minute_item_numbers.txt")
    assert [(d.person.name, d.kind) for d in found] == [
        ("K. May", "other"), ("M. Thompson", "other"), ("M. Thompson", "disclosable pecuniary")]
    assert found[-1].left_room is True


def test_an_item_named_as_a_minute_or_numbered_in_its_year() -> None:
    """Bromsgrove ("Minute Item No. 15/21") and Leicestershire ("(minute 28 below)"): the item the page numbers
    so; a minute of another meeting is no item of this one."""
    assert [(d.person.name, d.item_number) for d in read("bromsgrove_issue_33787_minute_item_numbers.txt")] == [
        ("K. May", "15/21"), ("M. Thompson", "15/21"), ("M. Thompson", "18/21")]
    assert [d.item_number for d in read("leicestershire_issue_23344_not_prejudicial.txt")] == ["28"]
    assert read_declarations("Councillor Ann Lee declared a personal interest in minute 142/20 of the Planning "
                             "Committee held on 11 December 2020.")[0].item_number is None


def test_declarants_listed_under_an_introduction_each_declare_its_kind_at_its_item() -> None:
    """Leeds 3224: "Members declared personal interests in minute 96 of this meeting as follows:" / "A McKenna -
    Trustee of …" / "Morton - Employee, …" / "- Governor, …" (more of Morton's), then a sentence of its own.
    The bare "Morton" of the list is the "Councillors … Morton" the page's prose names (an honorific kept)."""
    text = (FIXTURES / "leeds_3224_listed_under_introduction.txt").read_text(encoding="utf-8").split("\n", 1)[1]
    found = read_who_was_there(page_lines(text))
    assert [(d.person.honorific, d.person.name, d.kind, d.item_number) for d in found.declarations] == [
        (None, "A McKenna", "personal", "96"), (None, "Morton", "personal", "96"),
        ("Councillor", "Smith", "prejudicial", "96")]
    assert found.declarations[1].text.endswith("Employee, Headingley Development Trust -  Governor, Horsforth "
                                               "School -  Governor, St Mary’s RC Primary School, Horsfoth")
    meeting = Meeting(date=date(2008, 2, 27), committee=Committee("Council"),
                      items=[AgendaItem(number="91", title="Declarations of Interest")])
    add_page_attendance(meeting, page_lines(text), [])
    # the list's introduction names the minute as this meeting's; Smith's sentence is left to the item readers
    assert [(d.person.name, d.item_number) for d in meeting.declarations] == [("A McKenna", "96"), ("Morton", "96")]
    record = Record(kind="meeting", source_id="3224", meetings=[meeting])
    add_people_in_prose(record, text)
    assert meeting.declarations[1].person.honorific == "Councillor"
    assert read_who_was_there(page_lines("Members declared the following interests:\nThere were none.")
                              ).declarations == []
    listed = read_who_was_there(page_lines(
        "The following Members declared interests:\nA McKenna - a prejudicial interest in item 7 as a trustee"))
    assert [(d.kind, d.item_number) for d in listed.declarations] == [("prejudicial", "7")]


def test_under_the_declarations_item_a_member_who_will_leave_for_an_item_declares_an_interest_in_it() -> None:
    """Portsmouth 2413, under "Declarations of Interests under Standing Order 13(2)(b)": a member says why he will
    leave the chamber for item 5, without "declared": an interest in item 5 of no kind the words name, read so
    only in the minutes of the declarations item."""
    minutes = ("Councillor Neill Young said that the charity for which he works supports people with motor neurone "
               "disease and he would therefore leave the chamber during the debate on agenda item 5 Notice of "
               "Motion - Motor Neurone Disease Charter.")
    found = read_declarations(minutes, declarations_item=True)
    assert [(d.person.name, d.person.honorific, d.kind, d.item_number) for d in found] == [
        ("Neill Young", "Councillor", "other", "5")]
    assert read_declarations(minutes) == []
    assert read_declarations("The Chair said that Members would leave the meeting before the next item.",
                             declarations_item=True) == []


def test_under_the_declarations_item_a_member_who_noted_an_interest_declares_it() -> None:
    """Tower Hamlets 11332: "There were no Declarations of Disclosable Pecuniary Interests. However, for the record,
    Councillor Motin Uz-Zaman and Councillor James King both noted they were leaseholders of Tower Hamlets Homes."
    is two declarations of no kind the words name, read so only in the minutes of the declarations item."""
    title, minutes = (FIXTURES / "tower-hamlets_11332_noted_under_declarations.md").read_text(
        encoding="utf-8").split("\n")[1:3]
    assert DECLARATIONS_TITLE.search(title)
    found = read_declarations(minutes, declarations_item=True)
    assert [(d.person.name, d.kind, d.item_number) for d in found] == [
        ("Motin Uz-Zaman", "other", None), ("James King", "other", None)]
    assert read_declarations(minutes) == []  # elsewhere "noted they were" is no declaration
    assert read_declarations("Councillor Ann Lee stated that she had no interests to declare.",
                             declarations_item=True) == []


def test_under_the_declarations_item_a_member_who_advised_the_committee_of_an_interest_declares_it() -> None:
    """records/spelthorne_meeting_3919.md, under "Disclosures of Interest": "Councillors Buttar, Chandler and Gibson
    advised the Committee that they were Planning Committee members …" and "Councillor Sexton advised the Committee
    she was a Surrey County Councillor." are four declarations of no kind the words name."""
    minutes = ("Councillors Buttar, Chandler and Gibson advised the Committee that they were Planning Committee "
               "members and therefore would not be making comment on any applications due to come before the Planning "
               "Committee. Councillor Sexton advised the Committee she was a Surrey County Councillor.")
    found = read_declarations(minutes, declarations_item=True)
    assert [(d.person.name, d.kind, d.item_number) for d in found] == [
        ("Buttar", "other", None), ("Chandler", "other", None), ("Gibson", "other", None), ("Sexton", "other", None)]
    assert read_declarations("Councillor Ann Lee advised the Committee that she was not a member of the Trust.",
                             declarations_item=True) == []


def test_several_declarants_in_one_sentence_each_declare_at_its_item() -> None:
    """Gloucester (IId=43405): four councillors in one sentence, then one "in the same item"; Westminster
    (IId=13160): "declared that in respect of Item 4 they had sat on …", an interest of no kind named."""
    assert [(d.person.name, d.kind, d.item_number) for d in read("gloucester_issue_43405_several_declarants.txt")
            ] == [("Dee", "prejudicial", "5"), ("Evans", "prejudicial", "5"), ("Campbell", "prejudicial", "5"),
                  ("Morgan", "prejudicial", "5"), ("Gravells", "non-pecuniary", None)]  # "the same item": a paragraph
    same = read_declarations(" ".join(paragraphs("gloucester_issue_43405_several_declarants.txt")))
    assert [(d.person.name, d.item_number) for d in same][-1] == ("Gravells", "5")  # … read with the one before
    assert [(d.person.name, d.kind, d.item_number) for d in read("westminster_issue_13160_declared_that.txt")] == [
        ("Smith", "other", "4"), ("Rigby", "other", "4"), ("Smith", "other", "7"), ("Bush", "other", "7"),
        ("Rigby", "other", "7")]
    assert read_declarations("Councillor Ann Lee declared that she had no interest in item 4.") == []
    assert [(d.person.name, d.kind, d.item_number) for d in read("durham_agendaitem_8570_item_no.txt")] == [
        ("Brookes", "other", "14"), ("Hovvels", "other", "14")]  # Durham: "in Item No. 14 on the agenda"


def test_personal_and_non_prejudicial_is_personal() -> None:
    """Brighton & Hove (mgAi.aspx?ID=38657): "a personal and non-prejudicial interest in Item 79, …"."""
    assert [(d.person.name, d.kind, d.item_number) for d in read(
        "brighton-and-hove_agendaitem_38657_non_prejudicial.txt")] == [
        ("Janio", "personal", "79"), ("C. Theobald", "personal", "79")]


def test_an_item_part_numbered_in_brackets() -> None:
    """Ryedale (IId=2520): "a personal interest in item 8(1) Motions on …"."""
    assert [(d.person.name, d.item_number) for d in read("ryedale_issue_2520_numbered_part.txt")] == [
        ("Arnold", "8(1)")]


def test_a_declaration_naming_its_item_as_the_report_on_a_short_title_is_at_that_item() -> None:
    """Peak District (mgAi.aspx?ID=20349): "a prejudicial interest in the report on Members’ allowances" is at
    the item so titled, however short its title (the longest title the words start with); Cheshire East's "a
    personal interest in the item on the grounds that …" names no item."""
    text = paragraphs("peak-district_agendaitem_20349_report_on.txt")[0]
    items = [AgendaItem("9", "Roll Call and Declarations of Interests"), AgendaItem("11", "Members"),
             AgendaItem("12", "Members' Allowances"), AgendaItem("13", "Members' Allowances Scheme Review")]
    declared = [Declaration(Person("Chair of the Authority"), "prejudicial", text)]
    place_by_title(declared, items)
    assert declared[0].item_number == "12"
    grounds = [Declaration(Person("R Bailey"), "personal", "Councillor Mrs R Bailey declared a personal interest in "
                           "the item on the grounds that her name was referred to in the Audlem Village Design "
                           "Statement.")]
    place_by_title(grounds, [*items, AgendaItem("14", "Village Design Statements for Audlem and Bunbury")])
    assert grounds[0].item_number is None


def test_a_list_under_the_following_declarations_were_noted_each_entry_its_own_interest() -> None:
    """Breckland (mgAi.aspx?ID=6447): "The following declarations of interest were then noted:" / "Lady Fisher
    <spaces> Personal and Prejudicial interest in items 11, …" (the first item it names; the copy stops at the
    next name, which states nothing)."""
    text = (FIXTURES / "breckland_agendaitem_6447_following_noted.txt").read_text(encoding="utf-8").split("\n", 1)[1]
    found = read_who_was_there(page_lines(text)).declarations
    assert [(d.person.honorific, d.person.name, d.kind, d.item_number) for d in found] == [
        ("Lady", "Fisher", "prejudicial", "11")]
    aligned = (FIXTURES.parent / "attendance" / "bolsover_issue_3117_aligned_table.txt").read_text(
        encoding="utf-8").split("\n", 1)[1]
    table = aligned[aligned.index("Minute Number"):]
    under_intro = read_who_was_there(page_lines("The following declarations of interest were made:\n" + table))
    assert [d.person.name for d in under_intro.declarations] == ["Mary Dooley", "James Watson", "James Watson"]


def test_all_members_after_a_clause_naming_a_councillor_names_no_declarant() -> None:
    """Cheshire East, Strategic Planning Board (IId=19470): "Following comments from Councillor Walton, all the
    Committee Members present declared that they had received correspondence …": nobody is named as declaring
    (Walton only made comments)."""
    assert read_declarations("Following comments from Councillor Walton, all the Committee Members present declared "
                             "that they had received correspondence and email representations from residents in "
                             "connection with the applications.", declarations_item=True) == []


def test_a_declarant_with_the_county_councillor_post_nominal() -> None:
    """Leicestershire, Constitution Committee (IId=23344): "Prof M E Preston CC declared a personal non prejudicial
    interest in the item entitled ‘Appointment of …’ … (minute 28 below)": CC is a post-nominal, not a name."""
    found = read_declarations("Prof M E Preston CC declared a personal non prejudicial interest in the item entitled "
                              "‘Appointment of Independent Members of the Standards Committee’ as he was a former "
                              "colleague of and referee for one of the applicants (minute 28 below).")
    assert [(d.person.honorific, d.person.name, d.person.post_nominals, d.kind, d.item_number) for d in found] == [
        ("Prof", "M E Preston", ("CC",), "personal", "28")]


def test_declared_that_after_a_comma_and_the_application_as_subject() -> None:
    """Cheshire East, Strategic Planning Board (IId=83151): "Councillor Edgar declared that, in relation to
    application 22/1447N, the application was within his Ward …", "Councillor Smetham declared that, in relation
    to application 22/1447N, she had been acquainted with …": declarations naming no kind (other) nor item."""
    found = read_declarations(
        "Councillor Edgar declared that, in relation to application 22/1447N, the application was within his Ward, "
        "he had been in sight of discussions of the application but had not discussed the matter. Councillor Smetham "
        "declared that, in relation to application 22/1447N, she had been acquainted with John Cornell, public "
        "speaker, for a number of years but they had not discussed the application.")
    assert [(d.person.name, d.kind, d.item_number) for d in found] == [("Edgar", "other", None),
                                                                       ("Smetham", "other", None)]


def test_one_interest_declared_in_two_items_is_a_declaration_at_each() -> None:
    """Sutton, Council (IId=30004): "Councillor Hamish Pollock declared a non pecuniary interest in item 4b)
    Questions from Councillors in relation to question 4 and item 6b) motion 2 One Planet Sutton as he was related
    to …": at items 4b and 6b; an item named in the reason after "as" is not one declared in."""
    found = read_declarations(
        "Councillor Hamish Pollock declared a non pecuniary interest in item 4b) Questions from Councillors in "
        "relation to question 4 and item 6b) motion 2 One Planet Sutton as he was related to the Director of "
        "Bioregional who created the One Planet Sutton concept.")
    assert [(d.person.name, d.kind, d.item_number) for d in found] == [
        ("Hamish Pollock", "non-pecuniary", "4b"), ("Hamish Pollock", "non-pecuniary", "6b")]


def test_an_item_with_its_letter_after_a_space() -> None:
    """Burnley, Council (ieListDocuments.aspx?CId=151&MeetingId=812): "Item 6 (a)" is the sub-item, not item 6;
    "other interest (prejudicial)" is prejudicial."""
    found = read_declarations("Councillor Mark Townsend declared an other interest (prejudicial) interest in Item 6 "
                              "(a) on the agenda relating to the North West Growth Corridor.")
    assert [(d.person.name, d.kind, d.item_number) for d in found] == [("Mark Townsend", "prejudicial", "6 (a)")]


def test_an_other_significant_interest_in_items_named_with_their_titles() -> None:
    """Medway (medway_meeting_4138): an "OSI" (the code's other significant interest) is of no kind the scheme
    names; "agenda items 8 (Commercial Property) and 9 (…)" are both its items, the titles in brackets no part of
    the numbers."""
    found = read_declarations(
        "Councillor Doe declared an OSI in agenda items 8 (Commercial Property) and 9 (Capital and Revenue Budgets "
        "2019/20) because he is the Chairman of Medway Commercial Group Ltd.")
    assert [(d.person.name, d.kind, d.item_number) for d in found] == [("Doe", "other", "8"), ("Doe", "other", "9")]


def test_a_motion_numbered_under_its_item_is_the_item_declared_in() -> None:
    """Medway (medway_meeting_5901): "motion 8B" numbers the business; a notice of motion keeps its words."""
    [field] = read_declarations(
        "Councillor Field declared an interest in motion 8B as he is a Governor of Abbey Court Community Special "
        "School.")
    assert (field.person.name, field.kind, field.item_number) == ("Field", "other", "8B")


def test_declarants_under_an_introduction_stating_the_kind_without_a_verb() -> None:
    """records/bridgend_meeting_3219.txt: under "… in respect of Agenda Item 12:-" each entry prints the member and
    the kind with no "declared"; a later sentence naming the member by surname and another item is theirs, and at
    one item the most specific kind stands ("personal interest, as well as a prejudicial interest")."""
    text = ("The following declarations of interest were made in respect of Agenda Item 12:-\n \n"
            "Councillor DBF White prejudicial interest\n \n"
            "Councillor DG Howells personal interest, as well as a prejudicial interest as a representative Member of "
            "WDA.\n \n"
            "Councillor HJ David prejudicial interest in that close family relatives are in the Local Government "
            "Pension Scheme. Councillor David also declared a prejudicial interest in Agenda Item 6 as a close family "
            "relative was employed by Rockwool.\n \n"
            "Councillor HM Williams personal interest, and a prejudicial interest in Agenda Item 6, due to him owning "
            "a section of land within the application site.\n")
    found = read_who_was_there(page_lines(text)).declarations
    assert [(d.person.name, d.kind, d.item_number) for d in found] == [
        ("DBF White", "prejudicial", "12"), ("DG Howells", "prejudicial", "12"), ("HJ David", "prejudicial", "12"),
        ("HJ David", "prejudicial", "6"), ("HM Williams", "personal", "12"), ("HM Williams", "prejudicial", "6")]


def test_declarants_under_an_introduction_naming_their_item_declare_at_it() -> None:
    """Rushcliffe 1880 (ieListDocuments.aspx?CId=145&MeetingId=1880): "The following declarations of interest were
    made in respect of Item 11: Local Government Reorganisation Update." then one declarant a paragraph, the first
    with its verb and kind, the others without ("Councillor Parekh as an employee of …"): each at item 11, in the
    kind it states, and the list ends at the next item's number."""
    text = ("The following declarations of interest were made in respect of Item 11: Local Government "
            "Reorganisation Update.\n"
            "Councillor Gaunt declared a non-pecuniary interest as a secondary school teacher in the city.\n"
            "Councillor Parekh as an employee of Nottinghamshire County Council.\n"
            "Councillor Grocock, as an employee at Futures, a company jointly owned by Nottinghamshire County "
            "Council and Nottingham City Council.\n"
            "Councillor S Mallender, as an employee of Nottingham City Council.\n"
            "13.\n"
            "Minutes of the Meeting held on 22 May 2025")
    found = read_who_was_there(page_lines(text)).declarations
    assert [(d.person.name, d.kind, d.item_number) for d in found] == [
        ("Gaunt", "non-pecuniary", "11"), ("Parekh", "other", "11"), ("Grocock", "other", "11"),
        ("S Mallender", "other", "11")]
    meeting = Meeting(date=date(2025, 7, 17), committee=Committee("Council"),
                      items=[AgendaItem(number="12", title="Declarations of Interest")])
    add_page_attendance(meeting, page_lines(text), [])  # item 11 is not on the page: the introduction names it
    assert [(d.person.name, d.item_number) for d in meeting.declarations] == [
        ("Gaunt", "11"), ("Parekh", "11"), ("Grocock", "11"), ("S Mallender", "11")]
    assert read_who_was_there(page_lines(
        "Councillor Parekh as an employee of Nottinghamshire County Council.")).declarations == []


def test_a_declarant_named_in_full_without_a_title() -> None:
    """Wolverhampton 9098 (ieListDocuments.aspx?CId=129&MId=9098): "Tracey Christie declared a pecuniary interest in
    agenda item 12 – Interim Appointment of Monitoring Officer as she was directly impacted by the recommendations."
    (an officer); a body or an office before "declared" is nobody."""
    [found] = read_declarations("Tracey Christie declared a pecuniary interest in agenda item 12 – Interim Appointment "
                                "of Monitoring Officer as she was directly impacted by the recommendations.")
    assert (found.person.name, found.person.honorific, found.kind, found.item_number) == (
        "Tracey Christie", None, "disclosable pecuniary", "12")
    assert read_declarations("Council Officers declared an interest in item 12.") == []
    assert read_declarations("The Monitoring Officer declared an interest in item 12.") == []


def test_declarations_under_an_item_subheading_are_at_that_item() -> None:
    """Bath and North East Somerset 4643 (ieListDocuments.aspx?CId=272&MId=4643): "Declarations were made by the
    following Councillors;" then each agenda item as a subheading ("Item 7 – Statements from the public") and a
    bulleted declaration under it."""
    text = ("Declarations were made by the following Councillors;\n \nItem 7 – Statements from the public\n \n"
            "·  Councillor Paul May declared a disclosable pecuniary interest with regard to the statement from UNISON "
            "about Sirona, as a non-executive Director of Sirona.  He left the Chamber while this statement was "
            "considered.\n \nItem 8 – Joint Community Safety Plan\n \n"
            "·  Councillor Joe Rayment declared an ‘other’ interest as an employee of DHI which is mentioned in the "
            "document.\n \nItem 12 – Protocol on Council Company Governance\n \n"
            "·  Councillor Charles Gerrish declared an ‘other’ interest as Chairman of ADL.\n")
    found = read_who_was_there(page_lines(text)).declarations
    assert [(d.person.name, d.kind, d.item_number, d.left_room) for d in found] == [
        ("Paul May", "disclosable pecuniary", "7", True), ("Joe Rayment", "other", "8", None),
        ("Charles Gerrish", "other", "12", None)]


def test_what_an_interest_is_in_when_the_words_name_no_item_is_its_subject_as_printed() -> None:
    """South Cambridgeshire (mgAi.aspx?ID=53613): "a disclosable pecuniary interest in Site H1/c in Sawston due to
    …" is in "Site H1/c in Sawston" (up to where the reason starts); "in relation to Policy H/9 regarding …, as he
    was …" up to the comma; "a non-pecuniary interest due to …" and "… as a member of …" name no subject."""
    assert [(d.person.name, d.kind, d.item_number, d.subject)
            for d in read("scambs_agendaitem_53613_subject_named.txt")] == [
        ("David Bard", "disclosable pecuniary", None, "Site H1/c in Sawston"),
        ("Bard", "non-pecuniary", None, None),
        ("Nigel Cathcart", "disclosable pecuniary", None, "Policy H/9 regarding the proposal to increase the number "
         "of homes on any one site requiring an affordable housing contribution from 2 to 3"),
        ("Kevin Cuffley", "non-pecuniary", None, None),
        ("Simon Edwards", "non-pecuniary", None, None)]


def test_a_subject_named_before_or_after_that_and_none_for_the_item_or_an_item_number() -> None:
    """Cheshire East (ieIssueDetails.aspx?IId=19470 and 83151, records/): "declared a personal interest in respect
    of planning application five (11/2818N) on the grounds that …", "declared, in respect of planning application
    six (11/3414C) that he had …", "declared that, in relation to application 22/1447N, the application was …".
    An item the words number is the item, not a subject; "the item", "this matter" name no subject of their own."""
    said = {
        "Councillor Bailey declared a personal interest in respect of planning application five (11/2818N) on the "
        "grounds that i) she was acquainted with the applicant and landowner": "planning application five (11/2818N)",
        "Councillor Hough declared, in respect of planning application six (11/3414C) that he had received a "
        "telephone call from an objector": "planning application six (11/3414C)",
        "Councillor Edgar declared that, in relation to application 22/1447N, the application was within his Ward, "
        "he had been in sight of discussions": "application 22/1447N",
        "Councillor Mrs R Bailey declared a personal interest in the item on the grounds that her name was referred "
        "to in the Audlem Village Design Statement.": None,
        "Councillor Hack declared an interest in that she worked for Advance Housing and Support.": None,
    }
    for sentence, subject in said.items():
        assert [d.subject for d in read_declarations(sentence)] == [subject], sentence
    numbered = read("durham_agendaitem_8570_item_no.txt")  # "an interest in Item No. 14 on the agenda as Members …"
    assert [(d.item_number, d.subject) for d in numbered] == [("14", None), ("14", None)]


def test_a_subject_naming_an_item_as_the_title_item_is_at_that_item() -> None:
    """Written for the pattern (no page outside the holdout found with it): "declared a non-pecuniary interest in
    relation to the Tree Strategy item as …" names the item titled "Tree Strategy", however short its title;
    "in respect of several items on the agenda because …" names none, and stays the declaration's subject."""
    declared = [d for sentence in (
        "Councillor Amy Hart declared a non-pecuniary interest in relation to the Tree Strategy item as a "
        "trustee of a woodland charity.",
        "Councillors Lowe and Hart declared personal interests in respect of several items on the agenda because "
        "they sat on the parish council.") for d in read_declarations(sentence)]
    assert [(d.person.name, d.kind, d.subject) for d in declared] == [
        ("Amy Hart", "non-pecuniary", "the Tree Strategy item"), ("Lowe", "personal", "several items on the agenda"),
        ("Hart", "personal", "several items on the agenda")]
    place_by_title(declared, [AgendaItem("5", "Tree Strategy"), AgendaItem("6", "Trees")])
    assert [d.item_number for d in declared] == ["5", None, None]


def test_two_kinds_offered_as_alternatives_are_no_kind_the_words_choose() -> None:
    """Written for the pattern (no page outside the holdout found with it): "declared a disclosable pecuniary
    interest or an other registrable interest" names two kinds and chooses neither: "other"."""
    assert interest_kind("declared a disclosable pecuniary interest or an other registrable interest") == "other"
    assert interest_kind("declared a personal or prejudicial interest in item 4") == "other"
    assert interest_kind("declared a personal interest in items 5 or 6") == "personal"
    assert [d.kind for d in read_declarations("Councillor Ann Lee declared a pecuniary interest or an other "
                                              "registrable interest in item 4.")] == ["other"]


def test_a_sentence_that_opens_with_the_item_and_its_title_before_the_declarant() -> None:
    """Test Valley (test-valley_meeting_3915.md), under "Declarations of Interest": "In relation to agenda item 14,
    Councillor Champions, Councillor Drew noted that he was …": "Councillor Champions" is item 14's title (one
    declarant: "he"), Drew declares at item 14; three members and "they" name no title."""
    said = ("In relation to agenda item 14, Councillor Champions, Councillor Drew noted that he was a Trustee of "
            "Test Valley Arts Foundation and a Trustee of Chapel Arts Studio.")
    found = read_declarations(said, declarations_item=True)
    assert [(d.person.name, d.kind, d.item_number, d.item_title) for d in found] == [
        ("Drew", "other", "14", "Councillor Champions")]
    several = ("In relation to agenda item 14, Councillor Ames, Councillor Bell and Councillor Drew noted that they "
               "were Trustees of Test Valley Arts Foundation.")
    assert [(d.person.name, d.item_number, d.item_title) for d in read_declarations(several, declarations_item=True)] \
        == [("Ames", "14", None), ("Bell", "14", None), ("Drew", "14", None)]


def test_an_item_a_declaration_names_by_number_and_title_that_the_copy_cut_off() -> None:
    """Test Valley (test-valley_meeting_3915.md, a copy cut short at item 5): "Councillor Adams-King declared a
    personal interest in agenda item 12: Introduction of Weekly Food Waste Collection Service, as Hampshire County
    Council Cabinet Member." states item 12 and its title: the meeting's items gain it."""
    lines = page_lines("Declarations of Interest Minutes: Councillor Adams-King declared a personal interest in "
                       "agenda item 12: Introduction of Weekly Food Waste Collection Service, as Hampshire County "
                       "Council Cabinet Member.")
    meeting = Meeting(committee=Committee("Cabinet"), date=date(2025, 1, 8),
                      items=[AgendaItem(number="", title="Declarations of Interest")])
    add_page_attendance(meeting, lines, [])
    assert [(d.person.name, d.kind, d.item_number) for d in meeting.declarations] == [
        ("Adams-King", "personal", "12")]
    assert [(item.number, item.title) for item in meeting.items] == [
        ("", "Declarations of Interest"), ("12", "Introduction of Weekly Food Waste Collection Service")]


def test_a_declarations_table_copied_two_cells_a_row_under_its_introduction() -> None:
    """records/plymouth_meeting_10530.txt: "The following declarations of interest were made by councillors …
    at the meeting -", what is left of the head ("Minute Number"), then a member a line and what they declared
    under it: each member declares, of kind "other" (the words name none), at no item."""
    lines = page_lines("The following declarations of interest were made by councillors in accordance with the code "
                       "of conduct in respect of items under consideration at the meeting -\n\nMinute Number\n\n"
                       "Cllr Evans OBE\n\nFamily Member was employed by Livewell SouthWest\n\nCllr Mrs Bridgeman\n\n"
                       "Family Member was employed by Livewell SouthWest\n\nAppointments to Committees")
    found = read_who_was_there(lines).declarations
    assert [(d.person.honorific, d.person.name, d.kind, d.item_number) for d in found] == [
        ("Cllr", "Evans", "other", None), ("Cllr Mrs", "Bridgeman", "other", None)]


def test_a_declarations_table_grouping_members_under_their_item_read_cell_by_cell() -> None:
    """records/staffordshire-moorlands_meeting_1364.txt: "The following declarations were made:-", the head, then the
    item, its members a line each and their interests in the same order: each member declares at their group's
    item, in the kind the interest names ("other"); one the copy cuts ("Other I") is "other" too."""
    lines = page_lines("The following declarations were made:-\n\nAgenda Item\n\nMember Declaring\n\nInterest\n\n"
                       "Nature of Interest\n\n10.2 Notice of Motion – Community Fire Stations\n\nCllr. T. Riley\n\n"
                       "Cllr. G. Bentley\n\nOther interest - family member employed by Staffordshire Fire & Rescue "
                       "Service\n\nOther interest - volunteer for Staffordshire Fire & Rescue Service\n\n"
                       "10.3 Notice of Motion – Your Staffordshire Card\n\nCllr. K. Martin\n\nOther I")
    found = read_who_was_there(lines).declarations
    assert [(d.person.name, d.kind, d.item_number) for d in found] == [
        ("T. Riley", "other", "10.2"), ("G. Bentley", "other", "10.2"), ("K. Martin", "other", "10.3")]
    assert found[1].text.endswith("Cllr. G. Bentley: Other interest - volunteer for Staffordshire Fire & Rescue "
                                  "Service")


def test_an_item_and_its_minute_named_together_are_one_item() -> None:
    """Bromsgrove (ieListDocuments MeetingId=4145, Overview and Scrutiny Board, 22 April 2024): "Agenda Item Number
    15, Minute Number 112/23 – Parking Enforcement Consultancy" names one business twice: the declaration is at
    item 15, not also at an item "112/23"."""
    said = ("Councillor A. Bailes declared an Other Disclosable Interest in relation to Agenda Item Number 15, Minute "
            "Number 112/23 – Parking Enforcement Consultancy, as he was a Manager of a Consultancy specialising in "
            "Transport Planning, Traffic Engineering, Sustainable Transport, Parking, and Transport Economics.")
    assert [(d.person.name, d.kind, d.item_number) for d in read_declarations(said)] == [("A. Bailes", "other", "15")]


def test_a_declaration_the_minutes_of_another_meeting_record_is_not_this_meetings() -> None:
    """Leeds (ieListDocuments MeetingId=1121, Council, 17 January 2007), item 78: the minutes of 1st November are
    approved "subject to a correction to minute 58(b) of 1st November to show that Councillor Illingworth declared a
    personal interest": he declared it at that meeting. Not read as a declaration here; the page warns of it."""
    said = ("RESOLVED – That the minutes of the meetings held on 1st November and 13th December 2006 be approved "
            "subject to a correction to minute 58(b) of 1st November to show that Councillor Illingworth declared a "
            "personal interest as a member of Leeds North West Homes.")
    assert read_declarations(said, "78") == []
    text = ("Agenda and minutes\n\nCouncil - Wednesday, 17th January, 2007 2.00 pm\n\nVenue: Civic Hall, Leeds\n\n"
            "Items\nNo. Item\n\n78.\n\nMinutes\n\nMinutes:\n\nIt was moved by Councillor Hamilton seconded by "
            f"Councillor Hanley and\n\n{said}\n")
    record = read_meeting_page(text)
    assert record.meetings[0].declarations == []
    assert [w for w in record.warnings if "another meeting" in w] == [
        "line 18: a declaration the minutes of another meeting record, not read as one of this meeting (RESOLVED – "
        "That the minutes of the meetings held on 1st November and 13th Decemb)"]
    # A declaration made at this meeting under the same item is still read.
    assert [(d.person.name, d.item_number) for d in read_declarations(
        "Councillor Illingworth declared a personal interest in minute 81 as a member of Leeds North West Homes.")] \
        == [("Illingworth", "81")]


def test_items_numbered_nos_and_minutes_listed_by_number() -> None:
    """Wirral (ieListDocuments MId=3496 and MID=3064, Cabinet): "Item Nos. 4 and 4A on the agenda – … (Minute No. 6
    and 22 refers)" is items 4 and 4A (the minutes in brackets are theirs); "Minutes 255 and 256 (…)", also printed
    "Minutes255 and 256", is at 255 and 256 (the page numbers its items by minute)."""
    kenny = ("Councillor Brian Kenny declared a personal interest in Item Nos. 4 and 4A on the agenda – Early "
             "Intervention Grants – Outcomes of Commissioning (Minute No. 6 and 22 refers) by virtue of him being a "
             "Director of  the Wirral Multicultural Organisation.")
    assert [(d.person.name, d.item_number) for d in read_declarations(kenny)] == [
        ("Brian Kenny", "4"), ("Brian Kenny", "4A")]
    green = ("Councillor J Green declared a personal interest in respect of Minutes255 and 256 (Primary and Secondary "
             "School Admission Arrangements) by virtue of his wife’s employment as a Headteacher with the authority.")
    holbrook = ("Councillor Holbrook declared a block personal interest in respect of Minutes 255 and 256 (Primary and "
                "Secondary School Admission Arrangements) on behalf of all of those Cabinet members who were members "
                "of school governing bodies.")
    assert [(d.person.name, d.item_number, d.subject) for said in (green, holbrook)
            for d in read_declarations(said)] == [
        ("J Green", "255", None), ("J Green", "256", None), ("Holbrook", "255", None), ("Holbrook", "256", None)]


def test_a_declaration_whose_items_are_listed_below_it_is_not_read() -> None:
    """Wirral (ieListDocuments MId=3496): "Councillor Phil Davies declared a personal interest in the following four
    agenda Items:" names no item itself (they follow, a line each, with the reasons): no declaration with the
    subject "following four agenda items"; the page warns of it."""
    said = "Councillor Phil Davies declared a personal interest in the following four agenda Items:"
    assert read_declarations(said) == []
    text = ("Agenda and minutes\n\nCabinet - Thursday, 3rd March, 2011 6.15 pm\n\nItems\nNo. Item\n\n1.\n\nMembers' "
            f"Code of Conduct - Declarations of Interest\n\nMinutes:\n\n{said}\n\nItem No. 3 – Scheme and Estimate "
            "Report for Woodlands Primary School to Consolidate Teaching Accommodation (Minute No.  5 refers) by "
            "virtue of being a Governor of Woodlands Primary School.\n")
    record = read_meeting_page(text)
    assert record.meetings[0].declarations == []
    assert [w for w in record.warnings if "listed below" in w] == [
        "line 14: a declaration whose items are listed below it, not read (nor are the items) (Councillor Phil "
        "Davies declared a personal interest in the following four agenda)"]


def test_a_post_with_an_and_after_the_declarants_name_is_hers_not_two_more_declarants() -> None:
    """Ceredigion, ceredigion_meeting_299: "Mrs Dana Jones, Democratic Services and Standards Officer declared …":
    "Democratic Services" and "Standards Officer" name her post and a body, never people who declared."""
    found = read_declarations("Mrs Dana Jones, Democratic Services and Standards Officer declared a personal and "
                              "prejudicial interest in application 7(q) to 7(x) and the minutes were taken by Mrs "
                              "Lisa Evans, Scrutiny and Standards Officer.")
    assert [(d.person.honorific, d.person.name, d.kind) for d in found] == [("Mrs", "Dana Jones", "prejudicial")]


def test_non_disclosable_pecuniary_interests_are_other_interests() -> None:
    """Ashfield, ashfield_meeting_3334: "Councillors Phil Rostance and Jason Zadrozny declared Non Disclosable
    Pecuniary/Other Interests in relation to agenda item 9 (Notice of Motion 3)": the words deny the DPI."""
    found = read_declarations("Councillors Phil Rostance and Jason Zadrozny declared Non Disclosable Pecuniary/Other "
                              "Interests in relation to agenda item 9 (Notice of Motion 3).")
    assert [(d.person.name, d.kind) for d in found] == [("Phil Rostance", "other"), ("Jason Zadrozny", "other")]


def test_any_item_of_business_is_no_subject_and_a_new_clause_ends_one() -> None:
    """Isle of Anglesey, isle-of-anglesey_meeting_127: "declared an interest in respect of any item of business on
    the Agenda which might relate to …" names no business of its own; Ceredigion, ceredigion_meeting_299: "… in
    application 7(q) to 7(x) and the minutes were taken by Mrs Lisa Evans …": the subject ends where a clause with
    its own subject begins."""
    [schofield] = read_declarations("Councillor E.Schofield declared an interest in respect of any item of business "
                                    "on the Agenda which might relate to the employment of his grandson who is "
                                    "employed in the Highways and Transportation Department.")
    assert (schofield.person.name, schofield.item_number, schofield.subject) == ("E.Schofield", None, None)
    [jones] = read_declarations("Mrs Dana Jones, Democratic Services and Standards Officer declared a personal and "
                                "prejudicial interest in application 7(q) to 7(x) and the minutes were taken by Mrs "
                                "Lisa Evans, Scrutiny and Standards Officer.")
    assert (jones.item_number, jones.subject) == ("7", None)  # one item's lettered parts: at that item


def test_a_register_entry_declares_for_the_member_it_names_in_the_category_it_files() -> None:
    """records/chichester_meeting_1693.txt prints each declaration as ModernGov's register holds it: the member's
    name, the category, then the minute ("Timothy Johnson, Other Registerable Interests (ORI), Cllr Tim Johnson
    declared …"; "John Cross, …, Cllr Cross declared a personal interest …"). The statement's "Tim Johnson" and
    "Cross" are the registered member, and the kind is the category's, not the statement's word."""
    tim = ("Timothy Johnson, Other Registerable Interests (ORI), Cllr Tim Johnson declared an interest in agenda "
           "item 6 as a member of Selsey Town Council.")
    cross = "John Cross, Other Registerable Interests (ORI), Cllr Cross declared a personal interest in agenda item 13."
    assert [(d.person.honorific, d.person.name, d.kind, d.item_number) for d in
            read_declarations(tim) + read_declarations(cross)] == [
        ("Cllr", "Timothy Johnson", "other", "6"), ("Cllr", "John Cross", "other", "13")]
    titled = ("Cllr Donna Johnson, Other Registerable Interests (ORI), Cllr Donna Johnson declared an interest in "
              "agenda item 6 as Vice-Chair of Selsey Town Council.")  # a title before the name: not the category
    assert [(d.person.honorific, d.person.name, d.kind) for d in read_declarations(titled)] == [
        ("Cllr", "Donna Johnson", "other")]
    record = Record(kind="meeting", source_id="1693")
    add_people_in_prose(record, tim)
    assert [(p.honorific, p.name) for p in record.people] == [("Cllr", "Timothy Johnson")]
    assert [(post.label, post.holder.name, post.organisation.name) for post in record.posts] == [
        ("member", "Timothy Johnson", "Selsey Town Council")]


def test_a_post_after_the_declarants_name_and_a_run_of_one_items_parts() -> None:
    """records/ceredigion_meeting_299.txt: "Mrs Dana Jones, Democratic Services and Standards Officer declared …" is
    one declarant and her post (not "Democratic Services" and "Standards Officer" declaring too); "application 7
    (a) to 7(n)" are parts of item 7; the clause joined on after the subject ("and the minutes were taken by …") is
    no part of it."""
    caryl = "Councillor Caryl Roberts declared a personal and prejudicial interest in application 7 (a) to 7(n)."
    dana = ("Mrs Dana Jones, Democratic Services and Standards Officer declared a personal and prejudicial interest "
            "in application 7(q) to 7(x) and the minutes were taken by Mrs Lisa Evans, Scrutiny and Standards Officer.")
    assert [(d.person.honorific, d.person.name, d.kind, d.item_number) for d in
            read_declarations(caryl) + read_declarations(dana)] == [
        ("Councillor", "Caryl Roberts", "prejudicial", "7"), ("Mrs", "Dana Jones", "prejudicial", "7")]
    assert declared_subject("declared a personal interest in the Land at Mill Lane and the applicant was known to "
                            "her.") == "the Land at Mill Lane"


def test_a_declarations_table_of_three_cells_a_row_under_an_unpunctuated_introduction() -> None:
    """records/cardiff_meeting_2946.txt: "The following declarations of interest were received in accordance with
    the Member Code of Conduct" over rows of member, item and interest; the last row cut by the page's "…"."""
    lines = page_lines("The following declarations of interest were received in accordance with the Member Code of "
                       "Conduct\n\nCouncillor Molik\n\nItem 12 Leader and Cabinet Statements – Statement from Cabinet "
                       "Member, Social Care, Health & Well-being\n\nPersonal interest as employed in the sight loss "
                       "sector\n\nCouncillor Bradbury\n\nItem 18 – Local  ...  view the full minutes text for item "
                       "83.\n")
    found = read_who_was_there(lines)
    assert [(d.person.honorific, d.person.name, d.kind, d.item_number) for d in found.declarations] == [
        ("Councillor", "Molik", "personal", "12"), ("Councillor", "Bradbury", "other", "18")]


def test_an_interest_in_any_item_of_business_on_the_agenda_names_no_subject() -> None:
    """Isle of Anglesey, isle-of-anglesey_meeting_127: "declared an interest in respect of any item of business on
    the Agenda which might relate to …" names no item and no subject of its own."""
    found = read_declarations("Councillor G.O. Parry MBE declared an interest in respect of any item of business on "
                              "the Agenda which might relate to the employment of his daughters within the Finance "
                              "Department.")
    assert [(d.person.name, d.kind, d.item_number, d.subject) for d in found] == [("G.O. Parry", "other", None, None)]


def test_non_disclosable_pecuniary_interests_are_of_the_kind_other() -> None:
    """records/ashfield_meeting_3334.txt: "Councillors Amanda Brown, David Griffiths and Jackie James declared Non
    Disclosable Pecuniary/Other Interests in relation to agenda item 7c …": the words deny the interest is a
    disclosable pecuniary one, and name it "Other": kind "other", not "disclosable pecuniary"."""
    said = ("Councillors Amanda Brown, David Griffiths and Jackie James declared Non Disclosable Pecuniary/Other "
            "Interests in relation to agenda item 7c (In-house Delivery of Housing Management – Update).  Their "
            "interests arose from the fact that they were currently members of the Ashfield Homes Board.")
    assert [(d.person.name, d.kind, d.item_number) for d in read_declarations(said, declarations_item=True)] == [
        ("Amanda Brown", "other", "7c"), ("David Griffiths", "other", "7c"), ("Jackie James", "other", "7c")]


def test_bulleted_members_under_an_introduction_that_declares_their_kind_and_item() -> None:
    """records/blackpool_meeting_6412.txt: "The following councillors declared personal interests in agenda item 6a
    … their interests would become prejudicial …:" over "·  Councillors Burdess, Galley and Matthews – as …": each
    member named declares a personal interest (what may become prejudicial is not declared) at item 6a; then
    "Councillor Benson also declared a Disclosable Pecuniary Interest in the agenda item as …" is at that item."""
    lines = page_lines(
        "The following councillors declared personal interests in agenda item 6a ‘Executive Member Report – "
        "Corporate Portfolios’ and indicated that should discussion take place on the financial position of the "
        "company, their interests would become prejudicial and they would therefore leave the meeting:\n\n"
        "·         Councillors Burdess, Galley and Matthews – as Council-appointed non-executive directors of "
        "Blackpool Transport Services Ltd\n\n·         Councillors Campbell, Farrell and Roberts - as "
        "Council-appointed non-executive directors of Blackpool Airport Operations Ltd.\n\n \n\nCouncillor Benson "
        "also declared a Disclosable Pecuniary Interest in the agenda item as her spouse was employee of Blackpool "
        "Transport Services Ltd.")
    found = read_who_was_there(lines).declarations
    assert [(d.person.name, d.kind, d.item_number) for d in found] == [
        ("Burdess", "personal", "6a"), ("Galley", "personal", "6a"), ("Matthews", "personal", "6a"),
        ("Campbell", "personal", "6a"), ("Farrell", "personal", "6a"), ("Roberts", "personal", "6a"),
        ("Benson", "disclosable pecuniary", "6a")]


def test_the_scottish_code_terms_and_apologies_intimated() -> None:
    # records/argyll-bute_meeting_14427.txt: a "non-financial interest" is the scheme's non-pecuniary; apologies
    # "intimated from" are apologies received.
    [first, second] = read_declarations(
        "Councillors Robertson and Horn each declared a non-financial interest in the Colonsay Affordable Housing "
        "Update at Item 17 of the Agenda due to them both being on the Board of the West Highland Housing Association.")
    assert [(d.person.name, d.kind, d.item_number) for d in (first, second)] == [
        ("Robertson", "non-pecuniary", "17"), ("Horn", "non-pecuniary", "17")]
    found = read_who_was_there(page_lines(
        "Apologies for absence were intimated from Councillors McKenzie, Mulvaney and Philand."))
    assert [(a.person.name, a.kind) for a in found.attendances] == [
        ("McKenzie", "apologies"), ("Mulvaney", "apologies"), ("Philand", "apologies")]


def test_a_declaration_printed_as_a_form_under_the_declarations_item() -> None:
    """records/blaby_meeting_2948.txt: "Cllr. J. M. Fox" / "Item 10 – …" / "Nature of Interest" / "Extent of
    Interest" / "Chair of East Midlands Homes": one declaration at item 10, of no named kind; none of the lines is
    an item of the page."""
    page = ("Agenda, decisions and minutes\n\nTuesday, 18th November, 2014 5.30 p.m.\n\nNo. Item\n\n"
            "Disclosures of Interests from Members\n\nTo receive disclosures of interests from Members.\n\n\n"
            "Cllr. J. M. Fox\n\n\nItem 10 – Recommendations of the Cabinet Executive: Revised Capital Programme\n\n"
            "Nature of Interest\n\n\n\nExtent of Interest\n\n\nChair of East Midlands Homes\n\n\n\n\n\n"
            "Minutes pdf icon PDF 74 KB\n\nTo approve and sign the minutes of the meeting of 16 September 2014.\n\n"
            "The minutes of the meeting held on 16 September 2014, as circulated, were approved and signed as a "
            "correct record.\n")
    record = read_meeting_page(page, source_url="https://democracy.blaby.gov.uk/ieListDocuments.aspx?CId=134&MId=2948")
    [meeting] = record.meetings
    assert [item.title for item in meeting.items] == ["Disclosures of Interests from Members", "Minutes"]
    assert [(d.person.honorific, d.person.name, d.kind, d.item_number) for d in meeting.declarations] == [
        ("Cllr", "J. M. Fox", "other", "10")]


def test_an_interest_in_the_item_on_a_subject_is_in_that_subject() -> None:
    """records/powys_meeting_4521.txt: "declared a personal and prejudicial interest in the item on Llanfyllin
    All-Through School as he had a relative …": what the item is on is the subject."""
    assert declared_subject("declared a personal and prejudicial interest in the item on Llanfyllin All-Through "
                            "School as he had a relative employed at Llanfyllin High School.") \
        == "Llanfyllin All-Through School"


def test_a_motion_named_as_what_an_interest_is_in_is_no_motion_moved_at_the_item() -> None:
    """records/powys_meeting_4521.txt: "… declared a personal and prejudicial interest in the notice of motion moved
    by County Councillor P Pritchard as a friend of …": Pritchard moved that motion elsewhere, not here; a motion
    moved in a sentence of its own still is."""
    assert participations("County Councillor G Thomas declared a personal and prejudicial interest in the notice of "
                          "motion moved by County Councillor P Pritchard as a friend of the family.") == []
    assert [(p.kind, p.person.name) for p in participations("It was moved by Councillor A Smith that the report be "
                                                            "noted.")] == [("moved", "A Smith")]


def test_a_declaration_that_she_was_after_the_item_and_what_it_is_between_commas() -> None:
    """records/basingstoke-deane_meeting_1443.txt: "Councillor J Frankum declared that in relation to agenda item
    14, the motion on the Barton Stacey Incinerator proposal, she was a member of …": an interest of no kind named,
    at item 14."""
    [found] = read_declarations("Councillor J Frankum declared that in relation to agenda item 14, the motion on the "
                                "Barton Stacey Incinerator proposal, she was a member of the Hampshire County Council "
                                "Regulatory Committee and advised she would leave the room during consideration of "
                                "the item.")
    assert (found.person.name, found.item_number, found.kind) == ("J Frankum", "14", "other")


def test_an_office_with_its_holder_in_a_bracket_declares_as_the_holder() -> None:
    """records/wyre_meeting_294.txt: "1. The Mayor (Councillor Collinson) declared a “significant other interest” in
    agenda item 9 …": Councillor Collinson declared; the code's kind is none the scheme names (other)."""
    found = read_declarations("1.    The Mayor (Councillor Collinson) declared a “significant other interest” in "
                              "agenda item 9 - Wyre Local Plan – because her daughter and son-in-law owned land.")
    assert [(d.person.honorific, d.person.name, d.item_number, d.kind) for d in found] == [
        ("Councillor", "Collinson", "9", "other")]


def test_a_declarations_table_of_member_type_and_item_one_cell_a_line() -> None:
    """records/middlesbrough_meeting_10152.txt and _8721: "Name of Member" / "Type of Interest" / "Item/Nature of
    Interest", then a row a cell each line; the item cell's number before its dash ("Agenda Item 14 – …")."""
    lines = page_lines("Name of Member\n\nType of Interest\n\nItem/Nature of Interest\n\nMayor C Cooke\n\n"
                       "Non-Pecuniary\n\nItem 14 – Tees Valley Investment Zone Memorandum of Understanding – Member "
                       "of the MDC\n\n25/40\n")
    rostron = page_lines("Name of Member\n\nType of Interest\n\nItem/Nature of Business\n\nCouncillor J Rostron\n\n"
                         "Personal\n\nAgenda Item 14 – Motion No. 166\n")
    found = read_who_was_there(lines).declarations + read_who_was_there(rostron).declarations
    assert [(d.person.honorific, d.person.name, d.kind, d.item_number) for d in found] == [
        ("Mayor", "C Cooke", "non-pecuniary", "14"), ("Councillor", "J Rostron", "personal", "14")]


def test_a_declaration_that_a_relative_worked_somewhere() -> None:
    """records/milton-keynes_meeting_7255.txt: "Councillor Bell declared for transparency that, in relation to item 4a
    …, her partner worked for Thames Valley Police …": an interest of no kind named, at item 4a."""
    found = read_declarations("Councillor Bell declared for transparency that, in relation to item 4a Cabinet referral "
                              "of the Milton Keynes Youth Justice Plan 2024/25, her partner worked for Thames Valley "
                              "Police in the Multi-agency Safeguarding Hub.")
    assert [(d.person.name, d.item_number, d.kind) for d in found] == [("Bell", "4a", "other")]


def test_a_table_of_member_and_subject_under_a_heading_naming_the_kind() -> None:
    """records/north-lincolnshire_meeting_4203.txt: "Declarations of personal interests were indicated as follows –"
    over "Member   Subject/Minute" and "Councillor M Ali   Taxi Licence Holder …": a personal interest, no item."""
    lines = page_lines("Declarations of personal interests were indicated as follows –\n\nMember                 "
                       "Subject/Minute\n\nCouncillor M Ali       Taxi Licence Holder with schools’ transport contract."
                       "\n\n3009.\n")
    found = read_who_was_there(lines).declarations
    assert [(d.person.honorific, d.person.name, d.kind, d.item_number) for d in found] == [
        ("Councillor", "M Ali", "personal", None)]


def test_a_declarations_table_whose_item_cell_names_a_site_declares_about_the_site() -> None:
    """records/plymouth_meeting_7531.txt: "Name" / "Minute Number and Item" / "Reason" / "Interest", a cell a line;
    the item cell "30 Canhaye Close Plymouth PL7 1PG - 17/01937/FUL" is a planning site (its postcode, the
    application's reference): 30 is the house's number, no item's, so the site is what the interest is in."""
    lines = page_lines("The following declarations of interest were made in accordance with the code of conduct –\n\n"
                       "Name\n\nMinute Number and Item\n\nReason\n\nInterest\n\nCouncillor Ball\n\n"
                       "30 Canhaye Close Plymouth PL7 1PG - 17/01937/FUL\n\nApplicant is known to him\n\nPersonal\n\n"
                       "Councillor Mrs Bridgeman\n\n30 Canhaye Close Plymouth PL7 1PG - 17/01937/FUL\n\n"
                       "Applicant known to her\n\nPersonal\n\n71.\n\nMinutes")
    found = read_who_was_there(lines).declarations
    assert [(d.person.honorific, d.person.name, d.kind, d.item_number, d.subject) for d in found] == [
        ("Councillor", "Ball", "personal", None, "30 Canhaye Close Plymouth PL7 1PG - 17/01937/FUL"),
        ("Councillor Mrs", "Bridgeman", "personal", None, "30 Canhaye Close Plymouth PL7 1PG - 17/01937/FUL")]


def test_a_declarant_said_again_by_pronoun_declares_again() -> None:
    """records/isle-of-anglesey_meeting_127.txt: "Councillor E.Schofield declared an interest in respect of any item of
    business on the Agenda which might relate to … He also declared an interest with regard to Item 7 of these minutes
    and was not present …": "He" is Schofield, his second declaration at item 7; after a declaration by two members
    "They"/"He" says nobody in particular and is not read."""
    said = ("Councillor E.Schofield declared an interest in respect of any item of business on the Agenda which might "
            "relate to the employment of his grandson who is employed in the Highways and Transportation Department. "
            "He also declared an interest with regard to Item 7 of these minutes and was not present at the meeting "
            "during any discussion or voting thereon.")
    assert [(d.person.name, d.kind, d.item_number) for d in read_declarations(said)] == [
        ("E.Schofield", "other", None), ("E.Schofield", "other", "7")]
    two = ("Councillors Smith and Jones declared a personal interest in item 4 as members of the Trust. He also "
           "declared an interest in item 6.")
    assert [(d.person.name, d.item_number) for d in read_declarations(two)] == [("Smith", "4"), ("Jones", "4")]


def test_a_title_abbreviated_with_a_full_stop_ends_no_sentence() -> None:
    """records/sevenoaks_meeting_3308.md: "Cllr. Hogarth declared that he had been appointed to the Board of the Local
    Government Information Unit.": the stop after "Cllr" closes the abbreviation, not a sentence, so the declarant is
    read with his title."""
    assert sentences("Cllr. Hogarth declared that he had been appointed. Mrs. Smith spoke. He left.") == [
        "Cllr. Hogarth declared that he had been appointed.", "Mrs. Smith spoke.", "He left."]
    said = "Cllr. Hogarth declared that he had been appointed to the Board of the Local Government Information Unit."
    assert [(d.person.honorific, d.person.name, d.kind) for d in read_declarations(said)] == [
        ("Cllr", "Hogarth", "other")]


def test_an_untitled_name_declaring_with_an_office_beside_it() -> None:
    """records/city-of-london_meeting_18850.txt: "The Deputy Chairman and Jamie Ingham Clark declared an interest by
    virtue of being members of the Clothworkers Company.": the office names no one we can name; the whole name
    beside it declares. A body before "and" ("The Planning Committee and …") is no such office."""
    said = ("The Deputy Chairman and Jamie Ingham Clark declared an interest by virtue of being members of the "
            "Clothworkers Company.")
    assert [(d.person.name, d.kind, d.item_number) for d in read_declarations(said)] == [
        ("Jamie Ingham Clark", "other", None)]
    assert read_declarations("The Planning Committee and Jamie Ingham Clark declared an interest in item 4.") == []


def test_the_interest_members_had_to_declare_under_the_declarations_item() -> None:
    """records/torfaen_meeting_5768.txt, under "Declarations of interest": "To assist, the DMO advised Blaenavon
    Workmen’s Hall Board members that in respect of item 12, Councillors Alan Jones, Janet Jones and Stuart Evans would
    have to declare a personal interest.": each named member's personal interest at item 12. Elsewhere in the minutes
    (not the declarations item) such advice is not read as a declaration."""
    said = ("To assist, the DMO advised Blaenavon Workmen’s Hall Board members that in respect of item 12, Councillors "
            "Alan Jones, Janet Jones and Stuart Evans would have to declare a personal interest.")
    assert [(d.person.name, d.kind, d.item_number) for d in read_declarations(said, declarations_item=True)] == [
        ("Alan Jones", "personal", "12"), ("Janet Jones", "personal", "12"), ("Stuart Evans", "personal", "12")]
    assert read_declarations(said) == []
    assert read_declarations("Members were reminded that they would need to declare an interest in item 5.",
                             declarations_item=True) == []


def test_items_named_by_their_quoted_titles_are_a_subject_each() -> None:
    """City of Lincoln (lincoln_meeting_7313): "Councillor Pat Vaughan declared a Personal Interest with regard to
    agenda items titled ‘Council Tax Base 2025/26’, ‘Localised Council Tax Support Scheme 2025/26’, ‘Council
    Dwellings and Garage Rents 2025/26’ and ‘Statement of Accounts 2023/24’." is four declarations, one per title
    (before: one, in "agenda items titled ‘Council Tax Base 2025/26’")."""
    sentence = ("Councillor Pat Vaughan declared a Personal Interest with regard to agenda items titled ‘Council Tax "
                "Base 2025/26’, ‘Localised Council Tax Support Scheme 2025/26’, ‘Council Dwellings and Garage Rents "
                "2025/26’ and ‘Statement of Accounts 2023/24’.")
    assert declared_subjects(sentence) == [
        "Council Tax Base 2025/26", "Localised Council Tax Support Scheme 2025/26",
        "Council Dwellings and Garage Rents 2025/26", "Statement of Accounts 2023/24"]
    found = read_declarations(sentence)
    assert [(d.person.name, d.kind, d.subject) for d in found] == [
        ("Pat Vaughan", "personal", "Council Tax Base 2025/26"),
        ("Pat Vaughan", "personal", "Localised Council Tax Support Scheme 2025/26"),
        ("Pat Vaughan", "personal", "Council Dwellings and Garage Rents 2025/26"),
        ("Pat Vaughan", "personal", "Statement of Accounts 2023/24")]
    # City of Lincoln, MId=6550 (a stored page): one quoted title, whole, its commas part of it.
    assert declared_subjects("Councillor Pat Vaughan declared a Personal Interest with regard to the agenda item "
                             "titled 'Councillor R Metcalfe, Portfolio Holder, Our People and Resources'.") == [
        "Councillor R Metcalfe, Portfolio Holder, Our People and Resources"]
    assert declared_subjects("Councillor A declared an interest in the Tree Strategy item as a resident.") == [
        "the Tree Strategy item"]


def test_an_untitled_declarant_printed_with_an_initial() -> None:
    """West Dorset: "N Bundy declared an interest in respect of agenda item 14, Dorchester Article 4 Direction as
    Chairman of Age UK …" is N Bundy's declaration at item 14 (before: none, and "Councillor Bundy" of the next
    sentence published as a person of his own)."""
    found = read_declarations("N Bundy declared an interest in respect of agenda item 14, Dorchester Article 4 "
                              "Direction as Chairman of Age UK which had properties that would be affected.")
    assert [(d.person.name, d.item_number) for d in found] == [("N Bundy", "14")]
    assert read_declarations("A Councillor declared an interest in agenda item 5.") == []


def test_two_members_of_one_bare_surname_are_published_as_one() -> None:
    """Hinckley and Bosworth (hinckley-bosworth_meeting_1445): "Councillors Bill, Bray, Cartwright, Mrs Cope, Mr Cope,
    Crooks, … declared personal interests in agenda item 13 …": the format tells people apart by name only, so one
    Cope, titled as printed first, with one declaration at item 13; a Warning names both."""
    record = read_record(paths.TESTS / "corpus" / "records" / "hinckley-bosworth_meeting_1445.txt")
    copes = [d for d in record.meetings[0].declarations if d.person.name == "Cope"]
    assert [(d.person.honorific, d.item_number, d.kind) for d in copes] == [("Mrs", "13", "personal")]
    assert "Mrs Cope and Mr Cope published as one person, Mrs Cope: the page gives no given names to tell them " \
           "apart" in record.warnings


def test_a_table_one_cell_a_line_its_kind_in_a_reason_column_at_all_items() -> None:
    # Somerset West and Taunton, somerset-west-taunton_meeting_2891: "Name" / "Minute No." / "Description of
    # Interest" / "Reason" / "Action Taken"; the description names bodies, the "Reason" cell the kind; "All Items"
    # is the declaration's subject, no item's number; the copy stops inside its last row, whose declarant, item and
    # description are there: a declaration of no kind stated.
    text = ("Name\n\nMinute No.\n\nDescription of Interest\n\nReason\n\nAction Taken\n\nCllr I Aldridge\n\n"
            "All Items\n\nWilliton\n\nPersonal\n\nSpoke and Voted\n\nCllr C Ellis\n\nAll Items\n\n"
            "SCC & Taunton Charter Trus")
    found = read_who_was_there(page_lines(text)).declarations
    assert [(d.person.honorific, d.person.name, d.kind, d.item_number, d.subject) for d in found] == [
        ("Cllr", "I Aldridge", "personal", None, "All Items"), ("Cllr", "C Ellis", "other", None, "All Items")]


def test_a_declaration_at_items_listed_by_their_quoted_titles() -> None:
    # City of Lincoln, lincoln_meeting_7313: one declaration at each title the sentence quotes.
    found = read_declarations("Councillor Pat Vaughan declared a Personal Interest with regard to agenda items titled "
                              "‘Council Tax Base 2025/26’, ‘Localised Council Tax Support Scheme 2025/26’ and "
                              "‘Statement of Accounts 2023/24’.", "3", declarations_item=True)
    assert [(d.person.name, d.kind, d.item_number, d.subject) for d in found] == [
        ("Pat Vaughan", "personal", None, "Council Tax Base 2025/26"),
        ("Pat Vaughan", "personal", None, "Localised Council Tax Support Scheme 2025/26"),
        ("Pat Vaughan", "personal", None, "Statement of Accounts 2023/24")]


def test_a_table_one_cell_a_line_under_minute_nos() -> None:
    # Staffordshire, staffordshire_meeting_8968: "Member" / "Minute Nos." / "Interest" / "Reason".
    text = ("Member\n\nMinute Nos.\n\nInterest\n\nReason\n\nSusan Woodward\n\n6\n\nPersonal\n\nTrustee of the charity "
            "Chasewater Friends\n\nAlastair Little\n\n7\n\nDisclosable pecuniary interest\n\nDue to become a father in "
            "December 2019\n")
    found = read_who_was_there(page_lines(text)).declarations
    assert [(d.person.name, d.kind, d.item_number) for d in found] == [
        ("Susan Woodward", "personal", "6"), ("Alastair Little", "disclosable pecuniary", "7")]


def test_a_declarant_by_initial_and_surname_then_titled_by_surname() -> None:
    # West Dorset, west-dorset_meeting_4198: "N Bundy declared …", "Councillor Bundy" in the next sentence: one
    # member.
    text = ("N Bundy declared an interest in respect of agenda item 14, Dorchester Article 4 Direction as Chairman of "
            "Age UK which had properties that would be affected.  The Chairman confirmed that he was content for "
            "Councillor Bundy to remain in the room during discussion and voting on the item.")
    found = read_declarations(text, "3", declarations_item=True)
    assert [(d.person.name, d.kind, d.item_number) for d in found] == [("N Bundy", "other", "14")]
    record = Record(kind="meeting", source_id="4198", people=[found[0].person])
    add_people_in_prose(record, text)  # the surname's mention adds nobody, only the title the entry lacked
    assert [(p.honorific, p.name) for p in record.people] == [("Councillor", "N Bundy")]


def test_members_listed_alone_under_an_introduction_declare_its_interest() -> None:
    """Forest Heath 3648: the introduction states the kind and the item, the bullets under it name the members
    alone ("J.P." after a name is letters, not an initial)."""
    text = ("The following Councillors declared non-pecuniary interests in Agenda Item 8. ‘Community Governance "
            "Review’ (Report No: COU/FH/17/020) as Members of the Parish Council (Mildenhall) that the report "
            "proposed Parish boundary changes in respect of:\n·         Councillor John Bloodworth\n"
            "·         Councillor Ruth Bowman J.P.")
    found = read_who_was_there(page_lines(text))
    assert [(d.person.honorific, d.person.name, d.person.post_nominals, d.kind, d.item_number)
            for d in found.declarations] == [
        ("Councillor", "John Bloodworth", (), "non-pecuniary", "8"),
        ("Councillor", "Ruth Bowman", ("JP",), "non-pecuniary", "8")]
    # an introduction that states neither kind nor item gives a name alone nothing to declare
    assert read_who_was_there(page_lines("The following Councillors declared interests:\nCouncillor John Bloodworth")
                              ).declarations == []


def test_a_kind_the_member_says_is_not_theirs_is_not_declared() -> None:
    """Dorset County 1037: "declared general interest … She stated … that she had no disclosable pecuniary
    interest." declares no DPI: the kind is none of the scheme's named ones, "other"."""
    [croney] = read_declarations(
        "Cllr Deborah Croney declared general interest in minute 141 as a resident of Iwerne Minster living in the "
        "vicinity of both the C13 and the A350. She stated that she had taken advice and that she had no disclosable "
        "pecuniary interest. Cllr Croney remained in the meeting and took part in the debate.")
    assert (croney.person.name, croney.kind, croney.item_number) == ("Deborah Croney", "other", "141")


def test_an_officer_reminding_members_of_an_interest_at_a_minute_opening_the_sentence() -> None:
    """Dorset County 1030: "In relation to minute 56a, Mike Harries (Director for Environment and Economy) reminded
    members of his personal interest in respect of …": an untitled name, his post in brackets, declares again."""
    [harries] = read_declarations(
        "In relation to minute 56a, Mike Harries (Director for Environment and Economy) reminded members of his "
        "personal interest in respect of the Dorchester Transportation and Environment Plan as he lived within the "
        "area affected by the wider programme.")
    assert (harries.person.name, harries.kind, harries.item_number) == ("Mike Harries", "personal", "56a")
    assert read_declarations("The Chairman reminded members of the need to declare any interests.") == []


def test_a_declaration_in_three_parts_under_its_item_line() -> None:
    """East Midlands CCA prints each declaration as the item's line, then the member, the kind and the reason with
    commas between (records east-midlands-cca_meeting_121): a declaration at that item, of the kind stated, and the
    words after the member's comma are no post of theirs ("Non Pecuniary, As Vice-Chair of …")."""
    record = read_record(paths.TESTS / "corpus" / "records" / "east-midlands-cca_meeting_121.txt")
    assert [(d.person.name, d.kind, d.item_number) for d in record.meetings[0].declarations] == [
        ("Nadine Peatfield", "non-pecuniary", "8"), ("Tricia Gilby", "non-pecuniary", "8")]
    assert [(post.label, post.holder.name, post.organisation and post.organisation.name) for post in record.posts
            if post.holder.name == "Tricia Gilby"] == [("Vice-Chair", "Tricia Gilby", "Destination Chesterfield Board")]
    said = declared_tersely("Councillor Nadine Peatfield, Non Pecuniary, As a member of the Marketing Derby Board of "
                            "Directors.")
    assert said == ("Councillor Nadine Peatfield declared a Non Pecuniary interest as a member of the Marketing Derby "
                    "Board of Directors.")
    assert declared_tersely("Councillor Nadine Peatfield, Cabinet Member for Finance, attended.") is None


def test_an_interest_from_a_titled_member_in_a_subject() -> None:
    """"… which included an interest from Mayor Ros Jones in Doncaster Sheffield Airport." (records
    south-yorkshire-mca_meeting_1646): a declaration by the member, its subject the words after "in"; the members
    the sentence opens with ("Members declared interests …") name no one."""
    text = ("Members declared interests in items relevant to their own Authority areas, which included an interest "
            "from Mayor Ros Jones in Doncaster Sheffield Airport.")
    assert [(d.person.honorific, d.person.name, d.kind, d.item_number, d.subject)
            for d in read_declarations(text, "104", declarations_item=True)] == [
        ("Mayor", "Ros Jones", "other", None, "Doncaster Sheffield Airport")]


def test_an_interest_from_someone_outside_a_sentence_of_declaring_is_none() -> None:
    """"There had been an interest from Mr John Smith in the allotment site." declares nothing."""
    assert read_declarations("There had been an interest from Mr John Smith in the allotment site.") == []


def test_a_list_as_indicated_below_each_entry_its_item_and_kind_without_the_word_interest() -> None:
    """"Declarations of interest were made by Councillors in the Minutes as indicated below:" introduces a list as
    "The following declarations … were noted:" does: each entry's name (a hyphen inside it is the name's), a run of
    spaces, then the item and the kind after its dash, printed without the word "interest"."""
    text = ("Declarations of interest were made by Councillors in the Minutes as indicated below:\n\n"
            "K.L. Grant                   Agenda Item 6 (AB/2021/0042/P) – Personal in so far as he knew the "
            "applicant.\n\n"
            "Mrs P.R. Lane-Fox        Agenda Item 7 (AB/2021/0107/P) – Personal and Prejudicial in so far as she "
            "lived next to the site.\n")
    found = read_who_was_there(page_lines(text)).declarations
    assert [(d.person.honorific, d.person.name, d.kind, d.item_number) for d in found] == [
        (None, "K.L. Grant", "personal", "6"), ("Mrs", "P.R. Lane-Fox", "prejudicial", "7")]


def test_an_item_whose_number_the_minutes_left_unfilled_has_its_bracketed_title_as_subject() -> None:
    """holdout/christchurch_meeting_969.txt's pattern: "declared non-pecuniary interests in relation to Minute No. XXX
    (Title – Part)" numbers no item (the minutes kept a placeholder): the bracketed title, dash and all, is the
    subject, not "Minute No"; a minute with its number is at that item."""
    unfilled = read_declarations("Councillors P Q Rowe and S Tandy declared non-pecuniary interests in relation to "
                                 "Minute No. XXX (Harbour Car Park – Charging Review), as they both sit on the Town "
                                 "Council.")
    assert [(d.person.name, d.kind, d.item_number, d.subject) for d in unfilled] == [
        ("P Q Rowe", "non-pecuniary", None, "Harbour Car Park – Charging Review"),
        ("S Tandy", "non-pecuniary", None, "Harbour Car Park – Charging Review")]
    [numbered] = read_declarations("Councillor P Q Rowe declared a personal interest in relation to Minute No. 45 "
                                   "(Harbour Car Park), as she sits on the Town Council.")
    assert (numbered.item_number, numbered.subject) == ("45", None)


def test_terse_declarations_with_semicolons_under_a_numbered_title_are_at_that_item() -> None:
    """holdout/allerdale_meeting_4768.txt's pattern: "12.  Title." over "Councillor A; Disclosable Pecuniary
    Interest; Due to …": the member, the kind with its word "Interest", the reason, semicolons between them, at item
    12; a numbered line that names a member opens no such list."""
    text = ("7.  Harbour Wall Repairs.\n\n  Councillor Jo Marsh; Disclosable Pecuniary Interest; Due to owning a "
            "boatyard on the quay.\n\n \n\n7.  Harbour Wall Repairs.\n\n  Councillor Ken Lowe; Other Registrable "
            "Interest; As a member of the harbour trust.\n")
    found = read_who_was_there(page_lines(text)).declarations
    assert [(d.person.name, d.kind, d.item_number) for d in found] == [
        ("Jo Marsh", "disclosable pecuniary", "7"), ("Ken Lowe", "other", "7")]
    assert declared_tersely("Councillor Jo Marsh; Cabinet Member; Due to attend.") is None
    own_item = "4. Declarations of Interest\n\nCouncillor Jo Marsh declared a personal interest as a governor.\n"
    assert [d.item_number for d in read_who_was_there(page_lines(own_item)).declarations] == [None]
    numbered = "3.  Councillor Jo Marsh declared an interest.\n\n  Councillor Ken Lowe; Personal; As a governor.\n"
    assert [(d.person.name, d.item_number) for d in read_who_was_there(page_lines(numbered)).declarations] == [
        ("Jo Marsh", None)]


def test_voluntary_announcements_listed_under_their_introduction_are_declarations_of_no_item() -> None:
    """holdout/canterbury_meeting_12136.txt's pattern: "The following voluntary announcements were made:" then bulleted
    "Councillor A was a tenant of …": each a declaration of no kind named ("other") and no item; announcements of
    another kind ("The following announcements were made:") are none."""
    text = ("The following voluntary announcements were made:\n\n·         Councillor Ada Frost was a tenant of the "
            "Harbour Trust.\n\n·         Councillor B Lowe was a governor of Hill Lane School.\n")
    found = read_who_was_there(page_lines(text)).declarations
    assert [(d.person.name, d.kind, d.item_number) for d in found] == [
        ("Ada Frost", "other", None), ("B Lowe", "other", None)]
    other = "The following announcements were made:\n\n·         Councillor Ada Frost was a tenant of the Trust.\n"
    assert read_who_was_there(page_lines(other)).declarations == []


def test_a_declaration_made_under_the_declarations_item_with_its_interest_unnamed() -> None:
    """holdout/canterbury_meeting_11986.txt's pattern, under the declarations item: "Councillor A made a declaration
    that her son owned a house near the site", "Councillor B made one voluntary declaration, since …": each a
    declaration of no kind named; elsewhere, and a declaration of acceptance of office, none."""
    said = ["Councillor Ruth Dene made a declaration that her son owned a house near the depot, she left before the "
            "vote.", "Councillor P Lyle made one voluntary declaration, since he chaired the trust."]
    assert [(d.person.name, d.kind, d.item_number) for text in said
            for d in read_declarations(text, declarations_item=True)] == [
        ("Ruth Dene", "other", None), ("P Lyle", "other", None)]
    assert [d for text in said for d in read_declarations(text)] == []
    assert read_declarations("Councillor P Lyle made a declaration of acceptance of office.",
                             declarations_item=True) == []


def test_declarations_under_an_item_number_alone_and_an_nri_declared() -> None:
    """"Agenda Item 9:" alone on its line over the declarations at item 9, one a paragraph, one of them broken
    after a comma; "declared affects NRI" (a non-registerable interest, by the code's initials) is a declaration of
    kind "other"."""
    text = ("Minutes:\n\nAgenda Item 9:\n\nCouncillors Ann Vale, Bo Reed,\n\nCiaran Moss and Dee Lund declared affects "
            "NRI as members of Upton Town Council.\n\nCouncillor Eve Hart declared a personal interest as a school "
            "governor.\n\n \n\nAgenda Item 11:\n\nCouncillor Finn Ray declared affects NRI as a member of Lee Parish "
            "Council.\n")
    found = read_who_was_there(page_lines(text)).declarations
    assert [(d.person.name, d.kind, d.item_number) for d in found] == [
        ("Ann Vale", "other", "9"), ("Bo Reed", "other", "9"), ("Ciaran Moss", "other", "9"),
        ("Dee Lund", "other", "9"), ("Eve Hart", "personal", "9"), ("Finn Ray", "other", "11")]


def test_an_agenda_number_declared_on_a_page_numbered_by_minutes_is_kept() -> None:
    """A page that numbers its items by minute ("K 21/4", "K 21/5"), a declaration "in Agenda Item 7": the
    agenda's number, which no minute number can be, kept as printed (a plain number the page's plain numbers do
    not hold is still doubted)."""
    page = ("Agenda and minutes\n\nVenue: Town Hall\n\nNo. Item\n\nK 21/4\n\nDeclarations of Interest\n\n"
            "Councillor Lia Brand declared a personal interest in Agenda Item 7 (Leisure Report) as a trustee of the "
            "Lido Trust.\n\nK 21/5\n\nMinutes\n\nRESOLVED that the minutes be signed.\n")
    url = "https://democracy.example.gov.uk/ieListDocuments.aspx?CId=1&MId=2"
    declared = read_meeting_page(page, url).meetings[0].declarations
    assert [(d.person.name, d.kind, d.item_number) for d in declared] == [("Lia Brand", "personal", "7")]
    plain = read_meeting_page(page.replace("K 21/4", "4").replace("K 21/5", "5"), url).meetings[0].declarations
    assert [(d.person.name, d.item_number) for d in plain] == []


def test_a_second_item_after_the_first_ones_reason_is_declared_in_too() -> None:
    """"… in Agenda Item 6 (Budget) due to being a school governor and Agenda Item 9 (Parks) due to her husband's
    allotment": one interest at each item; a reason that names no item leaves the one item."""
    found = read_declarations("Councillor Tess Lowe declared a non-pecuniary interest in Agenda Item 6 (Budget) due "
                              "to being a school governor and Agenda Item 9 (Parks) due to her husband's allotment.")
    assert [(d.person.name, d.kind, d.item_number) for d in found] == [
        ("Tess Lowe", "non-pecuniary", "6"), ("Tess Lowe", "non-pecuniary", "9")]
    once = read_declarations("Councillor Tess Lowe declared a personal interest in item 6 as she lived nearby.")
    assert [(d.person.name, d.item_number) for d in once] == [("Tess Lowe", "6")]


def test_a_personal_explanation_about_an_item_in_a_capacity_is_a_declaration() -> None:
    """Under the declarations item, "Councillor Pike gave a personal explanation regarding item 7 on the agenda as
    she was Chair of Upton Parish Council.": an interest stated at item 7 (of no kind the words name); one about
    something else ("… in that he intended to record the meeting") states none."""
    found = read_declarations("Councillor Pike gave a personal explanation regarding item 7 on the agenda as she was "
                              "Chair of Upton Parish Council.", "3", declarations_item=True)
    assert [(d.person.name, d.kind, d.item_number) for d in found] == [("Pike", "other", "7")]
    assert read_declarations("Councillor Rudd gave a personal explanation in that he intended to record the "
                             "meeting.", "3", declarations_item=True) == []
