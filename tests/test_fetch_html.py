"""``publisher fetch`` of a real ModernGov meeting page served as HTML on loopback (issue 14, point 4): the
page is the corpus record tests/corpus/records/kingston-upon-thames_meeting_10221.html, served where Kingston
serves it; the web-service answers that list its committee and meeting are our own minimal ones of the real
shape (Kingston's are not among the samples). What the harvest publishes is scored against the record's
expected-facts file, as bench/fidelity.py scores the file read directly."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bench.fidelity import CorpusRecord, Fact, Scorer, compare, expected_facts, named_only_in_lists, published_facts
from publisher.cli import main
from publisher.store import open_store
from tests.test_fetch import WS, FakeSite, site  # noqa: F401 - site: the loopback fixture

RECORD = Path(__file__).resolve().parent / "corpus" / "records" / "kingston-upon-thames_meeting_10221.html"
EXPECTED = json.loads(RECORD.with_name("kingston-upon-thames_meeting_10221.expected.json").read_text("utf-8"))

COMMITTEES = """<?xml version="1.0" encoding="utf-8"?>
<committees>
  <committeescount> 1</committeescount>
  <committee>
    <committeeid>711</committeeid>
    <committeetitle>Kingston and North Kingston Neighbourhood Committee</committeetitle>
    <committeedeleted>False</committeedeleted>
    <committeeexpired>False</committeeexpired>
  </committee>
</committees>
"""
MEETINGS = """<?xml version="1.0" encoding="utf-8"?>
<getmeetings>
  <meetingscount> 1</meetingscount>
  <committeescount> 1</committeescount>
  <committee>
    <committeeid>711</committeeid>
    <committeetitle>Kingston and North Kingston Neighbourhood Committee</committeetitle>
    <committeemeetingcount> 1</committeemeetingcount>
    <committeemeetings>
      <meeting>
        <meetingid>10221</meetingid>
        <meetingdate>15/01/2026</meetingdate>
        <meetingstatus>Confirmed</meetingstatus>
        <meetingtime>7.30 pm</meetingtime>
      </meeting>
    </committeemeetings>
  </committee>
</getmeetings>
"""
PAGE = "/ieListDocuments.aspx?CId=711&MId=10221&Ver=4"


def kingston(site: FakeSite) -> FakeSite:  # noqa: F811 - the fixture's value
    site.answer(f"{WS}GetCommittees", COMMITTEES)
    site.answer(f"{WS}GetMeetings?lCommitteeId=711&sFromDate=01/01/2026&sToDate=31/01/2026", MEETINGS)
    site.answer(PAGE, RECORD.read_bytes())
    return site


def test_fetch_of_a_real_meeting_page_publishes_the_facts_its_html_states(
        site: FakeSite, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:  # noqa: F811
    kingston(site)
    store_dir = tmp_path / "store"
    code = main(["fetch", site.base, "--from", "2026-01-01", "--to", "2026-01-31", "--cache", str(tmp_path / "cache"),
                 "--store", str(store_dir), "--council", "E09000021", "--rate", "0.01"])
    out = capsys.readouterr()
    assert code == 0, out.err
    assert PAGE in site.requested("/ieListDocuments.aspx")
    assert "0 refused" in out.out
    expected = expected_facts(EXPECTED["facts"])
    unstated = named_only_in_lists(EXPECTED["facts"])
    store = open_store(store_dir)
    try:
        published = [f for f in published_facts(store) if not (f.kind == "honorific" and f.slot in unstated)]
    finally:
        store.close()
    fetched = compare(expected, published)
    missed = {(f.kind, f.slot, f.value) for f in fetched.missing}
    for kind in ("committee", "meeting", "meeting time", "venue", "item", "decision", "vote outcome"):
        assert not [m for m in missed if m[0] == kind], f"{kind} facts missing"
    assert not fetched.wrong
    direct = Scorer(tmp_path / "direct").score(CorpusRecord(RECORD, "records")).score
    assert _facts(fetched.right) == _facts(direct.right)  # the same facts as the file read directly
    assert _facts(fetched.invented) == _facts(direct.invented)


def _facts(facts: list[Fact]) -> list[tuple[str, str, str]]:
    return sorted((f.kind, f.slot, f.value) for f in facts)
