"""Arrivals and departures during a meeting: the grammar (publisher/sources/arrivals.py, read by the attendance
page pass), the mapping to cl:ArrivalOrDeparture and its shape."""

from __future__ import annotations

from rdflib import Literal
from rdflib.namespace import RDF, RDFS

from publisher import model
from publisher.councils import load_register
from publisher.namespaces import CL, PROV, SCHEMA, SHAPES
from publisher.rdf import Minter, map_record, map_register
from publisher.sources import read_record
from publisher.sources.agenda_item_page import read_agenda_item_page
from publisher.sources.attendance import item_heading, page_arrivals, read_who_was_there
from publisher.sources.text_rules import page_lines
from publisher.validate import Validator, violations, warnings
from tests import paths
from tests.built_records import everything_record

FIXTURES = paths.TESTS / "fixtures" / "attendance"
HERTSMERE = paths.TESTS / "corpus" / "records" / "hertsmere_meeting_10281.txt"
MINTER = Minter("http://127.0.0.1:8000", "hertsmere")


def excerpt(name: str) -> list:
    """A fixture's lines after its first, which names the page it was copied from."""
    return page_lines((FIXTURES / name).read_text(encoding="utf-8").split("\n", 1)[1])


def said(arrivals: list[model.ArrivalOrDeparture]) -> list[tuple[str | None, str, str, str | None]]:
    return [(a.person.honorific, a.person.name, a.text, a.item_number) for a in arrivals]


def test_left_the_meeting_for_an_item_after_declaring_is_a_departure_as_well_as_a_declaration() -> None:
    """Herefordshire: "… declared a pecuniary interest as a candidate for office and left the meeting for the
    duration of this item" — the declaration and the departure are both read."""
    found = read_who_was_there(excerpt("herefordshire_50009178_left_for_item.txt"))
    assert said(found.arrivals) == [
        ("Councillor", "DB Wilcox", "left the meeting for the duration of this item", None),
        ("Councillor", "MD Lloyd-Hayes", "left the meeting for the duration of this item", None),
        ("Councillor", "PJ McCaull", "left the meeting for the duration of this item", None)]
    assert [(d.person.name, d.kind) for d in found.declarations] == [
        ("DB Wilcox", "disclosable pecuniary"), ("MD Lloyd-Hayes", "disclosable pecuniary"),
        ("PJ McCaull", "disclosable pecuniary")]


def test_would_be_late_after_it_was_noted_is_a_late_arrival_in_words_up_to_the_next_statement() -> None:
    """Bromsgrove, Overview and Scrutiny Board: "It was noted that Councillors R. Shannon and C. Bloore would be
    late due to work commitments and some Members questioned …": two late arrivals, the words up to where the
    sentence turns to the Members' question; the apologies for absence before stay apologies, and "Councillor C.
    Scurrell confirmed he was attending as a substitute for Councillor H. Jones" is a substitute."""
    found = read_who_was_there(excerpt("bromsgrove_issue_17794_would_be_late.txt"))
    assert said(found.arrivals) == [("Councillor", "R. Shannon", "would be late due to work commitments", None),
                                    ("Councillor", "C. Bloore", "would be late due to work commitments", None)]
    assert [(a.person.name, a.kind) for a in found.attendances] == [
        ("R. Clarke", "apologies"), ("S. R. Colella", "apologies"), ("B. Cooper", "apologies"),
        ("H. Jones", "apologies"), ("R. Laight", "apologies"), ("C. Scurrell", "substitute")]


def test_an_arrival_ends_where_the_sentence_turns_to_another_statement() -> None:
    """Maidstone, Council (ieListDocuments MeetingId=2993): the disclosures after ", and" are another
    statement; "left … and returned …" is one."""
    assert said(page_arrivals("Note:  Councillor Mrs Blackmore entered the meeting during the Mayor’s "
                              "announcements, and indicated that she had no disclosures to make of interest or "
                              "lobbying.")) == [
        ("Councillor Mrs", "Blackmore", "entered the meeting during the Mayor’s announcements", None)]
    assert [a.text for a in page_arrivals("Note:  Councillor Harwood left the meeting after the prayers and "
                                          "returned during consideration of the Minutes.")] == [
        "left the meeting after the prayers and returned during consideration of the Minutes"]


def test_he_left_the_meeting_is_the_person_the_sentence_before_starts_with() -> None:
    """Hammersmith & Fulham, Cabinet: "Councillor Mark Loveday declared a prejudicial interest in item 12 … He
    left the meeting during the discussion …" is Loveday's departure; Cartwright "stayed" (none), and a "He"
    with nobody named before it is nobody's."""
    found = read_who_was_there(excerpt("hammersmith-fulham_issue_1706_he_left.txt"))
    assert said(found.arrivals) == [
        ("Councillor", "Mark Loveday", "left the meeting during the discussion and did not vote on the item", None)]
    assert page_arrivals("He left the meeting during the discussion.") == []


def test_each_member_recused_themselves_is_everyone_the_sentence_before_names() -> None:
    """Gloucester, Planning Committee (ieIssueDetails IId=43405): "Councillors Dee, Evans, Campbell, and Morgan
    declared a prejudicial interest in agenda item 5 … Each member recused themselves from the Chamber …"."""
    found = read_who_was_there(excerpt("gloucester_issue_43405_recused.txt"))
    words = ("recused themselves from the Chamber during the discussion on the item and took no part in the "
             "voting or members' debate on the item")
    assert said(found.arrivals) == [("Councillor", name, words, None)
                                    for name in ("Dee", "Evans", "Campbell", "Morgan")]


def test_a_note_in_brackets_is_read_as_the_statement_inside() -> None:
    """Herefordshire, Council (ieIssueDetails IId=50009495): "(Councillors MD Lloyd-Hayes and PJ McCaull
    declared pecuniary interests and left the meeting for the duration of this item.)"."""
    found = read_who_was_there(excerpt("herefordshire_50009495_bracketed_note.txt"))
    assert said(found.arrivals) == [
        ("Councillor", "MD Lloyd-Hayes", "left the meeting for the duration of this item", None),
        ("Councillor", "PJ McCaull", "left the meeting for the duration of this item", None)]


def test_left_at_a_time_and_a_chair_who_would_need_to_leave() -> None:
    """Durham (mgAi ID=58323): "Councillor B Moist left the meeting at 1.33pm" (no full stop) is a departure;
    "The Chair noted he would need to leave the meeting" is none."""
    found = read_who_was_there(excerpt("durham_agendaitem_58323_left_at.txt"))
    assert said(found.arrivals) == [("Councillor", "B Moist", "left the meeting at 1.33pm", None)]


def test_an_agenda_item_page_stating_only_a_departure_keeps_the_meeting_of_its_address() -> None:
    """Durham (mgAi ID=58323), an item page naming no meeting: the departure is at the meeting of agenda item
    58323, as attendance would be, rather than lost with it."""
    body = (FIXTURES / "durham_agendaitem_58323_left_at.txt").read_text(encoding="utf-8").split("\n", 1)[1]
    record = read_agenda_item_page(f"Agenda item\n\nElection of Vice-Chair\n{body}",
                                   "https://democracy.durham.gov.uk/mgAi.aspx?ID=58323")
    [meeting] = record.meetings
    assert meeting.of_item == "58323" and record.warnings == []
    assert said(meeting.arrivals) == [("Councillor", "B Moist", "left the meeting at 1.33pm", None)]


def test_this_item_is_the_item_the_paragraph_is_the_minutes_of() -> None:
    """Herefordshire, as an agenda item page would give it: the item is known, so "this item" names it."""
    found = read_who_was_there(excerpt("herefordshire_50009178_left_for_item.txt")[:2], item_number="1")
    assert said(found.arrivals) == [
        ("Councillor", "DB Wilcox", "left the meeting for the duration of this item", "1")]


def test_an_item_named_by_number_is_the_item_of_the_arrival() -> None:
    assert said(page_arrivals("Councillor A Smith arrived at the meeting during item 5.")) == [
        ("Councillor", "A Smith", "arrived at the meeting during item 5", "5")]
    assert said(page_arrivals("Councillor A Smith left the room at minute 67(b).")) == [
        ("Councillor", "A Smith", "left the room at minute 67(b)", "67(b)")]


def test_an_item_before_or_after_which_it_happened_is_not_the_item_during_which() -> None:
    assert said(page_arrivals("Councillor A Smith left the meeting before item 9.")) == [
        ("Councillor", "A Smith", "left the meeting before item 9", None)]
    assert said(page_arrivals("Councillor A Smith arrived after consideration of minute 67.")) == [
        ("Councillor", "A Smith", "arrived after consideration of minute 67", None)]
    assert [a.item_number for a in page_arrivals("Councillor A Smith left the room during agenda item 10(b).")] \
        == ["10(b)"]


def test_leaving_in_the_future_or_in_general_is_no_departure() -> None:
    """Slough: "stated that he would vacate the chair for that item and leave the meeting", "the requirement
    … for him to leave the meeting": nobody left (yet)."""
    assert read_who_was_there(excerpt("slough_12055_would_leave.txt")).arrivals == []


def test_no_one_arriving_late_and_an_apology_for_absence_are_no_arrivals() -> None:
    assert page_arrivals("No members arrived late.") == []
    assert page_arrivals("Members arrived late owing to the traffic.") == []
    assert page_arrivals("Apologies for absence were received from Councillor Lambert.") == []
    assert page_arrivals("Councillor Lambert sent apologies.") == []


def test_the_above_item_is_the_item_whose_number_line_came_last() -> None:
    """Hertsmere, Council: "Councillors Merchant and Vince arrived during the above item." under "550."; the
    apology for lateness there names no item (it is no event during the item)."""
    [meeting] = read_record(HERTSMERE).meetings
    assert said(meeting.arrivals) == [
        ("Councillor", "Vince", "apologies for lateness", None),
        ("Councillor", "Merchant", "arrived during the above item", "550"),
        ("Councillor", "Vince", "arrived during the above item", "550")]


def test_a_number_line_of_an_earlier_item_is_a_paragraph_not_a_heading() -> None:
    assert item_heading("551.", ["550", "551"], "550") == "551"
    assert item_heading("550.", ["550", "551"], "551") == "551"
    assert item_heading("(a) Communications", ["550", "551"], "550") == "550"


def test_an_arrival_is_published_with_its_person_words_meeting_and_item() -> None:
    """Hertsmere, as triples: the arrival names the person, keeps the minutes' words (@en) and is during
    item 550 of the meeting."""
    record = read_record(HERTSMERE)
    graph = map_record(record, MINTER)
    [meeting] = record.meetings
    arrival = MINTER.thing("arrival-or-departure", f"{MINTER.meeting_key(meeting)}-2")
    item = MINTER.item(meeting, model.AgendaItem(number="550", title=""))
    person = graph.value(arrival, CL.arrivalOrDepartureOf)
    assert set(graph.predicate_objects(arrival)) - {(CL.arrivalOrDepartureOf, person)} == {
        (RDF.type, CL.ArrivalOrDeparture), (CL.atMeeting, MINTER.meeting(meeting)),
        (PROV.value, Literal("arrived during the above item", lang="en")), (CL.duringItem, item),
        (RDFS.label, Literal("Merchant: arrived during the above item"))}
    assert graph.value(person, SCHEMA.name) == Literal("Merchant")
    assert graph.value(item, CL.displayNumber) == Literal("550")
    lateness = MINTER.thing("arrival-or-departure", f"{MINTER.meeting_key(meeting)}-1")
    assert graph.value(lateness, PROV.value) == Literal("apologies for lateness", lang="en")
    assert graph.value(lateness, CL.duringItem) is None



def test_an_arrival_conforms_and_one_without_its_words_or_with_two_items_is_warned() -> None:
    validator = Validator()
    record = everything_record()
    graph = map_record(record, Minter("http://127.0.0.1:8000", "stockport")) \
        + map_register([load_register().get("stockport")], "http://127.0.0.1:8000")
    [arrival] = graph.subjects(RDF.type, CL.ArrivalOrDeparture)
    shaped = {str(SHAPES[name]) for name in ("ArrivalOrDepartureShape", "ArrivalOrDeparture-meeting",
                                             "ArrivalOrDeparture-person", "ArrivalOrDeparture-text",
                                             "ArrivalOrDeparture-item")}
    assert not {f.shape for f in validator.check(graph)} & shaped
    graph.remove((arrival, PROV.value, None))
    graph.add((arrival, CL.duringItem, graph.value(arrival, CL.atMeeting)))  # a meeting is no agenda item
    findings = validator.check(graph)
    assert not violations(findings)  # warnings: the record is published all the same
    assert {f.shape for f in warnings(findings) if f.focus == str(arrival)} == {
        str(SHAPES["ArrivalOrDeparture-text"]), str(SHAPES["ArrivalOrDeparture-item"])}
    assert "in the words of the minutes (prov:value)" in next(
        f.message for f in findings if f.shape == str(SHAPES["ArrivalOrDeparture-text"]))


def test_the_bench_compares_arrivals_on_what_happened_not_on_the_words() -> None:
    """bench/fidelity.py: the facts shorten the minutes' words ("arrived during item 550" for "arrived during
    the above item"); what happened is compared, and a departure stated twice is one departure."""
    from bench.fidelity import comings_and_goings, compare, expected_facts, fact

    def published(name: str, words: str) -> list:
        return [fact("late_or_left", name.casefold(), comings_and_goings(words), words)]

    def expected(name: str, what: str) -> list:  # the arrival alone (the name is an expected person too)
        return [f for f in expected_facts({"late_or_left": [{"name": name, "what": what}]}) if f.kind != "person"]

    vince = expected("Vince", "apologies for lateness; arrived during item 550")
    assert compare(vince, published("Vince", "apologies for lateness; arrived during the above item")).counts \
        == (1, 0, 0, 0)
    assert compare(vince, published("Vince", "arrived during the above item")).counts == (0, 0, 1, 0)
    kent = expected("A. Kent", "had left the meeting before the alternative budgets were debated")
    twice = "had left the meeting by the time the alternative vote was debated; had left the meeting by the time"
    assert compare(kent, published("A. Kent", twice)).counts == (1, 0, 0, 0)
    assert comings_and_goings("left the meeting after the prayers and returned during consideration of the "
                              "Minutes") == "left, returned"


def test_would_be_delayed_is_a_late_arrival() -> None:
    """Hyndburn, Council (ieListDocuments.aspx?CId=130&MeetingId=2910): "It was noted that Councillor Kimberley
    Whitehead would be delayed for a short while at the start of the meeting."."""
    assert said(page_arrivals("It was noted that Councillor Kimberley Whitehead would be delayed for a short while at "
                              "the start of the meeting.")) == [
        ("Councillor", "Kimberley Whitehead", "would be delayed for a short while at the start of the meeting", None)]


# Our own sentence in a pattern minutes print (no non-holdout page with it was found; the names are made up): the
# apologies for absence and for lateness in one sentence, the second sharing the first's "apologies".
SHARED_APOLOGIES = ("There were apologies for absence from Councillors Mary Holt OBE (due to civic business), and Leo "
                    "Grant; and for lateness from Councillors Ada Price and Sam Wood.")


def test_apologies_for_absence_and_for_lateness_in_one_sentence() -> None:
    """"There were apologies for absence from …; and for lateness from …": the first list sent apologies (the
    bracket a reason, no role), the second were late."""
    from publisher.sources.attendance import read_attendance
    assert [(a.person.name, a.kind, a.role) for a in read_attendance(SHARED_APOLOGIES)] == [
        ("Mary Holt", "apologies", None), ("Leo Grant", "apologies", None)]
    assert [(a.person.name, a.text) for a in page_arrivals(SHARED_APOLOGIES)] == [
        ("Ada Price", "for lateness"), ("Sam Wood", "for lateness")]


def test_a_clause_setting_the_time_before_who_left() -> None:
    """"Having been nominated, Councillor X left the room …" and "(Prior to the recorded vote, Councillor Y left the
    room …)": the clause before the people is no part of them (our own sentences in the pattern, names made up: no
    non-holdout page with it was found)."""
    text = ("Having been nominated, Councillor Ray Owen left the room to enable the Vice-Chairman to preside. "
            "(Prior to the recorded vote, Councillor Rose Lane left the room and therefore she did not take part in "
            "the vote.)")
    assert [(a.person.name, a.text) for a in page_arrivals(text)] == [
        ("Ray Owen", "left the room to enable the Vice-Chairman to preside"),
        ("Rose Lane", "left the room and therefore she did not take part in the vote")]


def test_a_titled_name_and_the_time_they_were_there_from() -> None:
    # Monmouthshire, monmouthshire_meeting_5740.txt: "County Councillor Christopher Edwards from 2.03pm", a line of
    # its own under the announcements.
    [arrival] = page_arrivals("County Councillor Christopher Edwards from 2.03pm")
    assert (arrival.person.name, arrival.person.honorific, arrival.text) == (
        "Christopher Edwards", "County Councillor", "from 2.03pm")
    assert page_arrivals("The meeting resumed from 2.03pm") == []


def test_a_time_first_then_a_dash_is_when_the_statement_after_it_happened() -> None:
    """records/lincolnshire_meeting_8606.txt notes the meeting's course with the time first."""
    assert [(a.person.honorific, a.person.name, a.text) for a in
            page_arrivals("10:44 – Councillor P Ashleigh-Morris entered the meeting.")] == [
        ("Councillor", "P Ashleigh-Morris", "entered the meeting at 10:44")]


def test_a_note_for_information_before_the_people_who_arrived_late() -> None:
    """Dorset County 1052: "For information Cllrs Wharf and Turner arrived at the meeting a little late as they had
    to attend a previous meeting." names both, the note's words no part of the subject."""
    found = read_who_was_there(page_lines("For information Cllrs Wharf and Turner arrived at the meeting a little "
                                          "late as they had to attend a previous meeting."))
    assert [(a.person.honorific, a.person.name, a.item_number) for a in found.arrivals] == [
        ("Cllr", "Wharf", None), ("Cllr", "Turner", None)]
    assert found.arrivals[0].text.startswith("arrived at the meeting a little late")
