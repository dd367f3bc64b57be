"""Text rules shared by every ModernGov page reader (issue, meeting, agenda item, decision pages …).

Each rule here is about how ModernGov and councils *print* something, not about one page type:

- page lines and source-URL ids: :class:`Line`, :func:`page_lines`, :func:`query_value`;
- person mentions (honorifics, name lists, brackets, contact details) live in
  :mod:`publisher.sources.person_mentions`, the one grammar every reader shares; this module re-exports
  its older entry points (:func:`split_honorific`, :func:`split_names`, :func:`classify_bracket` …);
- actors in minutes prose: :func:`actor` ("The Leader (Councillor Mark Hunter)");
- participations in minutes prose: :func:`participations` ("moved by …", "… attended the meeting");
- icon text: :func:`strip_icon` ("… pdf icon PDF 107 KB" → the words before it and the document);
- contact lines: :data:`CONTACT_LINE`, :func:`parse_contact` (a named officer or a team);
- meeting headings: :func:`meeting_heading` ("Council - Thursday, 26 January 2017 2.00 p.m.");
- decisions: :data:`DECISION_MARKER` ("RESOLVED –", "Resolved:", "The Executive RESOLVEd") and
  :func:`decision_text` (a decision may run over several numbered clauses).

Text conventions shared by the readers: a page line is stripped at both ends but otherwise kept verbatim
(inner spacing such as "be  approved" is the council's and stays); paragraphs of minutes and decisions are
joined with a blank line ("\\n\\n"); a bulleted paragraph is written "• " + its text.
"""

from __future__ import annotations

import functools
import itertools
import pickle
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TypeVar
from urllib.parse import parse_qsl, urlsplit
from zoneinfo import ZoneInfo

from publisher.model import Contact, Document, Organisation, Participation, Person, Post
from publisher.sources.dates import DATE_RE, TIME_RE, WEEKDAYS, parse_date, parse_time
from publisher.sources.person_mentions import (  # the person-mention rules; re-exported for older importers
    ANY_HONORIFIC,
    EMAIL,  # noqa: F401 (re-exported)
    HONORIFIC_START,
    KNOWN_ORGANISATIONS,  # noqa: F401 (re-exported)
    NAME_PARTICLES,
    ORGANISATION_ENDINGS,  # noqa: F401 (re-exported)
    PHONE,  # noqa: F401 (re-exported)
    PLURAL_HONORIFICS,  # noqa: F401 (re-exported)
    ROLE_WORDS,  # noqa: F401 (re-exported)
    WHOLE_NAME,
    ListedName,  # noqa: F401 (re-exported)
    classify_bracket,
    is_organisation,  # noqa: F401 (re-exported)
    looks_like_name,
    person_named,
    read_mention,
    split_contact_details,
    split_honorific,  # noqa: F401 (re-exported)
    split_names,  # noqa: F401 (re-exported)
    split_outside_brackets,
    split_post_nominals,
    split_role_and_organisation,
    trailing_brackets,
)

# Councils in the UK print local clock time; a stated time is local time in London (GMT or BST).
LONDON = ZoneInfo("Europe/London")

# --- lines and ids --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Line:
    """A non-blank line of the page text and its line number in the file (for error messages)."""

    number: int
    text: str


def page_lines(text: str) -> list[Line]:
    """The non-blank lines of a page, stripped, with their 1-based line numbers."""
    return [Line(number, line.strip()) for number, line in enumerate(text.splitlines(), start=1)
            if line.strip()]


def query_value(url: str | None, key: str) -> str | None:
    """A query parameter of the source URL, matched without regard to case ("IId", "iid")."""
    if not url:
        return None
    for name, value in parse_qsl(urlsplit(url).query):
        if name.lower() == key.lower() and value.strip():
            return value.strip()
    return None


def until(lines: list[Line], stop: Callable[[str], bool]) -> list[Line]:
    """The lines before the first one whose text makes ``stop`` true."""
    taken = []
    for line in lines:
        if stop(line.text):
            break
        taken.append(line)
    return taken


# --- meeting headings ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class MeetingHeading:
    """A meeting as a ModernGov heading names it: committee, day, and the start time when printed."""

    committee: str
    date: date
    start: datetime | None  # timezone-aware (Europe/London); None when no time is printed


# What no committee's name holds: a label's colon ("Link: Audio Recording - 3 July 2018", Tendring's link to the
# meeting's recording, "Note: …"), a copy's markup ("{meta} Agenda for Council on Wednesday, 15 March 2023",
# Salford), a page's own words ("Agenda for …"): such a line is no "<committee> - <date>" heading.
_NO_BODY = re.compile(r"^(?:Link|Links|Note|Notes|Venue|Contact|Media|Webcast|Video|Audio|Recording|Watch|Live"
                      r"|Location|Place|Time|Date)\s*:\s|[{}<>]|^(?:Agenda|Minutes|Decisions)\s+for\b")
# Between the committee and the date: " - " (meeting pages) or ", " (recorded-vote pages).
_HEADING_SEPARATOR = re.compile(r"\s+[-–—]\s+|,\s+")


def meeting_heading(text: str, *, path: Path | str | None = None, line: int | None = None) -> MeetingHeading | None:
    """"Council - Thursday, 26 January 2017 2.00 p.m." / "Council, Wednesday 20th April 2022 6.00 p.m."
    → committee, date and start; None when the text is not such a heading (nothing but a date, and
    optionally a clock time, may follow the committee).

    The committee is what precedes the first separator that a whole date follows, so a committee name may
    itself hold dashes or commas. A printed weekday that disagrees with the date is an error in the record.
    """
    text = " ".join(text.split())
    for separator in _HEADING_SEPARATOR.finditer(text):
        committee, rest = text[:separator.start()].strip(), text[separator.end():]
        if not committee or committee.lower() in WEEKDAYS:  # "Tuesday, 24th September, 2019 10.00 am": no body
            continue
        if _NO_BODY.search(committee):  # "Link: Audio Recording - 3 July 2018" (Tendring): a labelled line
            return None
        if when := dated_line(rest, path=path, line=line):
            return MeetingHeading(committee, *when)
    return None


def dated_line(text: str, *, path: Path | str | None = None,
               line: int | None = None) -> tuple[date, datetime | None] | None:
    """"Tuesday, 24th September, 2019 10.00 am" → the day and the start (None when no time is printed); None
    unless the text is a whole date and, optionally, a clock time. Torfaen prints its meeting heading so, with
    no committee before the date."""
    found = DATE_RE.match(text)
    if not found:
        return None
    clock_text = text[found.end():].strip(" ,")
    clock_text = clock_text[3:] if clock_text.lower().startswith("at ") else clock_text
    if clock_text and not _is_clock(clock_text):
        return None
    day = parse_date(found.group(0), field="meeting date", path=path, line=line)
    clock = parse_time(clock_text, field="meeting time", path=path, line=line) if clock_text else None
    return day, datetime.combine(day, clock, tzinfo=LONDON) if clock else None


_MONTH_NAME = (r"(?:January|February|March|April|May|June|July|August|September|October|November"
              r"|December)")  # a month's full name, as minutes print it

# A meeting's own title before its committee's name: "Extraordinary Meeting", "Special Meeting (Budget)", "AGM"
# (Redcar and Cleveland: "AGM, Borough Council - Thursday, 25th May, 2023 10.00 am"), and
# a note of its move: "Moved from 9th October 2018, Cabinet - Tuesday, 2nd October, 2018 2.00 pm", "to the 27 October
# 2021 at 6.00pm, Council - Wednesday, 22nd September, 2021 7.00 pm, POSTPONED" (Thurrock: a date names no committee);
# when it starts: "On the rising of Planning Committee, Full Council - …" (Teignbridge).
_MEETING_TITLE = re.compile(r"\bmeeting\b|^(?:extraordinary|special|annual|budget|reconvened|adjourned|AGM|EGM)\b"
                            r"|^(?:moved|rescheduled|postponed|brought\s+forward)\s+(?:from|to)\s"
                            r"|^(?:on|at)\s+(?:the\s+)?rising\s+of\s"
                            r"|\b\d{1,2}(?:st|nd|rd|th)?\s+" + _MONTH_NAME + r"\b", re.IGNORECASE)


def committee_and_meeting_title(printed: str) -> tuple[str, str | None]:
    """"Extraordinary Meeting, Community Scrutiny Committee" → ("Community Scrutiny Committee",
    "Extraordinary Meeting"); "Council (Budget), Council" → ("Council", "Council (Budget)").

    A heading (a voting record's; a meeting page's "Special, District Planning Committee - Thursday 5th
    November 2020") names a meeting that has a title of its own with the title, then the committee, then the
    date. The part before the last comma is taken for a title only when it says so, by naming a kind of
    meeting or by repeating the committee's name with a note, so a committee whose name holds a comma
    ("Planning, Design and Development Committee") stays whole."""
    title, comma, committee = printed.rpartition(", ")
    if comma and committee and (title.startswith(committee) or _MEETING_TITLE.search(title)):
        return committee, title
    return printed, None


def _is_clock(text: str) -> bool:
    match = TIME_RE.match(text)
    return bool(match and (match["minute"] is not None or match["ampm"] is not None))


# --- sentences -----------------------------------------------------------------------------------------

# A sentence ends at ".", "!" or "?" after a word of two or more letters (or a bracket or quote) and before
# a capital: so "A. J. B. Beaumont" and "Des O’Brien" stay whole; also after a planning application's reference,
# whose last part is its kind in capitals ("… declared an interest in application 20/00961/MAJ. The application
# was deferred …", Teignbridge): the next sentence is no part of the declaration.
# A title abbreviated with a full stop ends no sentence: "Cllr. Hogarth declared that …" (Sevenoaks), "Mrs. Smith".
_SENTENCE_END = re.compile(r"(?:(?<=[a-z]{2}[.!?])|(?<=[)”’\"][.!?])|(?<=[a-z][.!?][”’\"])|(?<=\d/[A-Z]{3}[.!?])"
                           r"|(?<=\d/[A-Z]{4}[.!?]))"
                           r"(?<!\bCllr\.)(?<!\bCllrs\.)(?<!\bMrs\.)(?<!\bRev\.)(?<!\bRevd\.)(?<!\bProf\.)"
                           r"\s+(?=[A-Z“‘\"(])")


def sentences(text: str) -> list[str]:
    """A paragraph split into its sentences, each verbatim."""
    text = text.strip()
    if len(text) > 2_000:  # the cache below holds paragraphs, not whole pages
        return [part for part in _SENTENCE_END.split(text) if part]
    return list(_sentences(text))


_Found = TypeVar("_Found")


def kept_per_paragraph(read: Callable[..., list[_Found]]) -> Callable[..., list[_Found]]:
    """``read`` (a grammar over one paragraph, its arguments hashable), its findings kept for each distinct
    call. A page's minutes are read twice, by the page-wide pass (attendance, declarations wherever printed)
    and by their item's pass, and a council's pages repeat their paragraphs: ~3 in 4 of the bench's calls of
    ``read_attendance`` repeat one made before, ~1 in 2 over records/ (bench/README.md). The findings are handed
    out as a new copy each time, as readers change the people they are given (resolved, titled): kept pickled,
    unpickled for each call (a fifth of the cost of ``copy.deepcopy``; shared parts stay shared)."""
    @functools.lru_cache(maxsize=4096)
    def kept(*args: object, **kwargs: object) -> bytes | None:
        found = read(*args, **kwargs)
        return pickle.dumps(found, pickle.HIGHEST_PROTOCOL) if found else None

    @functools.wraps(read)
    def reading(*args: object, **kwargs: object) -> list[_Found]:
        found = kept(*args, **kwargs)
        return pickle.loads(found) if found is not None else []
    return reading


@functools.lru_cache(maxsize=4096)
def _sentences(text: str) -> tuple[str, ...]:
    """Kept: the readers of a page (attendance, declarations, votes, people in prose) each split the same
    paragraphs, ~340 splits a meeting page."""
    return tuple(part for part in _SENTENCE_END.split(text) if part)


def may_state(text: str, words: tuple[str, ...]) -> bool:
    """False only when a grammar cannot match: ``text`` holds none of ``words`` (lower case), one of which every
    match of it contains. A test of a few substrings costs far less than the grammar's regular expressions
    over the page's every line, most of which state nothing of the kind. Text beyond ASCII is always tried
    (case-insensitive matching folds a few other letters onto ASCII ones: "ſ", "K", "İ")."""
    if not text.isascii():
        return True
    lowered = text.lower()
    return any(map(lowered.__contains__, words))  # no generator: this runs on every line of every page


# --- brackets, organisations and posts ------------------------------------------------------------------

# An office and its holder, the holder's title between them: "the Leader Councillor Keeling".
_OFFICE_THEN_HOLDER = re.compile(
    r"^(?P<office>[A-Z][\w'’-]*(?:\s+(?:(?:of|for|and)(?:\s+the)?\s+)?[A-Z][\w'’-]*){0,5}?)\s+"
    r"(?P<holder>(?:Councillor|Cllr|Mr|Mrs|Ms|Miss|Dr)\.?\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})$")


# The capacity a titled member acts in, said after their name: "Councillor Eldred as the relevant Cabinet Member
# submitted a report" (Northampton). No part of the name; which post it is the words leave vague, so it is not read.
_ACTING_AS = re.compile(r"\s+as\s+(?:the\s+|an?\s+)?(?:[a-z]+\s+){0,2}[A-Z][^()]*$")


def actor(phrase: str, default_post: bool = False) -> tuple[Person | None, Post | None]:
    """A person and/or the post they acted in, from "The <post> (<bracket>)" or "<Honorific> <name> (…)".

    "The …" always names a post; otherwise an honorific marks a person; any other phrase is neither
    (unless ``default_post``, where the wording already says a post is meant, as in "a report of …").
    """
    main, brackets = trailing_brackets(phrase.strip().rstrip(".,;"))
    if re.match(HONORIFIC_START, main):
        main = _ACTING_AS.sub("", main)
    article = re.match(r"^the\s+", main, re.IGNORECASE)
    named = person_named(main) if not article else None
    person, post = None, None
    if named is not None and named.honorific:
        person = named
    elif article or default_post:
        label = main[article.end():] if article else main
        if not label[:1].isupper():
            return None, None
        if article and (held := _OFFICE_THEN_HOLDER.match(label)) and ROLE_WORDS.search(held["office"]) \
                and (holder := person_named(held["holder"])) is not None and holder.honorific:
            return holder, Post(held["office"], holder=holder)  # "the Leader Councillor Keeling" (Teignbridge)
        post = Post(label)
    else:
        return None, None
    for inner in brackets:
        person, post = _apply_bracket(inner, person, post)
    return person, post


def _apply_bracket(inner: str, person: Person | None, post: Post | None) -> tuple[Person | None, Post | None]:
    if person is not None and _INITIALS.fullmatch(inner):
        # "Councillor Darling (S)": letters alone, an initial telling two members of one surname apart or, on
        # other pages, a party's letter ("(C)", "(LD)"): which one the page does not say, and neither is a role
        return person, post
    kind = classify_bracket(inner)
    if kind == "person" and person is None and post is not None:
        person = person_named(inner)
        post.holder = person
    elif kind == "organisation":
        organisation = Organisation(" ".join(inner.split()))
        if post is not None:
            post.organisation = organisation
        elif person is not None:
            person.organisation = organisation
    elif kind == "role-and-organisation":
        role, name = split_role_and_organisation(inner)
        organisation = Organisation(name)
        if post is None and person is not None:
            person.organisation = organisation
            post = Post(role, holder=person, organisation=organisation)
        elif post is not None:
            post.label += f" ({role.strip()})"
            post.organisation = organisation
    elif post is None and person is not None and kind == "role":
        post = Post(inner, holder=person)
    elif post is not None:
        post.label += f" ({inner})"
    return person, post


_INITIALS = re.compile(r"[A-Z](?:\.?\s?[A-Z])?\.?")


# --- participations in minutes prose --------------------------------------------------------------------

# A subject longer than this is prose, not a list of people and posts.
MAX_SUBJECT = 400
_ACTION = re.compile(
    r"(?<=\s)(?:(?P<submitted>submitted)|(?P<presented>presented|introduced)|(?P<attended>attended))\s+"
    r"(?:a|an|the|his|her|their)\s+(?:joint\s+)?(?:report|meeting|item)\b")
# "moved by Councillor X", "Seconded by Councillor Y", "on the proposal of …"; the mover may be an office with its
# holder in a bracket, kept whole ("Moved by the Lord Mayor (Councillor McAllister),", Belfast); a dash may part
# mover and seconder ("Moved by Councillor W Johnson – Seconded by Councillor Clarke", Barnsley).
MOTION = re.compile(
    # "Councillor Hutchinson was nominated for Civic Head by Councillor Sanderson" (Northumberland): the nominator
    # moves the nomination.
    # "The Motion will be seconded by Councillor Nigel Dugmore" (Telford, the agenda's notice): not yet seconded
    r"\b(?<!\bwill\sbe\s)(?<!\bto\sbe\s)(?:(?P<verb>moved|proposed|seconded|nominated(?:\s+(?:for|as)\s+[^.,;()]{1,60}?)?)\s+by"
    r"|on\s+the\s+(?:motion|proposal|nomination)\s+of)\s+"
    r"(?P<who>(?:" + ANY_HONORIFIC + r"\.?\s+)*(?:[^()]|\([^()]*\)){1,120}?)"
    r"(?=\s+(?:[–—-]\s+)?(?:moved|proposed|seconded)\s+by\b"
    r"|\s+(?:and|on behalf of|[“\"‘]?that)\b|[,;:)]"  # "… seconded by Councillor K D Evans “that …”" (Fareham)
    r"|(?<!\b[A-Z])\.|$)",
    re.IGNORECASE)
# A titled member by a short name: "Councillor A J Eade", "Cllr. Smith" (up to four capitalised words).
_TITLED_NAME = ANY_HONORIFIC + r"\.?\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}"
# The active voice: "Councillor Terri Dowling proposed that …", "Councillor Smith moved the recommendations",
# "Councillor Yuill moved as a procedural motion", "Councillor A Hopgood Moved a Motion without notice",
# "Under Council Procedure Rule 12(c) Councillor J Robinson moved that …" (a capitalised honorific and a short
# name, then the verb and what it moved).
ACTIVE_MOTION = re.compile(
    r"(?:^|(?<=[.;:,)]\s)|(?<=[.;:,)]\s\s))(?P<who>" + _TITLED_NAME + r")"
    # "Councillor Andy Graham, Leader of the Council, proposed that …" (West Oxfordshire): a post between commas
    r"(?:,\s+(?!" + HONORIFIC_START + r")(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|of|for|and|the|&)){0,7},)?"
    r"\s+(?P<verb>[Mm]oved|[Pp]roposed|[Ss]econded|MOVED|PROPOSED|SECONDED)"
    # "Councillor A J Eade moved, in accordance with Council Procedure Rule 7, the following Motion" (Telford)
    # "Cllr M Renders proposed a vote of thanks to the retiring Mayor." (West Devon)
    # "Councillor McCann Proposed, Seconded by Councillor Harkin" (Derry City and Strabane): the seconder after it
    r"(?:\s+(?:that|the|as|(?i:a\s+motion|an\s+amendment|a\s+vote\s+of\s+thanks))\b"
    r"|,\s+(?:in\s+accordance\s+with|under)\s|,\s+(?=[Ss]econded\s+by\s))")
# The same member again by pronoun, opening the sentence after one that opens with their title and name: "Councillor
# Larratt expressed his thanks to Chris Millar … He proposed that Councillor Ann Addison be elected Chairman …" (West
# Northamptonshire): the mover is the member the sentence before is about.
_PRONOUN_MOTION = re.compile(
    r"(?:^|(?<=[.;]\s)|(?<=[.;]\s\s))(?:He|She)\s+(?:then\s+|also\s+|subsequently\s+)?"
    r"(?P<verb>moved|proposed|seconded)\s+(?:that|the|(?i:a\s+motion|an\s+amendment|a\s+vote\s+of\s+thanks))\b")
# The member who opens the sentence, moving after another verb of theirs: "Councillor Carl Les welcomed everyone to
# the first meeting …, and proposed that the practice … should continue" (York and North Yorkshire CA).
_AND_MOTION = re.compile(r",\s+and\s+(?:then\s+|also\s+)?(?P<verb>moved|proposed)\s+that\b")
_OPENING_MEMBER = re.compile(
    r"(?P<who>" + _TITLED_NAME + r")\s+[a-z]")
# The seconder after "and", the verb told as coming after the moving: "Cllr N Jory moved the appointment of Cllr P
# Vachon and Cllr M Ewings subsequently seconded the motion." (West Devon).
SECONDED_AFTER = re.compile(
    r"(?<=\sand\s)(?P<who>" + _TITLED_NAME + r")\s+(?:subsequently|then)\s+(?P<verb>seconded)\s+"
    r"the\s+(?:motion|nomination|proposal|appointment)\b")
# A member nominating another to an office moves the nomination: "The Leader of the Council, Councillor J A Kite MBE,
# nominated Councillor R M Currans to be elected as Mayor …" (Dartford), "Cllr Vivian proposed Cllr Apel which was
# seconded by Cllr Newbery." (Chichester).
ACTIVE_NOMINATION = re.compile(
    r"(?:^|(?<=[.;:,)]\s))(?P<who>" + _TITLED_NAME + r"),?\s+(?P<verb>nominated|proposed)\s+"
    r"(?=" + HONORIFIC_START + r")")
# Both in one clause: "Councillor Neville moved and Councillor Lamprecht seconded a proposal to …", "Councillor
# Kingscote proposed and Councillor Darling (S) seconded a motion" (a bracket after a name kept with it).
_NAMED = (_TITLED_NAME +
          r"(?:\s+\([A-Z][\w .'’-]{0,40}\))?")
# Commas may part them: "Councillor Mackover moved, Councillor Hargreaves seconded, and Council RESOLVED that:",
# "Councillor North moved, and Councillor Areti seconded, a vote of thanks …" (Kensington and Chelsea); in capitals,
# "Cllr Aspinell MOVED and Cllr Russell SECONDED the recommendations in the report." (Brentwood); "Councillor Devenney
# Moved, Councillor Hussey Seconded and the Council" over "Resolved that …" (Derry City and Strabane).
ACTIVE_PAIR = re.compile(
    r"(?:^|(?<=[.;:,)]\s))(?P<mover>" + _NAMED + r")\s+(?:[Mm]oved|MOVED|[Pp]roposed|PROPOSED)(?:,\s+and|,|\s+and)\s+"
    r"(?P<seconder>" + _NAMED + r")\s+(?:[Ss]econded|SECONDED)(?:,?\s+(?:that|the|as|an?)\b|,?\s+and\b)")
# The pair as a clause of the sentence that leads to the resolution: "With Mrs Carrick proposing and Mr Wearing
# seconding Mr Markley as Vice Chair and there being no other nominations, it was" (Cumbria).
GERUND_PAIR = re.compile(
    r"\b[Ww]ith\s+(?P<mover>" + _NAMED + r")\s+(?:proposing|moving)(?:,\s+and|,|\s+and)\s+"
    r"(?P<seconder>" + _NAMED + r")\s+seconding\b")
_ACTOR_SEPARATOR = re.compile(
    r"(?<!\s)(?:\s+(?:supported|accompanied|assisted|joined)\s+by\s+|\s*,?\s+together\s+with\s+"
    r"|\s*,?\s+and\s+(?=" + HONORIFIC_START + r")|\s*,\s+(?=" + HONORIFIC_START + r"))")


# One of these is in every match of _ACTION, and of MOTION, ACTIVE_MOTION, ACTIVE_PAIR and GERUND_PAIR (in any case).
_ACTION_VERBS = ("submitted", "presented", "introduced", "attended")
_MOTION_WORDS = ("moved", "proposed", "seconded", "motion", "proposal", "nominated", "proposer", "mover", "seconder",
                 "seconding")
# A nomination's labelled lines: "Nominee: Councillor S Cox" / "Proposer: Councillor I Grayson" / "Seconder:
# Councillor T Hallway" (North Tyneside): who moved and who seconded it.
_LABELLED_MOTION = re.compile(r"^(?P<verb>Proposer|Mover|Seconder)\s*:\s*(?P<who>\S.*?)\s*$", re.IGNORECASE)


@kept_per_paragraph
def participations(text: str) -> list[Participation]:
    """Who submitted, presented, attended, moved or seconded, from one paragraph of minutes.

    "The Cabinet Member … (Councillor X) attended the meeting"; "It was moved by Councillor Stokes";
    "Seconded by Councillor Haines"; "Councillor Dowling proposed that …"; "On the proposal of Councillor J Cook";
    "Councillor Neville moved and Councillor Lamprecht seconded a proposal …". A subject that is not a person or
    a post gives nothing.
    """
    found: list[Participation] = []
    if may_state(text, _ACTION_VERBS) and (action := _ACTION.search(text)):
        kind = next(name for name in ("submitted", "presented", "attended") if action[name])
        subject = re.split(r"(?<=[a-z0-9)])\.\s+", text[:action.start()].rstrip())[-1]
        if len(subject) <= MAX_SUBJECT:
            found.extend(_participants(kind, subject))
    if not may_state(text, _MOTION_WORDS):
        return found
    motions = [(m.start(), "seconded" if (m["verb"] or "").lower() == "seconded" else "moved", _name_only(m["who"]))
               for m in (*ACTIVE_MOTION.finditer(text), *MOTION.finditer(text), *ACTIVE_NOMINATION.finditer(text),
                         *SECONDED_AFTER.finditer(text))]
    if labelled := _LABELLED_MOTION.match(text):
        motions.append((0, "seconded" if labelled["verb"].lower() == "seconder" else "moved", labelled["who"]))
    for again in (*_PRONOUN_MOTION.finditer(text), *_AND_MOTION.finditer(text)):
        if who := _member_before(text, again.start()):
            motions.append((again.start(), "seconded" if again["verb"] == "seconded" else "moved", who))
    for pair in (*ACTIVE_PAIR.finditer(text), *GERUND_PAIR.finditer(text)):
        motions += [(pair.start(), "moved", pair["mover"]), (pair.start("seconder"), "seconded", pair["seconder"])]
    for start, kind, who in sorted(motions, key=lambda motion: motion[0]):
        if not _declared_in_before(text, start):
            found.extend(_participants(kind, who) or _untitled_mover(kind, who))
    return found


# An amendment a member asked for, then seconded in the next paragraph: "Councillor A requested an amendment to minute
# number 12 …" / "The amendment was seconded by Councillor B." (as Allerdale's minutes say it): the member moved it
# (an amendment only asked for, seconded by nobody, may have been taken without a motion: not read).
_AMENDMENT_ASKED = re.compile(r"^(?P<who>" + _TITLED_NAME + r")\s+(?:requested|sought|asked\s+for|suggested)\s+"
                              r"an\s+amendment\b")
_AMENDMENT_SECONDED = re.compile(r"^the\s+amendment\s+was\s+(?:duly\s+)?seconded\b", re.IGNORECASE)


def amendment_moved(text: str, following: str) -> list[Participation]:
    """The member who asked for an amendment the next paragraph says was seconded, as its mover (see
    :data:`_AMENDMENT_ASKED`); none otherwise."""
    asked = _AMENDMENT_ASKED.match(text.strip())
    if asked is None or not _AMENDMENT_SECONDED.match(following.strip()):
        return []
    return _participants("moved", _name_only(asked["who"]))


def _member_before(text: str, start: int) -> str | None:
    """The titled member the sentence before ``start`` opens with ("Councillor Larratt expressed his thanks …"), the
    one a "He proposed …" opening the next sentence speaks of; None when that sentence opens otherwise."""
    previous = sentences(text[:start])[-1:] if text[:start].strip() else []
    opening = _OPENING_MEMBER.match(previous[0]) if previous else None
    return opening["who"] if opening else None


# What an interest is declared in, up to the sentence's end: "County Councillor G Thomas declared a personal and
# prejudicial interest in the notice of motion moved by County Councillor P Pritchard as a friend of …" (Powys):
# "moved by" there names the business the interest concerns, moved at another item, not a motion of this one.
_DECLARED_IN = re.compile(r"\bdeclared\b[^.;]{0,80}?\binterests?\s+"
                          r"(?:in|on|regarding|in\s+(?:respect\s+of|relation\s+to))\b[^.;]*$", re.IGNORECASE)


def _declared_in_before(text: str, start: int) -> bool:
    """True when the motion found at ``start`` is told of within the business an interest is declared in
    (:data:`_DECLARED_IN`)."""
    return bool(_DECLARED_IN.search(text, 0, start))


# A whole name printed with no title after "proposed by" / "seconded by": two or three capitalised words ("It was
# proposed by Clive Jones and seconded by Stephen Conway that …", Wokingham, whose minutes title no member).
# Also initials before a surname, post-nominals after it ("On the nomination of M J Hill OBE, seconded by P A Bradwell
# OBE …", Lincolnshire, whose minutes title no member).
_WHOLE_NAME = re.compile(r"^(?:[A-Z][a-z][\w'’-]*(?:\s+[A-Z][a-z][\w'’-]*){1,2}"
                         r"|(?:[A-Z]\.?\s+){1,3}[A-Z][a-z][\w'’-]*(?:-[A-Z][a-z][\w'’-]*)?)$")
_BODY_WORD = re.compile(r"\b(?:Committee|Council|Cabinet|Board|Panel|Group|Forum|Team|Services?|Department|Authority"
                        r"|Members?|Party|Partnership|Sub)\b")


def _untitled_mover(kind: str, who: str) -> list[Participation]:
    """The mover or seconder named without a title, when the words can only be a person's name: no post
    ("Vice Chairman") and no body ("Planning Committee")."""
    name, letters = split_post_nominals(who)
    if not _WHOLE_NAME.match(name) or ROLE_WORDS.search(name) or _BODY_WORD.search(name) or is_organisation(name):
        return []
    return [Participation(kind=kind, person=Person(name, post_nominals=letters))]


def _name_only(who: str) -> str:
    """"Councillor Meudec the following vote of thanks … was MOVED" → "Councillor Meudec": after an honorific
    the name is its capitalised words (and initials, particles, brackets), so the first other lower-case word
    ends it where no comma or "that" does. A post ("the Leader of the Council") is kept whole."""
    if not re.match(HONORIFIC_START, who):
        return who
    depth = 0
    words = who.split(" ")
    for index, word in enumerate(words):
        if depth == 0 and index > 1 and word[:1].islower() and word.strip(".") not in NAME_PARTICLES:
            return " ".join(words[:index]).rstrip()
        depth += word.count("(") - word.count(")")
    return who


# An item's presenter on a labelled line of its agenda text: "Presented By: Tim Martin", "Presented By: Chair" (West
# Midlands CA, under every item's title).
_PRESENTED_BY = re.compile(r"^(?:Presented|Introduced)\s+by\s*:\s*(?P<who>\S.*?)\s*\.?$", re.IGNORECASE)


def presented_by(text: str) -> list[Participation]:
    """Who a "Presented By:" line names as presenting the item: a titled member or a whole name of two or three
    words that holds no role word ("Tim Martin"); an office alone ("Chair") names no one."""
    label = _PRESENTED_BY.match(text.strip())
    if label is None:
        return []
    person, _ = actor(label["who"])
    who = label["who"]
    if person is None and 2 <= len(who.split()) <= 3 and looks_like_name(who) and not ROLE_WORDS.search(who) \
            and not is_organisation(who) and not _TEAM.search(who):
        person = person_named(who)
    return [Participation(kind="presented", person=person)] if person is not None else []


def _participants(kind: str, subject: str) -> list[Participation]:
    """One participation per actor in the subject, or none if any actor is not a person or post."""
    actors = [actor(phrase) for phrase in split_outside_brackets(subject.strip(), _ACTOR_SEPARATOR)]
    if not actors or any(person is None and post is None for person, post in actors):
        return []
    return [Participation(kind=kind, person=person, post=post) for person, post in actors]


# --- icon text and documents ----------------------------------------------------------------------------

# "pdf icon PDF 107 KB": ModernGov's file icon (its alt text) and the printed type and size.
ICON = re.compile(
    r"\b(?P<ext>pdf|docx?|xlsx?|pptx?|od[tsp]|rtf|txt|csv|html?|xml|zip|jpe?g|png|gif|mp3|mp4|msg|eml)"
    r"\s+icon(?:\s+(?P<label>[a-z][a-z0-9]*))?"
    r"(?:\s+(?P<size>\d+(?:[.,]\d+)?)\s*(?P<unit>KB|MB|GB|bytes|B)\b)?\s*$",
    re.IGNORECASE)

MIME_TYPES = {
    "pdf": "application/pdf", "doc": "application/msword",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xls": "application/vnd.ms-excel",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "ppt": "application/vnd.ms-powerpoint",
    "pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    "odt": "application/vnd.oasis.opendocument.text",
    "ods": "application/vnd.oasis.opendocument.spreadsheet",
    "odp": "application/vnd.oasis.opendocument.presentation",
    "rtf": "application/rtf", "txt": "text/plain", "csv": "text/csv", "html": "text/html", "htm": "text/html",
    "xml": "application/xml", "zip": "application/zip", "jpg": "image/jpeg", "jpeg": "image/jpeg",
    "png": "image/png", "gif": "image/gif", "mp3": "audio/mpeg", "mp4": "video/mp4",
}


# The punctuation a list of titles prints between them ("5TH FEBRUARY, 2018; pdf icon PDF 244 KB", "30TH APRIL,
# 2018; …", Carmarthenshire's three sets of minutes): no part of the title (a full stop is kept, as printed).
_LIST_PUNCTUATION = re.compile(r"[;,]\s*$")


def strip_icon(text: str) -> tuple[str, Document | None]:
    """Split icon text off a line: the words before it and the document it describes (titled by them), without
    the separator of a list of titles printed before the icon ("5TH FEBRUARY, 2018; pdf icon PDF 244 KB",
    Carmarthenshire's minutes to approve, one a sub-item)."""
    match = ICON.search(text)
    if not match or not match.start():
        return text, None
    title = _LIST_PUNCTUATION.sub("", text[:match.start()].strip())
    size = None
    if match["size"]:
        unit = "B" if match["unit"].lower() == "bytes" else match["unit"].upper()
        size = f"{match['size']} {unit}"
    return title, Document(title=title, mime_type=MIME_TYPES.get(match["ext"].lower()), size_text=size)


# The printed type and size without the icon's words, as copies that drop the icon's alt text give it:
# "Agenda frontsheet PDF 268 KB", "Minutes of the Previous Meeting PDF 246 KB To approve …".
PRINTED_FILE = re.compile(
    r"(?:\b[a-z]{3,4}\s+icon\s+)?\b(?P<ext>PDF|DOCX?|XLSX?|PPTX?|RTF|ODT|ODS|HTML?|ZIP|CSV|TXT)\s+"
    r"(?P<size>\d+(?:[.,]\d+)?)\s*(?P<unit>KB|MB|GB)\b")


def printed_document(title: str, printed: re.Match[str]) -> Document:
    """The document a :data:`PRINTED_FILE` match describes, titled by the words before it."""
    return Document(title=title, mime_type=MIME_TYPES.get(printed["ext"].lower()),
                    size_text=f"{printed['size']} {printed['unit']}")


# "Agenda reports pack", "Public reports pack": ModernGov's link to a document pack, listed with no printed
# type or size (the pack is put together when asked for).
_DOCUMENT_PACK = re.compile(r"^(?:[\w-]+\s+){0,3}(?:reports?|documents?)\s+pack$", re.IGNORECASE)


# The older layout (CeListDocuments.aspx) prints the icon first and the size in brackets after the title: "pdf icon
# Agenda [111kb]", "pdf icon Item 4 petition [19kb]" (Reading).
ICON_FIRST = re.compile(
    r"^(?P<ext>pdf|docx?|xlsx?|pptx?|od[tsp]|rtf|txt|csv|html?|zip)\s+icon\s+(?P<title>\S.*?)\s*"
    r"\[\s*(?P<size>\d+(?:[.,]\d+)?)\s*(?P<unit>KB|MB|GB)\s*\]\s*$", re.IGNORECASE)


def document_line(text: str) -> Document | None:
    """A line listing one document ("· Appendix A pdf icon PDF 88 KB", "• Agenda frontsheet PDF 268 KB",
    "· Agenda reports pack", "pdf icon Item 3 [140kb]"), or None."""
    bullet = BULLET.match(text)
    listed = bullet["text"] if bullet else text
    if first := ICON_FIRST.match(listed.strip()):
        return Document(title=first["title"], mime_type=MIME_TYPES.get(first["ext"].lower()),
                        size_text=f"{first['size']} {first['unit'].upper()}")
    _, document = strip_icon(listed)
    if document is None and bullet and (printed := PRINTED_FILE.search(listed)) and printed.start() \
            and printed.end() == len(listed.rstrip()):
        return printed_document(listed[:printed.start()].strip(), printed)
    if document is None and bullet and _DOCUMENT_PACK.match(listed.strip()):
        return Document(title=listed.strip())
    return document


# --- contact lines --------------------------------------------------------------------------------------

CONTACT_LINE = re.compile(r"^(?:officer\s+)?contact(?:\s+officer)?\s*:\s*(?P<rest>.*)$", re.IGNORECASE)
_TEAM = re.compile(r"\b(?:services?|team|unit|office|department|section|division|support|administration|management)$",
                   re.IGNORECASE)  # "Contact: Committee Administration 01905 …" names a team
# A team's name and then a note on one line, the gap between them lost in a copy: "Governance Unit The webcast can
# be viewed at http://…" (Rotherham's contact line in a Markdown copy): the team is the contact, the note no name.
_TEAM_THEN_NOTE = re.compile(r"^(?P<team>(?:[A-Z][\w&'’-]*\s+){0,3}(?:Services?|Team|Unit|Office|Department|Section"
                             r"|Division|Support|Administration|Management))\s+(?=[A-Z][a-z]*\s+[a-z])")
# One word, no initials and no title before it: "Contact: Comsec  Email: comsec@…" (Teignbridge's committee
# section) names a mailbox or a team, not a person; a person a contact line names has a forename or initials.
_ONE_WORD = re.compile(r"^[A-Za-z][a-z'’-]*$")
# Where an office address starts in a contact line: "Room 357", "2nd Floor", "Ground Floor", "PO Box 1".
_ADDRESS_START = re.compile(r"^(?:room\b|\d|(?:ground|first|second|third|lower|upper)\s+floor\b|p\.?o\.?\s+box\b)",
                            re.IGNORECASE)


def _name_post_and_team(name: str, role: str | None) -> tuple[str, str | None, str | None]:
    """A contact's name, post and team, with the office address that may follow them dropped: an address run
    into the name ("… Officer Room 357, Council Offices, …") or after its comma ("…  Room 357, …"), a post
    printed with no comma after the name, a team after the post."""
    words = name.split()
    address = next((index for index in range(2, len(words)) if _ADDRESS_START.match(" ".join(words[index:]))), None)
    if address is not None:
        name, role = " ".join(words[:address]), None
    if role and _ADDRESS_START.match(role):
        role = None  # where to find them, not their post
    if parted := _name_then_post(name):
        # "Martin McCarthy Service Director Governance, Member and Business Support" (Barnsley): the post starts
        # after the name, the comma inside it; before, the name ran to "Governance"
        name, role = parted[0], f"{parted[1]}, {role}" if role else parted[1]
    if role is None:
        return name, None, None
    return (name, *_post_and_team(role))


def _name_then_post(text: str) -> tuple[str, str] | None:
    """ "Carys Walker Partnership Committee Officer": a contact's name and post printed with no comma between
    them (nor a wide gap, once the copy lost it): a given name and surname, then the post (a role word in it).
    A titled name is left whole, and so is a post before a colon ("Senior Scrutiny Officer: Rosa Kent")."""
    words = text.split()
    name, post = " ".join(words[:2]), " ".join(words[2:])
    if not post or ":" in post or split_honorific(name)[0] or ROLE_WORDS.search(name) or not ROLE_WORDS.search(post) \
            or not looks_like_name(name) or not post[:1].isupper():
        return None
    return name, post


def _name_then_team(text: str) -> tuple[str, str] | None:
    """ "Julie Harvey Democratic Management": the last of two officers on a contact line ("Helen Barr/Julie
    Harvey Democratic Management", Stoke-on-Trent), then the team or post both work in, with no comma between."""
    words = text.split()
    name, post = " ".join(words[:2]), " ".join(words[2:])
    if not post or not (_TEAM.search(post) or ROLE_WORDS.search(post)) or not post[:1].isupper() \
            or not looks_like_name(name) or split_honorific(name)[0] or _TEAM.search(name):
        return None
    return name, post


def _post_and_team(role: str) -> tuple[str, str | None]:
    """ "Partnership Committee Officer, Community Partnerships & Safety Team, 2nd Floor, Epsom Town Hall, …":
    the post is what comes before the team or the office's address (where the officer works, not what they
    are), so long as it names a post (a role word in it); the team after it is returned too."""
    parts = [part.strip() for part in role.split(",")]
    for index, part in enumerate(parts[1:], 1):
        if _TEAM.search(part) or _ADDRESS_START.match(part):
            post = ", ".join(parts[:index])
            if not ROLE_WORDS.search(post):
                break
            return post, part if _TEAM.search(part) else None
    return role, None


# Where an office address starts after a contact's role: "Room 357", "Floor 2", or a part holding a postcode.
_OFFICE_ADDRESS = re.compile(r",\s*(?=(?:Room|Floor|Level|Suite)\s+\w+|[^,]*\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b)")


def gap_as_comma(rest: str) -> str:
    """A contact line's gap of two spaces or a tab before a capital, read as the comma it stands for: "Vicky
    Wemyss-Cooke  Committee Services Manager", "Hannah Matthews  Governance and Democracy Manager" (a page's line
    break between name and post, copied as spaces)."""
    return re.sub(r"(?<=[^\s,])(?:\s{2,}|\t)(?=[A-Z])", ", ", rest)


# A contact line that opens with a post, not a name: two or three capitalised words, the last a post's noun, then a
# dash, a comma or the end ("Corporate Manager - Democracy", Rushmoor).
_CONTACT_POST = (r"(?:[A-Z][a-z]+\s+){1,2}(?:Manager|Officer|Director|Administrator|Secretary|Clerk|Co-?ordinator"
                 r"|Advis[eo]r|Assistant)")
_POST_FIRST = re.compile(r"^" + _CONTACT_POST + r"(?:\s*(?:[-–—,]\s+\S.*)?)$")
# The post first, then the officer's whole name after a comma and nothing more: "Democratic Services Officer, Peter
# Bell" (Stockton-on-Tees).
_POST_THEN_NAME = re.compile(r"^(?P<post>" + _CONTACT_POST + r"),\s+(?P<name>" + WHOLE_NAME + r")[.,;]?$")
# A contact line that prints the phone first, then a dash and the officer's name, then the e-mail (New Forest).
_DETAILS_FIRST = re.compile(r"^(?i:tel(?:ephone)?|phone)\s*:?\s*[\d\s()+]{6,}?\s+[-–—]\s+"
                            r"(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){1,3})(?=\s*(?:(?i:e-?mail)\b|$))")


# A notice to the reader printed after the contact, a comma or a gap before it: "Contact: Ian Hird  Please note change
# of venue" (West of England CA): no post of the officer's, no part of the contact.
_NOTICE_AFTER = re.compile(r"(?:,\s*|\s{2,}|\t)(?:Please\s+(?:note|be\s+aware)|N\.?B\.?\s*:|Note\s*:)(?:\s.*)?$",
                           re.IGNORECASE)


# A label the line prints with nothing after it, after a gap: "Contact: Lesley McKenzie  YouTube Link:" (the link
# itself not copied): no post of the officer's.
_EMPTY_LABEL = re.compile(r"(?:\s{2,}|\t)[A-Z][\w'’ -]{0,30}:\s*$")


def parse_contact(rest: str) -> Contact | None:
    """The text after "Contact:" → a Contact: a named officer or a team, with phone and email as printed.

    "Peter Owston on 0161 474 3274 or email: x@y", "Jane Smith, Democratic Services Officer, 01483 …",
    "Democratic Services  03450 450 500 Email: x@y" (a team: ``Contact.team``, no person). A gap of two
    spaces or a tab before a capital parts a name from its role, as a comma does (a page's line break
    between them, copied as spaces). Of two officers printed "A Name/ B Name", the first is the contact (a
    contact line has one). A line with no name or team before its details gives None.
    """
    who, email, phone = _contact_who(rest)
    contact = _contact_named(who)
    if contact is not None:
        contact.phone, contact.email = phone, email
    return contact


def _contact_who(rest: str) -> tuple[str, str | None, str | None]:
    """A contact line's words about who, parted from its e-mail and phone; a notice after the contact, the
    office's address and a second officer after the first one's post are no part of who."""
    rest = _NOTICE_AFTER.sub("", rest)  # "Ian Hird  Please note change of venue" (West of England CA): a notice
    rest = _EMPTY_LABEL.sub("", rest)  # "Lesley McKenzie  YouTube Link:": a label left empty
    who, email, phone = split_contact_details(gap_as_comma(rest))
    if not who and (first := _DETAILS_FIRST.match(rest.strip())) and looks_like_name(first["name"]):
        who = first["name"]  # "Tel: 023 8028 5072 - Matt Wisdom  E-mail: …": the phone before the name
    who = _OFFICE_ADDRESS.split(who, maxsplit=1)[0]  # "…Officer, Room 357, Council Offices, …": an address
    if second := _second_officer(who):
        who = who[:second.start()]  # "Davina Howes, Director (…), Helen Lindfield, …": the first officer's post ends
    return who, email, phone


def _contact_named(who: str) -> Contact | None:
    """The officer, post or team a contact line's words name, by the first form that fits them."""
    if (post_then_name := _POST_THEN_NAME.match(who.strip())) and looks_like_name(post_then_name["name"]):
        return Contact(person=person_named(post_then_name["name"]),
                       role=post_then_name["post"])  # "Democratic Services Officer, Peter Bell" (Stockton-on-Tees)
    if _POST_FIRST.match(who):  # "Corporate Manager - Democracy" (Rushmoor): a post, no one named
        return Contact(role=" ".join(who.split()).strip(" ,.;"))
    who = _dash_as_comma(who)
    if listed := officers_listed(who):  # "Alison James, John Addison, Peter Thompson  Senior Committee Services
        return Contact(person=person_named(listed[0]))  # officer": whose post, unsaid
    return _officer_or_team(who)


def _dash_as_comma(who: str) -> str:
    """ "Robert Harris - Committee Officer", "Sharon Turner: Democratic Services Officer" (West Suffolk): a dash or
    a colon parts name and role, as a comma does; not a post before them ("Senior Scrutiny Officer: Rosa Kent")."""
    if "," not in who and (dash := re.match(r"^(.+?)(?:\s+[-–—]|:)\s+(?=[A-Z])", who)) and looks_like_name(dash[1]) \
            and not _TEAM.search(dash[1]) and not ROLE_WORDS.search(dash[1]):
        return f"{dash[1]}, {who[dash.end():]}"
    return who


def _officer_or_team(who: str) -> Contact | None:
    """ "Name, Role" (of one officer, or the first of two or of several sharing the role), or a team."""
    name, _, role = who.partition(",")
    name, role_text = name.strip(" -–—"), role.strip(" ,.;") or None  # "Democratic Services - 01234 …"
    first, slash, second = re.split(r"(\s*/\s*|\s+or\s+)", name, maxsplit=1) if re.search(r"/|\sor\s", name) \
        else (name, "", "")  # "Jane Smith/ John Brown", "Huma Younis or Andre Ferreira" (Surrey): either officer
    if shared := officers_sharing_post(name, role_text):  # "A Name and B Name, Committee Administrators"
        (name, *_), role_text = shared
        who = f"{name}, {role_text}" if role_text else name
    elif slash and looks_like_name(first.strip()) and looks_like_name(second.strip()):
        who, name = who.replace(name, first.strip(), 1), first.strip()  # "Jane Smith/ John Brown": the first
    if not name:
        return None
    if team_first := _TEAM_THEN_NOTE.match(name):  # "Governance Unit The webcast can be viewed at …" (Rotherham)
        return Contact(team=team_first["team"])
    if _TEAM.search(name) or _ONE_WORD.match(name):
        return Contact(team=name, role=role_text)
    name_read, post, team = _name_post_and_team(name, role_text)
    if (name_read, post) != (name, role_text):  # an address dropped, a post parted from the name or the team
        name, role_text = name_read, post
        who = f"{name}, {post}" if post else name
    return _officer(who, name, role_text, team)


def _officer(who: str, name: str, role: str | None, team: str | None) -> Contact | None:
    """One officer: as the person grammar reads "Name, Role", else a post before a dash and the name, else the
    name with the role printed after it; None when the words are no name ("Head of Planning - Catherine
    Bicknell and Legal Services Manager - …" whole)."""
    mention = read_mention(who)
    if mention is not None and mention.role is not None:
        return Contact(person=mention.person(), role=mention.role, team=team)
    if (posted := _POST_DASH_NAME.match(name)) and ROLE_WORDS.search(posted["post"]) \
            and looks_like_name(posted["name"]):
        return Contact(person=person_named(posted["name"]), role=posted["post"])
    if not looks_like_name(name) and not (mention and mention.person().honorific):
        return None
    return Contact(person=person_named(name), role=role, team=team)


# A second officer after the first one's name and post, with a post of their own: "Contact: Davina Howes, Director
# (Families and Communities), Helen Lindfield, Families and Communities Officer." (Forest Heath). The name is two or
# three capitalised words holding no role or team word; the post ends the line and holds a role word, so an address
# after a post ("…, Town Hall, Main Street") is no officer.
_SECOND_OFFICER = re.compile(r",\s+(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){1,2}),\s+(?P<post>[A-Z][^,]*?)\s*[.;]?$")


def _second_officer(who: str) -> re.Match[str] | None:
    """Where a contact line's second officer starts (see :data:`_SECOND_OFFICER`), after the first's post."""
    match = _SECOND_OFFICER.search(who)
    first_post = who[:match.start()].partition(",")[2] if match else ""
    if not match or not ROLE_WORDS.search(first_post):  # "Alison James, John Addison, Peter Thompson  Senior
        return None  # Committee Services officer" (Rochdale): three officers sharing one post, not two posts
    name, post = match["name"], match["post"]
    if not looks_like_name(name) or ROLE_WORDS.search(name) or _TEAM.search(name) or not ROLE_WORDS.search(post):
        return None
    return match


def second_contact(rest: str) -> Post | None:
    """The second officer a contact line names, in the post printed after them (see :data:`_SECOND_OFFICER`); a
    contact line's :func:`parse_contact` reads the first."""
    who = _OFFICE_ADDRESS.split(split_contact_details(gap_as_comma(rest))[0], maxsplit=1)[0]
    match = _second_officer(who)
    return Post(match["post"].strip(), holder=person_named(match["name"])) if match else None


# A post, a dash, then the officer's whole name, which ends the line or a second officer follows ("and …"):
# "Head of Planning - Catherine Bicknell and Legal Services Manager - Lisa Hastings" (Tendring). The first is
# the line's contact (a contact line has one). A colon parts them too, the name titled or by initials
# ("Committee & Member Services Manager: Ms. M. Bailey").
_POST_DASH_NAME = re.compile(r"^(?P<post>[A-Z][^-–—,:]*?)(?:\s+[-–—]|:)\s+"
                             r"(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,2})(?=\s+and\s|\s*[.;]?$)")


# The plural of a post's last word ("Administrators", "Officers", "Managers"), not of a team's ("Services").
_PLURAL_POST = re.compile(r"(?:or|er|ant|ist|ive)s$")
# What joins two officers' names printed with one post: "and", or a slash ("A Name / B Name").
_BETWEEN_TWO_NAMES = re.compile(r"(\s+and\s+|\s*/\s*)")


def officers_listed(who: str) -> list[str] | None:
    """Three officers or more named on a contact line, commas between them, then one post: "Alison James, John
    Addison, Peter Thompson  Senior Committee Services officer" (Rochdale). Which of them holds the post the line
    does not say, so none is given it; each is a contact. The names, the line's contact first; None unless the line
    opens with three whole names (two are :func:`officers_sharing_post`'s, "A and B, Administrators")."""
    parts = [part.strip(" .;") for part in who.split(",")]
    names = list(itertools.takewhile(
        lambda part: len(part.split()) in (2, 3) and looks_like_name(part) and not ROLE_WORDS.search(part)
        and not _TEAM.search(part) and not is_organisation(part) and not split_honorific(part)[0], parts))
    return names if len(names) >= 3 else None


def officers_sharing_post(name: str, role: str | None) -> tuple[list[str], str | None] | None:
    """ "Michael Popham and Richard Woodford" with "Committee Administrators", "Lara Knight / Michelle Salmon" with
    "Governance Services": two officers printed with one post, each holding it (a post in the plural, in the
    singular); None unless two names are joined by "and" or a slash. The first is the line's contact (a contact
    line has one); the prose pass names the other."""
    parts = _BETWEEN_TWO_NAMES.split(name, maxsplit=1)
    if len(parts) != 3:
        return None
    first, _, second = parts
    if role is None and (parted := _name_then_team(second.strip())):
        second, role = parted  # "Helen Barr/Julie Harvey Democratic Management": the team both work in
    if _TEAM.search(f"{first} {second}") or any(
            not looks_like_name(part) or len(part.split()) < 2 or is_organisation(part)
            for part in (first.strip(), second.strip())):
        return None  # "Democratic Services and Elections": a team; a whole name each side
    return [first.strip(), second.strip()], role[:-1] if role and _PLURAL_POST.search(role.split()[-1]) else role


# What parts the officers of a field that names several and nothing else: commas, "and", "&".
_BETWEEN_OFFICERS = re.compile(r"\s*,\s*(?:and\s+)?|\s+(?:and|&)\s+")


def officers_named(value: str) -> list[str] | None:
    """ "Daniel Ayrton, Joanna Jackson": a field naming two officers or more by their whole untitled names and
    nothing else ("Lead officer: …" on a decisions list), each an officer in the field's role. None unless every
    part is such a name (not a post, a team or a body)."""
    parts = [part.strip(" .;") for part in _BETWEEN_OFFICERS.split(value.strip(" .;"))]
    if len(parts) < 2 or not all(
            len(part.split()) in (2, 3) and looks_like_name(part) and not ROLE_WORDS.search(part)
            and not _TEAM.search(part) and not is_organisation(part) and not split_honorific(part)[0]
            for part in parts):
        return None
    return parts


# --- decisions ------------------------------------------------------------------------------------------

# The marks that only ever open a list's entry: bullets as copies render them, a symbol font's "\uf0b7" and "„" too
# ("„ Three times Snooker World Champion, Mark Williams."). A dash or an asterisk may open one as well, but may be a
# list's own punctuation, so each reader says whether it takes those.
BULLET_MARKS = "·•▪◦‣●○■□\uf0b7„"
BULLET = re.compile(rf"^[{BULLET_MARKS}*\-–]\s*(?P<text>\S.*)$")
ENDS_OPEN = re.compile(r"(?:[:;,\-–—]|\b(?:that|and|or|follows))$", re.IGNORECASE)
# "(2) That …", "2. …", "R2. That …" (a recommendation's number, Brentwood), "(b) …", "(ii) …", a bullet, a quotation
CLAUSE_START = re.compile(
    r"^(?:\(?\d+[a-z]?\)|(?-i:[A-Z])?\d+\.\s|\(?[a-z]\)\s|\(?[ivx]+\)\s|[·•▪◦‣●○■\uf0b7*]|[‘'“\"])")
# "Supporting documents:"; never "That Cabinet:", the opening of a resolution's list.
PAGE_LABEL = re.compile(r"^(?!That\b)[A-Z][\w'’]*(?:\s+[\w'’()/&-]+){0,2}:$")
# "RESOLVED – That …", "RESOLVED, that …" (Tendring), "Resolved: (By 14 votes to none)", "The Executive RESOLVEd",
# "It was RESOLVED that",
# "Cabinet RESOLVED that …" (a body before the capitals), "R E S O L V E D – that …" (letter-spaced, Tandridge),
# "AGREED that …" or "Agreed that …" (the word some
# minutes use for it, opening the paragraph),
# "49.3 RESOLVED: That …" (after the number of the minute's paragraph), "*   Resolved that …" (after a bullet,
# St Helens), "It was RESOLVED: -" (a colon and a
# dash, the resolution on the next line). A vote statement in brackets ("Resolved: (By 14 votes to none)") is
# not the text, unless the sentence runs on from it: "RESOLVED
# (unanimously) that Councillor … is elected" prints it as part of the resolution. "Decision made" is the label
# ModernGov prints before a decision's text (Chorley's decisions pages: "Decision made" on its own line, then the
# text), a label only when nothing but a bracket and a colon follows it on its line.
# ``vote`` holds a bracketed vote statement after the marker, ``text`` the decision's first words.
DECISION_MARKER = re.compile(
    r"^(?:[*·•]\s+)?(?:\d+\.\d+\s+)?(?:(?i:it\s+was)\s+|(?:The|THE|the)\s+(?:[A-Z][\w&'’-]*\s+){1,6}|(?:[A-Z][\w&'’-]*\s+(?:[–—-]\s+)?){1,4}(?=RESOLVED\b)"
    # "Upon being put to the vote Council resolved to accept the recommendations" (Monmouthshire)
    r"|(?i:(?:up)?on\s+being\s+put\s+to\s+the\s+vote),?\s+(?:the\s+)?(?:[A-Z][\w&'’-]*\s+){1,4}(?=(?i:resolved)\b)"
    # "The Chair thanked the group for submitting the petition and RESOLVED that …" (East Devon): the capitals
    # after "and", the sentence before them one clause ("Seconded by Councillor Robinson" / "and RESOLVED that …",
    # Eden, its lines read as one)
    r"|(?:[A-Z][^.;:]*?\s)?and\s+(?=RESOLVED\s+(?i:that)\b))?"
    # "MINUTES – RESOLVED" (North Lincolnshire: the item's word, a dash); "ORDERED that:" (Middlesbrough)
    r"(?:(?i:resolved)|R\sE\sS\sO\sL\sV\sE\sD|(?:AGREED|Agreed|ORDERED)(?=\s*[:\-–—]?\s*(?i:that)\b)"
    r"|Decision\s+made(?=\s*(?:\([^)]*\)\s*)?(?::|$)))\b\s*(?:[:\-–—]+\s*)*(?:,\s*(?=(?i:that)\b))?"
    r"(?:(?P<adverb>(?i:unanimously))\s*[:\-–—]*\s+(?=(?i:that)\b))?"  # "RESOLVED unanimously that …" (Waltham Forest)
    r"(?:\((?P<vote>[^)]*(?i:vote|unanim|majority)[^)]*)\)(?!\s*[a-z])\s*[:\-–—]*\s*)?(?P<text>.*)$")


# A resolution printed without its "RESOLVED" (the label lost, or never printed): a paragraph of its own, one
# sentence worded as a resolution, "That the motion be carried.", "That the filling of the vacant positions be
# pursued as a priority." A motion or recommendation quoted after the line that introduces it ("… moved the
# following motion:", "Recommendation") is none (see :func:`unmarked_resolution`); a statement that minutes were
# approved ("The minutes of … were approved") reports a decision and is not read as one.
UNMARKED_RESOLUTION = re.compile(
    r"^(?:That\s+(?:the|this|(?:County\s+)?(?:Councillor|Cllr)\.?)\s+[^.;:]{0,200}?\b(?:be|is|are)\s+(?:(?:duly|formally|hereby|unanimously)\s+)?"
    r"(?:\w{3,}ed|carried|given|taken|made|sent|held|kept|put|brought|sought|shown|drawn|written)\b"
    # "Council agreed to approve the proportionality and appointments to committees as set out in this report."
    # (Plymouth, whose minutes state each resolution so): the body itself agreeing, a paragraph of its own
    r"|(?:The\s+)?(?-i:Council|Committee|Cabinet|Board|Panel)\s+agreed\s+(?:that|to)\s)"
    r"(?:[^.;:]|\.(?!\s))*\.$"  # one sentence: no stop before its last
    # the body and its verb in capitals, after the paragraph's number: "4.1 Council CONFIRMED the minutes of the
    # meetings held on 18th July and 23rd July 2019 as correct records of the meetings." (Torfaen)
    r"|^(?:\d+(?:\.\d+)+\s+)?(?-i:(?:The\s+)?[A-Z][a-z][\w&'’-]*(?:\s+[A-Z][a-z][\w&'’-]*){0,3}\s+[A-Z]{3,}ED)\s"
    r"(?:[^.;:]|\.(?!\s))*\.$",
    re.IGNORECASE)
# The number minutes print before a paragraph ("4.1 Council CONFIRMED …"): no part of what it resolved.
PARAGRAPH_NUMBER_BEFORE = re.compile(r"^\d+(?:\.\d+)+\s+")
_INTRODUCES_MOTION = re.compile(r"\brecommend", re.IGNORECASE)
# A line that states the vote was taken and how it went, left open where the copy lost the "RESOLVED" after it
# ("Upon a vote being taken the result was tied, the Chair exercised his casting vote in favour of Councillor C
# Martin,"): the "That …" after it is what the vote decided, not a motion; unless the line says it was lost.
_VOTE_TAKEN = re.compile(r"\b(?:upon\s+a\s+vote\s+being\s+taken|on\s+being\s+put\s+to\s+the\s+vote|casting\s+vote)\b",
                         re.IGNORECASE)
_VOTE_LOST = re.compile(r"\b(?:lost|fell|defeated|rejected|not\s+carried)\b", re.IGNORECASE)


def unmarked_resolution(lines: list[Line], index: int) -> bool:
    """True when ``lines[index]`` is a resolution printed without "RESOLVED" (:data:`UNMARKED_RESOLUTION`): not a
    motion or recommendation that the line before introduces (left open, or naming a recommendation); a line
    before that states the vote taken (:data:`_VOTE_TAKEN`) leaves it open for what was decided."""
    before = lines[index - 1].text if index > 0 else ""
    vote_taken = before.endswith(",") and _VOTE_TAKEN.search(before) and not _VOTE_LOST.search(before)
    return bool(UNMARKED_RESOLUTION.match(lines[index].text)) and (vote_taken or not ENDS_OPEN.search(before)) \
        and not _INTRODUCES_MOTION.search(before)


# "Reasons for decision – …": printed after a decision, not part of it.
REASONS = re.compile(r"^Reasons?\s+for\s+(?:the\s+)?(?:decisions?|recommendations?)\b", re.IGNORECASE)

# The body a minute names as the meeting acting: "Cabinet RESOLVED that …", "The Council resolved:-",
# "The Cabinet had before it a report …", "The Cabinet considered the report …", "Before the Council was the
# schedule of Business …", "RESOLVED: That Cabinet:", "That Cabinet approved …". A body is one to five
# capitalised words ("Planning Committee"), never "It"; one that "noted" is named as a body ("The Full Council
# received and noted …"), as "The Mayor noted" names none.
_BODY = r"(?P<{}>(?!It\b)[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){{0,4}})"
_ACTING_BODY = re.compile(
    rf"(?:^|\b(?:Decision|Minutes)\s*:\s*)(?:"
    rf"(?:The\s+)?{_BODY.format('resolving')}\s+RESOLVED\b"
    rf"|The\s+{_BODY.format('acting')}\s+(?:resolved\s*(?:[:\-–—]|that\b|to\b)|had\s+before\s+(?:it|them|the)\b"
    # "The Council was advised that there was one deputation" (Gosport)
    rf"|considered\s+(?:a|the)\s+report\b|was\s+advised\s+that\b)"
    rf"|Before\s+the\s+{_BODY.format('before')}\s+(?:was|were)\b"
    # the body confirming the minutes of its own last meeting: "and RESOLVED that the public minutes E/43/10/21 to
    # E/51/10/21 of the meeting of the Executive held on the 19 October 2021 be confirmed and signed as correct
    # record" (Eden), or recommended to confirm them ("RECOMMENDATION that the public minutes Cl/1/05/18 to …
    # and of the meeting of Council held on 10 May 2018 be confirmed and signed …")
    rf"|(?:and\s+)?(?:RESOLVED|RECOMMENDATION|RECOMMENDED)\b[^.]*?\bthat\s+the\s+(?:public\s+)?minutes\b[^.]*?\bof\s+the\s+meeting\s+of\s+"
    rf"(?:the\s+)?{_BODY.format('confirming')}\s+held\s+on\b[^.]*?\bbe\s+(?:confirmed|signed)\b"
    rf"|(?:RESOLVED\s*[:\-–—]?\s*)?That\s+{_BODY.format('that')}(?:\s*:|\s+(?:approved|agreed|noted|endorsed)\b)"
    # "The Full Council received and noted the following petitions:" (Bristol): a body by its name's last word; so
    # too one inviting a speaker ("The Council invited the Peter Manley to present a petition …", East Devon)
    rf"|The\s+(?P<noting>(?:[A-Z][\w&'’-]*\s+){{0,3}}(?:Council|Cabinet|Committee|Board|Panel|Executive))\s+"
    rf"(?:(?:received\s+and\s+)?noted|invited)\b"
    # the body the chair speaks to, named without an article: "The Mayor advised Council that Keely had also been
    # awarded a star …" (Wigan), "The Mayor informed Council that, in accordance with …" (Rochdale)
    rf"|The\s+(?:Mayor|Chair(?:man|woman|person)?|Leader|Convener|Provost)\s+(?:advised|informed|reminded|told|updated)\s+"
    rf"(?P<addressed>(?:[A-Z][\w&'’-]*\s+){{0,3}}(?:Council|Cabinet|Committee|Board|Panel|Executive))\s+that\b)")


# "The Committee considered the report": a kind of body, not its name; nor is the adverb of "UNANIMOUSLY RESOLVED"
# (Carmarthenshire), "FURTHER RESOLVED".
_KIND_OF_BODY = re.compile(r"^(?:Sub[\s-])?(?:Committee|Panel|Board|Forum|Meeting|Members?|Officers?)$"
                           r"|^(?:unanimously|also|further|accordingly|therefore|duly|finally|formally)$",
                           re.IGNORECASE)


# The meeting named by its body in its own minutes: "this special Council meeting", "thanked all Members for
# attending the Extraordinary Council meeting", "the Mayor concluded the Extraordinary Council meeting" (a
# meeting "held on …" is another one, as is one a member reports attending).
_THIS_MEETING = re.compile(
    rf"(?:\bthis|\bfor\s+attending\s+the|\b(?:concluded|closed|opened)\s+the)\s+"
    rf"(?:(?i:special|extraordinary|annual|ordinary|budget)\s+)?{_BODY.format('named')}\s+meeting\b"
    rf"(?!\s+(?:held|of|on)\b)")


def acting_body(text: str) -> str | None:
    """The body a minute's paragraph names as its meeting acting (resolving, having a report before it) or
    names its meeting by; a mere kind of body ("The Committee") names none."""
    match = _ACTING_BODY.search(text) or _THIS_MEETING.search(text)
    body = next((body for body in match.groups() if body), None) if match else None
    return None if body is None or _KIND_OF_BODY.match(body) else body


def paragraph(text: str) -> str:
    """A paragraph as the readers keep it: a bulleted one as "• " + its text, any other verbatim."""
    bullet = BULLET.match(text)
    return f"• {bullet['text']}" if bullet else text


# "Voting: unanimous", "Vote: For 5, Against 2": the vote on a clause, printed inside a resolution between its
# clauses; it is read as a vote (``votes.py``), and is no part of the decision's text.
VOTE_LINE = re.compile(r"^(?:Voting|Votes?)\s*[:–—-]\s*\S", re.IGNORECASE)


# Who moved or seconded, in brackets after the verb: "It was proposed (by Councillor Clarke), seconded (by Councillor
# Willingale) and resolved that …" (Runnymede).
_BRACKETED_BY = re.compile(r"\b(?P<verb>moved|proposed|seconded)\s+\(\s*(?P<by>by\s+[^()]+?)\s*\)", re.IGNORECASE)


def unbracketed_movers(text: str) -> str:
    """ "proposed (by Councillor Clarke), seconded (by Councillor Willingale)" as "proposed by Councillor Clarke,
    seconded by Councillor Willingale": the grammars of movers and votes read the plain form."""
    return _BRACKETED_BY.sub(r"\g<verb> \g<by>", text)


# A cell of a table of exempt reports that an exclusion of the public resolves (Wigan's "Resolved: That the public
# is excluded … for the reason set out below:-", then "item No." / "Title of report" / "Description of exempt
# information by reference to the paragraph number in schedule 12A …" and a row a report): the paragraph of Schedule
# 12A a report's row prints after its title, in the Schedule's words ("(3) Information relating to the financial or
# business affairs of any particular person …", "Paragraph 3"), and a heading of the table's columns.
EXEMPT_PARAGRAPH = re.compile(
    r"^(?:\(?\d{1,2}[a-z]?\)\s*|\d{1,2}[a-z]?\.?\s+)?(?:Information\s+(?:relating\s+to|which\s+(?:is\s+likely|reveals)|"
    r"in\s+respect\s+of)|Paragraphs?\s+\d{1,2}\b)", re.IGNORECASE)
EXEMPT_COLUMN = re.compile(r"\bexempt\s+information\b|^title\s+of\s+(?:the\s+)?report$|^item\s+no\b", re.IGNORECASE)


def _exempt_cell(lines: list[Line], index: int) -> bool:
    """The line is a cell of a table of exempt reports (:data:`EXEMPT_PARAGRAPH`): a column's heading, a paragraph
    of Schedule 12A, or a report's title that one follows."""
    text = lines[index].text
    return bool(EXEMPT_COLUMN.search(text) or EXEMPT_PARAGRAPH.match(text)
                or (index + 1 < len(lines) and EXEMPT_PARAGRAPH.match(lines[index + 1].text)))


def _opens_table(text: str) -> bool:
    """The resolution's text so far opens a table: it ends open (":-"), or in the table's first column heading, which
    the copy joined to it ("… for the reason set out below:- item No.")."""
    return bool(ENDS_OPEN.search(text) or EXEMPT_COLUMN.search(re.split(r":-?\s+", text)[-1]))


def decision_text(first: str, following: list[Line]) -> tuple[list[str], int]:
    """The decision's paragraphs: the marker line's text, then lines that continue it; and how many
    following lines were used.

    A line continues the decision when the text so far is left open (":-", ";", "as follows", no text yet)
    or when it is a further clause ("(2) That …", a bullet, a quoted title). Another marker or a page label
    ("Supporting documents:") ends it; a vote line between clauses ("Voting: unanimous") is passed over.
    A sentence the copy breaks between lines mid-way (:func:`wraps_on`) is one sentence: the line is joined to it.
    """
    parts = [first] if first else []
    used = 0
    listing = False  # the resolution opened a list with a colon, its entries printed a line each, unmarked
    table = False  # the resolution opened a table of exempt reports (:data:`EXEMPT_PARAGRAPH`), its cells a line each
    for index, line in enumerate(following):
        text = line.text
        if DECISION_MARKER.match(text) or PAGE_LABEL.match(text) or REASONS.match(text):
            break
        if parts and VOTE_LINE.match(text):
            used += 1
            continue
        listing = bool(parts) and _LIST_ENTRY.match(text) is not None and (
            parts[-1].endswith(":") if not listing else line.number == following[index - 1].number + 1)
        table = bool(parts) and (table or _opens_table(parts[-1])) and _exempt_cell(following, index)
        if parts and wraps_on(parts[-1], text):
            parts[-1] = f"{parts[-1]} {text.strip()}"  # one sentence the copy broke over two paragraphs
            used += 1
            continue
        if parts and not ENDS_OPEN.search(parts[-1]) and not CLAUSE_START.match(text) and not listing \
                and not table and not _REFERENCE_HEADING.match(parts[-1].strip()) \
                and not (_REFERENCE_HEADING.match(parts[0].strip())
                         and _headed_sentence(text, following[index + 1:index + 2])):
            break
        parts.append(paragraph(text))
        used += 1
    return parts, used


# A resolution printed as a reference's heading and the sentence deciding it, pair after pair: "RESOLVED -" /
# "Application ref CH/2017/0052/FA" / "The application was approved, subject to …" / "Application ref
# CH/2017/0054/FA" / "The application was approved, …" (Chiltern's planning minutes). The heading is a few words
# holding a reference with a slash and no sentence's end; a heading that no sentence follows ("Conditions") is not
# part of it, nor is a heading after a resolution that opened otherwise ("RESOLVED - That the report be noted.").
_REFERENCE_HEADING = re.compile(r"^(?!That\b)[A-Z][^.:;!?]{0,60}\b\d+/\d+[\w/]*$")


def _headed_sentence(text: str, after: list[Line]) -> bool:
    """``text`` is a reference's heading and the line after it a sentence (see :data:`_REFERENCE_HEADING`)."""
    return bool(_REFERENCE_HEADING.match(text.strip())) and bool(after) \
        and after[0].text.strip()[:1].isupper() and after[0].text.strip().endswith(".")


# A sentence a copy broke over two paragraphs, as Gateshead's minutes print their resolutions: "COUNCIL RESOLVED -
# That the minutes of the meeting held on 21" / "September 2017 be approved."; "… That Councillor M Hood be elected
# Mayor of the" / "Metropolitan Borough of Gateshead for the …"; "… That the three candidates named in the report" /
# "be appointed to the independent member positions …". The text so far ends no sentence, and ends in a word that
# cannot end one (an article, a preposition) or a day's number before a month, or the next line goes on in lower
# case (not a list's marker: "… officers, and" / "ii. the work"): the resolution is the two together, never the
# first half alone ("RESOLVED - That under Section 100(A) of the Local Government Act 1972, the" / "public be
# excluded …", City of London).
_NO_SENTENCE_END = re.compile(r"[.!?:;)\]”’\"']$")
_LIST_MARK = re.compile(r"^[a-z]{1,4}[.)]")
_RUNS_ON_WORD = re.compile(r"\b(?:a|an|the|of|on|to|in|for|with|by|at|from|under|as|be|been|is|are|was|were)$",
                           re.IGNORECASE)
_DAY_BEFORE_MONTH = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)?$")
_MONTH_OPENS = re.compile(r"^" + _MONTH_NAME + r"\b")


def wraps_on(text: str, following: str) -> bool:
    """``following`` carries on the sentence ``text`` broke off (see above)."""
    text, following = text.rstrip(), following.strip()
    if not text or not following or _NO_SENTENCE_END.search(text) or CLAUSE_START.match(following) \
            or (DECISION_MARKER.match(following) and not following.startswith("and ")):
        return False  # "Proposed by …, it was" / "RESOLVED that …": the marker opens the resolution's own paragraph
        #               (not "and RESOLVED that …", which ends the sentence above: "Seconded by Councillor Robinson")
    if following[0].islower():
        return not _LIST_MARK.match(following)
    return bool(_RUNS_ON_WORD.search(text)) or bool(_DAY_BEFORE_MONTH.search(text) and _MONTH_OPENS.match(following)) \
        or bool(_MONTH_ENDS.search(text) and _YEAR_OPENS.match(following))


_MONTH_ENDS = re.compile(r"\b" + _MONTH_NAME + r"$")
_YEAR_OPENS = re.compile(r"^(?:19|20)\d{2}\b")


# A minute's narrative: the body and what it had before it ("The Cabinet considered the report of the Legal
# Director which detailed …", "The Cabinet Member considered the Minutes of the below Area Committees:-", Sefton's
# decision pages, which print the resolution after it without a marker or a label).
# So is an officer's or a member's report of it: "The Leader of the Council reported on the proposed principles for
# the Programme of Meetings …" (Barking and Dagenham), whose decision follows: "Cabinet agreed the basis of …".
_NARRATIVE = re.compile(r"^(?:The\s+)?(?:[A-Z][\w&'’-]*\s+){1,4}(?:considered|received|had\s+before\s+(?:it|them))\b"
                        r"|^The\s+(?:[A-Z][\w&'’-]*\s+){1,3}(?:of\s+the\s+(?:[A-Z][\w&'’-]*\s+){1,2})?"
                        r"(?:reported\s+on|presented|introduced)\b")
# What opens the resolution after it: "That …", a clause's number ("(1) the Programme of Meetings … be approved"),
# the body's agreement ("Cabinet agreed the basis of the Programme of Meetings for 2012/13 as detailed …").
_RESOLUTION_OPENS = re.compile(r"^(?:That\b|\(?\d+[a-z]?\)|\d+\.\s)"
                               r"|^(?:The\s+)?(?:[A-Z][\w&'’-]*\s+){1,3}(?:agreed|approved|resolved|decided)\b")


def after_narrative(paragraphs: list[str]) -> list[str] | None:
    """The resolution a decision's unmarked paragraphs print after the minute's narrative: from the first that
    opens as one ("That …", "(1) …") through the clauses after it; None when the paragraphs open with no
    narrative (they are the decision as they stand), [] when a narrative is followed by no resolution (the
    decision is not read: the narrative says what was before the body, not what it decided)."""
    if not paragraphs or not _NARRATIVE.match(paragraphs[0]):
        return None
    start = next((i for i, text in enumerate(paragraphs) if i and _RESOLUTION_OPENS.match(text)), None)
    if start is None:
        return []
    kept = paragraphs[start:start + 1]
    for text in paragraphs[start + 1:]:
        if not (CLAUSE_START.match(text) or ENDS_OPEN.search(kept[-1])):
            break
        kept.append(text)
    return kept


def joined_wraps(lines: list[Line]) -> list[Line]:
    """The lines with each sentence a copy broke over two paragraphs made one again (:func:`wraps_on`), so that
    what the sentence states is read whole ("… be elected Mayor of the" / "Metropolitan Borough of Gateshead …":
    the office is "Mayor of the Metropolitan Borough of Gateshead")."""
    joined: list[Line] = []
    for line in lines:
        if joined and wraps_on(joined[-1].text, line.text):
            joined[-1] = Line(joined[-1].number, f"{joined[-1].text.rstrip()} {line.text.strip()}")
        else:
            joined.append(line)
    return joined


# An entry of a list a resolution opens with a colon, on a line of its own with no bullet: "R E S O L V E D – that
# the reports of the following meetings be received, and the recommendations therein be adopted:" over "Strategy &
# Resources Committee (27th May and 8th June 2021)", "Planning Committee (27th May and 10th June 2021)*" (Tandridge):
# a short line that ends no sentence; the entries run on line after line.
_LIST_ENTRY = re.compile(r"^(?=\S)(?!.*[.!?]$)(?:\S+\s+){0,11}\S+$")
