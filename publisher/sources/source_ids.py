"""The ModernGov ids and page name of a record's source URL, read in one place.

A ModernGov address names its page (``ieListDocuments.aspx``, ``mgAi.aspx`` …) and carries the ids of what the
page shows in its query, spelt as each council's templates spell them: ``MId``, ``MID``, ``mid``, ``MeetingId``
for the meeting (``M`` on ``ieAgenda.aspx``, the short link to a meeting's page); ``AIId``, ``AIID`` for an
agenda item; ``CId``, ``CommitteeId`` for the committee … A page whose text lacks its own meeting or item
context takes it from here, and detection takes the page name as a strong signal of the page type (the content
still decides when there is no URL).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import parse_qsl, urlsplit

# Each id by the query keys that spell it, compared without regard to case.
SPELLINGS: dict[str, tuple[str, ...]] = {
    "meeting": ("mid", "meetingid"),
    "item": ("aiid", "agendaitemid"),
    "committee": ("cid", "committeeid"),
    "issue": ("iid", "issueid"),
    "decision": ("did", "decisionid"),
    "person": ("uid", "userid"),
}

# The page names (case-folded, without ".aspx") by the page type each shows.
PAGE_TYPES: dict[str, str] = {
    "ielistdocuments": "meeting", "celistdocuments": "meeting", "mglistdocuments": "meeting", "ieagenda": "meeting",
    "ielistmeetings": "meeting-list", "mgmeetingattendance": "attendance",
    "mgai": "agenda-item", "ieagendaitem": "agenda-item",
    "iedecisiondetails": "decision", "mgdecisiondetails": "issue-decisions", "mgdelegateddecisions": "decision-list",
    "mgissuehistoryhome": "issue-history", "mgissuehistorychronology": "issue-history",
    "ieissuedetails": "issue",
    "mglistrecordedvotes": "recorded-votes", "mglistrecordedvotesshort": "recorded-votes",
}

# The page name ends the path ("…/ieListDocuments.aspx"; ".asp" on a few older sites), or, on a council site
# that frames ModernGov in its own pages, is a query value: Richmond upon Thames's
# "calendar_of_meetings?mgl=ieListDocuments.aspx&CId=163&MId=2995".
_PAGE = re.compile(r"(?:^|/)(?P<name>(?:ie|mg|ce)\w+)\.aspx?$", re.IGNORECASE)


@dataclass(frozen=True)
class SourceIds:
    """What a ModernGov address says of its page: the page's name and the ids in its query."""

    page: str | None = None  # case-folded page name without ".aspx": "ielistdocuments"
    meeting: str | None = None
    item: str | None = None  # AIId; an mgAi page's own ``ID`` too
    committee: str | None = None
    issue: str | None = None
    decision: str | None = None
    person: str | None = None

    @property
    def page_type(self) -> str | None:
        """The page type the page name stands for ("meeting", "agenda-item" …), None when not ModernGov's."""
        return PAGE_TYPES.get(self.page or "")


def source_ids(url: str | None) -> SourceIds:
    """The ids of ``url``. ``ID`` alone means the page's own thing: the item on mgAi, the decision on
    ieDecisionDetails; a key given twice keeps its first value, as ModernGov reads it."""
    if not url:
        return SourceIds()
    parts = urlsplit(url.strip())
    query: dict[str, str] = {}
    for key, value in parse_qsl(parts.query):
        if value.strip():
            query.setdefault(key.lower(), value.strip())
    page = _PAGE.search(parts.path) or next(filter(None, (_PAGE.search(v) for v in query.values())), None)
    name = page["name"].lower() if page else None
    ids = {what: next((query[key] for key in keys if key in query), None) for what, keys in SPELLINGS.items()}
    own = query.get("id")
    if own and PAGE_TYPES.get(name or "") == "agenda-item":
        ids["item"] = ids["item"] or own
    elif own and PAGE_TYPES.get(name or "") == "attendance":  # mgMeetingAttendance.aspx?ID=: the meeting's
        ids["meeting"] = ids["meeting"] or own
    elif own and PAGE_TYPES.get(name or "") == "decision":
        ids["decision"] = ids["decision"] or own
    if name == "ieagenda":  # ieAgenda.aspx?M=3629, ModernGov's short link to a meeting's page: M is its meeting
        ids["meeting"] = ids["meeting"] or query.get("m")
    return SourceIds(page=name, **ids)


def page_type(url: str | None) -> str | None:
    """The page type a source URL names by its page, or None."""
    return source_ids(url).page_type
