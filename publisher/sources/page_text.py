"""Raw record bytes → the page-text form every page reader works on.

Readers parse page text as a browser shows it (the form of the copies in ``samples/``): one block per
line, blank lines between blocks, list items prefixed with "· ", icons read as words ("pdf icon PDF
107 KB"). Saved HTML is turned into that same form here, so a page saved as HTML and one copied as text
read alike. Non-breaking spaces become plain spaces and trailing spaces are dropped, so readers never
have to care which copy they were given.
"""

from __future__ import annotations

import html
import re
from pathlib import Path
from urllib.parse import urlsplit

import lxml.html
from lxml import etree

from publisher.errors import RecordError

# Elements whose content starts and ends a block of text (a paragraph of the text form).
BLOCK_TAGS = frozenset({
    "address", "article", "aside", "blockquote", "caption", "dd", "details", "dialog", "div", "dl", "dt",
    "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
    "hr", "legend", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "tfoot",
    "thead", "tr", "ul",
})
# Elements a browser does not show as text.
HIDDEN_TAGS = frozenset({"script", "style", "noscript", "template", "head", "title", "meta", "link",
                         "iframe", "object", "svg", "canvas", "select", "option", "datalist"})
CELL_TAGS = frozenset({"td", "th"})
# ModernGov's class for text a browser does not show (", item 59." after a document's title). A table's header
# cells are the exception: the items table's hidden "No. | Item" header is what copies and converters keep
# of it, and what the readers know an items list by.
HIDDEN_CLASS = "mgHide"
# ModernGov's own part of a page. What follows it is the council site's footer (menus, copyright), which would
# otherwise run on as the last item's minutes: a page's text ends where this part does.
CONTENT_ID = "modgov"
LIST_BULLET = "· "

_HTML_START = re.compile(r"^\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--.*?-->\s*)*(?:<!doctype\s+html|<html)",
                         re.IGNORECASE | re.DOTALL)
_BODY_TAG = re.compile(r"<body[\s>]", re.IGNORECASE)
# A page's content saved without its document around it ('<div id="modgov">…', as scrapers keep ModernGov's
# part of a page): the elements it starts with are HTML's, never the root of a web-service response.
# A comment may come first (a saving tool's note of where the part came from), and the part's own head
# elements (<meta charset="utf-8">, a stylesheet link) before its first element of content.
_FRAGMENT_START = re.compile(
    r"^\s*(?:(?:<!--.*?-->|<(?:meta|link|base)\b[^>]*>)\s*)*"
    r"<(?:div|table|tbody|tr|td|th|caption|section|article|main|header|footer|nav|aside|form|fieldset|h[1-6]|p|ul|ol"
    r"|li|dl|blockquote|pre|address|center|font|span|a|strong|b|em|i|br|hr|img|style|script|title)[\s/>]",
    re.IGNORECASE | re.DOTALL)
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)
_COLLAPSIBLE = re.compile(r"[ \t\n\r\f]+")  # HTML white space; a non-breaking space is not collapsed
# Control characters XML 1.0 cannot carry (so no RDF/XML could publish them) and no browser shows: each
# becomes a space. Tab and line feed stay; NUL never gets here (a file holding one is refused as binary).
_INVISIBLE = re.compile("[\x01-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
MAX_LINE_CHARS = 100_000  # no paragraph of a council record is that long; a longer line is not a record
_LONG_LINE = re.compile(rf"^[^\n]{{{MAX_LINE_CHARS + 1}}}", re.MULTILINE)


def decode(data: bytes, path: Path | str | None = None) -> str:
    """Decode a record's bytes as UTF-8 (a BOM is tolerated); refuse empty, binary or non-UTF-8 files."""
    if not data.strip():
        raise RecordError("empty file: there is no record in it", path)
    if b"\x00" in data:
        raise RecordError("hostile or broken file: binary (contains NUL bytes), not a text record", path)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[:error.start].count(b"\n") + 1
        raise RecordError(f"not valid UTF-8 (byte {error.start} cannot be decoded); save the record as UTF-8",
                          path, line) from None
    return text.replace("\r\n", "\n").replace("\r", "\n")


def looks_like_html(text: str) -> bool:
    """True when the content is an HTML document (by its content, never by the file name)."""
    return bool(_HTML_START.match(text) or _BODY_TAG.search(text) or _FRAGMENT_START.match(text))


def normalise(text: str) -> str:
    """Non-breaking spaces and invisible control characters → spaces, trailing spaces stripped per line,
    surrounding blank lines removed."""
    text = text.replace("\u00a0", " ").replace("\u202f", " ")
    text = _INVISIBLE.sub(" ", text)
    return "\n".join(line.rstrip() for line in text.split("\n")).strip("\n")


class _TextBuilder:
    """Collects blocks of text; each block is a list of lines."""

    def __init__(self) -> None:
        self.blocks: list[str] = []
        self.line = ""
        self.lines: list[str] = []
        self.ended = False  # ModernGov's part of the page is over: nothing after it is the record's

    def add(self, text: str) -> None:
        if self.line.endswith(" ") and text.startswith(" "):
            text = text.lstrip(" ")
        self.line += text

    def new_line(self) -> None:
        self.lines.append(self.line.strip(" "))
        self.line = ""

    def end_block(self) -> None:
        if self.line.strip(" "):
            self.new_line()
        self.line = ""
        block = "\n".join(self.lines).strip("\n")
        if block.strip():
            self.blocks.append(block)
        self.lines = []

    def text(self) -> str:
        self.end_block()
        return "\n\n".join(self.blocks)


def _walk(element: etree._Element, out: _TextBuilder, pre: bool = False) -> None:
    """Render one element like a browser's text copy, then its tail."""
    if out.ended:
        return
    tag = element.tag.lower() if isinstance(element.tag, str) else None
    if tag is None or tag in HIDDEN_TAGS or (tag != "th" and HIDDEN_CLASS in element.get("class", "").split()):
        # comments, processing instructions, invisible elements
        _add_text(element.tail, out, pre)
        return
    block = tag in BLOCK_TAGS
    if block:
        out.end_block()
    if tag == "li":
        out.add(_list_marker(element))
    elif tag in CELL_TAGS and out.line.strip(" "):
        out.add("\t")
    elif tag == "br":
        out.new_line()
    elif tag == "img" and element.get("alt", "").strip():
        out.add(f" {element.get('alt').strip()} ")
    inner_pre = pre or tag == "pre"
    _add_text(element.text, out, inner_pre)
    for child in element:
        _walk(child, out, inner_pre)
    if block:
        out.end_block()
    if element.get("id") == CONTENT_ID:
        out.ended = True
        return
    _add_text(element.tail, out, pre)


def _list_marker(item: etree._Element) -> str:
    """ "· " for a bulleted item; "3. " for the third item of a numbered list (what a browser shows)."""
    parent = item.getparent()
    if parent is None or not isinstance(parent.tag, str) or parent.tag.lower() != "ol":
        return LIST_BULLET
    try:
        start = int(parent.get("start", "1"))
    except ValueError:
        start = 1
    siblings = [child for child in parent if isinstance(child.tag, str) and child.tag.lower() == "li"]
    return f"{start + siblings.index(item)}. "


def _add_text(text: str | None, out: _TextBuilder, pre: bool) -> None:
    if not text:
        return
    if not pre:
        out.add(_COLLAPSIBLE.sub(" ", text))
        return
    first, *rest = text.split("\n")
    out.add(first)
    for part in rest:
        out.new_line()
        out.add(part)


def html_to_text(html: str) -> str:
    """Turn an HTML page into the page-text form (block structure kept, scripts and styles dropped).

    The parser resolves no external entities and fetches nothing (``no_network``); comments are removed.
    """
    parser = lxml.html.HTMLParser(no_network=True, remove_comments=True)
    document = lxml.html.document_fromstring(_XML_DECLARATION.sub("", html, count=1), parser=parser)
    body = document.find("body")
    out = _TextBuilder()
    _walk(body if body is not None else document, out)
    return normalise(out.text())


def page_text(data: bytes, path: Path | str | None = None) -> str:
    """Bytes of a text or HTML record → normalised page text."""
    text = decode(data, path)
    if looks_like_html(text):
        try:
            text = html_to_text(text)
        except (etree.ParserError, ValueError) as error:
            raise RecordError(f"HTML that cannot be read: {error}", path) from None
        if not text.strip():
            raise RecordError("HTML page with no readable text (empty, or nested too deeply to parse)", path)
    return normalise(text)


def check_line_lengths(text: str, path: Path | str | None = None) -> None:
    """Refuse page text with a line over :data:`MAX_LINE_CHARS`: a 10 MB "paragraph" is a broken or hostile
    file, and every reader's patterns would scan it. (Web-service XML is often one long line, so it is not
    checked here: its parser caps a text node at 10 MB, and the file size cap holds.)"""
    long_line = _LONG_LINE.search(text)
    if long_line:
        number = text.count("\n", 0, long_line.start()) + 1
        end = text.find("\n", long_line.start())
        length = (len(text) if end < 0 else end) - long_line.start()
        raise RecordError(f"hostile or broken file: a line of {length} characters; no line of a council record is over "
                          f"{MAX_LINE_CHARS} (a broken or hostile file?)", path, number)


def sidecar_path(path: Path) -> Path:
    """``NAME.source.txt`` beside ``NAME.txt`` / ``NAME.html`` / ``NAME.xml``."""
    return path.with_name(f"{path.stem}.source.txt")


def sidecar_value(path: Path, label: str) -> str | None:
    """A ``Label: value`` line of the record's sidecar file ("Source URL", "Council"), or None."""
    sidecar = sidecar_path(Path(path))
    if not sidecar.is_file():
        return None
    text = sidecar.read_bytes().decode("utf-8-sig", errors="replace")
    for line in text.splitlines():
        name, sep, value = line.partition(":")
        if sep and name.strip().lower() == label.lower() and value.strip():
            return value.strip()
    return None


def source_url_for(path: Path) -> str | None:
    """The record's address from its sidecar file: its "Source URL:" line, else a "Source:" line that holds an
    http(s) URL (people write either; a "Source:" that says where a copy was found is not an address)."""
    if stated := sidecar_value(path, "source url"):
        return stated
    stated = sidecar_value(path, "source")
    return stated if stated and stated.lower().startswith(("http://", "https://")) else None


# Where a saved HTML page states its own address: the comment a browser writes when it saves a page ("Mark of
# the Web"), the canonical link, the Open Graph URL. Page text, as copied, states none (data/records/).
_SAVED_FROM = re.compile(rb"<!--\s*saved from url=\(\d+\)\s*(\S+?)\s*-->", re.IGNORECASE)
_HEAD_TAG = re.compile(rb"<(?:link|meta)\b[^>]*>", re.IGNORECASE)
_ATTRIBUTE = re.compile(rb"""([\w:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""")
_MODERNGOV_PAGE = re.compile(r"/(?:ie|mg)\w+\.aspx$", re.IGNORECASE)
HEAD_BYTES = 64 << 10  # the address is in the head: the first 64 KiB are searched


def page_address(data: bytes) -> str | None:
    """The ModernGov address a saved HTML page states of itself, whose query holds the page's own ids
    (``ieIssueDetails.aspx?IId=68785``): a record's source identity when it came without a sidecar."""
    head = data[:HEAD_BYTES]
    stated = [m[1] for m in _SAVED_FROM.finditer(head)]
    for tag in _HEAD_TAG.finditer(head):
        attributes = {m[1].lower(): (m[2] or m[3] or m[4] or b"") for m in _ATTRIBUTE.finditer(tag[0])}
        if attributes.get(b"rel", b"").lower() == b"canonical" or attributes.get(b"property") == b"og:url":
            stated.append(attributes.get(b"href") or attributes.get(b"content") or b"")
    for value in stated:
        url = html.unescape(value.decode("utf-8", errors="replace")).strip()
        parts = urlsplit(url)
        if parts.scheme in ("http", "https") and parts.hostname and parts.query and \
                _MODERNGOV_PAGE.search(parts.path):
            return url
    return None
