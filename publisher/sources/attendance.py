"""Who was at a meeting and what they declared: one grammar for every reader (issue 14).

Meeting pages, agenda-item pages and attendance pages print the same statements in prose or lists:

    Present: Councillor A Name (Chair), Councillors B and C         → present (the bracket: role as printed)
    Also present: … / Officers in attendance: …                      → in attendance
    Apologies for absence were received from Councillors A, B and C → apologies
    Councillor X substituted for Councillor Y                        → X substitute for Y
    Councillor X declared a personal interest in item 11 as …       → a declaration of interest

:func:`read_attendance` and :func:`read_declarations` read one paragraph; :func:`read_who_was_there` reads a
whole page, also lists that run over several lines ("Present:" and the names under it), so that a page
whose items are not read still yields who was there.
"""

from __future__ import annotations

import re

from publisher.model import Attendance, Declaration, Person
from publisher.sources.person_mentions import MEMBER_TITLE, ListedName, classify_bracket, looks_like_name, split_names
from publisher.sources.text_rules import sentences

# --- attendance ---------------------------------------------------------------------------------------------

_APOLOGIES = re.compile(
    r"^(?:(?:an\s+)?apolog(?:y|ies)(?:\s+for\s+(?:absence|lateness))?\s+(?:was|were|had\s+been)?\s*"
    r"(?:received|submitted|reported|given|tendered|noted)\s+(?:from|by|on\s+behalf\s+of)\s+"
    r"|apologies(?:\s+for\s+absence)?\s*[:\-–]\s*)(?P<names>.+)$", re.IGNORECASE)
_LISTED_ATTENDANCE = re.compile(
    r"^(?P<label>present|members\s+present|councillors\s+present|also\s+present|in\s+attendance"
    r"|officers(?:\s+(?:present|in\s+attendance))?|absent|not\s+present)\s*[:\-–]\s*(?P<names>.+)$",
    re.IGNORECASE)
_SUBSTITUTE = re.compile(
    r"^(?P<who>.+?)\s+(?:substituted\s+for|(?:attended|was\s+present)\s+as\s+(?:a\s+|the\s+)?substitute\s+for"
    r"|substituting\s+for)\s+(?P<for>.+?)\.?$", re.IGNORECASE)
_WAS_ABSENT = re.compile(r"^(?P<who>.+?)\s+(?:was|were)\s+absent\.?$", re.IGNORECASE)
_SUBSTITUTING = re.compile(
    r"^(?:(?P<who>.+?)\s+(?:substituting|substituted|as\s+(?:a\s+)?substitute)|substitute\s*:?\s*(?P<who2>.+))$",
    re.IGNORECASE)
_ATTENDANCE_LABELS = {"present": "present", "members present": "present", "councillors present": "present",
                      "also present": "in attendance", "in attendance": "in attendance",
                      "officers": "in attendance", "officers present": "in attendance",
                      "officers in attendance": "in attendance", "absent": "absent", "not present": "absent"}
_NOBODY = re.compile(r"^(?:none|nil|n/?a|nobody|no\s+one)\.?$", re.IGNORECASE)

# --- declarations of interest -------------------------------------------------------------------------------

_DECLARES = re.compile(
    r"\b(?:declared|disclosed|made\s+(?:a\s+)?declarations?\s+of|registered)\b(?P<what>.*?)\b(?:interests?|DPIs?)\b",
    re.IGNORECASE)
_INTEREST_KINDS = (  # most specific first: "non-pecuniary" before "pecuniary", "prejudicial" before "personal"
    ("non-pecuniary", re.compile(r"\bnon[-\s]?pecuniary\b", re.IGNORECASE)),
    ("disclosable pecuniary", re.compile(r"\bdisclosable\s+pecuniary\b|\bDPIs?\b|\bpecuniary\b", re.IGNORECASE)),
    ("prejudicial", re.compile(r"\bprejudicial\b", re.IGNORECASE)),
    ("personal", re.compile(r"\bpersonal\b", re.IGNORECASE)),
)
_DECLARED_ITEM = re.compile(
    r"\b(?:agenda\s+)?items?\s+(?:no\.?\s*|number\s+)?(?P<number>\d+[A-Za-z]?(?:\.?\((?:[ivx]+|[a-z])\)|\.\d+)?)(?!\w)",
    re.IGNORECASE)
_THIS_ITEM = re.compile(r"\b(?:this|the\s+(?:above|present))\s+item\b", re.IGNORECASE)
_LEFT_ROOM = re.compile(
    r"\b(?:left|withdrew\s+from|leaving|absented\s+(?:himself|herself|themselves)\s+from)\s+the\s+"
    r"(?:room|meeting|chamber)\b", re.IGNORECASE)
_STAYED = re.compile(r"\b(?:remained|stayed)\s+in\s+the\s+(?:room|meeting|chamber)\b|\bdid\s+not\s+leave\b",
                     re.IGNORECASE)



# --- attendance ---------------------------------------------------------------------------------------------


def read_attendance(text: str) -> list[Attendance]:
    """Attendance stated in one paragraph: "Apologies were received from Councillors A, B and C.",
    "Present: Councillor X (Chair), …", "In attendance: …", "Absent: …", "Councillor X substituted for
    Councillor Y", "Councillor X was absent". A bracket after a name is its role as printed ("Chair"),
    or a substitute ("Councillor Y substituting")."""
    found: list[Attendance] = []
    for sentence in sentences(text):
        sentence = sentence.strip()
        if match := _APOLOGIES.match(sentence):
            found.extend(_listed(match["names"], "apologies"))
        elif match := _LISTED_ATTENDANCE.match(sentence):
            found.extend(_listed(match["names"], _ATTENDANCE_LABELS[" ".join(match["label"].lower().split())]))
        elif (match := _SUBSTITUTE.match(sentence)) and (who := _people(match["who"])) \
                and (absent := _people(match["for"])):
            found.extend(Attendance(person, "substitute", substitute_for=absent[0].person) for person in
                         (listed.person for listed in who))
        elif (match := _WAS_ABSENT.match(sentence)) and (who := _people(match["who"])):
            found.extend(Attendance(listed.person, "absent") for listed in who)
    return found


def _listed(names: str, kind: str) -> list[Attendance]:
    found = []
    for listed in _people(names):
        role, substitutes = None, []
        for note in listed.notes:
            substitute = _SUBSTITUTING.match(note)
            who = substitute and (substitute["who"] or substitute["who2"])
            if who and (people := _people(who)):
                substitutes.extend(Attendance(other.person, "substitute", substitute_for=listed.person)
                                   for other in people)
            elif classify_bracket(note) != "person":
                role = note
        found.append(Attendance(listed.person, kind, role=role))
        found.extend(substitutes)
    return found


def _people(text: str) -> list[ListedName]:
    """The names of a list, up to the first entry that is not a name (a clause such as "who were …")."""
    people: list[ListedName] = []
    if _NOBODY.match(text.strip()):
        return people
    for listed in split_names(text.strip().rstrip(".")):
        if not looks_like_name(listed.person.name):
            break
        people.append(listed)
    return people


# --- declarations of interest -------------------------------------------------------------------------------


def read_declarations(text: str, item_number: str | None = None) -> list[Declaration]:
    """Declarations of interest in one paragraph of minutes.

    "Councillor Francis Burkitt declared a non-pecuniary interest on items of discussion regarding the City
    Deal …" → Declaration(Francis Burkitt, "non-pecuniary", the sentence verbatim). The kind is the most
    specific one named: non-pecuniary; disclosable pecuniary ("DPI", and "pecuniary" alone, the term the
    Localism Act regime uses for it); prejudicial (so "personal and prejudicial" is prejudicial); personal;
    otherwise "other". The item is the one the sentence names ("item 5"), or the item whose minutes say
    "this item". Leaving or staying in the room counts only when stated, also in the sentence that follows
    ("He left the room during the debate"), which is then part of the declaration's text.
    """
    found: list[Declaration] = []
    parts = sentences(text)
    for index, sentence in enumerate(parts):
        declares = _DECLARES.search(sentence)
        if not declares:
            continue
        people = _declarants(sentence[:declares.start()])
        if not people:
            continue
        statement = sentence
        follow = parts[index + 1] if index + 1 < len(parts) else ""
        if follow and not _DECLARES.search(follow) and (_LEFT_ROOM.search(follow) or _STAYED.search(follow)):
            statement = f"{sentence} {follow}"
        left = True if _LEFT_ROOM.search(statement) else False if _STAYED.search(statement) else None
        kind = next((name for name, pattern in _INTEREST_KINDS if pattern.search(sentence)), "other")
        number = _declared_item(sentence, item_number)
        found.extend(Declaration(person=person, kind=kind, text=statement, item_number=number, left_room=left)
                     for person in people)
    return found


def _declarants(subject: str) -> list[Person]:
    """The people before "declared": from the first honorific on ("During item 5, Councillor X" → X)."""
    start = MEMBER_TITLE.search(subject)
    if not start:
        return []
    return [listed.person for listed in _people(subject[start.start():]) if listed.person.honorific]


def _declared_item(sentence: str, item_number: str | None) -> str | None:
    if match := _DECLARED_ITEM.search(sentence):
        return match["number"]
    return item_number if item_number and _THIS_ITEM.search(sentence) else None
