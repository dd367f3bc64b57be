"""Raw bytes → page text: decoding, HTML to text, sidecar source URLs, and choosing record files."""

from __future__ import annotations

from pathlib import Path

import pytest

from publisher.errors import RecordError
from publisher.sources import iter_record_files
from publisher.sources.page_text import decode, html_to_text, looks_like_html, page_text, source_url_for
from publisher.sources.text_rules import acting_body, strip_icon
from tests.conftest import RECORDS


def test_utf8_with_bom_and_crlf() -> None:
    assert decode("\ufeffIssue - meetings\r\nTitle’s\r\n".encode()) == "Issue - meetings\nTitle’s\n"


def test_invalid_utf8_is_refused_with_file_and_line() -> None:
    with pytest.raises(RecordError) as caught:
        decode(b"Issue - meetings\nCaf\xe9 \xff\n", "bad.txt")
    assert "bad.txt:2" in str(caught.value)
    assert "not valid UTF-8" in str(caught.value)


@pytest.mark.parametrize("data", [b"", b"  \n\n"])
def test_empty_file_is_refused(data: bytes) -> None:
    with pytest.raises(RecordError, match=r"empty\.txt: empty file"):
        decode(data, "empty.txt")


def test_binary_file_is_refused() -> None:
    with pytest.raises(RecordError, match=r"img\.txt: hostile or broken file: binary \(contains NUL bytes\)"):
        decode(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "img.txt")


def test_text_is_normalised() -> None:
    text = page_text("Line\u00a0one\u00a0 \n\u00a0\n·\u00a0\u00a0 Item   \n".encode())
    assert text == "Line one\n\n·   Item"


def test_html_is_detected_by_content() -> None:
    assert looks_like_html("<!DOCTYPE html><html><body>x</body></html>")
    assert looks_like_html("  <html lang='en'>")
    assert looks_like_html("<div>fragment</div><body>")
    assert not looks_like_html("Issue - meetings\n\nA <b> in text")
    assert looks_like_html('<div id="modgov"><div class="mgSubTitle" >\n<h2>A decision</h2></div>')  # a fragment
    assert not looks_like_html("<?xml version='1.0'?><getmeeting><meetingid>1</meetingid></getmeeting>")


def test_html_blocks_lists_tables_and_hidden_content() -> None:
    html = """<!DOCTYPE html><html><head><title>Page title</title><style>p {color: red}</style></head>
    <body><script>var x = "<p>not text</p>";</script><!-- a comment -->
    <h1>Heading</h1>
    <p>First&nbsp;&nbsp;paragraph
       spread over   lines.</p>
    <div>Block <b>bold</b> <i>inline</i><br>second line</div>
    <ul><li>one</li><li>two <a href="#">link</a></li></ul>
    <ol start="3"><li>three</li><li>four</li></ol>
    <table><tr><th>No.</th><th>Item</th></tr><tr><td>4</td><td>Title</td></tr></table>
    <p>&nbsp;</p>
    <p>Report <a href="x.pdf"><img src="i.gif" alt="pdf icon"> PDF 107 KB</a></p>
    <noscript>Enable JavaScript</noscript>
    </body></html>"""
    assert html_to_text(html) == (
        "Heading\n\n"
        "First  paragraph spread over lines.\n\n"
        "Block bold inline\nsecond line\n\n"
        "· one\n\n· two link\n\n"
        "3. three\n\n4. four\n\n"
        "No.\tItem\n\n4\tTitle\n\n"
        "Report pdf icon PDF 107 KB"
    )


def test_html_entities_are_not_fetched_or_expanded() -> None:
    html = ('<?xml version="1.0" encoding="utf-8"?><!DOCTYPE html [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
            "<html><body><p>A &x; B &amp; C</p></body></html>")
    text = html_to_text(html)
    assert "root:" not in text
    assert "B & C" in text


def test_html_without_readable_text_is_refused() -> None:
    with pytest.raises(RecordError, match=r"deep\.html: HTML page with no readable text"):
        page_text(("<html><body>" + "<div>" * 5000 + "x" + "</div>" * 5000 + "</body></html>").encode(),
                  "deep.html")


def test_source_url_from_sidecar() -> None:
    assert source_url_for(RECORDS / "stockport_issue_68785_ssp_priorities_cts.txt") == (
        "https://democracy.stockport.gov.uk/ieIssueDetails.aspx?IId=68785&Opt=3")


def test_source_url_sidecar_of_html_record_and_missing_sidecar(tmp_path: Path) -> None:
    (tmp_path / "page.html").write_text("<html></html>")
    sidecar = "Record: page.html\nSource URL:  https://example.org/a?IId=1 \n"
    (tmp_path / "page.source.txt").write_text(sidecar)
    assert source_url_for(tmp_path / "page.html") == "https://example.org/a?IId=1"
    assert source_url_for(tmp_path / "other.txt") is None


def test_iter_record_files_skips_files_that_are_not_records(tmp_path: Path) -> None:
    for name in ["b.txt", "b.source.txt", "a.html", "README.md", "notes.csv", "settings.toml",
                 "config.json", ".hidden.txt", "sub/c.xml", "sub/c.source.txt", ".git/d.txt"]:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x")
    explicit = tmp_path / "README.md"
    assert iter_record_files([tmp_path, explicit]) == [
        tmp_path / "a.html", tmp_path / "b.txt", tmp_path / "sub" / "c.xml", explicit]


def test_iter_record_files_on_the_samples_keeps_only_records() -> None:
    names = [path.name for path in iter_record_files([RECORDS])]
    assert "stockport_issue_68785_ssp_priorities_cts.txt" in names
    assert not [name for name in names if name.endswith((".source.txt", ".md"))]
    assert names == sorted(names)


def test_a_list_of_titles_punctuation_before_the_icon_is_no_part_of_the_title() -> None:
    """Carmarthenshire, carmarthenshire_meeting_1228: "5TH FEBRUARY, 2018; pdf icon PDF 244 KB" under item 5
    "MINUTES": the semicolon parts the titles of the list; a full stop stays, as printed ("14TH MAY, 2018.")."""
    assert strip_icon("5TH FEBRUARY, 2018; pdf icon PDF 244 KB")[0] == "5TH FEBRUARY, 2018"
    assert strip_icon("14TH MAY, 2018. pdf icon PDF 101 KB")[0] == "14TH MAY, 2018."


def test_the_adverb_of_a_resolved_marker_names_no_body() -> None:
    """records/carmarthenshire_meeting_1228.txt: "UNANIMOUSLY RESOLVED that …" beside "The Executive Board
    considered a report …": one body acts, the Executive Board (the page prints no heading naming it)."""
    assert acting_body("UNANIMOUSLY RESOLVED that the minutes of the meeting be signed as a correct record.") is None
    assert acting_body("The Executive Board considered a report on the formal establishment of the Swansea Bay City "
                       "Deal (SBCD) Joint Committee.") == "Executive Board"
