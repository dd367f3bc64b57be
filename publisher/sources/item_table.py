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
  separate rows. The number column is empty in every copy seen, so items are numbered "" and known by their
  position.
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
from publisher.sources.item_titles import split_title
from publisher.sources.text_rules import Line

TABLE_HEAD = re.compile(r"^\|?\s*No\.?\s*\|\s*Item\s*\|[\s|]*$", re.IGNORECASE)
_SEPARATOR = re.compile(r"^[\s|:\-–—]*$")
# A label in the middle of a cell; capitalised as ModernGov prints it, so "the minutes: …" in prose is not one.
_LABEL = re.compile(r"\b(?:Additional documents|Supporting documents|Decision|Minutes)\s*:")
_CLOSING_LABEL = re.compile(r"^(?:Decision|Minutes)\s*:")


@dataclass
class TableItem:
    """One item of the table: its title (None when the row prints none), the document its printed file
    names, and its lines with each label at the start of a line."""

    title: str | None
    document: Document | None
    lines: list[Line] = field(default_factory=list)


def table_start(lines: list[Line]) -> int | None:
    """The index of the table's head row ("No. | Item |"), or None when the page has no item table."""
    return next((i for i, line in enumerate(lines) if TABLE_HEAD.match(line.text)), None)


def table_items(lines: list[Line]) -> list[TableItem]:
    """The items of the table whose rows are ``lines`` (the lines after its head row)."""
    items: list[TableItem] = []
    for row in _rows(lines):
        for cell in _cell_items(row):
            items.append(_table_item(cell))
    return items


def _rows(lines: list[Line]) -> list[list[Line]]:
    rows: list[list[Line]] = []
    current: list[Line] = []
    for line in lines:
        if _SEPARATOR.match(line.text):
            if current:
                rows.append(current)
            current = []
            continue
        text = line.text.removeprefix("|").strip()
        ends_row = text.endswith("|")
        text = text.rstrip("|").strip()
        if text:
            current.append(Line(line.number, text))
        if ends_row and current:
            rows.append(current)
            current = []
    if current:
        rows.append(current)
    return rows


def _cell_items(row: list[Line]) -> list[list[Line]]:
    """A row's lines by item: a line with text before a label, once the item has a closing label, opens the
    next item (converters run several items into one row)."""
    items: list[list[Line]] = [[]]
    closed = False
    for line in row:
        label = _LABEL.search(line.text)
        if closed and label and label.start() > 0:
            items.append([])
            closed = False
        items[-1].append(line)
        closed = closed or any(_CLOSING_LABEL.match(part) for part in _label_parts(line.text))
    return [item for item in items if item]


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
    body = ([Line(parts[0].number, opening.text)] if opening.text else []) + parts[1:]
    return TableItem(opening.title, opening.document, body)
