"""Votes in minutes text: counted statements, named lists with dot leaders, outcomes, motions."""

from __future__ import annotations

import pytest

from publisher.model import Participation, Person, Vote, VoteCast
from publisher.sources.text_rules import page_lines, participations
from publisher.sources.votes import (
    named_heading,
    names_and_count,
    not_voting_lists,
    read_votes,
    read_votes_and_not_voting,
)
from tests import paths
from tests.conftest import RECORDS

SLOUGH = RECORDS / "slough_agendaitem_18978_minutes_vote.txt"

SLOUGH_FOR = ["Anderson", "Bains", "Carter", "S Chaudhry", "Chohan", "Dar", "Davis", "A S Dhaliwal", "S K Dhaliwal",
              "Dodds", "Grewal", "M S Mann", "Matloob", "Minhas", "Munawar", "Pantelic", "Parmar", "Plenty",
              "Qureshi", "Rasib", "Sharif", "Small", "Sohal", "Walsh"]
SLOUGH_AGAINST = ["Basharat", "Buchanan", "Coad", "Dale-Gough", "Haines", "Plimmer", "Smith", "Stokes", "Strutton",
                  "A S Wright"]


def names(vote: Vote, option: str) -> list[str]:
    return [cast.person.name for cast in vote.casts if cast.option == option]


def slough_paragraphs() -> list[str]:
    return [line.text for line in page_lines(SLOUGH.read_text(encoding="utf-8").replace("\u00a0", " "))]


def test_slough_named_vote_every_voter_on_the_right_option() -> None:
    [vote] = read_votes(slough_paragraphs())
    assert (vote.votes_for, vote.votes_against, vote.abstentions) == (24, 10, 1)
    assert names(vote, "for") == SLOUGH_FOR
    assert names(vote, "against") == SLOUGH_AGAINST
    assert names(vote, "abstain") == ["Long"]
    assert len(vote.casts) == 35
    assert {cast.person.honorific for cast in vote.casts} == {"Councillor"}
    assert vote.recorded is True
    assert vote.outcome == "carried"  # "the Minutes were declared as an accurate record"
    # What was put to the vote: the Minutes being a correct record, not Councillor Stokes's quoted motion.
    assert vote.motion == "the Minutes being a correct record"


def test_slough_moved_and_seconded_are_participations() -> None:
    found = [p for text in slough_paragraphs() for p in participations(text)]
    assert found == [Participation(kind="moved", person=Person("Stokes", honorific="Councillor")),
                     Participation(kind="seconded", person=Person("Haines", honorific="Councillor"))]


def test_a_mover_and_seconder_named_without_a_title() -> None:
    # Wokingham, wokingham_meeting_4253: members named with no title; a post or a body after "by" is no person.
    assert participations("It was proposed by Clive Jones and seconded by Stephen Conway that Beth Rowland be "
                          "elected as Mayor for the 2023/24 Municipal Year.") == [
        Participation(kind="moved", person=Person("Clive Jones")),
        Participation(kind="seconded", person=Person("Stephen Conway"))]
    assert participations("It was proposed by Vice Chairman and seconded by Planning Committee that it be noted.") == []


@pytest.mark.parametrize(("text", "counts"), [
    ("RESOLVED – (By 14 votes to none) That the report be noted.", (14, 0, None)),
    ("(By 14 votes to none)", (14, 0, None)),
    ("For: 35 Against: 0 Abstentions: 21", (35, 0, 21)),
    ("The motion was declared carried by 24 votes, to 10 votes, with 1 abstention.", (24, 10, 1)),
    ("The amendment was carried by 8 votes to 2 with no abstentions.", (8, 2, 0)),
    ("On being put to the vote there were 12 for, 3 against and 2 abstentions.", (12, 3, 2)),
    ("The recommendation was agreed (For 10, Against 2, Abstentions 1).", (10, 2, 1)),
    ("The motion was carried by eleven votes to four.", (11, 4, None)),
])
def test_counted_statements(text: str, counts: tuple[int | None, int | None, int | None]) -> None:
    [vote] = read_votes([text])
    assert (vote.votes_for, vote.votes_against, vote.abstentions) == counts
    assert vote.casts == [] and vote.recorded is None


@pytest.mark.parametrize(("text", "outcome"), [
    ("RESOLVED – (By 14 votes to none) That the report be noted.", "carried"),
    ("For: 35 Against: 0 Abstentions: 21", None),  # no outcome stated: none guessed
    ("The motion was lost by 10 votes to 20.", "lost"),
    ("The amendment fell by 4 votes to 9.", "lost"),
    ("The motion was rejected (For 3, Against 12).", "lost"),
    ("The motion was not carried by 6 votes to 6.", "lost"),
    ("The minutes were approved by 20 votes to 1.", "carried"),
])
def test_outcome_only_where_stated(text: str, outcome: str | None) -> None:
    [vote] = read_votes([text])
    assert vote.outcome == outcome


def test_carried_unanimously_is_an_outcome_without_counts() -> None:
    assert read_votes(["Upon being put to the vote, the motion was carried unanimously."]) == [
        Vote(outcome="carried")]
    assert read_votes(["RESOLVED (unanimously) – That the policy be adopted."]) == [Vote(outcome="carried")]


@pytest.mark.parametrize("text", [
    "The minutes of the meeting held on 17 November 2016 were agreed as a correct record.",
    "The Chairman reminded Members that they needed to update their register of interests.",
    "The item was deferred for 2 years.",
    "Members unanimously thanked the officers.",  # no vote outcome stated
    "RESOLVED – That the report be noted.",
])
def test_no_vote_where_none_is_stated(text: str) -> None:
    assert read_votes([text]) == []


def test_two_votes_in_one_sentence_take_the_nearest_outcome() -> None:
    amendment, motion = read_votes(
        ["The amendment was lost by 10 votes to 20 and the substantive motion was carried by 20 votes to 10."])
    assert (amendment.votes_for, amendment.votes_against, amendment.outcome) == (10, 20, "lost")
    assert (motion.votes_for, motion.votes_against, motion.outcome) == (20, 10, "carried")


def test_tally_printed_one_label_per_line_then_the_outcome() -> None:
    assert read_votes(["The motion was put to the vote.", "For: 35", "Against: 0", "Abstentions: 21",
                       "The motion was carried."]) == [
        Vote(votes_for=35, votes_against=0, abstentions=21, outcome="carried")]


def test_quoted_motion_is_the_motion_when_the_statement_speaks_of_the_motion() -> None:
    [vote] = read_votes([
        "It was moved by Councillor Lewis, seconded by Councillor Coupar:",
        "“That this Council declares a climate emergency.”",
        "On being put to the vote the motion was carried by 40 votes to 12.",
    ])
    assert vote.motion == "That this Council declares a climate emergency."
    assert (vote.votes_for, vote.votes_against, vote.outcome) == (40, 12, "carried")


def test_named_lists_before_the_result_are_one_vote() -> None:
    [vote] = read_votes([
        "A recorded vote was taken on the motion.",
        "For the motion: Councillors Ahmed, Bell and J Clarke (3)",
        "Against the motion: Councillor Dunn (1)",
        "Abstentions: None",
        "The motion was therefore carried.",
    ])
    assert names(vote, "for") == ["Ahmed", "Bell", "J Clarke"]
    assert names(vote, "against") == ["Dunn"]
    assert names(vote, "abstain") == []
    assert (vote.votes_for, vote.votes_against, vote.abstentions) == (3, 1, None)
    assert (vote.outcome, vote.recorded, vote.motion) == ("carried", True, None)


def test_stated_count_that_disagrees_with_the_names_is_kept_as_printed() -> None:
    listed = ", ".join(SLOUGH_FOR[:23])  # 23 names …
    [vote] = read_votes(["There voted for the motion:", f"Councillors {listed} ............ 24"])  # … "24"
    assert vote.votes_for == 24
    assert len(names(vote, "for")) == 23
    assert names(vote, "for") == SLOUGH_FOR[:23]


def test_sentence_count_is_kept_when_a_list_count_disagrees() -> None:
    [vote] = read_votes(["The motion was carried by 5 votes to 1.", "There voted for the motion:",
                         "Councillors Ahmed, Bell, Cole and Dunn .... 4", "There voted against the motion:",
                         "Councillor Evans .... 1"])
    assert (vote.votes_for, vote.votes_against) == (5, 1)
    assert names(vote, "for") == ["Ahmed", "Bell", "Cole", "Dunn"]


def test_a_new_vote_starts_when_an_option_is_listed_again() -> None:
    first, second = read_votes([
        "There voted for the amendment:", "Councillors Ahmed and Bell .... 2",
        "There voted against the amendment:", "Councillor Cole .... 1",
        "There voted for the substantive motion:", "Councillors Ahmed, Bell and Cole .... 3",
    ])
    assert (first.motion, names(first, "for"), names(first, "against")) == (None, ["Ahmed", "Bell"], ["Cole"])
    assert (second.motion, names(second, "for")) == ("the substantive motion", ["Ahmed", "Bell", "Cole"])
    assert second.votes_for == 3 and second.votes_against is None


@pytest.mark.parametrize(("text", "expected"), [
    ("There voted for the Minutes being a correct record:", ("for", "the Minutes being a correct record", "")),
    ("There voted against the Minutes being  a correct record:",
     ("against", "the Minutes being  a correct record", "")),
    ("There abstained from voting:", ("abstain", "", "")),
    ("Those voting in favour: Councillors A and B", ("for", "", "Councillors A and B")),
    ("Against: Councillor Dunn", ("against", "", "Councillor Dunn")),
    ("For: 35", None),
    ("For: 35 Against: 0", None),
    ("For the avoidance of doubt the report was noted.", None),
])
def test_named_headings(text: str, expected: tuple[str, str, str] | None) -> None:
    assert named_heading(text) == expected


def test_names_and_count_remove_dot_leaders_and_keep_initials() -> None:
    people, count = names_and_count("Councillors Basharat, Dale-Gough, Strutton and A S Wright ........  10")
    assert [person.name for person in people] == ["Basharat", "Dale-Gough", "Strutton", "A S Wright"]
    assert count == 10
    assert names_and_count("Councillor Long ……… 1") == ([Person("Long", honorific="Councillor")], 1)
    assert names_and_count("None") == ([], None)
    assert names_and_count("Mrs L Kaufman and Mr R Adams (2)") == (
        [Person("L Kaufman", honorific="Mrs"), Person("R Adams", honorific="Mr")], 2)


def test_vote_casts_are_model_vote_casts() -> None:
    [vote] = read_votes(["Against: Councillor Dunn"])
    assert vote.casts == [VoteCast(person=Person("Dunn", honorific="Councillor"), option="against")]


# --- real records' sentences (excerpts in fixtures/votes/) -------------------------------------------------

VOTES_FIXTURES = paths.TESTS / "fixtures" / "votes"


def fixture_paragraphs(name: str) -> list[str]:
    return [line.text for line in page_lines((VOTES_FIXTURES / name).read_text(encoding="utf-8"))]


def test_lost_by_the_larger_count_first_and_carried_without_by() -> None:
    """Oxfordshire: "lost by 47 votes to 17" (47 against), "lost by 56 votes 2, with 1 abstention" (the "to"
    left out), "carried 31 votes to 29"."""
    labour, libdem, green, substantive = read_votes(fixture_paragraphs("oxfordshire_counted_votes.txt"))
    assert (labour.votes_for, labour.votes_against, labour.abstentions, labour.outcome) == (17, 47, None, "lost")
    assert (libdem.votes_for, libdem.votes_against, libdem.abstentions, libdem.outcome) == (12, 44, 3, "lost")
    assert (green.votes_for, green.votes_against, green.abstentions, green.outcome) == (2, 56, 1, "lost")
    assert (substantive.votes_for, substantive.votes_against, substantive.outcome) == (31, 29, "carried")


def test_voting_line_after_a_resolution_is_the_vote_on_it() -> None:
    """Maidstone: "RESOLVED: That permission be granted …" then "Voting: 11 – For 0 – Against 0 – Abstentions"."""
    first, _, second = "\n".join(fixture_paragraphs("maidstone_voting_after_resolution.md")).partition(
        "Additional documents:")
    [granted] = read_votes(first.splitlines())
    assert (granted.votes_for, granted.votes_against, granted.abstentions, granted.outcome) == (11, 0, 0, "carried")
    assert granted.motion == ("That permission be granted subject to the conditions and informatives set out in the "
                              "report as amended by the urgent update report.")
    [refused] = read_votes(second.splitlines())
    assert (refused.votes_for, refused.votes_against, refused.abstentions, refused.outcome) == (8, 3, 0, "carried")
    assert refused.motion.startswith("That permission be refused")


def test_voting_line_not_right_after_the_resolution_states_no_outcome() -> None:
    lines = fixture_paragraphs("maidstone_voting_after_resolution.md")
    [vote] = read_votes([lines[1], lines[0], lines[2]])  # the resolution, other prose, then the tally
    assert (vote.votes_for, vote.outcome, vote.motion) == (11, None, None)


def test_put_to_the_vote_and_agreed() -> None:
    """Hertsmere: "The motion was put to the vote and AGREED." after the mover and seconder."""
    paragraphs = fixture_paragraphs("hertsmere_put_to_the_vote.txt")
    assert read_votes(paragraphs) == [Vote(outcome="carried")]
    assert [(p.kind, p.person.name) for text in paragraphs for p in participations(text)] == [
        ("moved", "Bright"), ("seconded", "Graham")]


def test_on_the_proposal_of_and_put_to_the_meeting() -> None:
    """Ipswich: "On the proposal of Councillor J Cook and seconded by Councillor Meudec the following vote of thanks
    … was MOVED:-", the motion quoted, then "This was PUT to the meeting and CARRIED."; the seconder's name ends
    where the sentence runs on in lower case."""
    paragraphs = fixture_paragraphs("ipswich_on_the_proposal_of.txt")
    assert [(p.kind, p.person.name, p.person.honorific) for text in paragraphs for p in participations(text)] == [
        ("moved", "J Cook", "Councillor"), ("seconded", "Meudec", "Councillor")]
    [vote] = read_votes(paragraphs)
    assert vote.outcome == "carried"


def test_moved_seconded_and_resolved_is_the_vote_on_the_resolution() -> None:
    """Leeds: "It was moved by Councillor M Hamilton seconded by Councillor Gruen and" (no "and" between them),
    then "RESOLVED- That the minutes … be approved.": both people, and the resolution carried."""
    paragraphs = fixture_paragraphs("leeds_moved_seconded_and_resolved.txt")
    assert [(p.kind, p.person.name) for text in paragraphs for p in participations(text)] == [
        ("moved", "M Hamilton"), ("seconded", "Gruen")]
    assert read_votes(paragraphs) == [Vote(outcome="carried", motion=(
        "That the minutes of the meeting of Council held on 20th February 2008 be approved."))]
    assert read_votes(paragraphs[1:]) == []  # the resolution alone states no vote
    assert read_votes([paragraphs[0], "The Council noted the report.", paragraphs[-1]]) == []


def test_moved_and_seconded_in_one_clause_and_the_outcome_after_the_tally() -> None:
    """Enfield: "Councillor Neville moved and Councillor Lamprecht seconded a proposal …", "For: 26" / "Against: 32" /
    "Abstention: 0", then "The change was not agreed …" (the outcome of the tally just read)."""
    paragraphs = fixture_paragraphs("enfield_moved_and_seconded_then_not_agreed.txt")
    assert [(p.kind, p.person.name) for text in paragraphs for p in participations(text)] == [
        ("moved", "Neville"), ("seconded", "Lamprecht")]
    [vote] = read_votes(paragraphs)
    assert (vote.votes_for, vote.votes_against, vote.abstentions, vote.outcome) == (26, 32, 0, "lost")
    [vote] = read_votes([*paragraphs[:-1], "The Council noted the position.", paragraphs[-1]])
    assert vote.outcome is None  # only the paragraph right after the tally states its outcome


def test_proposed_and_seconded_with_an_initial_in_brackets() -> None:
    """Torbay: "Councillor Kingscote proposed and Councillor Darling (S) seconded a motion, which was agreed
    (unanimously) …": both people (the bracketed letter, an initial or elsewhere a party's, is no role of the
    seconder's), and the motion carried."""
    [text] = fixture_paragraphs("torbay_proposed_and_seconded_with_an_initial.txt")
    assert participations(text) == [Participation(kind="moved", person=Person("Kingscote", honorific="Councillor")),
                                    Participation(kind="seconded", person=Person("Darling", honorific="Councillor"))]
    assert read_votes([text]) == [Vote(outcome="carried")]


def test_a_named_mover_ends_at_the_name_not_at_an_initial() -> None:
    """Worcester: "It was proposed by Councillor Bayliss and seconded by Councillor Mrs L. Hodgson that …"."""
    [text] = fixture_paragraphs("worcester_seconded_by_an_initial.txt")
    assert [(p.kind, p.person.honorific, p.person.name) for p in participations(text)] == [
        ("moved", "Councillor", "Bayliss"), ("seconded", "Councillor Mrs", "L. Hodgson")]


def test_a_mover_named_by_post_is_kept_whole() -> None:
    [moved] = participations("It was moved by the Leader of the Council and agreed.")
    assert (moved.person, moved.post.label) == (None, "Leader of the Council")


@pytest.mark.parametrize("text", [
    "The item was put to the vote at the next meeting and agreed to defer it.",
    "The Chairman said that Councillor Smith moved the report last year.",
])
def test_no_vote_or_mover_from_prose_about_one(text: str) -> None:
    assert read_votes([text]) == [] and participations(text) == []


def test_proposed_that_in_the_active_voice() -> None:
    """Hastings: "Councillor Terri Dowling proposed that …, which was seconded by Councillor Wincott."."""
    [text] = fixture_paragraphs("hastings_proposed_that.txt")
    assert participations(text) == [Participation(kind="moved", person=Person("Terri Dowling", honorific="Councillor")),
                                    Participation(kind="seconded", person=Person("Wincott", honorific="Councillor"))]


def test_proposer_and_seconder_in_brackets() -> None:
    """Mid Devon: "(Proposed by Cllr R B Evans and seconded by Cllr C R Slade)"."""
    text = fixture_paragraphs("mid-devon_proposed_in_brackets.txt")[-1]
    assert participations(text) == [Participation(kind="moved", person=Person("R B Evans", honorific="Cllr")),
                                    Participation(kind="seconded", person=Person("C R Slade", honorific="Cllr"))]


# --- named votes and divisions as minutes print them (Darlington, Aberdeen City, Durham) ----------------------


def test_named_vote_counts_the_mayor_but_names_only_councillors() -> None:
    """Darlington: "For the Motion – The Mayor, Councillors Cossins, … and Snedker (19)": the Mayor is counted
    by office, never a person named "The Mayor"; the 18 named voters and the printed counts are kept as
    stated (their difference is for the shapes to report)."""
    [vote] = read_votes(fixture_paragraphs("darlington_named_vote_with_the_mayor.txt"))
    assert (vote.votes_for, vote.votes_against, vote.outcome, vote.recorded) == (19, 25, "lost", True)
    assert names(vote, "for")[:3] == ["Cossins", "Crumbie", "Harker"] and len(names(vote, "for")) == 18
    assert "The Mayor" not in names(vote, "for")
    assert len(names(vote, "against")) == 25
    assert VoteCast(Person("Chou", honorific="Dr"), "against") in vote.casts


def test_named_vote_then_resolved_carried_the_motion() -> None:
    """Darlington: "For the Motion: The Mayor; Councillors Ali, …" (a semicolon after the office), then
    "RESOLVED – That Councillor Harker be appointed …": the resolution is what the division carried."""
    paragraphs = fixture_paragraphs("darlington_named_vote_then_resolved.txt")
    [vote] = read_votes(paragraphs)
    assert (vote.votes_for, vote.votes_against, vote.outcome) == (27, 23, "carried")
    assert vote.motion == ("That Councillor Harker be appointed as the Leader of the Council for a Four Year Term "
                           "of Office")
    assert names(vote, "for")[:2] == ["Ali", "Allen"] and len(names(vote, "for")) == 26
    assert VoteCast(Person("Ali", honorific="Councillor"), "for") in vote.casts
    assert [(p.kind, p.person.name) for text in paragraphs for p in participations(text)] == [("moved", "McEwan")]


def test_division_counts_before_names_declined_and_absent() -> None:
    """Aberdeen City: "For the procedural motion  (23)  -  Lord Provost; and Councillors …", "Declined to vote
    (1)" (the abstention), "Absent from the division (5)" (no option), then "The Council resolved:-" with
    "to adopt the procedural motion." on the next line."""
    paragraphs = fixture_paragraphs("aberdeen-city_division_declined_absent.txt")
    [vote] = read_votes(paragraphs)
    assert (vote.motion, vote.votes_for, vote.votes_against, vote.abstentions, vote.outcome) == (
        "the procedural motion", 23, 13, 1, "carried")
    assert names(vote, "for")[:2] == ["Al-Samarai", "Allard"] and len(names(vote, "for")) == 22
    assert names(vote, "abstain") == ["Boulton"]
    assert "Kusznir" not in [cast.person.name for cast in vote.casts]
    assert [(p.kind, p.person.name) for text in paragraphs for p in participations(text)] == [
        ("moved", "Yuill"), ("seconded", "McLellan")]


def test_division_resolved_to_reject_the_motion_is_lost() -> None:
    """Aberdeen City: "Against the procedural motion (22) - Lord Provost; Depute Provost; and Councillors …",
    "The Council resolved:- to reject the procedural motion."."""
    [vote] = read_votes(fixture_paragraphs("aberdeen-city_division_rejected.txt"))
    assert (vote.votes_for, vote.votes_against, vote.outcome) == (21, 22, "lost")
    assert len(names(vote, "for")) == 21 and len(names(vote, "against")) == 20
    assert VoteCast(Person("Stewart", honorific="Mrs"), "for") in vote.casts


def test_names_on_the_line_after_a_bare_heading() -> None:
    """Durham: "For the Motion" alone on its line, the names on the next; the copy is cut off inside the list
    ("… J Purvis, S Q"), and initials without a surname are no voter. Before it, "Councillor A Hopgood Moved a
    Motion without notice … Seconded by Councillor E Scott and Agreed by Council." is a vote carried."""
    paragraphs = fixture_paragraphs("durham_names_under_a_bare_heading.txt")
    agreed, named = read_votes(paragraphs)
    assert (agreed.outcome, agreed.casts) == ("carried", [])
    assert named.recorded and names(named, "for")[:2] == ["E Adam", "R Adcock-Forster"]
    assert names(named, "for")[-1] == "J Purvis" and len(names(named, "for")) == 37
    assert [(p.kind, p.person.name) for p in participations(paragraphs[0])] == [
        ("moved", "A Hopgood"), ("seconded", "E Scott")]


def test_a_bare_label_without_a_list_after_it_is_no_vote() -> None:
    assert read_votes(["For the Motion", "The Chair thanked Members for the debate."]) == []
    assert read_votes(["Absent from the division (2) - Councillors Dunn and Evans."]) == []
    assert named_heading("For") is None and named_heading("Absent: Councillor Dunn") is None


def test_mover_named_mid_sentence_and_motion_be_carried() -> None:
    """Durham: "Under Council Procedure Rule 12(c) Councillor J Robinson moved that …" then "That the motion be
    carried."."""
    paragraphs = fixture_paragraphs("durham_moved_mid_sentence.txt")
    assert [(p.kind, p.person.name) for text in paragraphs for p in participations(text)] == [
        ("moved", "J Robinson"), ("seconded", "A Laing")]
    assert read_votes(paragraphs) == [Vote(outcome="carried")]


def test_names_one_to_a_line_under_a_label() -> None:
    """A list printed one name to a line, its count under it, goes on until the next label."""
    [vote] = read_votes(["For:", "Councillor Fay Fisher", "Alice Archer", "2", "Against:", "Councillor Dunn",
                         "The motion was carried."])
    assert names(vote, "for") == ["Fay Fisher", "Alice Archer"] and names(vote, "against") == ["Dunn"]
    assert (vote.votes_for, vote.votes_against, vote.outcome) == (2, None, "carried")


def test_an_empty_label_does_not_take_the_result_for_names() -> None:
    """"Abstain (0):" lists nobody: the sentence after it is the vote's result, not a voter."""
    [vote] = read_votes(["For (3): Councillors Allen, Aspinall and Beer", "Against (1): Councillor Dunn",
                         "Abstain (0):", "The motion was carried."])
    assert (vote.votes_for, vote.votes_against, vote.abstentions, vote.outcome) == (3, 1, 0, "carried")
    assert names(vote, "abstain") == [] and len(vote.casts) == 4


def test_vote_table_by_member_in_minutes() -> None:
    """"| Councillor | Vote |" rows in minutes: one cast a row, members who did not vote left out."""
    [vote] = read_votes(["| Councillor | Vote |", "|---|---|", "| Councillor Bob Baker | Against |",
                         "| Councillor Alice Archer | For |", "| Councillor Carol Cooper | Absent |",
                         "The motion was lost."])
    assert vote.casts == [VoteCast(Person("Bob Baker", honorific="Councillor"), "against"),
                          VoteCast(Person("Alice Archer", honorific="Councillor"), "for")]
    assert (vote.outcome, vote.recorded) == ("lost", True)


def test_vote_table_with_a_column_per_option_in_minutes() -> None:
    [vote] = read_votes(["| For | Against | Abstain |", "|---|---|---|", "| Alice Archer | Bob Baker | Carol Cooper |",
                         "| Dan Dyer-Evans | Eve Ellis | |", "| 2 | 2 | 1 |"])
    assert (names(vote, "for"), names(vote, "against"), names(vote, "abstain")) == (
        ["Alice Archer", "Dan Dyer-Evans"], ["Bob Baker", "Eve Ellis"], ["Carol Cooper"])
    assert (vote.votes_for, vote.votes_against, vote.abstentions) == (2, 2, 1)


def test_vote_table_of_options_names_and_counts_then_motion_carried() -> None:
    [vote] = read_votes(["| Vote | Councillors | Count |", "|---|---|---|",
                         "| For | Alice Archer and Dan Dyer-Evans | 2 |", "| Against | None | 0 |", "Motion carried."])
    assert (names(vote, "for"), vote.votes_for, vote.votes_against, vote.outcome) == (
        ["Alice Archer", "Dan Dyer-Evans"], 2, 0, "carried")


def test_rows_of_other_tables_are_no_vote() -> None:
    assert read_votes(["| 5. | Planning application 22/501234 |", "| 6. | Any other business |"]) == []


def test_resolution_after_a_division_it_lost_or_on_an_amendment_states_no_outcome() -> None:
    [lost] = read_votes(["For the Motion: Councillors Ahmed and Bell (2)", "Against the Motion: Councillors Cole, "
                         "Dunn and Evans (3)", "RESOLVED – That the report be noted."])
    assert (lost.votes_for, lost.votes_against, lost.outcome) == (2, 3, None)
    [amendment] = read_votes(["There voted for the amendment:", "Councillors Ahmed and Bell .... 2",
                              "RESOLVED – That the original recommendations be approved."])
    assert amendment.outcome is None


def test_plural_honorific_carries_across_a_semicolon() -> None:
    people, count = names_and_count("Lord Provost; and Councillors Allard, Bouse; Clark and Cooke (23)")
    assert [(p.name, p.honorific) for p in people] == [
        ("Allard", "Councillor"), ("Bouse", "Councillor"), ("Clark", "Councillor"), ("Cooke", "Councillor")]
    assert count == 23


def test_lettered_division_with_the_count_after_a_dash_then_approved() -> None:
    """West Sussex: "(a) For recommendation (4) – 38" with the names on the next paragraph, "(b) Against
    recommendation (4) – 12" likewise, "(c) Abstentions – 0" (nobody named), then "Recommendation (4) was
    approved." (the division's result, in the next numbered paragraph)."""
    [vote] = read_votes(fixture_paragraphs("west-sussex_lettered_division_then_approved.txt"))
    assert (vote.motion, vote.votes_for, vote.votes_against, vote.abstentions, vote.outcome) == (
        "recommendation (4)", 38, 12, 0, "carried")
    assert names(vote, "for")[:2] == ["Albury", "Ali"] and len(names(vote, "for")) == 38
    assert names(vote, "against")[-2:] == ["Sharp", "Walsh"] and len(names(vote, "against")) == 12
    assert VoteCast(Person("N Dennis", honorific="Cllr"), "against") in vote.casts
    assert vote.recorded is True


@pytest.mark.parametrize("line", ["For – 38", "Against: 12", "For 7 years the council has", "(b) For information"])
def test_a_count_or_prose_alone_is_no_division_heading(line: str) -> None:
    """A labelled count without what was voted on is a tally's part, not a list's heading."""
    assert named_heading(line) is None


# Layouts no corpus page prints yet (made-up councillors, as the recorded-votes layout tests use): a named list
# broken over lines, as a copy across a page break or a hard line break leaves it.
@pytest.mark.parametrize("paragraphs", [
    ["For (7)", "Councillors Archer, Baker, Cooper, Dyer-Evans,", "Ellis, Fisher and Green", "Against (2)",
     "Councillors Hill and Irwin"],
    ["For (7): Councillors Archer, Baker, Cooper, Dyer-Evans,", "Ellis, Fisher and", "Green",
     "Against (2): Councillors Hill and Irwin"],
    ["For (7)", "Archer, Baker, Cooper, Dyer-Evans,", "Ellis, Fisher and Green", "Against (2)", "Hill and Irwin"],
    ["For (7)", "Councillor Archer", "Councillor Baker", "Councillor Cooper", "Councillor Dyer-Evans",
     "Councillor Ellis", "Councillor Fisher", "Councillor Green", "Against (2)", "Councillor Hill",
     "Councillor Irwin"],
])
def test_named_list_broken_over_lines_goes_on(paragraphs: list[str]) -> None:
    """The names after a line ending with a comma (or one name to a line under a label) are the same list."""
    [vote] = read_votes(paragraphs)
    assert names(vote, "for") == ["Archer", "Baker", "Cooper", "Dyer-Evans", "Ellis", "Fisher", "Green"]
    assert names(vote, "against") == ["Hill", "Irwin"]
    assert (vote.votes_for, vote.votes_against) == (7, 2)


def test_a_finished_list_does_not_take_the_next_line() -> None:
    """A list that ends without a comma is whole: a capitalised line after it is no voter."""
    [vote] = read_votes(["For (2): Councillors Archer and Baker", "Planning Applications"])
    assert names(vote, "for") == ["Archer", "Baker"]


def test_one_surname_to_a_line_under_a_counted_label() -> None:
    """"For (3)" then a surname to a line: the lines go on the list until the label's count is reached, so the
    resolution after it is no voter."""
    [vote] = read_votes(["For (3)", "Archer", "Baker", "Cooper", "Against (1)", "Hill", "Resolved",
                         "That the report be noted."])
    assert (names(vote, "for"), names(vote, "against")) == (["Archer", "Baker", "Cooper"], ["Hill"])
    assert (vote.votes_for, vote.votes_against) == (3, 1)


def test_named_lists_without_counts_then_the_nominee_declared_elected() -> None:
    """Maldon: "For the recommendation:" / "Councillors …" (and against, and one abstention), no counts, then
    "The Chairman declared that he was therefore elected as Chairman of the Committee.": the nomination carried."""
    [vote] = read_votes(fixture_paragraphs("maldon_named_lists_then_elected.txt"))
    assert (vote.votes_for, vote.votes_against, vote.abstentions, vote.outcome) == (None, None, None, "carried")
    assert names(vote, "for")[:2] == ["M G Bassenger", "B S Beale"] and len(names(vote, "for")) == 15
    assert len(names(vote, "against")) == 12 and VoteCast(Person("A M Beale", honorific="Miss"), "against") in \
        vote.casts
    assert names(vote, "abstain") == ["K W Jarvis"]


def test_a_list_whose_label_the_copy_lost_is_no_ones() -> None:
    """Maldon: after "Against the recommendation:" and its names (ending with a full stop), "Councillors R G Boyce,
    A L Hull and K W Jarvis." has no label in the copy: they are not against (no option to cast them in), and the
    declared result after them is still the division's."""
    [vote] = read_votes(fixture_paragraphs("maldon_list_without_its_label.txt"))
    assert len(names(vote, "for")) == 15 and names(vote, "against")[-1] == "S White"
    assert len(names(vote, "against")) == 11 and "R G Boyce" not in [cast.person.name for cast in vote.casts]
    assert vote.outcome == "carried"


def test_a_nomination_proposed_and_seconded_then_resolved_is_a_vote_carried() -> None:
    """Maldon, Statutory Annual Council (IId=3845): the nomination proposed and seconded, "There being no further
    nominations it was:", then "RESOLVED that Councillor H M Bass be re-elected …" resolving the same proposition:
    the vote on it, carried."""
    votes = read_votes([
        "It was proposed by Councillor P G L Elliott and seconded by Councillor R G Boyce that Councillor H M Bass be "
        "re-elected as Chairman of the Maldon District Council for the ensuing Municipal Year.",
        "There being no further nominations it was:",
        "RESOLVED that Councillor H M Bass be re-elected Chairman of the Maldon District Council for the ensuing "
        "Municipal Year."])
    assert [(v.outcome, v.motion) for v in votes] == [
        ("carried", "that Councillor H M Bass be re-elected Chairman of the Maldon District Council for the ensuing "
                    "Municipal Year.")]


def test_a_resolution_on_another_proposition_is_no_vote_on_the_one_moved() -> None:
    """A nomination moved and seconded as Durham prints one (mgAi.aspx?ID=58323), then a RESOLVED paragraph about
    something else (our line): no vote on the nomination is stated."""
    votes = read_votes([
        "Moved by Councillor C Marshall, Seconded by Councillor A Surtees that Councillor S Deinali be elected "
        "Vice-Chair.",
        "RESOLVED that the minutes of the meeting held on 3 May be confirmed."])
    assert votes == []


def test_a_proposal_that_fell_and_a_side_counted_then_resolved() -> None:
    """East Lindsey, Audit and Governance Committee, minute 48: "It was further proposed that Walter Leschenko …
    be elected Vice-Chairman.  The proposal fell." (a vote, lost); "In favour of Councillor David Andrews being
    elected to Vice-Chairman – 6 votes." then "RESOLVED:" and the resolution (the vote counted, carried)."""
    votes = read_votes([
        "It was proposed and seconded that Councillor David Andrews be elected Vice-Chairman.",
        "It was further proposed that Walter Leschenko, Independent Co-Opted Member be elected Vice-Chairman.  The "
        "proposal fell.",
        "Upon being put to the vote, the result was as follows:",
        "In favour of Councillor David Andrews being elected to Vice-Chairman – 6 votes.",
        "RESOLVED:",
        "That Councillor David Andrews be elected Vice-Chairman of the Audit and Governance Committee for the "
        "remainder of the Council year 2021/22."])
    assert [(v.outcome, v.votes_for, v.votes_against) for v in votes] == [("lost", None, None),
                                                                         ("carried", 6, None)]


def test_a_tally_with_fewer_for_then_a_resolution_states_no_outcome() -> None:
    """A tally whose side against is larger, then "RESOLVED:" and a resolution (our lines): the resolution is not
    taken for the outcome of the vote counted."""
    votes = read_votes(["For: 2 Against: 5", "RESOLVED:", "That the application be refused."])
    assert [(v.outcome, v.votes_for, v.votes_against) for v in votes] == [(None, 2, 5)]


def test_moved_seconded_voted_on_and_carried_is_a_vote_carried() -> None:
    """Peak District National Park Authority (mgAi.aspx?ID=17027): "The recommendation as set out in the report was
    moved, seconded, voted on and carried."; moved and seconded alone states no vote."""
    assert [v.outcome for v in read_votes(["The recommendation as set out in the report was moved, seconded, voted "
                                           "on and carried."])] == ["carried"]
    assert read_votes(["The amendment was moved and seconded."]) == []


def test_put_to_the_vote_and_then_the_resolution_is_a_vote_carried() -> None:
    """Hampshire, Election of Chairman (IId=27480): "… No other nominations were received therefore the
    proposition was put to the vote and" then "That Councillor Mel Kendal be elected Chairman of the County
    Council …" (its RESOLVED lost in the copy): the vote on it, carried."""
    votes = read_votes([
        "Councillor Keith Mans, seconded by Councillor Rob Humby proposed that Councillor Mel Kendal be elected "
        "Chairman of the Council until the Annual General Meeting of the Council in 2021. No other nominations were "
        "received therefore the proposition was put to the vote and",
        "That Councillor Mel Kendal be elected Chairman of the County Council until the Annual General Meeting in "
        "2021."])
    assert [(v.outcome, v.motion) for v in votes] == [
        ("carried", "That Councillor Mel Kendal be elected Chairman of the County Council until the Annual General "
                    "Meeting in 2021.")]


def test_an_outcome_with_voting_as_follows_takes_the_tally_printed_next() -> None:
    """Witney Town Council (mgAi.aspx?ID=8107): "The proposal was carried, with voting as follows:" then "In
    Favour 6" / "Against 0" / "Abstentions 1": one vote, carried, with its counts."""
    votes = read_votes(["A Vote was then called for. The proposal was carried, with voting as follows:",
                        "In Favour 6", "Against 0", "Abstentions 1"])
    assert [(v.outcome, v.votes_for, v.votes_against, v.abstentions) for v in votes] == [("carried", 6, 0, 1)]


def test_a_vote_taken_in_a_paragraph_left_open_then_the_resolution_is_a_vote_carried() -> None:
    """Durham, Election of Vice-Chair (mgAi.aspx?ID=58323): "Upon a vote being taken the result was tied, the Chair
    exercised his casting vote in favour of Councillor C Martin," then "That Councillor C Martin be elected
    Vice-Chair for the remainder of the meeting." (its RESOLVED lost in the copy): carried."""
    votes = read_votes([
        "Upon a vote being taken the result was tied, the Chair exercised his casting vote in favour of Councillor C "
        "Martin,",
        "That Councillor C Martin be elected Vice-Chair for the remainder of the meeting."])
    assert [(v.outcome, v.motion) for v in votes] == [
        ("carried", "That Councillor C Martin be elected Vice-Chair for the remainder of the meeting.")]


def test_a_division_in_paragraphs_with_a_glued_title_and_a_lost_comma() -> None:
    """Burnley, Local Plan Adoption (ieListDocuments.aspx?CId=151&MeetingId=812): "For the Motion" / the names on
    the next line, the copy's "CouncillorsAfrasiab" (a lost space) and "Asif Raja  Paul Reynolds" (a lost comma);
    "Abstained from the motion" is the abstention ("from the motion" no motion's words); the resolution printed
    after the division is what it decided."""
    votes = read_votes([
        "In accordance with Council procedure rule 16.4 a recorded vote was taken on the amendment.",
        "For the Motion",
        "CouncillorsAfrasiab Anwar, Paul Campbell, Saeed Chaudhary,Bea Foster,Sue Graham, Lian Pate, Asif Raja  Paul "
        "Reynolds, David Roper, Ann Royle, Andrew Tatchell, and Mark Townsend",
        "Against the motion",
        "Councillors Gordon Birtwistle, Tom Commis, Ivor Emo, Mark Payne, Jeff Summer and Christine White",
        "Abstained from the motion",
        "Councillor Charlie Briggs",
        "RESOLVED",
        "(1)  That Burnley’s Local Plan be adopted; and"])
    assert len(votes) == 1
    vote = votes[0]
    assert names(vote, "for") == ["Afrasiab Anwar", "Paul Campbell", "Saeed Chaudhary", "Bea Foster", "Sue Graham",
                                  "Lian Pate", "Asif Raja", "Paul Reynolds", "David Roper", "Ann Royle",
                                  "Andrew Tatchell", "Mark Townsend"]
    assert names(vote, "against") == ["Gordon Birtwistle", "Tom Commis", "Ivor Emo", "Mark Payne", "Jeff Summer",
                                      "Christine White"]
    assert names(vote, "abstain") == ["Charlie Briggs"]
    assert {cast.person.honorific for cast in vote.casts} == {"Councillor"}
    assert (vote.outcome, vote.motion, vote.recorded) == ("carried", "(1)  That Burnley’s Local Plan be adopted; and",
                                                          True)


def test_a_double_space_splits_two_full_names_only() -> None:
    """Burnley's "Asif Raja  Paul Reynolds" is two names; Camden's contact "Vicky Wemyss-Cooke  Committee Services
    Manager" (ieListDocuments.aspx?MId=10528), a name and a post, is not split as two names."""
    assert [p.name for p in names_and_count("Lian Pate, Asif Raja  Paul Reynolds, David Roper")[0]] == [
        "Lian Pate", "Asif Raja", "Paul Reynolds", "David Roper"]
    assert [p.name for p in names_and_count("Vicky Wemyss-Cooke  Committee Services Manager")[0]] == [
        "Vicky Wemyss-Cooke Committee Services Manager"]


def test_who_moved_noted_in_brackets_under_what_passed_is_a_vote_with_that_outcome() -> None:
    """Tamworth, Council (ieListDocuments.aspx?CId=152&MID=3144): the minutes approved, then who moved and
    seconded in brackets: the vote on them, carried; a bracketed note after prose that states no outcome is none."""
    votes = read_votes([
        "The minutes of the two meetings held on 26th February 2019 were approved and signed as a correct record.",
        "(Moved by Councillor D Cook and seconded by Councillor Dr S Peaple)"])
    assert [(v.outcome, v.votes_for, v.motion) for v in votes] == [("carried", None, None)]
    assert read_votes(["The Leader of the Council informed Members of the new vision and priorities.",
                       "(Moved by Councillor D Cook and seconded by Councillor Dr S Peaple)"]) == []


def test_a_mover_named_by_office_with_the_holder_in_brackets() -> None:
    """Belfast, Council (ieListDocuments.aspx?CId=164&MId=8353): "Moved by the Lord Mayor (Councillor McAllister),"
    names the holder in the bracket; the bracket no longer cuts the mover short."""
    (moved,) = participations("Moved by the Lord Mayor (Councillor McAllister),")
    assert (moved.kind, moved.person, moved.post.label if moved.post else None) == (
        "moved", Person(name="McAllister", honorific="Councillor"), "Lord Mayor")


def test_moved_and_resolved_with_the_resolution_in_the_next_paragraph() -> None:
    """Thanet, decision (ieDecisionDetails.aspx?AIId=20605): "It was proposed by the Chairman, seconded by the
    Vice-Chairman and RESOLVED:" then the resolution, numbered: the vote on it, carried."""
    votes = read_votes([
        "It was proposed by the Chairman, seconded by the Vice-Chairman and RESOLVED:",
        "1.  THAT, following the recommendation of Standards Committee, the following amendments to Council "
        "Procedure Rule 21 be approved:-"])
    assert [(v.outcome, v.motion) for v in votes] == [(
        "carried", "1.  THAT, following the recommendation of Standards Committee, the following amendments to "
                   "Council Procedure Rule 21 be approved:-")]


def test_an_amendment_declared_to_be_carried() -> None:
    """Burnley, budget 2020/21 (mgAi.aspx?ID=11855): "The amendment was declared to be CARRIED." states the
    outcome of the recorded vote the paragraph before took (its names not printed there)."""
    votes = read_votes(["In accordance with Council procedure rule 16.7 a recorded vote was taken on the amendment.",
                        "The amendment was declared to be CARRIED."])
    assert [(v.outcome, v.votes_for, v.casts) for v in votes] == [("carried", None, [])]


TEIGNBRIDGE = paths.TESTS / "corpus" / "records" / "teignbridge_meeting_2934.txt"


def test_a_division_counted_on_the_line_under_each_list_with_its_summary_ahead() -> None:
    """Teignbridge 2934 (ieListDocuments.aspx?CId=165&MeetingId=2934): "This was seconded by Cllr Daws put to the
    vote and lost." then "Recorded vote under Procedure Rule 4.13.5", "For: Cllrs Bradford, … and Patch" / "(7
    members)", "Against: …" / "(22 members)", "Abstain: …" / "(9 members)", "Not voted: Cllr Cook" / "(1 member)",
    "Absent: …" / "(8 members)", "The amendment was lost.": one vote, the division, counted from the lines under
    its lists; "Not voted" and "Absent" list no option. The substantive motion then put and resolved is a second."""
    votes = read_votes([line.text for line in page_lines(TEIGNBRIDGE.read_text(encoding="utf-8"))])
    division, substantive = votes
    assert (division.votes_for, division.votes_against, division.abstentions, division.outcome) == (7, 22, 9, "lost")
    assert names(division, "for") == ["Bradford", "Daws", "Eden", "MacGregor", "Mullone", "Orme", "Patch"]
    assert len(names(division, "against")) == 22 and names(division, "against")[8] == "Evans"
    assert names(division, "abstain")[-1] == "Tume" and len(division.casts) == 38
    assert (substantive.outcome, substantive.casts) == ("carried", [])
    assert read_votes(["For: Cllrs Bradford and Daws", "(2 councillors)", "The motion was carried."])[0].votes_for == 2


def test_proposed_and_seconded_by_office_holders_and_resolved_is_a_vote_carried() -> None:
    """Wolverhampton 9098 (ieListDocuments.aspx?CId=129&MId=9098): "The retiring Mayor proposed, the retiring Deputy
    Mayor seconded, and it was resolved:" then the resolution; and a proposition whose resolution follows a
    "Resolved:" of its own line, a name run together once ("Councillor MarieClaire Darke") and spaced after."""
    [minutes] = read_votes(["The retiring Mayor proposed, the retiring Deputy Mayor seconded, and it was resolved:",
                            "That the minutes of the previous meeting, held on 3 April 2019, be agreed as a correct "
                            "record and signed accordingly by the retiring Mayor."])
    assert (minutes.outcome, minutes.motion[:32]) == ("carried", "That the minutes of the previous")
    [mayor] = read_votes([
        "It was proposed by Councillor Sandra Samuels OBE, seconded by Councillor Anwen Muston that Councillor "
        "MarieClaire Darke be elected as Mayor of the Council for the ensuing year.", "Resolved:",
        "That Councillor Marie Claire Darke be elected as Mayor for the 2019 - 2020 municipal year, having made the "
        "declaration of office prescribed by the Local Government Act 1972 (as amended) …"])
    assert mayor.outcome == "carried" and mayor.motion.startswith("That Councillor Marie Claire Darke")
    assert read_votes(["It was proposed by Councillor A Jones, seconded by Councillor B Smith that Councillor C "
                       "Brown be elected as Mayor.", "Resolved:", "That the report be noted."]) == []


def test_a_nomination_seconded_and_resolved_is_a_vote_carried_moved_by_its_nominator() -> None:
    """Northumberland 1621 (ieListDocuments.aspx?CId=346&MId=1621): "Councillor Flux was nominated by Councillor
    Sanderson and seconded by Councillor Wearmouth. There were no other nominations." then "RESOLVED that Councillor
    Flux be elected Business Chair …"; two nominations, one resolution appointing both ("respectively")."""
    nomination = ("Councillor Flux was nominated by Councillor Sanderson and seconded by Councillor Wearmouth. There "
                  "were no other nominations.")
    [vote] = read_votes([nomination, "RESOLVED that Councillor Flux be elected Business Chair for the ensuing year."])
    assert vote.outcome == "carried"
    assert [(p.kind, p.person.name) for p in participations(nomination)] == [
        ("moved", "Sanderson"), ("seconded", "Wearmouth")]
    two = ("Councillor Hutchinson was nominated for Civic Head by Councillor Sanderson and seconded by Councillor "
           "Stewart. Councillor Cessford was nominated for Deputy Civic Head by Councillor Hutchinson and seconded by "
           "Councillor Homer. There were no other nominations.")
    votes = read_votes([two, "RESOLVED that Councillors Hutchinson and Cessford be appointed Civic Head and Deputy "
                             "Civic Head respectively for the ensuing year."])
    assert [v.outcome for v in votes] == ["carried", "carried"]
    assert [(p.kind, p.person.name) for p in participations(two)] == [
        ("moved", "Sanderson"), ("seconded", "Stewart"), ("moved", "Hutchinson"), ("seconded", "Homer")]
    assert read_votes([nomination, "RESOLVED that the minutes be approved."]) == []


def test_a_proposition_in_its_own_words_and_this_was_agreed() -> None:
    """Portsmouth 2413: "Proposed by Councillor Donna Jones" / "Seconded by Councillor Gerald Vernon-Jackson" / "That
    the minutes of the meeting held on 11 November 2014 be approved as a correct record and this was agreed." then
    the RESOLVED paragraph: one vote, carried."""
    votes = read_votes(["It was", "Proposed by Councillor Donna Jones", "Seconded by Councillor Gerald Vernon-Jackson",
                        "That the minutes of the meeting held on 11 November 2014 be approved as a correct record and "
                        "this was agreed.", "RESOLVED that the minutes of the meeting of the council held on 11 "
                        "November 2014 be confirmed and signed as a correct record."])
    assert [v.outcome for v in votes] == ["carried"]
    assert read_votes(["The Committee discussed the report and this was agreed."]) == []


def test_a_count_printed_after_total() -> None:
    """Teignbridge 3172: "Absent: Buscombe, Hayes, Hook and Rollason  Total 4" — the count after "Total", no name."""
    people, count = names_and_count("Cllrs Bradford, Daws, Gearon and J Taylor   Total  9")
    assert ([p.name for p in people], count) == (["Bradford", "Daws", "Gearon", "J Taylor"], 9)


def test_who_did_not_vote_in_a_division_is_the_divisions_not_the_meetings_attendance() -> None:
    """Teignbridge 2934: "Absent:  Cllrs Foden, Hayes, …" and "Not voted: Cllr Cook", each under the division's
    lists, are the paragraphs an attendance reader leaves alone; an "Absent:" list of a meeting is not one."""
    texts = [line.text for line in page_lines(TEIGNBRIDGE.read_text(encoding="utf-8"))]
    assert not_voting_lists(texts) == {
        "Not voted: Cllr Cook",
        "Absent:  Cllrs Foden, Hayes, Hocking, Jefferies, Kerswell, J Petherick, L Petherick and Parker"}
    assert not_voting_lists(["Present: Councillors A Jones and B Smith", "Absent: Councillor C Brown"]) == set()


def test_a_proposition_seconded_after_it_and_resolved_three_paragraphs_on() -> None:
    """Teignbridge 3172: "Cllr Wrigley proposed that Cllr D Cox be elected Deputy Chair …, this was seconded by Cllr
    Keeling." then a rival nomination, the nominees leaving, and "RESOLVED that Cllr D Cox be elected Deputy-C" (the
    copy cut): the first proposition carried; the rival, whose words the resolution does not open with, did not."""
    votes = read_votes([
        "Cllr Wrigley proposed that Cllr D Cox be elected Deputy Chair of the Council for the 2023/24 municipal year, "
        "this was seconded by Cllr Keeling.",
        "Cllr J Taylor proposed that Cllr Radford be elected Deputy Chair of the Council for the 2023/24 municipal "
        "year, this was seconded by Cllr Mullone.",
        "Cllr D Cox and Cllr Radford left the meeting for the vote.",
        "RESOLVED that Cllr D Cox be elected Deputy-C"])
    assert [(v.outcome, v.motion) for v in votes] == [("carried", "that Cllr D Cox be elected Deputy-C")]


def test_a_mover_named_by_office_then_the_holders_title_and_name() -> None:
    """Teignbridge 3432 (ieListDocuments.aspx?CId=165&MId=3432): "It was proposed by the Leader Councillor Keeling and
    seconded by Councillor Parrott that …": Keeling moved, as Leader; an office alone stays a post."""
    moved, seconded = participations("It was proposed by the Leader Councillor Keeling and seconded by Councillor "
                                     "Parrott that the minutes of the meeting on 30 July 2024 be approved.")
    keeling = Person("Keeling", honorific="Councillor")
    assert (moved.kind, moved.person, moved.post.label) == ("moved", keeling, "Leader")
    assert (seconded.kind, seconded.person.name) == ("seconded", "Parrott")
    (chair,) = participations("Moved by the Chair of the Committee.")
    assert (chair.person, chair.post.label) == (None, "Chair of the Committee")


def test_a_recorded_vote_between_a_proposition_and_its_resolution_uses_none_of_its_wait() -> None:
    """Teignbridge 3172 (ieListDocuments.aspx?CId=165&MId=3172): the nomination of Cllr Clarance, a rival one, the
    nominees leaving, then the recorded vote's lines, then "RESOLVED that Cllr Clarance be elected Chair …": the
    nomination carried."""
    lines = [line.text for line in page_lines(
        (paths.TESTS / "corpus" / "records" / "teignbridge_meeting_3172.txt").read_text(encoding="utf-8"))]
    start = next(i for i, text in enumerate(lines) if text.startswith("Cllr Wrigley proposed that Cllr Clarance"))
    end = next(i for i, text in enumerate(lines) if text.startswith("RESOLVED that Cllr Clarance"))
    votes = read_votes(lines[start:end + 1])
    assert [(v.outcome, v.motion[:30], v.votes_for) for v in votes] == [
        ("carried", "that Cllr Clarance be elected ", 32), ("lost", "For Cllr Radford", 9)]


def test_a_line_of_mover_and_seconder_parted_by_a_dash_then_the_resolution() -> None:
    """Barnsley, barnsley_agendaitem_5374: "Moved by Councillor W Johnson – Seconded by Councillor Clarke" alone on
    its line, then "RESOLVED that …": both people (the dash ends the mover's name), and the resolution carried."""
    paragraphs = ["Moved by Councillor W Johnson – Seconded by Councillor Clarke",
                  "RESOLVED that Councillor B. Mathers be and is hereby elected Deputy Mayor of the Borough for the "
                  "ensuing municipal year (2016/17)."]
    assert [(p.kind, p.person.honorific, p.person.name) for p in participations(paragraphs[0])] == [
        ("moved", "Councillor", "W Johnson"), ("seconded", "Councillor", "Clarke")]
    assert read_votes(paragraphs) == [Vote(outcome="carried", motion=paragraphs[1].removeprefix("RESOLVED "))]
    assert read_votes([paragraphs[0], "The Council noted the report.", paragraphs[1]]) == []


def test_an_active_pair_parted_by_commas_then_the_council_resolved() -> None:
    """Kensington and Chelsea (kensington-chelsea_meeting_3419.md): "Councillor Mackover moved, Councillor
    Hargreaves seconded, and Council RESOLVED that:" then the resolution on its own line: both people, the vote
    carried; a vote of thanks moved and seconded so ("North moved, and … Areti seconded, a vote …") names both."""
    moved = "Councillor Mackover moved, Councillor Hargreaves seconded, and Council RESOLVED that:"
    resolution = ("Councillor Will Lane be elected Mayor of the Royal Borough of Kensington and Chelsea for the "
                  "ensuing year.")
    assert [(p.kind, p.person.name) for p in participations(moved)] == [
        ("moved", "Mackover"), ("seconded", "Hargreaves")]
    assert read_votes([moved, resolution]) == [Vote(outcome="carried", motion=resolution)]
    thanks = ("Councillor North moved, and Councillor Areti seconded, a vote of thanks to the retiring Mayor and "
              "Deputy Mayor. Councillor Lari also spoke.")
    assert [(p.kind, p.person.name) for p in participations(thanks)] == [("moved", "North"), ("seconded", "Areti")]
    # A motion moved by an office and seconded by no one named stays no vote (croydon_meeting_4016.md).
    assert read_votes(["The Chair MOVED to exclude the press and public from the remainder of the meeting. This was "
                       "seconded and the committee RESOLVED:", "That the press and public be excluded."]) == []


# Our own paragraphs in a pattern minutes print (no non-holdout page with it was found; names made up): two members
# proposed and seconded for an office, the nominee leaving the room, the vote put, "Resolved" alone on its line,
# then the resolution electing one of them.
ELECTION_BY_VOTE = [
    "Councillor Rose Lane was proposed by Councillor Tom Reid and seconded by Councillor Sue Patel.",
    "Councillor Ray Owen was proposed by Councillor Ann Baker and seconded by Councillor Ken Hale.",
    "Having been nominated, Councillor Owen left the room to enable the Vice-Chairman to preside over the vote.",
    "Councillor Ken Hale in the Chair",
    "Having been put to the vote, the meeting;",
    "Resolved",
    "That Councillor Ray Owen be elected Chairman of the Council for the municipal year 2019/20",
]


def test_a_vote_put_then_resolved_on_a_line_of_its_own_carried() -> None:
    """"Having been put to the vote, the meeting;" then a bare "Resolved" then "That …": the vote put carried what
    it resolved (the bare marker does not end the wait)."""
    [vote] = read_votes(ELECTION_BY_VOTE)
    assert (vote.outcome, vote.motion) == ("carried", ELECTION_BY_VOTE[-1])


def test_a_nominee_proposed_and_seconded_then_elected_is_a_vote_carried() -> None:
    """"Councillor X was proposed by … and seconded by …. There being no other nominations, it was" / "Resolved:" /
    "That Councillor X be elected …": the nomination (proposed, as "nominated") carried."""
    paragraphs = ["Councillor Ray Owen was proposed by Councillor Ann Baker and seconded by Councillor Ken Hale. There "
                  "being no other nominations, it was", "Resolved:",
                  "That Councillor Ray Owen be elected Vice-Chairman of the Council for the municipal year 2019/20."]
    [vote] = read_votes(paragraphs)
    assert (vote.outcome, vote.motion) == ("carried", paragraphs[-1])


def test_a_side_counted_alone_on_its_line_with_the_names_below() -> None:
    # Telford and Wrekin, telford-and-wrekin_meeting_2288.txt: "For 13" / "Councillors …" / "Against 33" /
    # "Councillors …" / "Abstain 0", then a resolution rejecting the motion: the division lost.
    [vote] = read_votes([
        "Following a debate, a recorded vote was requested by the requisite number of councillors and that was as "
        "follows:",
        "For 13",
        "Councillors S Bentley, S P Burrell and E J Carter",
        "Against 33",
        "Councillors K T Blundell, M Boylan and A J Burford.",
        "Abstain 0",
        "RESOLVED that the motion not be approved.",
    ])
    assert (vote.votes_for, vote.votes_against, vote.abstentions, vote.outcome) == (13, 33, 0, "lost")
    assert [(cast.person.name, cast.option) for cast in vote.casts] == [
        ("S Bentley", "for"), ("S P Burrell", "for"), ("E J Carter", "for"),
        ("K T Blundell", "against"), ("M Boylan", "against"), ("A J Burford", "against")]


def test_a_motion_moved_under_a_procedure_rule_and_one_that_will_be_seconded() -> None:
    # Telford and Wrekin, telford-and-wrekin_meeting_2288.txt: the agenda's notice says who will second (not yet
    # a seconder); the minutes say who moved, under a rule named after a comma, and who seconded.
    assert participations("The Motion will be seconded by Councillor Nigel Dugmore.") == []
    assert participations("Councillor A J Eade moved, in accordance with Council Procedure") == [
        Participation("moved", Person("A J Eade", "Councillor"))]
    assert participations("Councillor N A Dugmore seconded the motion.") == [
        Participation("seconded", Person("N A Dugmore", "Councillor"))]


def test_a_nomination_s_proposer_and_seconder_labelled_on_their_lines() -> None:
    # North Tyneside, north-tyneside_meeting_979.txt: "Nominee: …" / "Proposer: …" / "Seconder: …".
    assert participations("Proposer: Councillor I Grayson") == [
        Participation("moved", Person("I Grayson", "Councillor"))]
    assert participations("Seconder: Councillor T Hallway   ") == [
        Participation("seconded", Person("T Hallway", "Councillor"))]
    assert participations("Nominee: Councillor S Cox") == []


def test_a_resolution_stated_as_the_result_of_the_vote_put() -> None:
    # Monmouthshire, monmouthshire_meeting_5740.txt: the vote and its resolution in one sentence, no RESOLVED.
    assert read_votes(["Upon being put to the vote Council resolved to accept the recommendations"]) == [
        Vote(motion="to accept the recommendations", outcome="carried")]


def test_a_resolution_naming_the_successful_motion_it_adopts() -> None:
    # Redcar and Cleveland, redcar-and-cleveland_meeting_261.txt: "MOVED BY …" in capitals, then "RESOLVED that on
    # the successful motion of … that Councillor Head be elected as Mayor of …" ("for" in the motion): it carried.
    [vote] = read_votes([
        "MOVED BY Councillor Morgan and duly seconded by Councillor Nightingale that Councillor Head be elected as "
        "Mayor for the Borough of Redcar and Cleveland for the ensuing Municipal Year 2023/24.",
        "RESOLVED that on the successful motion of Councillor Morgan and duly seconded by Councillor Nightingale that "
        "Councillor Head be elected as Mayor of the Borough of Redcar and Cleveland for the ensuing Municipal Year "
        "2023/24.",
    ])
    assert vote.outcome == "carried"


def test_what_was_moved_first_then_who_moved_and_seconded_then_the_resolution() -> None:
    """Test Valley (test-valley_meeting_3915.md): "The minutes of the Cabinet meeting held on 20 November 2024 were
    proposed by Councillor P North and seconded by Councillor Flood." then "Resolved: That the minutes … be
    confirmed …": the vote on the resolution, carried; a member so proposed is a nomination, not this."""
    paragraphs = ["The minutes of the Cabinet meeting held on 20 November 2024 were proposed by Councillor P North "
                  "and seconded by Councillor Flood.",
                  "Resolved: That the minutes of the meeting held on 20 November 2024 be confirmed and signed as a "
                  "correct record."]
    assert read_votes(paragraphs) == [Vote(outcome="carried", motion=paragraphs[1].removeprefix("Resolved: "))]


def test_a_nomination_seconded_and_no_further_nominations_carries_the_resolution_below() -> None:
    """records/lincolnshire_meeting_8606.txt: "On the nomination of M J Hill OBE, seconded by P A Bradwell OBE and
    there being no further nominations, it was" / "RESOLVED" / "That E W Strengiel be elected as the Chairman …":
    the nominator moves, untitled initials and a surname are names, and the resolution carried."""
    lines = ["On the nomination of M J Hill OBE, seconded by P A Bradwell OBE and there being no further nominations, "
             "it was", "RESOLVED", "That E W Strengiel be elected as the Chairman of the County Council for 2024/25."]
    assert [(p.kind, p.person.name, p.person.post_nominals) for p in participations(lines[0])] == [
        ("moved", "M J Hill", ("OBE",)), ("seconded", "P A Bradwell", ("OBE",))]
    assert [(vote.motion, vote.outcome) for vote in read_votes(lines)] == [
        ("That E W Strengiel be elected as the Chairman of the County Council for 2024/25.", "carried")]


def test_a_member_nominating_another_and_no_further_nominations_carries_the_nomination() -> None:
    """records/dartford_meeting_3024.txt, item 1: the Leader nominates (moves), another seconds, and "There being no
    further nominations" the nominee "was duly elected": the nomination carried."""
    lines = ["The Leader of the Council, Councillor J A Kite MBE, nominated Councillor R M Currans to be elected as "
             "Mayor of the Borough of Dartford for the next Municipal Year.  The nomination was seconded by Councillor "
             "C J Shippam.", "There being no further nominations Councillor R M Currans was duly elected the "
             "Worshipful the Mayor of the Borough of Dartford, for the 2021/22 Municipal Year."]
    assert [(p.kind, p.person.name) for p in participations(lines[0])] == [
        ("moved", "J A Kite"), ("seconded", "C J Shippam")]
    assert [(vote.motion, vote.outcome) for vote in read_votes(lines)] == [
        ("Councillor R M Currans was duly elected the Worshipful the Mayor of the Borough of Dartford, for the "
         "2021/22 Municipal Year", "carried")]


def test_a_vote_said_to_make_the_resolution_printed_next_carried_it() -> None:
    """Chichester's minutes (records/chichester_issue_7439.txt, records/chichester_meeting_1693.txt) say the body
    voted, then print "RESOLVED" alone and the resolution."""
    for lead in ("The Council voted unanimously on a show of hands to make the resolution below.",
                 "In a vote the following resolution was agreed:"):
        lines = [lead, "RESOLVED", "That the minutes of the meeting of the Council on Tuesday 20 November 2018 be "
                 "approved as a correct record."]
        assert [(vote.motion, vote.outcome) for vote in read_votes(lines)] == [(lines[2], "carried")]


def test_a_member_proposing_another_and_in_a_vote_the_nominee_elected() -> None:
    """Chichester's annual Council (chichester.moderngov.co.uk MId=1694, a page of a council in the corpus):
    "Cllr Vivian proposed Cllr Apel which was seconded by Cllr Newbery." / "There were no further nominations." /
    "In a vote Cllr Apel was duly elected as Chair of the Council."."""
    lines = ["Cllr Vivian proposed Cllr Apel which was seconded by Cllr Newbery.", "There were no further nominations.",
             "In a vote Cllr Apel was duly elected as Chair of the Council."]
    assert [(p.kind, p.person.name) for p in participations(lines[0])] == [("moved", "Vivian"), ("seconded", "Newbery")]
    assert [(vote.motion, vote.outcome) for vote in read_votes(lines)] == [
        ("Cllr Apel was duly elected as Chair of the Council", "carried")]


def test_an_election_said_with_no_nomination_printed_before_it_is_no_vote() -> None:
    """ "In a vote Cllr Apel was duly elected as Chair of the Council." reads as the vote on a nomination only
    where the minutes print that nomination first (the test above): alone, or after someone else's nomination,
    the reader does not guess a vote it cannot see."""
    said = "In a vote Cllr Apel was duly elected as Chair of the Council."
    assert read_votes([said]) == []
    assert read_votes(["Cllr Vivian proposed Cllr Brown which was seconded by Cllr Newbery.", said]) == []


def test_put_to_the_vote_then_resolved_alone_then_the_resolution_in_lower_case() -> None:
    # records/ashfield_meeting_3554.txt: "Having been put to the vote it was" / "RESOLVED" / "that Councillor
    # Glenys Maxwell be elected …" (the resolution in lower case under its marker): the vote carried it.
    resolution = "that Councillor Glenys Maxwell be elected Chairman of the Council until the next Annual Meeting."
    paragraphs = ["Being duly moved and seconded, nominations were received for Councillors Glenys Maxwell and Mike "
                  "Smith. Having been put to the vote it was", "RESOLVED", resolution]
    assert read_votes(paragraphs) == [Vote(motion=resolution, outcome="carried")]


def test_on_the_motion_of_seconded_by_it_was_then_resolved_alone_then_the_resolution() -> None:
    # records/bristol_meeting_3769.txt: "On the motion of the Lord Mayor, seconded by Councillor Hance, it was" /
    # "RESOLVED:" / "That the minutes … be confirmed …": the vote carried it. A marker with a tally after it
    # ("Resolved: (By 14 votes to none)", Lewes and Eastbourne) is read with its counts, as before.
    resolution = ("That the minutes of the meeting of the Full Council held on the 12th November 2019 be confirmed "
                  "as correct record and signed by the Lord Mayor")
    assert read_votes(["On the motion of the Lord Mayor, seconded by Councillor Hance, it was", "RESOLVED:",
                       resolution]) == [Vote(motion=resolution, outcome="carried")]
    [counted] = read_votes(["This matter was proposed by Councillor Tutt on behalf of the Cabinet and seconded by "
                            "Councillor Shuttleworth.", "Resolved: (By 14 votes to none)"])
    assert (counted.votes_for, counted.votes_against, counted.outcome) == (14, 0, "carried")


def test_a_motion_moved_and_seconded_waits_over_one_paragraph_of_narrative() -> None:
    # records/bassetlaw_meeting_845.txt: "Proposed by Councillor J Naish and seconded by Councillor J White." / "The
    # Chief Executive also gave his thanks …" / "Resolved that a vote of thanks be recorded …": the vote carried it.
    # A paragraph that does other business (here a motion's amendment) ends the wait.
    resolution = "that a vote of thanks be recorded to the retiring Chairman, Councillor M Richardson."
    moved = "Proposed by Councillor J Naish and seconded by Councillor J White."
    narrative = ("The Chief Executive also gave his thanks to the retiring Chairman on behalf of officers and "
                 "presented her with a gift of thanks.")
    assert read_votes([moved, narrative, f"Resolved {resolution}"]) == [Vote(motion=resolution, outcome="carried")]
    assert read_votes([moved, "An amendment was then debated at length.", f"Resolved {resolution}"]) == []


def test_a_list_of_nobody_whose_count_the_full_stop_closes() -> None:
    # records/folkestone-hythe_meeting_4478.txt: "ABSTENTIONS: None (0)." names nobody (no person "None") and
    # counts 0, as "None (0)" does.
    assert names_and_count("None (0).") == ([], 0)
    assert names_and_count("Councillors Davison, Dorrell and Wing (3).")[1] == 3
    [vote] = read_votes(["There voted for the motion: Councillors Davison and Wing (2).", "ABSTENTIONS: None (0)."])
    assert (vote.abstentions, [cast.person.name for cast in vote.casts]) == (0, ["Davison", "Wing"])


def test_a_motion_moved_and_seconded_and_it_was_resolved_accordingly() -> None:
    # records/high-peak_meeting_2417.md: "… and it was RESOLVED accordingly." ends the motion's paragraph (under "It
    # was moved by … and seconded by …:") or the paragraph that moved and seconded it: the vote carried.
    assert read_votes(["It was moved by Councillor Sloman and seconded by Councillor Barrow:",
                       "That Councillor Peter Inman be and is hereby elected Chairman of the Council and it was "
                       "RESOLVED accordingly."]) == [
        Vote(motion="That Councillor Peter Inman be and is hereby elected Chairman of the Council", outcome="carried")]
    assert read_votes(["Councillor A McKeown moved a vote of thanks to Councillor Ollie Cross, the retiring Mayor. "
                       "Councillor Siddall seconded the motion and it was RESOLVED accordingly."]) == [
        Vote(motion="a vote of thanks to Councillor Ollie Cross, the retiring Mayor", outcome="carried")]
    assert read_votes(["The report was noted and it was RESOLVED accordingly."]) == []


def test_the_vote_or_the_proposition_said_to_be_carried_states_the_outcome() -> None:
    """records/west-oxfordshire_meeting_2401.md: "There were 38 votes for, 0 votes against and 4 abstentions. The
    vote was carried."; records/west-northamptonshire_meeting_162.txt: "Upon a vote, the proposition was Carried."."""
    [counted] = read_votes(["This was seconded by Councillor Duncan Enright and was put to a vote. There were 38 votes "
                            "for, 0 votes against and 4 abstentions. The vote was carried."])
    [proposition] = read_votes(["Councillor Kilbride seconded the proposition.", "Upon a vote, the proposition was "
                                "Carried."])
    assert (counted.votes_for, counted.votes_against, counted.abstentions, counted.outcome) == (38, 0, 4, "carried")
    assert (proposition.votes_for, proposition.outcome) == (None, "carried")


def test_a_mover_named_with_a_post_between_commas_before_proposed() -> None:
    """records/west-oxfordshire_meeting_2401.md: "Councillor Andy Graham, Leader of the Council, proposed that the
    minutes … be agreed": Graham moved; a second titled name between the commas is no post."""
    moved = participations("Councillor Andy Graham, Leader of the Council, proposed that the minutes of the previous "
                           "meeting of Council be agreed. This was seconded by Councillor Duncan Enright.")
    assert [(p.kind, p.person.name) for p in moved] == [("moved", "Andy Graham"), ("seconded", "Duncan Enright")]
    assert participations("Councillor Smith, Councillor Jones, seconded that the report be noted.") == []


def test_a_nomination_proposed_that_a_councillor_be_nominated_is_the_vote_the_election_states() -> None:
    """records/mansfield_meeting_137.txt: "It was proposed by Councillor Coxhead and seconded by Councillor P.
    Henshaw that Councillor Clay be nominated for … Vice-Chair …", "There being no further nominations, Councillor
    Clay was elected unopposed.", then the resolution appointing Clay: one vote, carried (however short the name)."""
    votes = read_votes(["It was proposed by Councillor Coxhead and seconded by Councillor P. Henshaw that Councillor "
                        "Clay be nominated for the position of Vice-Chair of the Council for 2023/24.",
                        "There being no further nominations, Councillor Clay was elected unopposed.",
                        "RESOLVED - That Councillor Clay be appointed as Vice-Chair of the Council for 2023/24"])
    assert [vote.outcome for vote in votes] == ["carried"]


def test_the_chair_confirming_after_the_vote_that_the_minutes_had_been_approved() -> None:
    """records/mansfield_meeting_137.txt: "On the minutes being put to the vote, the Chair confirmed that the minutes
    had been approved.": the vote carried."""
    votes = read_votes(["It was proposed by Councillor Coxhead and seconded by Councillor Burgin that the minutes of "
                        "the Annual Council held on 17 May, 2022 be confirmed as a correct record.",
                        "On the minutes being put to the vote, the Chair confirmed that the minutes had been approved.",
                        "RESOLVED - That the minutes be confirmed as a correct record."])
    assert [vote.outcome for vote in votes] == ["carried"]


def test_a_seconder_before_the_quoted_proposition() -> None:
    """records/fareham_meeting_3564.txt: "… it was proposed by Councillor S D T Woodward and seconded by Councillor K D
    Evans “that Councillor Mrs S M Bayford be elected Mayor …”": the quotation mark opens the proposition, which ends
    the seconder's name as "that" does."""
    said = ("it was proposed by Councillor S D T Woodward and seconded by Councillor K D Evans “that Councillor Mrs S "
            "M Bayford be elected Mayor of Fareham for the municipal year 2018/19”.")
    assert [(p.kind, p.person.honorific, p.person.name) for p in participations(said)] == [
        ("moved", "Councillor", "S D T Woodward"), ("seconded", "Councillor", "K D Evans")]


def test_a_vote_of_thanks_proposed_and_a_mover_said_again_by_pronoun() -> None:
    """records/west-devon_meeting_1849.txt: "Cllr M Renders proposed a vote of thanks to the retiring Mayor." moves it;
    records/west-northamptonshire_meeting_162.txt: "Councillor Larratt expressed his thanks … He proposed that
    Councillor Ann Addison be elected Chairman …": "He" is the member the sentence before opens with. A sentence
    before that opens with no titled member ("The Mayor thanked everyone.") names nobody for "He"."""
    thanks = ("Cllr M Renders proposed a vote of thanks to the retiring Mayor.  The proposition was seconded by "
              "Cllr Jory.")
    assert [(p.kind, p.person.name) for p in participations(thanks)] == [("moved", "M Renders"), ("seconded", "Jory")]
    again = ("Councillor Larratt expressed his thanks to Chris Millar for his contribution as Chair of West "
             "Northamptonshire Shadow Authority. He proposed that Councillor Ann Addison be elected Chairman of West "
             "Northamptonshire Council.")
    assert [(p.kind, p.person.honorific, p.person.name) for p in participations(again)] == [
        ("moved", "Councillor", "Larratt")]
    assert participations("The Mayor thanked everyone. He proposed that the minutes be approved.") == []


def test_a_member_who_proposed_after_another_verb_of_theirs_and_it_was_then_resolved() -> None:
    """"Councillor A opened the meeting, and proposed that the co-chairs continue and it was" / "Resolved –" / "That
    …": the member who opens the sentence moved it, and the vote carried what was resolved; "and Councillor B
    proposed that …" is B's own moving, and a sentence opening with no titled member names nobody."""
    said = ("Councillor Ada Vole opened the meeting of the Joint Board, and proposed that the practice of co-chairs "
            "should continue and it was")
    assert [(p.kind, p.person.honorific, p.person.name) for p in participations(said)] == [
        ("moved", "Councillor", "Ada Vole")]
    resolution = "That there should be co-chairs for the Joint Board."
    assert read_votes([said, "Resolved –", resolution]) == [Vote(motion=resolution, outcome="carried")]
    assert participations("The Chair opened the meeting, and proposed that the minutes be approved.") == []


def test_moved_and_seconded_with_the_resolution_or_its_outcome_in_the_next_paragraph() -> None:
    # Derry City and Strabane, derry-strabane_meeting_1241: "… Seconded and the Council" / "Resolved that …".
    moved = "Councillor Devenney Moved, Councillor Hussey Seconded and the Council"
    resolution = ("Resolved        that Standing Orders be suspended in order to allow access to members of the "
                  "public to the Council Chamber.")
    assert [(p.kind, p.person.name) for p in participations(moved)] == [
        ("moved", "Devenney"), ("seconded", "Hussey")]
    assert [v.outcome for v in read_votes([moved, resolution])] == ["carried"]
    # The same page: "Proposed," with the seconder after it.
    assert [(p.kind, p.person.name) for p in participations("Councillor McCann Proposed, Seconded by Councillor "
                                                             "Harkin")] == [("moved", "McCann"), ("seconded", "Harkin")]
    # Boston, boston_meeting_2039: "… and;" over "Resolved: That …".
    assert [v.outcome for v in read_votes([
        "It was proposed by Councillor John Baxter, Seconded by Councillor Anne Dorrian and;",
        "Resolved: That Council adopt the draft South and East Lincolnshire Councils Partnership Asset Management "
        "Strategy 2023-2028."])] == ["carried"]
    # Hart, hart_meeting_540: the moving is the paragraph's last sentence; the next says the minutes were confirmed.
    assert [v.outcome for v in read_votes([
        "The Chairman accepted this information and there were no objections. The Minutes were proposed by "
        "Councillor Oliver and seconded by Councillor Radley.",
        "The Minutes of the meeting of 23 February 2023 were confirmed and signed as a correct record."])] \
        == ["carried"]
    # North Northamptonshire, north-northamptonshire_meeting_765: the verbs in capitals.
    assert [(p.kind, p.person.name) for p in participations(
        "Councillor Larry Henson MOVED the minutes of the meeting held on 29th September 2022 be agreed. Councillor "
        "Jim Hakewill SECONDED the motion.")] == [("moved", "Larry Henson"), ("seconded", "Jim Hakewill")]


def test_minutes_unanimously_accepted_as_an_accurate_record_are_a_vote_carried() -> None:
    """Forest Heath 3648: "were unanimously accepted as an accurate record" resolved the minutes; "accepted"
    alone states no outcome."""
    assert read_votes(["The minutes of the meeting held on 14 June 2017 were unanimously accepted as an accurate "
                       "record and were signed by the Chairman."]) == [Vote(outcome="carried")]
    assert read_votes(["The Committee unanimously accepted the invitation to visit the site."]) == []


def test_a_roll_call_table_flattened_column_by_column() -> None:
    """Argyll and Bute 7454: the roll-call table's headers "Motion" / "Amendment" / "No Vote" one to a line, then
    its members one to a line, column after column, each column in alphabetical order: a surname sorting before
    the one above it ("Armour" after "Vennard") starts the next column. The motion and the amendment are a vote
    each, cast for by their column; "No Vote" casts nothing."""
    votes, not_voting = read_votes_and_not_voting([
        "Members voted as follows –", "Motion", "Amendment", "No Vote", "Councillor Jim Anderson",
        "Councillor Aileen Morton", "Councillor Ellen Morton", "Councillor Andrew Vennard", "Councillor John Armour",
        "Councillor Gordon Blair", "Councillor Anne Horn", "Councillor Rory Colville"])
    assert [[(cast.person.name, cast.option) for cast in vote.casts] for vote in votes] == [
        [("Jim Anderson", "for"), ("Aileen Morton", "for"), ("Ellen Morton", "for"), ("Andrew Vennard", "for")],
        [("John Armour", "for"), ("Gordon Blair", "for"), ("Anne Horn", "for")]]
    assert [vote.recorded for vote in votes] == [True, True]
    assert not_voting == {"Councillor Rory Colville"}  # "Colville" after "Horn": the third column, no vote
    # Headers in prose, a line of narrative between them, start no table.
    assert read_votes(["Motion", "Councillor Ellen Morton nominated Councillor Len Scoullar.", "Amendment",
                       "Councillor Jim Anderson"]) == []


def test_a_proposition_under_lone_mover_and_seconder_lines_resolved_after_a_rival() -> None:
    """Folkestone and Hythe 4478: "Proposed by Councillor Monk," / "Seconded by Councillor Mrs Hollingsbee;" / "That
    Councillor Mrs Anne Berry be elected …", a rival proposition printed the same way and the call for a recorded
    vote, then "RESOLVED:" / "That Councillor Mrs Anne Berry be elected …": the vote on her proposition, carried."""
    resolution = ("That Councillor Mrs Anne Berry be elected as Chairman of the District Council of Folkestone and "
                  "Hythe until the next annual meeting of the Council, and until the acceptance of office by her "
                  "successor.")
    paragraphs = ["Proposed by Councillor Monk,", "Seconded by Councillor Mrs Hollingsbee;",
                  "That Councillor Mrs Anne Berry be elected as Chairman of the Council.",
                  "Proposed by Councillor Prater,", "Seconded by Councillor Treloar;",
                  "That Councillor Davison be elected as Chairman of the Council.",
                  "In accordance with the council procedure rule 17.5 five members present demanded a recorded vote.",
                  "RESOLVED:", resolution]
    assert read_votes(paragraphs) == [Vote(motion=resolution, outcome="carried")]
    # Without the lone mover and seconder lines, the proposition is no motion moved: the resolution is no vote.
    assert read_votes(paragraphs[2:3] + paragraphs[5:]) == []


def test_a_proposition_said_proposed_and_seconded_then_agreed_in_one_sentence() -> None:
    """York and North Yorkshire 8223: "It was proposed and seconded that Councillor Carl Les be elected chair for the
    meeting, and this was agreed.": a vote, carried; a proposition with no outcome is none."""
    assert read_votes(["It was proposed and seconded that Councillor Carl Les be elected chair for the meeting, and "
                       "this was agreed."]) == [Vote(outcome="carried")]
    assert read_votes(["It was proposed and seconded that Councillor Carl Les be elected chair for the meeting."]) \
        == []


def test_the_capacity_a_member_submits_in_is_no_part_of_their_name() -> None:
    """Northampton (ieListDocuments.aspx?CId=528&MId=8927): "Councillor Eldred as the relevant Cabinet Member
    submitted a report": Eldred submitted it; the capacity, vague, is not read as a post."""
    found = participations("Councillor Eldred as the relevant Cabinet Member submitted a report and drew Members’ "
                           "attention to the Key Financial Indicators at section 3.2.")
    assert [(p.kind, p.person.honorific, p.person.name, p.post) for p in found] == [
        ("submitted", "Councillor", "Eldred", None)]


def test_a_unanimous_vote_said_alone_over_the_resolution_carried_it() -> None:
    """Mid Suffolk (ieListDocuments.aspx?CId=154&MId=3498): "By a unanimous vote." then "It was RESOLVED: -" and the
    election: the vote on that resolution, carried; the words alone, nothing resolved after them, state no vote."""
    [vote] = read_votes(["By a unanimous vote.", "It was RESOLVED: -", "That Councillor Rowland Warboys be elected as "
                         "Chair of the Council for the municipal year 2023/24."])
    assert (vote.outcome, vote.motion) == (
        "carried", "That Councillor Rowland Warboys be elected as Chair of the Council for the municipal year 2023/24.")
    assert read_votes(["By a unanimous vote.", "The Chairman thanked the Council."]) == []


def _for_names(vote: Vote) -> list[str]:
    return [cast.person.name for cast in vote.casts if cast.option == "for"]


def test_an_election_list_per_nominee_after_its_resolution_is_a_vote_per_nominee() -> None:
    """Folkestone and Hythe 4478: her nomination moved and seconded, "RESOLVED:" / "That Councillor Mrs Anne Berry be
    elected …", then "FOR COUNCILLOR
    MRS BERRY: Councillors … (16)." and "FOR COUNCILLOR DAVISON: … (14).": her nomination's vote carried with its
    list, his lost with his; "ABSTENTIONS: None (0)." goes with the list just read."""
    resolution = ("That Councillor Mrs Anne Berry be elected as Chairman of the District Council of Folkestone and "
                  "Hythe.")
    berry, davison = read_votes([
        "Proposed by Councillor Monk,", "Seconded by Councillor Mrs Hollingsbee;",
        "That Councillor Mrs Anne Berry be elected as Chairman of the Council.", "RESOLVED:", resolution,
        "FOR COUNCILLOR MRS BERRY: Councillors Mrs Berry, Brook, Miss Carey, Collier, Gane, Goddard, Godfrey, Hills, "
        "Mrs Hollingsbee, P Martin, Meyers, Monk, Mullard, Peall, Rolfe and Wimble (16).",
        "FOR COUNCILLOR DAVISON: Councillors Davison, Dorrell, Field, Fuller, Keen, Martin, McConville, Meade, Prater, "
        "Shoob, Treloar, Wade, Whybrow and Wing (14).",
        "ABSTENTIONS: None (0)."])
    assert (berry.motion, berry.outcome, berry.votes_for, berry.recorded) == (resolution, "carried", 16, True)
    assert _for_names(berry)[:3] == ["Berry", "Brook", "Carey"] and len(berry.casts) == 16
    assert (davison.motion, davison.outcome, davison.votes_for, davison.abstentions) == (
        "FOR COUNCILLOR DAVISON", "lost", 14, 0)
    assert _for_names(davison)[-2:] == ["Whybrow", "Wing"] and len(davison.casts) == 14


def test_an_election_list_per_nominee_with_its_names_on_the_next_line_and_no_result() -> None:
    """Southend 4656, cut before the result: "For Councillor Cowan:" then "Cllrs … (28)": a vote per nominee, the
    count printed, no outcome."""
    cowan, cox = read_votes(["A named vote was taken for the appointment of Leader of the Council.",
                             "For Councillor Cowan:", "Cllrs Sam Allen, Stuart Allen and S Badger (3)",
                             "For Councillor Cox:", "Cllrs K Buck, C Campbell and O Cartey (3)",
                             "Abstentions:", "Cllrs S Aylen, R Longstaff and Woodley (Mayor) (3)"])
    assert (cowan.motion, cowan.outcome, cowan.votes_for, _for_names(cowan)) == (
        "For Councillor Cowan", None, 3, ["Sam Allen", "Stuart Allen", "S Badger"])
    assert (cox.motion, cox.outcome, cox.votes_for, cox.abstentions) == ("For Councillor Cox", None, 3, 3)


def test_an_election_list_keeps_a_count_the_names_disagree_with_and_needs_names_under_an_untitled_label() -> None:
    """The count printed is kept as printed beside the names (the mapping's SHACL shape warns when they disagree);
    a nominee printed without a title is read only with names on its line: "For information:" and prose are no
    list."""
    [vote] = read_votes(["For Berry: Brook, Carey and Dyer (4)"])
    assert (vote.motion, vote.votes_for, _for_names(vote)) == ("For Berry", 4, ["Brook", "Carey", "Dyer"])
    assert read_votes(["For information:", "The report sets out the budget for the coming year."]) == []


def test_a_motion_moved_by_one_member_seconded_by_another_and_carried_is_a_vote() -> None:
    """holdout/bromley_meeting_7563.txt's pattern: "A motion to … was moved by Councillor A, seconded by Cllr B and
    CARRIED." states the outcome, who moved and seconded named between the verbs; moved and seconded alone states
    none."""
    said = {"A motion to refer the petition to the committee was moved by Councillor Ann Dale, seconded by Cllr Ray "
            "Fenn and CARRIED.": ["carried"],
            "The amendment was moved by Cllr Bo Grey and seconded by Cllr Ted Hart and was lost.": ["lost"],
            "A motion to refer the petition was moved by Councillor Ann Dale and seconded by Cllr Ray Fenn.": []}
    for sentence, outcomes in said.items():
        assert [v.outcome for v in read_votes([sentence])] == outcomes, sentence


def test_a_vote_line_under_the_minutes_said_confirmed_is_the_vote_on_them() -> None:
    """holdout/christchurch_meeting_969.txt's pattern: "The Minutes of the meeting held on … were confirmed as a
    correct record and signed." then "Voting: Unanimous" (no RESOLVED marker): the vote on the minutes, carried; a
    sentence that is no vote line under them is no vote."""
    confirmed = "The Minutes of the meeting held on 4 March 2020 were confirmed as a correct record and signed."
    [vote] = read_votes([confirmed, "Voting: Unanimous"])
    assert (vote.outcome, vote.motion) == ("carried", confirmed)
    [counted] = read_votes([confirmed, "Voting: 9 For, 2 Against"])
    assert (counted.outcome, counted.votes_for, counted.votes_against) == ("carried", 9, 2)
    assert read_votes([confirmed, "Members unanimously thanked the outgoing Clerk."]) == []


def test_members_noted_as_abstaining_or_against_under_the_outcome_are_that_votes_casts() -> None:
    """holdout/bromley_meeting_7563.txt's pattern: "… seconded by Cllr B and CARRIED." then "(Councillor C abstained –
    recorded at his request).": C abstained on that vote; "Councillors D and E voted against the motion." so too; the
    same note under no vote is none."""
    [vote] = read_votes(["A motion to note the petition was moved by Councillor Ann Dale, seconded by Cllr Ray Fenn "
                         "and CARRIED.", "(Councillor Lee Gray abstained – recorded at his request)."])
    assert [(c.person.name, c.option) for c in vote.casts] == [("Lee Gray", "abstain")]
    [against] = read_votes(["The motion was put to the vote and carried.",
                            "Councillors Ann Dale and Ray Fenn voted against the motion."])
    assert [(c.person.name, c.option) for c in against.casts] == [("Ann Dale", "against"), ("Ray Fenn", "against")]
    assert read_votes(["The Council noted the report.", "Councillor Lee Gray abstained."]) == []
