"""The takedown list: people whose direct phone and email are never published, whatever the policy says.

Someone may ask a council, or us, to stop publishing their contact details. The answer must hold for good, so
it lives in the data (``data/takedown.csv``, or a deployment's own ``./takedown.csv``), not in the store: the
ingest pipeline applies it to every record before mapping, so each re-ingest and every rebuild from the store
(dumps, search index, pages) goes without the details. A record already in the store loses them at its next
ingest: the list changes what the record maps to, so its content hash changes and its graph is replaced
(``publisher ingest`` the same folder again).

The file is CSV with a header line; ``#`` starts a comment line::

    name,council,requested,note
    Peter Owston,stockport,2026-01-05,asked by email
    Jane Example,,2026-02-01,

``name`` is the person's name as the records print it, without an honorific (compared ignoring case and
spacing); ``council`` is a council's slug, or empty for every council; ``requested`` (a date, YYYY-MM-DD)
and ``note`` are for whoever keeps the list, and are never published.
"""

from __future__ import annotations

import copy
import csv
import io
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from publisher.errors import PublisherError
from publisher.model import Contact, Record, parts
from publisher.package_data import DATA_DIR, takedown_file

TAKEDOWN_FILE = DATA_DIR / "takedown.csv"  # the packaged list (empty); a deployment's own is ./takedown.csv
COLUMNS = ("name", "council", "requested", "note")


@dataclass(frozen=True)
class Entry:
    name: str
    council: str | None  # None: every council
    requested: date | None = None


def name_key(name: str) -> str:
    """How two printings of one name are compared: case and spacing ignored."""
    return " ".join(name.split()).casefold()


@dataclass(frozen=True)
class Takedown:
    entries: tuple[Entry, ...] = ()

    @classmethod
    def load(cls, path: Path | None = None) -> Takedown:
        """Read the list (default: :func:`takedown_file`, looked up at each call); a missing file is an empty
        list. A bad line is an error naming the file and line."""
        path = takedown_file() if path is None else path
        if not path.exists():
            return cls()
        try:
            text = path.read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as err:
            raise PublisherError(f"{path}: cannot read the takedown list: {err}") from err
        return cls(tuple(_entries(text, path)))

    def names_for(self, council: str) -> set[str]:
        return {name_key(e.name) for e in self.entries if e.council is None or e.council == council}

    def apply(self, record: Record, council: str) -> Record:
        """The record without the phone and email of anyone listed for ``council`` (a copy; the record
        given is left as it is)."""
        names = self.names_for(council)
        if not names:
            return record
        cleaned = copy.deepcopy(record)
        for contact in _contacts(cleaned):
            person = contact.person
            if person and {name_key(person.name), name_key(person.printed or "")} & names:
                contact.phone = contact.email = None
        return cleaned


def _entries(text: str, path: Path) -> Iterator[Entry]:
    lines = [(n, line) for n, line in enumerate(text.splitlines(), start=1)
             if line.strip() and not line.lstrip().startswith("#")]
    if not lines:
        return
    header_line, header = lines[0]
    columns = [c.strip().lower() for c in next(csv.reader([header]))]
    if columns[:1] != ["name"] or not set(columns) <= set(COLUMNS):
        raise PublisherError(f"{path}:{header_line}: the header must be {','.join(COLUMNS)} (name first), "
                             f"not {header.strip()!r}")
    for number, line in lines[1:]:
        row = dict(zip(columns, next(csv.reader(io.StringIO(line))), strict=False))
        name = (row.get("name") or "").strip()
        if not name:
            raise PublisherError(f"{path}:{number}: a takedown entry needs a name")
        requested = (row.get("requested") or "").strip()
        try:
            when = date.fromisoformat(requested) if requested else None
        except ValueError:
            raise PublisherError(f"{path}:{number}: requested must be a date (YYYY-MM-DD), not {requested!r}") \
                from None
        yield Entry(name, (row.get("council") or "").strip().lower() or None, when)


def _contacts(value: object) -> Iterator[Contact]:
    """Every Contact held anywhere in a record (items, meetings, issues, decisions …), each once."""
    return (part for part in parts(value) if isinstance(part, Contact))
