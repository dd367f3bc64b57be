"""Arrivals and departures during a meeting: one grammar for every reader (issue 14).

Minutes note who came late and who left early, in sentences of one shape: the people, then what they did.

    Councillors Merchant and Vince arrived during the above item.          → two arrivals, at the item
    Councillor A. Kent had left the meeting by the time … was debated.      → a departure
    Councillor Rogers announced that … and withdrew from the meeting …     → a departure
    Note: Councillor Harwood left the meeting after the prayers and returned during … → a departure and return
    Councillor G Savva sent apologies for lateness.                        → an apology for lateness
    … and apologies for lateness from Councillor Vince.                   → an apology for lateness
    Councillor X arrived at the meeting during item 5 / at minute 67       → an arrival at item 5 / 67
    Councillor X declared a prejudicial interest … He left the meeting …   → X's departure
    It was noted that Councillors R. Shannon and C. Bloore would be late …  → two late arrivals

The words after the names are kept as the page prints them (:attr:`ArrivalOrDeparture.text`), up to where
the sentence turns to another statement; the item is the one the sentence names by number, or, for "this
item" / "the above item", the item the caller says the sentence is in. The names are read by the attendance
grammar (``attendance.page_arrivals``), like every other list of who was there. A sentence whose subject is
no named person ("No members arrived late", "Members left the meeting") names nobody and is no arrival; one
in the future ("would need to leave the meeting") is none yet; an apology for absence is attendance, not
lateness.
"""

from __future__ import annotations

import re

from publisher.model import ArrivalOrDeparture, Person
from publisher.sources.person_mentions import HONORIFIC_START

# What someone did: arrive, leave, come back, or say they would be late. "the meeting", "the room" or "the
# chamber" after the verb, where the verb needs one ("left" alone is too common a word).
_PLACE = r"(?i:the\s+(?:meeting|room|chamber|council\s+chamber))"
_MOVEMENT = (
    r"(?:(?:had|has)\s+(?:then\s+)?)?"
    r"(?:arrived|entered\s+" + _PLACE + r"|joined\s+the\s+meeting|re-?joined\s+the\s+meeting"
    r"|left\s+" + _PLACE + r"|withdrew\s+from\s+" + _PLACE
    + r"|(?:absented|recused)\s+(?:himself|herself|themselves)\s+from\s+" + _PLACE
    + r"|returned\s+to\s+" + _PLACE + r"|sent\s+(?:(?:his|her|their)\s+)?apolog(?:y|ies)\s+for\s+lateness"
    r"|(?:would\s+be|was|were)\s+(?:late|delayed))\b")  # "would be delayed for a short while" (Hyndburn)
# The people at the start of the sentence ("Note:" or "It was noted that" before them), then what they did,
# maybe after a clause of their own ("announced that she was seeking re-election as Mayor … and withdrew").
# A clause that sets the time before the people ("Having declared an interest, Councillor X left the room", "Prior
# to the vote, Councillor Y left the meeting") is no part of the subject.
_LEAD_CLAUSE = (r"(?:(?:Having|Prior\s+to|Before|After|Following|During|Upon|On|At|Whilst|While)\b[^,.;]{1,60},\s+"
                r"(?:then\s+)?)?")
# A note's own words before the people: "For information Cllrs Wharf and Turner arrived at the meeting a little late as
# they had to attend a previous meeting." (Dorset County), "For the record, …".
_SUBJECT = (r"^(?:Note\s*:\s*|It\s+was\s+(?:noted|reported)\s+that\s+"
            r"|(?:For\s+(?:information|the\s+record)|Please\s+note)\s*[:,]?\s+)?" + _LEAD_CLAUSE +
            r"(?P<who>(?:" + HONORIFIC_START + r"|(?:Councillors|Cllrs)\.?\s+[A-Z])[\w'’.-]*"
            r"(?:(?:\s+|\s*,\s*(?:and\s+)?|\s+and\s+)[A-Z][\w'’.-]*){0,5})\s+")
SUBJECT = re.compile(_SUBJECT)
ARRIVAL_OR_DEPARTURE = re.compile(_SUBJECT + r"(?:[^.]*?\s+and\s+)?(?P<what>" + _MOVEMENT + r".*?)\.?$")
# A titled name and the time they were there from, the whole line: "County Councillor Christopher Edwards from
# 2.03pm" (Monmouthshire, printed under the announcements): present from then, a late arrival.
PRESENT_FROM = re.compile(_SUBJECT + r"(?P<what>from\s+\d{1,2}(?:[.:]\d{2})?\s*(?i:[ap]\.?m\.?))$")
# "Councillor Mark Loveday declared a prejudicial interest in item 12 … He left the meeting during the
# discussion", "Councillors Dee, Evans, Campbell, and Morgan declared … Each member recused themselves from the
# Chamber …": the pronoun is the people the sentence before starts with.
_PRONOUN = re.compile(r"^(?:He|She|They(?:\s+each)?|Each\s+(?:member|councillor|of\s+them))\s+(?:then\s+)?"
                      r"(?P<what>" + _MOVEMENT + r".*?)\.?$")
# "Apologies for lateness were received from Councillor X", "… and apologies for lateness from Councillor X".
# "Apologies for lateness were received on behalf of Councillor Alicia Denny." (Portsmouth) too; "There were
# apologies for absence from Councillor A; and for lateness from Councillor B" (the apologies' word shared).
LATENESS_FROM = re.compile(r"\b(?P<what>apolog(?:y|ies)\s+for\s+lateness|(?<=\band\s)for\s+lateness)\s+"
                           r"(?:were\s+|was\s+)?(?:received\s+)?"
                           r"(?:from|on\s+behalf\s+of)\s+(?P<who>.+?)\.?$", re.IGNORECASE)
# The item a statement names: "during item 5", "at minute 67", "during consideration of agenda item 10(b)".
_NAMED_ITEM = re.compile(r"\b(?:agenda\s+)?(?:item|minute)\s+(?:no\.?\s*)?"
                         r"(?P<number>\d+[A-Za-z]?(?:\.\d+|\((?:[ivx]+|[a-z])\))?)(?!\w)", re.IGNORECASE)
_THIS_ITEM = re.compile(r"\b(?:this|the\s+(?:above|present|previous))\s+item\b", re.IGNORECASE)
# An item named as a bound ("left the meeting before item 9", "arrived after minute 67") is not the item during
# which it happened.
_BOUND = re.compile(r"\b(?:before|prior\s+to|after|following|until|ahead\s+of)\s+(?:\w+\s+){0,3}$", re.IGNORECASE)


# Where the statement ends and the sentence goes on to another: ", and …" ("entered the meeting during the
# Mayor's announcements, and indicated that she had no disclosures"), "and" before a new subject ("would be
# late due to work commitments and some Members questioned …"); "left … and returned …" is one statement.
_ANOTHER_STATEMENT = re.compile(r",\s+and\s+|\s+and\s+(?=(?:some|all|the|other|members|councillors|it|he|she|they|"
                                r"there)\b)", re.IGNORECASE)


def arrival_or_departure(sentence: str, subject_before: str | None = None) -> tuple[str, str] | None:
    """Who (as printed, a list maybe) and what they did, in the page's words from the verb on up to where the
    sentence turns to something else, when it states an arrival or a departure; "He left …" is
    ``subject_before``'s, the people the sentence before starts with (:func:`subject`). The caller reads the
    names (``attendance.page_arrivals``)."""
    sentence = _unbracketed(sentence)
    if (stamped := _TIME_FIRST.match(sentence)) and (stated := arrival_or_departure(stamped["rest"], subject_before)):
        return stated[0], f"{stated[1]} at {stamped['time']}"
    if subject_before and (pronoun := _PRONOUN.match(sentence)):
        return subject_before, _ANOTHER_STATEMENT.split(pronoun["what"], 1)[0]
    match = ARRIVAL_OR_DEPARTURE.match(sentence) or LATENESS_FROM.search(sentence) or PRESENT_FROM.match(sentence)
    return (match["who"], _ANOTHER_STATEMENT.split(match["what"], 1)[0]) if match else None


# The time first, as a note of the meeting's course: "10:44 – Councillor P Ashleigh-Morris entered the meeting."
# (Lincolnshire): the statement after the dash, at that time.
_TIME_FIRST = re.compile(r"^(?P<time>\d{1,2}[.:]\d{2}(?:\s*[ap]\.?m\.?)?)\s*[-–—]\s*(?P<rest>\S.*)$", re.IGNORECASE)


def _unbracketed(sentence: str) -> str:
    """A statement the minutes print as a note in brackets ("(Councillors A and B declared pecuniary interests
    and left the meeting for the duration of this item.)"), without them."""
    text = sentence.strip().rstrip(".").rstrip()
    return text[1:-1].strip() if text.startswith("(") and text.endswith(")") else sentence


def subject(sentence: str, before: str | None) -> str | None:
    """The people a sentence starts with, for a "He …" after it: its own, else (a "He …" sentence) those
    before, else nobody."""
    if match := SUBJECT.match(sentence):
        return match["who"]
    return before if _PRONOUN.match(sentence) else None


def named_item(what: str, item_number: str | None) -> str | None:
    """The item a statement names by number, else the item it is in when it says "this item"; none when the
    item bounds the time ("before item 9")."""
    if match := _NAMED_ITEM.search(what):
        return None if _BOUND.search(what[:match.start()]) else match["number"]
    return item_number if item_number and _THIS_ITEM.search(what) else None


def arrivals_of(people: list[Person], what: str, item_number: str | None) -> list[ArrivalOrDeparture]:
    """One arrival or departure for each person a statement names."""
    item = named_item(what, item_number)
    return [ArrivalOrDeparture(person=person, text=what, item_number=item) for person in people]
