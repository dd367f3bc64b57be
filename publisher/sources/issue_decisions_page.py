"""Reader for the ModernGov "Issue - decisions" page (``mgDecisionDetails.aspx?IId=…&Opt=1``), as page text.

The page names one issue and lists, newest first, every decision taken on it::

    Issue - decisions
    <issue title>
    31/07/2018 - <decision title>                    one heading per decision
    This matter was proposed by Councillor Tutt … and seconded by Councillor Shuttleworth.
    Resolved: (By 14 votes to none)
    To agree the Council plan contents.
    13/07/2018 - <decision title>
    (Key decision):
    (1) That … be noted.
    (2) To approve …
    Recommended to Council (budget and policy framework):
    (3) To recommend that Council agree the Council Plan contents.

How each decision is read:

- the heading gives its date of decision and title; the page does not print who made it, so ``maker`` stays
  ``None``;
- "(Key decision)" sets ``key_decision``; a decision without it is left ``None`` (the page does not say
  "not key");
- "proposed/moved … seconded by …" sentences before the decision text are participations, not text;
- a "Resolved:" marker is not text; a vote it states ("(By 14 votes to none)") is the decision's vote,
  read by the shared vote rules (a count with a RESOLVED marker is a vote that carried);
- the text is every other paragraph, verbatim, joined with a blank line. A decision that both resolves and
  recommends to Council ("Recommended to Council (…):" then "(3) To recommend …") stays ONE decision, as
  the page prints it under one heading: the heading line is kept in the text so the reader of the text sees
  which clauses are recommendations, and ``recommend_to_council`` is True.

A copy cut off mid-way yields the decisions whose headings it holds, each with the text it holds (empty when
the copy stops right after a heading); nothing is invented for the missing part.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from publisher.errors import RecordError
from publisher.model import Committee, Decision, Issue, MeetingRef, Participation, Record
from publisher.sources.dates import DATE_RE, parse_date
from publisher.sources.decision_page import paragraph_lines, slug
from publisher.sources.item_blocks import reads_as_title
from publisher.sources.source_ids import source_ids
from publisher.sources.text_rules import (
    DECISION_MARKER,
    Line,
    acting_body,
    after_narrative,
    paragraph,
    participations,
)
from publisher.sources.votes import read_votes

KIND = "issue-decisions"

_HEADING = re.compile(r"^Issue\s*[-–—]\s*decisions$", re.IGNORECASE)
_URL = re.compile(r"/mgdecisiondetails\.aspx", re.IGNORECASE)
_KEY_DECISION = re.compile(r"^\(\s*key\s+decision\s*\)\s*:?\s*(?P<rest>.*)$", re.IGNORECASE)
_TO_COUNCIL = re.compile(r"^recommended\s+to\s+(?:full\s+)?council\b", re.IGNORECASE)
_SEPARATOR = re.compile(r"\s+[-–—]\s+")
_REASONS = re.compile(r"^reasons?\s+for\s+(?:the\s+)?decisions?\s*[:\-–—]\s*(?P<text>.*)$", re.IGNORECASE)
# "Note: *Report previously circulated, copy attached to minutes.": a footnote on the minute's starred papers.
_FOOTNOTE = re.compile(r"^Note\s*:\s*\*")
_EMPTY_LEAD = re.compile(r"^(?:that)?[\s:\-–—]*$", re.IGNORECASE)  # "RESOLVED that:" ends its line
# The labels some councils print on lines of their own, each over its paragraphs: "Decision Made:" (the decision's
# text follows: the narrative before it is the minute's), "Reasons for the Decision:", "Alternative Options
# Considered and Rejected:" (a decision notice's parts).
_DECISION_LABEL = re.compile(r"^Decision\s+made\s*(?:\([^)]*\)\s*)?:?$", re.IGNORECASE)
_ALTERNATIVES = re.compile(r"^alternative\s+options?\s+considered(?:\s+and\s+rejected)?\s*[:\-–—]\s*(?P<text>.*)$",
                           re.IGNORECASE)


# --- entry points ---------------------------------------------------------------------------------------


def looks_like_issue_decisions_page(text: str, source_url: str | None = None) -> bool:
    """True when the text carries the "Issue - decisions" heading as a line, or the URL is the page's."""
    if source_url and _URL.search(source_url):
        return True
    return any(_HEADING.match(line.strip()) for line in text.splitlines())


def read_issue_decisions_page(text: str, source_url: str | None = None, path: Path | None = None) -> Record:
    """Read an Issue - decisions page into a Record: the issue and its decisions, newest first."""
    lines = paragraph_lines(text)
    start = next((i for i, line in enumerate(lines) if _HEADING.match(line.text)), None)
    if start is None:
        return _read_headless(lines, source_url, path)
    issue_id = source_ids(source_url).issue
    if start + 1 < len(lines) and decision_heading(lines[start + 1].text) and issue_id:
        return _read_headless(lines[start + 1:], source_url, path, headed=True)  # a copy without the title line
    if start + 1 >= len(lines) or decision_heading(lines[start + 1].text):
        raise RecordError("the issue title is missing after 'Issue - decisions'", path, lines[start].number,
                          "issue title")
    issue = Issue(title=lines[start + 1].text, source_id=issue_id)
    decisions = [_read_decision(section, issue, path) for section in _sections(lines[start + 2:])]
    return Record(kind=KIND, source_id=issue_id or slug(issue.title) or "issue", source_url=source_url,
                  path=path, issue=issue, decisions=decisions, named_key=not issue_id)


def _read_headless(lines: list[Line], source_url: str | None, path: Path | None, headed: bool = False) -> Record:
    """A copy of the page without its heading (the text of its decisions only, or the issue title then its
    decisions): read as far as it goes, for the issue its address names. A title line alone before the first
    dated decision heading is the issue's title; dated decision headings are read as usual; other text before
    any is one undated decision, with a Warning that its heading was not read. ``headed``: the copy has the
    page heading but no title line under it (the lines given start below the heading)."""
    issue_id = source_ids(source_url).issue
    if not issue_id:
        raise RecordError("nothing to key the issue on: no 'Issue - decisions' heading and title, and no IId in "
                          "the page's address", path)
    issue = Issue(title="", source_id=issue_id)
    sections = _sections(lines)
    first = next((i for i, line in enumerate(lines) if decision_heading(line.text)), len(lines))
    warnings: list[str] = []
    if first == 1 and len(lines) > 1 and reads_as_title(lines[0].text):
        issue.title, lines, first = lines[0].text, lines[1:], 0  # the copy starts just below the heading
    else:
        missing = "prints no title under its 'Issue - decisions' heading" if headed else \
            "has no 'Issue - decisions' heading"
        warnings.append(f"issue title not read (the copy {missing}): the issue is known by its ModernGov id "
                        f"IId={issue_id}")
    decisions = [_read_decision(section, issue, path) for section in sections]
    if lines[:first]:
        undated = Decision(text="", issue=issue)
        body = _Body()
        for line in lines[:first]:
            _read_body_line(line.text, undated, body)
        undated.text = "\n\n".join(_resolution(body))
        undated.votes = read_votes(line.text for line in lines[:first])
        _read_meeting_body(lines[:first], undated)
        decisions.insert(0, undated)
        warnings.append(f"decision heading not read (no '<date> - <title>' line before line {lines[first - 1].number}"
                        f"): lines {lines[0].number}-{lines[first - 1].number} are read as one undated decision")
    return Record(kind=KIND, source_id=issue_id, source_url=source_url, path=path, issue=issue,
                  decisions=decisions, warnings=warnings)


# --- sections -------------------------------------------------------------------------------------------


def decision_heading(text: str) -> tuple[str, str] | None:
    """ "31/07/2018 - Corporate plan refresh" → ("31/07/2018", "Corporate plan refresh"), else None.

    The heading is a whole day-first date, a dash with spaces around it and a title; a sentence that merely
    starts with a date has no such dash right after it.
    """
    match = DATE_RE.match(text)
    if not match:
        return None
    rest = text[match.end():]
    separator = _SEPARATOR.match(rest)
    if not separator or not rest[separator.end():].strip():
        return None
    return match.group(0), rest[separator.end():].strip()


def _sections(lines: list[Line]) -> list[list[Line]]:
    """One list of lines per decision heading (lines before the first heading are not part of any)."""
    sections: list[list[Line]] = []
    for line in lines:
        if decision_heading(line.text):
            sections.append([line])
        elif sections:
            sections[-1].append(line)
    return sections


def _read_decision(section: list[Line], issue: Issue, path: Path | None) -> Decision:
    head, body = section[0], section[1:]
    heading = decision_heading(head.text)
    assert heading is not None  # _sections starts every section at a heading
    when = parse_date(heading[0], field="decision date", path=path, line=head.number)
    decision = Decision(text="", date=when, title=heading[1], issue=issue)
    read = _Body()
    for line in body:
        _read_body_line(line.text, decision, read)
    decision.text = "\n\n".join(_resolution(read))
    decision.votes = read_votes(line.text for line in body)
    _read_meeting_body(body, decision)
    return decision


def _read_meeting_body(lines: list[Line], decision: Decision) -> None:
    """A decision whose minute names one body as acting ("The Cabinet had before it a report …", "Before the
    Council was …", "Cabinet RESOLVED") was made at that body's meeting on the date of decision: the page
    prints a meeting's minute. Undated (a copy without its heading), the body is its maker as printed."""
    bodies = {body for line in lines if (body := acting_body(line.text))}
    if len(bodies) != 1:
        return
    body = bodies.pop()
    if decision.date:
        decision.meeting = MeetingRef(committee=Committee(name=body), date=decision.date)
    else:
        decision.maker = body


@dataclass
class _Body:
    """A decision's paragraphs read so far, and whether a "RESOLVED" marker has been met."""

    text: list[str] = field(default_factory=list)
    resolved: bool = False
    under: str = "text"  # the labelled part the paragraphs go to: "text", "reasons" or "alternatives"
    reasons: list[str] = field(default_factory=list)
    alternatives: list[str] = field(default_factory=list)


def _resolution(body: _Body) -> list[str]:
    """The decision's paragraphs: after a marker or a "Decision Made:" label, all of them; without either, the
    resolution after the minute's narrative where one opens it (:func:`after_narrative`: "The Cabinet Member
    considered the Minutes of …" is what was before the body, "That the Minutes … be noted." what it decided)."""
    if body.resolved:
        return body.text
    resolution = after_narrative(body.text)
    return body.text if resolution is None else resolution


def _read_body_line(line: str, decision: Decision, body: _Body) -> None:
    """Sort one paragraph into the decision's key-decision flag, participations, reasons or text (votes are
    read from all the paragraphs together, see :func:`publisher.sources.votes.read_votes`).

    The minute's narrative before its first "RESOLVED" ("The Cabinet had before it a report …") is not the
    decision: the marker starts the text afresh. A minute without a marker keeps its narrative as the text.
    """
    if _DECISION_LABEL.match(line):  # "Decision Made:": the text starts afresh below it
        body.text.clear()
        body.resolved, body.under = True, "text"
        return
    if (alternatives := _ALTERNATIVES.match(line)) or (body.under == "alternatives"):
        body.under = "alternatives"
        body.alternatives.append(paragraph(alternatives["text"] if alternatives else line))
        decision.alternatives = "\n\n".join(part for part in body.alternatives if part) or None
        return
    if body.under == "reasons" and not DECISION_MARKER.match(line):
        body.reasons.append(paragraph(line))
        decision.reasons = "\n\n".join(body.reasons)
        return
    if key := _KEY_DECISION.match(line):
        decision.key_decision = True
        line = key["rest"].strip()
        if not line:
            return
    if marker := DECISION_MARKER.match(line):
        if not body.resolved:
            body.text.clear()
        body.resolved = True
        line = marker["text"].strip()
        if _EMPTY_LEAD.match(line):
            return
    if reasons := _REASONS.match(line):
        decision.reasons = reasons["text"].strip() or None
        if decision.reasons is None:  # "Reasons for the Decision:" on its own line: the reasons are below it
            body.under = "reasons"
        return
    if _FOOTNOTE.match(line):
        return
    found: list[Participation] = participations(line)
    decision.participations.extend(found)
    if found and (not body.text or (line.startswith("(") and line.endswith(")"))):
        return  # "This matter was proposed by … and seconded by …", "(Proposed by … and seconded by …)"
    if _TO_COUNCIL.match(line):
        decision.recommend_to_council = True
    body.text.append(paragraph(line))
