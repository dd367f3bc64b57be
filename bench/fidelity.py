"""How faithfully the publisher publishes the corpus of real records (issue 14): ``python bench/fidelity.py``.

Each record of ``tests/corpus/records/`` and ``tests/corpus/holdout/`` is ingested alone into a fresh embedded
store (in memory: the same engine as a folder, four times faster) by the publisher's own pipeline, and the facts a
careful reader wrote down for it (``NAME.expected.json``, ``tests/corpus/README.md``) are compared with the facts
SPARQL finds in the store, one fact at a time:

- right: published with the expected value;
- wrong: published for the same slot (item 4's title, a meeting's time, a person's honorific) with another value;
- missing: expected, and nothing published for its slot;
- invented: published, and not expected.

The queries read the store through our ontology alone (``ontology/council.ttl``, ``publisher/rdf.py``), as a
consumer of the data would: one function per kind of fact. ``--write bench/FIDELITY.md`` keeps the figures.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # run as a script from anywhere
    sys.path.insert(0, str(ROOT))

from publisher.councils import CouncilRegister, load_register  # noqa: E402
from publisher.ingest import Outcome, Pipeline  # noqa: E402
from publisher.settings import load_settings  # noqa: E402
from publisher.store import RecordStore  # noqa: E402
from publisher.store.embedded import EmbeddedStore  # noqa: E402
from publisher.store.settings import record_settings  # noqa: E402
from publisher.validate import Validator  # noqa: E402

CORPUS = ROOT / "tests" / "corpus"
PARTS = ("records", "holdout")
RECORD_SUFFIXES = (".html", ".txt", ".md", ".xml")
DECISION_CHARS = 200  # a decision's text is compared on its first 200 characters (tests/corpus/README.md)

PREFIXES = """
PREFIX cl: <https://w3id.org/council-lod/def#>
PREFIX besluit: <http://data.vlaanderen.be/ns/besluit#>
PREFIX schema: <http://schema.org/>
PREFIX dct: <http://purl.org/dc/terms/>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX org: <http://www.w3.org/ns/org#>
"""

# -- matching: what counts as the same value ---------------------------------------------------------------

_DASHES = dict.fromkeys(map(ord, "‐‑‒–—―−"), "-")
_QUOTES = {**dict.fromkeys(map(ord, "‘’‚‛`´"), "'"), **dict.fromkeys(map(ord, "“”„‟"), '"')}
_HONORIFICS = {"cllr": "councillor", "cllr.": "councillor", "councillors": "councillor"}


def fold(text: object) -> str:
    """A name or title as compared: case-insensitive, whitespace folded, dashes and quotes of every kind alike
    (a copy of a page and the page itself differ in these, never in what they say)."""
    text = unicodedata.normalize("NFKC", str(text)).translate(_DASHES).translate(_QUOTES)
    return " ".join(text.split()).casefold()


def decision_text(text: str) -> str:
    """A decision as compared: folded, then its first 200 characters (long resolutions run on in lists whose
    layout a copy does not keep)."""
    return fold(text)[:DECISION_CHARS]


def honorific(text: str) -> str:
    """"Cllr" and "Councillor" are one honorific; an article before a title is not part of it ("the Reverend
    Canon" is "Reverend Canon", as the records write it); nor is an abbreviation's full stop ("Mr." is "Mr",
    as most records write it)."""
    folded = re.sub(r"\.(?=\s|$)", "", re.sub(r"^the\s+", "", fold(text)))
    return _HONORIFICS.get(folded, folded)


def item_number(text: object) -> str:
    """An item's displayed number without trailing punctuation ("4." → "4"); "77/21" stays whole."""
    return str(text).strip().rstrip(".:)").strip()


def count(value: object) -> str:
    return str(int(str(value)))


def day_and_time(value: str) -> tuple[str, str | None]:
    """The local date and, for a dateTime, the local time ("2017-01-26T14:00:00+00:00" → 2017-01-26, 14:00)."""
    return value[:10], value[11:16] if len(value) >= 16 and value[10] == "T" else None


def local_name(iri: str) -> str:
    """A concept's own name from its IRI (…/interest-kind/non-pecuniary → "non-pecuniary")."""
    return iri.rstrip("/").rsplit("/", 1)[-1].rsplit("#", 1)[-1]


def document_kb(size_text: str) -> str | None:
    """A size printed in KB ("107 KB") in whole KB. A size printed in MB ("PDF 7 MB") has no size in KB: the
    facts leave it out (the corpus notes say so), so it is not scored either way."""
    match = re.fullmatch(r"([\d.]+)\s*KB", size_text.strip(), re.IGNORECASE)
    return str(round(float(match[1]))) if match else None


def document_kind(mime_or_kind: str) -> str:
    """"application/pdf" and "PDF" are one kind."""
    return mime_or_kind.rsplit("/", 1)[-1].upper()


# -- facts and their comparison -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Fact:
    """One fact: its ``kind``, the ``slot`` it fills (a value published for the same slot and kind is the
    same fact, right or wrong), its ``value`` as compared, and as written, ``shown``, for the list of misses."""

    kind: str
    slot: str
    value: str
    shown: str = field(compare=False, default="")

    def __str__(self) -> str:
        where = f" [{self.slot}]" if self.slot and fold(self.slot) != self.value else ""
        return f"{self.shown or self.value}{where}"


def fact(kind: str, slot: str, value: str, shown: object = None) -> Fact:
    return Fact(kind, slot, value, str(shown if shown is not None else value))


@dataclass
class Score:
    """One record's comparison: the facts right, missing and invented, and the wrong ones as pairs."""

    right: list[Fact] = field(default_factory=list)
    missing: list[Fact] = field(default_factory=list)
    wrong: list[tuple[Fact, Fact]] = field(default_factory=list)  # (expected, published)
    invented: list[Fact] = field(default_factory=list)

    @property
    def counts(self) -> tuple[int, int, int, int]:
        return len(self.right), len(self.missing), len(self.wrong), len(self.invented)

    @property
    def percent(self) -> float:
        """Right facts among every fact either side (expected or published): a missing, a wrong and an
        invented fact each count against the publisher."""
        seen = sum(self.counts)
        return 100.0 * len(self.right) / seen if seen else 100.0

    def add(self, other: Score) -> Score:
        return Score(self.right + other.right, self.missing + other.missing, self.wrong + other.wrong,
                     self.invented + other.invented)


def compare(expected: Iterable[Fact], published: Iterable[Fact]) -> Score:
    """Match facts as multisets: equal facts are right; of the rest, an expected and a published fact of the
    same kind and slot are a wrong pair (in order); what is left is missing, or invented."""
    score = Score()
    published = list(published)
    left = Counter(published)
    unmatched: list[Fact] = []
    for wanted in expected:
        if left[wanted] > 0:
            left[wanted] -= 1
            score.right.append(wanted)
        else:
            unmatched.append(wanted)
    extra: list[Fact] = []
    for candidate in published:  # the published facts no expected one matched, in their order
        if left[candidate] > 0:
            left[candidate] -= 1
            extra.append(candidate)
    for wanted in unmatched:
        same_slot = next((f for f in extra if (f.kind, f.slot) == (wanted.kind, wanted.slot)), None)
        if same_slot is None:
            score.missing.append(wanted)
        else:
            extra.remove(same_slot)
            score.wrong.append((wanted, same_slot))
    score.invented = extra
    return score


# -- the expected facts, from NAME.expected.json -----------------------------------------------------------


def expected_facts(facts: dict) -> list[Fact]:
    """Every fact a corpus record's ``facts`` state, in the shape the store's facts are read into."""
    found: list[Fact] = []
    committees = facts.get("committee", [])
    for name in [committees] if isinstance(committees, str) else committees:
        found.append(fact("committee", "", fold(name), name))
    for meeting in facts.get("meetings", []):
        found += meeting_facts(meeting.get("date"), meeting.get("time"), meeting.get("venue"))
    for item in facts.get("items", []):
        found.append(item_fact(item.get("number"), item["title"]))
    for decision in facts.get("decisions", []):
        if "text" in decision:  # a decision page cut before its resolution still states its other fields
            found.append(decision_fact(decision.get("item"), decision["text"]))
    for person in facts.get("people", []):
        found += person_facts(person["name"], person.get("honorific"), texts(person.get("role")),
                              texts(person.get("organisation")))
    for kind in ("attendees", "apologies", "absent"):
        found += [fact(kind, fold(name), fold(name), name) for name in facts.get(kind, [])]
    for late in facts.get("late_or_left", []):
        found.append(fact("late_or_left", fold(late["name"]), comings_and_goings(late["what"]), late["what"]))
    for declared in facts.get("declarations", []):
        found.append(declaration_fact(declared["person"], declared.get("item"), declared.get("kind")))
    for vote in facts.get("votes", []):
        found += vote_facts(vote)
    for document in facts.get("documents", []):
        found += document_facts(document["title"], document.get("kind"), document.get("size_kb"))
    found += [fact("person", who, who, who) for who in sorted(named_only_in_lists(facts))]
    return found


def named_only_in_lists(facts: dict) -> set[str]:
    """People the facts name only in a list (attendees, apologies, declarations, voters, movers), not under
    ``people``: the page names them, so each is an expected person too (folded name); their honorific is not
    stated by the list, so it is not scored."""
    named = {*facts.get("attendees", []), *facts.get("apologies", []), *facts.get("absent", []),
             *(late["name"] for late in facts.get("late_or_left", [])),
             *(declared["person"] for declared in facts.get("declarations", []))}
    for vote in facts.get("votes", []):
        named.update(n for key in VOTE_NAMES for n in vote.get(key, []))
        named.update(vote[role] for role in ("mover", "seconder") if vote.get(role))
    return {fold(name) for name in named} - {fold(person["name"]) for person in facts.get("people", [])}


def meeting_facts(day: str | None, time: str | None, venue: str | None) -> list[Fact]:
    """A meeting's date, and its time and venue in the slot of its date (a copy cut before the date: the
    undated slot); a venue without a final full stop, which some pages print after the venue's line and some
    facts keep, as an item's title."""
    found = [fact("meeting", "", day)] if day else []
    if time:
        found.append(fact("meeting time", day or "", time))
    if venue:  # without a final full stop: the sentence's, not the place's ("… can be listened to via www….")
        found.append(fact("venue", day or "", fold(venue).removesuffix("."), venue))
    return found


def item_fact(number: str | None, title: str) -> Fact:
    """An item's title in the slot of its number (an item printed without one: the unnumbered slot), without a
    final full stop or colon, which some pages print after a title and some facts keep ("Minutes:")."""
    return fact("item", item_number(number) if number else "", fold(title).rstrip(" .:"), title)


def decision_fact(item: str | None, text: str) -> Fact:
    return fact("decision", item_number(item) if item else "", decision_text(text), text[:80])


def texts(value: str | list[str] | None) -> list[str]:
    """A key that holds one text or several (a person the page gives two posts: "role": ["Cabinet Leader",
    "member"])."""
    return [] if value is None else [value] if isinstance(value, str) else list(value)


def person_facts(name: str, title: str | None, roles: Iterable[str], organisations: Iterable[str]) -> list[Fact]:
    who = fold(name)
    found = [fact("person", who, who, name)]
    if title:
        found.append(fact("honorific", who, honorific(title), title))
    found += [fact("role", who, fold(role), role) for role in roles]
    found += [fact("organisation", who, fold(org), org) for org in organisations]
    return found


def declaration_fact(person: str, item: str | None, kind: str | None) -> Fact:
    """A declaration's kind of interest, in the slot of who declared it at which item; "non-pecuniary" and
    "non pecuniary" are one kind (a concept's name in an IRI has hyphens for spaces); a declaration whose kind
    the page does not name is the scheme's "other" ("an interest declared in terms that do not match any of
    the other kinds", concepts.ttl)."""
    slot = fold(person) + (f" at item {declared_item(item)}" if item else "")
    folded = fold(kind or "other").replace("-", " ")
    folded = "personal" if NOT_PREJUDICIAL.match(folded) else folded
    return fact("declaration", slot, INTEREST_WORDS.get(folded, folded), kind or "")


def declared_item(item: str) -> str:
    """What a declaration is about, as compared: an item's number without trailing punctuation, or the subject
    the page names instead, folded, without a leading "the" or a trailing "item" ("the Tree Strategy item" and
    "Tree Strategy" are one subject: the words name the same business)."""
    number = item_number(item) if "(" not in item else item.strip().rstrip(".:").strip()  # "(11/2818N)" keeps ")"
    folded = re.sub(r"^the\s+(?=\S)", "", fold(number))
    return re.sub(r"(?<=\S)\s+(?:agenda\s+)?item$", "", folded)


# Kinds pages print in words the scheme (concepts.ttl) states as one of its concepts: a prejudicial interest is
# "a personal interest so significant …", so "personal and prejudicial" is the scheme's prejudicial; a personal
# interest the page says is non-pecuniary ("personal, non-pecuniary interests", Powys) is the scheme's non-pecuniary.
# "A pecuniary interest" is the scheme's one pecuniary kind, disclosable pecuniary; a council code's "significant other
# interest" (Wyre; Medway's "OSI") is none of the scheme's named kinds: its "other". A "registerable personal
# interest" (North Tyneside's code: a personal interest of a category members register) is the scheme's personal.
# A "general interest" (Dorset County: "declared a general interest in minute 147 as the Chairman of …") is none of
# the scheme's named kinds: its "other".
INTEREST_WORDS = {"personal and prejudicial": "prejudicial", "personal, non pecuniary": "non pecuniary",
                  "personal non pecuniary": "non pecuniary", "pecuniary": "disclosable pecuniary",
                  "significant other interest": "other", "other significant interest": "other",
                  "registerable personal": "personal", "general": "other"}
# A personal interest the page says is not prejudicial ("personal non prejudicial", "personal (but not
# prejudicial)", "personal, but not prejudicial") is the scheme's personal.
NOT_PREJUDICIAL = re.compile(r"^personal[\s,(]+(?:but\s+|and\s+)?(?:non|not)\s+prejudicial\)?$")


VOTE_COUNTS = {"for": "for", "against": "against", "abstain": "abstain"}
VOTE_NAMES = {"for_names": "for", "against_names": "against", "abstain_names": "abstain"}


def vote_facts(vote: dict) -> list[Fact]:
    """A vote's facts, each in its item's slot (votes on one item are told apart by what they state)."""
    item = item_number(vote["item"]) if vote.get("item") else ""
    found = [fact(f"votes {option}", item, count(vote[key])) for key, option in VOTE_COUNTS.items() if key in vote]
    if vote.get("outcome"):
        found.append(fact("vote outcome", item, vote_outcome(vote["outcome"]), vote["outcome"]))
    for key, option in VOTE_NAMES.items():
        found += [fact(f"voted {option}", f"{item}: {fold(n)}", fold(n), n) for n in vote.get(key, [])]
    for role in ("mover", "seconder"):
        if vote.get(role):
            found.append(fact(role, item, fold(vote[role]), vote[role]))
    return found


# Words pages print for a vote's outcome, as the two outcomes of the ontology's scheme (concepts.ttl).
OUTCOME_WORDS = {"rejected": "lost", "defeated": "lost", "fell": "lost", "not carried": "lost",
                 "agreed": "carried", "approved": "carried", "passed": "carried"}


def vote_outcome(text: str) -> str:
    """The scheme's outcome the words state; how the vote went ("carried unanimously", "carried by a majority")
    is no part of the outcome."""
    folded = _HOW_CARRIED.sub("", fold(text))
    return OUTCOME_WORDS.get(folded, folded)


_HOW_CARRIED = re.compile(r"\s+(?:unanimously|by\s+a\s+majority|nem\.?\s*con\.?)$")


def document_facts(title: str, kind: str | None, size_kb: object) -> list[Fact]:
    found = [fact("document", fold(title), fold(title), title)]
    if kind:
        found.append(fact("document kind", fold(title), document_kind(kind), kind))
    if size_kb is not None:
        found.append(fact("document size KB", fold(title), count(size_kb)))
    return found


# -- the published facts, by SPARQL over the ontology ------------------------------------------------------


def rows(store: RecordStore, query: str) -> list[dict[str, str]]:
    """The solutions of a SELECT over every graph of the store (the record's, alone in a fresh store)."""
    solutions = store.query(PREFIXES + query)
    names = [v.value for v in solutions.variables]  # type: ignore[attr-defined]
    return [{n: s[n].value for n in names if s[n] is not None} for s in solutions]  # type: ignore[attr-defined]


def published_committees(store: RecordStore) -> list[Fact]:
    found = rows(store, "SELECT DISTINCT ?name { ?c a cl:Committee ; skos:prefLabel ?name }")
    return [fact("committee", "", fold(r["name"]), r["name"]) for r in found]


def published_meetings(store: RecordStore) -> list[Fact]:
    """A meeting's date and time from schema:startDate (a date, or a dateTime when the record states a time),
    its venue from schema:location."""
    found: list[Fact] = []
    for r in rows(store, "SELECT ?start ?venue { ?m a cl:Meeting OPTIONAL { ?m schema:startDate ?start } "
                         "OPTIONAL { ?m schema:location ?venue } }"):
        day, time = day_and_time(r["start"]) if "start" in r else (None, None)  # a copy cut before its date
        found += meeting_facts(day, time, r.get("venue"))
    return found


def published_items(store: RecordStore) -> list[Fact]:
    found = rows(store, "SELECT ?number ?title { ?i a cl:AgendaItem ; dct:title ?title "
                        "OPTIONAL { ?i cl:displayNumber ?number } }")
    # An item the page prints without a title (an application given only by its minutes) states no title.
    return [item_fact(r.get("number"), r["title"]) for r in found if r["title"].strip()]


def published_decisions(store: RecordStore) -> list[Fact]:
    """A decision's text (prov:value), in the slot of the item it was made at, if any."""
    found = rows(store, "SELECT ?text ?number { ?d a cl:Decision ; prov:value ?text "
                        "OPTIONAL { ?d cl:madeAt/cl:displayNumber ?number } }")
    return [decision_fact(r.get("number"), r["text"]) for r in found]


def published_people(store: RecordStore) -> list[Fact]:
    """Each person by name, with honorific, every role they are published in (a post they hold, the role
    they attended or took part in, a membership's role, a job title) and the organisations they belong to."""
    found: list[Fact] = []
    for r in rows(store, "SELECT DISTINCT ?p ?name ?title { ?p a cl:Person ; schema:name ?name "
                         "OPTIONAL { ?p schema:honorificPrefix ?title } }"):
        person = f"<{r['p']}>"
        roles = {v["role"] for v in rows(store, f"""SELECT DISTINCT ?role {{
            {{ ?post org:heldBy {person} ; skos:prefLabel ?role }}
            UNION {{ ?a cl:attendanceOf {person} ; cl:roleAsPrinted ?role }}
            UNION {{ ?x cl:participant {person} ; cl:inRole/skos:prefLabel ?role }}
            UNION {{ ?m org:member {person} ; org:role/skos:prefLabel ?role }}
            UNION {{ {person} schema:jobTitle ?role }} }}""")} or stand_in_roles(store, person)
        orgs = {v["org"] for v in rows(store, f"""SELECT DISTINCT ?org {{
            {{ {person} org:memberOf/skos:prefLabel ?org }}
            UNION {{ ?x cl:participant {person} ; cl:onBehalfOf/skos:prefLabel ?org }} }}""")}
        found += person_facts(r["name"], r.get("title"), sorted(roles), sorted(orgs))
    return found


def stand_in_roles(store: RecordStore, person: str) -> set[str]:
    """What a page names someone as when it prints no post or job title for them: the report's author
    ("Report author: Zoe Whiteside", cl:reportAuthor) or the contact ("Contact: Mary Green", cl:contact)
    (tests/corpus/README.md, "Contacts and report authors")."""
    named = {"Report author": "cl:reportAuthor", "Contact": "cl:contact"}
    return {role for role, link in named.items() if rows(store, f"SELECT ?d {{ ?d {link} {person} }} LIMIT 1")}


ATTENDANCE_FACTS = {"present": "attendees", "apologies": "apologies", "absent": "absent"}


def published_attendance(store: RecordStore) -> list[Fact]:
    """Who attended, sent apologies or was absent (cl:Attendance by its kind; a substitute, and someone "in
    attendance" (an officer, a partner), attended); someone
    who took part in an item as "attended" (cl:Participation) attended too."""
    names: set[tuple[str, str]] = set()
    for r in rows(store, "SELECT ?name ?kind { ?a a cl:Attendance ; cl:attendanceKind ?kind ; "
                         "cl:attendanceOf/schema:name ?name }"):
        kind = "present" if local_name(r["kind"]) in ("substitute", "in-attendance") else local_name(r["kind"])
        if kind in ATTENDANCE_FACTS:
            names.add((ATTENDANCE_FACTS[kind], r["name"]))
    for r in rows(store, "SELECT ?name { ?x a cl:Participation ; cl:participationKind ?kind ; "
                         "cl:participant/schema:name ?name FILTER(STRENDS(STR(?kind), '/attended')) }"):
        names.add(("attendees", r["name"]))
    return [fact(kind, fold(name), fold(name), name) for kind, name in sorted(names)]


def published_late_or_left(store: RecordStore) -> list[Fact]:
    """Arrivals and departures during a meeting (cl:ArrivalOrDeparture): one fact a person, as the facts write
    them ("apologies for lateness; arrived during item 550"), their words joined."""
    said: dict[str, list[str]] = {}
    for r in rows(store, "SELECT ?x ?name ?what { ?x a cl:ArrivalOrDeparture ; prov:value ?what ; "
                         "cl:arrivalOrDepartureOf/schema:name ?name } ORDER BY ?x"):
        said.setdefault(r["name"], []).append(r["what"])
    return [fact("late_or_left", fold(name), comings_and_goings("; ".join(words)), "; ".join(words))
            for name, words in said.items()]


_COMINGS_AND_GOINGS = (("late", r"\blateness\b|\blate\b"),
                       ("arrived", r"\barriv(?:ed|al)\b|\bentered\b|(?<!re-)\bjoined\b"),
                       ("left", r"\bleft\b|\bwithdrew\b|\babsented\b|\brecused\b|\bdeparted\b"),
                       ("returned", r"\breturned\b|\bre-?joined\b|\bre-?entered\b"))


def comings_and_goings(what: str) -> str:
    """An arrival or departure as compared: what happened (late, arrived, left, returned), not the words, which
    a reader writing the facts shortens ("withdrew from the meeting during item 67" for "withdrew from the
    meeting to allow the Deputy Mayor to preside"); the same thing stated twice is one ("had left the meeting"
    in two paragraphs). Words that name none of these are compared folded."""
    happened = [name for name, words in _COMINGS_AND_GOINGS if re.search(words, what, re.IGNORECASE)]
    return ", ".join(happened) if happened else fold(what)


def published_declarations(store: RecordStore) -> list[Fact]:
    """Each declaration's kind, in the slot of who declared it at which item: the linked item's number, else the
    subject the page names instead (cl:interestSubject)."""
    found = rows(store, "SELECT ?name ?kind ?number ?subject { ?d a cl:DeclarationOfInterest ; "
                        "cl:declarant/schema:name ?name ; cl:interestKind ?kind "
                        "OPTIONAL { ?d cl:concernsItem/cl:displayNumber ?number } "
                        "OPTIONAL { ?d cl:interestSubject ?subject } }")
    return [declaration_fact(r["name"], r.get("number") or r.get("subject"), local_name(r["kind"])) for r in found]


VOTE_ITEM = "OPTIONAL { { ?v cl:voteOn/cl:displayNumber ?number } UNION " \
            "{ ?v cl:voteOnDecision/cl:madeAt/cl:displayNumber ?number } }"


def published_votes(store: RecordStore) -> list[Fact]:
    """Each vote's counts, outcome and named voters (besluit:, cl:voteOutcome), in the slot of its item."""
    found: list[Fact] = []
    for r in rows(store, f"""SELECT ?v ?number ?for ?against ?abstain ?outcome {{ ?v a cl:Vote {VOTE_ITEM}
            OPTIONAL {{ ?v besluit:aantalVoorstanders ?for }} OPTIONAL {{ ?v besluit:aantalTegenstanders ?against }}
            OPTIONAL {{ ?v besluit:aantalOnthouders ?abstain }} OPTIONAL {{ ?v cl:voteOutcome ?outcome }} }}"""):
        vote: dict[str, object] = {k: r[k] for k in ("for", "against", "abstain") if k in r}
        vote["item"] = r.get("number")
        vote["outcome"] = local_name(r["outcome"]) if "outcome" in r else None
        for option, prop in (("for", "heeftVoorstander"), ("against", "heeftTegenstander"),
                             ("abstain", "heeftOnthouder")):
            voters = rows(store, f"SELECT ?name {{ <{r['v']}> besluit:{prop}/schema:name ?name }}")
            vote[f"{option}_names"] = [v["name"] for v in voters]
        found += vote_facts(vote)
    return found


def published_movers(store: RecordStore) -> list[Fact]:
    """Who moved and who seconded (cl:Participation "moved" / "seconded"), in the slot of the item."""
    found: list[Fact] = []
    for r in rows(store, """SELECT ?kind ?name ?number { ?x a cl:Participation ; cl:participationKind ?kind ;
            cl:participant/schema:name ?name
            OPTIONAL { { ?x cl:atItem/cl:displayNumber ?number }
                       UNION { ?x cl:forDecision/cl:madeAt/cl:displayNumber ?number } } }"""):
        role = {"moved": "mover", "seconded": "seconder"}.get(local_name(r["kind"]))
        if role:
            found.append(fact(role, item_number(r["number"]) if r.get("number") else "", fold(r["name"]), r["name"]))
    return found


def published_documents(store: RecordStore) -> list[Fact]:
    """Each document by title, with its kind (schema:encodingFormat) and printed size (schema:contentSize)."""
    found: list[Fact] = []
    for r in rows(store, "SELECT ?title ?format ?size { ?d a cl:Document ; dct:title ?title "
                         "OPTIONAL { ?d schema:encodingFormat ?format } OPTIONAL { ?d schema:contentSize ?size } }"):
        size = document_kb(r["size"]) if "size" in r else None
        found += document_facts(r["title"], r.get("format"), size)
    return found


PUBLISHED: list[Callable[[RecordStore], list[Fact]]] = [
    published_committees, published_meetings, published_items, published_decisions, published_people,
    published_attendance, published_late_or_left, published_declarations, published_votes, published_movers,
    published_documents,
]


def published_facts(store: RecordStore) -> list[Fact]:
    return [f for read in PUBLISHED for f in read(store)]


# -- the corpus and its scoring ------------------------------------------------------------------------------


@dataclass
class CorpusRecord:
    """A record of the corpus: the record file, its expected facts (``NAME.expected.json``), and its part."""

    path: Path
    part: str

    @property
    def name(self) -> str:
        return self.path.name

    @property
    def expected_path(self) -> Path:
        return self.path.with_name(stem(self.path) + ".expected.json")

    @property
    def sidecar_path(self) -> Path:
        return self.path.with_name(stem(self.path) + ".source.txt")

    def expected(self) -> dict:
        return json.loads(self.expected_path.read_text(encoding="utf-8"))


def stem(path: Path) -> str:
    """NAME of NAME.EXT ("x.rebuilt.html" → "x.rebuilt": its sidecar is x.rebuilt.source.txt)."""
    return path.name[: -len(path.suffix)] if path.suffix else path.name


def corpus_records(parts: Iterable[str] = PARTS, corpus: Path = CORPUS) -> list[CorpusRecord]:
    """Every record of the parts named: each file with a known record suffix that has an expected.json."""
    found: list[CorpusRecord] = []
    for part in parts:
        folder = corpus / part
        for path in sorted(folder.glob("*")) if folder.is_dir() else []:
            if path.suffix in RECORD_SUFFIXES and not path.name.endswith(".source.txt") \
                    and path.with_name(stem(path) + ".expected.json").is_file():
                found.append(CorpusRecord(path, part))
    return found


class RecordPipeline(Pipeline):
    """The publisher's pipeline, but for the reference graphs: a record is read, resolved, mapped, checked and
    written as ``publisher ingest`` does it, while the council register and vocabulary graphs, which state no
    fact of a record, are not built for each fresh store (they were nine tenths of the time). The queries
    therefore read concepts by their IRIs (``local_name``), never by labels from the vocabulary graph."""

    def ensure_reference_data(self) -> None:
        record_settings(self.store, self.settings)


@dataclass
class RecordScore:
    record: CorpusRecord
    score: Score
    refused: str | None = None  # the refusal message of a record the publisher refused


class Scorer:
    """Ingests each record into a store of its own and scores it; the register and the SHACL validator, slow
    to load, are shared by every record. The stores are in memory: a RocksDB folder per record cost three
    quarters of the scoring time (80 records: 12.5 s on disk, 2.9 s in memory, the same scores)."""

    def __init__(self) -> None:
        self.settings = load_settings()
        self.register: CouncilRegister = load_register()
        self.validator = Validator()

    def ingest(self, record: CorpusRecord) -> tuple[RecordStore, Outcome]:
        store = EmbeddedStore(None)
        pipeline = RecordPipeline(store, self.settings, register=self.register, validator=self.validator)
        outcome = pipeline.ingest_file(record.path)
        store.flush()
        return store, outcome

    def score(self, record: CorpusRecord) -> RecordScore:
        expected = expected_facts(record.expected()["facts"])
        store, outcome = self.ingest(record)
        try:
            if outcome.status == "refused":
                why = (outcome.message or "refused").replace(str(record.path), record.name)  # no machine's paths
                return RecordScore(record, Score(missing=expected), refused=why)
            unstated = named_only_in_lists(record.expected()["facts"])  # their honorifics are not stated
            published = [f for f in published_facts(store) if not (f.kind == "honorific" and f.slot in unstated)]
            return RecordScore(record, compare(expected, published))
        finally:
            store.close()


def score_corpus(records: Iterable[CorpusRecord]) -> list[RecordScore]:
    """Every record scored, each in a fresh store of its own."""
    scorer = Scorer()
    return [scorer.score(record) for record in records]


def total(scores: Iterable[RecordScore]) -> Score:
    summed = Score()
    for scored in scores:
        summed = summed.add(scored.score)
    return summed


# -- the corpus format (tests/corpus/README.md): a collector's mistake named before it is scored ------------

PAGE_TYPES = {"meeting", "agenda_item", "decision", "issue", "issue_history", "issue_decisions", "recorded_votes",
              "attendance", "webservice"}
FORMS = {".html": "html", ".txt": "text", ".md": "markdown", ".xml": "xml"}
LAYOUTS = {"current", "older", "webservice"}
REQUIRED = {"source": (str, type(None)), "council": str, "gss": str, "page_type": str, "form": str, "layout": str,
            "truncated": bool, "facts": dict}
_TEXT, _NUMBER, _NAMES, _FLAG, _OBJECT = (str,), (int,), (list,), (bool,), (dict,)
_TEXTS = (str, list)  # one text, or a list of them
_ENTRIES = (list, tuple)  # a list whose entries are not names (``issues[].decisions_due``)
# Each list of facts: its entries' keys, with the types they take and the keys every entry must have.
FACT_ENTRIES: dict[str, tuple[dict[str, tuple[type, ...]], set[str]]] = {
    "meetings": ({"date": _TEXT, "time": _TEXT, "venue": _TEXT, "title": _TEXT}, set()),
    "items": ({"number": _TEXT, "title": _TEXT}, {"title"}),
    "decisions": ({"item": _TEXT, "text": _TEXT, "title": _TEXT, "maker": _TEXT, "status": _TEXT,
                   "key_decision": _FLAG, "subject_to_call_in": _FLAG, "purpose": _TEXT, "reasons": _TEXT,
                   "alternatives": _TEXT, "conflicts": _TEXT, "wards": _NAMES, "date": _TEXT, "published": _TEXT,
                   "effective_from": _TEXT, "meeting": _OBJECT, "authority": _TEXT, "reference": _TEXT,
                   "key_reason": _TEXT, "consulted": _TEXT, "consultees": _NAMES}, set()),
    "people": ({"name": _TEXT, "honorific": _TEXT, "role": _TEXTS, "organisation": _TEXTS}, {"name"}),
    "late_or_left": ({"name": _TEXT, "what": _TEXT}, {"name", "what"}),
    "declarations": ({"person": _TEXT, "item": _TEXT, "kind": _TEXT}, {"person"}),
    "votes": ({"item": _TEXT, "motion": _TEXT, "for": _NUMBER, "against": _NUMBER, "abstain": _NUMBER,
               "outcome": _TEXT, "for_names": _NAMES, "against_names": _NAMES, "abstain_names": _NAMES,
               "mover": _TEXT, "seconder": _TEXT, "conflict_of_interests": _NUMBER, "casting_vote": _TEXT,
               "unanimous": _FLAG}, set()),
    "documents": ({"title": _TEXT, "kind": _TEXT, "size_kb": _NUMBER}, {"title"}),
    "issues": ({"title": _TEXT, "summary": _TEXT, "wards": _NAMES, "recommendations": _NAMES,
                "decision_type": _TEXT, "key_decision": _FLAG, "status": _TEXT, "notice_published": _TEXT,
                "urgency": _TEXT, "decisions_due": _ENTRIES, "lead_member": _TEXT, "lead_director": _TEXT,
                "key_reason": _TEXT, "department": _TEXT, "exempt": _FLAG, "consultation": _TEXT}, set()),
}
TEXT_LISTS = ("organisations",)  # outside bodies a page names, as printed
# Keys the format accepts that the score does not count yet (bench/FIDELITY.md lists them): a decision page's
# fields beyond its text, issues, organisations and the finer points of votes. Written from the page all the
# same, so that scoring them later needs no new reading.
NOT_SCORED = ("meetings.title", "decisions.title", "decisions.maker", "decisions.status", "decisions.key_decision",
              "decisions.subject_to_call_in", "decisions.purpose", "decisions.reasons", "decisions.alternatives",
              "decisions.conflicts", "decisions.wards", "decisions.date", "decisions.published",
              "decisions.effective_from", "decisions.meeting", "decisions.authority", "decisions.reference",
              "decisions.key_reason", "decisions.consulted", "decisions.consultees", "votes.conflict_of_interests",
              "votes.casting_vote", "votes.unanimous", "issues", "organisations")
NAME_LISTS = ("attendees", "apologies", "absent")
FACT_KEYS = {"committee", *FACT_ENTRIES, *NAME_LISTS, *TEXT_LISTS}
_ISO_DATE, _TIME = re.compile(r"\d{4}-\d{2}-\d{2}"), re.compile(r"([01]\d|2[0-3]):[0-5]\d")
# A title opening a name, capitalised or not; initials in capitals are no title ("MR Lay" is M. R. Lay).
_TITLED = re.compile(r"(?:[Cc]ouncillors?|[Cc]llr\.?|[Mm]r|[Mm]rs|[Mm]s|[Mm]iss|[Dd]r|[Ss]ir|[Dd]ame|[Ll]ord|[Ll]ady"
                     r"|[Tt]he)\s")


def sidecar_lines(path: Path) -> dict[str, str]:
    """The ``Label: value`` lines of a sidecar, by label in lower case (the first of each)."""
    found: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8-sig").splitlines():
        label, sep, value = line.partition(":")
        if sep and value.strip() and not line.startswith((" ", "#")):
            found.setdefault(label.strip().lower(), value.strip())
    return found


def format_problems(record: CorpusRecord, register: CouncilRegister) -> list[str]:
    """Every way a corpus record breaks the format of tests/corpus/README.md, each naming its file."""
    where = f"{record.part}/{record.expected_path.name}"
    try:
        expected = json.loads(record.expected_path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        return [f"{where}: not readable JSON ({error})"]
    if not isinstance(expected, dict):
        return [f"{where}: not a JSON object"]
    problems = [f"{where}: {p}" for p in header_problems(record, expected, register)]
    if isinstance(expected.get("facts"), dict):
        problems += [f"{where}: facts: {p}" for p in facts_problems(expected["facts"])]
    return problems


def header_problems(record: CorpusRecord, expected: dict, register: CouncilRegister) -> list[str]:
    """The keys about the record: present, typed, from their sets of values, and agreeing with the file's
    suffix, the sidecar's "Source URL:" line and the council register."""
    problems = [f"{key!r} missing" for key in REQUIRED if key not in expected]
    problems += [f"{key!r} is {type(expected[key]).__name__}, not {kinds}" for key, kinds in REQUIRED.items()
                 if key in expected and not isinstance(expected[key], kinds)]
    if problems:
        return problems
    problems += [f"{key!r} {expected[key]!r} is not one of {sorted(values)}" for key, values in
                 (("page_type", PAGE_TYPES), ("layout", LAYOUTS), ("form", {*FORMS.values(), "rebuilt-html"}))
                 if expected[key] not in values]
    form = "rebuilt-html" if record.name.endswith(".rebuilt.html") else FORMS.get(record.path.suffix)
    if expected["form"] != form:
        problems.append(f"form {expected['form']!r}, but a {record.path.suffix} record is {form!r}")
    if (expected["page_type"] == "webservice") != (expected["layout"] == "webservice"):
        problems.append("page_type and layout must both be 'webservice', or neither")
    problems += source_problems(record, expected["source"])
    councils = [c for c in (*register.councils, *register.combined_authorities) if c.gss == expected["gss"]]
    if not councils:
        problems.append(f"gss {expected['gss']!r} is no council's in data/uk_local_authorities_current.csv")
    elif expected["council"] != councils[0].official_name:
        problems.append(f"council {expected['council']!r}: the register names {expected['gss']} "
                        f"{councils[0].official_name!r}")
    return problems


def source_problems(record: CorpusRecord, source: str | None) -> list[str]:
    """"source" is the sidecar's "Source URL:"; a copy with no address of its own (a web-service response
    from a repository's fixture) has "source": null and a sidecar that names its "Council:"."""
    if not record.sidecar_path.is_file():
        return [f"no sidecar {record.sidecar_path.name}"]
    lines = sidecar_lines(record.sidecar_path)
    stated = lines.get("source url")
    if stated is None and source is None:
        return [] if "council" in lines else [f"{record.sidecar_path.name} has neither a Source URL nor a Council"]
    if source != stated:
        return [f"source {source!r} is not the Source URL of {record.sidecar_path.name} ({stated!r})"]
    return [] if re.match(r"https?://", source or "") else [f"source {source!r} is not an http(s) URL"]


def facts_problems(facts: dict) -> list[str]:
    problems = [f"unknown key {key!r}" for key in facts if key not in FACT_KEYS]
    committee = facts.get("committee", [])
    if not (isinstance(committee, str) or (isinstance(committee, list)
                                           and all(isinstance(c, str) for c in committee))):
        problems.append("committee is neither a name nor a list of names")
    for key in NAME_LISTS:
        problems += names_problems(key, facts.get(key, []))
    for key in TEXT_LISTS:
        listed = facts.get(key, [])
        if not isinstance(listed, list) or not all(isinstance(t, str) for t in listed):
            problems.append(f"{key} is not a list of names")
    for key, (types, required) in FACT_ENTRIES.items():
        entries = facts.get(key, [])
        if not isinstance(entries, list):
            problems.append(f"{key} is not a list")
            continue
        for n, entry in enumerate(entries):
            problems += [f"{key}[{n}]: {p}" for p in entry_problems(entry, types, required)]
    return problems


def entry_problems(entry: object, types: dict[str, tuple[type, ...]], required: set[str]) -> list[str]:
    """One entry of a list of facts: an object of known keys, typed; dates ISO, times 24-hour, names bare."""
    if not isinstance(entry, dict):
        return ["not an object"]
    problems = [f"{key!r} missing" for key in sorted(required - entry.keys())]
    for key, value in entry.items():
        if key not in types:
            problems.append(f"unknown key {key!r}")
        elif not isinstance(value, types[key]) or (isinstance(value, bool) and types[key] is not _FLAG):
            problems.append(f"{key!r} is {type(value).__name__}, not {types[key][0].__name__}")
        elif types[key] is _NAMES:
            problems += names_problems(key, value)
        elif types[key] is _TEXTS and isinstance(value, list) and not (value and all(isinstance(v, str)
                                                                                      for v in value)):
            problems.append(f"{key!r} is not a text nor a list of texts")
    if isinstance(entry.get("date"), str) and not _ISO_DATE.fullmatch(entry["date"]):
        problems.append(f"date {entry['date']!r} is not ISO (2017-12-04)")
    if isinstance(entry.get("time"), str) and not _TIME.fullmatch(entry["time"]):
        problems.append(f"time {entry['time']!r} is not 24-hour (18:30)")
    for key in ("name", "person", "mover", "seconder"):
        if isinstance(entry.get(key), str) and _TITLED.match(entry[key]):
            problems.append(f"{key} {entry[key]!r} starts with an honorific (give it as 'honorific')")
    return problems


def names_problems(key: str, names: object) -> list[str]:
    if not isinstance(names, list) or not all(isinstance(n, str) for n in names):
        return [f"{key} is not a list of names"]
    return [f"{key}: {n!r} starts with an honorific" for n in names if _TITLED.match(n)]


def unpaired_files(corpus: Path = CORPUS) -> list[str]:
    """Record files of the corpus without their expected facts, and expected facts without their record: either
    would leave a record out of the score without a word."""
    problems: list[str] = []
    for part in PARTS:
        folder = corpus / part
        for path in sorted(folder.glob("*")) if folder.is_dir() else []:
            name = path.name
            if name.endswith(".expected.json"):
                base = name.removesuffix(".expected.json")
                if not any(folder.joinpath(base + suffix).is_file() for suffix in RECORD_SUFFIXES):
                    problems.append(f"{part}/{name}: no record file {base}.EXT")
            elif path.suffix in RECORD_SUFFIXES and not name.endswith(".source.txt") \
                    and not path.with_name(stem(path) + ".expected.json").is_file():
                problems.append(f"{part}/{name}: no {stem(path)}.expected.json")
    return problems


# -- the report --------------------------------------------------------------------------------------------


def table(scores: list[RecordScore]) -> list[str]:
    lines = ["| record | page type | form | right | missing | wrong | invented | right % |",
             "|---|---|---|---:|---:|---:|---:|---:|"]
    for scored in scores:
        about = scored.record.expected()
        name = scored.record.name + (" (**refused**)" if scored.refused else "")
        right, missing, wrong, invented = scored.score.counts
        lines.append(f"| {name} | {about['page_type']} | {about['form']} | {right} | {missing} | {wrong} | "
                     f"{invented} | {scored.score.percent:.1f} |")
    right, missing, wrong, invented = (summed := total(scores)).counts
    lines.append(f"| **total** | | | {right} | {missing} | {wrong} | {invented} | {summed.percent:.1f} |")
    return lines


def misses(scores: list[RecordScore]) -> list[str]:
    """What to fix: every missing, wrong and invented fact, record by record."""
    lines: list[str] = []
    for scored in scores:
        score = scored.score
        if not (score.missing or score.wrong or score.invented or scored.refused):
            continue
        lines.append(f"\n### {scored.record.part}/{scored.record.name}\n")
        if scored.refused:
            lines.append(f"- refused: {scored.refused}")
        lines += [f"- missing {f.kind}: {f}" for f in score.missing]
        lines += [f"- wrong {e.kind}: expected {e}, published {p}" for e, p in score.wrong]
        lines += [f"- invented {f.kind}: {f}" for f in score.invented]
    return lines


def report(scores: list[RecordScore], parts: Iterable[str] = PARTS) -> str:
    """bench/FIDELITY.md: a table per part scored, the total, and the misses."""
    lines = ["# Fidelity of the published data to the corpus of real records (issue 14)", "",
             "Written by `python bench/fidelity.py --write bench/FIDELITY.md`. Each record is ingested alone by "
             "the publisher's pipeline and its published facts (SPARQL over the ontology) are compared with its "
             "`NAME.expected.json` (`tests/corpus/README.md`): **right**, **missing** (expected, not published), "
             "**wrong** (published for the same slot with another value), **invented** (published, not expected). "
             "Right % is right facts among all facts either side (right + missing + wrong + invented); a "
             "refused record has every expected fact missing. Target: 95 % (issue 14).", "",
             "Matching: names, titles, venues and kinds compared case-insensitively with whitespace, dashes and "
             "quotes folded (\"Cllr\" = \"Councillor\", \"Mr.\" = \"Mr\"); decisions on their first 200 folded "
             "characters; item "
             "numbers as strings without trailing punctuation, item titles without a final full stop or colon, "
             "venues without a final full stop; "
             "counts and document sizes (KB) as integers; a "
             "document's kind from its media type (application/pdf = PDF); a vote's outcome as the scheme's "
             "two (\"rejected\" = lost, \"agreed\" = carried); a declaration in the slot of who declared it "
             "about what: its item's number, else the subject the page names instead (cl:interestSubject), "
             "folded, without a leading \"the\" or a trailing \"item\" (\"the Tree Strategy item\" = "
             "\"Tree Strategy\"). Someone the facts name only in a list "
             "(attendees, apologies, declarations, voters, movers) is an expected person too, whose honorific "
             "is not scored. A fact's slot (item 4's title, a "
             "meeting's time, a person's role, a vote's count on an item) decides wrong against missing + "
             "invented. Add a record: put `NAME.EXT`, `NAME.source.txt` and `NAME.expected.json` in "
             "`tests/corpus/records/` or `holdout/`, run `.venv/bin/pytest -q tests/test_fidelity.py` (the "
             "format) and this script."]
    for part in parts:
        part_scores = [s for s in scores if s.record.part == part]
        lines += ["", f"## {part}", ""]
        lines += table(part_scores) if part_scores else ["No records yet."]
    right, missing, wrong, invented = (summed := total(scores)).counts
    lines += ["", "## Total", "",
              f"{right} right, {missing} missing, {wrong} wrong, {invented} invented: **{summed.percent:.1f} %** "
              f"right over {len(scores)} records ({sum(1 for s in scores if s.refused)} refused).",
              "", "## Misses"]
    lines += misses(scores) or ["", "None."]
    return "\n".join(lines) + "\n"


def known_refusals(scores: Iterable[RecordScore]) -> str:
    """The refused records as ``part/file<TAB>why`` lines: the list the floor test holds the corpus to, so a
    newly refused record fails it and a record that lands is taken off."""
    lines = [f"{s.record.part}/{s.record.name}\t"
             f"{' '.join(str(s.refused).split())[:300]}"
             for s in scores if s.refused]
    return "# part/record\twhy it is refused (python bench/fidelity.py --known-refusals FILE rewrites this)\n" \
        + "".join(f"{line}\n" for line in sorted(lines))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("names", nargs="*", metavar="NAME", help="score only these records (file name or NAME)")
    parser.add_argument("--part", choices=(*PARTS, "all"), default="all")
    parser.add_argument("--write", type=Path, metavar="FILE", help="write the report (bench/FIDELITY.md) here")
    parser.add_argument("--known-refusals", type=Path, metavar="FILE",
                        help="write the records refused now, with why (tests/corpus/known_refusals.tsv)")
    args = parser.parse_args(argv)
    records = corpus_records(PARTS if args.part == "all" else [args.part])
    if args.names:
        records = [r for r in records if r.name in args.names or stem(r.path) in args.names]
        if not records:
            parser.error("no corpus record of that name: " + ", ".join(args.names))
    register = load_register()  # a record breaking the format is named, not scored (nor crashed on)
    problems = [p for record in records for p in format_problems(record, register)]
    problems += [] if args.names else unpaired_files()
    if problems:
        print("the corpus breaks its format (tests/corpus/README.md):", *problems, sep="\n  ", file=sys.stderr)
        return 1
    scores = score_corpus(records)
    text = report(scores, PARTS if args.part == "all" else [args.part])
    if args.known_refusals:
        args.known_refusals.write_text(known_refusals(scores), encoding="utf-8")
    if args.write:
        args.write.write_text(text, encoding="utf-8")
    print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
