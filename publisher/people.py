"""People resolved within one council: "Councillor Stokes", "Stokes", "S Chaudhry" → the one person meant.

Minutes print the same councillor many ways. The mapping mints a person's IRI from the name, so "Stokes"
and "Jane Stokes" would be two people unless the name is resolved first, against the council's roster:
the people the council itself names in full (GetCouncillorsByWard, earlier records in the store, full names
elsewhere in the same record) with their terms of office.

The rules, for a printed name on a given date:

- a full name ("Sheila Bailey") is the roster person of that name, or else the one roster person with the
  same first name (or a nickname the roster states: "Tom" for "Thomas [Tom] Name") and surname
  ("Sheila M Bailey");
- a surname alone ("Stokes") is the ONE roster person with that surname whose term covers the date;
- initials and a surname ("S Chaudhry", "S.A. Chaudhry") are the ONE roster person with that surname whose
  given names start with those initials (and whose term covers the date).

Anything ambiguous or unknown stays as printed: its own person, with what is known. Two people with the same
surname are never merged on the surname alone. A roster person whose terms are not known counts as a
candidate on any date, so missing term data makes a match *less* likely, never a wrong one.

:class:`Resolver` is pure (no RDF); :func:`roster_for` and :class:`Rosters` read the store.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field, is_dataclass
from datetime import date

from publisher.model import Decision, Meeting, MeetingRef, Person, Record, part_fields, parts
from publisher.rdf import people_space, thing_at
from publisher.sources.person_mentions import another_person

# Letters after a name ("Jane Stokes MBE") are not part of it.
POST_NOMINALS = frozenset({"mbe", "obe", "cbe", "bem", "jp", "dl", "kc", "qc", "mp", "msp", "ms", "frsa",
                           "cllr", "ma", "bsc", "ba", "phd", "fcca", "mrtpi"})
# Words that start a surname ("de la Cruz", "van der Berg").
SURNAME_PARTICLES = frozenset({"de", "da", "del", "della", "di", "du", "la", "le", "van", "von", "der", "den",
                               "ter", "ten", "st", "st.", "bin", "ibn", "al", "el", "mac", "o"})
_INITIALS = re.compile(r"^(?:[A-Z]\.?){1,3}$|^(?:[A-Z]\.)+$")


@dataclass(frozen=True)
class Term:
    """A term of office; an open end (None) is open on that side."""

    start: date | None = None
    end: date | None = None

    def covers(self, day: date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


@dataclass
class RosterPerson:
    """Someone the council names in full, with their terms (empty: not known)."""

    name: str
    honorific: str | None = None
    source_id: str | None = None
    terms: tuple[Term, ...] = ()
    nicknames: tuple[str, ...] = ()  # "Thomas [Tom] Name": minutes may print "Tom Name"

    def serves_on(self, day: date | None) -> bool:
        """Could this person act on ``day``? Unknown terms or an unknown day: yes (never excludes)."""
        return day is None or not self.terms or any(term.covers(day) for term in self.terms)


@dataclass(frozen=True)
class PrintedName:
    """A name split for matching: given names (or initials) and the surname, compared case-insensitively."""

    given: tuple[str, ...]
    surname: str
    initials_only: bool

    @classmethod
    def of(cls, name: str) -> PrintedName:
        """The name split; kept per name (it is frozen): every record's roster merge splits the same names."""
        return _printed_name(name)

    @classmethod
    def _split(cls, name: str) -> PrintedName:
        words = [w for w in name.replace(",", " ").split() if w]
        while len(words) > 1 and words[-1].strip(".").lower() in POST_NOMINALS and words[-1].isupper():
            words.pop()
        if not words:
            return cls((), "", False)
        first_surname = len(words) - 1
        while first_surname > 1 and words[first_surname - 1].lower() in SURNAME_PARTICLES:
            first_surname -= 1
        given = tuple(words[:first_surname])
        initials = bool(given) and all(_INITIALS.match(word) for word in given)
        return cls(given, " ".join(words[first_surname:]), initials)

    @property
    def is_full(self) -> bool:
        """A first name and a surname, not initials: good enough to stand in a roster."""
        return bool(self.given) and not self.initials_only

    def initials(self) -> str:
        letters = "".join(ch for word in self.given for ch in word if ch.isalpha())
        return letters.upper() if self.initials_only else "".join(word[0].upper() for word in self.given)


@functools.lru_cache(maxsize=65536)
def _printed_name(name: str) -> PrintedName:
    return PrintedName._split(name)


@functools.lru_cache(maxsize=65536)
def name_key(text: str) -> str:
    """Names compared as the IRI minter sees them: accents, case, punctuation and spacing ignored. Kept per text:
    a record's roster merge and resolution key the same few hundred names each time."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", " ", ascii_text.lower()).strip()


class Resolver:
    """Matches printed names against one council's roster."""

    def __init__(self, roster: Iterable[RosterPerson], apart: frozenset[str] = frozenset()) -> None:
        self.apart = apart  # short names the record lists beside a full name they would match (:func:`_listed_apart`)
        merged: dict[str, RosterPerson] = {}
        for entry in roster:
            parts = PrintedName.of(entry.name)
            if not parts.is_full:
                continue  # "Stokes" or "S Chaudhry" in an earlier record is not a roster entry
            key = name_key(entry.name)
            known = merged.get(key)
            if known is None:
                merged[key] = RosterPerson(entry.name, entry.honorific, entry.source_id, tuple(entry.terms),
                                           tuple(entry.nicknames))
            else:
                known.honorific = known.honorific or entry.honorific
                known.source_id = known.source_id or entry.source_id
                known.terms = known.terms + tuple(t for t in entry.terms if t not in known.terms)
                known.nicknames = known.nicknames + tuple(n for n in entry.nicknames if n not in known.nicknames)
        nicknamed = _nickname_forms(merged.values())
        for key in [key for key, entry in merged.items() if _is_nickname_form(entry, nicknamed)]:
            del merged[key]  # "Tom Hooper" beside "Thomas [Tom] Hooper" is that person, not another
        self.roster = list(merged.values())
        self._by_name = merged

    def match(self, name: str, on: date | None = None) -> RosterPerson | None:
        """The one roster person ``name`` means on ``on``, or None when there is not exactly one."""
        printed = PrintedName.of(name)
        if not printed.surname:
            return None
        if printed.is_full and (exact := self._by_name.get(name_key(name))):
            return exact
        surname = name_key(printed.surname)
        candidates = [p for p in self.roster
                      if name_key(PrintedName.of(p.name).surname) == surname and p.serves_on(on)]
        if printed.is_full:  # "Sheila Bailey" for "Sheila M Bailey", "Tom Name" for "Thomas [Tom] Name"
            first = name_key(printed.given[0])
            candidates = [p for p in candidates if first in _first_names(p)]
        elif printed.initials_only:
            wanted = printed.initials()
            candidates = [p for p in candidates if PrintedName.of(p.name).initials().startswith(wanted)]
        return candidates[0] if len(candidates) == 1 else None

    def resolve_person(self, person: Person, on: date | None) -> None:
        """Rewrite ``person`` in place as the roster person it means, keeping the printed form."""
        if person.organisation is not None or name_key(person.name) in self.apart:
            return  # someone appearing for an outside body is not on the council's roster
        found = self.match(person.name, on)
        if found is None or (not PrintedName.of(person.name).is_full
                             and another_person(person, Person(found.name, honorific=found.honorific))):
            return  # "Cllr Clarance" is not "Mrs Sally Clarance", the only Clarance the page names in full
        if found.name != person.name:
            person.printed = person.printed or " ".join(filter(None, [person.honorific, person.name]))
            person.name = found.name
        person.honorific = found.honorific or person.honorific
        person.source_id = found.source_id or person.source_id

    def resolve(self, record: Record) -> Record:
        """Resolve every person in the record (attendances, declarations, votes, posts …), in place."""
        _walk(record, None, self, set())
        return record


def _nickname_forms(roster: Iterable[RosterPerson]) -> dict[tuple[str, str], list[RosterPerson]]:
    """The roster people by each (nickname, surname) they go by: looked up once per entry, where comparing
    every entry with every other cost a bulk run 9 % of its time (a roster of a few hundred, per record)."""
    forms: dict[tuple[str, str], list[RosterPerson]] = {}
    for person in roster:
        surname = name_key(PrintedName.of(person.name).surname)
        for nickname in person.nicknames:
            forms.setdefault((name_key(nickname), surname), []).append(person)
    return forms


def _is_nickname_form(entry: RosterPerson, nicknamed: dict[tuple[str, str], list[RosterPerson]]) -> bool:
    """Is ``entry`` another roster person's name with their stated nickname for the first name?"""
    printed = PrintedName.of(entry.name)
    first, surname = name_key(printed.given[0]), name_key(printed.surname)
    return any(other is not entry for other in nicknamed.get((first, surname), ()))


def _first_names(person: RosterPerson) -> set[str]:
    """The first names a roster person goes by: the first given name and the nicknames the roster states."""
    return {name_key(PrintedName.of(person.name).given[0]), *map(name_key, person.nicknames)}


def _walk(value: object, on: date | None, resolver: Resolver, seen: set[int]) -> None:
    """Visit every Person under ``value``; the nearest meeting or decision date is the date of a name."""
    if isinstance(value, Person):
        if id(value) not in seen:
            seen.add(id(value))
            resolver.resolve_person(value, on)
        return
    if isinstance(value, list | tuple):
        for element in value:
            _walk(element, on, resolver, seen)
        return
    if not is_dataclass(value) or isinstance(value, type) or id(value) in seen:
        return
    seen.add(id(value))
    if isinstance(value, Meeting | MeetingRef | Decision) and value.date:
        on = value.date
    for name in part_fields(type(value)):  # text fields hold no one
        _walk(getattr(value, name), on, resolver, seen)


def roster_from_record(record: Record) -> list[RosterPerson]:
    """The people a record names in full, with the council terms it states (GetCouncillorsByWard)."""
    terms: dict[str, list[Term]] = {}
    for membership in record.memberships:
        if membership.organisation == "council":
            terms.setdefault(name_key(membership.person.name), []).append(Term(membership.start, membership.end))
    people: list[RosterPerson] = []
    for person in _people(record):
        if person.organisation is None:
            people.append(RosterPerson(person.name, person.honorific, person.source_id,
                                       tuple(terms.get(name_key(person.name), ())),
                                       (person.nickname,) if person.nickname else ()))
    return people


def _people(value: object) -> list[Person]:
    return [part for part in parts(value) if isinstance(part, Person)]


def resolve_people(record: Record, roster: Iterable[RosterPerson]) -> Record:
    """Resolve a record's people against the council's roster plus the people the record names in full."""
    return Resolver([*roster, *roster_from_record(record)], _listed_apart(record)).resolve(record)


def _listed_apart(record: Record) -> frozenset[str]:
    """Short names one list of a meeting prints beside a full name of the same surname ("Councillors: …, M Hussain
    JP, Maz Hussain, …"): two entries of one list are two people, so the short one is not the full one."""
    apart: set[str] = set()
    for meeting in record.meetings:
        for kind in {attendance.kind for attendance in meeting.attendances}:
            listed = {a.person.name: PrintedName.of(a.person.name) for a in meeting.attendances if a.kind == kind}
            full = {(name_key(name.surname), name.initials()) for name in listed.values() if name.is_full}
            apart.update(name_key(printed) for printed, name in listed.items() if name.initials_only
                         and any(surname == name_key(name.surname) and initials.startswith(name.initials())
                                 for surname, initials in full))
    return frozenset(apart)


# --- the roster from the store -----------------------------------------------------------------------------

FOAF = "http://xmlns.com/foaf/0.1/"
SCHEMA = "http://schema.org/"
ORG = "http://www.w3.org/ns/org#"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
FOAF_PERSON, FOAF_NAME = f"{FOAF}Person", f"{FOAF}name"
HONORIFIC, NICKNAME, IDENTIFIER = f"{SCHEMA}honorificPrefix", f"{SCHEMA}alternateName", "http://purl.org/dc/terms/identifier"
START, END = f"{SCHEMA}startDate", f"{SCHEMA}endDate"
# People read per query: one query per record (a record names a few dozen), a few for a whole roster.
PEOPLE_PER_QUERY = 200

# The council's people: the type index (bound predicate and object), once per council and run. Their facts are
# then read by subject (``_PERSON_FACTS``): an OPTIONAL chain over every person of the store (the earlier query)
# held Virtuoso at 100 % CPU for 14 minutes at 100 k triples.
_ROSTER_PEOPLE = f"""SELECT DISTINCT ?person WHERE {{
  ?person <{RDF_TYPE}> <{FOAF_PERSON}> FILTER(STRSTARTS(STR(?person), "%(people)s")) }}"""
# One block per person, each with its subject (or, for a membership, its member and organisation) bound: an
# index lookup each, which every engine plans alike.
_PERSON_FACTS = """{{ <{iri}> ?p ?o BIND(<{iri}> AS ?person) }} UNION {{
  ?membership <{member}> <{iri}> ; <{organisation}> <{council}> ; ?p ?o BIND(<{iri}> AS ?person) }}"""


def roster_for(store: object, base: str, council: str, only: Iterable[str] | None = None) -> list[RosterPerson]:
    """The council's people already in the store, with their council terms (org:Membership of the council).

    ``store`` is a :class:`publisher.store.RecordStore`; people minted under ``{base}/id/{council}/person/``
    belong to the council (outside bodies' people live under ``/id/org/`` and are left out). ``only`` limits
    the answer to the people with those IRIs (an index lookup each, where the whole roster is a scan).
    """
    return list(_roster_by_iri(store, base, council, only).values())


def _roster_by_iri(store: object, base: str, council: str,
                   only: Iterable[str] | None = None) -> dict[str, RosterPerson]:
    """The roster by person IRI, in IRI order (so that resolution does not depend on the engine's order)."""
    prefix = people_space(base, council)
    if only is None:
        rows = store.query(_ROSTER_PEOPLE % {"people": prefix})  # type: ignore[attr-defined]
        only = [row["person"].value for row in rows]
    people = sorted({iri for iri in only if iri.startswith(prefix) and ">" not in iri})
    found: dict[str, RosterPerson] = {}
    for first in range(0, len(people), PEOPLE_PER_QUERY):
        found.update(_people_facts(store, thing_at(base, council), people[first:first + PEOPLE_PER_QUERY]))
    return found


def _people_facts(store: object, council: str, people: list[str]) -> dict[str, RosterPerson]:
    """Roster entries for ``people`` (IRIs), from one query: each person's own triples and their memberships
    of the council; an IRI that is not a ``foaf:Person`` with a ``foaf:name`` in the store has none."""
    blocks = " UNION ".join(_PERSON_FACTS.format(iri=iri, member=f"{ORG}member", organisation=f"{ORG}organization",
                                                 council=council) for iri in people)
    facts: dict[str, dict[str, set[str]]] = {iri: {} for iri in people}
    memberships: dict[str, dict[str, dict[str, set[str]]]] = {iri: {} for iri in people}
    # DISTINCT: a server whose default graph is the union of the graphs as it counts them (Virtuoso) gives a
    # person's name once per record graph that states it (165 times at 1 M triples, growing with the data)
    for row in store.query(f"SELECT DISTINCT ?person ?membership ?p ?o WHERE {{ {blocks} }}"):  # type: ignore[attr-defined]
        person, membership = row["person"].value, row["membership"]
        into = facts[person] if membership is None else memberships[person].setdefault(membership.value, {})
        into.setdefault(row["p"].value, set()).add(row["o"].value)
    found: dict[str, RosterPerson] = {}
    for iri in people:
        own = facts[iri]
        if FOAF_PERSON not in own.get(RDF_TYPE, ()) or not own.get(FOAF_NAME):
            continue
        terms = tuple(dict.fromkeys(
            Term(_day(start), _day(end)) for held in memberships[iri].values()
            for start in sorted(held.get(START, ())) or [None] for end in sorted(held.get(END, ())) or [None]))
        found[iri] = RosterPerson(min(own[FOAF_NAME]), min(own.get(HONORIFIC, ()), default=None),
                                  min(own.get(IDENTIFIER, ()), default=None), terms,
                                  tuple(sorted(own.get(NICKNAME, ()))))
    return found


@dataclass
class Rosters:
    """Each council's roster, read from the store once and then kept equal to what :func:`roster_for` would
    read, as records land: reading the whole roster for every record was the step of ingest that grew with the
    store. One ingest run owns it; a change made to the store by anything else is not seen."""

    store: object  # a publisher.store.RecordStore
    base: str
    _people: dict[str, dict[str, RosterPerson]] = field(default_factory=dict)

    def of(self, council: str) -> list[RosterPerson]:
        if council not in self._people:
            self._people[council] = _roster_by_iri(self.store, self.base, council)
        return list(self._people[council].values())

    def landed(self, council: str, iris: Iterable[str], replaced: bool) -> None:
        """A record graph of ``council`` naming ``iris`` is now stored: its people are read again (the whole
        roster if it replaced an older version, which may have been the only one naming someone)."""
        if council not in self._people:
            return
        if replaced:
            del self._people[council]
            return
        self._people[council].update(_roster_by_iri(self.store, self.base, council, iris))


def _day(text: str | None) -> date | None:
    try:
        return date.fromisoformat(text[:10]) if text else None
    except ValueError:
        return None
