"""The ModernGov "Issue details" (issue history / forward plan) reader, on the real Stockport record."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from publisher.errors import RecordError
from publisher.model import Committee, Contact, DecisionDue, Document, Issue, Person, Post, Record
from publisher.sources import read_record
from publisher.sources.issue_history_page import looks_like_issue_history_page, read_issue_history_page
from tests.conftest import RECORDS, ROOT, samples_except

STOCKPORT = RECORDS / "stockport_issuehistory_96771_ssp_plan_key_decision.txt"
STOCKPORT_URL = "https://democracy.stockport.gov.uk/mgIssueHistoryHome.aspx?IId=96771"

TITLE = "Safer Stockport Partnership Plan 2022/25"
SUMMARY = (
    "Safer Stockport Partnership (SSP) is required to review, identify and agree local community safety "
    "priorities on a regular basis. This report seeks endorsement of the latest iteration of SSP's strategy, "
    "the Safer Stockport Partnership Plan 2022/25.")
CONSULTATION = [
    "All partners and a wide range of stakeholders from all sectors contributed material to the Strategic "
    "Intelligence Assessment (SIA) over a number of \"Stakeholder Events\" in summer and autumn of 2021.",
    "The SIA includes the data and intelligence that has informed the development of the Plan. Local analysis "
    "of the Stockport cohort of the regular GM Community Safety Surveys had also informed the development of "
    "the Plan.",
    "The Equity Network, a local forum addressing equalities issues across a range of sectors (and "
    "co-ordinated by the Voluntary, Community & Faith based, Social Enterprise and Charity sector) was also "
    "engaged in shaping the Plan.",
    "A cross-party Member Working Group has overseen development of the Strategy from October 2021 to "
    "February 2022.",
]
REES = Contact(person=Person("Kathryn Rees"), role="Corporate and Support Services",
               email="kathryn.rees@stockport.gov.uk")
LEAD_MEMBER = Post("Cabinet Member for Highways, Parks and Leisure Services")
DUE = [DecisionDue(date(2022, 3, 15), "Cabinet"), DecisionDue(date(2022, 3, 31), "Council Meeting")]


@pytest.fixture(scope="module")
def stockport() -> Record:
    return read_record(STOCKPORT)


def test_stockport_record_identity(stockport: Record) -> None:
    assert stockport.kind == "issue-history"
    assert stockport.source_id == "96771"
    assert stockport.source_url == STOCKPORT_URL
    assert (stockport.meetings, stockport.decisions) == ([], [])


def test_stockport_issue_facts(stockport: Record) -> None:
    issue = stockport.issue
    assert issue is not None
    assert (issue.title, issue.source_id) == (TITLE, "96771")
    assert issue.summary == SUMMARY
    assert (issue.decision_type, issue.key_decision, issue.key_reason) == ("Key", True, "Policy Framework & Budget")
    assert issue.status == "Recommendations Approved"
    assert issue.wards == ["All Wards"]
    assert issue.notice_published == date(2022, 2, 14)
    assert issue.decisions_due == DUE
    assert issue.lead_member == LEAD_MEMBER
    assert issue.lead_member.holder is None  # the role is printed with nobody named
    assert issue.lead_director is None  # "Lead director:" is printed empty
    assert issue.department == "Corporate and Support Services"
    assert issue.contact == REES
    assert issue.consultation == "\n\n".join(CONSULTATION)
    assert issue.forward_plan_ref == "IN2"
    assert issue.impact_assessment == "Yes will be required."
    assert issue.call_in == "Not applicable - referral to Council Meeting"
    assert issue.documents == [Document(title=TITLE)]


def test_stockport_whole_issue(stockport: Record) -> None:
    assert stockport.issue == Issue(
        title=TITLE, source_id="96771", summary=SUMMARY, decision_type="Key", key_decision=True,
        key_reason="Policy Framework & Budget", status="Recommendations Approved", wards=["All Wards"],
        notice_published=date(2022, 2, 14), decisions_due=DUE, lead_member=LEAD_MEMBER,
        department="Corporate and Support Services", contact=REES, consultation="\n\n".join(CONSULTATION),
        forward_plan_ref="IN2", impact_assessment="Yes will be required.",
        call_in="Not applicable - referral to Council Meeting", documents=[Document(title=TITLE)])


# --- the page as HTML ---------------------------------------------------------------------------------

STOCKPORT_HTML = """<!DOCTYPE html><html><head><title>Issue details</title></head><body>
<h1 class="mgMainTitleTxt">Issue details</h1>
<h2 class="mgSubTitleTxt">Safer Stockport Partnership Plan 2022/25</h2>
<p>Safer Stockport Partnership (SSP) is required to review, identify and agree local community safety priorities
on a regular basis. This report seeks endorsement of the latest iteration of SSP's strategy, the Safer Stockport
Partnership Plan 2022/25.</p>
<p><span class="mgLabel">Decision type: </span>Key</p>
<p><span class="mgLabel">Reason Key: </span>Policy Framework &amp; Budget;</p>
<p><span class="mgLabel">Decision status: </span>Recommendations Approved</p>
<p><span class="mgLabel">Wards affected: </span>(All Wards);</p>
<p><span class="mgLabel">Notice of proposed decision first published: </span>14/02/2022</p>
<p><span class="mgLabel">Decision due: </span>15 Mar 2022 by Cabinet</p>
<p><span class="mgLabel">Decision due: </span>31 Mar 2022 by Council Meeting</p>
<p><span class="mgLabel">Lead member: </span>Cabinet Member for Highways, Parks and Leisure Services</p>
<p><span class="mgLabel">Lead director: </span></p>
<p><span class="mgLabel">Department: </span>Corporate and Support Services</p>
<p><span class="mgLabel">Contact: </span>Kathryn Rees, Corporate and Support Services Email:
<a href="mailto:kathryn.rees@stockport.gov.uk">kathryn.rees@stockport.gov.uk</a>.</p>
<h2>Consultation process</h2>
<p>All partners and a wide range of stakeholders from all sectors contributed material to the Strategic
Intelligence Assessment (SIA) over a number of "Stakeholder Events" in summer and autumn of 2021.</p>
<p>The SIA includes the data and intelligence that has informed the development of the Plan. Local analysis of
the Stockport cohort of the regular GM Community Safety Surveys had also informed the development of the
Plan.</p>
<p>The Equity Network, a local forum addressing equalities issues across a range of sectors (and co-ordinated
by the Voluntary, Community &amp; Faith based, Social Enterprise and Charity sector) was also engaged in shaping
the Plan.</p>
<p>A cross-party Member Working Group has overseen development of the Strategy from October 2021 to February
2022.</p>
<p><span class="mgLabel">Forward Plan Reference: </span>IN2</p>
<p><span class="mgLabel">Equality and/or Environmental Impact Assessment: </span>Yes will be required.</p>
<p><span class="mgLabel">Relevant Scrutiny Committee for the purpose of call-in: </span>Not applicable -
referral to Council Meeting</p>
<div class="mgTabs"><div class="mgTab"><a href="#d">Decisions</a></div>
<div class="mgTab"><a href="#a">Agenda items</a></div><div class="mgTab"><a href="#doc">Documents</a></div></div>
<div id="doc"><ul><li><a href="documents/s1/Plan.pdf">Safer Stockport Partnership Plan 2022/25</a></li></ul></div>
</body></html>
"""


def test_html_page_reads_to_the_same_facts(tmp_path: Path, stockport: Record) -> None:
    path = tmp_path / "issue.html"
    path.write_text(STOCKPORT_HTML, encoding="utf-8")
    (tmp_path / "issue.source.txt").write_text(f"Source URL: {STOCKPORT_URL}\n")
    record = read_record(path)
    assert (record.kind, record.source_id) == ("issue-history", "96771")
    assert record.issue == stockport.issue


# --- cut-off, malformed and foreign pages --------------------------------------------------------------


def test_page_cut_after_the_first_decision_due_has_one() -> None:
    text = STOCKPORT.read_text(encoding="utf-8")
    issue = read_issue_history_page(text[:text.index("Decision due: 31 Mar")], STOCKPORT_URL).issue
    assert issue is not None
    assert issue.decisions_due == DUE[:1]
    assert (issue.lead_member, issue.contact, issue.consultation, issue.documents) == (None, None, None, [])
    assert issue.notice_published == date(2022, 2, 14)


def test_page_cut_mid_consultation_keeps_the_paragraphs_it_holds() -> None:
    text = STOCKPORT.read_text(encoding="utf-8")
    issue = read_issue_history_page(text[:text.index("The Equity Network")]).issue
    assert issue is not None
    assert issue.consultation == "\n\n".join(CONSULTATION[:2])
    assert (issue.forward_plan_ref, issue.call_in, issue.documents) == (None, None, [])


def test_page_without_url_is_keyed_by_its_title() -> None:
    record = read_issue_history_page(STOCKPORT.read_text(encoding="utf-8"))
    assert record.source_id == "safer-stockport-partnership-plan-2022-25"
    assert record.issue is not None and record.issue.source_id is None


def test_impossible_date_names_file_line_and_field(tmp_path: Path) -> None:
    path = tmp_path / "bad_issue_history.txt"
    path.write_text(STOCKPORT.read_text(encoding="utf-8").replace("14/02/2022", "31/02/2022"), encoding="utf-8")
    with pytest.raises(RecordError) as caught:
        read_record(path)
    message = str(caught.value)
    assert "bad_issue_history.txt" in message
    assert "[notice first published]" in message
    assert "31/02/2022" in message
    assert caught.value.line == 15


def test_impossible_due_date_names_its_field(tmp_path: Path) -> None:
    text = STOCKPORT.read_text(encoding="utf-8").replace("31 Mar 2022 by", "31/02/2022 by")
    with pytest.raises(RecordError, match=r"\[decision due\]: 31/02/2022 is not a valid") as caught:
        read_issue_history_page(text, STOCKPORT_URL, STOCKPORT)
    assert caught.value.line == 19


def test_decision_due_without_maker_is_refused() -> None:
    text = STOCKPORT.read_text(encoding="utf-8").replace("15 Mar 2022 by Cabinet", "15 Mar 2022")
    with pytest.raises(RecordError, match=r"\[decision due\]"):
        read_issue_history_page(text)


@pytest.mark.parametrize("name", samples_except("stockport_issuehistory_96771_ssp_plan_key_decision.txt"))
def test_other_page_types_are_not_claimed(name: str) -> None:
    assert not looks_like_issue_history_page((RECORDS / name).read_text(encoding="utf-8"), None)


def test_detection_by_heading_or_url() -> None:
    assert looks_like_issue_history_page(STOCKPORT.read_text(encoding="utf-8"), None)
    assert looks_like_issue_history_page("Issue history\n\nX\n", None)
    assert looks_like_issue_history_page("", STOCKPORT_URL)


VARIANT = """Issue details

Leisure strategy

Decision type: Non-key

Decision status: For Determination

Wards affected: Bramhall North; Bramhall South;

Lead member: Cabinet Member for Parks (Councillor Jane Smith)

Lead director: Director of Place

Contact:

Jo Bloggs, Leisure Officer Tel: 0161 474 1234

Decisions

Agenda items

Documents

· Leisure strategy pdf icon PDF 1 MB

· Appendix A

Back to top

· Privacy notice
"""


def test_variant_non_key_holder_and_contact_on_its_own_line() -> None:
    issue = read_issue_history_page(VARIANT).issue
    assert issue is not None
    assert (issue.decision_type, issue.key_decision, issue.key_reason) == ("Non-key", False, None)
    assert issue.summary is None
    assert issue.wards == ["Bramhall North", "Bramhall South"]
    jane = Person("Jane Smith", honorific="Councillor")
    assert issue.lead_member == Post("Cabinet Member for Parks", holder=jane)
    assert issue.lead_director == Post("Director of Place")
    assert issue.contact == Contact(person=Person("Jo Bloggs"), role="Leisure Officer", phone="0161 474 1234")
    assert issue.documents == [Document(title="Leisure strategy", mime_type="application/pdf", size_text="1 MB"),
                               Document(title="Appendix A")]


def test_a_decision_due_in_a_month_still_names_the_body_that_decides() -> None:
    # Bury: "Decision due: November 2023 by Cabinet": no day, so no planned decision, but the Cabinet is stated.
    record = read_record(ROOT / "tests" / "corpus" / "records" / "bury_issuehistory_22876.txt")
    assert record.issue is not None and record.issue.decisions_due == []
    assert record.committees == [Committee(name="Cabinet")]
    assert any("November 2023 by Cabinet" in warning for warning in record.warnings)
    # A post decides alone: no committee (no records/ page holds this form; the words are filled in).
    text = "Issue details\nA title\nDecision due: November 2023 by Cabinet Member for Housing\n"
    assert read_issue_history_page(text, "https://x.gov.uk/mgIssueHistoryHome.aspx?IId=1").committees == []


def test_a_contact_line_naming_two_officers_each_in_their_post() -> None:
    """Forest Heath 10116: "Contact: Davina Howes, Director (Families and Communities), Helen Lindfield, Families
    and Communities Officer." The first is the contact in her post alone; the second holds his own post. Three
    names sharing one post (Rochdale's "Alison James, John Addison, Peter Thompson  Senior Committee Services
    officer") name no second post."""
    record = read_record(ROOT / "tests" / "corpus" / "records" / "forest-heath_issuehistory_10116.txt")
    contact = record.issue.contact
    assert (contact.person.name, contact.role) == ("Davina Howes", "Director (Families and Communities)")
    assert [(post.label, post.holder.name) for post in record.posts] == [
        ("Families and Communities Officer", "Helen Lindfield")]
    assert record.issue.lead_member == Post("Lead member", holder=Person("Robin Millar", "Councillor"))
    text = "Issue details\n\nA title\n\nContact: Alison James, John Addison, Peter Thompson  Senior Committee " \
           "Services officer"
    assert read_issue_history_page(text).posts == []
