"""Reader for the ModernGov "Issue details" page (issue history / forward plan, ``mgIssueHistoryHome.aspx``).

The page describes one issue as the forward plan announces it::

    Issue details
    <issue title>
    <summary paragraph(s)>
    Decision type: Key
    Reason Key: Policy Framework & Budget;
    Decision status: Recommendations Approved
    Wards affected: (All Wards);
    Notice of proposed decision first published: 14/02/2022
    Decision due: 15 Mar 2022 by Cabinet               (one line per decision maker)
    Lead member: Cabinet Member for …                  (a post, maybe with nobody named)
    Lead director:                                     (may be empty)
    Department: …
    Contact: Kathryn Rees, Corporate and Support Services Email: kathryn.rees@stockport.gov.uk.
    Consultation process                               (a heading; its paragraphs follow)
    Forward Plan Reference: IN2
    Equality and/or Environmental Impact Assessment: Yes will be required.
    Relevant Scrutiny Committee for the purpose of call-in: …
    Decisions / Agenda items / Documents               (tab labels, printed as plain lines)
    • <document title>

Only the "Documents" tab's list is read (as documents); what the "Decisions" and "Agenda items" tabs list is
described by the issue's own pages and is not read here. Paragraph texts (summary, consultation) keep each
paragraph verbatim, joined with a blank line. "Decision type: Key" sets ``key_decision`` True and "Non-key"
False; a trailing ";" after a value is ModernGov's list punctuation and is removed. A label this reader
does not know is ignored where no paragraph is open. Only what the page states is returned.
"""

from __future__ import annotations

import re
from pathlib import Path

from publisher.decision_makers import makers_named
from publisher.errors import RecordError
from publisher.model import Committee, DecisionDue, Issue, Post, Record
from publisher.sources.dates import parse_date
from publisher.sources.decision_page import find_label, lead_post, listed_document, paragraph_lines, slug, ward_list
from publisher.sources.source_ids import source_ids
from publisher.sources.text_rules import Line, paragraph, parse_contact, second_contact

KIND = "issue-history"

_HEADING = re.compile(r"^Issue\s+(?:details|history)$", re.IGNORECASE)
_URL = re.compile(r"/mgissuehistoryhome\.aspx", re.IGNORECASE)
_DUE = re.compile(r"^(?P<date>.+?)\s+by\s+(?P<by>\S.*)$", re.IGNORECASE)
_KEY_TYPES = {"key": True, "key decision": True, "non key": False, "non key decision": False, "not key": False}

LABELS: tuple[tuple[re.Pattern[str], str], ...] = tuple((re.compile(pattern), name) for pattern, name in (
    (r"decision type", "decision_type"),
    (r"reasons? key|reasons? for key decision|key decision reasons?", "key_reason"),
    (r"decision status|status", "status"),
    (r"wards? affected", "wards"),
    (r"notice of (?:proposed )?decision first published|first published", "notice_published"),
    (r"decisions? due", "decisions_due"),
    (r"lead members?|portfolio holders?", "lead_member"),
    (r"lead directors?|lead officers?", "lead_director"),
    (r"department|directorate|service area", "department"),
    (r"(?:officer )?contacts?(?: officer)?", "contact"),
    (r"consultation process|consultation", "consultation"),
    (r"forward plan reference|forward plan ref(?:erence)? (?:no|number)", "forward_plan_ref"),
    (r".*impact assessments?", "impact_assessment"),
    (r".*call in", "call_in"),
))
# Lines that head a block with no colon: the consultation heading and the page's tabs.
_HEADINGS = {"consultation process": "consultation", "consultation": "consultation", "decisions": "tab",
             "agenda items": "tab", "documents": "documents"}
TEXT_FIELDS = frozenset({"consultation"})
_ONE_LINE = frozenset({"decision_type", "key_reason", "status", "department", "forward_plan_ref",
                       "impact_assessment", "call_in"})


# --- entry points ---------------------------------------------------------------------------------------


def looks_like_issue_history_page(text: str, source_url: str | None = None) -> bool:
    """True when the text carries the "Issue details" / "Issue history" heading as a line, or the URL is
    the page's."""
    if source_url and _URL.search(source_url):
        return True
    return any(_HEADING.match(line.strip()) for line in text.splitlines())


def read_issue_history_page(text: str, source_url: str | None = None, path: Path | None = None) -> Record:
    """Read an Issue details page into a Record holding the issue and everything the page states of it."""
    lines = paragraph_lines(text)
    start = next((i for i, line in enumerate(lines) if _HEADING.match(line.text)), None)
    if start is None:
        return _read_headless(lines, source_url, path)
    if start + 1 >= len(lines) or _label(lines[start + 1].text):
        raise RecordError("the issue title is missing after 'Issue details'", path, lines[start].number,
                          "issue title")
    issue = Issue(title=lines[start + 1].text, source_id=source_ids(source_url).issue)
    warnings: list[str] = []
    posts: list[Post] = []  # a contact line's second officer
    makers = _read_body(lines[start + 2:], issue, path, warnings, posts)
    return Record(kind=KIND, source_id=issue.source_id or slug(issue.title) or "issue", source_url=source_url,
                  path=path, issue=issue, named_key=not issue.source_id, warnings=warnings, committees=makers,
                  posts=posts)


def _read_headless(lines: list[Line], source_url: str | None, path: Path | None) -> Record:
    """A copy without the "Issue details" heading and title (it starts at the labelled lines): read as far as
    it goes, for the issue its address names, with a Warning that the title was not read."""
    issue_id = source_ids(source_url).issue
    if not issue_id:
        raise RecordError("nothing to key the issue on: no 'Issue details' heading and title, and no IId in the "
                          "page's address", path)
    issue = Issue(title="", source_id=issue_id)
    warnings = [f"issue title not read (the copy has no 'Issue details' heading): the issue is known by its "
                f"ModernGov id IId={issue_id}"]
    posts: list[Post] = []
    makers = _read_body(lines, issue, path, warnings, posts)
    return Record(kind=KIND, source_id=issue_id, source_url=source_url, path=path, issue=issue, warnings=warnings,
                  committees=makers, posts=posts)


# --- reading --------------------------------------------------------------------------------------------


def _label(text: str) -> tuple[str, str] | None:
    """A labelled line ("Decision type: Key") or a heading line ("Consultation process", "Documents")."""
    heading = _HEADINGS.get(" ".join(text.rstrip(":").split()).lower())
    if heading:
        return heading, ""
    return find_label(text, LABELS)


def _read_body(lines: list[Line], issue: Issue, path: Path | None, warnings: list[str],
               posts: list[Post]) -> list[Committee]:
    """Read the labelled fields and their blocks into ``issue``; returns the bodies that decisions due in a month
    name ("Decision due: November 2023 by Cabinet"): the due date is not published (no day), but the page still
    states the body that will decide. Which printed makers name a body is the mapping's one wording rule
    (``decision_makers``: a post names none)."""
    makers: list[str] = []
    summary: list[str] = []
    consultation: list[str] = []
    open_block: str | None = "summary"  # the summary paragraphs come first, unlabelled
    for line in lines:
        if label := _label(line.text):
            open_block = _read_label(label[0], label[1], line, issue, path, warnings, makers, posts)
            if open_block == "consultation" and label[1]:
                consultation.append(paragraph(label[1]))
        elif open_block == "summary":
            summary.append(paragraph(line.text))
        elif open_block == "consultation":
            consultation.append(paragraph(line.text))
        elif open_block == "documents":
            if document := listed_document(line.text):
                issue.documents.append(document)
            else:
                open_block = None  # the list has ended: later bullets (a footer's links) are not documents
        elif open_block == "contact":
            issue.contact = parse_contact(line.text)
            posts.extend(filter(None, [second_contact(line.text)]))
            open_block = None
    issue.summary = "\n\n".join(summary) or None
    issue.consultation = "\n\n".join(consultation) or None
    return [Committee(name=body) for body in dict.fromkeys(makers)]


# A decision due in a month, not on a day ("November 2023 by Cabinet"); a DecisionDue needs the day.
_MONTH_ONLY = re.compile(
    r"^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{4}(?:\s+by\s+.+)?$", re.IGNORECASE)


def _read_label(name: str, value: str, line: Line, issue: Issue, path: Path | None,
                warnings: list[str], makers: list[str], posts: list[Post]) -> str | None:
    """Set the field a labelled line gives (a decision due in a month adds the bodies it names to ``makers``);
    return the block its following lines belong to, if any."""
    value = value.strip()
    if name in ("consultation", "documents", "tab"):
        return name
    if name == "contact":
        if not value:
            return "contact"
        issue.contact = parse_contact(value)
        posts.extend(filter(None, [second_contact(value)]))  # "…, Helen Lindfield, Families and Communities Officer."
        return None
    bare = value.rstrip(" ;").strip()
    if not bare:
        return None  # an empty value ("Lead director:") states nothing
    if name in _ONE_LINE:
        setattr(issue, name, bare)
        if name == "decision_type":
            issue.key_decision = _KEY_TYPES.get(" ".join(bare.replace("-", " ").split()).lower())
    elif name == "wards":
        issue.wards = ward_list(value)
    elif name == "notice_published":
        issue.notice_published = parse_date(bare, field="notice first published", path=path, line=line.number)
    elif name == "decisions_due" and _MONTH_ONLY.match(bare):  # "November 2023 by Cabinet": no day to publish
        warnings.append(f"decision due '{bare}' at line {line.number} not read: it names a month, not a day")
        if due := _DUE.match(bare):
            makers.extend(makers_named(due["by"].strip()))
    elif name == "decisions_due":
        issue.decisions_due.append(_decision_due(bare, line, path))
    elif name == "lead_member":
        issue.lead_member = lead_post(bare, "Lead member")
    elif name == "lead_director":
        issue.lead_director = lead_post(bare, "Lead director")
    return None


def _decision_due(value: str, line: Line, path: Path | None) -> DecisionDue:
    """ "15 Mar 2022 by Cabinet" → due 15 March 2022, by "Cabinet" (the maker as printed)."""
    match = _DUE.match(value)
    if not match:
        raise RecordError(f"decision due not understood (expected 'date by decision maker'): {value}", path,
                          line.number, "decision due")
    when = parse_date(match["date"], field="decision due", path=path, line=line.number)
    return DecisionDue(due=when, by=match["by"].strip())
