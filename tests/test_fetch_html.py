"""``publisher fetch`` of real ModernGov meeting pages served as HTML on loopback (issue 14, point 4): the
pages are the corpus records tests/corpus/records/kingston-upon-thames_meeting_10221.html and …_10161.html (a
cancelled meeting), served where Kingston serves them; the web-service answers that list their committee and
meetings are our own minimal ones of the real shape (Kingston's are not among the samples). What the harvest
publishes is scored against the records' expected-facts files, as bench/fidelity.py scores the files read
directly."""

from __future__ import annotations

import json
import operator
from collections import Counter
from functools import reduce
from pathlib import Path

import pytest

from bench.fidelity import CorpusRecord, Fact, Scorer, compare, expected_facts, named_only_in_lists, published_facts
from publisher.cli import main
from publisher.store import open_store
from tests.test_fetch import WS, FakeSite, site  # noqa: F401 - site: the loopback fixture

CORPUS = Path(__file__).resolve().parent / "corpus" / "records"
RECORDS = [CORPUS / "kingston-upon-thames_meeting_10221.html", CORPUS / "kingston-upon-thames_meeting_10161.html"]

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
  <meetingscount> 2</meetingscount>
  <committeescount> 1</committeescount>
  <committee>
    <committeeid>711</committeeid>
    <committeetitle>Kingston and North Kingston Neighbourhood Committee</committeetitle>
    <committeemeetingcount> 2</committeemeetingcount>
    <committeemeetings>
      <meeting>
        <meetingid>10161</meetingid>
        <meetingdate>04/12/2025</meetingdate>
        <meetingstatus>Cancelled</meetingstatus>
        <meetingtime>7.30 pm</meetingtime>
      </meeting>
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
PAGES = ["/ieListDocuments.aspx?CId=711&MId=10221&Ver=4", "/ieListDocuments.aspx?CId=711&MId=10161&Ver=4"]


def kingston(site: FakeSite) -> FakeSite:  # noqa: F811 - the fixture's value
    site.answer(f"{WS}GetCommittees", COMMITTEES)
    site.answer(f"{WS}GetMeetings?lCommitteeId=711&sFromDate=01/12/2025&sToDate=31/01/2026", MEETINGS)
    for page, record in zip(PAGES, RECORDS, strict=True):
        site.answer(page, record.read_bytes())
    return site


def test_fetch_of_real_meeting_pages_publishes_the_facts_their_html_states(
        site: FakeSite, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:  # noqa: F811
    kingston(site)
    store_dir = tmp_path / "store"
    code = main(["fetch", site.base, "--from", "2025-12-01", "--to", "2026-01-31", "--cache", str(tmp_path / "cache"),
                 "--store", str(store_dir), "--council", "E09000021", "--rate", "0.01"])
    out = capsys.readouterr()
    assert code == 0, out.err
    assert sorted(site.requested("/ieListDocuments.aspx")) == sorted(PAGES)
    assert "0 refused" in out.out
    facts = [json.loads(record.with_name(record.stem + ".expected.json").read_text("utf-8"))["facts"]
             for record in RECORDS]
    expected = _union([expected_facts(stated) for stated in facts])
    unstated = set().union(*map(named_only_in_lists, facts))
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
    scorer = Scorer()
    direct = [scorer.score(CorpusRecord(record, "records")).score for record in RECORDS]
    direct_right = _union([score.right for score in direct])
    direct_invented = _union([score.invented for score in direct])
    assert _facts(fetched.right) == _facts(direct_right)  # the same facts as the files read directly
    assert _facts(fetched.invented) == _facts(direct_invented)


def _union(lists: list[list[Fact]]) -> list[Fact]:
    """Facts of several records as one store holds them: a fact both state (their committee) once."""
    return list(reduce(operator.or_, map(Counter, lists), Counter()).elements())


def _facts(facts: list[Fact]) -> list[tuple[str, str, str]]:
    return sorted((f.kind, f.slot, f.value) for f in facts)
