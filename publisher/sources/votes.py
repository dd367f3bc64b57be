"""Votes as minutes print them, read into :class:`publisher.model.Vote`.

Minutes state votes in three ways, often together for one vote:

- a counted statement inside a sentence: "declared as an accurate record by 24 votes, to 10 votes, with 1
  abstention", "(By 14 votes to none)", "For: 35 Against: 0 Abstentions: 21", "24 for, 10 against";
- named lists per option, a heading then the names, dot leaders and the count printed for that option::

      There voted for the Minutes being a correct record:
      Councillors Anderson, Bains, … , Walsh ............ 24

- an outcome without a count: "the motion was carried unanimously", "the amendment fell".

What this module decides, and why:

- **One vote per statement.** A counted statement and the named lists printed right after it (or right
  before it) are one vote; anything else in between (a RESOLVED line, prose) starts afresh.
- **Counts as stated, never computed.** A count stated in the sentence is the vote's count; a count printed
  after a named list is used for an option the sentence did not count. Counts and names are both kept as
  printed even when they disagree: reporting that is the mapping's job (a SHACL warning), not ours.
  Where a sentence and a list both count an option and disagree, the sentence (the declared result) is
  kept. "By A votes to B" names no side: it is for A, against B, except that a vote stated as lost puts
  the larger count against ("lost by 47 votes to 17" is 17 for, 47 against), as minutes print the winning
  side first.
- **A tally right after a resolution** ("RESOLVED: That permission be granted …" then "Voting: 11 – For
  0 – Against 0 – Abstentions") is the vote on that resolution: it carried, and its text is the motion.
- **The motion** is what the named lists say was voted on ("There voted for *the Minutes being a correct
  record*"), else the motion quoted earlier in the minutes when the statement speaks of "the motion" or
  "the amendment", else None. So in Slough the vote is on "the Minutes being a correct record", the
  proposition the Mayor put and the named councillors voted for or against; the quoted motion moved by
  Councillor Stokes (that the minutes "do not comprise an accurate record") was not itself put to a vote
  that the minutes record, so it is not a vote of its own.
- **The outcome** only where the text states it: "carried", "agreed", "approved", "declared as an
  accurate record" → carried; "lost", "fell", "rejected", "defeated", "not carried" → lost; a count given
  with a RESOLVED marker ("Resolved: (By 14 votes to none)") → carried, since the minutes say the council
  resolved it. The word nearest before the count wins when a sentence holds two.
- **Recorded** is True for a vote with named lists; otherwise None (the minutes do not say).
- Names keep their initials ("A S Dhaliwal"); the plural "Councillors" gives each name the honorific.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from publisher.model import Person, Vote, VoteCast
from publisher.sources.person_mentions import split_names
from publisher.sources.text_rules import DECISION_MARKER, sentences

NUMBER_WORDS = {
    "none": 0, "nil": 0, "no": 0, "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
}
_N = r"(?:\d+|" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + r")\b"

# "by 24 votes, to 10 votes, with 1 abstention", "By 14 votes to none", "by 8 votes for to 2 against and 1
# abstention", "carried 31 votes to 29" (the outcome word for "by"), "lost by 56 votes 2, with 1 abstention"
# (the "to" left out, the second count ending the phrase).
_BY_VOTES = re.compile(
    rf"(?:\bby\s+|\b(?:carried|lost|defeated|rejected|agreed)\s+)(?P<first>{_N})\s+votes?"
    rf"(?P<for_label>\s+(?:for|in\s+favour))?\s*,?\s+"
    rf"(?:to\s+(?P<second>{_N})(?:\s+votes?)?(?P<against_label>\s+against)?"
    rf"|(?P<second_bare>\d+)(?=\s*(?:[,.;)]|with\b|and\b|$)))"
    rf"(?:\s*,?\s*(?:with|and)\s+(?P<abstain>{_N})\s+abstentions?)?", re.IGNORECASE)
_LABEL_WORDS = r"(?:for|in\s+favour|against|abstentions?|abstained|abstaining|abstain)"
# One labelled count, "For: 35", and one counted label, "24 for" / "10 votes in favour" / "11 – For" (a
# committee's "Voting: 11 – For 0 – Against 0 – Abstentions").
_LABEL_FIRST = rf"\b{_LABEL_WORDS}\s*(?:[:=\-–—]\s*)?{_N}"
_COUNT_FIRST = rf"\b{_N}(?:\s+[–—-])?\s+(?:votes?\s+)?{_LABEL_WORDS}\b"
# Two or more in a row make a tally: "For: 35 Against: 0 Abstentions: 21", "(For 10, Against 2)",
# "24 for, 10 against and 1 abstention" (a lone "for 2 years" is not one).
_LABELLED_RUN = re.compile(rf"{_LABEL_FIRST}(?:[\s,;]+(?:and\s+)?{_LABEL_FIRST})+", re.IGNORECASE)
_COUNTED_RUN = re.compile(rf"{_COUNT_FIRST}(?:[\s,;]+(?:and\s+|with\s+)?{_COUNT_FIRST})+", re.IGNORECASE)
_LABEL_PAIR = re.compile(rf"\b(?P<label>{_LABEL_WORDS})\s*(?:[:=\-–—]\s*)?(?P<n>{_N})", re.IGNORECASE)
_COUNT_PAIR = re.compile(rf"\b(?P<n>{_N})(?:\s+[–—-])?\s+(?:votes?\s+)?(?P<label>{_LABEL_WORDS})\b", re.IGNORECASE)
_TALLY_LINE = re.compile(rf"^\(?{_LABEL_FIRST}\)?[.,;]?$", re.IGNORECASE)
_UNANIMOUS = re.compile(r"\bunanimous(?:ly)?\b", re.IGNORECASE)
_LOST = re.compile(r"\b(?:lost|fell|rejected|defeated|not\s+(?:carried|agreed|approved|adopted))\b", re.IGNORECASE)
_CARRIED = re.compile(
    r"\b(?:carried|agreed|approved|adopted|passed|declared\s+(?:as\s+)?(?:an?\s+)?(?:accurate|correct|true)\s+"
    r"record)\b", re.IGNORECASE)
# An outcome without a count still states a vote when a motion or amendment is said to be carried or lost.
_MOTION_OUTCOME = re.compile(
    r"\b(?:motion|amendment|proposal|recommendations?)\s+(?:was|were|is)\s+(?:\w+\s+){0,2}?"
    r"(?:carried|lost|rejected|defeated|not\s+carried)\b|\b(?:motion|amendment)\s+fell\b"
    # "put to the vote and AGREED", "put to the vote, the motion was lost" (the outcome in the same clause)
    r"|\bput\s+to\s+the\s+vote\s*,?\s+(?:and\s+)?(?:(?:it|the\s+\w+(?:\s+\w+)?)\s+)?(?:(?:was|were)\s+)?"
    r"(?:duly\s+)?(?:carried|agreed|approved|lost|rejected|defeated|fell)\b", re.IGNORECASE)
_SPEAKS_OF_MOTION = re.compile(r"\b(?:motion|amendment|proposal)\b", re.IGNORECASE)
_REFERENCE_ONLY = re.compile(r"^(?:the\s+)?(?:motion|amendment|proposal|recommendations?|resolution|it)$",
                             re.IGNORECASE)

# Named lists: "There voted for <what>:", "There voted against …", "There abstained from voting:",
# "Those voting in favour:"; and short labels "For:", "Against the motion:", "Abstentions:".
_NAMED_HEADING = re.compile(
    r"^(?:there\s+)?(?:(?:those|the\s+following(?:\s+(?:members|councillors))?|members|councillors)\s+)?"
    r"(?:who\s+)?(?:(?P<for>vot(?:ed|ing)\s+(?:for|in\s+favour(?:\s+of)?))|(?P<against>vot(?:ed|ing)\s+against)"
    r"|(?P<abstain>abstained(?:\s+from\s+voting)?|abstaining(?:\s+from\s+voting)?))\b"
    r"(?P<what>[^:]*?)\s*(?::-?|\s-|$)\s*(?P<names>.*)$", re.IGNORECASE)
_SHORT_HEADING = re.compile(
    r"^(?:(?P<for>for|in\s+favour)|(?P<against>against)|(?P<abstain>abstentions?|abstained|abstaining|abstain))"
    r"(?:\s+(?P<what>(?:the\s+)?(?:motion|amendment|recommendations?|proposal)))?\s*(?:\(\s*\d+\s*\))?\s*"
    r"[:\-–]\s*(?P<names>.*)$", re.IGNORECASE)
_DOT_LEADER = re.compile(r"\s*(?:[.…·_]\s*){3,}")
_TRAILING_COUNT = re.compile(r"\s\(?(?P<count>\d+)\)?$")
_NOBODY = re.compile(r"^(?:none|nil|no\s+one|nobody|-)$", re.IGNORECASE)
_QUOTED = re.compile(r"^[“\"‘'](?P<text>.+?)[”\"’']?$")


@dataclass
class _Draft:
    """A vote being assembled from consecutive paragraphs."""

    vote: Vote
    listed_counts: dict[str, int] = field(default_factory=dict)  # counts printed after named lists
    listed_options: set[str] = field(default_factory=set)
    stated: bool = False  # a counted or outcome sentence belongs to it

    def finish(self) -> Vote:
        counts = {"for": "votes_for", "against": "votes_against", "abstain": "abstentions"}
        for option, count in self.listed_counts.items():
            if option in counts and getattr(self.vote, counts[option]) is None:
                setattr(self.vote, counts[option], count)
        return self.vote


@dataclass(frozen=True)
class _Statement:
    """One counted or outcome statement found in a sentence."""

    votes_for: int | None
    votes_against: int | None
    abstentions: int | None
    outcome: str | None
    speaks_of_motion: bool


def read_votes(paragraphs: Iterable[str]) -> list[Vote]:
    """Every vote the minutes paragraphs state, in order (see the module notes for what counts as one)."""
    reader = _VoteReader()
    for text in _join_tally_lines(paragraphs):
        reader.feed(text)
    return reader.finish()


def _join_tally_lines(paragraphs: Iterable[str]) -> list[str]:
    """"For: 35" / "Against: 0" / "Abstentions: 21" printed one to a line become one tally line."""
    joined: list[str] = []
    previous_was_tally = False
    for text in (paragraph.strip() for paragraph in paragraphs):
        is_tally = bool(_TALLY_LINE.match(text))
        if is_tally and previous_was_tally:
            joined[-1] += " " + text
        else:
            joined.append(text)
        previous_was_tally = is_tally
    return joined


class _VoteReader:
    def __init__(self) -> None:
        self.drafts: list[_Draft] = []
        self.current: _Draft | None = None  # the vote that following named lists or a statement may join
        self.pending: str | None = None  # option whose names the next paragraph lists
        self.quoted_motion: str | None = None
        self.resolution: str | None = None  # the text of a RESOLVED paragraph just read, stating no vote

    def finish(self) -> list[Vote]:
        return [draft.finish() for draft in self.drafts]

    def feed(self, text: str) -> None:
        if not text:
            return
        resolution, self.resolution = self.resolution, None  # only the paragraph right after it
        if self.pending and self.current is not None:
            option, self.pending = self.pending, None
            if not named_heading(text):
                self._add_names(self.current, option, text)
                return
        if heading := named_heading(text):
            self._named(*heading)
            return
        marker = DECISION_MARKER.match(text)
        statements = _statements(text, resolved=bool(marker) or resolution is not None)
        if statements:
            for statement in statements:
                self._stated(statement, resolution)
            return
        if marker and marker["text"].strip():
            self.resolution = marker["text"].strip()  # a tally printed next is the vote on it
        if quoted := _QUOTED.match(text):
            self.quoted_motion = quoted["text"].strip()
        self.current = None

    def _named(self, option: str, what: str, names: str) -> None:
        draft = self.current
        if draft is None or option in draft.listed_options:
            draft = self._new()
        draft.vote.recorded = True
        if draft.vote.motion is None:
            draft.vote.motion = self._motion_from(what)
        draft.listed_options.add(option)
        if names:
            self._add_names(draft, option, names)
        else:
            self.pending = option

    def _stated(self, statement: _Statement, resolution: str | None = None) -> None:
        """A counted or outcome statement: a vote of its own, or the outcome of the tally just read. A
        statement printed right after a RESOLVED paragraph ("RESOLVED: That permission be granted …" then
        "Voting: 11 – For 0 – Against") is the vote on that resolution, which carried."""
        draft = self.current
        counted = (statement.votes_for, statement.votes_against, statement.abstentions) != (None, None, None)
        if draft is not None and draft.stated and not counted and draft.vote.outcome is None:
            draft.vote.outcome = statement.outcome  # "For: 35 Against: 0" then "The motion was carried."
        else:
            if draft is None or draft.stated:
                draft = self._new()
            draft.stated = True
            draft.vote.votes_for, draft.vote.votes_against, draft.vote.abstentions = (
                statement.votes_for, statement.votes_against, statement.abstentions)
            draft.vote.outcome = statement.outcome
        vote = draft.vote
        if vote.motion is None and resolution is not None:
            vote.motion = resolution
        if vote.motion is None and statement.speaks_of_motion and self.quoted_motion:
            vote.motion, self.quoted_motion = self.quoted_motion, None

    def _new(self) -> _Draft:
        draft = _Draft(Vote())
        self.drafts.append(draft)
        self.current = draft
        return draft

    def _motion_from(self, what: str) -> str | None:
        what = " ".join(what.split()).strip(" :-–")
        if not what or _REFERENCE_ONLY.match(what):
            motion, self.quoted_motion = self.quoted_motion, None
            return motion
        return what

    @staticmethod
    def _add_names(draft: _Draft, option: str, text: str) -> None:
        people, count = names_and_count(text)
        draft.vote.casts.extend(VoteCast(person=person, option=option) for person in people)
        if count is not None:
            draft.listed_counts[option] = count


def named_heading(text: str) -> tuple[str, str, str] | None:
    """"There voted for the Minutes being a correct record:" → ("for", "the Minutes being a correct record",
    ""); "Against: Councillors A and B" → ("against", "", "Councillors A and B"); otherwise None.

    A short label followed by a bare number ("For: 35") is a count, not a heading; "Abstentions: None" is a
    heading listing nobody.
    """
    match = _NAMED_HEADING.match(text) or _SHORT_HEADING.match(text)
    if not match:
        return None
    option = next(name for name in ("for", "against", "abstain") if match[name])
    names = (match["names"] or "").strip()
    if match.re is _SHORT_HEADING and (not names and not text.rstrip().endswith((":", "-", "–"))
                                       or re.fullmatch(r"\d+\W*", names)):
        return None
    if match.re is _SHORT_HEADING and _LABELLED_RUN.search(text):
        return None
    return option, (match["what"] or "").strip(), names


def names_and_count(text: str) -> tuple[list[Person], int | None]:
    """"Councillors Anderson, Bains … and Walsh ......... 24" → the people and the printed count (24).

    Dot leaders are removed; a number after them (or at the very end, in brackets or after a space) is the
    count printed for the option. "None" lists nobody.
    """
    text = " ".join(text.split())
    count = None
    leaders = list(_DOT_LEADER.finditer(text))
    if leaders:
        names_text, rest = text[:leaders[-1].start()], text[leaders[-1].end():].strip(" ()")
        count = int(rest) if rest.isdigit() else None
    elif trailing := _TRAILING_COUNT.search(text):
        names_text, count = text[:trailing.start()], int(trailing["count"])
    else:
        names_text = text
    names_text = names_text.strip(" .;:")
    if not names_text or _NOBODY.match(names_text):
        return [], count
    return [listed.person for listed in split_names(names_text)], count


# --- counted and outcome statements ---------------------------------------------------------------------


def _statements(text: str, resolved: bool = False) -> list[_Statement]:
    """The vote statements of one paragraph, sentence by sentence. ``resolved``: the paragraph carries a
    RESOLVED marker, so a count in it is the count of a motion that carried."""
    found: list[_Statement] = []
    for sentence in sentences(text):
        counted = _counted(sentence)
        for start, counts in counted:
            outcome = _outcome_near(sentence, start) or ("carried" if resolved else None)
            found.append(_Statement(*counts, outcome, bool(_SPEAKS_OF_MOTION.search(sentence))))
        if counted:
            continue
        outcome = _outcome_near(sentence, len(sentence)) or ("carried" if resolved else None)
        if outcome and (_UNANIMOUS.search(sentence) or _MOTION_OUTCOME.search(sentence)):
            found.append(_Statement(None, None, None, outcome, bool(_SPEAKS_OF_MOTION.search(sentence))))
    return found


def _counted(sentence: str) -> list[tuple[int, tuple[int | None, int | None, int | None]]]:
    """(position, (for, against, abstain)) of each counted statement in the sentence."""
    found = []
    taken: list[tuple[int, int]] = []
    for match in _BY_VOTES.finditer(sentence):
        abstain = _number(match["abstain"]) if match["abstain"] else None
        first, second = _number(match["first"]), _number(match["second"] or match["second_bare"])
        if (not match["for_label"] and not match["against_label"] and first > second
                and _outcome_near(sentence, match.end()) == "lost"):
            first, second = second, first  # "lost by 47 votes to 17": the larger side voted against
        found.append((match.start(), (first, second, abstain)))
        taken.append(match.span())
    for run_pattern, pair in ((_LABELLED_RUN, _LABEL_PAIR), (_COUNTED_RUN, _COUNT_PAIR)):
        for run in run_pattern.finditer(sentence):
            if any(start < run.end() and run.start() < end for start, end in taken):
                continue
            counts = _labelled_counts(run.group(0), pair)
            if counts is not None:
                found.append((run.start(), counts))
                taken.append(run.span())
    return sorted(found)


def _labelled_counts(run: str, pair: re.Pattern[str]) -> tuple[int | None, int | None, int | None] | None:
    counts: dict[str, int] = {}
    for match in pair.finditer(run):
        label = " ".join(match["label"].lower().split())
        option = "for" if label in ("for", "in favour") else "against" if label == "against" else "abstain"
        if option in counts:
            return None  # the same option twice is not one vote's tally
        counts[option] = _number(match["n"])
    if "for" not in counts and "against" not in counts:
        return None
    return counts.get("for"), counts.get("against"), counts.get("abstain")


def _number(text: str) -> int:
    text = text.lower()
    return int(text) if text.isdigit() else NUMBER_WORDS[text]


def _outcome_near(sentence: str, position: int) -> str | None:
    """The outcome word nearest before ``position`` in the sentence, else the nearest after it."""
    words = [(m.start(), "lost") for m in _LOST.finditer(sentence)]
    lost_spans = [m.span() for m in _LOST.finditer(sentence)]
    words += [(m.start(), "carried") for m in _CARRIED.finditer(sentence)
              if not any(start <= m.start() < end for start, end in lost_spans)]
    if not words:
        return None
    before = [word for word in words if word[0] < position]
    if before:
        return max(before)[1]
    return min(words)[1]
