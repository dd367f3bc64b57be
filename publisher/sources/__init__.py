"""Source readers: one per page type or response format, chosen from the record's content.

The file name never decides how a record is read (councils and people name files anyway they like); the
content does, helped by the source URL from the record's ``NAME.source.txt`` sidecar where there is one.
New readers are appended to :data:`READERS`.
"""

from __future__ import annotations

import glob
from collections.abc import Callable
from pathlib import Path

from publisher.errors import RecordError
from publisher.model import Record
from publisher.sources.agenda_item_page import looks_like_agenda_item_page, read_agenda_item_page
from publisher.sources.attendance_page import looks_like_attendance_page, read_attendance_page
from publisher.sources.decision_list_page import looks_like_decision_list_page, read_decision_list_page
from publisher.sources.decision_page import looks_like_decision_page, read_decision_page
from publisher.sources.issue_decisions_page import looks_like_issue_decisions_page, read_issue_decisions_page
from publisher.sources.issue_history_page import looks_like_issue_history_page, read_issue_history_page
from publisher.sources.issue_page import looks_like_issue_page, read_issue_page
from publisher.sources.meeting_page import looks_like_meeting_page, read_meeting_page
from publisher.sources.page_html import add_page_structure
from publisher.sources.page_text import (
    check_line_lengths,
    decode,
    looks_like_html,
    page_address,
    page_text,
    sidecar_path,
    sidecar_value,
    source_url_for,
)
from publisher.sources.prose_people import (
    add_people_in_prose,
    one_person_per_surname,
    one_post_each,
    one_spelling_each,
    one_title_each,
)
from publisher.sources.recorded_votes import looks_like_recorded_votes_page, read_recorded_votes_page
from publisher.sources.source_ids import source_ids
from publisher.sources.webservice import looks_like_webservice, read_webservice

# detect(text, source_url) -> bool; read(text, source_url, path) -> Record. The first detector that
# accepts the content reads it, so list the more specific page types first.
Detector = Callable[[str, str | None], bool]
Reader = Callable[[str, str | None, Path | None], Record]

READERS: list[tuple[Detector, Reader]] = [
    (looks_like_webservice, read_webservice),  # XML by its root element: before any page reader
    (lambda text, url: looks_like_issue_page(text), read_issue_page),
    (looks_like_issue_decisions_page, read_issue_decisions_page),
    (looks_like_issue_history_page, read_issue_history_page),
    (looks_like_recorded_votes_page, read_recorded_votes_page),
    (lambda text, url: looks_like_agenda_item_page(text), read_agenda_item_page),
    (lambda text, url: looks_like_meeting_page(text), read_meeting_page),
    (looks_like_decision_list_page, read_decision_list_page),  # its entries print a decision page's labels
    (looks_like_decision_page, read_decision_page),  # also by its labels alone: after the headed pages
    (looks_like_attendance_page, read_attendance_page),
]

# Readers by the page type a ModernGov page name stands for (publisher/sources/source_ids.py).
ADDRESS_READERS: dict[str, tuple[Detector, Reader]] = {
    "meeting": READERS[6], "attendance": READERS[9], "agenda-item": READERS[5], "recorded-votes": READERS[4],
    "issue-history": READERS[3],
    "issue-decisions": READERS[2], "issue": READERS[1], "decision-list": READERS[7], "decision": READERS[8],
}

# Files that sit beside records but are not records: sidecars, notes, settings, tables.
NOT_RECORD_SUFFIXES = (".source.txt", ".md", ".csv", ".toml", ".json")


# The largest record file read. ModernGov pages and web-service responses are tens to hundreds of KB; a
# bigger file is refused before it is read, so a hostile one costs no memory.
MAX_RECORD_BYTES = 8 << 20


def read_record(path: Path) -> Record:
    """Read one record file (page text or saved HTML) with the reader its content calls for; HTML is read as
    page text, then by its structure where that states more (:mod:`publisher.sources.page_html`).

    The record's key follows one rule: the ModernGov ids of its source URL (the sidecar's, else the address
    a saved HTML page states of itself), else the ids printed in the record (the web service's XML), else,
    as a last resort, names and dates (``Record.named_key``). Each reader applies it to its page type's ids.
    """
    path = Path(path)
    if path.name.lower().endswith(".source.txt"):
        raise RecordError(_sidecar_given(path), path)
    data = _read_capped(path)
    text = page_text(data, path)
    if not text.lstrip().startswith("<"):  # page text (saved HTML is page text by now), not XML
        check_line_lengths(text, path)
    source_url = source_url_for(path) or page_address(data)
    read = reader_for(text, source_url)
    if read is None:
        first_line = next((line.strip() for line in text.splitlines() if line.strip()), "")
        raise RecordError(f"not a council record: not a record type this publisher reads ({first_line[:80]}): "
                          "it reads ModernGov pages (text or HTML) and ModernGov web-service XML, not RDF nor "
                          "JSON-LD", path)
    record = read(text, source_url, path)
    if looks_like_html(raw := decode(data, path)):  # saved HTML: what only its structure states, added
        add_page_structure(record, raw)
    if not text.lstrip().startswith("<"):  # prose is page text; web-service XML states its people in fields
        add_people_in_prose(record, text)
    one_spelling_each(record)
    one_title_each(record)
    one_person_per_surname(record)
    one_post_each(record)
    record.council = sidecar_value(path, "council")
    return record


def reader_for(text: str, source_url: str | None) -> Reader | None:
    """The reader for a record: the one its source URL's ModernGov page name calls for when the content agrees
    (a strong signal for a plainly ModernGov page), else the first whose detector accepts the content, else the
    URL's reader again, which reads as far as the page allows (a vote table without its heading). Without a
    URL the content alone decides."""
    by_address = ADDRESS_READERS.get(source_ids(source_url).page_type or "")
    is_xml = text.lstrip().startswith("<")
    if by_address is not None and not is_xml and by_address[0](text, source_url):
        return by_address[1]
    for detect, read in READERS:
        if detect(text, source_url):
            return read
    return by_address[1] if by_address is not None and not is_xml else None


def _sidecar_given(sidecar: Path) -> str:
    """What to say when a sidecar is passed as a record: the mistake is common, and the record is beside it."""
    stem = sidecar.name[: -len(".source.txt")]
    beside = sorted(p.name for p in sidecar.parent.glob(f"{glob.escape(stem)}.*") if is_record_file(p))
    record = f"pass {sidecar.with_name(beside[0])} itself" if beside else f"pass the record {stem}.* itself"
    return f"this is a sidecar (it names where a record came from), not a record: {record}"


def _read_capped(path: Path) -> bytes:
    """The file's bytes; a file over :data:`MAX_RECORD_BYTES` is refused by its size, unread (a pipe or a
    device that gives no size is read only up to the cap, and refused past it)."""
    chunks: list[bytes] = []
    try:
        size = path.stat().st_size
        if size <= MAX_RECORD_BYTES:
            with path.open("rb") as file:
                size = 0
                while size <= MAX_RECORD_BYTES and (chunk := file.read(1 << 16)):
                    chunks.append(chunk)
                    size += len(chunk)
    except OSError as error:
        raise RecordError(f"cannot read the file: {error.strerror or error}", path) from None
    if size > MAX_RECORD_BYTES:
        raise RecordError(f"hostile or broken file: {size} bytes; a record file may be at most {MAX_RECORD_BYTES} "
                          f"bytes (ModernGov pages and responses are far smaller)", path)
    return b"".join(chunks)


def is_record_file(path: Path) -> bool:
    """False for files that accompany records by their role (sidecars, notes, settings) and hidden files. A
    Markdown file with a sidecar of its own is a record (a page as a converter renders it), not a note."""
    name = path.name.lower()
    if name.startswith("."):
        return False
    if name.endswith(".md"):
        return sidecar_path(path).is_file()
    return not name.endswith(NOT_RECORD_SUFFIXES)


def iter_record_files(paths: list[Path]) -> list[Path]:
    """Expand folders recursively (sorted) into record files; a file named explicitly is always kept."""
    found: list[Path] = []
    for path in map(Path, paths):
        if not path.is_dir():
            found.append(path)
            continue
        for candidate in sorted(path.rglob("*")):
            relative = candidate.relative_to(path).parts
            if candidate.is_file() and not any(part.startswith(".") for part in relative) \
                    and is_record_file(candidate):
                found.append(candidate)
    return found
