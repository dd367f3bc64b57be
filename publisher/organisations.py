"""Organisations shared across councils: what kind each is, abbreviations, and the ones a record names.

Police forces, fire and rescue services, NHS bodies, combined authorities and partnerships appear in many
councils' records. The mapping mints one IRI per organisation name under ``{base}/id/org/``, whatever the
council, so this module makes sure one organisation reaches the mapping under one name:

- an abbreviation is resolved only from the same record: "Greater Manchester Police (GMP)" defines GMP,
  and then "Superintendent Emma Taylor (GMP)" appeared for Greater Manchester Police. An abbreviation the
  record never spells out stays as printed (we do not keep a list of guesses);
- a combined authority printed by another of the register's names ("Greater Manchester CA") gets the
  register's official name, so it is the register's resource;
- the organisations of those kinds that an agenda item, issue or decision names in its own text are listed
  on it ("Safer Stockport Partnership"), only when named in full: nothing is inferred from a topic;
- a post printed with the council or authority it is held in ("Leader of Sheffield City Council") is the post
  ("Leader") held in that body, as a post printed with its body in a bracket or after a comma already is.

Like ``publisher.people`` it works on the domain records between reader and mapping: no RDF here.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from publisher.councils import Council, CouncilRegister
from publisher.model import (
    AgendaItem,
    Attendance,
    Decision,
    Issue,
    Organisation,
    Participation,
    Person,
    Post,
    Record,
    field_names,
    parts,
)
from publisher.sources.person_mentions import council_names
from publisher.sources.text_rules import is_organisation

# Kinds of shared organisation, by their name (concepts of the organisation-kind scheme); first match wins.
ORGANISATION_KINDS = (
    ("fire and rescue service", re.compile(r"\bfire (?:and|&) rescue\b", re.IGNORECASE)),
    ("police force", re.compile(r"\b(?:police|constabulary)$", re.IGNORECASE)),
    ("combined authority", re.compile(r"\bcombined (?:county )?authority$", re.IGNORECASE)),
    ("nhs body", re.compile(r"^nhs\b|\bnhs\b.*\b(?:trust|board)$|\bclinical commissioning group$|"
                            r"\bintegrated care (?:board|system|partnership)$|\bhealth board$", re.IGNORECASE)),
    ("partnership", re.compile(r"\bpartnership$", re.IGNORECASE)),
)
# A name in running text: capitalised words, "and"/"&" between them ("Fire and Rescue Service").
_NAME_RUN = re.compile(r"(?:[A-Z][\w’'\-]*)(?:\s+(?:(?:and|&)\s+)?[A-Z][\w’'\-]*)*")
_LEADING = re.compile(r"^(?:The|A|An|In|At|By|From|With|For|To|On|Of)\s+")
# "Greater Manchester Police (GMP)": a bracketed abbreviation of two to eight capital letters.
_ABBREVIATION = re.compile(r"\(([A-Z]{2,8})\)")
_CONNECTIVES = frozenset({"and", "&", "of", "for", "the"})


def organisation_kind(name: str) -> str | None:
    """The kind of a shared organisation, from its name: "police force", "nhs body" …; None for others."""
    text = " ".join(name.split())
    if len(text.split()) < 2:
        return None
    return next((kind for kind, pattern in ORGANISATION_KINDS if pattern.search(text)), None)


def abbreviations(texts: list[str]) -> dict[str, str]:
    """Abbreviation -> full name, from definitions in the texts: the words just before "(GMP)" whose
    initials spell it, forming an organisation's name. Two different definitions of one abbreviation in one
    record cancel out: it stays as printed."""
    found: dict[str, str | None] = {}
    for text in texts:
        for match in _ABBREVIATION.finditer(text):
            full = _spelled_out(text[:match.start()], match[1])
            if full is None:
                continue
            known = found.get(match[1], full)
            found[match[1]] = full if known == full else None
    return {abbr: full for abbr, full in found.items() if full}


def _spelled_out(before: str, abbreviation: str) -> str | None:
    words = before.split()
    for start in range(len(words) - 1, -1, -1):
        candidate = words[start:]
        capitals = [w for w in candidate if w.lower() not in _CONNECTIVES]
        if len(capitals) > len(abbreviation):
            return None
        if len(capitals) == len(abbreviation) and candidate[0][:1].isupper():
            name = " ".join(candidate)
            initials = "".join(w[0] for w in capitals)
            if initials.upper() == abbreviation and all(w[0].isupper() for w in capitals) and \
                    (is_organisation(name) or organisation_kind(name)):
                return name
            return None
    return None


def named_in(text: str | None) -> list[str]:
    """Shared organisations named in full in ``text``, in order of first mention ("Safer Stockport
    Partnership" in "the Safer Stockport Partnership Plan"): the longest stretch of a capitalised name that
    ends as such an organisation's name does."""
    return list(_named_in(text or ""))


@functools.lru_cache(maxsize=4096)
def _named_in(text: str) -> tuple[str, ...]:
    """``named_in``, kept per text: a council's items, decisions and minutes repeat their titles and wording
    from page to page, and each text is read for names on every record that prints it."""
    names: list[str] = []
    for run in _NAME_RUN.finditer(text):
        words = _LEADING.sub("", run.group(0)).split()
        for end in range(len(words), 1, -1):
            name = " ".join(words[:end])
            if organisation_kind(name):
                if name not in names:
                    names.append(name)
                break
    return tuple(names)


class OrganisationResolver:
    """Resolves the organisations of one record (in place)."""

    def __init__(self, record: Record, register: CouncilRegister | None = None, council: Council | None = None) -> None:
        self.abbreviations = abbreviations(list(_texts(record)))
        self.register = register
        self.own_words = _own_council_words(council)

    def canonical(self, name: str) -> str:
        """The one name an organisation is minted under: spelled out, and the register's official name
        for a combined authority."""
        name = self.abbreviations.get(name.strip(), " ".join(name.split()))
        authority = self.register.combined_authority_named(name) if self.register else None
        return authority.official_name if authority else name

    def resolve(self, record: Record) -> Record:
        for value in parts(record):
            if isinstance(value, Organisation):
                value.name = self.canonical(value.name)
            elif isinstance(value, Participation):
                self._post_is_organisation(value)
            elif isinstance(value, Post):
                self._post_held_in_body(value)
            elif isinstance(value, Attendance) and value.role:
                self._role_held_in_body(value)
            elif isinstance(value, AgendaItem):
                self._name(value, value.title, value.purpose, value.minutes, *value.recommendations,
                           *value.comments)
            elif isinstance(value, Issue):
                self._name(value, value.title, value.summary)
            elif isinstance(value, Decision):
                self._name(value, value.title, value.text, value.purpose, value.reasons)
        return record

    def _post_is_organisation(self, part: Participation) -> None:
        """ "Superintendent Emma Taylor (GMP)": the reader read the bracket as a post; with GMP defined in the
        record it is the organisation she appeared for."""
        post, person = part.post, part.person
        if post is None or person is None or post.label not in self.abbreviations:
            return
        if post.holder is not None and post.holder is not person:
            return
        person.organisation = person.organisation or Organisation(self.canonical(post.label))
        part.post = None

    def _post_held_in_body(self, post: Post) -> None:
        """ "Leader of Sheffield City Council" → the post "Leader", held in Sheffield City Council: the body after
        an "of" is taken off the label when it is the post's organisation already or another council (a name ending
        "Council" or "Authority"); "Head of Legal Services", "Chair of the
        Planning Committee" and "Leader of the Council" stay whole."""
        held = _held_in(post.label, post.organisation.name if post.organisation else None, self.own_words)
        if held is not None:
            post.label, body = held
            post.organisation = post.organisation or Organisation(self.canonical(body))

    def _role_held_in_body(self, attendance: Attendance) -> None:
        """The same for a role printed beside someone's attendance ("Cllr Claire Young, Leader of South
        Gloucestershire Council"): the role "Leader", and the body the person belongs to."""
        person = attendance.person
        held = _held_in(attendance.role or "", person.organisation.name if person.organisation else None,
                        self.own_words)
        if held is not None:
            attendance.role, body = held
            person.organisation = person.organisation or Organisation(self.canonical(body))

    def _name(self, holder: AgendaItem | Issue | Decision, *texts: str | None) -> None:
        for text in texts:
            for name in named_in(text):
                canonical = self.canonical(name)
                if all(org.name != canonical for org in holder.organisations):
                    holder.organisations.append(Organisation(canonical))


# "Director of Finance of Coventry City Council": each " of " a post's label may part at, its body after it.
_OF = re.compile(r"\s+of\s+(?:the\s+)?(?=[A-Z])")


def _held_in(label: str, organisation: str | None, own_words: frozenset[frozenset[str]]) -> tuple[str, str] | None:
    """(post, body) when ``label`` ends in "of" and the body it is held in (see
    :meth:`OrganisationResolver._post_held_in_body`); None when it names none. Of the bodies after each "of",
    a name the register knows comes first ("Chair of Council of City of Doncaster Council"), then the shortest
    ("Director of Finance of Coventry City Council")."""
    splits = [(label[:m.start()].strip(), label[m.end():].strip()) for m in _OF.finditer(label)]
    splits = [(post, body) for post, body in splits if post]
    if organisation is not None:
        return next(((post, body) for post, body in splits if body.casefold() == organisation.casefold()), None)
    councils = [(post, body) for post, body in reversed(splits)
                if body.split()[-1] in ("Council", "Authority") and is_organisation(body)]
    held = next((split for split in councils if split[1].casefold() in council_names()), None) or \
        next(iter(councils), None)
    return held if held and _distinctive_words(held[1]) not in own_words else None


# The words of a council's kind, which alone name no council in particular ("the County Council").
_KIND_WORDS = frozenset({"county", "city", "borough", "district", "town", "parish", "metropolitan", "combined",
                         "unitary", "council", "authority", "the", "of"})


def _distinctive_words(name: str) -> frozenset[str]:
    """ "City of Doncaster Council" → {"doncaster"}: the words that tell one council from another."""
    return frozenset(word.casefold() for word in name.split()) - _KIND_WORDS


def _own_council_words(council: Council | None) -> frozenset[frozenset[str]]:
    """The distinctive words of each name of the council the record is filed under: a post "of" it ("Chairman of
    Wiltshire Council", "Chair of Council of City of Doncaster Council") is a post of the council itself, kept whole."""
    names = council.names if council else ()
    return frozenset(_distinctive_words(name) for name in names) | {frozenset()}  # "the County Council" too


def resolve_organisations(record: Record, register: CouncilRegister | None = None,
                           council: Council | None = None) -> Record:
    """Spell out abbreviations the record defines, name combined authorities as the register does, list the shared
    organisations each item, issue and decision names, and part a post from another council it is held in
    (``council``: the one the record is filed under, ``Filing.council_for``)."""
    return OrganisationResolver(record, register, council).resolve(record)


def _texts(record: Record) -> Iterator[str]:
    """Every text of the record (titles, minutes, names …), where abbreviations may be defined."""
    for value in parts(record):
        if isinstance(value, Person | Post):
            continue  # a name or a post's label defines nothing
        for name in field_names(type(value)):
            field_value = getattr(value, name)
            if isinstance(field_value, str):
                yield field_value
            elif isinstance(field_value, list):
                yield from (v for v in field_value if isinstance(v, str))
