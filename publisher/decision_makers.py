"""Which printed decision makers name a body of the council, and what kind of committee a name is.

Only the wording decides, and the rule is shared: the mapping (``rdf.py``) publishes a maker as a committee by
it, and a reader uses it where a page names the body that will decide ("Decision due: November 2023 by Cabinet",
``sources/issue_history_page.py``).
"""

from __future__ import annotations

import re

# Committee kinds are read from the committee's own name; first match wins (docs/architecture.md §2, SKOS scheme).
COMMITTEE_KINDS = (
    ("scrutiny", r"scrutiny|overview"),
    ("cabinet", r"\bcabinet\b|\bexecutive\b"),
    ("audit", r"\baudit\b|governance"),
    ("planning", r"planning|development control"),
    ("licensing", r"licensing"),
    ("area", r"\barea\b|neighbourhood|locality|district committee"),
    ("full-council", r"^(full )?council( meeting)?$|^(the )?council$"),
)

# A printed decision maker names a body of the council when it has one of these words ("Executive",
# "Council Meeting", "Planning Committee") or reads as a committee kind ("Overview and Scrutiny") ...
BODY_WORDS = re.compile(r"\b(committee|sub-committee|panel|board|cabinet|executive|council|forum|commission)\b",
                        re.IGNORECASE)
# ... and no word of a post or person ("Cabinet Member for Housing", "Leader", "Chief Executive",
# "Portfolio Holder", "Executive Director of Place"): those are people deciding alone, not committees.
POST_WORDS = re.compile(r"\b(members?|leader|holder|director|officer|head|chief|manager|councillor|cllr|mayor|"
                        r"chair|chairman|clerk|secretary|deputy|assistant)\b", re.IGNORECASE)


def committee_kind(name: str) -> str | None:
    lowered = name.lower().strip()
    return next((kind for kind, pattern in COMMITTEE_KINDS if re.search(pattern, lowered)), None)


def reads_as_committee(printed: str) -> bool:
    """Whether a printed decision maker ("Executive", "Cabinet Member for Housing") names a council body.

    Only the wording decides: a body word or committee kind, and no word of a post. When in doubt the answer
    is no, so a post is never published as a committee; the printed text is always kept as well.
    """
    return bool(BODY_WORDS.search(printed) or committee_kind(printed)) and not POST_WORDS.search(printed)


def makers_named(printed: str) -> list[str]:
    """The council bodies a printed decision maker names: "Governance Committee, County Council" (a committee's
    recommendation decided by the council) names two, as each part between commas names a body by a body
    word; "Planning, Design and Development Committee" is one body whose name holds a comma; a post, none."""
    parts = [part.strip() for part in printed.split(",")]
    if len(parts) > 1 and all(BODY_WORDS.search(part) and reads_as_committee(part) for part in parts):
        return parts
    return [printed] if reads_as_committee(printed) else []
