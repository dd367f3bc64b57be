"""Issue 14, part 3 and the refusals of part 1: a ModernGov page is read as far as it can be.

A page lacking its own meeting, item or issue context takes it from the ids of its source URL; what is not
read is a Warning naming the part; a record is refused only when it is not a council record, is hostile, or
gives nothing to key it on, and the refusal says which. The inputs are real pages from the corpus branches,
copied into tests/fixtures/context/ with their sidecars (two with one line changed, as their sidecars say).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from publisher.errors import RecordError
from publisher.ingest import Outcome, Pipeline
from publisher.settings import load_settings
from publisher.sources import iter_record_files, read_record
from publisher.sources.source_ids import SourceIds, source_ids
from publisher.store import open_store
from tests import paths

FIXTURES = paths.TESTS / "fixtures" / "context"
BASE = "http://127.0.0.1:8000"


@pytest.fixture(scope="module")
def outcomes(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Outcome, set[str]]]:
    """Each fixture ingested into one store: its outcome and the meetings, items and issues its graph holds."""
    store = open_store(tmp_path_factory.mktemp("context") / "store")
    pipeline = Pipeline(store, load_settings())
    found: dict[str, tuple[Outcome, set[str]]] = {}
    for path in sorted(FIXTURES.glob("*.txt")):
        if path.name.endswith(".source.txt"):
            continue
        outcome = pipeline.ingest_file(path)
        things = {str(row[0]).strip("<>") for row in store.query(
            f"SELECT DISTINCT ?s WHERE {{ GRAPH <{outcome.graph}> {{ ?s a ?t FILTER(?t IN ("
            "<https://w3id.org/council-lod/def#Meeting>, <https://w3id.org/council-lod/def#AgendaItem>, "
            "<https://w3id.org/council-lod/def#Issue>)) } }")} if outcome.status == "landed" else set()
        found[path.stem] = outcome, things
    yield found
    store.close()


def notes(outcome: Outcome) -> list[str]:
    """The reader's Warnings: those about the record graph itself, not a resource in it."""
    return [w.message for w in outcome.warnings if w.focus == outcome.graph]


# --- the ids of a source URL --------------------------------------------------------------------------


@pytest.mark.parametrize(("url", "expected"), [
    ("https://x.gov.uk/ieListDocuments.aspx?CId=162&MId=11292&Ver=4",
     SourceIds(page="ielistdocuments", meeting="11292", committee="162")),
    ("https://x.gov.uk/CeListDocuments.aspx?CommitteeId=318&MeetingId=599&DF=23%2f05%2f2016&Ver=2",
     SourceIds(page="celistdocuments", meeting="599", committee="318")),
    ("https://x.gov.uk/ieListDocuments.aspx?CId=168&MeetingId=3752", SourceIds(page="ielistdocuments",
                                                                               meeting="3752", committee="168")),
    ("https://x.gov.uk/mgListRecordedVotesShort.aspx?AIID=48409&MID=4966",
     SourceIds(page="mglistrecordedvotesshort", meeting="4966", item="48409")),
    ("https://x.gov.uk/mgAi.aspx?ID=11157", SourceIds(page="mgai", item="11157")),
    ("https://democracy.merton.gov.uk/ieagenda.aspx?M=3629", SourceIds(page="ieagenda", meeting="3629")),
    ("https://x.gov.uk/ieDecisionDetails.aspx?ID=3619", SourceIds(page="iedecisiondetails", decision="3619")),
    ("https://x.gov.uk/mgDecisionDetails.aspx?iid=14798&Opt=1", SourceIds(page="mgdecisiondetails", issue="14798")),
    ("https://x.gov.uk/mgListRecordedVotes.aspx?UID=176&DS=1", SourceIds(page="mglistrecordedvotes", person="176")),
    ("http://www.richmond.gov.uk/calendar_of_meetings?mgl=ieListDocuments.aspx&CId=163&MId=2995",
     SourceIds(page="ielistdocuments", meeting="2995", committee="163")),
    ("http://democracy.leeds.gov.uk/ieListDocuments.asp?CId=111&MId=3224&Ver=4",
     SourceIds(page="ielistdocuments", meeting="3224", committee="111")),
    (None, SourceIds()),
])
def test_source_url_ids_in_every_spelling(url: str | None, expected: SourceIds) -> None:
    assert source_ids(url) == expected


def test_page_name_stands_for_its_page_type() -> None:
    assert source_ids("https://x.gov.uk/CeListDocuments.aspx?MeetingId=1").page_type == "meeting"
    assert source_ids("https://x.gov.uk/mgListRecordedVotesShort.aspx?MID=1").page_type == "recorded-votes"
    assert source_ids("https://example.org/minutes.html?MId=1").page_type is None
    assert source_ids("https://example.org/minutes?doc=notes.aspx&MId=1").page_type is None


# --- the reported cases land --------------------------------------------------------------------------


def test_newer_heading_form_above_agenda_and_minutes(outcomes) -> None:
    """"Agenda for Council on Wednesday, 3rd March, 2021, 7.00 pm" names the meeting (was: heading missing)."""
    outcome, things = outcomes["cheltenham_meeting_3216_newer_heading"]
    assert outcome.status == "landed", outcome.message
    assert outcome.graph == f"{BASE}/graph/cheltenham/meeting/3216"
    assert f"{BASE}/id/cheltenham/meeting/2021-03-03-council" in things
    assert f"{BASE}/id/cheltenham/agenda-item/2021-03-03-council-item-1" in things
    record = read_record(FIXTURES / "cheltenham_meeting_3216_newer_heading.txt")
    assert record.meetings[0].start.isoformat() == "2021-03-03T19:00:00+00:00" and not record.warnings


def test_older_celistdocuments_layout(outcomes) -> None:
    """'Meeting documents' / committee / date, label and value lines, "1. TITLE" items (was: not a record type)."""
    outcome, things = outcomes["croydon_meeting_599"]
    assert outcome.status == "landed", outcome.message
    meeting = f"{BASE}/id/croydon/meeting/2016-05-23-extraordinary-meeting-of-the-council"
    assert outcome.graph == f"{BASE}/graph/croydon/meeting/599"
    assert things == {meeting, *(f"{meeting.replace('/meeting/', '/agenda-item/')}-item-{n}" for n in range(1, 5))}
    record = read_record(FIXTURES / "croydon_meeting_599.txt")
    meeting_read = record.meetings[0]
    assert meeting_read.start.isoformat() == "2016-05-23T17:00:00+01:00"
    assert meeting_read.venue == "The Council Chamber, Town Hall, Katharine Street, Croydon. CR0 1NX"
    assert meeting_read.committee.source_id == "318"
    assert [(i.number, i.title) for i in meeting_read.items] == [
        ("1", "APOLOGIES FOR ABSENCE"), ("2", "DISCLOSURES OF INTEREST"),
        ("3", "MATTER FOR CONSIDERATION BY THE COUNCIL"), ("4", "Camera Resolution")]
    assert "Issue Date" not in (meeting_read.items[-1].purpose or "")


def test_meeting_page_printing_no_date_is_keyed_on_its_mid(outcomes) -> None:
    outcome, things = outcomes["brent_meeting_3980"]
    assert outcome.status == "landed", outcome.message
    assert f"{BASE}/id/brent/meeting/3980" in things
    assert notes(outcome) == ["meeting heading not read (the page prints no committee and date): the meeting is "
                              "known by its ModernGov id MId=3980"]


def test_vote_table_without_its_meeting_takes_item_and_meeting_from_the_url(outcomes) -> None:
    """mgListRecordedVotesShort.aspx?AIID=48409&MID=4966, copied from 'Motion status:' on (was: refused)."""
    outcome, things = outcomes["hillingdon_recordedvotes_48409"]
    assert outcome.status == "landed", outcome.message
    assert things == {f"{BASE}/id/hillingdon/meeting/4966", f"{BASE}/id/hillingdon/agenda-item/48409"}
    assert notes(outcome) == ["meeting heading not read (none is printed before line 1): the votes are of the "
                              "meeting its address names, MID=4966"]
    vote = read_record(FIXTURES / "hillingdon_recordedvotes_48409.txt").meetings[0].items[0].votes[0]
    assert (vote.outcome, vote.votes_for, vote.votes_against, vote.abstentions, len(vote.casts)) == (
        "lost", 14, 23, 3, 40)


def test_agenda_item_page_holding_only_apologies(outcomes) -> None:
    outcome, things = outcomes["city-of-london_agendaitem_11157_no_heading"]
    assert outcome.status == "landed", outcome.message
    # the apologies are kept at the one meeting the address names, the meeting of agenda item 11157
    assert things == {f"{BASE}/id/city-of-london/agenda-item/11157", f"{BASE}/id/city-of-london/meeting/of-item-11157"}
    assert notes(outcome) == []
    [meeting] = read_record(FIXTURES / "city-of-london_agendaitem_11157_no_heading.txt").meetings
    assert len(meeting.attendances) == 11
    [item] = meeting.items
    assert item.title == "Apologies" and item.minutes.startswith("Apologies were received from Michael Hudson")


def test_issue_decisions_copy_without_its_heading(outcomes) -> None:
    """Decision text and who proposed and seconded, under no heading, for the IId of its address."""
    outcome, things = outcomes["mid-devon_issuedecisions_14798"]
    assert outcome.status == "landed", outcome.message
    assert things == {f"{BASE}/id/mid-devon/issue/14798"}
    assert notes(outcome) == [
        "issue title not read (the copy has no 'Issue - decisions' heading): the issue is known by its ModernGov "
        "id IId=14798",
        "decision heading not read (no '<date> - <title>' line before line 7): lines 1-7 are read as one undated "
        "decision"]
    [decision] = read_record(FIXTURES / "mid-devon_issuedecisions_14798.txt").decisions
    assert ("moved", "R B Evans") in [(p.kind, p.person.name) for p in decision.participations]
    # the minute's narrative ("The Cabinet had before it …") comes before "RESOLVED that:" and is not the text
    assert decision.text.startswith("2. Delegated authority be granted to the S151 Officer") and decision.date is None


# --- refusals say which case they are -----------------------------------------------------------------


def _copy(tmp_path: Path, name: str, text: str, url: str | None) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    if url:
        (tmp_path / f"{path.stem}.source.txt").write_text(f"Source URL: {url}\n", encoding="utf-8")
    return path


def test_not_a_council_record(tmp_path: Path) -> None:
    path = _copy(tmp_path, "letter.txt", "Dear resident, the bins will be collected on Tuesday.\n", None)
    with pytest.raises(RecordError, match="not a council record: "):
        read_record(path)


def test_a_meeting_page_with_nothing_to_key_it_on(tmp_path: Path) -> None:
    """No heading names the meeting and the address holds no MId: nothing to key it on."""
    text = (FIXTURES / "brent_meeting_3980.txt").read_text(encoding="utf-8")
    path = _copy(tmp_path, "meeting.txt", text, "https://democracy.brent.gov.uk/ieListDocuments.aspx?CId=551")
    with pytest.raises(RecordError, match="nothing to key the meeting on"):
        read_record(path)


def test_a_vote_table_with_nothing_to_key_it_on(tmp_path: Path) -> None:
    text = (FIXTURES / "hillingdon_recordedvotes_48409.txt").read_text(encoding="utf-8")
    path = _copy(tmp_path, "votes.txt", text, "https://modgov.hillingdon.gov.uk/mgListRecordedVotesShort.aspx")
    with pytest.raises(RecordError, match="nothing to key the vote on"):
        read_record(path)


def test_a_vote_table_without_any_address_is_not_read_as_one(tmp_path: Path) -> None:
    """Without its URL the content alone decides, and a bare table of names is no council record."""
    text = (FIXTURES / "hillingdon_recordedvotes_48409.txt").read_text(encoding="utf-8")
    with pytest.raises(RecordError, match="not a council record: "):
        read_record(_copy(tmp_path, "votes.txt", text, None))


def test_hostile_file_is_refused_as_hostile(tmp_path: Path) -> None:
    path = tmp_path / "long.txt"
    path.write_text("Agenda and minutes\n" + "x" * 100_001 + "\n", encoding="utf-8")
    with pytest.raises(RecordError, match=": hostile or broken file: a line of 100001 characters"):
        read_record(path)


def test_sidecar_is_copied_beside_each_fixture() -> None:
    for record in FIXTURES.glob("*.txt"):
        if not record.name.endswith(".source.txt"):
            sidecar = record.with_name(f"{record.stem}.source.txt").read_text(encoding="utf-8")
            assert "Source URL: http" in sidecar and "Licence:" in sidecar and "Copied:" in sidecar



def test_issue_details_copy_without_its_heading(outcomes) -> None:
    """mgIssueHistoryHome.aspx?IId=18895 copied from its labelled lines on: the issue its IId names."""
    outcome, things = outcomes["cambridge_issuehistory_18895"]
    assert outcome.status == "landed", outcome.message
    assert things == {f"{BASE}/id/cambridge/issue/18895"}
    assert notes(outcome) == ["issue title not read (the copy has no 'Issue details' heading): the issue is known "
                              "by its ModernGov id IId=18895"]


def test_decision_due_in_a_month_is_a_warning_not_a_refusal(outcomes) -> None:
    """"Decision due: November 2023 by Cabinet" names no day: that line is not read, the rest is published."""
    outcome, things = outcomes["bury_issuehistory_22876"]
    assert outcome.status == "landed", outcome.message
    assert things == {f"{BASE}/id/bury/issue/22876"}
    assert "decision due 'November 2023 by Cabinet' at line 8 not read: it names a month, not a day" in notes(outcome)


def test_issue_meetings_copy_without_heading_lands_its_issue_and_names_what_it_did_not_read(outcomes) -> None:
    outcome, things = outcomes["kirklees_issue_22412"]
    assert outcome.status == "landed", outcome.message
    assert things == {f"{BASE}/id/kirklees/issue/22412"}
    assert notes(outcome) == [
        "issue title not read (the copy has no 'Issue - meetings' heading): the issue is known by its ModernGov id "
        "IId=22412",
        "lines 1-5 not read: they come before any 'Meeting:' line"]


def test_markdown_page_with_its_own_sidecar_is_a_record_and_a_note_is_not(tmp_path: Path) -> None:
    """The corpus keeps converter-rendered pages as NAME.md beside NAME.source.txt; a README.md has no sidecar."""
    text = (FIXTURES / "hillingdon_recordedvotes_48409.txt").read_text(encoding="utf-8")
    page = _copy(tmp_path, "votes.md", text, "https://modgov.hillingdon.gov.uk/mgListRecordedVotesShort.aspx?AIID=1&MID=2")
    (tmp_path / "README.md").write_text("# Notes\n", encoding="utf-8")
    assert iter_record_files([tmp_path]) == [page]
    assert read_record(page).meetings[0].source_id == "2"


def test_attendance_page_is_its_own_record_and_reads_its_table(outcomes) -> None:
    """mgMeetingAttendance.aspx?ID=4583: the meeting its ID names, its venue, and the table's rows (read by the
    attendance page's reader since it has one; the table used to be a Warning, unread)."""
    outcome, things = outcomes["halton_attendance_4583"]
    assert outcome.status == "landed", outcome.message
    assert outcome.graph == f"{BASE}/graph/halton/meeting-attendance/4583"  # not its meeting page's graph
    assert things == {f"{BASE}/id/halton/meeting/4583"}
    assert not any(note.startswith("table at lines") for note in notes(outcome))
    meeting = read_record(FIXTURES / "halton_attendance_4583.txt").meetings[0]
    assert meeting.venue == "Authority Chamber - Mann Island"
    assert len(meeting.attendances) == 13
