"""Reader for the ModernGov list of decisions (``mgDelegatedDecisions.aspx``, "Decisions published"), page text.

The page lists the decisions published in a date range, each under a heading that gives its date of decision,
title, ModernGov decision id ("ref") and status, then the lines a Decision details page prints::

    Decisions published
    15/09/2020 - SALT PROCUREMENT FRAMEWORK ref: 660    Recommendations Approved
    [<purpose paragraph>]                             (Spelthorne: "To receive a report detailing …")
    Decision Maker: Cabinet
    Made at meeting: 15/09/2020 - Cabinet             (not for a decision taken outside a meeting)
    Decision published: 17/09/2020
    Effective from: 15/09/2020
    [Decision:]                                       (North Hertfordshire prints the text without it)
    i)  Cabinet approved the renewal of …
    Wards affected: (All Wards);
    Lead officer: Sandy Muirhead

Each entry is one decision, read with the Decision details grammar
(:func:`publisher.sources.decision_page.read_decision_lines`) and keyed by its ref, which is the decision's
ModernGov id (the same decision's ``ieDecisionDetails.aspx?ID=660``). The lines above the first heading (the
site's introduction) are not decisions and are not read. A copy cut off in an entry's heading ("07/10/2021 -
Corporate Procurement Strategy … - for implementatio") gives no decision for it, with a Warning.

The list's summary view (``V=0``) prints a row a decision under "Title Date Effective from Call-ins", its cells
run together in a copy ("Declarations of Interest ref: 45614/02/201714/02/2017Not for call-in", Ryedale): the
title, ref, date of decision, date effective and call-in. No row prints the decision's text, so each decision is
published with what its row states and the address of its details page (``ieDecisionDetails.aspx?ID=<ref>``, on
the list's own site), with a Warning; the details page or the ``V=1`` view, read later, adds the text to the same
decision (one IRI: its ref).
"""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urljoin

from publisher.errors import RecordError
from publisher.model import Decision, Record
from publisher.sources.dates import DATE_RE, parse_date
from publisher.sources.decision_page import paragraph_lines, read_decision_lines, slug
from publisher.sources.source_ids import source_ids
from publisher.sources.text_rules import Line, query_value

KIND = "decision-list"

# "15/09/2020 - SALT PROCUREMENT FRAMEWORK ref: 660    Recommendations Approved": date, title, id and status.
_ENTRY = re.compile(rf"^(?P<date>{DATE_RE.pattern})\s+[-–—]\s+(?P<title>\S.*?)\s+ref:\s*(?P<ref>\d+)\b\s*"
                    r"(?P<status>\S.*)?$", re.IGNORECASE)
# The start of an entry's heading, the one a cut-off copy may end in ("07/10/2021 - Corporate Procurement …").
_DATED_HEADING = re.compile(rf"^(?:{DATE_RE.pattern})\s+[-–—]\s+\S", re.IGNORECASE)
_MAKER = re.compile(r"^decision\s+maker\s*:", re.IGNORECASE)


# --- entry points ---------------------------------------------------------------------------------------


def looks_like_decision_list_page(text: str, source_url: str | None = None) -> bool:
    """True for the decisions list: its page name in the URL, or an entry heading ("<date> - <title> ref: <id>")
    followed by a "Decision Maker:" line, which only this list prints together."""
    if source_ids(source_url).page_type == "decision-list":
        return True
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return any(_ENTRY.match(line) and any(_MAKER.match(after) for after in lines[i + 1:i + 4])
               for i, line in enumerate(lines))


def read_decision_list_page(text: str, source_url: str | None = None, path: Path | None = None) -> Record:
    """Read a list of decisions into a Record holding each listed decision."""
    lines = paragraph_lines(text)
    warnings: list[str] = []
    decisions = [decision for entry in _entries(lines, warnings) if (decision := _read_entry(entry, path, warnings))]
    if not decisions and _summary_view(lines, source_url):
        decisions = _summary_rows(lines, source_url, path, warnings)
    if not decisions:
        raise RecordError("no decision listed: no '<date> - <title> ref: <id>' heading on the decisions list", path)
    dates = query_value(source_url, "DR")  # "04/09/2020-18/09/2020": the range the list was asked for
    key = slug(dates) if dates else "refs-" + "-".join(d.source_id or "" for d in decisions)
    return Record(kind=KIND, source_id=key, source_url=source_url, path=path, decisions=decisions,
                  warnings=warnings)


# The summary view's table heading ("Title Date Effective from Call-ins"), above rows with no decision text.
_SUMMARY_HEADING = re.compile(r"^title\s+date\s+effective\s+from\b", re.IGNORECASE)


def _summary_view(lines: list[Line], source_url: str | None) -> bool:
    """The list as ModernGov's summary view prints it (``V=0`` in its address, or its table heading)."""
    return query_value(source_url, "V") == "0" or any(_SUMMARY_HEADING.match(line.text) for line in lines)


# --- the summary view ---------------------------------------------------------------------------------

_DAY = r"\d{1,2}/\d{1,2}/\d{4}"
# "Declarations of Interest ref: 45614/02/201714/02/2017Not for call-in": title, ref, date, date effective (which
# a row may leave blank) and call-in, with or without spaces or a Markdown row's bars between the cells; the ref
# is the shortest run of digits a date can follow ("456", then "14/02/2017").
_SUMMARY_ROW = re.compile(rf"^(?P<title>\S.*?)\s+ref:\s*(?P<ref>\d+?)\s*(?P<date>{_DAY})\s*(?P<effective>{_DAY})?"
                          r"\s*(?P<call_in>\S.*)?$", re.IGNORECASE)
_NOT_FOR_CALL_IN = re.compile(r"^not\s+(?:for|subject\s+to)\s+call[-\s]?in", re.IGNORECASE)
_CALL_IN = re.compile(r"\bcall(?:ed)?[-\s]?in\b", re.IGNORECASE)


def _summary_rows(lines: list[Line], source_url: str | None, path: Path | None,
                  warnings: list[str]) -> list[Decision]:
    """The summary view's rows, each a decision without its text and with its details page's address."""
    if not source_url:
        raise RecordError("the decisions list in its summary view (V=0: a title, ref and dates a row) prints no "
                          "decision's text and this copy gives no address to find it at: give the list's address "
                          "(a sidecar's 'Source URL:'), its detailed view (V=1) or each decision's details page "
                          "(ieDecisionDetails.aspx?ID=<ref>)", path)
    decisions = []
    for line in lines:
        row = _SUMMARY_ROW.match(" ".join(line.text.strip().strip("|").replace("|", " ").split()))
        if row:
            decisions.append(_summary_decision(row, source_url, path, line.number))
    if decisions:
        warnings.append(f"the decisions list's summary view (V=0) prints no decision's text: {len(decisions)} "
                        f"decision(s) published with title, ref and dates only, each with the address of its "
                        f"details page (ieDecisionDetails.aspx?ID=<ref>), which prints the text")
    return decisions


def _summary_decision(row: re.Match[str], source_url: str, path: Path | None, line: int) -> Decision:
    call_in = (row["call_in"] or "").strip()
    return Decision(
        None, title=row["title"].strip(), source_id=row["ref"],
        date=parse_date(row["date"], field="date of decision", path=path, line=line),
        effective_from=parse_date(row["effective"], field="effective from", path=path, line=line)
        if row["effective"] else None,
        subject_to_call_in=False if _NOT_FOR_CALL_IN.match(call_in) else True if _CALL_IN.search(call_in) else None,
        details_url=urljoin(source_url, f"ieDecisionDetails.aspx?ID={row['ref']}"))


# --- entries --------------------------------------------------------------------------------------------


def _entries(lines: list[Line], warnings: list[str]) -> list[list[Line]]:
    """One list of lines per entry heading; a last dated line that is no whole heading (a copy cut off in it)
    ends the list, named in a Warning."""
    entries: list[list[Line]] = []
    for line in lines:
        if _ENTRY.match(line.text):
            entries.append([line])
        elif entries and line is lines[-1] and _DATED_HEADING.match(line.text):
            warnings.append(f"line {line.number}: an entry's heading cut off ('{line.text[:60]}'): no decision read")
        elif entries:
            entries[-1].append(line)
    return entries


def _read_entry(entry: list[Line], path: Path | None, warnings: list[str]) -> Decision | None:
    """One listed decision; an entry whose fields cannot be read (a copy cut off in "Made at meeting: 19/01/2")
    is left out with a Warning, and the list's other decisions stand."""
    head = _ENTRY.match(entry[0].text)
    assert head is not None  # _entries starts every entry at a heading
    try:
        decision = read_decision_lines(entry[1:], head["title"].strip(), path, warnings, decision_after_fields=True)
    except RecordError as error:
        warnings.append(f"line {entry[0].number}: decision ref {head['ref']} not read: {error}")
        return None
    decision.date = decision.date or parse_date(head["date"], field="date of decision", path=path,
                                                line=entry[0].number)
    decision.status = decision.status or (" ".join(head["status"].split()) if head["status"] else None)
    decision.source_id = head["ref"]
    return decision
