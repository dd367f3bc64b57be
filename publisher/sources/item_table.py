"""The meeting page's item list as a converter renders it: a Markdown table.

ModernGov's "No. | Item" list comes out of Markdown converters as one table row per item (or several items in
one row), the item's title, agenda text and labelled parts run together in one cell::

    No. | Item |
    ---|---|
    Apologies for Absence Additional documents: Decision: An apology … Minutes: An apology … |
    |
    Minutes of the Previous Meeting PDF 246 KB To approve the minutes … Minutes: RESOLVED that … |
    Kirklees Democracy Commission Council will receive …
    Contact: Carl Whistlecraft, Head of Governance and Democratic Services
    Additional documents: Decision: That the recommendations … be noted and welcomed.

Decisions made here:

- A row ends at a line that ends with "|"; lines of pipes, dashes and blanks ("|", "||||", "---|---|") only
  separate rows. A number cell ("37. | …") opens a row and numbers its item; where the column is empty the
  item is numbered "" and known by its position. A heading of the agenda's parts ("PART 1 - PUBLIC") is no
  item, nor is a last row of one line the copy stops in before any label (its title is cut: "Pet").
- In one row, a line that opens with text and then a label ("Apologies for absence … Decision: …") after the
  current item's "Decision:" or "Minutes:" starts a new item: those parts close an item's cell.
- The labels ("Additional documents:", "Decision:", "Minutes:") are cut out onto lines of their own, so the
  item reads as the page-text form does (:func:`publisher.sources.meeting_page.labelled_parts`).
- The title is split from the agenda text by :mod:`publisher.sources.item_titles`; a row with no title (an
  application printed as its minutes only) is an item without a title.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from publisher.model import Document
from publisher.sources.item_blocks import NOT_AN_ITEM
from publisher.sources.item_titles import split_title
from publisher.sources.text_rules import Line

# "No. | Item |", "| No. | Item |", "No. | Item | |"; Markdown lets a table leave out its outer pipes: "No. | Item".
TABLE_HEAD = re.compile(r"^\|?\s*No\.?\s*\|\s*Item\s*(?:\|[\s|]*)?$", re.IGNORECASE)
_SEPARATOR = re.compile(r"^[\s|:\-–—]*$")
# A label in the middle of a cell; capitalised as ModernGov prints it, so "the minutes: …" in prose is not one.
_LABEL = re.compile(r"\b(?:Additional documents|Supporting documents|Decision|Minutes)\s*:")
_CLOSING_LABEL = re.compile(r"^(?:Decision|Minutes)\s*:")
# The number column: "37. | Questions from Members of the Public", "4a | …", "A1 | …", "4.(i) | …".
_NUMBER_CELL = re.compile(
    r"^(?P<number>(?:\d+[A-Za-z]?|[A-Z]\d+)(?:\.\d+[a-z]?|\.?\s?\((?:[ivxlc]+|[a-z]|\d+)\)|/\d+)*)\.?\s*\|\s*(?P<rest>.*)$")
# A title cell that is one heading-like phrase opening "To <verb>", no sentence stopped in it, right before its
# label ("To receive any announcements from the Mayor, Leader, Members of the Cabinet or the Chief Executive
# Minutes: …", Tamworth) or alone in its row (an agenda's row: "To receive any announcements …" and nothing
# more): the item's title, not agenda text under a lost title (which stops as a sentence: "Of the meeting held
# on 7th June 2023 to be approved and signed. Minutes: …").
_UNSTOPPED_TITLE = re.compile(r"^To\s+[a-z]+\b(?:(?![.!?](?:\s|$)).){0,160}$")
# A heading of the agenda's parts, not an item: "PART 1 - PUBLIC", "Part 2 – Private", "AGENDA - PART I"; and a
# heading that groups the items below it by what the meeting does with them, "Matters for <what>" ("Matters for
# Decision", "Matters submitted for Information", "Items for Information"), alone in its row.
# Also the heading over the items a committee decides under the powers delegated to it ("Decisions to be taken under
# Delegated Powers", Tonbridge and Malling), alone in its row.
PART_OR_GROUP_HEADING = re.compile(r"^(?:AGENDA\s*[-–—]\s*)?PART\s+\w+(?:\s*[-–—]\s*\w+)?$"
                           r"|^(?:Matters|Items)(?:\s+(?:submitted|referred))?\s+for\s+(?:\w+\s+){0,4}\w+$"
                           r"|^(?:Decisions|Matters|Items)\s+(?:to\s+be\s+)?(?:taken|decided|determined)\s+under"
                           r"\s+delegated\s+powers\b[^|.]*$",
                           re.IGNORECASE)


@dataclass
class TableItem:
    """One item of the table: its title (None when the row prints none), the document its printed file
    names, and its lines with each label at the start of a line."""

    title: str | None
    document: Document | None
    lines: list[Line] = field(default_factory=list)
    number: str = ""  # as the number column prints it, without its full stop; "" when it prints none


def table_start(lines: list[Line]) -> int | None:
    """The index of the table's head row ("No. | Item |"), or None when the page has no item table."""
    return next((i for i, line in enumerate(lines) if TABLE_HEAD.match(line.text)), None)


def headless_table(lines: list[Line]) -> bool:
    """A copy that starts at the table's first row, its head and the page's heading not in it: the first line
    is a row's cell, a title and then a label ("Apologies Minutes: Apologies for absence were received …"), and
    rows end with "|" ("… There were no urgent items. |"), or, the bars lost, another line opens the same way
    ("Welcome Minutes: The Chair welcomed …" / "Member of Staff Brenda Heyne, … Minutes: The Chair announced …",
    Arun)."""
    titled = [line for line in lines if _titled_cell(line.text)]
    return bool(lines) and bool(titled) and (titled[0] is lines[0] or _untitled_cell(lines[0].text)) \
        and (any(line.text.rstrip().endswith("|") for line in lines) or len(titled) > 1)


def _untitled_cell(text: str) -> bool:
    """A line that opens with agenda text and then a label, its row's title before the copy's start: "To receive
    any apologies for absence. Additional documents: Minutes: Apologies were received …"."""
    label = _LABEL.search(text)
    return bool(label and _AGENDA_SENTENCE.match(text[:label.start()].rstrip()))


# Agenda text, one sentence: "To receive any apologies for absence." (stopped: no title, :data:`_UNSTOPPED_TITLE`).
_AGENDA_SENTENCE = re.compile(r"^To\s+[a-z]+\b[^.!?|]{0,160}\.$")


def _titled_cell(text: str) -> bool:
    """A line that opens with a title and then a label: "Welcome Minutes: The Chair welcomed …"."""
    label = _LABEL.search(text)
    return bool(label and label.start() > 0 and split_title(text[:label.start()]).title)


def table_items(lines: list[Line]) -> list[TableItem]:
    """The items of the table whose rows are ``lines`` (the lines after its head row)."""
    items: list[TableItem] = []
    rows = _rows(lines)
    for row in rows:
        if PART_OR_GROUP_HEADING.match(" ".join(line.text for line in row.lines)):
            continue
        if row.lines and NOT_AN_ITEM.search(_label_parts(row.lines[0].text)[0]) \
                and all(_LABEL.match(part) for line in row.lines for part in _label_parts(line.text)[1:]) \
                and len(row.lines) == 1:
            continue  # "Councillor Elise Wilson (Chair) in the chair Additional documents: |": who presides, no item
        if row is rows[-1] and _cut_in_title(row):
            continue  # the copy stops in the row's title: "Pet" (a Warning by the caller)
        for index, cell in enumerate(_cell_items(row.lines, barless=not row.closed) or [[]]):
            item = _table_item(cell)
            item.number = row.number if index == 0 else ""
            items.append(item)
    return items


def cut_row(lines: list[Line]) -> Line | None:
    """The table's last row when the copy stops inside its title, before any label (not read as an item)."""
    rows = _rows(lines)
    last = rows[-1] if rows else None
    if last and last.lines and _cut_in_title(last):
        return last.lines[0]
    return None


def _cut_in_title(row: _Row) -> bool:
    """A row the copy stops in (no closing "|") before anything that ends its title: a label, the printed
    file after it ("Scrutiny Committee Reports PDF 502 KB Cllr Gant spoke …" is cut in its minutes), agenda
    text after it ("Disclosure of Interests Members and co-opted Members … in paragra" is cut in its text), or
    a line after the title's (the copy went on past it: "Exclusion of the Press & Public The following motion …"
    and the resolution below)."""
    if row.closed or len(row.lines) > 1 or any(_LABEL.search(line.text) for line in row.lines):
        return False
    opening = split_title(row.lines[0].text.removeprefix("|")) if row.lines else None
    return not (opening and (opening.document or (opening.title and opening.text)))


@dataclass
class _Row:
    number: str
    lines: list[Line] = field(default_factory=list)
    closed: bool = False  # ended by its "|": a row the copy cuts off has none


def _rows(lines: list[Line]) -> list[_Row]:
    rows: list[_Row] = []
    current = _Row("")
    for line in lines:
        if _SEPARATOR.match(line.text):
            current = _end_row(rows, current, closed=True)
            continue
        text = line.text.removeprefix("|").strip()
        if numbered := _NUMBER_CELL.match(text):  # the number column opens a row
            current = _end_row(rows, current, closed=True)
            current.number, text = numbered["number"], numbered["rest"]
        ends_row = text.endswith("|")
        text = text.rstrip("|").strip()
        if text:
            current.lines.append(Line(line.number, text))
        if ends_row:
            current = _end_row(rows, current, closed=True)
    _end_row(rows, current, closed=False)
    return rows


def _end_row(rows: list[_Row], row: _Row, closed: bool) -> _Row:
    """Keep ``row`` if it holds anything; a fresh row to fill next."""
    if row.lines or row.number:
        row.closed = closed
        rows.append(row)
    return _Row("")


def _cell_items(row: list[Line], barless: bool = False) -> list[list[Line]]:
    """A row's lines by item: a line with text before a label, a title with its printed file ("State of
    Tamworth Debate PDF 120 KB (Report of the Leader of the Council)", the row's "|" lost), or a title over a line
    its label opens (:func:`_title_over_label`), once the item has
    a closing label, opens the next item (converters run several items into one row); in a row no "|" ends
    (``barless``: the copy lost the bars), so does a title alone over agenda text that runs into a label."""
    items: list[list[Line]] = [[]]
    closed = False
    for index, line in enumerate(row):
        label = _LABEL.search(line.text)
        if (closed and ((label and label.start() > 0 and not _RESOLUTION_CLAUSE.match(line.text))
                        or _opens_with_filed_title(line.text) or _title_over_label(row[index:])
                        or (barless and _title_over_agenda_text(row[index:])))) \
                or (index and _opens_with_titled_purpose(line.text)):
            items.append([])
            closed = False
        items[-1].append(line)
        closed = closed or any(_CLOSING_LABEL.match(part) for part in _label_parts(line.text))
    return [item for item in items if item]


# A resolution's clause, numbered or not, opening "That": the decision goes on, whatever label follows it in the
# line ("Decision:RESOLVED:" / "1. That Cabinet considered the report … Minutes:At the invitation of the Chair …",
# Merton MID=4376); no item's title opens so.
_RESOLUTION_CLAUSE = re.compile(r"^(?:\(?(?:\d+|[a-z]|[ivx]+)[.)]\s+)?That\s")


def _title_over_label(lines: list[Line]) -> bool:
    """A title alone on its line, the next line opening with its label: "To receive Disclosures of Interest on any
    matter before the Council" / "Minutes: There were no declarations made. |" (High Peak, a converter having run it
    into the row of the item above). Minutes never print their label again under a line of their own."""
    title = lines[0].text.strip()
    return len(lines) > 1 and bool(_CLOSING_LABEL.match(lines[1].text.strip())) and not _LABEL.search(title) \
        and len(title.split()) <= 14 and title[-1:].isalnum() and title[:1].isupper() \
        and bool(_UNSTOPPED_TITLE.match(title) or split_title(title).title == title)


def _title_over_agenda_text(lines: list[Line]) -> bool:
    """A title alone on its line over its agenda text, whose last line runs into a label ("Declarations of
    Interest" / "Members and Officers should make their declaration by stating:" / "a) the item … under Question
    Time Minutes: The Declaration …", Arun, the row's bars lost): the title cell of the next item. A title is
    short, opens with a capital and ends with no stop."""
    title = lines[0].text.strip()
    if not (1 < len(title.split()) <= 8 and title[:1].isupper() and title[-1:].isalnum()) or _LABEL.search(title):
        return False
    labelled = next((line for line in lines[1:4] if _LABEL.search(line.text)), None)
    return labelled is not None and _LABEL.search(labelled.text).start() > 0 \
        and split_title(title).title == title


def _opens_with_titled_purpose(text: str) -> bool:
    """A line that opens with a title, maybe its printed file, and then the agenda's "To <verb> …" ("Events &
    Festivals Policy To approve the recommendations of Cabinet …", "Revision of Street Trading Policy PDF 270 KB To
    approve the amended Street Trading Policy …", Lichfield's agenda, rows the copy ran together): an item's title
    cell, even where no label closed the item before it (an agenda prints none)."""
    opening = split_title(text)
    return bool(opening.title and text.startswith(opening.title) and re.match(r"To\s+[a-z]", opening.text))


def _opens_with_filed_title(text: str) -> bool:
    """A line that opens with a title and its printed file ("State of Tamworth Debate PDF 120 KB …"): an item's
    title cell, as minutes never open a line with a file's size."""
    opening = split_title(text)
    return bool(opening.title and opening.document and text.startswith(opening.title))


def _label_parts(text: str) -> list[str]:
    """The text cut before each label: "Title Minutes: text" → ["Title", "Minutes: text"]."""
    starts = [0, *(match.start() for match in _LABEL.finditer(text)), len(text)]
    return [part for a, b in zip(starts, starts[1:], strict=False) if (part := text[a:b].strip())]


def _table_item(cell: list[Line]) -> TableItem:
    """The title from the cell's first words (unless a label opens it), then every line cut at its labels."""
    parts = [Line(line.number, part) for line in cell for part in _label_parts(line.text)]
    if not parts or _LABEL.match(parts[0].text):
        return TableItem(None, None, parts)
    opening = split_title(parts[0].text)
    alone = len(cell) == 1 and len(parts) == 1  # the whole row, a stop closing it as every title of the table may
    if opening.title is None and (len(parts) > 1 or len(cell) == 1) and (_UNSTOPPED_TITLE.match(parts[0].text) or (
            alone and _UNSTOPPED_TITLE.match(parts[0].text.removesuffix(".")))):
        # "To receive any announcements … Minutes: …"; "To receive apologies for absence. |" (Caerphilly's agenda,
        # whose titles each end in a stop: "Mayor's Announcements. |")
        return TableItem(parts[0].text, None, parts[1:])
    if opening.title and len(cell) > 1 and _BROKEN_OFF.search(opening.title):
        return TableItem(None, None, parts)  # "Councillors and" / "Officers are" / "reminded …": a sentence, no title
    body = ([Line(parts[0].number, opening.text)] if opening.text else []) + parts[1:]
    return TableItem(opening.title, opening.document, body)


# A row's first line that breaks off a sentence, the cell going on below ("Councillors and" / "Officers are" /
# "reminded of their personal responsibility …", Caerphilly's agenda text in a row of its own): no title ends so.
_BROKEN_OFF = re.compile(r"\b(?:and|or|of|the|to|an?)$")
