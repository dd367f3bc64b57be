"""The meeting page's items when the page text prints neither their numbers nor labels: blocks of lines that
blank lines set apart.

Some copies of the "No. Item" list keep only the text of its cells, the number cell empty and no "Minutes:"
label, so an item is a title cell (title, then its agenda text one blank line below) and a minutes cell, the
cells and rows set apart by wider gaps::

    Declarations of interests                                   title cell
    Members are invited to declare at this stage …              (one blank line above: the same cell)
                                                                (two or more blank lines)
    There were no declarations of interest.                     minutes cell
                                                                (two or more)
    Deputations (if any)                                        next row

Decisions made here:

- A block is a run of lines with at most one blank line inside. The block after a title block is its
  minutes; any other block that reads as a title (short, no sentence, not a resolution, a list clause or a
  sentence about a named person) after a gap as wide as the page's usual gap between rows opens an item.
- The page's row gap is the gap most often seen before such a title after a minutes block (2 or 3 blank
  lines, by how the copy was made); a gap two wider holds an empty cell: the previous item's minutes, or the
  next item's title, are blank, and a block after it opens an item, with a title if it reads as one. Right
  after a title the empty cell is the item's own (its blank decision cell on an "Agenda, decisions and
  minutes" page): a block that reads as no title there is that item's minutes.
- A block after a line left open ("… election results as follows:") goes on with it, whatever the gap; a
  sentence that introduces what follows is never a title.
- Nothing here guesses a number: the items are numbered "" and known by their position.
- On a page with minutes, a title that is the copy's last line is where the copy stops (a whole page prints
  more after its last item): it is no item, and the caller warns of it (:func:`cut_title`); on an agenda
  alone, only when every item before it prints text under its title.
- Labelled parts ("Additional documents:", "Minutes:") go on with the item above them, and a label line
  leaves nothing open; agenda text after a gap ("To receive Announcements …") under a blank title cell opens
  an item with no title.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from publisher.sources.person_mentions import MEMBER_TITLE
from publisher.sources.prose_people import ROLE_NOUNS
from publisher.sources.text_rules import (
    CLAUSE_START,
    DECISION_MARKER,
    ENDS_OPEN,
    EXEMPT_COLUMN,
    EXEMPT_PARAGRAPH,
    UNMARKED_RESOLUTION,
    Line,
    strip_icon,
)

MAX_TITLE_WORDS = 25
# A labelled part of an item ("Additional documents:", "Minutes:"): it goes on with the item above it. So does the
# officer a decision is for, under it ("ACTION BY: Executive Director, REDE", Hounslow's decisions).
_PART_LABEL = re.compile(r"^(?:Additional documents|Supporting documents|Decision|Minutes|Action\s+by)\s*:",
                         re.IGNORECASE)
# A title that reads as a label, its file printed after it: "Minutes: pdf icon PDF 261 KB" (Harrogate, whose titles end
# in colons: "Apologies for Absence:", "Urgent Business:"); a part's label prints no file of its own.
_FILED_TITLE = re.compile(r"^Minutes\s*:\s*(?:pdf|docx?|xlsx?)\s+icon\b", re.IGNORECASE)
# Agenda text, never a title: "To receive Announcements, if any, from the Mayor, …".
_AGENDA_TEXT = re.compile(r"^To\s+[a-z]")
# A sentence that introduces what follows ("… indicated election results as follows:"): never a title; nor one
# whose colon ends a lead-in to "the following" things ("The report also provided updates on the following service
# responsibilities of the Portfolio:", City of Lincoln, its bullets under it).
# Nor one whose colon ends a lead-in to examples ("… announcements made for transparency alone, such as:", as
# Canterbury prints it, its bullets under it).
_INTRODUCES = re.compile(r"\b(?:as\s+follows|the\s+following|such\s+as)\s*[:\-–—]*$|\bthe\s+following\s[^:]*:$",
                         re.IGNORECASE)
_SENTENCE_END = re.compile(r"[a-z]{2}[.!?](?:\s|$)")
# A note in brackets, the whole line ("(Moved by Councillor D Cook and seconded by Councillor Dr S Peaple)",
# Tamworth, under the minutes it notes): an aside of the minutes, never an item's title.
_ASIDE = re.compile(r"^\([^()]*\)$")
# A line of a recorded vote, never a title: its heading ("Recorded vote under Procedure Rule 4.13.5") or one of its
# lists, names after the label ("For Cllr Radford: Cllrs Bradford, Daws, …", "Absent: Buscombe, Hayes, …",
# Teignbridge).
_VOTE_ROLL = re.compile(
    r"^(?:recorded|named)\s+(?:vote|division)\b"
    r"|^(?:for|against|abstain\w*|absent|no\s+vote|not\s+voted)\b[^:]{0,40}:\s*(?:(?:Councillors|Cllrs)\b|[^,]+,[^,]+,)"
    # a side's count alone, its names on the next line ("For 13", "Against 33", "Abstain 0", Telford and Wrekin)
    r"|^(?:for|against|abstain\w*|abstentions?)\s*[:\-–—]?\s*\(?\d+\)?$",
    re.IGNORECASE)
# A sentence stating the vote or what it resolved ("Upon being put to the vote Council resolved to accept the
# recommendations", Monmouthshire): minutes, never a title.
# A label of who was there inside an item's minutes ("Other people in attendance", "Officers on the dias", Torfaen's
# "Attendance" item): never an item's title.
_ATTENDANCE_LABEL = re.compile(r"^(?:(?:other\s+)?officers|other\s+(?:people|persons))"
                               r"(?:\s+(?:present|in\s+attendance|on\s+the\s+(?:dais|dias)))?$", re.IGNORECASE)
_STATES_VOTE = re.compile(r"\bput\s+to\s+the\s+vote\b|\bresolved\s+(?:to|that)\b", re.IGNORECASE)
# A sentence that leads to the resolution under it, left open ("With only one nomination being received and with the
# agreement of the Council, it was" / "RESOLVED that …"): minutes, never a title.
_LEADS_TO_RESOLVED = re.compile(r"\bit\s+was\s*[:\-–—]*$", re.IGNORECASE)
# A sentence's verb in the past, as minutes print it ("Apologies were received from …"); a title names a
# matter, and may qualify it ("… which were …").
# Irregular ones too: "At this juncture item 8 was brought forward to be considered as the next item ." (Northampton).
_PAST_VERB = re.compile(r"(?<!\bwhich )(?<!\bthat )(?<!\bwho )\b(?:was|were)\s+(?:\w+ly\s+)?"
                        r"(?:\w+ed|brought|taken|given|made|held|heard|sent|shown|told|withdrawn|sought|undertaken)\b")
# A minute's sentence, its body acting in lower case ("The Board considered a report of the Director of Public",
# the first line of a Leicestershire agenda item copy that lacks its title): never a title, whose words are
# capitalised.
_BODY_ACTED = re.compile(r"^(?:The\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}\s+"
                         r"(?:considered|received|noted|agreed|heard|discussed|welcomed|approved|resolved)\s+"
                         r"(?:a|an|the|that|its|their)\b")


# A line a sentence runs on from: it ends in a word no title ends in, and the next line of its block goes on in
# lower case ("The Mayor spoke to the item and congratulated the winning candidates on" / "their success at the
# polls.", Lewisham): a wrapped line of minutes, not a title cell.
_RUNS_ON_END = re.compile(r"\b(?:a|an|the|of|on|to|in|for|with|by|at|from|and|or|as|that)$")
# Under the declarations item, a heading of the kind of interests it lists ("Disclosable pecuniary interests",
# "Other significant interests (OSIs)", Medway): part of that item's minutes, not the next item.
_INTEREST_HEADING = re.compile(
    r"^(?:(?:disclosable|pecuniary|non-pecuniary|other|significant|registerable|personal|prejudicial|and)\s+)+"
    r"interests(?:\s*\([A-Z]{2,6}s?\))?$", re.IGNORECASE)
_INTERESTS_ITEM = re.compile(r"\binterests?\b", re.IGNORECASE)
# Under the declarations item, the cells of a declaration printed as a form: the item it names by number and title
# ("Item 10 – Recommendations of the Cabinet Executive: Revised Capital Programme"), the form's labels ("Nature of
# Interest", "Extent of Interest") and the cell under a label ("Chair of East Midlands Homes", Blaby): no items.
_DECLARATION_CELL = re.compile(
    r"^(?:Item\s+\d+[A-Za-z]?\s+[–—-]\s+\S.*|(?:nature|extent|type|level)\s+of\s+interests?)$", re.IGNORECASE)
_INTEREST_LABEL = re.compile(r"^(?:nature|extent|type|level)\s+of\s+interests?$", re.IGNORECASE)


def _runs_on(block: list[Line]) -> bool:
    """The block's first line is a sentence wrapped onto its next line (see :data:`_RUNS_ON_END`)."""
    return len(block) > 1 and bool(_RUNS_ON_END.search(block[0].text)) and block[1].text[:1].islower()


# A post as a list of officers prints it: capitalised words, a role noun first or last, a bracket after it
# ("Corporate Director (Finance)", "Head of Service (Policy)", "Solicitor (RB)").
_POST_LINE = re.compile(r"^[A-Z][\w'’&-]*(?:\s+(?:[A-Z][\w'’&-]*|of|for|to|and|&|the|/))*(?:\s*\([^()]{1,40}\))?$")
_POSTS_LISTED = 3  # lines: one post or two may be an item's title ("Chief Executive's Report"), a run of them is not


def _posts_listed(block: list[Line]) -> bool:
    """The block lists officers by post alone, one a line ("Managing Director" / "Corporate Director (Finance)" /
    "Head of Service (Policy)" / … / "Communications Officer", Isle of Anglesey's older minutes, whose "In
    attendance" label the copy lost): who attended, not an item's title and agenda."""
    def post(text: str) -> bool:
        words = re.sub(r"\s*\([^()]*\)$", "", text).split()
        return bool(_POST_LINE.match(text)) and bool(words) and len(words) <= 8 and (
            bool(ROLE_NOUNS.fullmatch(words[0])) or bool(ROLE_NOUNS.fullmatch(words[-1])))
    return len(block) >= _POSTS_LISTED and all(post(line.text) for line in block)


def _stopped_agenda(block: list[Line]) -> bool:
    """Agenda text that stops as a sentence, its title cell lost: "To approve as a correct record and sign the
    minutes of the meeting held on 31 July 2018 (attached)." (Epping Forest); unstopped, "To receive any
    announcements from the Chairman" may be a title cell."""
    return bool(_AGENDA_TEXT.match(block[0].text)) and block[0].text.rstrip().endswith(".")


def _interest_heading(block: list[Line], items: list[BlockItem], before: str = "") -> bool:
    """A heading of a kind of interests inside the declarations item (see :data:`_INTEREST_HEADING`), or a cell of
    a declaration printed as a form there (see :data:`_DECLARATION_CELL`; ``before``: the line above the block)."""
    title = items[-1].title if items else None
    return bool(title and _INTERESTS_ITEM.search(title.text) and (
        _INTEREST_HEADING.match(block[0].text) or _DECLARATION_CELL.match(block[0].text)
        or _INTEREST_LABEL.match(before.strip())))


@dataclass
class BlockItem:
    """An item read from blocks: its title line (None when its title cell is blank), agenda and minutes."""

    title: Line | None
    agenda: list[Line] = field(default_factory=list)
    minutes: list[Line] = field(default_factory=list)


def blocks(lines: list[Line]) -> list[tuple[int, list[Line]]]:
    """The lines in blocks, each with the number of blank lines before it."""
    found: list[tuple[int, list[Line]]] = []
    previous = None
    for line in lines:
        gap = line.number - previous.number - 1 if previous else 0
        if found and gap <= 1:
            found[-1][1].append(line)
        else:
            found.append((gap, [line]))
        previous = line
    return found


# A title's words capitalised, short words (of, and, the) apart: "Declarations of Interest."
_CAPITALISED_TITLE = re.compile(r"^[A-Z][\w'’-]*(?:(?:\s+|/)(?:[A-Z][\w'’-]*|[a-z]{1,3}))*[.:]$")


# A title in title case, two words or more, no stop: "Outline Consent for Housing at Mill Road";
# not a minutes cell's short answer ("None Declared", "Noted And Agreed", "Item Withdrawn").
_TITLE_CASED = re.compile(r"^(?!(?:None|No|Nil|Not|Noted|Agreed|Approved|Deferred|Withdrawn|Resolved"
                          r"|Item\s+Withdrawn)\b)[A-Z][\w'’-]*(?:(?:\s+|/)(?:[A-Z][\w'’-]*|[a-z]{1,3}|[-–—&]))+$")


def capitalised_as_title(text: str) -> bool:
    """Every word capitalised but short ones (of, and, the), to a final stop or colon ("Declarations of Interest.")."""
    return _CAPITALISED_TITLE.match(text) is not None


def agenda_text(title: str) -> bool:
    """A line that ends as a sentence or a list's lead-in does (a full stop, a colon), in words not capitalised as a
    title's are: the agenda's text under a title the copy lacks ("To elect a Chairman in accordance with Standing
    Order No.29.", City of London; "Members of the Council are asked to consider whether … and state the nature of
    such interest.", Wirral), never the item's title. A title may end in a stop too: capitalised as one
    ("Declarations of Interest.", Slough) or short ("Declarations of interest.", Leicestershire, three words)."""
    return title.endswith((".", ":")) and not capitalised_as_title(title) \
        and len(title.split()) > _SHORT_TITLE_WORDS


# The most words a title in sentence case ending in a stop has ("Declarations of interest."); agenda text has more.
_SHORT_TITLE_WORDS = 6


# A line that is no item of the list but the page's or the minutes' furniture (audit-f):
# - a part of a decision's record, labelled: "Delegated decision:", "Reasons for the decision:", "Other options
#   considered and rejected:" (Bury's minutes, each over its text);
# - a note of who presides from here on: "Councillor Tom McGee (Vice-Chair) in the chair" (Stockport);
# - the meeting's own heading, a weekday, date and clock time in it: "Cabinet - Monday, 15th July, 2024 6.00 pm"
#   (Oldham, a copy that starts with it);
# - another meeting's minute cited by its number, under an item that brings its recommendations: "Minute 5Independent
#   Remuneration Panel Review Of The Members' Allowances Scheme (page 269 )" under "Governance Committee 18
#   March2020" (Solihull's "Recommendations from Committees");
# - one question's heading in the questions item's minutes, by its number: "Question 1 from the Public, Chorleywood
#   Residents’ Association" (Three Rivers, the item's own title cell blank).
NOT_AN_ITEM = re.compile(
    r"^(?:Delegated\s+decisions?|Reasons?\s+for\s+(?:the\s+)?(?:decisions?|recommendations?)"
    r"|(?:Other|Alternative)\s+options?\s+considered(?:\s+and\s+rejected)?)\s*:?$"
    r"|\bin\s+the\s+chair\)?\.?$|^Minute\s*\d+[A-Za-z]?(?:\s|(?=[A-Z]))|^Question\s+\d+[A-Za-z]?\s+(?:from|to|by)\s"
    r"|\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+,?\s+\d{4},?\s+"
    r"\d{1,2}[.:]\d{2}\s*[ap]\.?m\.?$",
    re.IGNORECASE)


# A sentence of the agenda's notes, never a title: one that opens with a clause before its comma ("If in doubt,
# Councillors are advised to seek advice from the Monitoring", Selby), one that tells members what they are asked
# or advised to do, and one whose subject in sentence case has a verb in the present ("The deadline for the receipt
# of requests for a deputation is 5pm", Lambeth).
_NOTE_SENTENCE = re.compile(
    r"^(?:If|When|Where|Whilst|While|Although|Unless|Once)\s[^,]{1,60},\s"
    r"|\b(?:is|are)\s+(?:\w+ly\s+)?(?:advised|asked|requested|invited|reminded|required|encouraged)\s+to\b"
    r"|^The\s+[a-z]+\b[^.;:]*?\s(?:is|are)\s")


def minutes_sentence(text: str) -> bool:
    """A sentence of minutes, stopped, its verb in the past ("It was noted that no petitions had been received …"):
    the minutes of a numbered item whose title cell the copy left blank, never its title."""
    title, _ = strip_icon(text)
    return bool(_SENTENCE_END.search(title)) and bool(_PAST_VERB.search(title) or _BODY_ACTED.match(title))


def reads_as_title(text: str) -> bool:
    """Short, no sentence in it (nor a verb in the past: "… were received from …", "The Board considered a …"),
    not a resolution, a list
    clause, a sentence opening with a member's name, a note in brackets or the lead-in of a list, which ":-" ends
    ("Chief Executive and Leaders Special Award – Contribution to the Community:-", then the names, Gravesham)."""
    title, _ = strip_icon(text)
    words = title.split()
    return bool(words) and len(words) <= MAX_TITLE_WORDS \
        and (not _SENTENCE_END.search(title) or capitalised_as_title(title)) \
        and not _ASIDE.match(title) \
        and not _INTRODUCES.search(title) and not _PAST_VERB.search(title) and not _BODY_ACTED.match(title) \
        and not DECISION_MARKER.match(title) and not CLAUSE_START.match(title) \
        and not MEMBER_TITLE.match(title) and not title.endswith((",", ";", ":-")) and not _VOTE_ROLL.match(title) \
        and not _STATES_VOTE.search(title) and not _ATTENDANCE_LABEL.match(title) and not _NOTE_SENTENCE.search(title) \
        and not _LEADS_TO_RESOLVED.search(title)


def exempt_table(found: list[tuple[int, list[Line]]]) -> set[int]:
    """The blocks that are cells of a table of exempt reports (:data:`text_rules.EXEMPT_PARAGRAPH`): its column
    headings, then rows of a report's title and its paragraph cell, each row after the headings or the row before.
    They are the exclusion's minutes, never items: a report's title there reads as a title ("EICR Periodic
    Inspection and Testing 2024/28"). A paragraph cell under a title with no headings above is that item's own note
    of why it is exempt, and the title stays an item."""
    cells: set[int] = set()
    for index, (_, block) in enumerate(found):
        if index < 2 or not EXEMPT_PARAGRAPH.match(block[0].text):
            continue
        above = index - 2
        if above in cells or EXEMPT_COLUMN.search(found[above][1][0].text):
            cells.update((index, index - 1))
            while above > 0 and above not in cells and EXEMPT_COLUMN.search(found[above][1][0].text):
                cells.add(above)
                above -= 1
    return cells


def block_items(lines: list[Line], minuted: bool = True) -> list[BlockItem]:
    """The items of an unnumbered, unlabelled item list (the lines after its "No. Item" heading). On a page
    headed "Agenda" alone (``minuted`` False) the block after a title is agenda text, not minutes."""
    found = blocks(lines)
    row_gap = _row_gap(found)
    found = _rows_in_one_block(found, row_gap)
    table = exempt_table(found)
    items: list[BlockItem] = []
    after_title = False
    for index, (gap, block) in enumerate(found):
        labelled = bool(_PART_LABEL.match(block[0].text)) and not _FILED_TITLE.match(block[0].text)
        if index in table and items:
            (items[-1].minutes if minuted else items[-1].agenda).extend(block)
            after_title = False
            continue
        titled = reads_as_title(block[0].text) and not labelled and not _runs_on(block) \
            and not _interest_heading(block, items, found[index - 1][1][-1].text if index else "") \
            and not _posts_listed(block) and not _stopped_agenda(block) and not NOT_AN_ITEM.search(block[0].text)
        before = found[index - 1][1][-1].text if index > 0 else ""
        if titled and items and _agenda_goes_on(block, found[index - 1][1]):
            last = items[-1]  # "To elect a Chairman …" / "The Chairman to make a declaration …": with the text above
            (last.agenda if last.agenda[-1:] == found[index - 1][1][-1:] else last.minutes).extend(block)
            after_title = False
            continue
        below_blank_title = minuted and _under_blank_title(found, index, after_title)
        titled = titled and not below_blank_title
        # A title with a label of its own ("Council Procedure Rules" / "Additional documents:") is an item's
        # cell, even below a line left open ("… relating to the following matters:").
        own_cell = titled and any(_PART_LABEL.match(line.text) for line in block[1:])
        continues = labelled or (bool(ENDS_OPEN.search(before)) and not _PART_LABEL.match(before) and not own_cell)
        empty_cell = gap >= row_gap + 2 and not (after_title and not titled)
        # A title with its file printed ("Minutes of previous meeting pdf icon PDF 1 MB") opens an item even
        # right after a title: a minutes cell prints no file, so the title before has an empty minutes cell; and
        # at any gap of a new block, on a page whose rows lie two to six blank lines apart (Hounslow's "Minutes pdf
        # icon PDF 299 KB" two below the agenda text of the row above).
        filed = titled and strip_icon(block[0].text)[1] is not None
        # On an agenda alone the block after a title is no minutes cell: a title there is the next item, and so
        # is agenda text ("To receive Announcements …") below a title and its own text, under a title cell
        # left blank (below a bare title it is that title's text).
        bare_title = after_title and len(found[index - 1][1]) == 1
        # With minutes, so too agenda text after a minutes block and a gap wider than a row's (the blank title
        # cell's line): "The minutes … were approved …" / (three blank lines) / "To receive petitions from Elected
        # Members to Council." (Cardiff) opens the untitled next item; minutes never say "To receive …".
        untitled = bool(_AGENDA_TEXT.match(block[0].text)) and not bare_title \
            and (not minuted or (not after_title and gap > row_gap) or below_blank_title)
        # Right after a title, a title in title case is the next item's, not the minutes cell (minutes are said in
        # sentences): "Declarations of Interest" / "Apologies for Absence/Substitute Members" (as Barrow prints them).
        cased = titled and bare_title and bool(_TITLE_CASED.match(strip_icon(block[0].text)[0]))
        opens = ((titled or untitled) and gap >= row_gap and (not after_title or not minuted or filed or cased)) \
            or (filed and gap >= 2)
        if index == 0 or (not continues and (empty_cell or opens)):
            if titled:
                resolved = _resolved_at(block)
                items.append(BlockItem(block[0], agenda=block[1:resolved], minutes=block[resolved:]))
                after_title = resolved == len(block) and not any(_MINUTES_OWN.match(line.text) for line in block)
            elif _AGENDA_TEXT.match(block[0].text):
                items.append(BlockItem(None, agenda=block))
                after_title = False
            else:
                items.append(BlockItem(None, minutes=block) if minuted else BlockItem(None, agenda=block))
                after_title = False
        else:
            (items[-1].minutes if minuted else items[-1].agenda).extend(block)
            after_title = False
    return items


# The label of an item's own minutes: a block that holds it is no title cell waiting for its minutes below.
_MINUTES_OWN = re.compile(r"^(?:Minutes|Decision)\s*:", re.IGNORECASE)
# An item's number printed alone on its line, in a form the page reader did not take for one ("C/4/19-20", "Cl/2/07/18",
# as Worthing and Eden number theirs): the list's items are numbered, not set apart by blank lines alone.
_NUMBER_ALONE = re.compile(r"^[A-Za-z]{0,3}[/.]?\d[\w/().-]{0,16}$")
# What a title's cell prints under it: the agenda's text ("TO RECEIVE any declarations …", "To note …").
_AGENDA_CELL = re.compile(r"^To\s+[a-z]", re.IGNORECASE)
# The label of an item's minutes ("Minutes:"), or of its papers ("Additional documents:").
_MINUTES_LABEL = re.compile(r"^(?:Minutes|Additional documents|Supporting documents)\s*:\s*$", re.IGNORECASE)


def _rows_in_one_block(found: list[tuple[int, list[Line]]], row_gap: int) -> list[tuple[int, list[Line]]]:
    """Items a copy printed one blank line apart, as their cells are, labelled ("Apologies for absence" / "Minutes:"
    / "Apologies … were received …" / "Declaration of Interests" / "TO RECEIVE …" / … / "Minutes:", Canterbury): a
    line that reads as a title after an item's minutes (its "Minutes:" label and a line of them), over its own cell
    (agenda text, "To …", or its "Minutes:" label), opens the next item when a label of its own follows it; the
    block is split there, the page's row gap before it."""
    every = [line for _, block in found for line in block]
    labels = [index for index, line in enumerate(every) if _MINUTES_LABEL.match(line.text)]
    if len(labels) < 2 or any(_NUMBER_ALONE.match(line.text.strip()) for line in every):
        return found
    split: list[tuple[int, list[Line]]] = []
    position = 0
    for gap, block in found:
        start = 0
        for index, line in enumerate(block):
            here = position + index
            after_minutes = any(label < here - 1 for label in labels) and index - start >= 2 \
                and any(_MINUTES_LABEL.match(other.text) for other in block[start:index - 1])
            cell = index + 1 < len(block) and (_MINUTES_LABEL.match(block[index + 1].text)
                                               or _AGENDA_CELL.match(block[index + 1].text))
            if index and after_minutes and cell and reads_as_title(line.text) and not _PART_LABEL.match(line.text) \
                    and any(label > here for label in labels):
                split.append((gap if not start else row_gap, block[start:index]))
                start = index
        split.append((gap if not start else row_gap, block[start:]))
        position += len(block)
    return split


# Agenda text that names who is to act ("The Chairman to make a declaration of acceptance of office"): right under
# agenda text ("To elect a Chairman …"), the same text's next paragraph, not a title (which may read so elsewhere:
# "The Mayor's Chaplain to give a Blessing", a numbered title).
_WHO_IS_TO_ACT = re.compile(r"^(?:The\s+)?(?:[A-Z][\w'’-]*\s+){1,3}to\s+[a-z]+\b")


def _agenda_goes_on(block: list[Line], above: list[Line]) -> bool:
    """The block names who is to act, right under agenda text ("To …"): that text's next paragraph (see
    :data:`_WHO_IS_TO_ACT`)."""
    return bool(_AGENDA_TEXT.match(above[0].text) and _WHO_IS_TO_ACT.match(block[0].text))


def _resolved_at(block: list[Line]) -> int:
    """Where the title's block goes on with a resolution, its minutes ("Minutes - 2 March 2021" / "That the Minutes
    of the meeting held on 2 March 2021 be signed and approved as an accurate record.", Richmondshire: the copy left
    one blank line between the cells), so that a title in the block after it opens the next item; the block's
    length when it holds none."""
    return next((index for index, line in enumerate(block) if index
                 and (DECISION_MARKER.match(line.text) or UNMARKED_RESOLUTION.match(line.text))), len(block))


def _under_blank_title(found: list[tuple[int, list[Line]]], index: int, after_title: bool) -> bool:
    """Agenda text ("To receive …") that sits lower after a minutes cell than the next row sits after it: the blank
    title cell above it holds the difference. Hounslow's decisions: "… declared interests in relation to agenda item
    10 …" / (four blank lines) / "To receive announcements (if any) from the Mayor, Leader, …" / (two) / "Minutes pdf
    icon PDF 299 KB" (its other pages title that row "2. Announcements"). Set as high as its next row ("There were no
    Declarations of Interest." / (two) / "To receive any announcements from the Mayor, …" / (four) / "State of
    Tamworth Debate pdf icon PDF 44 KB", Tamworth), the words are that row's title."""
    gap, block = found[index]
    return index > 0 and not after_title and index + 1 < len(found) and bool(_AGENDA_TEXT.match(block[0].text)) \
        and gap >= found[index + 1][0] + 2


def cut_title(items: list[BlockItem], minuted: bool) -> BlockItem | None:
    """The last item when the copy stops in its title: on a page with minutes, a title that is the copy's
    last line, with no agenda text or minutes under it (a whole page prints more after its last item); on an
    agenda alone, the same when every item before it prints text under its title ("Quarterly Report o", after
    items that each have theirs), as an agenda whose items print none may end with a bare title. A title its
    file's icon follows (North East Derbyshire) is whole: the copy stops after it."""
    last = items[-1] if items else None
    if not (last and last.title and not last.agenda and not last.minutes):
        return None
    if strip_icon(last.title.text)[1] is not None:
        return None  # "Minutes of Last Meetings pdf icon PDF 152 KB": its file's icon printed after it, the title whole
    if last.title.text.count("(") > last.title.text.count(")"):
        return last  # "Northern Gateway (Governance / Investment" (Bury): a title leaves no bracket open
    earlier = items[:-1]
    return last if minuted or (earlier and all(item.agenda or item.minutes for item in earlier)) else None


def _row_gap(found: list[tuple[int, list[Line]]]) -> int:
    """The gap most often seen before a title that follows a block that is not one (at least 2)."""
    gaps = Counter(gap for (gap, block), (_, before) in zip(found[1:], found, strict=False)
                   if reads_as_title(block[0].text) and not reads_as_title(before[0].text))
    return max(2, gaps.most_common(1)[0][0]) if gaps else 2
