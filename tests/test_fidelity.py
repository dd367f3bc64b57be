"""The fidelity score (bench/fidelity.py, issue 14): its matching, the corpus format, and the floor it holds."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from bench.fidelity import (
    CORPUS,
    CorpusRecord,
    Fact,
    RecordScore,
    compare,
    corpus_records,
    expected_facts,
    format_problems,
    main,
    named_only_in_lists,
    report,
    score_corpus,
    total,
    unpaired_files,
)
from publisher.councils import load_register

# The total right % over the corpus (bench/FIDELITY.md) may not fall below this. It is the figure measured
# when the floor was last set, rounded down: 99.08 % over 518 records (2026-12-08; records/ 99.05 %, the holdout
# 99.38 % after its misses were read and fixed in general terms, none invented anywhere). The holdout's blind scores,
# before anyone read it: 85.9 % with 20 invented over its 37 pages (2026-12-07, unmoved by ~46 fixes read from
# records/); 98.7 % with 2 invented over five web-service rosters added blind on 2026-12-08. Before: 98.81 % over 512
# records (that morning); 97.81 % over 504 records;
# 96.10 % over 492 (blind set 5 whole at 81.3 %); 97.02 % over 427 (a blind holdout of 31 at 81.7 %, first 75.4 %);
# 96.45 % over 391 (a holdout of 40 at 85.6 %, first 84.7 %); 93.15 % when that holdout joined; 90.66 % over 349
# records with an earlier blind holdout of 49 at 73.9 %; 94.6 % over 300; 88.9 % over 130, none refused; 39.0 % over
# the first 109, 2 refused; 23.3 % with 45 refused before the readers took context from source URLs.
# Raise it as readers improve and as collected records join the corpus; issue 14 asks for 95 % and none invented.
FLOOR_PERCENT = 99.0

# The facts the readers may invent over the whole corpus, records/ and holdout/ alike: none, as issue 14 asks. The
# last ones went in stop 29: Westmorland and Furness 1107's unmarked "That the press and public not be excluded …"
# by a settled convention (a resolution in its motion form is a decision with or without RESOLVED), the holdout's 20
# by reader fixes in general terms and four of its files amended to conventions the tuned records already followed
# (tests/corpus/README.md).
INVENTED_CEILING = 0

# Corpus records the publisher refuses, each with why (``bench/fidelity.py --known-refusals`` writes the file);
# any other refused ModernGov record fails the floor test, and one that lands must be taken off.
KNOWN_REFUSALS: dict[str, str] = dict(
    line.split("\t", 1) for line in (CORPUS / "known_refusals.tsv").read_text(encoding="utf-8").splitlines()
    if line and not line.startswith("#"))

STOCKPORT = CORPUS / "records" / "stockport_issue_68785_ssp_priorities_cts.txt"


# -- (a) matching --------------------------------------------------------------------------------------------


def facts(**stated: object) -> list[Fact]:
    return expected_facts(stated)


def test_equal_facts_are_right_whatever_their_case_spacing_dashes_and_order() -> None:
    expected = facts(committee="Communities & Transport Scrutiny Committee",
                     items=[{"number": "4", "title": "Safer Stockport – Partnership Priorities"},
                            {"number": "5", "title": "Any other business"}],
                     apologies=["Des O’Brien", "L C R Mallett"])
    published = facts(committee="communities &  transport scrutiny committee",
                      items=[{"number": "5.", "title": "ANY OTHER BUSINESS"},
                             {"number": "4", "title": "Safer Stockport - Partnership\nPriorities"}],
                      apologies=["L C R  Mallett", "Des O'Brien"])
    assert compare(expected, published).counts == (7, 0, 0, 0)  # the two apologies are people too


def test_people_named_only_in_lists_are_expected_people_and_outcomes_fold_to_the_scheme() -> None:
    """A file that names voters only under ``votes`` still expects them published as people; "rejected" is
    the scheme's "lost"."""
    stated = {"votes": [{"item": "7", "outcome": "Rejected", "for_names": ["Ann Bell"]}],
              "people": [{"name": "Bob Carr", "honorific": "Councillor"}], "apologies": ["Bob Carr"]}
    assert named_only_in_lists(stated) == {"ann bell"}
    kinds = sorted((f.kind, f.value) for f in expected_facts(stated))
    assert kinds == [("apologies", "bob carr"), ("honorific", "councillor"), ("person", "ann bell"),
                     ("person", "bob carr"), ("vote outcome", "lost"), ("voted for", "ann bell")]


def test_a_slot_published_with_another_value_is_wrong_and_the_rest_missing_or_invented() -> None:
    expected = facts(items=[{"number": "4", "title": "Safer Stockport Partnership Priorities"},
                            {"number": "5", "title": "Minutes"}],
                     meetings=[{"date": "2017-12-04", "time": "18:00", "venue": "Town Hall"}])
    published = facts(items=[{"number": "4", "title": "Scrutiny Review Topic Selection"},
                             {"number": "6", "title": "Work Programme"}],
                      meetings=[{"date": "2017-12-04", "time": "18:30"}])
    score = compare(expected, published)
    assert score.counts == (1, 2, 2, 1)  # right: the date; wrong: item 4, the time; missing: item 5, the venue
    assert {(e.kind, e.slot, p.value) for e, p in score.wrong} == {
        ("item", "4", "scrutiny review topic selection"), ("meeting time", "2017-12-04", "18:30")}
    assert {(f.kind, f.slot) for f in score.missing} == {("item", "5"), ("venue", "2017-12-04")}
    assert [(f.kind, f.slot) for f in score.invented] == [("item", "6")]


def test_decisions_are_compared_on_their_first_200_characters_and_counts_as_numbers() -> None:
    text = "That the report be noted — " + "and the plan agreed " * 20
    expected = facts(decisions=[{"item": "4", "text": text}],
                     votes=[{"item": "4", "for": 24, "against": 10, "abstain": 1, "mover": "Stokes"}])
    published = facts(decisions=[{"item": "4.", "text": "That the report  be noted - " + "and the plan agreed " * 9
                                  + "but something else was printed after the 200th character"}],
                      votes=[{"item": "4", "for": 24, "against": 11, "mover": "stokes", "seconder": "Haines"}])
    score = compare(expected, published)
    # right: decision, for, mover, the mover as a person; wrong: against; missing: abstain
    assert score.counts == (4, 1, 1, 2)
    assert [(e.kind, p.value) for e, p in score.wrong] == [("votes against", "11")]
    assert [f.kind for f in score.missing] == ["votes abstain"]
    assert [(f.kind, f.value) for f in score.invented] == [("seconder", "haines"), ("person", "haines")]


def test_repeated_facts_count_once_each() -> None:
    """Two meetings with an item 5 of the same title: one published item 5 is one right and one missing."""
    item = {"number": "5", "title": "Scrutiny Review Topic Selection - 2021/22"}
    assert compare(facts(items=[item, item]), facts(items=[item])).counts == (1, 1, 0, 0)
    assert compare(facts(items=[item]), facts(items=[item, item])).counts == (1, 0, 0, 1)


def test_a_venue_is_compared_without_a_final_full_stop() -> None:
    """A venue line may end its sentence ("Venue: This meeting will be held remotely and streamed via
    www.example.gov.uk."): the full stop is the sentence's; the facts may keep it, the reader may not."""
    expected = facts(meetings=[{"date": "2020-10-21", "venue": "Held remotely and streamed via www.example.gov.uk."}])
    published = facts(meetings=[{"date": "2020-10-21", "venue": "Held remotely and streamed via www.example.gov.uk"}])
    assert compare(expected, published).counts == (2, 0, 0, 0)
    moved = facts(meetings=[{"date": "2020-10-21", "venue": "Held remotely and streamed via www.example.gov"}])
    assert compare(expected, moved).counts == (1, 0, 1, 0)


def test_a_declarations_item_is_its_number_or_the_subject_the_page_names_without_the_and_item() -> None:
    """A declaration is in the slot of who declared it about what: an item's number ("4." = "4"), or the subject the
    page names instead, folded, a leading "the" and a trailing "item" aside ("the Tree Strategy item" = "Tree
    Strategy"); a subject published where the facts state none is another slot (missing + invented)."""
    expected = facts(declarations=[{"person": "Ann Lee", "item": "Tree Strategy", "kind": "non-pecuniary"},
                                   {"person": "Ann Lee", "item": "4", "kind": "personal"},
                                   {"person": "Bob Carr", "kind": "personal"}])
    published = facts(declarations=[{"person": "Ann Lee", "item": "the Tree Strategy item", "kind": "non pecuniary"},
                                    {"person": "ann lee", "item": "4.", "kind": "personal"},
                                    {"person": "Bob Carr", "item": "several items on the agenda", "kind": "personal"}])
    score = compare(expected, published)
    assert score.counts == (4, 1, 0, 1)  # the two people are right too
    assert [(f.slot, f.value) for f in score.missing] == [("bob carr", "personal")]
    assert [(f.slot, f.value) for f in score.invented] == [("bob carr at item several items on the agenda",
                                                             "personal")]


def test_a_personal_interest_the_page_calls_non_pecuniary_or_prejudicial_is_that_kind_of_the_scheme() -> None:
    """"declared personal, non-pecuniary interests" (Powys) is the scheme's non-pecuniary, as "personal and
    prejudicial" is its prejudicial: the more specific kind the words name."""
    expected = facts(declarations=[{"person": "G Breeze", "item": "5", "kind": "personal, non-pecuniary"},
                                   {"person": "A Davies", "item": "6", "kind": "personal and prejudicial"}])
    published = facts(declarations=[{"person": "G Breeze", "item": "5", "kind": "non-pecuniary"},
                                    {"person": "A Davies", "item": "6", "kind": "prejudicial"}])
    assert compare(expected, published).counts == (4, 0, 0, 0)


def test_a_pecuniary_interest_and_a_codes_significant_other_interest_are_kinds_of_the_scheme() -> None:
    """"declared a pecuniary interest" (Peterborough) is the scheme's disclosable pecuniary; "a “significant other
    interest”" (Wyre's code) names none of the scheme's kinds: its other."""
    expected = facts(declarations=[{"person": "Miners", "item": "5", "kind": "pecuniary"},
                                   {"person": "Ibison", "item": "9", "kind": "significant other interest"}])
    published = facts(declarations=[{"person": "Miners", "item": "5", "kind": "disclosable-pecuniary"},
                                    {"person": "Ibison", "item": "9", "kind": "other"}])
    assert compare(expected, published).counts == (4, 0, 0, 0)


def test_a_registerable_personal_interest_is_the_schemes_personal() -> None:
    """"declared a registerable personal interest in agenda Item 12" (North Tyneside's code, a personal interest of a
    registered category) is the scheme's personal."""
    expected = facts(declarations=[{"person": "S Graham", "item": "CAB11/23", "kind": "registerable personal"}])
    published = facts(declarations=[{"person": "S Graham", "item": "CAB11/23", "kind": "personal"}])
    assert compare(expected, published).counts == (2, 0, 0, 0)


def test_a_declarations_subject_is_read_back_from_the_store(scores: list[RecordScore]) -> None:
    """Cheshire East (IId=19470): "declared a personal interest in respect of planning application five (11/2818N)
    on the grounds that …" names no item of the page: the graph states the subject (cl:interestSubject), which the
    score reads back as the declaration's item."""
    [cheshire] = [s for s in scores if s.record.name == "cheshire-east_issue_19470.txt"]
    declared = sorted(f.slot for f in cheshire.score.right if f.kind == "declaration")
    assert declared == ["bailey at item planning application five (11/2818n)", "hammond at item planning "
                        "application seven (10/2647c)", "hough at item planning application six (11/3414c)"]


def test_people_honorifics_roles_and_organisations() -> None:
    expected = facts(people=[{"name": "Lyons", "honorific": "Cllr", "role": "Portfolio Holder"},
                             {"name": "Emma Taylor", "honorific": "Superintendent",
                              "organisation": "Greater Manchester Police"}])
    published = facts(people=[{"name": "Lyons", "honorific": "Councillor", "role": "Portfolio Holder"},
                              {"name": "Emma Taylor", "honorific": "Inspector"}])
    score = compare(expected, published)
    assert score.counts == (4, 1, 1, 0)
    assert [(e.value, p.value) for e, p in score.wrong] == [("superintendent", "inspector")]
    assert [f.kind for f in score.missing] == ["organisation"]


def test_a_person_given_several_posts_has_each_as_a_role() -> None:
    expected = facts(people=[{"name": "I A Darby", "role": ["Cabinet Leader", "member"],
                              "organisation": "Chalfont St Peter Parish Council"}])
    published = facts(people=[{"name": "I A Darby", "role": "Cabinet Leader"}])
    score = compare(expected, published)
    assert score.counts == (2, 2, 0, 0)
    assert sorted((f.kind, f.value) for f in score.missing) == [
        ("organisation", "chalfont st peter parish council"), ("role", "member")]


def test_a_refused_record_has_every_expected_fact_missing(tmp_path: Path) -> None:
    folder = tmp_path / "records"
    folder.mkdir()
    (folder / "broken.txt").write_text("Nothing a ModernGov reader knows\n", encoding="utf-8")
    (folder / "broken.source.txt").write_text(f"Source URL: {'https://democracy.stockport.gov.uk/x'}\n")
    shutil.copy(STOCKPORT.with_name(STOCKPORT.stem + ".expected.json"), folder / "broken.expected.json")
    [scored] = score_corpus(corpus_records(["records"], tmp_path))
    expected = len(expected_facts(CorpusRecord(STOCKPORT, "records").expected()["facts"]))
    assert scored.refused and "not a record type" in scored.refused
    assert scored.score.counts == (0, expected, 0, 0)
    assert "refused" in report([scored])


# -- (b) the corpus format ----------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def register():
    return load_register()


def corpus_names() -> list[str]:
    return [f"{r.part}/{r.name}" for r in corpus_records()]


def test_the_corpus_has_records() -> None:
    assert len(corpus_records(["records"])) >= 10


def test_every_record_file_has_its_expected_facts_and_every_expected_file_its_record() -> None:
    assert unpaired_files() == []


@pytest.mark.parametrize("name", corpus_names())
def test_every_expected_file_keeps_the_format(name: str, register) -> None:
    part, file = name.split("/")
    assert format_problems(CorpusRecord(CORPUS / part / file, part), register) == []


def test_the_holdout_shares_no_council_with_the_records() -> None:
    """The holdout holds councils found nowhere else: none of them may have a record in records/, so its first
    scores measure pages of councils nobody had read (tests/corpus/README.md)."""
    tuned = {r.expected()["gss"] for r in corpus_records(["records"])}
    shared = [f"holdout/{r.name} ({r.expected()['council']})" for r in corpus_records(["holdout"])
              if r.expected()["gss"] in tuned]
    assert shared == []


def broken_copy(tmp_path: Path, change: dict, sidecar: str | None = None) -> CorpusRecord:
    """The Stockport record copied, its expected facts changed by ``change`` (None deletes a key)."""
    folder = tmp_path / "records"
    folder.mkdir(exist_ok=True)
    record = CorpusRecord(folder / STOCKPORT.name, "records")
    shutil.copy(STOCKPORT, record.path)
    record.sidecar_path.write_text(sidecar or STOCKPORT.with_name(STOCKPORT.stem + ".source.txt").read_text())
    expected = CorpusRecord(STOCKPORT, "records").expected() | change
    record.expected_path.write_text(json.dumps({k: v for k, v in expected.items() if v is not None}))
    return record


@pytest.mark.parametrize(("change", "problem"), [
    ({"page_type": None}, "'page_type' missing"),
    ({"truncated": "no"}, "'truncated' is str"),
    ({"page_type": "minutes"}, "'page_type' 'minutes' is not one of"),
    ({"form": "html"}, "form 'html', but a .txt record is 'text'"),
    ({"layout": "webservice"}, "page_type and layout"),
    ({"gss": "E08000003"}, "the register names E08000003 'Manchester City Council'"),
    ({"source": "https://democracy.stockport.gov.uk/ieIssueDetails.aspx?IId=1"}, "is not the Source URL"),
    ({"facts": {"meetings": [{"date": "04/12/2017"}]}}, "date '04/12/2017' is not ISO"),
    ({"facts": {"meetings": [{"date": "2017-12-04", "time": "6.30 pm"}]}}, "is not 24-hour"),
    ({"facts": {"people": [{"name": "Councillor Sheila Bailey"}]}}, "starts with an honorific"),
    ({"facts": {"votes": [{"for": "24"}]}}, "votes[0]: 'for' is str, not int"),
    ({"facts": {"people": [{"name": "A Dale", "role": []}]}}, "people[0]: 'role' is not a text nor a list of texts"),
    ({"facts": {"people": [{"name": "A Dale", "role": ["Chair", 4]}]}}, "'role' is not a text nor a list of texts"),
    ({"facts": {"items": [{"number": "4"}]}}, "items[0]: 'title' missing"),
    ({"facts": {"minutes": "x"}}, "unknown key 'minutes'"),
])
def test_a_collectors_mistake_is_named_with_its_file(tmp_path: Path, register, change: dict, problem: str) -> None:
    problems = format_problems(broken_copy(tmp_path, change), register)
    assert any(problem in p for p in problems), problems
    assert all(p.startswith("records/stockport_issue_68785_ssp_priorities_cts.expected.json: ") for p in problems)


def test_a_sidecar_without_the_source_url_is_named(tmp_path: Path, register) -> None:
    record = broken_copy(tmp_path, {}, sidecar="Record: x.txt\nCouncil: stockport\n")
    assert any("is not the Source URL" in p for p in format_problems(record, register))


def test_a_record_without_expected_facts_is_named(tmp_path: Path) -> None:
    (tmp_path / "holdout").mkdir()
    (tmp_path / "holdout" / "x.html").write_text("<html></html>")
    (tmp_path / "holdout" / "y.expected.json").write_text("{}")
    assert unpaired_files(tmp_path) == ["holdout/x.html: no x.expected.json", "holdout/y.expected.json: no record "
                                        "file y.EXT"]


# -- (c) the floor ------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def scores() -> list[RecordScore]:
    """Every corpus record ingested and scored once for the module (a few seconds for ten records)."""
    return score_corpus(corpus_records())


def test_the_total_right_percentage_holds_the_floor(scores: list[RecordScore]) -> None:
    summed = total(scores)
    assert summed.percent >= FLOOR_PERCENT, (
        f"{summed.percent:.1f} % right is under the floor of {FLOOR_PERCENT} %: "
        f"python bench/fidelity.py lists the misses")


def test_the_corpus_holds_the_invented_ceiling(scores: list[RecordScore]) -> None:
    invented = {f"{s.record.part}/{s.record.name}": s.score.counts[3] for s in scores if s.score.counts[3]}
    assert sum(invented.values()) <= INVENTED_CEILING, (
        f"{sum(invented.values())} facts invented over the corpus (ceiling {INVENTED_CEILING}): {invented}; "
        f"python bench/fidelity.py lists them")


def test_the_store_is_read_not_the_expectation(tmp_path: Path) -> None:
    """A real record whose expected facts say another title for item 4, another venue and an extra apology: the
    facts read back from the store disagree with exactly those."""
    facts_changed = CorpusRecord(STOCKPORT, "records").expected()["facts"] | {
        "items": [{"number": "4", "title": "Scrutiny Review Topic Selection"}],
        "meetings": [{"date": "2017-12-04", "venue": "Town Hall"}], "apologies": ["L C R Mallett"]}
    broken_copy(tmp_path, {"facts": facts_changed})
    [scored] = score_corpus(corpus_records(["records"], tmp_path))
    assert scored.refused is None
    assert [(e.kind, p.value) for e, p in scored.score.wrong] == [("item", "safer stockport partnership priorities")]
    assert sorted(f.kind for f in scored.score.missing) == ["apologies", "person", "venue"]  # Mallett unpublished
    assert scored.score.invented == []


def test_a_contact_named_without_a_post_is_read_back_as_the_contact(scores: list[RecordScore]) -> None:
    """"Contact: Michael Courts on 01424 451764 email …" (Hastings): the graph links him as cl:contact with no job
    title, which the score reads back as the role "Contact" (tests/corpus/README.md), and nothing else of his."""
    [hastings] = [s for s in scores if s.record.name == "hastings_meeting_2083.txt"]
    facts_of_his = [(f.kind, f.value) for f in hastings.score.right + hastings.score.invented
                    if f.slot == "michael courts"]
    assert sorted(facts_of_his) == [("person", "michael courts"), ("role", "contact")]


def test_no_record_is_refused_unless_known(scores: list[RecordScore]) -> None:
    refused = {f"{s.record.part}/{s.record.name}": s.refused for s in scores if s.refused}
    assert {n: m for n, m in refused.items() if n not in KNOWN_REFUSALS} == {}
    assert [n for n in KNOWN_REFUSALS if n not in refused] == [], "landed now: take it off KNOWN_REFUSALS"


def test_the_cli_writes_the_report(tmp_path: Path, capsys) -> None:
    out = tmp_path / "FIDELITY.md"
    assert main(["--write", str(out), "stockport_issue_68785_ssp_priorities_cts"]) == 0
    written = out.read_text()
    assert "| stockport_issue_68785_ssp_priorities_cts.txt | issue | text |" in written
    assert "## holdout\n\nNo records yet." in written
    assert main(["--write", str(out), "--part", "records", "stockport_issue_68785_ssp_priorities_cts"]) == 0
    assert "## holdout" not in out.read_text()
    assert written in capsys.readouterr().out
