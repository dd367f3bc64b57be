"""A ModernGov page's HTML read by its structure, where the page text can only be guessed at.

ModernGov marks up a meeting page's items (``ieListDocuments.aspx``) the same way on every site::

    table.mgItemTable                          one row per agenda item
      td.mgItemNumberCell > p.mgAiTitleTxt     the displayed number, after an anchor named "AI51890" (AIId)
      td > p.mgAiTitleTxt                      the title (a link to its report, with span.mgFileSize)
           p.mgSubItemTitleTxt                 "Additional documents:", "Decision:", "Minutes:"
           table > caption.mgSectionTitle      "Recorded Vote": one row per vote (title, type, text, result)

The page-text readers read every form of the page alike (their grammars for minutes, attendance,
declarations and RESOLVED decisions do not care where the text came from), so the HTML is first read as
page text. What the structure states more surely is then added here: each item's AIId, which the text never
shows; the votes of its "Recorded Vote" table from the table's own cells (the text's tab-separated copy of
it is read by :mod:`publisher.sources.vote_table`, whose pairing rule applies: votes already read are
completed in turn, never counted twice, and a table listing another number of votes than the minutes is a
Warning); and a row the text did not read as an item at all, added as one (its number and title, and a
Warning saying so). A table vote is the row's title as its motion, the outcome its result states ("Carried",
"Lost"…) and recorded, since the table lists the item's recorded votes.

Links state the ids of what a page is about, which the text never shows (a link's address is not its text;
its ids are read as a source URL's, by :mod:`publisher.sources.source_ids`):

    td > ul.mgActionList > li > a[href*="mgIssueHistoryHome.aspx?IId=53844"]
                                               "View the background to item 31.": the item's issue (IId)
    div.mgLinks > ul.mgActionList > li > a[href*="mgIssueHistoryHome.aspx?IId=6535"]
                                               "Find out more about this issue": a decision page's issue
    div.mgContent > p > a[href*="ieListDocuments.aspx?CId=151&MID=4832"]
                                               "19/10/2015 - Policy Committee" after "Decided at meeting:":
                                               the committee (CId) of the meeting the decision was made at

A decision page's links (div.mgLinks) are the page's way to other pages, never the decision's words: the text
reader, which sees "· Find out more about this issue" as an unlabelled paragraph before the fields, takes it
for the purpose; read here as the link it is, it is no purpose but the decision's issue. The issue takes the
title of the decision or item, which ModernGov prints from the issue's own title.

The parser resolves no entities and fetches nothing (lxml's HTML parser, ``no_network``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urljoin

import lxml.html
from lxml import etree

from publisher.model import AgendaItem, Decision, Issue, Record, Vote
from publisher.sources.page_text import HIDDEN_CLASS, looks_like_html
from publisher.sources.recorded_votes import status_outcome
from publisher.sources.source_ids import SourceIds, source_ids
from publisher.sources.vote_table import with_table_votes

_ITEM_ANCHOR = re.compile(r"^AI(?P<id>\d+)$")
_RECORDED_VOTE = re.compile(r"^\s*recorded\s+votes?\s*$", re.IGNORECASE)
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)
_SPACES = re.compile(r"\s+")
_SITE = "https://moderngov.invalid/"  # a page's links are relative to its site; only their ids are read
_BULLETS = "•·-* "  # how the text form prefixes a list item (a link of an action list)
_FILE_SIZE = frozenset({"mgFileSize"})  # "PDF 202 KB" after a linked title: the report's, not the title


@dataclass(frozen=True)
class ItemRow:
    """One row of a meeting page's items table, as its markup states it."""

    number: str  # as displayed, without its trailing full stop
    title: str  # without the size of the report it links to
    source_id: str | None  # AIId, from the row's anchor
    votes: tuple[Vote, ...]
    issue_id: str | None = None  # IId, from the row's "View the background to item …" link


@dataclass(frozen=True)
class PageLink:
    """A link of a page's own action list (div.mgLinks): its text as shown, and the issue it leads to."""

    text: str
    issue_id: str | None


def _parsed(html: str) -> etree._Element | None:
    """The page's element tree, or None for a record that is not HTML or that lxml cannot read."""
    if not looks_like_html(html):
        return None
    try:
        parser = lxml.html.HTMLParser(no_network=True, remove_comments=True)
        return lxml.html.document_fromstring(_XML_DECLARATION.sub("", html, count=1), parser=parser)
    except (etree.ParserError, ValueError):
        return None


def _link_ids(href: str | None) -> SourceIds:
    """The ModernGov page and ids a link leads to ("mgIssueHistoryHome.aspx?IId=6535&Opt=0"), as a source URL's."""
    return source_ids(urljoin(_SITE, href.strip())) if href and href.strip() else SourceIds()


def _issue_id(href: str | None) -> str | None:
    """The IId of an issue-history link; None for another link."""
    ids = _link_ids(href)
    return ids.issue if ids.page_type == "issue-history" else None


def meeting_committee_ids(html: str) -> list[str]:
    """The committee ids (CId) of the meeting pages a page's content links to ("Decided at meeting:
    19/10/2015 - Policy Committee" on a decision page), in page order, each once."""
    document = _parsed(html)
    if document is None:
        return []
    found = [ids.committee for a in document.xpath(
        '//div[contains(concat(" ", normalize-space(@class), " "), " mgContent ")]//a[@href]')
        if (ids := _link_ids(a.get("href"))).page_type == "meeting" and ids.committee]
    return list(dict.fromkeys(found))


def page_links(html: str) -> list[PageLink]:
    """The links of a page's own action list (div.mgLinks): on a decision page, its issue's."""
    document = _parsed(html)
    if document is None:
        return []
    return [PageLink(text, _issue_id(a.get("href")))
            for a in document.xpath('//div[contains(concat(" ", normalize-space(@class), " "), " mgLinks ")]//a')
            if (text := _visible_text(a, skip=_FILE_SIZE))]


def meeting_item_rows(html: str) -> list[ItemRow]:
    """The rows of a ModernGov meeting page's items table; none for any other page or form."""
    document = _parsed(html)
    if document is None:
        return []
    rows: list[ItemRow] = []
    for table in document.xpath('//table[contains(concat(" ", normalize-space(@class), " "), " mgItemTable ")]'):
        rows += [row for tr in table.xpath("./tr | ./tbody/tr") if (row := _item_row(tr))]
    return rows


def _item_row(tr: etree._Element) -> ItemRow | None:
    """A row whose first cell is the number cell; a header row (no number cell) is none."""
    cells = [cell for cell in tr if isinstance(cell.tag, str) and cell.tag.lower() == "td"]
    if not cells or "mgItemNumberCell" not in cells[0].get("class", "").split():
        return None
    number = _visible_text(cells[0]).rstrip(".:").strip()
    anchors = [m["id"] for name in cells[0].xpath(".//a/@name") if (m := _ITEM_ANCHOR.match(str(name)))]
    titles = [title for cell in cells[1:2] for p in cell.xpath('.//p[contains(@class, "mgAiTitleTxt")]')
              if (title := _visible_text(p, skip=_FILE_SIZE))]
    votes = tuple(vote for cell in cells[1:] for vote in _recorded_votes(cell))
    issues = [found for cell in cells[1:] for href in cell.xpath(".//a/@href") if (found := _issue_id(str(href)))]
    return ItemRow(number, titles[0] if titles else "", anchors[0] if anchors else None, votes,
                   issues[0] if len(set(issues)) == 1 else None)  # two issues for one item: neither is sure


def _recorded_votes(cell: etree._Element) -> list[Vote]:
    """The votes of the "Recorded Vote" tables in an item's cell: one per row with a title."""
    votes: list[Vote] = []
    for table in cell.xpath(".//table[caption]"):
        if not _RECORDED_VOTE.match(_visible_text(table.find("caption"))):
            continue
        for tr in table.xpath(".//tr"):
            texts = [_visible_text(td) for td in tr if isinstance(td.tag, str) and td.tag.lower() == "td"]
            if len(texts) >= 2 and texts[0]:
                votes.append(Vote(motion=texts[0], outcome=status_outcome(texts[-1]), recorded=True))
    return votes


def _visible_text(element: etree._Element | None, skip: frozenset[str] = frozenset()) -> str:
    """An element's text as a browser shows it on one line (hidden parts, and parts of the classes in
    ``skip``, left out)."""
    if element is None:
        return ""
    parts: list[str] = [element.text or ""]
    for child in element:
        classes = set(child.get("class", "").split()) if isinstance(child.tag, str) else {HIDDEN_CLASS}
        if not classes & {HIDDEN_CLASS, *skip}:
            parts.append(_visible_text(child, skip))
        parts.append(child.tail or "")
    return _SPACES.sub(" ", "".join(parts).replace("\u00a0", " ")).strip()


def add_page_structure(record: Record, html: str) -> None:
    """Add to a page read as text what its HTML structure states: on a meeting page, items' AIIds, issues and
    recorded votes, and any row of the items table the text did not read as an item (number and title, with
    a Warning); on a decision page, its issue, and no purpose read from its links."""
    if len(record.decisions) == 1 and not record.meetings:
        _add_decision_links(record.decisions[0], page_links(html), meeting_committee_ids(html))
    rows = meeting_item_rows(html)
    if not rows or len(record.meetings) != 1:
        return
    meeting = record.meetings[0]
    for row in rows:
        item = _same_item(meeting.items, row)
        if item is None and row.title:  # a row the text did not read as an item: its markup says it is one
            item = AgendaItem(number=row.number, title=row.title, position=len(meeting.items) + 1)
            meeting.items.append(item)
            record.warnings.append(f"item {row.number or '(unnumbered)'} '{row.title}' read from the page's items "
                                   "table only: its text was not read as an item")
        if item is None:
            continue
        if item.source_id is None:
            item.source_id = row.source_id
        if item.issue is None and row.issue_id and item.title:
            item.issue = Issue(title=item.title, source_id=row.issue_id)
        _add_votes(item, list(row.votes), record.warnings)


def _add_decision_links(decision: Decision, links: list[PageLink], committees: list[str]) -> None:
    """A decision page's links: the purpose the text read from them is none, the issue one leads to is the
    decision's (titled by the decision's title, which is its issue's), and the committee of the one meeting
    its content links to is the committee it was decided at."""
    meeting = decision.meeting
    if meeting is not None and meeting.committee.source_id is None and len(committees) == 1:
        meeting.committee.source_id = committees[0]
    shown = {_SPACES.sub(" ", link.text).casefold() for link in links}
    if decision.purpose and all(_SPACES.sub(" ", part.lstrip(_BULLETS)).strip().casefold() in shown
                                for part in decision.purpose.split("\n\n")):
        decision.purpose = None
    issues = {link.issue_id for link in links if link.issue_id}
    if decision.issue is None and decision.title and len(issues) == 1:
        decision.issue = Issue(title=decision.title, source_id=issues.pop())


def _same_item(items: list[AgendaItem], row: ItemRow) -> AgendaItem | None:
    """The item the text read for a row: by its number, or, for an unnumbered row, by its title."""
    if row.number:
        return next((item for item in items if item.number == row.number), None)
    title = " ".join(row.title.split()).casefold()
    return next((item for item in items if not item.number and " ".join(item.title.split()).casefold() == title),
                None)


def _add_votes(item: AgendaItem, table: list[Vote], warnings: list[str]) -> None:
    votes = with_table_votes(item.votes, table)
    if votes is None:
        warnings.append(f"item {item.number}: its Recorded Vote table lists {len(table)} votes and its minutes "
                        f"{len(item.votes)}; the minutes' votes are kept")
    else:
        item.votes = votes
