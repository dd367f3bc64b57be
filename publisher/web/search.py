"""Full-text search over agenda items (title, purpose, recommendations, minutes, comments), decisions and
issues, with SQLite FTS5: bm25 ranking, stemming (``burglaries`` finds ``burglary``), highlighted snippets.

The index is a file per data version, ``{work_dir}/search/{version}.sqlite``, built from the store when the
data changes. On disk rather than in memory because minutes text grows with every meeting a council
publishes and need not sit in the server's memory, because a restart on unchanged data reuses the file, and
because each request opens its own read-only connection (no connection shared across threads). A new
version is written to a temporary file and renamed into place, so readers never see half an index.
"""

from __future__ import annotations

import html
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from publisher.web.labels import select, value
from publisher.web.site import Site

MARK_START, MARK_END = "\x02", "\x03"  # FTS5 snippet markers, replaced by <mark> after HTML escaping

# What is indexed: (type shown, class, how to reach the meeting, the properties whose text is searched).
INDEXED = (
    ("agenda item", "cl:AgendaItem", "?x cl:meeting ?m",
     "dct:title|cl:purpose|cl:recommendation|cl:minutes|cl:commentRaised"),
    ("decision", "cl:Decision", "?x cl:madeAt/cl:meeting ?m", "prov:value"),
    ("issue", "cl:Issue", None, "dct:title"),
)

SCHEMA = """
CREATE VIRTUAL TABLE doc USING fts5(label, body, tokenize = 'porter unicode61 remove_diacritics 2');
CREATE TABLE hit (id INTEGER PRIMARY KEY, iri TEXT, type TEXT, label TEXT, meeting TEXT, meeting_label TEXT,
                  date TEXT, committee TEXT, committee_label TEXT);
"""


@dataclass
class Hit:
    iri: str
    type: str
    label: str
    snippet: str  # HTML: the text escaped, the matched words in <mark>
    score: float  # higher is better (minus FTS5's bm25)
    meeting: dict[str, str] | None
    committee: dict[str, str] | None

    def as_json(self) -> dict[str, Any]:
        return {"iri": self.iri, "type": self.type, "label": self.label, "snippet": self.snippet,
                "score": self.score, "meeting": self.meeting, "committee": self.committee}


@dataclass
class Results:
    query: str
    total: int
    page: int
    size: int
    hits: list[Hit]

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // self.size))

    def as_json(self) -> dict[str, Any]:
        return {"query": self.query, "total": self.total, "page": self.page, "page_size": self.size,
                "results": [hit.as_json() for hit in self.hits]}


class SearchIndex:
    """The index of one site; ``rebuild`` after the data changes, ``search`` from any thread."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.path: Path | None = None

    def rebuild(self, site: Site) -> None:
        """Make the index of the site's current version (reused when already built), drop older ones."""
        self.folder.mkdir(parents=True, exist_ok=True)
        path = self.folder / f"{site.version}.sqlite"
        if not path.exists():
            building = path.with_suffix(".building")
            building.unlink(missing_ok=True)
            with sqlite3.connect(building) as db:
                db.executescript(SCHEMA)
                for n, row in enumerate(_entries(site), 1):
                    db.execute("INSERT INTO doc (rowid, label, body) VALUES (?, ?, ?)", (n, row[2], row[-1]))
                    db.execute("INSERT INTO hit VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", (n, *row[:-1]))
                db.execute("INSERT INTO doc (doc) VALUES ('optimize')")
            db.close()
            building.replace(path)
        self.path = path
        for old in self.folder.glob("*.sqlite"):
            if old != path:
                old.unlink(missing_ok=True)

    def search(self, text: str, page: int = 1, size: int = 20) -> Results:
        """Hits for ``text`` in FTS5 syntax (phrases, OR, prefix*); text that is not valid FTS5 syntax is
        searched as plain words instead."""
        text = text.strip()
        if not text or self.path is None:
            return Results(text, 0, 1, size, [])
        db = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True)
        try:
            for match in (text, plain_words(text)):
                if not match:
                    break
                try:
                    return self._run(db, text, match, page, size)
                except sqlite3.OperationalError:
                    continue
            return Results(text, 0, 1, size, [])
        finally:
            db.close()

    def _run(self, db: sqlite3.Connection, text: str, match: str, page: int, size: int) -> Results:
        total = db.execute("SELECT count(*) FROM doc WHERE doc MATCH ?", (match,)).fetchone()[0]
        page = min(max(1, page), max(1, -(-total // size)))
        rows = db.execute(
            f"SELECT h.iri, h.type, h.label, h.meeting, h.meeting_label, h.date, h.committee, h.committee_label, "
            f"bm25(doc, 5.0, 1.0) AS rank, snippet(doc, -1, '{MARK_START}', '{MARK_END}', '…', 24) "
            f"FROM doc JOIN hit h ON h.id = doc.rowid WHERE doc MATCH ? ORDER BY rank, h.iri LIMIT ? OFFSET ?",
            (match, size, (page - 1) * size)).fetchall()
        return Results(text, total, page, size, [_hit(row) for row in rows])


def plain_words(text: str) -> str:
    """The words of ``text`` as an FTS5 query that cannot be a syntax error: each word quoted, all required."""
    return " ".join(f'"{word}"' for word in re.findall(r"\w+", text))


def highlight(snippet: str) -> str:
    return html.escape(snippet).replace(MARK_START, "<mark>").replace(MARK_END, "</mark>")


def _hit(row: tuple) -> Hit:
    iri, kind, label, meeting, meeting_label, date, committee, committee_label, rank, snippet = row
    return Hit(iri, kind, label, highlight(snippet), round(-rank, 4),
               {"iri": meeting, "label": meeting_label, "date": date} if meeting else None,
               {"iri": committee, "label": committee_label} if committee else None)


def _entries(site: Site) -> list[tuple]:
    """(iri, type, label, meeting, meeting label, date, committee, committee label, searched text) rows."""
    entries = []
    for kind, cls, to_meeting, props in INDEXED:
        meeting = (f"""OPTIONAL {{ {to_meeting} OPTIONAL {{ ?m rdfs:label ?ml }}
            OPTIONAL {{ ?m schema:startDate ?date }}
            OPTIONAL {{ ?m besluit:isGehoudenDoor ?c OPTIONAL {{ ?c skos:prefLabel ?cl }} }}
            }}""" if to_meeting else "")
        about = {row["x"].value: row for row in select(site, f"""SELECT ?x ?label ?m ?ml ?date ?c ?cl WHERE {{
            ?x a {cls} OPTIONAL {{ ?x rdfs:label ?label }} {meeting} }}""")}
        texts = select(site, f"""SELECT ?x (GROUP_CONCAT(?t; separator="\\u001f") AS ?body) WHERE {{
            ?x a {cls} ; {props} ?t }} GROUP BY ?x""")
        for row in texts:
            info = about.get(row["x"].value)
            if info is None:
                continue
            date = value(info["date"])
            entries.append((row["x"].value, kind, value(info["label"]) or "", value(info["m"]), value(info["ml"]),
                            date[:10] if date else None, value(info["c"]), value(info["cl"]),
                            _body(row["body"].value.split("\x1f"))))
    return entries


def _body(texts: list[str]) -> str:
    """The texts of one resource, without those already contained in a longer one (minutes repeat the
    comments raised), so repetition does not inflate the ranking."""
    unique = sorted(set(texts), key=len, reverse=True)
    kept: list[str] = []
    for text in unique:
        if not any(text in longer for longer in kept):
            kept.append(text)
    return "\n\n".join(kept)
