"""Who was at a meeting: the attendance page's reader and the shared attendance grammar
(publisher/sources/attendance.py, publisher/sources/attendance_page.py)."""

from __future__ import annotations

import re

from publisher.model import AgendaItem, Attendance, Declaration, Organisation, Person
from publisher.sources import read_record, reader_for
from publisher.sources.agenda_item_page import read_agenda_item_page
from publisher.sources.attendance import (
    WhoWasThere,
    add_who_was_there,
    apologies_listed,
    declared_capacities,
    footnoted_attendance,
    listed_under_label,
    page_arrivals,
    place_by_title,
    read_attendance,
    read_declarations,
    read_who_was_there,
    seat_bodies,
)
from publisher.sources.attendance_page import read_attendance_page
from publisher.sources.issue_page import read_issue_page
from publisher.sources.text_rules import page_lines
from tests import paths

FIXTURES = paths.TESTS / "fixtures"
HALTON = FIXTURES / "context" / "halton_attendance_4583.txt"  # mgMeetingAttendance.aspx?ID=4583, as Markdown
HALTON_URL = "https://councillors.halton.gov.uk/mgMeetingAttendance.aspx?ID=4583"


def test_attendance_table_gives_each_row_its_person_role_and_kind() -> None:
    record = read_record(HALTON)
    assert record.kind == "meeting-attendance"
    rows = [(a.person.honorific, a.person.name, a.role, a.kind) for a in record.meetings[0].attendances]
    assert rows[:4] == [("Councillor", "John Hale", "Member", "expected"),
                        ("Councillor", "Patrick Hurley", "Member", "expected"),
                        (None, "Ann Jones", "Officer", "present"),
                        ("Councillor", "Allan Jones", "Member", "present")]
    assert rows[-1] == ("Councillor", "Bill Woolfall", "Member", "present")
    assert sum(kind == "present" for *_, kind in rows) == 9
    assert record.meetings[0].venue == "Authority Chamber - Mann Island"


def test_attendance_page_is_chosen_by_its_table_without_an_address() -> None:
    text = HALTON.read_text(encoding="utf-8")
    assert reader_for(text, None) is read_attendance_page
    assert reader_for(text, HALTON_URL) is read_attendance_page


def test_attendance_kinds_and_comments_as_modern_gov_prints_them() -> None:
    """The attendance column's other values; a comment has no term in the ontology and is a Warning."""
    text = ("Venue: Council Chamber\n| Attendee | Role | Attendance | Attendance comment |\n|---|---|---|---|\n"
            "| Councillor A Smith | Substitute | Present as substitute | |\n"
            "| Councillor B Jones | Member | Apologies, sent substitute | |\n"
            "| Councillor C Brown | Chair | Present | Left at 8.15 pm |\n"
            "| Councillor D White | Member | Absent | |\n| Councillor E Green | Member | Unknown | |\n")
    record = read_attendance_page(text, HALTON_URL)
    assert [(a.person.name, a.kind) for a in record.meetings[0].attendances] == [
        ("A Smith", "substitute"), ("B Jones", "apologies"), ("C Brown", "present"), ("D White", "absent")]
    assert "attendance comment for C Brown not published (no term for it): Left at 8.15 pm" in record.warnings
    assert "attendance of E Green at line 8 not read: 'Unknown' is not an attendance the ontology names" \
        in record.warnings


# --- the whole-page pass (real excerpts: tests/fixtures/attendance/, each naming its page) ----------------------


def who_was_there(name: str) -> WhoWasThere:
    """The page pass over a fixture's excerpt (its first line names the page it was copied from)."""
    text = (FIXTURES / "attendance" / name).read_text(encoding="utf-8")
    return read_who_was_there(page_lines(text.split("\n", 1)[1]))


def kinds(found: WhoWasThere) -> list[tuple[str | None, str, str, str | None, str | None]]:
    return [(a.person.honorific, a.person.name, a.kind, a.role, a.substitute_for and a.substitute_for.name)
            for a in found.attendances]


def test_apologies_and_a_substitute_in_place_of_a_member() -> None:
    assert kinds(who_was_there("brent_3980_apologies_substitute.txt")) == [
        ("Councillor", "Stopp", "apologies", None, None),
        ("Councillor", "McLennan", "apologies", "Deputy Leader", None),
        ("Councillor", "Long", "substitute", None, "Stopp")]


def test_a_member_who_attended_in_place_of_another_is_their_substitute() -> None:
    """"Councillor A Vole attended in place of Councillor Lark.": a substitute for Lark, as "attended as a substitute
    for" is."""
    found = read_attendance("Councillor A Vole attended in place of Councillor Lark.")
    assert [(a.kind, a.person.honorific, a.person.name, a.substitute_for and a.substitute_for.name)
            for a in found] == [("substitute", "Councillor", "A Vole", "Lark")]


def test_a_role_before_the_person_and_a_line_of_substitute_pairs() -> None:
    assert kinds(who_was_there("maidstone_2760_chairman_and_substitutes.md")) == [
        ("Councillor", "Perry", "apologies", "Chairman", None),
        ("Councillor", "Powell", "apologies", None, None),
        ("Councillor", "Round", "apologies", None, None),
        ("Councillor", "M Burton", "substitute", None, "Round"),
        ("Councillor", "Garland", "substitute", None, "Perry")]


def test_abbreviated_plural_honorific_and_sent_apologies_after_an_item_label() -> None:
    assert kinds(who_was_there("cheltenham_3424_sent_apologies.md")) == [
        ("Cllr", "Bassett-Smith", "apologies", None, None),
        ("Cllr", "Oliver", "apologies", None, None),
        ("Cllr", "Stafford", "apologies", None, None)]


def arrivals(found: WhoWasThere) -> list[tuple[str | None, str, str, str | None]]:
    return [(a.person.honorific, a.person.name, a.text, a.item_number) for a in found.arrivals]


def test_apologies_for_lateness_are_not_absence_and_arrivals_are_published() -> None:
    found = who_was_there("hertsmere_10281_lateness.txt")
    assert [name for _, name, kind, *_ in kinds(found) if kind == "apologies"] == ["Lambert", "A Sachdev", "Spencer"]
    assert arrivals(found) == [("Councillor", "Vince", "apologies for lateness", None),
                               ("Councillor", "Merchant", "arrived during the above item", None),
                               ("Councillor", "Vince", "arrived during the above item", None)]
    assert found.warnings == []


def test_received_from_under_an_apologies_heading_and_a_bracket_about_the_list() -> None:
    assert kinds(who_was_there("islington_3413_received_from.txt")) == [
        ("Councillor", "Kaya Comer-Schwartz", "apologies", None, None),
        ("Councillor", "Richard Watts", "apologies", None, None),  # "(members of the Committee)": not a role
        ("Councillor", "Anjna Khurana", "apologies", "observer", None),
        ("Councillor", "Janet Burgess", "substitute", None, "Richard Watts")]


def test_an_officer_represented_by_another_once_though_printed_twice() -> None:
    found = who_was_there("brent_7114_representative.md")
    attendances, declarations = [], []
    add_who_was_there(attendances, declarations, found, set())
    assert [(a.person.name, a.kind, a.role, a.substitute_for and a.substitute_for.name) for a in attendances] == [
        ("Minesh Patel", "apologies", "Corporate Director, Finance & Resources", None),
        ("Ravinder Jassar", "substitute", "Deputy Director, Finance", "Minesh Patel")]


def test_a_name_starting_with_its_particle_and_a_departure_after_a_note_label() -> None:
    found = who_was_there("maidstone_2993_left_and_apologies.txt")
    assert kinds(found)[-1] == ("Councillor", "de Wiggondene-Sheppard", "apologies", None, None)
    assert len(found.attendances) == 8
    assert arrivals(found) == [
        ("Councillor", "Harwood", "left the meeting after the prayers and returned during consideration of the "
         "Minutes of the extraordinary meeting of the Borough Council held on 26 September 2018", None)]
    assert found.warnings == []


def test_a_surname_alone_takes_the_fuller_name_the_page_prints() -> None:
    stopp, pat = Person("Stopp", honorific="Councillor"), Person("Pat Stopp", honorific="Councillor")
    attendances = [Attendance(pat, "apologies")]
    add_who_was_there(attendances, [], WhoWasThere([Attendance(Person("Long"), "substitute", substitute_for=stopp)]),
                      set())
    assert attendances[1].substitute_for.name == "Pat Stopp"


def test_a_declarations_table_copied_one_cell_a_line() -> None:
    """Councillor / Committee / Minute / Interest: the minute is the committee's (another meeting's), so no item."""
    found = who_was_there("hastings_3753_declarations_table.txt")
    assert [(d.person.honorific, d.person.name, d.kind, d.item_number) for d in found.declarations] == [
        ("Councillor", "Forward", "prejudicial", None), ("Councillor", "Lee", "prejudicial", None),
        ("Councillor", "Rankin", "prejudicial", None)]
    assert found.declarations[1].text == ("Lee; Cabinet- 3 February 2020; 237. Review of HMO Licensing Fees; "
                                          "Prejudicial- lives in somewhere that requires a HMO licence")


def test_a_declarations_table_one_cell_a_line_with_a_reason_column_wrapped_in_its_heading() -> None:
    """records/waltham-forest_meeting_2631.txt: "Councillor" / "Agenda Item" / "Type of Interest" / "Reason" /
    "for Declaration": four cells a row, the last heading wrapped onto two lines."""
    table = page_lines("The following councillors declared that they had a personal and/or prejudicial interest in "
                       "the agenda Items shown:\n\nCouncillor\n\nAgenda Item\n\nType of Interest\n\nReason\n\n"
                       "for Declaration\n\nM. Ahmad\n\n6 – Petition- Thorpe Hall School\n\nPrejudicial – Councillor "
                       "Ahmad left the room during consideration of the item\n\nFamily member is a pupil at the school"
                       "\n\nS. Rackham\n\n6 – Petition – Thorpe Hall School\n\nPersonal\n\nGovernor at the school\n")
    found = read_who_was_there(table)
    assert [(d.person.honorific, d.person.name, d.kind, d.item_number) for d in found.declarations] == [
        ("Councillor", "M. Ahmad", "prejudicial", "6"), ("Councillor", "S. Rackham", "personal", "6")]


def test_a_declarations_table_with_an_item_column_leaves_rows_it_cannot_place_to_the_items() -> None:
    table = page_lines("| Councillor | Item | Interest |\n|---|---|---|\n| Councillor A Smith | 5 | Personal |\n"
                       "| Councillor B Jones | Land at Mill Lane | Personal |\n")
    found = read_who_was_there(table)
    assert [(d.person.name, d.item_number) for d in found.declarations] == [
        ("A Smith", "5"), ("B Jones", "Land at Mill Lane")]
    declarations: list = []
    add_who_was_there([], declarations, found, {"4", "5"})
    assert [d.person.name for d in declarations] == ["A Smith"]


def test_a_declarations_table_under_a_heading_that_names_the_kind_and_minute_cells_with_their_titles() -> None:
    """records/carmarthenshire_meeting_1228.txt: the table under "DECLARATIONS OF PERSONAL INTEREST." names the
    minute by number, a dash and its title, and the interest without a kind: personal, at minutes 8 and 17."""
    table = page_lines("DECLARATIONS OF PERSONAL INTEREST.\n\nAdditional documents:\n\nMinutes:\n\nCouncillor\n\n"
                       "Minute Number\n\nNature of Interest\n\nH.A.L. Evans\n\n8 – Cartrefi Croeso Ltd – Financing "
                       "Requirement, Appointment of Directors and Shareholders Agreement Delegation\n\nSister is Chief "
                       "Executive of Bro Myrddin Housing Association\n\nH.A.L. Evans\n\n17 – Homelessness Strategy\n\n"
                       "Sister is Chief Executive of Bro Myrddin Housing Association\n")
    found = read_who_was_there(table)
    assert [(d.person.honorific, d.person.name, d.kind, d.item_number) for d in found.declarations] == [
        ("Councillor", "H.A.L. Evans", "personal", "8"), ("Councillor", "H.A.L. Evans", "personal", "17")]
    assert found.tabled == found.declarations  # minute numbers by the column's heading, kept though not on the page


def test_members_who_apologised_for_their_inability_to_attend_send_apologies() -> None:
    """Ceredigion's minutes (records/ceredigion_meeting_274.txt, _299.txt) print the verb for the noun, and join
    the last name on with "together with"."""
    lines = ["Councillors Endaf Edwards, Elaine Evans, and Mark Strong apologised for their inability to attend the "
             "meeting.", "Councillor Delyth James & Jan Culley together with Mr John Weston apologised for their "
             "inability to attend the meeting."]
    assert [(a.person.honorific, a.person.name, a.kind) for line in lines for a in read_attendance(line)] == [
        ("Councillor", "Endaf Edwards", "apologies"), ("Councillor", "Elaine Evans", "apologies"),
        ("Councillor", "Mark Strong", "apologies"), ("Councillor", "Delyth James", "apologies"),
        (None, "Jan Culley", "apologies"), ("Mr", "John Weston", "apologies")]


def test_a_label_alone_and_one_person_a_line_under_it() -> None:
    """"Present:" then a name a line; "Absent:" / "There were no absences" names nobody; "In Attendance:" /
    "One member of the public" neither, and an officer printed without a separator is not guessed at."""
    found = who_was_there("melton_parish_present_block.txt")
    rows = kinds(found)
    assert len(rows) == 14
    assert rows[0] == ("Cllr Mr", "A H Porter", "present", "Chair", None)
    assert rows[-1] == ("Cllr Mr", "C W Taylor", "present", None, None)
    assert {kind for _, _, kind, *_ in rows} == {"present"}


def test_substituted_by_in_a_bracket_and_an_also_in_attendance_list() -> None:
    found = who_was_there("great-yarmouth_cmis_1678_attendance.txt")
    attendances: list = []
    add_who_was_there(attendances, [], found, set())
    assert [(a.person.name, a.kind, a.role, a.substitute_for and a.substitute_for.name) for a in attendances] == [
        ("Borg", "apologies", None, None), ("Wainwright", "substitute", None, "Borg"),
        ("Cordiner-Achenbach", "apologies", None, None), ("Jeal", "substitute", None, "Cordiner-Achenbach"),
        ("Galer", "apologies", None, None), ("Mogford", "substitute", None, "Galer"),
        ("D G. Wilby", "in attendance", "Licensing & Electoral Services Manager", None),
        ("L Parker", "in attendance", "Solicitor, Nplaw", None),
        ("R Downie", "in attendance", "Democratic Services Officer", None),
        ("M Brett", "in attendance", "IT Support", None),
        ("T Koomson", "in attendance", "Senior Democratic Services Officer", None)]
    # "Cllr Thomson declared that he knew of a person involved in … agenda item 6": a declaration naming no kind
    assert [(d.person.name, d.kind, d.item_number) for d in found.declarations] == [("Thomson", "other", "6")]


def test_an_agenda_item_page_naming_no_meeting_keeps_its_substitutes_at_the_meeting_of_the_item() -> None:
    """"… attending the meeting as substitutes for their respective colleagues:" / "Ms J. Oats for Dr. Sikdar":
    the page names no meeting, so the substitute attends the meeting of agenda item 49492 (its address's ID)."""
    text = (FIXTURES / "attendance" / "brighton-and-hove_agendaitem_49492_substitutes.txt").read_text(encoding="utf-8")
    page = text.split("\n", 1)[1]
    assert kinds(read_who_was_there(page_lines(page))) == [("Ms", "J. Oats", "substitute", None, "Sikdar")]
    record = read_agenda_item_page(page, "https://democracy.brighton-hove.gov.uk/mgAi.aspx?ID=49492")
    [meeting] = record.meetings
    assert (meeting.of_item, meeting.source_id, meeting.date, meeting.committee) == ("49492", None, None, None)
    assert [item.source_id for item in meeting.items] == ["49492"] and record.items == []
    assert [(a.person.name, a.kind, a.substitute_for and a.substitute_for.name) for a in meeting.attendances] == [
        ("J. Oats", "substitute", "Sikdar")]
    assert record.warnings == []


def test_who_only_a_departure_names_is_a_person_by_the_fuller_name_the_page_prints() -> None:
    found = who_was_there("hastings_2083_withdrew.txt")
    people = add_who_was_there([], [], found, set())
    assert [(p.honorific, p.name) for p in people] == [("Councillor", "Judy Rogers")]
    assert arrivals(found) == [("Councillor", "Judy Rogers", "withdrew from the meeting to allow the Deputy Mayor to "
                                                             "preside over the election", None)]


CITY_APOLOGIES = [
    (None, "Michael Hudson"), (None, "Mark Boleat"), ("Deputy", "Stella Currie"), (None, "Alex Deane"),
    ("Deputy", "Robin Eve"), (None, "Michael Henderson-Begg"), ("Deputy", "Henry Jones"),
    (None, "Robert Merrett"), (None, "Elizabeth Rogula"), ("Alderman Sir", "Michael Savory"),
    ("Alderman Sir", "John Stuttard")]


def test_an_agenda_item_page_naming_no_meeting_keeps_its_apologies_at_the_meeting_of_the_item() -> None:
    """"Apologies were received from Michael Hudson, …" on mgAi.aspx?ID=11157, which names no meeting: the
    eleven apologies are kept, at the meeting of agenda item 11157."""
    text = (FIXTURES / "attendance" / "city-of-london_agendaitem_11157_apologies.txt").read_text(encoding="utf-8")
    record = read_agenda_item_page(text.split("\n", 1)[1], "https://democracy.cityoflondon.gov.uk/mgAi.aspx?ID=11157")
    [meeting] = record.meetings
    assert (meeting.of_item, meeting.date, meeting.committee) == ("11157", None, None)
    assert [(item.source_id, item.title) for item in meeting.items] == [("11157", "Apologies")]
    assert [(a.person.honorific, a.person.name, a.kind) for a in meeting.attendances] == [
        (honorific, name, "apologies") for honorific, name in CITY_APOLOGIES]
    assert [(p.honorific, p.name) for p in record.people] == []  # each is published through their apologies
    assert record.warnings == []


def test_an_agenda_item_page_naming_no_meeting_keeps_its_declarations_at_the_meeting_of_the_item() -> None:
    """"Deputy Michael Welbank and Julian Malins declared also an interest …" (City of London, mgAi ID=4960):
    two declarations, no kind and no item named, at the meeting of agenda item 4960; the Chairman, unnamed,
    declares nothing we could publish."""
    text = (FIXTURES / "attendance" / "city-of-london_agendaitem_4960_declarations.txt").read_text(encoding="utf-8")
    record = read_agenda_item_page(text.split("\n", 1)[1], "https://democracy.cityoflondon.gov.uk/mgAi.aspx?ID=4960")
    [meeting] = record.meetings
    assert meeting.of_item == "4960" and meeting.attendances == []
    assert [(d.person.honorific, d.person.name, d.kind, d.item_number) for d in meeting.declarations] == [
        ("Deputy", "Michael Welbank", "other", None), (None, "Julian Malins", "other", None)]


def test_a_declaration_in_a_numbered_notice_of_motion_concerns_that_motion() -> None:
    """Gloucester (mgAi ID=34856): "Councillor Watkins declared an interest in Notice of Motion five by virtue
    of her being the Chair of …": the business is the motion as printed; the point of order after it, which
    names Councillors Watkins and James, declares nothing."""
    text = (FIXTURES / "attendance" / "gloucester_agendaitem_34856_motion.txt").read_text(encoding="utf-8")
    record = read_agenda_item_page(text.split("\n", 1)[1], "http://democracy.gloucester.gov.uk/mgAi.aspx?ID=34856")
    [meeting] = record.meetings
    assert meeting.of_item == "34856"
    assert [(d.person.name, d.kind, d.item_number) for d in meeting.declarations] == [
        ("Watkins", "other", "Notice of Motion five")]


def test_a_declaration_naming_no_kind_and_one_the_page_pass_cannot_place() -> None:
    """Camden: "declared in relation to item 6 (…) that he was Treasurer of …" names no kind of interest; while
    the page's numbered items do not hold item 6, the declaration is left out but the declarant is still one of
    its people; on a page that numbers none of its items, the number the declaration prints is kept."""
    lines = page_lines("Minutes: Councillor Matthew Kirk declared in relation to item 6 (Camden Evening and "
                       "Night-time Economy report) that he was Treasurer of the London Piano Festival Association at "
                       "Kings Place which was just outside the boundary of the borough.")  # camden_meeting_10634.md
    found = read_who_was_there(lines)
    assert [(d.person.name, d.kind, d.item_number) for d in found.declarations] == [("Matthew Kirk", "other", "6")]
    declarations: list = []
    people = add_who_was_there([], declarations, found, {"4", "5"})
    assert declarations == []
    assert [(p.honorific, p.name) for p in people] == [("Councillor", "Matthew Kirk")]
    add_who_was_there([], declarations, found, {"5", "6"})
    assert [d.item_number for d in declarations] == ["6"]
    unnumbered: list = []
    add_who_was_there([], unnumbered, read_who_was_there(lines), {""})
    assert [d.item_number for d in unnumbered] == ["6"]


def test_declarants_led_by_a_title_other_than_councillor() -> None:
    """City of London, mgAi.aspx?ID=4960: "Deputy" leads the list, and the second name has no title."""
    text = ("Deputy Michael Welbank and Julian Malins declared also an interest as they were both members of the "
            "Board of Governors of the Museum of London.")
    assert [(d.person.honorific, d.person.name, d.kind) for d in read_declarations(text)] == [
        ("Deputy", "Michael Welbank", "other"), (None, "Julian Malins", "other")]
    assert read_declarations("The Chairman wished to declare an interest in respect of the City Arts Trust.") == []


def test_having_been_lobbied_is_a_declaration_of_lobbying() -> None:
    """Maidstone (ieListDocuments.aspx?CId=112&MeetingId=2760): each member named as lobbied declares it (the
    scheme's "lobbying"); "All Members except Councillor Garland" names the one who was not, so nobody."""
    found = read_who_was_there(page_lines(
        "Minutes: The Chairman and Councillors Prendergast and Mrs Stockell stated that they had been lobbied.\n"
        "Minutes: All Members except Councillor Garland stated that they had been lobbied."))
    assert [(d.person.honorific, d.person.name, d.kind, d.item_number) for d in found.declarations] == [
        ("Councillor", "Prendergast", "lobbying", None), ("Mrs", "Stockell", "lobbying", None)]
    assert found.people == [] and found.warnings == []
    assert [d.kind for d in read_declarations("Councillor Ann Lee stated she had been lobbied by the applicant.")
            ] == ["lobbying"]  # "that" left out
    assert read_declarations("Councillor Ann Lee stated that she had not been lobbied.") == []


def test_apologies_grouped_under_plural_titles_a_sentence_each_are_one_list() -> None:
    """Wycombe (CeListDocuments.aspx?CommitteeId=775&MeetingId=14310): "Honorary Aldermen:" then "Councillors:",
    each group its own sentence; every name takes its group's singular title unless it has its own, and no name
    holds the label."""
    found = read_attendance("Apologies for absence were received from Honorary Aldermen: N B Oram and Mrs K M Peatey. "
                            "Councillors: K Ahmed, D A Anson MBE and R Wilson.")
    assert [(a.kind, a.person.honorific, a.person.name) for a in found] == [
        ("apologies", "Honorary Alderman", "N B Oram"), ("apologies", "Mrs", "K M Peatey"),
        ("apologies", "Councillor", "K Ahmed"), ("apologies", "Councillor", "D A Anson"),
        ("apologies", "Councillor", "R Wilson")]
    assert [a.person.name for a in read_attendance(
        "Apologies for absence were received from Councillor A Lee. Councillors: B Ray attended.")] == ["A Lee"]


def test_apologies_for_inability_to_attend_from_honorary_freemen() -> None:
    """Gosport (ieListDocuments.aspx?CId=133&MId=430): "Apologies for inability to attend the meeting" are
    apologies, and "Honorary Freemen" titles the names after it; "Freeman" alone stays a surname."""
    found = read_attendance("Apologies Minutes: Apologies for inability to attend the meeting were received from "
                            "Councillor Johnston and Honorary Freemen O’Neill and Edgar.")
    assert [(a.kind, a.person.honorific, a.person.name) for a in found] == [
        ("apologies", "Councillor", "Johnston"), ("apologies", "Honorary Freeman", "O’Neill"),
        ("apologies", "Honorary Freeman", "Edgar")]
    assert [(a.person.honorific, a.person.name) for a in read_attendance(
        "Apologies for absence were received from Councillor G Freeman.")] == [("Councillor", "G Freeman")]
    # Gosport (ieListDocuments.aspx?CId=133&MId=555): "for non attendance" too
    assert [(a.kind, a.person.name) for a in read_attendance(
        "Apologies for non attendance Minutes: An apology for non attendance was received from Councillor Jessop. |")
            ] == [("apologies", "Jessop")]


def test_a_post_in_the_plural_that_declarants_hold_alike_is_each_one_s() -> None:
    """South Bucks (celistdocuments.aspx?MID=12362): "… declared a personal interest as Directors of the Colne Valley
    Park Community Interest Company": a Director of it each; Forest Heath's "as Members of the Parish Council
    (Mildenhall)" names a body only by its kind, so no post."""
    found = declared_capacities(read_declarations(
        "Councillor L. Sullivan and Councillor N. Naylor declared a personal interest as Directors of the Colne "
        "Valley Park Community Interest Company."))
    assert [(post.label, post.holder.name, post.organisation.name) for post in found] == [
        ("Director", "L. Sullivan", "Colne Valley Park Community Interest Company"),
        ("Director", "N. Naylor", "Colne Valley Park Community Interest Company")]
    assert declared_capacities(read_declarations(
        "Councillors Ruth Bowman and John Bloodworth declared non-pecuniary interests in Agenda Item 8 as Members "
        "of the Parish Council (Mildenhall).")) == []


def test_welcomed_as_one_who_attended_in_a_role() -> None:
    """West Yorkshire CA (ieListDocuments.aspx?CId=133&MId=1364): "The Mayor welcomed Annette Joseph, who attended
    the meeting as the LEP representative.": in attendance, in that role; a welcome with no attending clause and
    no meeting names no attendance."""
    found = read_attendance("The Mayor welcomed Annette Joseph, who attended the meeting as the LEP representative.")
    assert [(a.kind, a.person.name, a.role) for a in found] == [
        ("in attendance", "Annette Joseph", "LEP representative")]
    assert read_attendance("The Mayor welcomed Annette Joseph, who spoke about the LEP.") == []


def test_a_minute_numbered_with_a_letter_and_year_is_the_declarations_item() -> None:
    """Richmondshire (ieListDocuments.aspx?CId=2524&MId=18724): its minutes number items "P72/20" and the lobbied
    name "Minutes P71/20" or "Minute P72/20"; that is the item, not a lobbying of no item."""
    found = read_declarations("Councillors Angie Dale, Kevin Foster and Lorraine Hodgson declared that they had been "
                              "lobbied in relation to Minute P72/20.")
    assert [(d.person.name, d.kind, d.item_number) for d in found] == [
        ("Angie Dale", "lobbying", "P72/20"), ("Kevin Foster", "lobbying", "P72/20"),
        ("Lorraine Hodgson", "lobbying", "P72/20")]
    assert [d.item_number for d in read_declarations(
        "Councillor Lorraine Hodgson declared that she had been lobbied in relation to Minutes P71/20.")] == ["P71/20"]


def test_welcomed_to_the_meeting_as_a_role_and_not_required_to_attend() -> None:
    """Leeds (the Chair's welcome) and Islington (COVID measures): attendance in the page's own words."""
    found = read_who_was_there(page_lines(
        "The Chair welcomed Councillor Andrea McKenna to the meeting as a spectator.\n"
        "Minutes: No apologies for absence were received, however it was noted that Councillors Gill, Lukes and "
        "Ngongo were not required to attend in accordance with the COVID safety measures implemented for the "
        "meeting."))
    assert kinds(found) == [("Councillor", "Andrea McKenna", "in attendance", "spectator", None)]
    assert [(p.honorific, p.name) for p in found.people] == [
        ("Councillor", "Gill"), ("Councillor", "Lukes"), ("Councillor", "Ngongo")]


def test_substitute_members_inline_and_one_pair_a_line_under_the_label() -> None:
    found = read_who_was_there(page_lines("Substitute Members:\nCouncillor A Smith for Councillor B Jones\n"
                                          "Councillor C Brown for Councillor D White\nThe meeting began."))
    assert [(a.person.name, a.kind, a.substitute_for and a.substitute_for.name) for a in found.attendances] == [
        ("A Smith", "substitute", "B Jones"), ("C Brown", "substitute", "D White")]
    assert kinds(read_who_was_there(page_lines("Substitute Members: Councillor A Smith for Councillor B Jones."))) \
        == [("Councillor", "A Smith", "substitute", None, "B Jones")]


def test_attendance_table_rendered_without_outer_bars() -> None:
    """Some converters drop the outer bars of a Markdown table ("Attendee | Role | Attendance")."""
    text = ("Attendee | Role | Attendance | Attendance comment\n---|---|---|---\n"
            "Councillor Allan Jones | Member | Present | \nIan Leivesley | Officer | Apologies |\n")
    record = read_attendance_page(text, HALTON_URL)
    assert [(a.person.name, a.role, a.kind) for a in record.meetings[0].attendances] == [
        ("Allan Jones", "Member", "present"), ("Ian Leivesley", "Officer", "apologies")]


def test_a_statement_broken_after_a_comma_runs_on_and_a_bare_word_is_no_name() -> None:
    """Leeds: the apologies run on to the next paragraph; "Co-opteeBramley" (a role glued to a place) is a word
    alone without a title, so it is no person; past it only a titled name is one ("Inspector Mark Bownass")."""
    found = who_was_there("leeds_3614_apologies_run_on.txt")
    assert kinds(found) == [("Councillor", "Denise Atkinson", "apologies", None, None),
                            (None, "Steve McBarron", "apologies", None, None),
                            ("Inspector", "Mark Bownass", "apologies", None, None)]


def test_absent_with_apologies_is_apologies_and_absent_alone_is_absent() -> None:
    found = read_who_was_there(page_lines("Absent with apologies: Councillors A Smith and B Jones\n"
                                          "Absent:\nCouncillor D White"))
    assert [(a.person.name, a.kind) for a in found.attendances] == [
        ("A Smith", "apologies"), ("B Jones", "apologies"), ("D White", "absent")]


def test_a_surname_and_its_fuller_name_on_the_page_are_one_attendance() -> None:
    attendances = [Attendance(Person("Pat Stopp", honorific="Councillor"), "apologies")]
    add_who_was_there(attendances, [], WhoWasThere([Attendance(Person("Stopp", honorific="Councillor"), "apologies")]),
                      set())
    assert [(a.person.name, a.kind) for a in attendances] == [("Pat Stopp", "apologies")]


def test_had_left_the_meeting_is_a_departure() -> None:
    """Bromsgrove, mgListRecordedVotesShort.aspx?AIID=32738&MID=3691, line 14."""
    text = ("Councillor A. Kent had left the meeting by the time the alternative vote was debated so did not take "
            "part in the vote.")
    assert [(a.person.name, a.text) for a in page_arrivals(text)] == [
        ("A. Kent", "had left the meeting by the time the alternative vote was debated so did not take part in the "
                    "vote")]


def test_one_declared_sentence_with_two_interests_each_at_its_item_over_a_line_break() -> None:
    """Leeds: "declared a personal interest in … (… Agenda Item 10 refers) and a personal and prejudicial interest
    in … (Inner West Area Committee" / "Well-Being Fund Update – Agenda Item 9 (Appendix 4) refers)": two
    interests, each with its own kind and item; the open bracket carries the statement to the next line."""
    found = who_was_there("leeds_3614_two_interests.txt")
    assert [(d.person.name, d.kind, d.item_number) for d in found.declarations] == [
        ("J McKenna", "personal", "10"), ("J McKenna", "prejudicial", "9"), ("A Lowe", "prejudicial", "9")]
    first_line = page_lines((FIXTURES / "attendance" / "leeds_3614_two_interests.txt").read_text(
        encoding="utf-8").split("\n")[5])[0].text  # the paragraph an item reader sees: the line before the break
    by_reader = read_declarations(first_line)
    assert [(d.kind, d.item_number) for d in by_reader] == [("personal", "10"), ("prejudicial", None)]
    add_who_was_there([], by_reader, found, {"47", "48", "49", "50"})
    assert [(d.person.name, d.kind, d.item_number) for d in by_reader] == [
        ("J McKenna", "personal", "10"), ("J McKenna", "prejudicial", "9")]  # Lowe's item 9 is not the page's


def test_the_same_item_is_the_item_of_the_declaration_before() -> None:
    """Camden: "Councillor Rishi Madlani in relation to the same item declared that he was …" on the line after
    a declaration at item 6: the declarant is the name before the clause, the item is 6."""
    found = who_was_there("camden_10634_same_item.md")
    assert [(d.person.honorific, d.person.name, d.kind, d.item_number) for d in found.declarations] == [
        ("Councillor", "Matthew Kirk", "other", "6"), ("Councillor", "Rishi Madlani", "other", "6")]


def test_an_agenda_item_numbered_with_a_letter() -> None:
    """Lancaster: "declared an interest in agenda item A5 18/00335/FUL Land at Chapel Lane" (a planning agenda's
    lettered part): item A5, not the application's number."""
    text = (FIXTURES / "attendance" / "lancaster_7062_lettered_item.txt").read_text(encoding="utf-8").split("\n")[1]
    assert [(d.person.name, d.kind, d.item_number) for d in read_declarations(text)] == [
        ("Helen Helme", "other", "A5")]


def test_a_declaration_naming_its_item_by_title_is_at_that_items_number() -> None:
    """Kingston: "Councillor Bass declared an interest in relation to agenda 9 Coombe Lane West Zebra Crossing -
    Local Consultation Results", the item the minutes number 60 (its agenda position 9 is no item number)."""
    lines = (FIXTURES / "attendance" / "kingston_10221_item_by_title.html").read_text(encoding="utf-8").split("\n")
    said = " ".join(re.sub(r"<[^>]+>|&nbsp;", " ", line) for line in lines[1:5])
    declarations = read_declarations(said)
    assert [(d.person.name, d.item_number) for d in declarations] == [("Bass", None)]
    items = [AgendaItem("59", "Petition Regarding the Introduction of Traffic Management Measures On Manorgate Road"),
             AgendaItem("60", "Coombe Lane West Zebra Crossing - Local Consultation Results"),
             AgendaItem("58", "Minutes")]
    assert "60." in lines[5] and items[1].title in lines[11]
    place_by_title(declarations, items)
    assert [d.item_number for d in declarations] == ["60"]
    place_by_title(same_words := read_declarations(said), [AgendaItem("60", items[1].title),
                                                          AgendaItem("61", "Coombe Lane West Zebra Crossing")])
    assert [d.item_number for d in same_words] == [None]  # two titles it holds: no item is placed


def test_a_sentence_introducing_the_apologies_and_one_name_a_line_under_it() -> None:
    """Surrey: "There were 4 apologies for absence:" and the four names under it, one a line."""
    found = who_was_there("surrey_5478_apologies_intro.txt")
    assert kinds(found) == [("Cllr", "Maureen Attewell", "apologies", None, None),
                            ("Cllr", "Alfred Friday", "apologies", None, None),
                            ("Cllr", "Joanne Sexton", "apologies", None, None),
                            ("Miss", "Alison Griffiths", "apologies", None, None)]


def test_a_declarations_table_aligned_with_spaces_on_an_issue_page() -> None:
    """Bolsover's "Issue - meetings" page: "Minute Number / Member / Level of Interest", cells aligned with runs
    of spaces, the declarant in the second column; "0654 & 0655" is a declaration at each minute, kept though
    the page's one item is 643 (the column names them as minutes); "Significant Other Interest" is no kind of
    the scheme."""
    text = (FIXTURES / "attendance" / "bolsover_issue_3117_aligned_table.txt").read_text(encoding="utf-8")
    record = read_issue_page(text.split("\n", 1)[1], "https://committees.bolsover.gov.uk/ieIssueDetails.aspx?"
                             "IId=3117&PlanId=0&Opt=3")
    meeting = record.meetings[0]
    assert [item.number for item in meeting.items] == ["643"]
    assert [(d.person.honorific, d.person.name, d.kind, d.item_number) for d in meeting.declarations] == [
        ("Councillor", "Mary Dooley", "disclosable pecuniary", "0654"),
        ("Councillor", "James Watson", "other", "0654"), ("Councillor", "James Watson", "other", "0655")]
    assert meeting.declarations[0].text == "0654; Councillor Mary Dooley; Disclosable Pecuniary Interest"


def test_an_issue_page_keeps_declarations_at_items_of_its_meeting_it_does_not_list() -> None:
    """Aberdeen's "Issue - meetings" page shows one item (2) of its meeting: the declarations at items 6.5 and
    8.2 are kept with those numbers. "(1) … Councillor Jackie Dunbar declared …; and" / "(2) … the Convener and
    Councillor Flynn declared …" runs on over the "and": each clause is read on its own; the unnamed Convener,
    and the Decision part's "the Convener and Councillor declared", name nobody."""
    text = (FIXTURES / "attendance" / "aberdeen-city_issue_47151_other_items.txt").read_text(encoding="utf-8")
    record = read_issue_page(text.split("\n", 1)[1], "https://committees.aberdeencity.gov.uk/ieIssueDetails.aspx?"
                             "IId=47151&PlanId=0&Opt=3")
    meeting = record.meetings[0]
    assert [item.number for item in meeting.items] == ["2"]
    assert [(d.person.honorific, d.person.name, d.kind, d.item_number) for d in meeting.declarations] == [
        ("Councillor", "Jackie Dunbar", "other", "6.5"), ("Councillor", "Flynn", "other", "8.2")]


def test_a_kind_printed_without_the_word_interest_and_the_item_named_before_the_declarant() -> None:
    """Cheshire East: "Councillor D Brown declared a personal and prejudicial in applications … on the grounds
    that he was …" is a prejudicial interest (the kind follows "declared a"; an item title in the words before
    "that" names none); "Prior to consideration of agenda item 14-Village Design Statements …, Councillor Mrs R
    Bailey declared a personal interest in the item" is at item 14."""
    text = (FIXTURES / "attendance" / "cheshire-east_issue_6795_kind_without_interest.txt").read_text(encoding="utf-8")
    record = read_issue_page(text.split("\n", 1)[1], "https://moderngov.cheshireeast.gov.uk/ieIssueDetails.aspx?"
                             "IId=6795&Opt=3&PlanId=0")
    assert [(d.person.name, d.kind, d.item_number, d.left_room) for d in record.meetings[0].declarations] == [
        ("D Brown", "prejudicial", None, True), ("R Bailey", "personal", "14", False)]
    camden = read_declarations("Councillor Matthew Kirk declared in relation to item 6 (Camden Evening and "
                               "Night-time Economy report) that he was Treasurer of the London Piano Festival "
                               "Association at Kings Place which was just outside the boundary of the borough.")
    assert [d.kind for d in camden] == ["other"]


def test_an_officer_sending_apologies_with_a_post_after_a_dash_and_a_substitute_in_attendance() -> None:
    """Leicester: "Apologies for absence were received from Councillor Morgan and, Ruth Lake - Director of Adult
    Social Care." ("and," between the names) and "It was noted that Councillor Poland was in attendance as a
    substitute for Councillor Morgan."."""
    assert kinds(who_was_there("leicester_11048_apologies_dashed_post.txt")) == [
        ("Councillor", "Morgan", "apologies", None, None),
        (None, "Ruth Lake", "apologies", "Director of Adult Social Care", None),
        ("Councillor", "Poland", "substitute", None, "Morgan")]


def test_substitutes_in_their_items_row_and_people_in_attendance_each_with_a_post_after_a_dash() -> None:
    """Worcester: the item "Appointment of Substitutes … Minutes: Councillor Lewing for Councillor Piotrowski." on
    one row; "In attendance were Lisa Fairlie – Director of Housing Operations, Marc Mayall – Director of
    Operations - Platform Property Care, Steve Eaves - Regeneration Director and Linda Colburn – Director of
    Asset Management and Sustainability." (a post's own "and" does not end it; after a second dash, the body
    the post is in)."""
    found = who_was_there("worcester_5352_substitutes_and_dashed_posts.md")
    assert kinds(found) == [
        ("Councillor", "Lewing", "substitute", None, "Piotrowski"),
        (None, "Lisa Fairlie", "in attendance", "Director of Housing Operations", None),
        (None, "Marc Mayall", "in attendance", "Director of Operations", None),
        (None, "Steve Eaves", "in attendance", "Regeneration Director", None),
        (None, "Linda Colburn", "in attendance", "Director of Asset Management and Sustainability", None)]
    assert [a.person.organisation.name if a.person.organisation else None for a in found.attendances] == [
        None, None, "Platform Property Care", None, None]


def test_an_attendance_block_with_group_headings_and_people_with_the_body_they_come_from() -> None:
    """An Edinburgh neighbourhood partnership's note: "Board Members Present:", then "Councillors: A, …, and
    Alison Johnstone (joined at 8pm)" (a time, not a role), a group heading "Community Council Representatives:
    (nominated and / or substitutes)" that is the role of the names under it, each line "A and B, Merchiston CC"
    (the body both come from). A line that names nobody ("Alastair Philp and Anne Laird Marchmont & Sciennes
    CC", no comma) ends the block; "Non–Board Members Present:" starts another, "Name, Post" a line."""
    found = who_was_there("edinburgh_partnership_groups.txt")
    rows = [(a.person.honorific, a.person.name, a.kind, a.role, a.person.organisation and a.person.organisation.name)
            for a in found.attendances]
    assert rows[:6] == [("Councillor", name, "present", None, None) for name in (
        "Steve Burgess", "Ian Perry", "Mark McInnes", "Gordon MacKenzie", "Cameron Rose", "Alison Johnstone")]
    assert rows[6:12] == [(None, name, "present", "Community Council Representative", body) for name, body in (
        ("Bridget Stevens", "Merchiston CC"), ("Rebecca Brooks", "Merchiston CC"), ("Colin Christison", "Southside CC"),
        ("Robert Beaten", "Southside CC"), ("Ann Wigglesworth", "Tollcross CC"), ("Andy Devenport", "Tollcross CC"))]
    assert rows[12:] == [
        (None, "Susan Bruce", "present", "SfC Neighbourhood Manager (NM)", None),
        (None, "David Wright", "present", "Children & Families Neighbourhood Manager", None),
        (None, "Mary Dunbar", "present", "SfC Performance & Information Manager (PIM) (interim)", None),
        (None, "Alan Stewart", "present", "SfC Customer Relations Team Leader", None),
        (None, "Ian Brooke", "present", None, "Edinburgh Voluntary Organisations Council")]


def test_apologies_from_a_plural_title_with_a_colon_each_name_with_initials() -> None:
    """Herefordshire: "Apologies for absence were received from Councillors: DJ Benjamin, SPA Daniels, BA Durkin,
    DW Greenow and NL Vaughan." (each takes the singular title)."""
    found = read_who_was_there(page_lines("Apologies for absence were received from Councillors: DJ Benjamin, SPA "
                                          "Daniels, BA Durkin, DW Greenow and NL Vaughan.\n"))
    assert kinds(found) == [("Councillor", name, "apologies", None, None)
                            for name in ("DJ Benjamin", "SPA Daniels", "BA Durkin", "DW Greenow", "NL Vaughan")]


def test_a_label_without_its_colon_and_one_person_a_line_each_ending_with_a_comma() -> None:
    """Salford's Seedley and Langworthy Community Forum (2007): "Present" alone, then "Cllr. Gina Loveday",
    "Chris Wells (Chair, Seedley and Langworthy Partnership Board),", "Miss D Smid, Resident," …; the block ends at
    "Gerry Stone (Chair SALT and local resident) 2" (a page number run into the line)."""
    found = who_was_there("salford_forum_present_block.txt")
    rows = [(a.person.honorific, a.person.name, a.kind, a.role, a.person.organisation and a.person.organisation.name)
            for a in found.attendances]
    assert rows[:3] == [("Cllr", "Gina Loveday", "present", None, None),
                        (None, "Chris Wells", "present", "Chair", "Seedley and Langworthy Partnership Board"),
                        (None, "Ross Spanner", "present", "Neighbourhood Management Team", None)]
    assert ("Miss", "D Smid", "present", "Resident", None) in rows
    assert rows[-1] == (None, "Liz Dance", "present", "Salford Foyer representative", None)
    assert len(rows) == 14


def test_a_member_welcomed_to_her_first_meeting_and_apologies_from_a_cleric_printed_after_the() -> None:
    """City of London: "The Chairman welcomed Ann Holmes to her first meeting of the Committee." (she attended);
    "Apologies were received from The Revd Dr Martin Dudley, Tom Sleigh, Deputy Alex Deane, …" ("The" before a
    cleric's titles is no part of them; he was dropped as "The …", an office)."""
    found = who_was_there("city-of-london_agendaitem_11970_welcome_and_revd.txt")
    assert kinds(found) == [
        (None, "Ann Holmes", "in attendance", None, None),
        ("Revd Dr", "Martin Dudley", "apologies", None, None),
        (None, "Tom Sleigh", "apologies", None, None),
        ("Deputy", "Alex Deane", "apologies", None, None),
        ("Councillor", "Melvin Cohen", "apologies", None, None),
        ("Councillor", "Sally Gimson", "apologies", None, None),
        (None, "Charlotte Kemp", "apologies", None, None)]


def test_present_under_a_sentence_with_headings_without_colons_and_a_post_or_ward_after_a_dash() -> None:
    """North Norfolk's Development Committee (20 February 2014): "… at 9.30 am when there were present:" (the
    sentence begun on the line before), "Councillors" alone (each name under it takes the singular title unless
    it prints its own), "Mrs A Claussen-Reynolds – Lancaster North Ward" (a ward, not a role), "Officers" alone,
    then "Mrs N Baker – Head of Planning" … (in attendance, each with the post after the dash)."""
    found = who_was_there("north-norfolk_development_committee_present.txt")
    rows = [(a.person.honorific, a.person.name, a.kind, a.role) for a in found.attendances]
    assert rows[:3] == [("Mrs", "S A Arnold", "present", "Chairman"),
                        ("Councillor", "R Reynolds", "present", "Vice-Chairman"),
                        ("Councillor", "M J M Baker", "present", None)]
    assert ("Mrs", "A Claussen-Reynolds", "present", None) in rows
    assert ("Councillor", "T Ivory", "present", None) in rows
    assert sum(kind == "present" for _, _, kind, _ in rows) == 19
    assert rows[19:21] == [("Mrs", "N Baker", "in attendance", "Head of Planning"),
                           ("Mr", "A Mitchell", "in attendance", "Development Manager")]
    assert rows[-1] == ("Mr", "D Johnson", "in attendance", "Monitoring Officer")


def test_a_substitute_appointed_for_a_member_said_after_a_clause() -> None:
    """Dover: "It was noted that apologies had been received from Councillors D G Cronk and S Hill." and "It was
    noted that, in accordance with Council Procedure Rule 4, Councillor S B Blair had been appointed as a substitute
    member for Councillor S Hill."."""
    assert kinds(who_was_there("dover_4947_appointed_substitute.md")) == [
        ("Councillor", "D G Cronk", "apologies", None, None),
        ("Councillor", "S Hill", "apologies", None, None),
        ("Councillor", "S B Blair", "substitute", None, "S Hill")]


def test_apologies_from_members_each_with_a_post_after_a_comma() -> None:
    # Hampshire MId=11426; the posts are the prose pass's (each a person's post, tests/sources/test_prose_people.py).
    text = ("Apologies were noted from Councillor Lulu Bowerman, Executive Member for Highways and Waste. Apologies "
            "were also received from standing observers Councillor Jonathan Glen, Chairman of Hampshire 2050 "
            "Corporate Services and Resources Select Committee, and Councillor Rob Mocatta, Chairman of Universal "
            "Services Select Committee.")
    assert [(a.person.honorific, a.person.name, a.kind) for a in read_attendance(text)] == [
        ("Councillor", "Lulu Bowerman", "apologies"), ("Councillor", "Jonathan Glen", "apologies"),
        ("Councillor", "Rob Mocatta", "apologies")]
    # A list under a plural title keeps a surname that is a role word.
    assert [a.person.name for a in read_attendance("Apologies were received from Councillors Smith, Head and "
                                                   "Long.")] == ["Smith", "Head", "Long"]


def test_apologies_with_a_reason_after_the_name_and_apologies_also_received() -> None:
    """Witney Town Council (mgAi.aspx?ID=3579): "An apology for absence was received from Councillor J Aitman
    who was representing the Council at an event in her role as Mayor. Apologies were also received from
    Councillors O Collins, L Duncan and A McMahon.": the reason after "who" is no name, and "also" does not
    hide the apologies that follow."""
    found = read_attendance("An apology for absence was received from Councillor J Aitman who was representing the "
                            "Council at an event in her role as Mayor. Apologies were also received from Councillors "
                            "O Collins, L Duncan and A McMahon.")
    assert [(a.person.honorific, a.person.name, a.kind) for a in found] == [
        ("Councillor", "J Aitman", "apologies"), ("Councillor", "O Collins", "apologies"),
        ("Councillor", "L Duncan", "apologies"), ("Councillor", "A McMahon", "apologies")]


def test_a_member_who_confirmed_attending_as_a_substitute_is_a_substitute() -> None:
    """Bromsgrove, Overview and Scrutiny Board (IId=17794): "Councillor C. Scurrell confirmed he was attending as a
    substitute for Councillor H. Jones."."""
    found = read_attendance("Councillor C. Scurrell confirmed he was attending as a substitute for Councillor H. "
                            "Jones.")
    assert [(a.person.name, a.kind, a.substitute_for.name if a.substitute_for else None) for a in found] == [
        ("C. Scurrell", "substitute", "H. Jones")]


def test_someone_the_minutes_report_as_in_attendance() -> None:
    """West Lancashire, Council (IId=19526): "The Mayor advised that Amy Nelson, who had received the Rotary Junior
    Award, was in attendance at the meeting." — in attendance; the Mayor (unnamed) is no one."""
    found = read_attendance("The Mayor advised that Amy Nelson, who had received the Rotary Junior Award, was in "
                            "attendance at the meeting.")
    assert [(a.person.name, a.person.honorific, a.kind) for a in found] == [("Amy Nelson", None, "in attendance")]


def test_a_titled_name_after_a_post_in_a_list_of_apologies() -> None:
    """Leeds (records/leeds_meeting_3614.txt): "Apologies for absence were received on behalf of Councillor Denise
    Atkinson, Steve McBarron, Co-opteeBramley & Stanningley Forum and Inspector Mark Bownass, West Inner
    Neighbourhood Policing Team Inspector (NPT).": past the post and body that are no names, Inspector Mark
    Bownass is one; the post after him is not."""
    found = read_attendance("Apologies for absence were received on behalf of Councillor Denise Atkinson, Steve "
                            "McBarron, Co-opteeBramley & Stanningley Forum and Inspector Mark Bownass, West Inner "
                            "Neighbourhood Policing Team Inspector (NPT).")
    assert [(a.person.honorific, a.person.name, a.kind) for a in found] == [
        ("Councillor", "Denise Atkinson", "apologies"), (None, "Steve McBarron", "apologies"),
        ("Inspector", "Mark Bownass", "apologies")]


def test_declared_that_she_was_substituting_is_a_substitute_not_an_interest() -> None:
    """Brighton & Hove, Procedural Business (mgAi.aspx?ID=39510): "1.1 Councillor Deane declared that she was
    substituting for Councillor Jones. Councillor Jarrett declared that he was substituting for Councillor
    Kennedy.": two substitutes (the paragraph's number apart), and no declaration of interest."""
    text = ("1.1 Councillor Deane declared that she was substituting for Councillor Jones. Councillor Jarrett "
            "declared that he was substituting for Councillor Kennedy.")
    assert [(a.person.name, a.kind, a.substitute_for.name if a.substitute_for else None)
            for a in read_attendance(text)] == [("Deane", "substitute", "Jones"), ("Jarrett", "substitute", "Kennedy")]
    assert read_declarations(text, declarations_item=True) == []


HILLINGDON_DECLARATIONS = (  # Hillingdon, Cabinet (tests/corpus/records/hillingdon_meeting_791.txt), three lines
    "Councillor Douglas Mills declared a personal interest in Item 19 (minute 294) as Chairman of the School "
    "Governing Body and remained in the room during the discussion and vote on the item.\n"
    "Councillors George and Judith Cooper both declared a personal interest in Item 9 (minute 284) as their "
    "property backed onto the school concerned and remained in the room during the discussion and vote on the "
    "item.\n"
    "Councillor George Cooper declared a personal interest in Items 15 and 17 (minutes 290 and 292) as a trustee "
    "of the Groundwork Trust and remained in the room during the discussion and vote on both items.\n")


def test_an_items_minute_in_brackets_is_that_item_and_a_shared_surname_is_each_persons() -> None:
    """ "Item 9 (minute 284)" declares at item 9 only; "Councillors George and Judith Cooper" are two Coopers,
    since the page prints "Councillor George Cooper" in full."""
    found = read_who_was_there(page_lines(HILLINGDON_DECLARATIONS))
    people = found.everyone()
    assert [(d.person.name, d.item_number, d.kind) for d in found.declarations] == [
        ("Douglas Mills", "19", "personal"), ("George Cooper", "9", "personal"), ("Judith Cooper", "9", "personal"),
        ("George Cooper", "15", "personal"), ("George Cooper", "17", "personal")]
    assert sorted(person.name for person in people) == ["Douglas Mills", "George Cooper", "Judith Cooper"]


def test_a_given_name_alone_stays_as_printed_without_the_full_name_on_the_page() -> None:
    """Without "George Cooper" printed in full, "George" may be a surname: nothing is assumed."""
    found = read_who_was_there(page_lines(HILLINGDON_DECLARATIONS.splitlines()[1]))
    assert [d.person.name for d in found.declarations] == ["George", "Judith Cooper"]


def test_apologies_each_name_with_its_own_from_and_lateness_on_behalf_of() -> None:
    """Portsmouth 2413 (ieListDocuments.aspx?CId=146&MId=2413): "Apologies for absence were received from Councillor
    Margaret Foster and from Councillor Eleanor Scott, both of whom were unwell.  Apologies for lateness were received
    on behalf of Councillor Alicia Denny." Two apologies; the third is late, not absent."""
    text = ("Apologies for absence were received from Councillor Margaret Foster and from Councillor Eleanor Scott, "
            "both of whom were unwell.  Apologies for lateness were received on behalf of Councillor Alicia Denny.")
    assert [(a.kind, a.person.name) for a in read_attendance(text)] == [
        ("apologies", "Margaret Foster"), ("apologies", "Eleanor Scott")]
    assert [(a.person.name, a.text) for a in page_arrivals(text)] == [("Alicia Denny", "Apologies for lateness")]


def test_a_member_by_surname_is_not_filled_in_from_a_namesake_titled_mrs() -> None:
    """Teignbridge 3172: "Cllr Clarance and Cllr Radford left the room for the vote." and, later, "Mrs Sally
    Clarance" (the Chair's consort): the departure is the member's, named as printed."""
    lines = page_lines("Cllr Clarance and Cllr Radford left the room for the vote.\n"
                       "The Chair announced that his consort would be his wife Mrs Sally Clarance.")
    who = read_who_was_there(lines)
    assert [a.person.name for a in who.arrivals] == ["Clarance", "Radford"]
    assert "Sally Clarance" not in who.full_names.get("clarance", set())


def test_members_who_attended_remotely_attended() -> None:
    """Merton 3629 (ieagenda.aspx?M=3629): "Councillors Attawar, Chung, Christie, Kirby, Skeete and Stanford attended
    remotely." — present, as the apology before it is an apology."""
    text = ("Apologies for absence were received from Councillor Bokhari.\n"
            "Councillors Attawar, Chung, Christie, Kirby, Skeete and Stanford attended remotely.")
    found = [(a.kind, a.person.name) for line in text.split("\n") for a in read_attendance(line)]
    assert found == [("apologies", "Bokhari"), ("present", "Attawar"), ("present", "Chung"), ("present", "Christie"),
                     ("present", "Kirby"), ("present", "Skeete"), ("present", "Stanford")]
    assert read_attendance("The public attended remotely.") == []


def test_apologies_from_an_officer_by_post_and_members_who_also_sent_theirs() -> None:
    """Watford 2982 (ieListDocuments.aspx?CId=127&MeetingId=2982): "Apologies had been received from Councillors Crout
    and Parker, and from the Managing Director Donna Nolan." and "Councillors Pattinson and Kloss also sent their
    apologies which were due to a requirement to self-isolate." — five apologies, the officer's with her post."""
    first = read_attendance("Apologies had been received from Councillors Crout and Parker, and from the Managing "
                            "Director Donna Nolan.")
    assert [(a.person.name, a.role) for a in first] == [
        ("Crout", None), ("Parker", None), ("Donna Nolan", "Managing Director")]
    second = read_attendance("Councillors Pattinson and Kloss also sent their apologies which were due to a "
                             "requirement to self-isolate.")
    assert [(a.kind, a.person.name) for a in second] == [("apologies", "Pattinson"), ("apologies", "Kloss")]
    assert read_attendance("Councillor Diamond gave his apologies for having to leave the meeting early.") == []


def test_apologies_in_a_reason_clause() -> None:
    """Torbay 7424 (ieListDocuments.aspx?CId=657&MeetingId=7424): "It was reported that, as apologies for absence had
    been received from the Mayor and Councillors Amil, King, Mills and Parrott, the meeting was inquorate." — the
    four named councillors sent apologies (the Mayor is not named)."""
    found = read_attendance("It was reported that, as apologies for absence had been received from the Mayor and "
                            "Councillors Amil, King, Mills and Parrott, the meeting was inquorate.")
    assert [(a.kind, a.person.name) for a in found] == [
        ("apologies", "Amil"), ("apologies", "King"), ("apologies", "Mills"), ("apologies", "Parrott")]


def test_apologies_each_with_its_reason_after_a_dash() -> None:
    """Nottingham 9572 (ieListDocuments.aspx?CId=155&MId=9572): the row "Apologies for absence Minutes: Councillor
    Hassan Ahmed – on leave Councillor Leslie Ayoola – unwell … Councillor Mohammed Saghir - unwell |" names each
    member who sent apologies, the reason after a dash."""
    row = ("Apologies for absence Minutes: Councillor Hassan Ahmed – on leave Councillor Leslie Ayoola – unwell "
           "Councillor Phil Jackson – unwell Councillor Sue Johnson – personal Councillor Mohammed Saghir - unwell |")
    who = read_who_was_there(page_lines(row))
    assert [(a.kind, a.person.name) for a in who.attendances] == [
        ("apologies", "Hassan Ahmed"), ("apologies", "Leslie Ayoola"), ("apologies", "Phil Jackson"),
        ("apologies", "Sue Johnson"), ("apologies", "Mohammed Saghir")]
    # Under another heading the same shape is no apology.
    assert read_who_was_there(page_lines("Petitions Minutes: Councillor Audrey Dinnall – petition |")).attendances \
        == []


# Our own lines in the layout of an older ModernGov minutes page (CeListDocuments.aspx) that groups who was present
# under headings printed without a colon: no non-holdout page with the layout was found, so the names, posts and
# bodies below are made up, in the same pattern.
GROUPED_PRESENT = """Present

Chair

Cllr Ann Baxter

Ward Councillors

Tom Reid, Sue Patel, Ray Owen

Community Representatives

Pat Lowe (Northfield Community Representative), Ken Hale , Ruth Dale (Northfield YMCA), Fr. Paul Kerr

Area Co-ordinator

Lynn Marsh

Northshire Police

Inspector Gail Webb, Sergeant Alan Cross

Council Officers

Jan Lord (Housing Officer), Dev Rao (Leisure Services), Meg Tate (Parks Team)

Sign Language Interpreters

Rob Hart, Eve Stone

Apologies

Ian Pike (Northfield LCP), Cllr Joan Ford, Sam Cole (Northshire Hospital NHS Trust)

Index to Minutes
"""


def test_present_grouped_under_headings_without_colons() -> None:
    """Each heading alone on its line (no colon) gives the names on the line under it their role (singular:
    "Ward Councillors" → "Ward Councillor") or their body ("Northshire Police"); a bracket with a role word or
    a team is the person's own role, any other bracket their body (the heading's role kept); under "Council
    Officers" every bracket is the officer's post or team. "Apologies" starts the apologies; "Index to Minutes"
    names nobody and ends the block."""
    rows = [(a.person.honorific, a.person.name, a.kind, a.role, a.person.organisation and a.person.organisation.name)
            for a in read_who_was_there(page_lines(GROUPED_PRESENT)).attendances]
    assert rows == [
        ("Cllr", "Ann Baxter", "present", "Chair", None),
        (None, "Tom Reid", "present", "Ward Councillor", None),
        (None, "Sue Patel", "present", "Ward Councillor", None),
        (None, "Ray Owen", "present", "Ward Councillor", None),
        (None, "Pat Lowe", "present", "Northfield Community Representative", None),
        (None, "Ken Hale", "present", "Community Representative", None),
        (None, "Ruth Dale", "present", "Community Representative", "Northfield YMCA"),
        ("Fr", "Paul Kerr", "present", "Community Representative", None),
        (None, "Lynn Marsh", "present", "Area Co-ordinator", None),
        ("Inspector", "Gail Webb", "present", None, "Northshire Police"),
        ("Sergeant", "Alan Cross", "present", None, "Northshire Police"),
        (None, "Jan Lord", "present", "Housing Officer", None),
        (None, "Dev Rao", "present", "Leisure Services", None),
        (None, "Meg Tate", "present", "Parks Team", None),
        (None, "Rob Hart", "present", "Sign Language Interpreter", None),
        (None, "Eve Stone", "present", "Sign Language Interpreter", None),
        (None, "Ian Pike", "apologies", None, "Northfield LCP"),
        ("Cllr", "Joan Ford", "apologies", None, None),
        (None, "Sam Cole", "apologies", None, "Northshire Hospital NHS Trust")]


def test_a_name_and_post_line_is_no_heading_and_a_post_is_no_name() -> None:
    """"Mr A Mitchell – Development Manager" (North Norfolk's officers, one a line) is a person with a post, never
    a heading for the line under it; "Alan Stewart, SfC Customer Relations Team Leader" (Edinburgh) is one person
    and a post, not two names."""
    from publisher.sources.attendance import _bare_group_heading, _bracketed_entries
    assert _bare_group_heading("Mr A Mitchell – Development Manager") is None
    assert _bare_group_heading("Lynn Marsh") is None
    assert _bracketed_entries("Alan Stewart, SfC Customer Relations Team Leader", "present", None, None) is None


def test_a_member_the_list_marks_for_its_footnote_on_part_of_the_meeting() -> None:
    # Reigate and Banstead, reigate-and-banstead_meeting_337 ("Attendance Details").
    lines = page_lines("Present:\nCouncillor Councillor B.A. Stead (Mayor); Councillors R. Amiah, A.J. De Save*, "
                       "J.M. Ellacott and C.T.H. Whinney.\n\n* Part meeting.\n")
    assert [(arrival.person.name, arrival.text) for arrival in footnoted_attendance(lines)] == [
        ("A.J. De Save", "Part meeting")]


def test_a_declaration_made_with_its_kind_before_the_word_declaration() -> None:
    # Swindon, swindon_meeting_5094.md: "made a personal declaration of interest in respect of Agenda Item 8d".
    text = ("(Councillor Fionuala Foley made a personal declaration of interest in respect of Agenda Item 8d (Motion – "
            "No. 23 Bus Service) as she was a Council appointed Director of Thamesdown Transport Ltd.)")
    assert [(d.person.name, d.kind, d.item_number) for d in read_declarations(text)] == [
        ("Fionuala Foley", "personal", "8d")]


def test_officers_and_others_listed_under_their_own_labels() -> None:
    # Torfaen, torfaen_meeting_5768.txt: "Officers on the dias", "Other Officers", "Other people in attendance";
    # a name alone ("Nansi Salkeld,", "Neil Jones -") is a person there, and why someone came is no post.
    lines = page_lines("Officers on the dias\n\nNigel Aurelius, Assistant Chief Executive (Resources)\n\n"
                       "Other Officers\n\nNansi Salkeld,\n\nOther people in attendance\n\nNeil Jones -\n\n"
                       "Reverend Harald Thomas - Prayers\n\nCaitlin Takel & Callum Jones  Youth Council /TVA\n\n"
                       "Ruth Tucker – Pontypool Community Council\n")
    found = listed_under_label(lines, 0)
    assert found is not None
    assert [(a.person.name, a.kind, a.role) for a in found[0]] == [
        ("Nigel Aurelius", "in attendance", "Assistant Chief Executive (Resources)"),
        ("Nansi Salkeld", "in attendance", None), ("Neil Jones", "in attendance", None),
        ("Harald Thomas", "in attendance", None), ("Caitlin Takel", "in attendance", None),
        ("Callum Jones", "in attendance", None), ("Ruth Tucker", "in attendance", None)]
    assert found[0][-1].person.organisation is not None
    assert found[0][-1].person.organisation.name == "Pontypool Community Council"
    # "A & B  Youth Council /TVA": the bodies a slash parts, the first a body by its name, are both people's.
    assert [a.person.organisation for a in found[0][4:6]] == [Organisation("Youth Council /TVA")] * 2


def test_a_label_with_its_own_list_ends_the_block_of_the_item_titled_like_a_label() -> None:
    """The bench's meeting pages (bench/generate.py), as ModernGov prints them: the item "Apologies for absence",
    its "Minutes:", then "Present: Councillors …" and the apologies in a sentence. The item's title is no label
    over the lines under it: "Present: Councillors Helen Walker" was read as a person sending apologies, and
    (with the bracketed-list reading) everyone present as sending apologies too."""
    lines = page_lines("Apologies for absence\n\nMinutes:\n\nPresent: Councillors Helen Walker, Eve Khan and Umar "
                       "Ahmed.\n\nApologies for absence were received from Councillors Yusuf Adams and Hugh Hall.\n")
    assert listed_under_label(lines, 0) is None
    found = read_who_was_there(lines).attendances
    assert [(a.kind, a.person.name) for a in found] == [
        ("present", "Helen Walker"), ("present", "Eve Khan"), ("present", "Umar Ahmed"),
        ("apologies", "Yusuf Adams"), ("apologies", "Hugh Hall")]


def test_an_apology_of_absence_misprinted() -> None:
    """Fareham, fareham_meeting_4441: "An apology of absence was received from Councillor F L Burgess." (for "for
    absence")."""
    found = read_attendance("An apology of absence was received from Councillor F L Burgess.")
    assert [(a.person.name, a.person.honorific, a.kind) for a in found] == [("F L Burgess", "Councillor", "apologies")]


def test_apologies_received_from_a_colon_and_dash_with_the_names_below() -> None:
    """records/blaenau-gwent_meeting_1167.txt: "Apologies for absence were received from: -" over "Councillors M.
    Moore, L. Parsons, T. Smith, D. Wilkshire, B. Willis and Corporate Director of Education.": one sentence; the
    members send apologies, the post at the end names nobody."""
    lines = page_lines("5. APOLOGIES\n\nApologies for absence were received from: -\n\nCouncillors M. Moore, L. "
                       "Parsons, T. Smith, D. Wilkshire, B. Willis and Corporate Director of Education.\n")
    assert [(a.person.name, a.kind) for a in read_who_was_there(lines).attendances] == [
        ("M. Moore", "apologies"), ("L. Parsons", "apologies"), ("T. Smith", "apologies"),
        ("D. Wilkshire", "apologies"), ("B. Willis", "apologies")]


def test_apologies_heard_from() -> None:
    # records/bristol_meeting_8800.txt: "Apologies for absence were heard from Councillor O’Rourke."
    assert [(a.person.name, a.kind) for a in read_attendance(
        "Apologies for absence were heard from Councillor O’Rourke.")] == [("O’Rourke", "apologies")]


def test_apologies_after_the_minutes_number_and_heading_run_into_them() -> None:
    """records/harrogate_meeting_3730.txt: "25/22 - APOLOGIES FOR ABSENCE:  Apologies for absence had been received
    from Councillors …": the minute's number and heading are no part of the sentence."""
    found = read_attendance("25/22 - APOLOGIES FOR ABSENCE:  Apologies for absence had been received from Councillors "
                            "Mike Chambers, Jim Clark, and Alex Raubitschek.")
    assert [(a.person.honorific, a.person.name, a.kind) for a in found] == [
        ("Councillor", "Mike Chambers", "apologies"), ("Councillor", "Jim Clark", "apologies"),
        ("Councillor", "Alex Raubitschek", "apologies")]


def test_councillors_present_under_standing_order_are_in_attendance() -> None:
    """records/kings-lynn-west-norfolk_meeting_6620.txt: "Councillors J Fry, A Kemp and A Moore were present under
    Standin" (the copy cut short in "Standing Order 34"): members there to speak, each in attendance."""
    found = read_attendance("Councillors J Fry, A Kemp and A Moore were present under Standin")
    assert [(a.person.honorific, a.person.name, a.kind) for a in found] == [
        ("Councillor", "J Fry", "in attendance"), ("Councillor", "A Kemp", "in attendance"),
        ("Councillor", "A Moore", "in attendance")]


def test_apologies_for_absence_for_the_meeting_after_the_items_label() -> None:
    """records/ribble-valley_meeting_289.md: "Apologies for absence Minutes: Apologies for absence for the meeting
    were received from Councillors A Humphries and S O’Rourke." (a Markdown row: title, label and minutes run on)."""
    found = read_attendance("Apologies for absence Minutes: Apologies for absence for the meeting were received from "
                            "Councillors A Humphries and S O’Rourke.")
    assert [(a.person.name, a.kind) for a in found] == [("A Humphries", "apologies"), ("S O’Rourke", "apologies")]


def test_a_member_and_their_portfolio_on_an_apologies_line() -> None:
    """Liverpool City Region's apologies list each Deputy Portfolio Holder with what the portfolio is for:
    "Councillor Kate Groucutt, Inclusive Economy and Third Sector" is one member who sent apologies, not three
    people ("Inclusive Economy" and "Third Sector" were published as apologies before)."""
    found = apologies_listed("Councillor Kate Groucutt, Inclusive Economy and Third Sector", "Apologies for Absence")
    assert [(a.person.name, a.person.honorific, a.kind, a.role) for a in found] == [
        ("Kate Groucutt", "Councillor", "apologies", None)]
    found = apologies_listed("Councillor Shelley Powell, Culture, Tourism and the Visitor Economy", "Apologies")
    assert [a.person.name for a in found] == ["Shelley Powell"]
    assert [a.person.name for a in apologies_listed("Councillors A Smith, B Jones and C Brown", "Apologies")] == [
        "A Smith", "B Jones", "C Brown"]


def test_with_a_name_substituting_in_an_apology_s_bracket() -> None:
    """Cambridgeshire and Peterborough CA: "Apologies were received from Al Kingsley (with Nitin Patel substituting)
    and from Councillor Edna Murphy.": Nitin Patel stood in (before: Al Kingsley's role "with Nitin Patel
    substituting")."""
    found = read_attendance("Apologies were received from Al Kingsley (with Nitin Patel substituting) and from "
                            "Councillor Edna Murphy.")
    assert [(a.person.name, a.kind, a.role, a.substitute_for and a.substitute_for.name) for a in found] == [
        ("Al Kingsley", "apologies", None, None), ("Nitin Patel", "substitute", None, "Al Kingsley"),
        ("Edna Murphy", "apologies", None, None)]


def test_apologies_received_on_behalf_of_the_names_under_it_in_groups() -> None:
    # Liverpool City Region, liverpool-city-region_meeting_7018: "… received on behalf of:" introduces the
    # apologies, a line each under group headings; a member's post that names its council gives their body over
    # the heading's ("LCR Combined Authority").
    lines = page_lines("Apologies for absence were received on behalf of:\n\nLCR Combined Authority\n\n"
                       "Mayor Joanne Anderson, Mayor of Liverpool City Council and Portfolio Holder for Education, "
                       "Skills, Equality and Diversity\n\nAssociate Member\n\nCouncillor Ian Moran, Warrington Borough "
                       "Council\n\nCo-opted Members\n\nEmily Spurrell (Merseyside Police and Crime Commissioner).\n")
    found = read_who_was_there(lines).attendances
    assert [(a.person.honorific, a.person.name, a.kind, a.role, a.person.organisation and a.person.organisation.name)
            for a in found] == [
        ("Mayor", "Joanne Anderson", "apologies", "Mayor of Liverpool City Council and Portfolio Holder for "
         "Education, Skills, Equality and Diversity", "Liverpool City Council"),
        ("Councillor", "Ian Moran", "apologies", "Associate Member", "Warrington Borough Council"),
        (None, "Emily Spurrell", "apologies", "Merseyside Police and Crime Commissioner", None)]


def test_apologies_each_name_with_a_bracket_after_its_comma_or_a_post_after_it() -> None:
    # Liverpool City Region, liverpool-city-region_meeting_1876: "Councillor I Moran, (Associate Member)" is one
    # entry; the untitled names after it, each with a bracket, are apologies too; "Rt Hon" is a title.
    found = read_attendance("Apologies for absence were received on behalf of Rt Hon Jane Kennedy, Councillor I "
                            "Moran, (Associate Member), Kate Farrell (Mayoral Advisor – Homelessness) and Lynn "
                            "Collins (Chairperson of the Fairness and Social Justice Advisory Board).")
    assert [(a.person.honorific, a.person.name, a.kind, a.role) for a in found] == [
        ("Rt Hon", "Jane Kennedy", "apologies", None), ("Councillor", "I Moran", "apologies", "Associate Member"),
        (None, "Kate Farrell", "apologies", "Mayoral Advisor – Homelessness"),
        (None, "Lynn Collins", "apologies", "Chairperson of the Fairness and Social Justice Advisory Board")]
    # South Somerset, south-somerset_meeting_1111: officers each with their post after a comma.
    found = read_attendance("Apologies were also received from Mark Williams, Chief Executive, Vega Sturgess, "
                            "Strategic Director and Donna Parham, Assistant Director.")
    assert [(a.person.name, a.kind, a.role) for a in found] == [
        ("Mark Williams", "apologies", "Chief Executive"), ("Vega Sturgess", "apologies", "Strategic Director"),
        ("Donna Parham", "apologies", "Assistant Director")]


def test_titled_members_unable_to_attend_are_absent() -> None:
    """Forest Heath 3648, after its apologies: "Councillors … were also unable to attend the meeting." names the
    absent; a clause about someone who "was unable to attend" (Epsom and Ewell) names no subject."""
    text = ("Councillors Andrew Appleby, Christine Mason, Colin Noble, David Palmer and Peter Ridgwell were also "
            "unable to attend the meeting.")
    assert [(a.person.honorific, a.person.name, a.kind) for a in read_attendance(text)] == [
        ("Councillor", name, "absent") for name in
        ("Andrew Appleby", "Christine Mason", "Colin Noble", "David Palmer", "Peter Ridgwell")]
    assert read_attendance("The Mayor invited Councillor Alex Coley to provide a statement on behalf of the former "
                           "Mayor, Councillor Steve Bridger who was unable to attend the meeting.") == []


def test_apologies_name_the_body_each_member_represents() -> None:
    """A combined authority prints each member with the body they represent in a bracket (West Midlands CA, records
    west-midlands-ca_meeting_366): a council, a partner body by its letters or a committee is their organisation,
    never their role; a party or a word alone names no body."""
    found = read_attendance("Apologies for absence were received from Nick Abell (Coventry & Warwickshire LEP), Lee "
                            "Barron (Midlands TUC), Councillor Ian Brookfield (Wolverhampton), Councillor Shaun Davies "
                            "(Telford & Wrekin), David Lane (Audit, Risk & Assurance Committee) and Councillor K Lee "
                            "(Conservative Group).")
    assert [(a.kind, a.person.name, a.person.organisation and a.person.organisation.name, a.role) for a in found] == [
        ("apologies", "Nick Abell", "Coventry & Warwickshire LEP", None),
        ("apologies", "Lee Barron", "Midlands TUC", None),
        ("apologies", "Ian Brookfield", "Wolverhampton", None),
        ("apologies", "Shaun Davies", "Telford & Wrekin", None),
        ("apologies", "David Lane", "Audit, Risk & Assurance Committee", None),
        ("apologies", "K Lee", None, None),
    ]


def test_members_present_a_bullet_each_with_whom_they_stand_in_for() -> None:
    """"The following persons were present:" and "The Chair … introduced his colleagues:", each member a bullet under it
    (records west-of-england-ca_meeting_604 and _443): present, or a substitute for the member they stand in for; the
    office someone stands in for ("the Mayor of Bristol") is not theirs."""
    record = read_record(paths.TESTS / "corpus" / "records" / "west-of-england-ca_meeting_604.txt")
    assert [(a.kind, a.person.name, a.role, a.substitute_for and a.substitute_for.name)
            for a in record.meetings[0].attendances if a.kind != "apologies"] == [
        ("present", "Dan Norris", None, None),
        ("present", "Claire Young", "Leader of South Gloucestershire Council", None),
        ("substitute", "Sarah Warren", None, "Kevin Guy"),
        ("present", "Kye Dudd", None, None)]
    record = read_record(paths.TESTS / "corpus" / "records" / "west-of-england-ca_meeting_443.txt")
    assert [(a.kind, a.person.name, a.role, a.person.organisation and a.person.organisation.name,
             a.substitute_for and a.substitute_for.name)
            for a in record.meetings[0].attendances if a.kind != "apologies"] == [
        ("present", "Dine Romero", "Leader", "Bath & North East Somerset Council", None),
        ("present", "Donald Davies", "Leader", "North Somerset Council", None),
        ("substitute", "Helen Godwin", None, "Bristol City Council", "Marvin Rees"),
        ("substitute", "Steve Reade", None, "South Gloucestershire Council", "Toby Savage")]


def test_a_body_named_with_group_is_a_body_and_a_party_group_is_none() -> None:
    """"(Walsall Housing Group)" names the body a member represents; "(Conservative Group)" their party's group."""
    found = read_attendance("Apologies for absence were received from Mr A Bell (Walsall Housing Group) and Councillor "
                            "C Dole (Conservative Group).")
    assert [(a.person.name, a.person.organisation and a.person.organisation.name) for a in found] == [
        ("A Bell", "Walsall Housing Group"), ("C Dole", None)]


def test_a_plural_post_set_off_by_commas_within_apologies_is_the_post_of_the_names_after_it() -> None:
    """holdout/buckinghamshire-county_meeting_6782.txt's pattern: "… and from the Lord Mayor, and Honorary Aldermen,
    Mr A, Mrs B and Mr C": the office named without its holder is passed over, the plural post between commas heads
    the names after it (each an apology holding it, their own titles kept); the list's own plural title
    ("Councillors A and B") is no post, and a title with a colon stays a title."""
    found = read_attendance("Apologies were received from Mrs Lark, Mr T Finch and Rosa Wren and from the Lord Mayor, "
                            "and Honorary Aldermen, Mr Heron, Mrs Plover and Mr Quail.")
    assert [(a.kind, a.person.honorific, a.person.name, a.role) for a in found] == [
        ("apologies", "Mrs", "Lark", None), ("apologies", "Mr", "T Finch", None),
        ("apologies", None, "Rosa Wren", None),
        ("apologies", "Mr", "Heron", "Honorary Alderman"), ("apologies", "Mrs", "Plover", "Honorary Alderman"),
        ("apologies", "Mr", "Quail", "Honorary Alderman")]
    members = read_attendance("Apologies were received from Mr D Crane, and Co-opted Members, Mrs E Swift and Gareth "
                              "Hume.")
    assert [(a.person.name, a.role) for a in members] == [
        ("D Crane", None), ("E Swift", "Co-opted Member"), ("Gareth Hume", "Co-opted Member")]
    listed = read_attendance("Apologies were received from Councillors Bell and Dunn.")
    assert [(a.person.name, a.role) for a in listed] == [("Bell", None), ("Dunn", None)]


def test_a_substitute_for_no_member_named_and_a_misprinted_title() -> None:
    """holdout/canterbury_meeting_12136.txt's pattern: "Councillor A was present as a substitute for Councillor B.
    Councilor C was also present as a substitute.": C is a substitute too, for nobody named, "Councilor" read as
    the title it misprints (not part of the name)."""
    found = read_attendance("Councillor Tom Hay was present as a substitute for Councillor Vale. Councilor Rae Ives "
                            "was also present as a substitute.")
    assert [(a.kind, a.person.honorific, a.person.name, a.substitute_for and a.substitute_for.name) for a in found] \
        == [("substitute", "Councillor", "Tom Hay", "Vale"), ("substitute", "Councilor", "Rae Ives", None)]


def test_officers_grouped_under_an_apologies_introduction_sent_apologies() -> None:
    """"Apologies for absence were received from:" over "Councillors: …" and "Officers: A Name (Post).": the
    officers' group is of the apologies too, each with the post in the bracket; a bare "Officers: …" with no such
    introduction above still lists officers in attendance."""
    lines = page_lines("Apologies\n\nApologies for absence were received from:\n\n\nCouncillors: Rhian Fowler and "
                       "Tom Pike.\n\n\nOfficers: Mina Sato (Head of Housing), Owen Clay (Chief Planner).\n")
    found = read_who_was_there(lines).attendances
    assert [(a.kind, a.person.name, a.role) for a in found] == [
        ("apologies", "Rhian Fowler", None), ("apologies", "Tom Pike", None),
        ("apologies", "Mina Sato", "Head of Housing"), ("apologies", "Owen Clay", "Chief Planner")]
    present = read_who_was_there(page_lines("Present:\n\nCouncillors Rhian Fowler and Tom Pike.\n\n"
                                            "Officers: Mina Sato (Head of Housing).\n")).attendances
    assert [(a.kind, a.person.name) for a in present] == [
        ("present", "Rhian Fowler"), ("present", "Tom Pike"), ("in attendance", "Mina Sato")]


def test_apologies_received_for_the_councillors_named() -> None:
    """"Apologies for absence were received for Councillors A and B.": "for" in place of "from", before the
    members it names; "received for" anything else names nobody."""
    found = read_attendance("Apologies for absence were received for Councillors Ada Lyle and Bryn Coe.")
    assert [(a.kind, a.person.honorific, a.person.name) for a in found] == [
        ("apologies", "Councillor", "Ada Lyle"), ("apologies", "Councillor", "Bryn Coe")]
    assert read_attendance("Apologies were received for the late start of the meeting.") == []


def test_a_plural_post_in_lower_case_that_declarants_hold_alike_is_each_one_s() -> None:
    """"Councillors A, B and C declared an interest as members of Kinton Town Council": a member of it each, the
    post as printed; "as members of the public" names no body."""
    found = declared_capacities(read_declarations(
        "Councillors Ida Penn, Joel Marsh and Kit Amos declared an interest in item 6 as members of Kinton Town "
        "Council."))
    assert [(post.label, post.holder.name, post.organisation.name) for post in found] == [
        ("member", "Ida Penn", "Kinton Town Council"), ("member", "Joel Marsh", "Kinton Town Council"),
        ("member", "Kit Amos", "Kinton Town Council")]
    assert declared_capacities(read_declarations(
        "Councillors Ida Penn and Joel Marsh declared an interest in item 6 as members of the public.")) == []


def test_a_post_in_lower_case_one_declarant_holds_is_theirs_and_of_two_councils_the_first() -> None:
    """"Councillor A declared affects NRI as a member of Kinton Town Council": a member of it, the post in lower
    case as the plural's is; "as a member of Kinton Town Council and Wexley County Council": of the first."""
    found = declared_capacities(read_declarations(
        "Councillor Ida Penn declared affects NRI as a member of Kinton Town Council."))
    assert [(post.label, post.holder.name, post.organisation.name) for post in found] == [
        ("member", "Ida Penn", "Kinton Town Council")]
    both = declared_capacities(read_declarations(
        "Councillor Joel Marsh declared affects NRI as a member of Kinton Town Council and Wexley County Council."))
    assert [(post.label, post.holder.name, post.organisation.name) for post in both] == [
        ("member", "Joel Marsh", "Kinton Town Council")]


def test_a_capacity_printed_tersely_and_a_board_of_directors_are_read_whole() -> None:
    """"Councillor A, Non Pecuniary, As a member of the Kinton Board of Directors." (a terse declaration, "As" in
    capitals): a member of the board, named with its members' plural as printed."""
    terse = Declaration(person=Person("Ida Penn", honorific="Councillor"), kind="non-pecuniary",
                        text="Councillor Ida Penn, Non Pecuniary, As a member of the Kinton Board of Directors.")
    assert [(post.label, post.holder.name, post.organisation.name) for post in declared_capacities([terse])] == [
        ("member", "Ida Penn", "Kinton Board of Directors")]


def test_a_seat_on_a_body_s_board_is_the_declarant_s_organisation() -> None:
    """"Councillors Vole and Lark each declared an interest in item 4 due to them both being on the Board of the
    Kinton Housing Association": each sits for the association, no post named; a board of no organisation's name
    ("on the Board of Kinton") gives none."""
    declarations = read_declarations("Councillors Vole and Lark each declared an interest in item 4 due to them both "
                                     "being on the Board of the Kinton Housing Association.")
    seat_bodies(declarations)
    assert [(d.person.name, d.person.organisation and d.person.organisation.name) for d in declarations] == [
        ("Vole", "Kinton Housing Association"), ("Lark", "Kinton Housing Association")]
    place = read_declarations("Councillor Vole declared an interest in item 4 as she was on the Board of Kinton.")
    seat_bodies(place)
    assert [d.person.organisation for d in place] == [None]


def test_in_attendance_virtually_is_present_by_another_way_in() -> None:
    """"Councillor Ruiz was in attendance virtually.": present, as "attended remotely" is."""
    found = read_attendance("Councillor Ruiz was in attendance virtually.")
    assert [(a.kind, a.person.honorific, a.person.name) for a in found] == [("present", "Councillor", "Ruiz")]
    both = read_attendance("Councillors Ruiz and Tate were in attendance remotely.")
    assert [(a.kind, a.person.name) for a in both] == [("present", "Ruiz"), ("present", "Tate")]
