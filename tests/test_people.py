"""The person resolver: names as minutes print them → the one roster person meant, or left as printed."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from publisher.ingest import Pipeline
from publisher.model import (
    AgendaItem,
    Attendance,
    Committee,
    Declaration,
    Meeting,
    Organisation,
    Participation,
    Person,
    Post,
    Record,
    Vote,
    VoteCast,
)
from publisher.people import PrintedName, Resolver, RosterPerson, Term, resolve_people, roster_for
from publisher.settings import Settings
from publisher.store.embedded import EmbeddedStore

FIXTURES = Path(__file__).resolve().parent / "fixtures"
BASE = "http://127.0.0.1:8000"

JANE = RosterPerson("Jane Stokes", "Councillor", "2211", (Term(date(2016, 5, 5), date(2019, 5, 2)),))
PETER = RosterPerson("Peter Stokes", "Councillor", "2390", (Term(date(2019, 5, 2), None),))
SAJID = RosterPerson("Sajid Ali Chaudhry", "Councillor", "2402", (Term(date(2021, 5, 6), None),))
SHEILA = RosterPerson("Sheila M Bailey", "Councillor", "123")


def named(person: RosterPerson | None) -> str | None:
    return person.name if person else None


@pytest.fixture()
def resolver() -> Resolver:
    return Resolver([JANE, PETER, SAJID, SHEILA])


def test_printed_names_split_into_given_names_and_surname() -> None:
    assert PrintedName.of("Sajid Ali Chaudhry") == PrintedName(("Sajid", "Ali"), "Chaudhry", False)
    assert PrintedName.of("S.A. Chaudhry") == PrintedName(("S.A.",), "Chaudhry", True)
    assert PrintedName.of("A S Dhaliwal") == PrintedName(("A", "S"), "Dhaliwal", True)
    assert PrintedName.of("Stokes") == PrintedName((), "Stokes", False)
    assert PrintedName.of("Maria de la Cruz") == PrintedName(("Maria",), "de la Cruz", False)
    assert PrintedName.of("Jane Stokes MBE") == PrintedName(("Jane",), "Stokes", False)


def test_full_name_is_that_person(resolver: Resolver) -> None:
    assert named(resolver.match("Jane Stokes")) == JANE.name
    assert named(resolver.match("jane  STOKES")) == JANE.name  # as the IRI minter compares names
    assert named(resolver.match("Sheila Bailey")) == SHEILA.name  # same first name and surname, middle initial omitted


def test_surname_alone_is_the_one_person_serving_on_the_date(resolver: Resolver) -> None:
    assert resolver.match("Stokes", date(2017, 3, 1)) == JANE
    assert resolver.match("Stokes", date(2020, 3, 1)) == PETER
    assert resolver.match("Stokes", date(2019, 5, 2)) is None  # both serve that day: never picked


def test_two_people_with_one_surname_are_never_merged_on_the_surname_alone() -> None:
    no_terms = Resolver([RosterPerson("Jane Stokes"), RosterPerson("Peter Stokes")])
    assert no_terms.match("Stokes") is None
    assert no_terms.match("Stokes", date(2020, 1, 1)) is None  # unknown terms never exclude anyone
    record = _meeting_record(date(2020, 1, 1), [Person("Stokes", "Councillor")])
    Resolver([RosterPerson("Jane Stokes"), RosterPerson("Peter Stokes")]).resolve(record)
    person = record.meetings[0].attendances[0].person
    assert (person.name, person.honorific, person.printed, person.source_id) == ("Stokes", "Councillor", None, None)


def test_initials_and_surname(resolver: Resolver) -> None:
    assert named(resolver.match("S Chaudhry")) == SAJID.name
    assert named(resolver.match("SA Chaudhry")) == SAJID.name
    assert named(resolver.match("S.A. Chaudhry")) == SAJID.name
    assert named(resolver.match("S A Chaudhry")) == SAJID.name
    assert resolver.match("A Chaudhry") is None  # initials must start the given names
    assert named(resolver.match("J Stokes")) == JANE.name  # the initial tells the two Stokes apart, on any date
    assert resolver.match("P Stokes", date(2017, 1, 1)) is None  # Peter was not yet a councillor


def test_unknown_and_outside_people_stay_as_printed(resolver: Resolver) -> None:
    assert resolver.match("Smith") is None
    assert resolver.match("Jane Smith") is None
    police = Person("Stokes", "Superintendent", Organisation("Greater Manchester Police"))
    resolver.resolve_person(police, date(2017, 1, 1))
    assert (police.name, police.printed) == ("Stokes", None)


def test_names_that_are_not_full_never_stand_in_the_roster() -> None:
    """A "Stokes" minted from an earlier record must not make "Stokes" ambiguous, nor be a match itself."""
    resolver = Resolver([JANE, RosterPerson("Stokes", "Councillor"), RosterPerson("J Stokes")])
    assert [p.name for p in resolver.roster] == ["Jane Stokes"]
    assert resolver.match("Stokes", date(2017, 1, 1)) == JANE


def test_roster_entries_for_one_name_merge_their_terms() -> None:
    later = RosterPerson("Jane Stokes", None, None, (Term(date(2022, 5, 5), None),))
    resolver = Resolver([JANE, later])
    [jane] = resolver.roster
    assert jane.terms == (Term(date(2016, 5, 5), date(2019, 5, 2)), Term(date(2022, 5, 5), None))
    assert (jane.honorific, jane.source_id) == ("Councillor", "2211")
    assert resolver.match("Stokes", date(2023, 1, 1)) is jane


def test_a_nickname_the_roster_states_stands_for_the_first_name() -> None:
    """Rosters print "Thomas [Tom] Hooper"; minutes print "Tom Hooper": the same councillor, never another."""
    thomas = RosterPerson("Thomas Hooper", "Councillor", "77", nicknames=("Tom",))
    resolver = Resolver([thomas, RosterPerson("Anne Hooper", "Councillor", "78")])
    assert named(resolver.match("Tom Hooper")) == "Thomas Hooper"
    assert named(resolver.match("Thomas Hooper")) == "Thomas Hooper"
    assert resolver.match("Tim Hooper") is None  # an unknown first name is nobody on the roster


def test_a_record_carries_its_nicknames_into_the_roster() -> None:
    tom = Person("Tom Hooper", "Councillor")
    record = _meeting_record(date(2024, 1, 9), [Person("Thomas Hooper", "Councillor", nickname="Tom"), tom])
    resolve_people(record, [])
    assert (tom.name, tom.printed) == ("Thomas Hooper", "Councillor Tom Hooper")


def _meeting_record(on: date, people: list[Person], **extra: object) -> Record:
    meeting = Meeting(Committee("Audit Committee"), on,
                      attendances=[Attendance(p, "present") for p in people], **extra)
    return Record(kind="test", source_id="1", meetings=[meeting])


def test_initials_listed_beside_the_full_name_they_fit_are_another_person() -> None:
    """"Councillors: …, M Hussey JP, Maz Hussey, …": two entries of one list are two people, so "M Hussey" is not
    resolved to Maz Hussey; alone in its list ("M Hussey" present, "Maz Hussey" giving apologies) it still is."""
    short, full = Person("M Hussey", "Councillor"), Person("Maz Hussey", "Councillor")
    record = _meeting_record(date(2020, 1, 1), [short, full])
    resolve_people(record, [])
    assert [a.person.name for a in record.meetings[0].attendances] == ["M Hussey", "Maz Hussey"]
    apart = _meeting_record(date(2020, 1, 1), [Person("M Hussey", "Councillor")])
    apart.meetings[0].attendances.append(Attendance(Person("Maz Hussey", "Councillor"), "apologies"))
    resolve_people(apart, [])
    assert [a.person.name for a in apart.meetings[0].attendances] == ["Maz Hussey", "Maz Hussey"]


def test_resolve_rewrites_every_person_in_place_and_keeps_the_printed_form(resolver: Resolver) -> None:
    stokes, chaudhry, bailey, mover = (Person("Stokes", "Councillor"), Person("S Chaudhry", "Cllr"),
                                       Person("Sheila Bailey", "Councillor"), Person("Stokes"))
    item = AgendaItem("4", "Budget", participations=[Participation("moved", mover)],
                      votes=[Vote(casts=[VoteCast(Person("S Chaudhry"), "for")])])
    holder = Post("Executive Member for Finance", holder=Person("Stokes"))
    record = _meeting_record(date(2022, 1, 10), [stokes, chaudhry, bailey], items=[item],
                             declarations=[Declaration(Person("Chaudhry", "Councillor"), "personal", "Employee.")])
    record.posts = [holder]
    resolver.resolve(record)
    assert (stokes.name, stokes.honorific, stokes.source_id, stokes.printed) == (
        "Peter Stokes", "Councillor", "2390", "Councillor Stokes")
    assert (chaudhry.name, chaudhry.honorific, chaudhry.printed) == ("Sajid Ali Chaudhry", "Councillor",
                                                                     "Cllr S Chaudhry")
    assert (bailey.name, bailey.source_id, bailey.printed) == ("Sheila M Bailey", "123", "Councillor Sheila Bailey")
    assert (mover.name, mover.honorific, mover.printed) == ("Peter Stokes", "Councillor", "Stokes")
    assert item.votes[0].casts[0].person.name == "Sajid Ali Chaudhry"
    assert record.meetings[0].declarations[0].person.name == "Sajid Ali Chaudhry"
    assert holder.holder.name == "Stokes"  # a post of the record: no date, so both Stokes could be meant


def test_a_record_resolves_against_the_full_names_it_prints_itself() -> None:
    """Minutes that list "Councillor Jane Stokes" as present and later say "Councillor Stokes"."""
    later = Person("Stokes", "Councillor")
    record = _meeting_record(date(2017, 3, 1), [Person("Jane Stokes", "Councillor"), later])
    resolve_people(record, [])
    assert (later.name, later.printed) == ("Jane Stokes", "Councillor Stokes")


# --- the roster from the store ----------------------------------------------------------------------------


@pytest.fixture()
def manchester_store() -> EmbeddedStore:
    store = EmbeddedStore(None)
    pipeline = Pipeline(store, Settings(base_uri=BASE), council="manchester")
    report = pipeline.run([FIXTURES / "getcouncillorsbyward_reconstructed.xml"])
    assert report.count("landed") == 1, report.outcomes
    return store


def test_roster_for_reads_people_and_terms_from_the_store(manchester_store: EmbeddedStore) -> None:
    roster = {p.name: p for p in roster_for(manchester_store, BASE, "manchester")}
    assert set(roster) == {"Basil Curley", "Jane Stokes", "Peter Stokes", "Sajid Ali Chaudhry"}
    assert roster["Basil Curley"].source_id == "192"
    assert roster["Basil Curley"].honorific == "Councillor"
    assert sorted(roster["Basil Curley"].terms, key=lambda t: t.start) == [
        Term(date(2014, 5, 1), date(2018, 5, 3)), Term(date(2018, 5, 3), None)]
    assert roster["Peter Stokes"].terms == (Term(date(2019, 5, 2), None),)
    assert roster_for(manchester_store, BASE, "stockport") == []  # another council's people are not ours


def test_ingest_resolves_a_surname_to_the_councillor_serving_then(manchester_store: EmbeddedStore) -> None:
    pipeline = Pipeline(manchester_store, Settings(base_uri=BASE), council="manchester")
    record = _meeting_record(date(2018, 1, 9), [Person("Stokes", "Councillor"), Person("Curley", "Councillor")])
    outcome = pipeline.ingest_record(record)
    assert outcome.status == "landed", outcome.message
    attendees = {row["name"].value for row in manchester_store.query(
        "PREFIX cl: <https://w3id.org/council-lod/def#> PREFIX foaf: <http://xmlns.com/foaf/0.1/> "
        f"SELECT ?name WHERE {{ GRAPH <{outcome.graph}> {{ ?a cl:attendanceOf ?p . ?p foaf:name ?name }} }}")}
    assert attendees == {"Jane Stokes", "Basil Curley"}


def test_roster_for_reads_the_nicknames_published_with_a_person() -> None:
    store = EmbeddedStore(None)
    pipeline = Pipeline(store, Settings(base_uri=BASE), council="manchester")
    record = _meeting_record(date(2024, 1, 9), [Person("Thomas Hooper", "Councillor", nickname="Tom")])
    assert pipeline.ingest_record(record).status == "landed"
    [thomas] = roster_for(store, BASE, "manchester")
    assert (thomas.name, thomas.nicknames) == ("Thomas Hooper", ("Tom",))
    later = _meeting_record(date(2024, 2, 6), [Person("Tom Hooper", "Councillor")])
    later.source_id = "2"  # another record: Thomas Hooper's stays in the store
    assert pipeline.ingest_record(later).status == "landed"
    assert [p.name for p in roster_for(store, BASE, "manchester")] == ["Thomas Hooper"]


def test_a_member_by_surname_is_not_a_namesake_the_page_titles_only_mrs() -> None:
    """Teignbridge 3172 (ieListDocuments.aspx?CId=165&MId=3172): "Cllr Clarance" is elected Chair, and "his consort
    would be his wife Mrs Sally Clarance": the only Clarance named in full is not the member. A surname printed with
    "Mrs" alone, or a full name the page also titles "Councillor", still resolves."""
    resolver = Resolver([RosterPerson("Sally Clarance", "Mrs")])
    member = Person("Clarance", honorific="Cllr")
    resolver.resolve_person(member, None)
    assert (member.name, member.honorific) == ("Clarance", "Cllr")
    namesake = Person("Clarance", honorific="Mrs")
    resolver.resolve_person(namesake, None)
    assert namesake.name == "Sally Clarance"
    councillor = Person("Clarance", honorific="Councillor")
    Resolver([RosterPerson("Sally Clarance", "Councillor Mrs")]).resolve_person(councillor, None)
    assert councillor.name == "Sally Clarance"
