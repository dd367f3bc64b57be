"""Where an item's title ends, when a converter runs it into the agenda text that follows it.

A Markdown rendering of the ModernGov item list puts an item's title, its document icon and its agenda text in
one cell, with nothing between them::

    Declarations of Interest Members are invited to declare at this stage of the meeting, …
    Minutes of the Previous Meeting PDF 246 KB To approve the minutes of the previous meeting …
    LONDON LOCAL AUTHORITIES 1990 - STREET TRADING POLICY (REPORT NO. 121) To receive the report (No 121) …
    Apologies for absence Group Business Managers to submit any apologies for absence.
    To approve, as a correct record, the minutes of the meeting held on 20 August 2008.

The title is the heading-like run at the start; the agenda text is a sentence. The title ends at the first of:

- the printed file ("PDF 246 KB", or "pdf icon PDF 246 KB"): the item's document, titled by the item;
- for a title in capitals, the first word that is not in capitals;
- a capitalised word that opens a sentence: followed by a word in lower case that does not continue a
  heading ("Members are …", "To consider …"; "of", "and", "the" … and a relative clause, "Decisions which
  have been …", continue one), taking a determiner before it along ("The Councillors will …"); a possessive
  continues the heading ("… on the Board's agenda");
- a capitalised word after a closing bracket ("Announcements (If any) Webcasting of the Meeting");
- a last word that is minutes in one word ("Declarations of Interest None.");
- when the text ends as a sentence does, a capitalised word after a lower-case word that does not continue
  a heading ("absence Group …": a title in sentence case does not go on in title case) or after a number
  ("… Strategy 2025-2030 Report from …").

Text that opens with "To <verb>" is agenda text with no title, and so is text that opens with a word that only
carries a heading on ("Of the meeting held on 7th June 2023 to be approved and signed.": the rest of a title
cell whose heading the copy lost). A list number before the sentence that ends the title is the agenda text's
("Notice of Motion 1. To note that …": the motion's first point). Agenda text that opens with the title
("Disclosure of Interests Disclosure of Interests Members …") leaves the title printed once. A title is short
and has no full stop ending a sentence inside it: text that runs on longer, or stops a sentence, is not a title.
On a title line of its own, agenda text a dash joins to the title ("… - To hold a debate …") is split off by
:func:`split_dashed_purpose`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from publisher.model import Document
from publisher.sources.text_rules import PRINTED_FILE, printed_document

MAX_TITLE_WORDS = 30

# Words that carry a heading on ("Report of the Head of …", "Items withdrawn from the Agenda").
_CONTINUES = frozenset(["a", "an", "and", "as", "at", "by", "for", "from", "in", "into", "of", "on", "or", "the",
                        "this", "to", "under", "upon", "with", "within"])
# A clause that qualifies the title's last noun ("Any Executive Decisions which have been 'called in'").
_RELATIVE = frozenset(["which", "who", "whom", "whose", "that", "where"])
_DETERMINERS = frozenset(["a", "an", "any", "all", "each", "the", "these", "this"])
# A meeting's time or place qualifying the title's last noun: "Minutes of a previous meeting of the City Council held
# on 23/05/19" (Stoke-on-Trent); "held" there opens no sentence.
_HELD = re.compile(r"^held\s+(?:on|at|in)\s+[^.]{1,40}$")


def _held_to_the_end(rest: list[str]) -> bool:
    """ "held on 23/05/19" ending the cell: when the meeting was, the title's last words. Agenda text that goes on
    after it ("Meetings held on 21st March and 24th 2023 (Both Part A …", Croydon) is a sentence of its own."""
    return bool(_HELD.match(" ".join(rest))) and len(rest) <= 6
_SENTENCE_END = re.compile(r"[a-z]{2}[.!?]\s+[A-Z]")
# "the Board's agenda": a possessive carries the heading on to its noun; it opens no sentence.
_POSSESSIVE = re.compile(r"\w['’]s$|s['’]$")
# A list's number or letter: "1.", "2)", "(a)", "(iii)".
_LIST_NUMBER = re.compile(r"^(?:\d{1,2}[.)]|\((?:[a-z]|[ivx]+|\d{1,2})\))$")
# Words that only carry a heading on: text that opens with one is the rest of a cell that lost its title.
_CARRIES_ON = frozenset(["of", "and", "or"])
# Minutes in one word, printed after the title where the "Minutes:" label is lost: "None.", "Noted."
_VERDICT = re.compile(r"^(?:None|Nil|Noted|Agreed|Approved|Withdrawn|Deferred)\.$")


@dataclass
class TitleSplit:
    """An item cell's opening text split: its title (None when it has none), the document its printed file
    names, and the agenda text after them."""

    title: str | None
    document: Document | None
    text: str


# ModernGov cuts a long agenda or minutes text short and links to the rest, naming the item by its displayed
# number: "...  view the full agenda text for item 3." ("… minutes text …", "… item text …"; City of London,
# Kingston upon Thames). A copy that lost the number column prints the item's number only there.
_FULL_TEXT_LINK = re.compile(
    r"\bview\s+the\s+full\s+(?:agenda|minutes|item|decision)\s+text\s+for\s+item\s+"
    r"(?P<number>(?:[A-Z]{1,4}\s?)?\d+[A-Za-z]?(?:/\d+|\.\d+[a-z]?)*)\.?(?![\w/])", re.IGNORECASE)


# The link with the "…" that stands for the cut text before it: page furniture, no words of the agenda or minutes.
_CUT_TEXT_LINK = re.compile(r"\s*(?:\.\.\.|…)?\s*" + _FULL_TEXT_LINK.pattern, re.IGNORECASE)


def without_full_text_link(text: str) -> str:
    """``text`` without ModernGov's "...  view the full minutes text for item 3." link ("" when it is all)."""
    return _CUT_TEXT_LINK.sub("", text).strip()


def linked_number(texts: list[str]) -> str:
    """The item's number as its "view the full … text for item N" links name it, "" when they name none or
    disagree (a link names its own item; two numbers in one item's text leave its number unknown)."""
    numbers = {match["number"] for text in texts for match in _FULL_TEXT_LINK.finditer(text)}
    return numbers.pop() if len(numbers) == 1 else ""


def split_title(text: str) -> TitleSplit:
    """The title at the start of ``text``, its document, and the rest (see the module's rules)."""
    text = text.strip()
    printed = PRINTED_FILE.search(text)
    if printed and printed.start() > 0:
        title = text[:printed.start()].strip()
        if _is_title(title):
            return TitleSplit(title, printed_document(title, printed), text[printed.end():].strip())
    words = text.split()
    if (twice := _printed_twice(words)) and _is_title(title := " ".join(words[:twice])):
        return TitleSplit(title, None, " ".join(words[twice:]))
    if words and _opens_purpose(words) and (again := _purpose_again(words)):
        return TitleSplit(" ".join(words[:again]), None, " ".join(words[again:]))
    if not words or _opens_purpose(words):
        return TitleSplit(None, None, text)
    if (asked := _body_asked(words)) is not None:
        title = " ".join(words[:asked])
        if asked and _is_title(title):
            return TitleSplit(title, None, " ".join(words[asked:]))
        return TitleSplit(None, None, text)
    end = min(_title_end(words), _resolution_start(words), _titled_purpose(words))
    if _clause_inside(words[:end]) and 0 < (changed := _case_change(words)) < end:
        end = changed  # "Urgent matters Notice of items which, in the opinion of the Chairman, should …", Conwy
    if 1 < end < len(words) and _LIST_NUMBER.match(words[end - 1]) and not _closes_bracket(words[:end]):
        end -= 1  # "Notice of Motion 1. To note …": the number opens the agenda text's list
    end = _unrepeated(words, end)
    if 0 < end < len(words) and _bare(words[end - 1]).lower() in _CONTINUES:
        return TitleSplit(None, None, text)  # "Questions on" / "Notice pursuant to …": a heading ends in no "on"
    title = " ".join(words[:end])
    if not _is_title(title) or _article_alone(words[:end]) or _CLOCK_ONLY.match(title) \
            or _DASHED_LOWER_PURPOSE.search(title):
        return TitleSplit(None, None, text)
    return TitleSplit(title, None, " ".join(words[end:]))


# What the agenda asks of the meeting or says it holds, as a predicate: "Cabinet is asked to agree …", "Cabinet is
# requested to approve …", "Minutes from the meeting held on 12th February 2025 are attached.", "Report of the
# Leader … is attached." (Oldham, Bury, Markdown rows whose linked title the copy lost). A heading states no such
# predicate: the text holding one is a sentence of agenda text.
_AGENDA_PREDICATE = frozenset({"is", "are"})  # the verb, then a word of _ASKED
_ASKED = frozenset(["asked", "requested", "recommended", "invited", "attached", "sought", "requester", "enclosed"])
# The meeting's body as the subject the agenda asks ("… Sanctuary Seekers in Oldham Cabinet is asked to formally
# accept …"): the agenda text opens with it, the title ends before it.
_ASKED_BODIES = frozenset(["Cabinet", "Council", "Committee", "Board", "Panel", "Members", "Executive"])


def _body_asked(words: list[str]) -> int | None:
    """Where the agenda text opens when the cell's first sentence holds an agenda predicate ("is asked",
    "are attached", "is requested", optionally "is formally asked"): before the body it asks ("Cabinet", "The
    Cabinet", "Members of Cabinet") when one is its subject; 0 when the cell opens with the document the sentence
    says is attached (no title rather than "Report of the Leader and Cabinet Member for Strategic" cut before
    "Growth is attached."). None (the usual rules decide) when the first sentence holds no such predicate, or a
    clause before it, or another subject ("Public Question Time Questions are invited …")."""
    for index, word in enumerate(words[1:], start=1):
        if word.endswith((".", "!", "?")) and index + 1 < len(words) and _capitalised(words[index + 1]):
            return None  # the first sentence ended without one
        if word not in _AGENDA_PREDICATE:
            continue
        following = [_bare(w).lower() for w in words[index + 1:index + 3]]
        if not (following and (following[0] in _ASKED or (following[0] in ("formally", "now") and
                                                          following[1:] and following[1] in _ASKED))):
            continue
        if any(w.endswith((",", ";")) for w in words[:index]):
            return None  # "… (adopted July 2012), which includes …, Members are asked …": a clause, no verdict here
        subject = index - 1
        if subject > 1 and words[subject - 1] == "of" and _bare(words[subject - 2]) in _ASKED_BODIES:
            subject -= 2  # "Members of Cabinet are asked to consider …"
        # not the object of a word that carries the title on: "… Agreement from Cabinet is sought"
        if _bare(words[subject]) in _ASKED_BODIES and not (
                subject > 0 and _bare(words[subject - 1]).lower() in _CONTINUES):
            if subject > 0 and _bare(words[subject - 1]) == "The":
                subject -= 1
            return subject
        if following[0] in _ENCLOSED and _bare(words[0]) in _DOCUMENT_NOUNS:
            return 0  # "Report of the Leader and Cabinet Member for Strategic Growth is attached.": all one sentence
        return None  # "Public Question Time Questions are invited …": the usual rules find the title
    return None


# A document the agenda says it holds, opening the cell's one sentence ("Minutes from the meeting held on 12th
# February 2025 are attached."): the sentence is agenda text; its subject is no title.
_ENCLOSED = frozenset(["attached", "enclosed"])
_DOCUMENT_NOUNS = frozenset(["Report", "Reports", "Minutes", "Appendix", "Papers"])


# Agenda text in title case right after the title: "Declarations of Interest To Receive Declarations of Interest in
# any Contract or matter …" (Oldham, a Markdown row); "To" and a capitalised verb of the agenda, after a word that
# does not carry the heading on to it. A title that opens so ("To Receive any Declarations of Interest …", North
# Tyneside) is not cut: only a "To" after the title's first word.
_AGENDA_VERBS = frozenset(["Receive", "Consider", "Note", "Approve", "Agree", "Elect", "Appoint", "Confirm",
                           "Answer", "Deal", "Hear", "Adopt", "Determine", "Discuss", "Review"])


def _titled_purpose(words: list[str]) -> int:
    """Where "To <Verb>" or "Agenda Item(s) <number>" opens the agenda text inside the cell, or ``len(words)``."""
    for index in range(1, len(words) - 2):
        if _bare(words[index - 1]).lower() in _CONTINUES or not _capitalised(words[0]):
            continue
        if words[index] == "To" and _bare(words[index + 1]) in _AGENDA_VERBS:
            return index
        if words[index] == "Agenda" and re.match(r"^Items?(?:\(s\))?$", words[index + 1]) \
                and words[index + 2][:1].isdigit():
            return index  # "Exclusion of the Press and Public Agenda Items 7 and 9 have exempt appendices." (Rotherham)
    return len(words)


# A purpose a dash joins in lower case ("… Report of Deputy Chief Executive (Place) – to accept grant funding.",
# Oldham): agenda text run into the title, whose own end is then not known (no title rather than a wrong one).
_DASHED_LOWER_PURPOSE = re.compile(r"\s[-–—]\s+to\s+[a-z]+\b")


# A clock time alone, or two as a span: "9.40 am", "10.05am", "10:00 AM", "10.00 – 12.00". Salford's agenda prints
# each item's starting time in a row of its own ("9.40 am Additional documents: |"), Powys its meetings' hours
# under their dates; a time is when an item is taken, never its title.
_CLOCK_ONLY = re.compile(r"^\d{1,2}[.:]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s*[-–—]\s*\d{1,2}[.:]\d{2}\s*(?:[ap]\.?m\.?)?)?$",
                         re.IGNORECASE)


def _closes_bracket(title: list[str]) -> bool:
    """The title's last word closes a bracket it opened: "(… under Council Procedure Rule 7)" ends in a rule's
    number, not in a list's."""
    head = " ".join(title[:-1])
    return title[-1].endswith(")") and head.count("(") > head.count(")")


def _article_alone(title: list[str]) -> bool:
    """A title that is only an article or determiner: the first word of a sentence whose title cell the copy lost
    ("The Councillors will be asked to say if there are any items on the Agenda in which they have disclosable
    pecuniary interests …", Kirklees, a Markdown row): no title, never "The"."""
    return all(_bare(word).lower() in _DETERMINERS for word in title)


# The resolution's marker: "RESOLVED" in capitals, or "Resolved" before "that" or a colon or dash.
_RESOLUTION_MARKER = re.compile(r"^(?:RESOLVED\b.*|Resolved(?:\s*[:\-–—]|$))")


def _resolution_start(words: list[str]) -> int:
    """Where a resolution starts inside a cell whose "Minutes:" label the copy lost: a title never holds one.
    "Response of the Cabinet to accept the recommendations of the Scrutiny Committee from the Review of the
    Delivery of the Council House Building Programme RESOLVED that the Cabinet adopted …" (Harlow, a Markdown row):
    the title ends before "RESOLVED", where it would otherwise run on to "… RESOLVED that the"."""
    for index, word in enumerate(words[1:], start=1):
        following = _bare(words[index + 1]).lower() if index + 1 < len(words) else ""
        if _RESOLUTION_MARKER.match(word) and (word.startswith("RESOLVED") or following == "that"
                                               or not word.isalpha()):
            return index
    return len(words)


# "Petition - Save the Mural - To hold a debate in accordance with Standing Order 8(6)(e).": agenda text joined
# to the title by a dash; "9. - To receive a report …": a dash with no title before it.
_DASHED_PURPOSE = re.compile(r"(?:^|\s+)[-–—]\s+(?=To\s+[a-z])")
# A link's marker read as words, as an older page prints it after a linked title ("… OUTSIDE BODIES Opens in a
# new window - To receive a report …"): no part of the title.
_NEW_WINDOW = re.compile(r"\s*\bOpens in a new window\b", re.IGNORECASE)


def split_dashed_purpose(title: str) -> tuple[str, str | None]:
    """A title line's title and the agenda text a dash joins to it ("… - To hold a debate …"), if any; a title
    line that is only the dash and the agenda text has the title ""."""
    title = _NEW_WINDOW.sub("", title)
    parts = _DASHED_PURPOSE.split(title, maxsplit=1)
    return (parts[0].strip(), parts[1]) if len(parts) == 2 else (title, None)


def _printed_twice(words: list[str]) -> int:
    """How many words the title has when the cell prints it twice, the agenda text opening with it again, however
    the title reads: "Declarations of Interest by individual Members in relation to any item of business on the
    agenda Declarations of Interest by individual Members in relation to any item of business on the agenda."
    (South Yorkshire MCA, a Markdown row) → 18; 0 when no opening of three words or more is printed again at once."""
    bare = [_bare(word).casefold() for word in words]
    return next((size for size in range(min(len(words) // 2, MAX_TITLE_WORDS), 2, -1)
                 if bare[:size] == bare[size:2 * size]), 0)


def _unrepeated(words: list[str], end: int) -> int:
    """Where a title printed twice ends the first time: "Disclosure of Interests Disclosure of Interests Members
    and co-opted Members …" (the agenda text opens with the title) → after the first "Interests"."""
    half = end // 2
    if end % 2 == 0 and half > 1 and words[:half] == words[half:end]:
        return half
    return end


def _is_title(text: str) -> bool:
    """Short, with no sentence ending inside it."""
    return bool(text) and len(text.split()) <= MAX_TITLE_WORDS and not _SENTENCE_END.search(text)


def _bare(word: str) -> str:
    return word.strip("()[]{}\"'“”‘’,;:.")


def _capitalised(word: str) -> bool:
    bare = _bare(word)
    return bool(bare) and bare[0].isupper()


def _lower(word: str) -> bool:
    bare = _bare(word)
    return bool(bare) and bare[0].islower()


def _in_capitals(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return not letters or all(c.isupper() for c in letters)


def _opens_purpose(words: list[str]) -> bool:
    """"To approve, …", "To receive the report …": agenda text printed without a title; "Of the meeting held on
    7th June 2023 to be approved and signed.": the rest of a sentence whose title ("Minutes") the copy lost
    (no title starts with "Of", "And" or "Or")."""
    return len(words) > 1 and ((_bare(words[0]) == "To" and _lower(words[1])) or
                               _bare(words[0]).lower() in _CARRIES_ON)


def _purpose_again(words: list[str]) -> int | None:
    """Where a second "To <verb>" opens the agenda text after a title worded as a purpose, no stop between them:
    "To confirm the minutes of the Council held on 19 July 2023 To sign the minutes as a true and correct record."
    (Gosport): the first is the item's title. None when no such second opening follows within a title's length."""
    for index in range(2, min(len(words) - 1, MAX_TITLE_WORDS)):
        if words[index - 1].endswith((".", ",", ";", ":")):
            return None
        if words[index] == "To" and _lower(words[index + 1]):
            return index if _is_title(" ".join(words[:index])) else None
    return None


def _title_end(words: list[str]) -> int:
    """How many of ``words`` make the title."""
    if sum(1 for w in words[:3] if any(c.isalpha() for c in w) and _in_capitals(w)) >= 2:
        end = next((i for i, word in enumerate(words) if not _in_capitals(word)), len(words))
        if end < len(words) and _capitalised(words[end]) and end > 1 and len(_bare(words[end - 1])) == 1:
            end -= 1  # "… A report of …": a capital letter alone opens the sentence
        elif end < len(words) and _lower(words[end]) and end > 1 and words[end - 1] == "A":
            end -= 1  # "QUESTIONS FROM THE PUBLIC A maximum of 15 minutes …" (Trafford): the article opens it
        return end
    depth = words[0].count("(") - words[0].count(")")
    for index in range(1, len(words)):
        word, before = words[index], words[index - 1]
        inside, depth = depth > 0 or word.startswith("("), depth + word.count("(") - word.count(")")
        if _numbered_list_starts(words, index):
            return index  # "Notice of Motion 1. To note that … 2. To remove …": the agenda text is a numbered list
        if word.startswith("(") and not before.endswith(("(", ")")) and _noted_in_bracket(words, index):
            return index  # "Appointment and Investment of Deputy Mayor (Pursuant to paragraph 5 of the …)"
        if _body_acts(words, index):
            return index  # "Election of Mayor Full Council to elect the Mayor …"
        if inside or not _capitalised(word):
            continue  # a bracket belongs to the title: "Matters Arising (if any)", "Announcements (If any)"
        if before.endswith(")"):
            return index  # a title's bracket closes it: "Announcements (If any) Webcasting of the Meeting"
        following = words[index + 1] if index + 1 < len(words) else ""
        if _opens_sentence_case(words, index):
            return index  # "Public Questions Members of the public who have requested …"
        if _lower(following) and not following.startswith("(") \
                and _bare(following).lower() not in _CONTINUES | _TITLE_CASE_SMALL \
                and _bare(following).lower() not in _RELATIVE and not _POSSESSIVE.search(word) \
                and not _held_to_the_end(words[index + 1:]):
            if _bare(before).lower() in _DETERMINERS and _capitalised(before) and index > 1:
                return index - 1
            if _capitalised(before) and _names_abut(words[:index]):
                # where the sentence's subject starts is not known: no title rather than a wrong one, unless it
                # opens with the people who will take part ("Representatives of South East Water will …")
                return _people_open_sentence(words)
            return index
        if _bare(word).lower() in _DETERMINERS and index + 1 < len(words) and _capitalised(following) \
                and _bare(before).lower() not in _CONTINUES and not _title_cased(words[index:]):
            return index  # "… Interests The Councillors will …" (but "Declarations of Any Interests" is one)
    return _case_change(words)


# Words in lower case a heading in title case holds besides those that carry it on ("… and Provide Answers thereon").
_TITLE_CASE_SMALL = frozenset(["thereon", "thereto", "therein", "thereof", "between", "against", "about", "over"])


def _title_cased(rest: list[str]) -> bool:
    """Words in title case to the cell's end, none a verb in lower case: "Receive Any Questions under Council
    Procedure Rule 11 from Members of the Public and Provide Answers thereon" (City of Lincoln, a Markdown row) is
    all title, where "… Interests The Councillors will be asked …" opens a sentence at "The"."""
    return len(rest) >= 3 and all(_capitalised(word) or not _bare(word) or _bare(word).isdigit()
                                  or _bare(word).lower() in _CONTINUES | _TITLE_CASE_SMALL for word in rest)


def _clause_inside(head: list[str]) -> bool:
    """A comma before a word in lower case inside what would be the title ("… items which, in the opinion of the"):
    a clause set off inside a sentence, which a heading does not hold; the title ended before that sentence."""
    return any(word.endswith(",") and _lower(following) for word, following in zip(head, head[1:], strict=False))


def _names_abut(head: list[str]) -> bool:
    """Two capitalised words side by side, the second followed by "of", inside what would be the title ("Canal
    Towpath Annual Report Representatives of the Canal and River" before "Trust will present …"): a noun phrase
    ("Representatives of …") opens there or earlier, as the subject of the agenda text's sentence, and nothing
    tells where; a title's own "of" follows its first word or a small word ("Minutes of the …", "Declarations by
    Members of …"), or a colon that opens the title's second part ("Declarations of Interest: Code of Local
    Government Conduct Members are reminded …", Conwy)."""
    return any(_capitalised(head[j - 1]) and _capitalised(head[j]) and head[j + 1] == "of"
               and _bare(head[j - 1]).lower() not in _CONTINUES | _DETERMINERS and not head[j - 1].endswith(":")
               for j in range(1, len(head) - 1))


# Who the agenda's sentence says will take part, its subject ("Outside Bodies Update - Citizens Advice Bureau
# Representatives of Citizens Advice North and West Kent will provide a summary …", Tonbridge and Malling): a title
# names no people by such a word after a capitalised one.
_PEOPLE_TAKING_PART = frozenset({"Representatives", "Officers"})


_SUBJECT_VERBS = frozenset({"will", "are", "have", "were", "would"})


def _people_open_sentence(words: list[str]) -> int:
    """Where the agenda text opens with "Representatives of <body> will …" inside what would be the title: the
    verb after the body leaves the sentence no other subject, so the title cannot run on to the body's last word
    (0 when no such phrase is there: no title)."""
    for j in range(1, len(words) - 2):
        if words[j] in _PEOPLE_TAKING_PART and words[j + 1] == "of" and _capitalised(words[j - 1]):
            body = words[j + 2:]
            verb = next((k for k, word in enumerate(body) if not (_capitalised(word) or word in _CONTINUES)), None)
            if verb and body[verb] in _SUBJECT_VERBS:
                return j
    return 0


# The meeting's body as the subject of the agenda's sentence, "to" and a verb after it ("Full Council to elect the
# Mayor …", Kensington and Chelsea): agenda text, which a title does not run into.
_ACTING_BODIES = (("Full", "Council"), ("Council",), ("Cabinet",))


def _body_acts(words: list[str], index: int) -> bool:
    """``words[index:]`` open with a body, then "to" and a verb in lower case (not "to the …"), after a title
    word that does not carry on to them ("Report of Council to …" is no such text)."""
    if _bare(words[index - 1]).lower() in _CONTINUES or not _capitalised(words[index - 1]):
        return False
    for body in _ACTING_BODIES:
        after = index + len(body)
        if tuple(words[index:after]) == body and after + 1 < len(words) and words[after] == "to" \
                and words[after + 1].isalpha() and words[after + 1].islower() \
                and words[after + 1] not in _CONTINUES | _DETERMINERS:
            return True
    return False


# A bracket after the title that holds a note, not a part of the heading: it opens with a capital and runs on past
# this many words ("(Pursuant to paragraph 5 of the Second Schedule of the Local Government Act,1972 the Mayor may
# appoint a Councillor to be Deputy Mayor)", Kensington and Chelsea); "(If any)", "(Report No. 121)" stay.
_NOTE_WORDS = 8


def _noted_in_bracket(words: list[str], index: int) -> bool:
    """The bracket opening at ``words[index]`` is a note of more than :data:`_NOTE_WORDS` words."""
    if not _capitalised(words[index]):
        return False
    inner = next((end for end in range(index, len(words)) if ")" in words[end]), len(words) - 1) - index + 1
    return inner > _NOTE_WORDS


_LIST_NUMBER = re.compile(r"^(?P<n>[1-9])[.)]$")


def _numbered_list_starts(words: list[str], index: int) -> bool:
    """ "1." before a capitalised word, and "2." later in the text: a numbered list opens there, which a title
    never holds."""
    number = _LIST_NUMBER.match(words[index])
    if not number or number["n"] != "1" or index + 1 >= len(words) or not _capitalised(words[index + 1]):
        return False
    return any(word in ("2.", "2)") for word in words[index + 2:])


def _opens_sentence_case(words: list[str], index: int) -> bool:
    """After a title in title case ("Public Questions"), a capitalised word whose phrase goes on in lower case
    past its small words, printed in lower case ("Members of the public who …"), opens a sentence: a title-case
    heading does not go on in sentence case ("… Chief Executive To receive …" is another rule's)."""
    head = words[:index]
    if len([word for word in head if _capitalised(word)]) < 2 or \
            any(not _capitalised(word) and _bare(word).lower() not in _CONTINUES for word in head):
        return False
    if _bare(head[-1]).lower() in _CONTINUES:
        return False  # "Roll Call and Apologies for absence To receive …": the heading goes on past its "and"
    if index + 1 < len(words) and words[index + 1].startswith("("):
        return False  # "Questions from Members of the Public (to consider any questions …)": the bracket's note
    rest = index + 1
    while rest < len(words) and _lower(words[rest]) and _bare(words[rest]) in _CONTINUES | _DETERMINERS:
        rest += 1
    return rest > index + 1 and rest < len(words) and _lower(words[rest])


def _case_change(words: list[str]) -> int:
    """A sentence-case title followed by a sentence that opens with a name ("Apologies for absence Group
    Business Managers to submit …"), or a title ending in a number ("… Strategy 2025-2030 Report from …"): the
    first capitalised word after a lower-case one that does not carry a heading on, or after a number, when
    the rest ends as a sentence does ("Update on the draft Local Plan" is one title)."""
    if not words[-1].endswith("."):
        return len(words)
    if len(words) > 1 and _VERDICT.match(words[-1]):
        return len(words) - 1  # "Declarations of Interest None.": the minutes in one word
    for index in range(1, len(words)):
        before = _bare(words[index - 1])
        after_words = _lower(words[index - 1]) or not any(c.isalpha() for c in words[index - 1])
        if _capitalised(words[index]) and after_words and before.lower() not in _CONTINUES \
                and not words[index - 1].endswith(")"):
            return index
    return len(words)
