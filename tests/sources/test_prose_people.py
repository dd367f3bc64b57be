"""People named in the prose of a page (publisher/sources/prose_people.py), read from real excerpts.

Each fixture under tests/fixtures/people/ is a few lines of a real ModernGov page, its first line naming the
page's address; each test states exactly who the page names and how, as a person reading it would.
"""

from __future__ import annotations

import time

from rdflib import Literal
from rdflib.namespace import SKOS

from publisher import rdf
from publisher.model import Organisation, Person, Post, Record, parts
from publisher.namespaces import ORG, SCHEMA
from publisher.sources import read_record
from publisher.sources.prose_people import add_people_in_prose, one_spelling_each, one_title_each, people_in_prose
from publisher.sources.text_rules import CONTACT_LINE, parse_contact
from tests.conftest import ROOT

FIXTURES = ROOT / "tests" / "fixtures" / "people"


def excerpt(name: str) -> str:
    """The page text of a fixture, without its first line (the page's address)."""
    return (FIXTURES / name).read_text(encoding="utf-8").split("\n", 1)[1]


def named(name: str) -> list[tuple[str | None, str, str | None, str | None]]:
    """(honorific, name, role, organisation) of each person the excerpt names, first mention first."""
    return [(n.person.honorific, n.person.name, n.role, n.person.organisation.name if n.person.organisation else None)
            for n in people_in_prose(excerpt(name))]


def test_titles_lists_role_brackets_and_organisations_in_minutes() -> None:
    assert named("maidstone_planning_2760.txt") == [
        ("Councillor", "Powell", None, None),  # "Councillors Powell and Round": the plural's singular each
        ("Councillor", "Round", None, None),
        ("Councillor", "Perry", "Chairman", None),  # "the Chairman (Councillor Perry)": role first
        ("Councillor", "M Burton", None, None),  # a title ends the name before it: "… Round Councillor Garland"
        ("Councillor", "Garland", None, None),
        ("Councillor", "Prendergast", None, None),
        ("Mrs", "Stockell", None, None),  # a name in the list with a title of its own keeps it
        ("Councillor", "Carr", None, "Bredhurst Parish Council"),  # "of <outside body>"
        ("Mr", "Page", "a local resident", None),  # a bracket after the name
    ]


def test_several_titles_particles_and_initials() -> None:
    assert named("maidstone_council_2993.txt") == [
        ("Reverend Canon", "Ian Parrish", None, None),
        ("Councillor", "Boughton", None, None),
        ("Councillor", "Fissenden", None, None),
        ("Councillor", "Garland", None, None),
        ("Councillor", "Greer", None, None),
        ("Councillor", "Newton", None, None),
        ("Councillor", "J Sams", None, None),
        ("Councillor", "T Sams", None, None),
        ("Councillor", "de Wiggondene-Sheppard", None, None),
    ]


def test_a_bracket_after_the_last_name_of_a_list_is_that_persons_role() -> None:
    assert named("brent_apologies_3980.txt") == [
        ("Councillor", "Stopp", None, None),
        ("Councillor", "McLennan", "Deputy Leader", None),
        ("Councillor", "Long", None, None),
    ]


def test_officers_named_with_a_role_bracket_and_no_title() -> None:
    assert named("brent_apologies_7114.txt") == [
        (None, "Minesh Patel", "Corporate Director, Finance & Resources", None),
        (None, "Ravinder Jassar", "Deputy Director, Finance", None),
    ]


def test_the_title_of_regulations_with_brackets_names_no_one() -> None:
    """South Bucks (CeListDocuments.aspx?CommitteeId=730&MeetingId=12335): "Local Authorities (Executive
    Arrangements)" opens the title of regulations, not a name and its post; a name before a role bracket stays."""
    assert named_in("The Cabinet received a copy of the 28 day Notice prepared in accordance with Regulation 9 of the "
                    "Local Authorities (Executive Arrangements) (Meetings and Access to Information) (England) "
                    "Regulations 2012 setting out the key (and non-key) decisions.") == []
    assert named_in("Minesh Patel (Corporate Director) presented the report under the Localism Act 2011.") == [
        (None, "Minesh Patel", "Corporate Director")]


def test_a_verb_after_the_name_that_an_opening_phrase_office_precedes_makes_it_the_subject() -> None:
    """St Edmundsbury (ieListDocuments.aspx?CId=174&MeetingId=3643): "with the agreement of the Mayor, Councillor
    Joanna Rayner, introduced …": she introduced, the Mayor agreed; and the person introduced, with the post after
    her comma, is a person the later "Mrs Ryall" is."""
    line = ("In addition, with the agreement of the Mayor, Councillor Joanna Rayner, introduced Eileen Ryall, Section "
            "Leader for Great Barton Seasons Beavers, who was in attendance in the public gallery.  Mrs Ryall wished "
            "to thank the Mayor for hosting a recent visit.")
    assert named_in(line) == [("Councillor", "Joanna Rayner", None),
                              ("Mrs", "Eileen Ryall", "Section Leader for Great Barton Seasons Beavers")]
    assert named_in("The Mayor, Councillor Joanna Rayner, introduced the item.") == [
        ("Councillor", "Joanna Rayner", "Mayor")]


def test_a_post_said_former_before_an_untitled_name_is_the_former_post() -> None:
    """Three Rivers (ieListDocuments.aspx?CId=1139&MeetingId=1812): "the death of former Chairman Roy Clements":
    he had been the Chairman, not is; other words in lower case before the post are left out."""
    assert named_in("The chair expressed sadness at the death of former Chairman Roy Clements, a long-standing "
                    "Member and Conservative Group Leader.") == [(None, "Roy Clements", "former Chairman")]
    assert named_in("They met the recently elected MP Sally-Ann Hart.") == [(None, "Sally-Ann Hart", "MP")]


def test_an_appeal_named_after_the_councillors_is_no_person() -> None:
    """South Northamptonshire (ieListDocuments.aspx?CId=117&MId=2393): "the Councillors Poppy Appeal" is an event
    the members run; a plural title before names still lists them."""
    assert named_in("The Chairman reminded Members that the Councillors Poppy Appeal was on Tuesday 31 October.") == []
    assert named_in("The Mayor invited tributes from the Councillors Barry Rawlings and Melvin Cohen.") == [
        ("Councillor", "Barry Rawlings", None), ("Councillor", "Melvin Cohen", None)]


def test_a_couple_named_with_the_surname_once() -> None:
    """Richmondshire (ieListDocuments.aspx?CId=2524&MId=18724): "Mr G & Mrs L Cornish" names Mr G Cornish too; two
    whole names joined by "&" stay two."""
    assert named_in("(b)      Mr G & Mrs L Cornish (in relation to Minute P72/20)") == [
        ("Mrs", "L Cornish", None), ("Mr", "G Cornish", None)]
    assert named_in("(e)      Ms G Andrews & Mr D Henderson (in relation to Minute P74/20)") == [
        ("Ms", "G Andrews", None), ("Mr", "D Henderson", None)]


def test_a_post_welcomed_to_a_first_meeting_with_a_title_word_inside_it() -> None:
    """South Northamptonshire (ieListDocuments.aspx?CId=117&MId=3765): "welcomed Paul Hymers, Head of Finance &
    Deputy Section 151 Officer to his first meeting": the post ends where the welcome goes on, and "Deputy" before
    no name is a word of it, not another person's title."""
    assert named_in("The Chairman welcomed Paul Hymers, Head of Finance & Deputy Section 151 Officer to his first "
                    "meeting of Council.") == [(None, "Paul Hymers", "Head of Finance & Deputy Section 151 Officer")]
    # the same sentence goes on "… and Peter Holt who was attending in his new capacity as Deputy Monitoring Officer."
    assert named_in("The Chairman also welcomed Peter Holt who was attending in his new capacity as Deputy Monitoring "
                    "Officer.") == [(None, "Peter Holt", "Deputy Monitoring Officer")]
    assert named_in("Peter Holt who was attending as an observer.") == []
    assert named_in("Moved by Councillor K Shaw, Seconded by Councillor A Batey.") == [
        ("Councillor", "K Shaw", None), ("Councillor", "A Batey", None)]


def test_an_office_with_its_portfolio_in_brackets_before_the_holder() -> None:
    """Lambeth (ieListDocuments.aspx?MId=11402): "The Deputy Leader of the Council (Children and Young People),
    Councillor Jennifer Brathwaite, responded.": the bracket is part of her post."""
    assert named_in("The Deputy Leader of the Council (Children and Young People), Councillor Jennifer Brathwaite, "
                    "responded.") == [
        ("Councillor", "Jennifer Brathwaite", "Deputy Leader of the Council (Children and Young People)")]
    assert named_in("The Leader of the Council, Councillor Claire Holland, responded.") == [
        ("Councillor", "Claire Holland", "Leader of the Council")]


def test_a_resident_named_with_the_ward_they_live_in() -> None:
    """St Edmundsbury (ieListDocuments.aspx?CId=174&MId=2873): "a question from Colin Hilder of Fornham Ward": a
    person, the ward no body of theirs; a place that is no ward and no body names no one."""
    assert named_in("In a response to a question from Colin Hilder of Fornham Ward about the procedures.") == [
        (None, "Colin Hilder", None)]
    assert named_in("In a response to a question from Jonathan Forgan of Little Hadham about the procedures.") == []


def test_the_one_a_public_question_stands_in_the_name_of() -> None:
    """Gosport (ieListDocuments.aspx?CId=133&MId=555): "There was one Public Question in the name of Chris Dyke": a
    person; a question in the name of a body is no one's."""
    assert named_in("There was one Public Question in the name of Chris Dyke") == [(None, "Chris Dyke", None)]
    assert named_in("There was one Public Question in the name of Gosport Society.") == []


def test_a_rank_and_a_role_after_a_comma() -> None:
    # "Steve McBarron, Co-opteeBramley & Stanningley Forum": no title, a post whose last word runs into the body
    # it is held in (the copy lost the line break between them): the Co-optee of that Forum.
    assert named("leeds_apologies_3614.txt") == [
        ("Inspector", "Mark Bownass", "West Inner Neighbourhood Policing Team Inspector (NPT)", None),
        (None, "Steve McBarron", "Co-optee", None),
    ]
    [mcbarron] = [n for n in people_in_prose(excerpt("leeds_apologies_3614.txt")) if n.person.name == "Steve McBarron"]
    assert mcbarron.role_in == Organisation("Bramley & Stanningley Forum")
    # Without a role word before the capital, a name that runs into another word is no post.
    assert named_in("Apologies were received from Jane Smith, McDonaldson Associates Forum.") == []


def test_a_vote_cell_after_the_name_is_not_part_of_it() -> None:
    assert named("devon_recorded_vote_176.txt") == [
        ("Councillor", "Sara Randall Johnson", None, None),
        ("Councillor", "Hart", None, None),
    ]


def test_a_name_the_copy_cuts_short_is_left_out() -> None:
    # The copy stops at "Mr Andrew Dru": the last name may be cut, so it is not published as a person.
    assert named("lancaster_cut_short_7062.txt") == [("Councillor", "Helen Helme", "Member", None)]
    assert held_in("lancaster_cut_short_7062.txt") == [("Helen Helme", "Member", "Ellel Parish Council")]


def test_phrases_that_follow_a_title_but_name_nobody() -> None:
    text = ("Members noted the Councillor Code of Conduct and the Councillor Call for Action.\n"
            "Mr Chairman, the Members' Allowances Scheme was agreed.\n")
    assert people_in_prose(text) == []


def test_the_record_gains_the_people_and_posts_its_readers_did_not_hold() -> None:
    held = Person("Perry", honorific="Councillor")
    record = Record(kind="meeting", source_id="2760", people=[held])
    add_people_in_prose(record, excerpt("maidstone_planning_2760.txt"))
    names = [p.name for p in record.people]
    assert names.count("Perry") == 1 and "Carr" in names and "Page" in names
    assert Post("Chairman", holder=held) in record.posts  # the role prose states for someone already held
    carr = next(p for p in record.people if p.name == "Carr")
    assert carr.organisation == Organisation("Bredhurst Parish Council")
    assert Post("a local resident", holder=next(p for p in record.people if p.name == "Page")) in record.posts


def test_a_surname_alone_in_prose_is_the_one_held_person_of_that_surname() -> None:
    # records/waltham-forest_meeting_2631.txt: the declarations table's member cell "R. Sweden", its reason cell
    # "… Councillor Sweden declared a prejudicial interest …": one member. Two holders of a surname stay apart.
    sweden = Person("R. Sweden", honorific="Councillor")
    record = Record(kind="meeting", source_id="2631", people=[sweden])
    add_people_in_prose(record, "Notwithstanding the advice given on the Order Paper, Councillor Sweden declared a "
                                "prejudicial interest and left the room during consideration of the item\n")
    assert record.people == [sweden]
    alis = [Person("L. Ali", honorific="Councillor"), Person("N. Ali", honorific="Councillor")]
    record = Record(kind="meeting", source_id="2631", people=list(alis))
    add_people_in_prose(record, "Councillor Ali left the room.\n")
    assert [p.name for p in record.people] == ["L. Ali", "N. Ali", "Ali"]


def test_a_post_the_prose_says_a_member_resigned_is_not_theirs() -> None:
    """An agenda that reports an election and then the resignation ("… was elected as Leader of the Council on 1 May
    2018." / "As Councillor Dale resigned from this post in March 2019, …") gives the member no post; "resigned as"
    a named post leaves that one only; a reported election alone stands."""
    elected = "Councillor A.B. Dale was elected as Leader of the Council on 1 May 2018.\n"
    record = Record(kind="meeting", source_id="1")
    add_people_in_prose(record, elected + "As Councillor Dale resigned from this post in March 2019, the Council is "
                                          "invited to appoint a Leader of the Council.\n")
    assert ([p.name for p in record.people], record.posts) == (["A.B. Dale"], [])
    record = Record(kind="meeting", source_id="1")
    add_people_in_prose(record, elected + "Councillor Dale had resigned as Chair of the Licensing Committee.\n")
    assert [(post.label, post.holder.name) for post in record.posts] == [("Leader of the Council", "A.B. Dale")]
    record = Record(kind="meeting", source_id="1")
    add_people_in_prose(record, elected)
    assert [(post.label, post.holder.name) for post in record.posts] == [("Leader of the Council", "A.B. Dale")]


def test_a_surname_alone_in_prose_titles_the_held_person_printed_without_one() -> None:
    # records/west-dorset_meeting_4198.txt: the declaration names "N Bundy" untitled, the next sentence "Councillor
    # Bundy": one member, a Councillor; one the page titles only "Mrs" is a namesake (``another_person``), untouched.
    bundy = Person("N Bundy")
    record = Record(kind="meeting", source_id="4198", people=[bundy])
    add_people_in_prose(record, "The Chairman confirmed that he was content for Councillor Bundy to remain in the "
                                "room during discussion and voting on the item.\n")
    assert record.people == [Person("N Bundy", honorific="Councillor")]
    mrs = Person("N Bundy", honorific="Mrs")
    record = Record(kind="meeting", source_id="4198", people=[mrs])
    add_people_in_prose(record, "Councillor Bundy left the room.\n")
    assert record.people == [Person("N Bundy", honorific="Mrs"), Person("Bundy", honorific="Councillor")]


def test_a_hostile_page_of_long_lines_is_scanned_in_linear_time() -> None:
    # Lines near the 100,000-character cap that every pattern here would scan: a quadratic rule takes minutes.
    lines = ["Head Of Abc (Councillor Smith) " * 3000, "Mr Abc of Def And Ghi For Jkl " * 3000,
             "Ab " * 30000 + ",", "Councillors Abc" + " and Def" * 10000, "Mr Abc, Head" + ", Def" * 10000]
    started = time.perf_counter()
    for line in lines:
        people_in_prose(line)
    assert time.perf_counter() - started < 20  # ~3 s on a busy 2-core machine; a quadratic rule takes minutes


def test_a_plural_title_with_a_full_stop_and_an_initial_with_one() -> None:
    assert named("cheltenham_apologies_3424.txt") == [
        ("Cllr", "Bassett-Smith", None, None), ("Cllr", "Oliver", None, None), ("Cllr", "Stafford", None, None)]
    assert named("bromsgrove_initial_32738.txt") == [("Councillor", "A. Kent", None, None)]


def test_a_contact_line_parts_name_and_role_at_a_wide_gap() -> None:
    # "Contact: Vicky Wemyss-Cooke  Committee Services Manager": two spaces where the page broke the line.
    contact = CONTACT_LINE.match(excerpt("camden_contact_10528.txt").strip())
    assert contact is not None
    parsed = parse_contact(contact["rest"])
    assert parsed is not None and parsed.person == Person("Vicky Wemyss-Cooke")
    assert parsed.role == "Committee Services Manager"


def held_in(name: str) -> list[tuple[str, str | None, str | None]]:
    """(name, role, body the role is held in) of each person the excerpt states a role for."""
    return [(n.person.name, n.role, n.role_in.name if n.role_in else None)
            for n in people_in_prose(excerpt(name)) if n.role]


def test_a_role_in_an_outside_body_said_of_the_declaring_member() -> None:
    assert held_in("camden_declarations_10634.txt") == [
        ("Matthew Kirk", "Treasurer", "London Piano Festival Association"),
        ("Rishi Madlani", "Council member", "RADA"),
    ]
    assert held_in("gloucester_declaration_34856.txt") == [("Watkins", "Chair", "Marketing Gloucester Limited")]


def test_what_a_member_is_seeking_is_no_post_held() -> None:
    assert held_in("hastings_mayor_2083.txt") == []
    assert [n.person.name for n in people_in_prose(excerpt("hastings_mayor_2083.txt"))] == ["Rogers"]


def test_the_holder_of_a_post_in_an_outside_body_is_published_as_its_member() -> None:
    record = Record(kind="meeting", source_id="10634")
    add_people_in_prose(record, excerpt("camden_declarations_10634.txt"))
    graph = rdf.map_record(record, rdf.Minter("http://127.0.0.1:8000", "camden"))
    kirk = next(graph.subjects(SCHEMA.name, Literal("Matthew Kirk")))
    bodies = {str(label) for body in graph.objects(kirk, ORG.memberOf) for label in graph.objects(body, SKOS.prefLabel)}
    assert bodies == {"London Piano Festival Association"}
    assert kirk == next(graph.subjects(SCHEMA.name, Literal("Matthew Kirk")))  # one person, minted by the council
    assert str(kirk).startswith("http://127.0.0.1:8000/id/camden/")


def test_an_officer_named_without_a_title_after_by_with_a_role_after_a_comma() -> None:
    # "the Director of Environment Street Scene and Parks (Report No.121)" is a post and a reference: no one.
    assert named("enfield_introduced_6022.txt") == [(None, "Mark Galvayne", "Licensing Officer", None)]
    assert people_in_prose("a letter from Network Rail, Head of Estates, was read.") == []


def test_contact_lines_with_two_officers_or_a_team_and_a_dash() -> None:
    # No records/ page holds these forms whole; the names and numbers are filled in.
    pair = parse_contact("Jane Smith/ John Brown, Democratic Support Officers 01234 567890")
    # Each holds the post printed in the plural for both (officers_sharing_post), the first as the contact.
    assert pair is not None and pair.person == Person("Jane Smith") and pair.role == "Democratic Support Officer"
    team = parse_contact("Democratic Services - 01234 567890")
    assert team is not None and team.person is None and team.team == "Democratic Services"
    assert team.phone == "01234 567890"


def test_a_surname_takes_the_given_name_the_page_prints_it_with() -> None:
    # "… received from Julia Hilton …" then "Ms Hilton asked": one person, Ms Julia Hilton.
    assert named("hastings_question_3752.txt") == [
        ("Councillor", "Forward", None, None), ("Ms", "Julia Hilton", None, None)]


def test_each_name_of_a_list_keeps_its_own_bracket_and_letters() -> None:
    # "(members of the Committee)" is said of the two before it, and is no role; "(observer)" is.
    assert named("islington_apologies_3413.txt") == [
        ("Councillor", "Kaya Comer-Schwartz", None, None), ("Councillor", "Richard Watts", None, None),
        ("Councillor", "Anjna Khurana", "observer", None), ("Councillor", "Janet Burgess", None, None)]
    # No records/ page holds letters inside a list; the names are filled in.
    listed = people_in_prose("Apologies from Councillors Jane Smith MBE (Chair), and John Brown; and Mr Ng.")
    assert [(n.person.name, n.person.post_nominals, n.role) for n in listed] == [
        ("Jane Smith", ("MBE",), "Chair"), ("John Brown", (), None), ("Ng", (), None)]


def test_the_office_a_member_is_elected_to() -> None:
    # The proposal ("proposed that … be elected as Mayor …") states no office; the resolution after it does.
    assert named("hastings_elected_2083.txt") == [
        ("Councillor", "Terri Dowling", None, None),
        ("Councillor", "Judy Rogers", "Mayor of the Borough of Hastings", None),
        ("Councillor", "Wincott", None, None)]
    assert [n.role for n in people_in_prose(excerpt("hastings_elected_2083.txt").splitlines()[0])] == [None] * 3
    # The office as the resolution prints it, the council named too (records/bassetlaw_meeting_845.txt: "Resolved
    # that Councillor D Merryweather be elected Chairman of Bassetlaw District Council for the 2023/24 municipal
    # year."; the names below are filled in).
    elected = people_in_prose("RESOLVED that Councillor Jane Smith be elected as Chairman of Testshire Council for "
                              "the year, and Councillor Tom Hill be appointed Vice-Chairman of the Council.")
    assert [(n.person.name, n.role) for n in elected] == [
        ("Jane Smith", "Chairman of Testshire Council"), ("Tom Hill", "Vice-Chairman of the Council")]
    bassetlaw = people_in_prose("Resolved that Councillor D Merryweather be elected Chairman of Bassetlaw District "
                                "Council for the 2023/24 municipal year.")
    assert [(n.person.name, n.role) for n in bassetlaw] == [
        ("D Merryweather", "Chairman of Bassetlaw District Council")]
    assert [n.role for n in people_in_prose("Councillor Jane Smith was elected by 5 votes.")] == [None]
    # Babergh (records/babergh_meeting_3122.txt): the term the office is held for is no part of it.
    babergh = people_in_prose("That Councillor Adrian Osborne be elected as Chair of the Council for the Municipal "
                              "year 2021/22.")
    assert [(n.person.name, n.role) for n in babergh] == [("Adrian Osborne", "Chair of the Council")]


def test_deputy_is_a_title_only_before_a_whole_name() -> None:
    # The untitled names of this list are the attendance reader's; the prose pass takes the titled ones.
    assert named("city-of-london_apologies_11157.txt") == [
        ("Deputy", "Stella Currie", None, None), ("Deputy", "Robin Eve", None, None),
        ("Deputy", "Henry Jones", None, None), ("Alderman Sir", "Michael Savory", None, None),
        ("Alderman Sir", "John Stuttard", None, None)]
    posts = "The Deputy Monitoring Officer and the Deputy Chief Executive advised; the Deputy Town Clerk agreed."
    assert people_in_prose(posts) == []


def test_forms_the_issue_names_with_no_whole_instance_in_the_records() -> None:
    # Names and posts filled in: role first with an untitled name; a ward councillor as an appositive.
    text = ("The Cabinet Member for Housing (Jane Smith) introduced the report.\n"
            "Councillor Tom Hill, Ward Councillor, spoke against the application.\n"
            "The Portfolio Holder (Finance Resources) noted the Local Authorities (Standing Orders) Regulations.\n")
    assert [(n.person.honorific, n.person.name, n.role) for n in people_in_prose(text)] == [
        (None, "Jane Smith", "Cabinet Member for Housing"), ("Councillor", "Tom Hill", "Ward Councillor")]


def test_police_ranks_before_a_name() -> None:
    # No records/ page holds these ranks; names filled in. "The Sergeant at Arms" names nobody.
    text = "Sergeant Ian Moss (Sussex Police) and PC Jane Lee attended; the Sergeant at Arms was thanked."
    assert [(n.person.honorific, n.person.name, n.person.organisation) for n in people_in_prose(text)] == [
        ("Sergeant", "Ian Moss", Organisation("Sussex Police")), ("PC", "Jane Lee", None)]


def test_a_county_councillor_title_keeps_the_county_before_it() -> None:
    # No records/ page holds this form; the names are filled in.
    text = "Testshire County Councillor Jane Smith gave an update. County Councillor Tom Hill agreed."
    assert [(n.person.honorific, n.person.name, n.person.organisation) for n in people_in_prose(text)] == [
        ("Testshire County Councillor", "Jane Smith", Organisation("Testshire County Council")),
        ("County Councillor", "Tom Hill", None)]
    # A joint board's minutes: the county's councillor "was confirmed as" its Chairman (the names filled in).
    text = "Testshire County Councillor Jane Smith was confirmed as Chairman and Councillor Tom Hill as Vice-Chairman."
    assert [(n.person.name, n.role, n.person.organisation) for n in people_in_prose(text)] == [
        ("Jane Smith", "Chairman", Organisation("Testshire County Council")), ("Tom Hill", "Vice-Chairman", None)]


def test_every_page_read_gets_the_people_of_its_prose() -> None:
    """read_record runs the pass after the page's reader: the minutes' people reach the record."""
    record = read_record(ROOT / "tests" / "corpus" / "records" / "maidstone_meeting_2760.md")
    people = {p.name: p for p in record.people}
    assert people["Carr"].organisation == Organisation("Bredhurst Parish Council")
    assert people["Page"].honorific == "Mr"
    assert ("Chairman", "Perry") in {(post.label, post.holder.name) for post in record.posts if post.holder}


def test_a_post_right_before_an_untitled_name() -> None:
    assert named("hastings_mp_3752.txt") == [(None, "Sally-Ann Hart", "MP", None)]
    assert named("hastings_coxswain_3753.txt") == [(None, "Mark Tewkesbury", "Coxswain", None)]
    # Filled in: after a comma the name must end the clause (else a list: "the Director, Alan Brook and …");
    # a titled name keeps its title.
    text = ("The report was agreed by the Director, Alan Brook and the Board.\n"
            "The Leader of the Council, the Chief Executive Jane Smith and the Chair Councillor Tom Hill spoke.\n")
    assert [(n.person.honorific, n.person.name, n.role) for n in people_in_prose(text)] == [
        ("Councillor", "Tom Hill", None), (None, "Jane Smith", "Chief Executive")]


def test_an_untitled_name_before_a_bracket_naming_what_they_are() -> None:
    # Filled in: roles held by people who are neither officers nor members still make the phrase a person.
    text = "Present: Jane Smith (Community Representative), Tom Hill (Sign Language Interpreter), Acme Ltd (Trustee)."
    assert [(n.person.name, n.role) for n in people_in_prose(text)] == [
        ("Jane Smith", "Community Representative"), ("Tom Hill", "Sign Language Interpreter")]


def test_a_mover_and_seconder_are_people_not_each_others_role() -> None:
    # "Moved by Councillor K Shaw, Seconded by Councillor A Batey": the words after the comma name another
    # member, not K Shaw's post; "Councillor A Hopgood Moved a Motion": the capitalised verb ends the name.
    assert named("durham_moved_seconded_60887.txt") == [
        ("Councillor", "K Shaw", None, None),
        ("Councillor", "A Batey", None, None),
        ("Councillor", "A Hopgood", None, None),
        ("Councillor", "E Scott", None, None),
    ]


def test_a_capitalised_verb_of_motion_or_declaration_ends_the_name() -> None:
    # Brentwood prints the verbs in capitals, Merthyr Tydfil capitalises "Declared" (records/ lines).
    def names(text: str) -> list[tuple[str | None, str]]:
        return [(n.person.honorific, n.person.name) for n in people_in_prose(text)]
    assert names("Cllr Aspinell MOVED and Cllr Russell SECONDED the recommendations in the report.\n") == [
        ("Cllr", "Aspinell"), ("Cllr", "Russell")]
    assert names("Councillor G Thomas Declared his Interest in Item 7 – Merthyr Tydfil Leisure Trust.\n") == [
        ("Councillor", "G Thomas")]


def test_a_line_holding_only_a_name_and_its_role_is_that_person_in_that_role() -> None:
    # Aberdeen's minutes end signed "- DAVID CAMERON, Lord Provost.": the name as printed, in capitals.
    assert named("aberdeen-city_signature_9733.txt") == [(None, "DAVID CAMERON", "Lord Provost", None)]
    # Not a name: a title's words, or no role word after the comma; a title is read by the titled grammar.
    assert people_in_prose("School Admission Arrangements, 2018-19\nPlanning Committee, Chair\n") == []
    assert [(n.person.honorific, n.role) for n in people_in_prose("Cllr Lyons, Portfolio Holder.\n")] == [
        ("Cllr", "Portfolio Holder")]


def test_the_office_a_member_is_appointed_as_and_a_post_between_commas_after_a_name() -> None:
    # Surrey's Elmbridge Local Committee: "the appointment … of County Councillor John O'Reilly as Chairman and
    # County Councillor Peter Szanto as Vice-Chairman of the Local Committee" (the minutes: "Mr", "Dr"), and
    # "Jonanna Killian, Chief Executive, has now confirmed these appointments".
    assert named("surrey_appointments_6198.txt") == [
        ("County Councillor", "John O’Reilly", "Chairman", None),
        ("County Councillor", "Peter Szanto", "Vice-Chairman", None),
        (None, "Jonanna Killian", "Chief Executive", None),
    ]
    # "as" an office only of an appointment: the chairman of a group being set up is no post held yet
    # (South Cambridgeshire, ieListDocuments.aspx?CId=410&MId=6690).
    said = ("Councillor Peter Topping explained that a Tackling Social Isolation Task and Finish Group was being set "
            "up, with Councillor Sue Ellington as Chairman.\n")
    assert [(n.person.name, n.role) for n in people_in_prose(said)] == [
        ("Peter Topping", None), ("Sue Ellington", None)]


def test_a_contact_line_keeps_the_post_apart_from_the_team_and_the_office_address() -> None:
    contact = parse_contact("Nicola Morris, Partnership Committee Officer  Community Partnerships & Safety Team, "
                            "2nd Floor, Epsom Town Hall, The Parade, Epsom KT18 5BY")  # Surrey, MId=6198
    assert contact is not None and contact.person == Person("Nicola Morris")
    assert (contact.role, contact.team) == ("Partnership Committee Officer", "Community Partnerships & Safety Team")
    kept = parse_contact("Kathryn Rees, Corporate and Support Services Email: kathryn.rees@stockport.gov.uk.")
    assert kept is not None and (kept.role, kept.team) == ("Corporate and Support Services", None)  # no post before it


def test_the_post_in_an_outside_body_a_member_is_there_as_named_by_the_initials_the_page_spells_out() -> None:
    # Gloucester: "Marketing Gloucester Limited (MGL)" spelt out in 55.1, then "Councillor Watkins (as current
    # Chair of MGL) and Councillor James (as the former Chair of MGL)" in 55.2.
    assert named("gloucester_point_of_order_34856.txt") == [
        ("Councillor", "Watkins", "Chair", "Marketing Gloucester Limited"),
        ("Councillor", "Stephens", None, None),
        ("Councillor", "James", "former Chair", "Marketing Gloucester Limited"),
    ]


def test_within_a_list_of_names_a_surname_that_is_also_a_word_is_a_name() -> None:
    # Aberdeen City: "Absent from the division (5) - Depute Provost; and Councillors Graham, Grant, Kusznir and
    # Massey." ("Grant" starts no name after a title, "Councillor Grant Funding", but in a list it is one).
    assert named("aberdeen-city_absent_75797.txt") == [
        ("Councillor", "Graham", None, None), ("Councillor", "Grant", None, None),
        ("Councillor", "Kusznir", None, None), ("Councillor", "Massey", None, None)]


def test_an_untitled_name_before_a_bracket_naming_their_occupation() -> None:
    # Enfield: "Passing Moments Exhibition at Dugdale Centre on behalf of Patrick Samuel (Local Artist)"; a
    # bracket naming no one's occupation or post stays unread ("Local Authorities (Standing Orders)", Bromsgrove).
    assert named("enfield_artist_12523.txt") == [(None, "Patrick Samuel", "Local Artist", None)]
    assert people_in_prose("the Local Authorities (Standing Orders) (England) Regulations\n") == []


def test_a_contact_line_with_no_comma_between_name_and_post_and_an_office_address_after() -> None:
    # Surrey, MId=5476: "Contact: Carys Walker Partnership Committee Officer  Room 357, Council Offices, Knowle
    # Green, Staines-upon-Thames TW18 1XB" (and the same with the wide gap lost).
    for printed in ("Carys Walker Partnership Committee Officer  Room 357, Council Offices, Knowle Green, "
                    "Staines-upon-Thames TW18 1XB",
                    "Carys Walker Partnership Committee Officer Room 357, Council Offices, Knowle Green, "
                    "Staines-upon-Thames TW18 1XB"):
        contact = parse_contact(printed)
        assert contact is not None and contact.person == Person("Carys Walker")
        assert (contact.role, contact.team) == ("Partnership Committee Officer", None)


def test_a_given_name_alone_before_and_a_full_name_shares_its_surname() -> None:
    # Bolsover: "… with Councillors Pat and Paul Cooper, to show them support during Pat’s illness." Two people,
    # both Cooper ("Pat" alone was a person of one word); a list of surnames alone is not a pair.
    assert named("bolsover_shared_surname_3117.txt") == [
        ("Councillor", "Pat Cooper", None, None), ("Councillor", "Paul Cooper", None, None)]
    assert [n.person.name for n in people_in_prose("Councillors Stopp and McLennan attended.\n")] == [
        "Stopp", "McLennan"]


def test_a_contact_line_naming_a_second_officer_after_the_first_ones_details() -> None:
    # Leicester, MId=11048: "Contact: Anita James, Senior Democratic Support Officer email … or tel: ….  Sazeda
    # Yasmin, Scrutiny Support Officer email … or tel: …." (the first is the meeting's contact; the second a person
    # with her post, her details left on the line).
    assert [(n.person, n.role) for n in people_in_prose(excerpt("leicester_two_contacts_11048.txt"))] == [
        (Person("Sazeda Yasmin"), "Scrutiny Support Officer")]


def test_a_contact_line_naming_an_administration_team_names_no_person() -> None:
    # Worcester, MId=5352: "Contact: Committee Administration 01905 722027, 722085".
    contact = parse_contact("Committee Administration 01905 722027, 722085")
    assert contact is not None and contact.person is None and contact.team == "Committee Administration"


def test_the_untitled_name_a_question_was_received_from() -> None:
    # Hastings, MId=3753: "A written question was received from Claudine Eccleston reg" (the copy stops there);
    # the one who asked is a person though no role follows; a body after "from" is not one.
    assert named("hastings_question_from_3753.txt") == [(None, "Claudine Eccleston", None, None)]
    assert people_in_prose("A petition was received from Kent County Council about parking.\n") == []


def test_a_clerics_titles_and_office_a_plural_title_with_a_colon_and_a_title_that_ends_a_sentence() -> None:
    # Herefordshire, MeetingId=2699: "The Very Reverend Michael Tavinor, Dean of Hereford, led the Council in
    # prayer."; "… received from Councillors: DJ Benjamin, …" (the page pass reads those, see test_attendance);
    # "… a matter of judgement for each Councillor.  What Councillors have to do …" names no one.
    assert named("herefordshire_dean_and_apologies_2699.txt")[0] == (
        "Very Reverend", "Michael Tavinor", "Dean of Hereford", None)
    assert all(name != "What" for _, name, _, _ in named("herefordshire_dean_and_apologies_2699.txt"))
    # a cleric's office that is also a surname ends no name after a title
    assert [n.person.name for n in people_in_prose("Councillor Jane Bishop seconded the motion.\n")] == ["Jane Bishop"]


def test_the_office_before_a_titled_name_between_commas_and_a_pair_closed_before_an_officer() -> None:
    # Oxford, mgAi.aspx?ID=386: "The Chair, Councillor Campbell, thanked Councillors Wilkinson and Sanders, and Pat
    # Jones, for their hard work …" (Pat Jones, the contact officer, is no councillor: the pair ended at ", and").
    assert named("oxford_chair_between_commas_386.txt")[:3] == [
        ("Councillor", "Wilkinson", None, None), ("Councillor", "Sanders", None, None),
        ("Councillor", "Campbell", "Chair", None)]
    assert all(name != "Pat Jones" for _, name, _, _ in named("oxford_chair_between_commas_386.txt"))
    # An office once held is no office now: it is the post as printed, "former" and all (as the corpus's facts
    # write it: "former Chief Executive", scarborough_meeting_10770).
    assert [n.role for n in people_in_prose("The former Chair, Councillor Campbell, spoke.\n")] == ["former Chair"]


def test_an_untitled_name_described_after_its_comma_as_a_person() -> None:
    # Cheltenham, MId=3424: "… the first of which related to Rosie-May Alcock, an 8 year old girl living in
    # Cheltenham …" (a noun only a person is, after "a"/"an"); a place described so is no one.
    assert named("cheltenham_described_3424.txt") == [(None, "Rosie-May Alcock", None, None)]
    assert people_in_prose("The Market Square, a popular place for residents, was closed.\n") == []


def test_a_proposal_is_no_office_and_the_resolution_names_it_in_full() -> None:
    # Maldon: two proposals for "Chairman of the Committee" (one failed); the resolution names the office in full.
    # The vote list prints "Mrs P A Channer" under its plural; the proposal's "Councillor Mrs" is kept.
    assert named("maldon_proposed_2340.txt")[:4] == [
        ("Councillor", "S P Nunn", None, None),
        ("Councillor", "M S Heard", "Chairman of the District Planning Committee", None),
        ("Councillor", "E L Bamford", None, None),
        ("Councillor Mrs", "P A Channer", None, None)]
    # East Lindsey: "It was further proposed that Walter Leschenko, Independent Co-Opted Member be elected
    # Vice-Chairman.  The proposal fell.": his post, not the office proposed.
    assert named("east-lindsey_proposed_6461.txt") == [
        ("Councillor", "David Andrews", "Vice-Chairman of the Audit and Governance Committee", None),
        (None, "Walter Leschenko", "Independent Co-Opted Member", None)]


def test_a_fuller_title_in_prose_completes_the_one_a_list_printed() -> None:
    held = Person("P A Channer", honorific="Mrs")
    record = Record(kind="meeting", source_id="2340", people=[held])
    add_people_in_prose(record, excerpt("maldon_proposed_2340.txt"))
    assert held.honorific == "Councillor Mrs"
    other = Person("M S Heard", honorific="Mr")  # a different title is not completed
    record = Record(kind="meeting", source_id="2340", people=[other])
    add_people_in_prose(record, excerpt("maldon_proposed_2340.txt"))
    assert other.honorific == "Mr"


def test_offices_between_commas_each_before_its_holder() -> None:
    assert named("chorley_offices_between_commas_10614.txt") == [
        ("Councillor", "John Walker", "Mayor", None),  # "Councillor and Mayor John Walker"
        ("Councillor", "Eric Bell", None, None),
        ("Councillor", "Alan Platt", "Leader of the Opposition", None),  # not the next pair's "Executive Leader"
        ("Councillor", "Aaron Beaver", None, None),
        (None, "Alistair Bradley", "Executive Leader", None)]  # "the Executive Leader, Alistair Bradley and Cllr …"
    # Without a titled person after "and", an untitled name after "the Post," must end its clause.
    assert people_in_prose("She thanked the Director, Jane Smith and the staff for their work.") == []


def test_a_post_held_for_the_first_time_and_a_post_before_the_verb() -> None:
    assert named("chorley_first_meeting_as_9537.txt") == [(None, "Chris Sinnott", "Chief Executive", None)]
    assert named("durham_post_then_verb_6912.txt") == [(None, "Bryan Smith", "Litigation Manager", None)]
    # A contact line's details after the post are no verb, and a label's value starts no sentence.
    assert people_in_prose("Contact: Jane Smith, Director email: jane.smith@example.gov.uk") == []


def test_a_post_in_the_councils_own_committee_said_with_a_pronoun() -> None:
    # "Deputy Michael Welbank MBE" and "Deputy Welbank" are one person; "he was now the Chairman of the Planning
    # and Transportation Committee" is a post named with its committee (no outside body).
    assert named("city-of-london_now_chairman_11970.txt") == [
        ("Deputy", "Michael Welbank", "Chairman of the Planning and Transportation Committee", None)]


def test_a_post_said_with_a_pronoun_and_as() -> None:
    # "Councillor Cox … confirmed his resignation as Leader of the Council"; the list below names him "T Cox".
    assert named("southend_resignation_as_4656.txt")[:2] == [
        ("Cllr", "T Cox", "Leader of the Council", None), ("Cllr", "K Buck", None, None)]
    # Two people before the pronoun: whose post it is, the line does not say.
    assert [n.role for n in people_in_prose("Councillor Jane Smith thanked Councillor Tom Hill for his time as "
                                            "Chairman.")] == [None, None]


def test_an_office_elected_to_after_a_clause_and_a_member_thanked() -> None:
    # City of London: "Alderman Ian Luder, upon receiving a majority of votes cast, was duly elected as Chair of the
    # Committee"; "Karina Dostalova, being the only Member …, was duly elected as Chairman"; "to thank Stuart Fraser
    # for his contribution".
    records = ROOT / "tests" / "corpus" / "records"
    luder = people_in_prose((records / "city-of-london_agendaitem_129177.txt").read_text(encoding="utf-8"))
    assert [(n.person.honorific, n.person.name, n.role) for n in luder] == [
        ("Alderman", "Ian Luder", "Chair of the Committee")]
    dostalova = people_in_prose((records / "city-of-london_agendaitem_88103.txt").read_text(encoding="utf-8"))
    assert [(n.person.honorific, n.person.name, n.role) for n in dostalova] == [
        (None, "Karina Dostalova", "Chairman"), (None, "Stuart Fraser", None)]
    # A proposal elects nobody, titled or not.
    assert [n.role for n in people_in_prose("It was proposed that Jane Smith, a local resident, was elected as "
                                            "Chairman.")] == [None]


def test_the_present_chairman_and_an_office_named_in_full_the_second_time() -> None:
    # Kent County Council: "(Mr Sweetland, the present Chairman, presided …)"; a proposal for Mr Richard Palmer,
    # then "declared Mr Richard Palmer as Chairman" and "RESOLVED that Mr Palmer be elected as Chairman of the
    # County Council": one office, named in full in the resolution.
    assert named("kent_declared_chairman_9527.txt") == [
        ("Mr", "Sweetland", "Chairman", None), ("Mr", "Paul Webb", None, None), ("Ms", "Isabella Kemp", None, None),
        ("Mr", "Richard Palmer", "Chairman of the County Council", None)]


def test_an_office_after_his_and_a_post_held_by_virtue_of_a_position() -> None:
    # Slough: "his Chaplain, the Reverend Linda Hillier who had attended …".
    assert named("slough_chaplain_23819.txt") == [("Reverend", "Linda Hillier", "Chaplain", None)]
    # City of London: "by virtue of his position as Lay Vice Chairman of the General Council of St Lawrence Jewry".
    [clark] = people_in_prose(excerpt("city-of-london_position_as_18584.txt"))
    assert (clark.person.honorific, clark.person.name, clark.role, clark.role_in) == (
        "Mr", "Jamie Ingham Clark", "Lay Vice Chairman", Organisation("General Council of St Lawrence Jewry"))
    # City of London: "RESOLVED – that, being the only Member willing to serve, Andrew McMurtrie be elected as
    # Chair of the Benefices Sub-Committee for 2019/20."
    assert named("city-of-london_elected_untitled_20391.txt") == [
        (None, "Andrew McMurtrie", "Chair of the Benefices Sub-Committee", None)]


def test_two_officers_printed_with_one_post_on_a_contact_line() -> None:
    # No records/ page holds this form; the names are filled in. Read whole, "A and B" was one person's name.
    contact = parse_contact("Jane Smith and John Brown, Committee Administrators  Tel: 0118 937 2153")
    assert contact is not None and contact.person == Person("Jane Smith")
    assert contact.role == "Committee Administrator"
    named_too = people_in_prose("Contact: Jane Smith and John Brown, Committee Administrators  Tel: 0118 937 2153")
    assert [(n.person.name, n.role) for n in named_too] == [("John Brown", "Committee Administrator")]
    # A team joined by "and" is no pair of officers.
    assert people_in_prose("Contact: Democratic Services and Elections") == []


def test_the_office_between_a_name_and_in_the_chair_is_the_members_role() -> None:
    """Durham (mgAi.aspx?ID=58323): "Councillor C Martin Vice-Chair in the Chair" names C Martin, Vice-Chair (not
    a person called "C Martin Vice-Chair")."""
    assert [(n.person.honorific, n.person.name, n.role) for n in people_in_prose(
        "Councillor C Martin Vice-Chair in the Chair")] == [("Councillor", "C Martin", "Vice-Chair")]


def test_two_officers_printed_with_a_slash_and_one_post_on_a_contact_line() -> None:
    # Coventry, MId=11774: "Contact: Lara Knight / Michelle Salmon, Governance Services,  Tel: 024 7683 3237 /
    # 3065, Email: …": the first is the meeting's contact, the second a person with the same post.
    line = ("Contact: Lara Knight / Michelle Salmon, Governance Services,  Tel: 024 7683 3237 / 3065, Email:  "
            "lara.knight@coventry.gov.uk /  michelle.salmon@coventry.gov.uk")
    contact = parse_contact(CONTACT_LINE.match(line)["rest"])  # type: ignore[index]
    assert contact is not None and contact.person == Person("Lara Knight") and contact.role == "Governance Services"
    assert [(n.person.name, n.role) for n in people_in_prose(line)] == [("Michelle Salmon", "Governance Services")]


def test_a_surname_that_is_a_word_of_council_business_with_the_office_after_it() -> None:
    # Babergh, MeetingId=2505: "Ward" names no one in "Councillor Ward Budget"; with the office between commas
    # after it, it is the Leader's surname.
    assert [(n.person.honorific, n.person.name, n.role) for n in people_in_prose(
        "4.3                The Chair invited Councillor Ward, the Leader of the Council, to deliver his "
        "announcements.")] == [("Councillor", "Ward", "Leader of the Council")]
    assert people_in_prose("The Councillor Ward Budget, the scheme, was noted.") == []


def test_a_post_that_starts_the_sentence_before_an_untitled_name() -> None:
    # Croydon, MeetingId=4016: the post, its comma, then the name and its verb.
    assert [(n.person.name, n.role) for n in people_in_prose(
        "Recommendations - Civic Mayor and Civic Awards Additional documents: Minutes: Interim Head of Democratic "
        "Services, Adrian May introduced the report.")] == [("Adrian May", "Interim Head of Democratic Services")]


def test_the_post_an_interest_is_declared_as_after_a_pronoun() -> None:
    # Medway, medway_meeting_5901: "as he is a Governor of …", the post without the pronoun and its verb.
    [field] = people_in_prose(
        "Councillor Field declared an interest in motion 8B as he is a Governor of Abbey Court Community Special "
        "School.")
    assert (field.person.name, field.role, field.role_in) == (
        "Field", "Governor", Organisation("Abbey Court Community Special School"))


def test_the_post_in_an_outside_body_an_interest_is_declared_as() -> None:
    # Hillingdon, MId=791: the reason of a declaration names the member's post and the body it is held in.
    [cooper] = people_in_prose(
        "Councillor George Cooper declared a personal interest in Items 15 and 17 (minutes 290 and 292) as a trustee "
        "of the Groundwork Trust and remained in the room during the discussion and vote on both items.")
    assert (cooper.person.honorific, cooper.person.name, cooper.role, cooper.role_in) == (
        "Councillor", "George Cooper", "trustee", Organisation("Groundwork Trust"))
    # Leeds, MId=3614: "in his capacity as" after "interest in" is read as before, the post of the body it names.
    mckenna = people_in_prose(
        "Councillor J McKenna declared a personal interest in his capacity as a Care Worker at Strawberry Lane Day "
        "Centre (Area Manager’s Report - Agenda Item 10 refers) and a personal and prejudicial interest in his "
        "capacity as a Area Panel Member of West North West Homes (Inner West Area Committee")
    assert [(n.role, n.role_in) for n in mckenna] == [("Area Panel Member", Organisation("West North West Homes"))]
    # A place after "as a resident of" is no body a post is held in.
    assert [n.role for n in people_in_prose(
        "Councillor George Cooper declared a personal interest in Item 5 as a resident of Bramley.")] == [None]
    # Bracknell Forest, issue 98053: a post in the plural is said of the several who declared, no one's role.
    assert [(n.person.name, n.role, n.role_in) for n in people_in_prose(
        "Councillors Brunel-Walker and Councillor Heydon both declared an affected interest in agenda item 12 as "
        "Members of the Joint Venture Board and would leave the meeting for the duration of the item.")] == [
        ("Brunel-Walker", None, None), ("Heydon", None, None)]


def test_an_untitled_name_and_the_part_they_take_in_the_business_in_lower_case() -> None:
    # Cheshire East, issue 83151: the public speaker a member declared she knew.
    assert named_in(
        "Councillor Smetham declared that, in relation to application 22/1447N, she had been acquainted with John "
        "Cornell, public speaker, for a number of years but they had not discussed the application.") == [
        ("Councillor", "Smetham", None), (None, "John Cornell", "public speaker")]
    # Lower-case words that are no such part name no one.
    assert named_in("The application was discussed with Network Rail, public transport, and others.") == []


def named_in(line: str) -> list[tuple[str | None, str, str | None]]:
    """(honorific, name, role) of each person one line names."""
    return [(n.person.honorific, n.person.name, n.role) for n in people_in_prose(line)]


def test_an_office_said_with_a_possessive_and_its_holder_between_commas() -> None:
    # Ipswich, MId=2266: the Mayor's consort, named by his given name alone.
    assert named_in("Finally, the Mayor thanked her predecessor, Councillor Jane Riley and her Consort, Adam, for "
                    "their excellent work over their past Municipal year.") == [
        ("Councillor", "Jane Riley", None), (None, "Adam", "Consort")]
    # A possessive before no office, or before a body, names no one.
    assert named_in("She thanked her Ward, Brampton, for its support.") == []
    assert named_in("He presented his Cabinet, Housing, to the meeting.") == []


def test_a_role_after_a_name_ends_at_a_colon() -> None:
    # South Kesteven, MId=910: a public question addressed "To Councillor Linda Neal, Leader:-".
    assert named_in("To Councillor Linda Neal, Leader:-") == [("Councillor", "Linda Neal", "Leader")]


def test_an_untitled_name_addressing_the_meeting() -> None:
    # Burnley, MeetingId=961: members of the public who addressed the Council under its Request to Speak Policy.
    assert named_in("John Rowe addressed the Council under the Request to Speak Policy on Wood Top School.") == [
        (None, "John Rowe", None)]
    assert named_in("The Mayor addressed the Council.") == []


def test_a_civic_office_printed_as_the_title_of_a_name() -> None:
    # Tamworth, MID=4231: "Mayor R Kingstone announced the following;": the Mayor, by name.
    assert named_in("Minutes: Mayor R Kingstone announced the following;") == [(None, "R Kingstone", "Mayor")]
    assert named_in("The Mayor announced the following;") == []


def test_an_office_after_a_comma_is_said_of_the_name_before_it_not_the_next() -> None:
    # Wokingham, wokingham_meeting_4253: "the Mayor’s Assistant" is Caroline Kelly's post, not Beth Rowland's.
    found = people_in_prose(
        "Caroline Smith thanked Caroline Kelly, the Mayor’s Assistant, the Deputy Mayor Beth Rowland, and her "
        "consort, for their support over the year.")
    [rowland] = [named for named in found if named.person.name == "Beth Rowland"]
    assert (rowland.person.honorific, rowland.role) == ("Deputy Mayor", None)


def test_an_untitled_name_elected_in_a_resolution_opening_with_that() -> None:
    # Wokingham, wokingham_meeting_4253: "That" opens the resolution; the name after it takes the office.
    [rowland] = people_in_prose("RESOLVED: That Beth Rowland be elected as Mayor for the 2023/24 Municipal Year.")
    assert (rowland.person.name, rowland.role) == ("Beth Rowland", "Mayor")


def test_a_civic_office_as_the_title_after_a_sentences_two_spaces() -> None:
    # Lewisham, lewisham_meeting_8049: the elected Mayor named after "appointment.  " and speaking.
    [egan] = people_in_prose("(1)           By-election result and Lewisham College Governor’s appointment.  Mayor "
                             "Damien Egan spoke on these announcements:")
    assert (egan.person.honorific, egan.person.name, egan.role) == (None, "Damien Egan", "Mayor")


def test_an_office_then_after_its_comma_the_untitled_name_that_holds_it() -> None:
    # Lewisham, lewisham_meeting_5647: "Mayor" ends the office, not a title before the name.
    assert [(n.person.name, n.role) for n in people_in_prose(
        "The Chair welcomed to the meeting the new Young Mayor, Femi Komolafe")] == [("Femi Komolafe", "Young Mayor")]


def test_an_honour_announced_with_the_post_and_body_of_who_received_it() -> None:
    # Lewisham, lewisham_meeting_8049: the King's New Year's Honours, each line "A CBE to <name> - <post> of <body>".
    found = [people_in_prose(line)[0] for line in (
        "·               A CBE to Rosamund Adoo-Kissi Debrah - Co-Founder and Chair of the Ella Roberta Family "
        "Foundation for services to Public Health.",
        "·               An OBE to Benjamin Lindsay - Chief Executive Officer, of Power the Fight for services to "
        "the community.")]
    assert [(n.person.name, n.role, n.role_in) for n in found] == [
        ("Rosamund Adoo-Kissi Debrah", "Co-Founder and Chair", Organisation("Ella Roberta Family Foundation")),
        ("Benjamin Lindsay", "Chief Executive Officer", Organisation("Power the Fight"))]


def test_a_member_by_surname_stays_apart_from_a_namesake_titled_mrs() -> None:
    """Teignbridge 3172: "RESOLVED that Cllr Clarance be elected Chair of the Council …" and "his consort would be his
    wife Mrs Sally Clarance": two people, the role the member's."""
    found = [(n.person.honorific, n.person.name, n.role) for n in people_in_prose(
        "RESOLVED that Cllr Clarance be elected Chair of the Council for the 2023/2024 municipal year.\n"
        "The Chair announced that his charity for the coming year would be the Devon Air Ambulance and his consort "
        "would be his wife Mrs Sally Clarance.")]
    assert ("Cllr", "Clarance", "Chair of the Council") in found and ("Mrs", "Sally Clarance", None) in found


def test_a_post_held_at_a_body_a_declaration_states() -> None:
    """Merton 3629: "Councillor Holmes declared that in relation to Item 13, he was a Governor at Melrose School." and
    "Councillor Draper declared that he was Deputy Chair at Melbury College." — posts "at" a body; a word that is no
    post ("present at") gives none."""
    found = [(n.person.name, n.role, n.role_in.name if n.role_in else None) for n in people_in_prose(
        "Councillor Holmes declared that in relation to Item 13, he was a Governor at Melrose School.\n"
        "Councillor Draper declared that he was Deputy Chair at Melbury College.\n"
        "Councillor Kirby said that he was present at Morden Park House.")]
    assert ("Holmes", "Governor", "Melrose School") in found and ("Draper", "Deputy Chair", "Melbury College") in found
    assert not any(role == "present" for _, role, _ in found)


def test_offices_respectively_one_to_each_name_in_order() -> None:
    """Northumberland 1621: "RESOLVED that Councillors Hutchinson and Cessford be appointed Civic Head and Deputy Civic
    Head respectively for the ensuing year." — Hutchinson the Civic Head, Cessford the Deputy; offices fewer than the
    names give none."""
    found = [(n.person.name, n.role) for n in people_in_prose(
        "RESOLVED that Councillors Hutchinson and Cessford be appointed Civic Head and Deputy Civic Head respectively "
        "for the ensuing year.")]
    assert found == [("Hutchinson", "Civic Head"), ("Cessford", "Deputy Civic Head")]
    assert [n.role for n in people_in_prose(
        "RESOLVED that Councillors Hutchinson, Cessford and Homer be appointed Civic Head and Deputy Civic Head "
        "respectively.")] == [None, None, None]


def test_an_office_a_list_of_names_holds_together_is_each_ones_in_the_singular() -> None:
    """Written for the pattern (no page outside the holdout found with it): "Councillors Ling and Hart declared
    personal interests in respect of several items due to their roles as Parish Councillors." — each a Parish
    Councillor; an office naming a body the words shorten ("their positions as Directors of the LLP", Aberdeen
    City, records/) or not in a post's plural ("their roles as Chairmen") gives none."""
    found = [(n.person.name, n.role) for n in people_in_prose(
        "Councillors Ling and Hart declared personal interests in respect of several items due to their roles as "
        "Parish Councillors.")]
    assert found == [("Ling", "Parish Councillor"), ("Hart", "Parish Councillor")]
    for sentence in ("Councillors Ling and Hart declared an interest in item 8.2 (Shaping Aberdeen Housing LLP) by "
                     "virtue of their positions as Directors of the LLP and left the meeting.",
                     "Councillors Ling and Hart declared an interest due to their roles as Chairmen of two charities.",
                     "Councillors Ling and Hart attended. The Chairman spoke of their roles as Parish Councillors."):
        assert [n.role for n in people_in_prose(sentence)] == [None, None], sentence


def test_a_name_a_copy_runs_together_once_is_the_same_person() -> None:
    """Wolverhampton 9098: "That Councillor Marie Claire Darke be elected as Mayor …" and "… seconded by Councillor
    Anwen Muston that Councillor MarieClaire Darke be elected …": one person, named as first printed."""
    names = [n.person.name for n in people_in_prose(
        "That Councillor Marie Claire Darke be elected as Mayor for the 2019 - 2020 municipal year.\n"
        "It was proposed by Councillor Sandra Samuels OBE, seconded by Councillor Anwen Muston that Councillor "
        "MarieClaire Darke be elected as Mayor of the Council for the ensuing year.")]
    assert "Marie Claire Darke" in names and "MarieClaire Darke" not in names


def test_appointed_an_office_with_its_article() -> None:
    """Teignbridge 3432: "Cllr Parrott has been appointed an Executive Member for Corporate Resources"."""
    found = [(n.person.name, n.role) for n in people_in_prose(
        "Cllr Keeling advised that Cllr Parrott has been appointed an Executive Member for Corporate Resources, Cllr "
        "Hook has replaced Cllr Wrigley.")]
    assert ("Parrott", "Executive Member for Corporate Resources") in found


def test_an_office_running_to_the_end_of_a_copy_cut_short_is_left_out() -> None:
    """Teignbridge 3172: the copy stops at "RESOLVED that Cllr D Cox be elected Deputy-C": the member, not the office
    the copy cut; the same words with their full stop are an office."""
    [cut] = people_in_prose("RESOLVED that Cllr D Cox be elected Deputy-C")
    assert (cut.person.name, cut.role) == ("D Cox", None)
    [whole] = people_in_prose("RESOLVED that Cllr D Cox be elected Deputy Chair.")
    assert (whole.person.name, whole.role) == ("D Cox", "Deputy Chair")


def test_the_formal_be_and_is_hereby_elected() -> None:
    # Barnsley, barnsley_agendaitem_5374: "be and is hereby elected" names the office as "be elected" does.
    [mathers] = people_in_prose("RESOLVED that Councillor B. Mathers be and is hereby elected Deputy Mayor of the "
                                "Borough for the ensuing municipal year (2016/17).")
    assert (mathers.person.honorific, mathers.person.name, mathers.role) == (
        "Councillor", "B. Mathers", "Deputy Mayor of the Borough")


def test_a_declared_interests_post_in_a_body_its_name_does_not_show() -> None:
    # Bath and North East Somerset, bathnes_meeting_4643: the body's letters alone, or a capitalised post, make the
    # "of" a body; a resident's "of" is still a place.
    lines = ["Councillor Joe Rayment declared an ‘other’ interest as an employee of DHI which is mentioned in the "
             "document.",
             "Councillor Charles Gerrish declared an ‘other’ interest as Chairman of ADL.",
             "Councillor Paul May declared a disclosable pecuniary interest with regard to the statement from UNISON "
             "about Sirona, as a non-executive Director of Sirona."]
    found = [(n.person.name, n.role, n.role_in.name if n.role_in else None)
             for line in lines for n in people_in_prose(line)]
    assert found == [("Joe Rayment", "employee", "DHI"), ("Charles Gerrish", "Chairman", "ADL"),
                     ("Paul May", "non-executive Director", "Sirona")]
    assert [n.role for n in people_in_prose("Councillor Ann Smith declared an interest as a resident of Bramley.")] \
        == [None]
    # A post only a body has, in lower case too: "as a trustee of" names a body, whatever its name looks like.
    assert [(n.role, n.role_in.name if n.role_in else None) for n in people_in_prose(
        "Councillor Ann Smith declared an interest as a trustee of Greenway Lift.")] == [("trustee", "Greenway Lift")]
    # Hillingdon, hillingdon_meeting_791: "the School Governing Body" names no one body.
    assert [n.role for n in people_in_prose("Councillor Douglas Mills declared a personal interest in Item 19 (minute "
                                            "294) as Chairman of the School Governing Body and remained in the room "
                                            "during the discussion and vote on the item.")] == [None]


def test_the_term_of_an_office_in_capitals_is_no_part_of_it() -> None:
    # Tewkesbury, tewkesbury_meeting_2639: "for the Municipal Year" in capitals is the term, as in lower case.
    [workman] = people_in_prose("RESOLVED          That Councillor P N Workman be elected as Chair for the Municipal "
                                "Year.")
    assert (workman.person.honorific, workman.person.name, workman.role) == ("Councillor", "P N Workman", "Chair")


def test_a_contact_lines_gap_parts_the_name_from_a_post_with_and_in_it() -> None:
    # East Sussex, east-sussex_meeting_5876: the two spaces are the page's line break between name and post; the
    # "and" inside the post joins no second officer ("Democracy Manager" is nobody).
    assert people_in_prose("Contact: Hannah Matthews  Governance and Democracy Manager") == []
    assert parse_contact("Hannah Matthews  Governance and Democracy Manager").role == "Governance and Democracy Manager"


def test_an_office_before_a_titled_name_that_a_verb_closes() -> None:
    # Gravesham, gravesham_meeting_9400: the name ends at its verb ("asked", "to say"), not only at a comma.
    found = people_in_prose("Prior to the commencement of the meeting the Mayor, Cllr Daniel Adewale King asked the "
                            "Chaplain, Mrs Marion Fielder-White to say a prayer for the meeting.")
    assert [(n.person.honorific, n.person.name, n.role) for n in found] == [
        ("Cllr", "Daniel Adewale King", "Mayor"), ("Mrs", "Marion Fielder-White", "Chaplain")]


def test_the_post_a_declared_interest_is_held_in_after_as_she_was() -> None:
    # Isle of Wight, isle-of-wight_agendaitem_5794: the portfolio's parts parted by a comma are one post; it ends at
    # the first word in lower case ("and the scheme …").
    [andre] = people_in_prose(
        "Councillor D Andre declared an interest in minute number 27 (Land known as Pennyfeathers land to the south "
        "of Smallbrook Lane and to the west of, Brading Road, Ryde) as she was the Cabinet Member for Children’s "
        "Services, Education and Lifelong Skills and the scheme included land for a new school.")
    assert (andre.person.name, andre.role) == ("D Andre", "Cabinet Member for Children’s Services, Education and "
                                                          "Lifelong Skills")


def test_the_office_someone_is_appointed_to_as_the_appointers_own() -> None:
    # Kensington and Chelsea, kensington-chelsea_meeting_3419.md: "as his Deputy Mayor" names the office; a title's
    # word opening it ("Deputy") is part of it.
    found = people_in_prose("The Mayor appointed Councillor Laura Burns as his Deputy Mayor. The Mayor appointed "
                            "Reverend Brian Elficke as his Chaplain.")
    assert [(n.person.honorific, n.person.name, n.role) for n in found] == [
        ("Councillor", "Laura Burns", "Deputy Mayor"), ("Reverend", "Brian Elficke", "Chaplain")]


def test_people_a_bulleted_list_names_under_a_lead_in_about_people() -> None:
    # Gravesham, gravesham_meeting_2971 and gravesham_meeting_9400: award recipients, a line each; a group's people in
    # its bracket, "on behalf of" naming two; an entry that is no name ("Community Cupboard") gives nobody.
    text = ("Awards were presented by the Mayor to the under-mentioned persons/organisations:-\n\n"
            "·         Gravesend junior parkrun (Matt and Becky Baxter)\n\n"
            "·         Rob Flood (on behalf of Wendy Daws)\n\n"
            "·         Chris Hart\n\n·         Sanctuary Homeless Shelter (Steve and Lorna Nolan)\n\n"
            "Chief Executive and Leaders Special Award – Contribution to the Community:-\n\n"
            "·         Trevor Fenton on behalf of Georgia-Mae Fenton\n\n  • Community Cupboard\n")
    assert [n.person.name for n in people_in_prose(text)] == [
        "Matt Baxter", "Becky Baxter", "Rob Flood", "Wendy Daws", "Chris Hart", "Steve Nolan", "Lorna Nolan",
        "Trevor Fenton", "Georgia-Mae Fenton"]
    # The same lines under a lead-in that lists no people are no one's names.
    assert people_in_prose("The following reports were noted:\n\n·         Chris Hart\n") == []


def test_a_sentence_that_ends_in_an_office_before_the_next_titled_name() -> None:
    # Kensington and Chelsea, kensington-chelsea_meeting_3419.md: "Deputy Mayor." ends a sentence; "Councillor" is
    # the title of the name after it, so "Deputy" (a title in the City of London) does not hide Councillor Lari.
    found = people_in_prose("Councillor North moved, and Councillor Areti seconded, a vote of thanks to the retiring "
                            "Mayor and Deputy Mayor. Councillor Lari also spoke.")
    assert [(n.person.honorific, n.person.name) for n in found] == [
        ("Councillor", "North"), ("Councillor", "Areti"), ("Councillor", "Lari")]


def test_a_mayor_named_by_surname_alone_and_the_retiring_holder_of_an_office() -> None:
    # Hackney, hackney_meeting_3800: "Mayor Pipe’s last meeting", "to Mayor Pipe, who …": the office is his role.
    [pipe] = people_in_prose("The Speaker informed everyone present that it was Mayor Pipe’s last meeting as elected "
                             "Mayor of the Council. The Speaker paid tribute to Mayor Pipe, who had accepted …")
    assert (pipe.person.honorific, pipe.person.name, pipe.role) == (None, "Pipe", "Mayor")
    # Barnsley, barnsley_meeting_5243: the retiring Mayor holds the office until the next is elected.
    [green] = people_in_prose("To convey the best thanks of the council to the retiring Mayor, Councillor S Green, for "
                              "the manner in which he has discharged his duties.")
    assert (green.person.honorific, green.person.name, green.role) == ("Councillor", "S Green", "Mayor")


def test_father_titles_a_priest_an_office_names_first() -> None:
    # Gravesham, gravesham_meeting_2971: "the outgoing Chaplain, Father James Southward"; "Father" alone titles no one.
    found = people_in_prose("Prior to the commencement of the meeting the Mayor, Cllr Harold Craske asked the outgoing "
                            "Chaplain, Father James Southward to say a prayer for the meeting.")
    assert [(n.person.honorific, n.person.name, n.role) for n in found] == [
        ("Cllr", "Harold Craske", "Mayor"), ("Father", "James Southward", "Chaplain")]
    assert people_in_prose("His Father John Smith attended.") == []


def test_an_office_right_before_a_titled_name_that_ends_the_line() -> None:
    # Blackburn with Darwen, blackburn_meeting_160: item 7's title (a copy's last line may be cut: not this one).
    [akhtar] = people_in_prose("7 Vote of thanks to the retiring Mayor Councillor Hussain Akhtar\n8 Minutes\n")
    assert (akhtar.person.honorific, akhtar.person.name, akhtar.role) == ("Councillor", "Hussain Akhtar", "Mayor")


def test_a_post_qualified_by_who_appointed_to_it() -> None:
    # Harlow, harlow_meeting_1018: "a Council appointed Director of the HTS Board", its qualifier as printed (as
    # Swindon's "a Council appointed Director of Thamesdown Transport Ltd"; i14-fix-j).
    [carter] = people_in_prose("Councillor Simon Carter declared a non-pecuniary interest in Item 8, as he was a "
                               "Council appointed Director of the HTS Board.")
    assert (carter.person.name, carter.role, carter.role_in) == (
        "Simon Carter", "Council appointed Director", Organisation("HTS Board"))
    [smith] = people_in_prose("Councillor Jane Smith said she was seeking re-election as Mayor of Testshire.")
    assert smith.role is None


def test_a_surname_alone_is_the_full_name_with_the_same_title() -> None:
    # Kensington and Chelsea, kensington-chelsea_meeting_3419.md: two Lanes; "Councillor Lane" is the Councillor.
    found = people_in_prose("Councillor Will Lane be elected Mayor of the Royal Borough of Kensington and Chelsea.\n"
                            "The Mayor, Councillor Lane, in the chair.\n"
                            "He announced that his mother, Ms Jennie Lane, had agreed to serve as his Mayoress.\nEnd.")
    assert [(n.person.honorific, n.person.name) for n in found] == [("Councillor", "Will Lane"), ("Ms", "Jennie Lane")]


def test_a_bracket_of_a_post_word_then_the_body() -> None:
    # Gravesham, gravesham_meeting_9400: "(Headteacher Thamesview School)" is the post and the school.
    [rorke] = people_in_prose("Mr George Rorke (Headteacher Thamesview School) received the award.")
    assert (rorke.person.name, rorke.role, rorke.person.organisation) == (
        "George Rorke", "Headteacher", Organisation("Thamesview School"))


def test_an_office_added_to_the_minutes_and_a_councillor_post_given_as_the_reason() -> None:
    # Harlow, harlow_meeting_1018: the correction names the office the member held.
    [shears] = people_in_prose("RESOLVED that the minutes of the meeting held on 24 May 2018 are agreed as a correct "
                               "record and signed by the Chair subject to the addition in Minute 10 of Councillor "
                               "Lanie Shears as Portfolio Holder for Governance.")
    assert (shears.person.name, shears.role) == ("Lanie Shears", "Portfolio Holder for Governance")
    # Isle of Wight, isle-of-wight_agendaitem_5794: "as he was the Local Councillor previously".
    [lilley] = people_in_prose("Councillor M Lilley declared an interest in minute number 27 (Land known as "
                               "Pennyfeathers land) as he was the Local Councillor previously, he would not vote.")
    assert (lilley.person.name, lilley.role) == ("M Lilley", "Local Councillor")


def test_an_untitled_name_of_an_outside_body_is_a_person_of_it() -> None:
    # South Kesteven, south-kesteven_meeting_910: a cheque presented to someone of a charity.
    text = ("Before the commencement of the public open forum, there was a brief presentation of a cheque in the sum "
            "of £2,000 by the immediate past Chairman, Councillor Mrs Pam Bosworth to Daphne Oxford of the Motor "
            "Neurone Disease Association.")
    oxford = [named for named in people_in_prose(text) if named.person.name == "Daphne Oxford"]
    assert [(named.person.organisation, named.role) for named in oxford] == [
        (Organisation("Motor Neurone Disease Association"), None)]
    # East Hertfordshire, east-hertfordshire_meeting_3509: a place after "of" is no body.
    assert people_in_prose("Jonathan Forgan of Little Hadham had received the Peterkin Award") == []


def test_award_winners_listed_a_line_each_with_a_dash() -> None:
    # Gateshead, gateshead_meeting_1959: unbulleted winners under the lead-in.
    text = ("At the end of the presentation the Mayor presented awards to the following for achieving first place "
            "in the categories indicated at the Technology Olympics:\n\n \n\nJarvis Bell - 1st place for Machine "
            "Inspection\n\nMarc Elliot - 1st place for Welding\n\nKevin Robson - 1st place for Painting\n\n"
            "Roger Potts - 1st place for Assembly\n\n \n\nCL15\n\nPetitions\n")
    assert [named.person.name for named in people_in_prose(text)] == [
        "Jarvis Bell", "Marc Elliot", "Kevin Robson", "Roger Potts"]
    # Without a lead-in that says it lists people, such lines name nobody.
    assert people_in_prose("Agenda:\n\nBudget Monitoring - Quarter 2 report\n") == []


def test_a_labelled_list_of_surnames_its_total_confirms() -> None:
    # Teignbridge, teignbridge_meeting_3172: members absent from a recorded vote.
    assert [named.person.name for named in people_in_prose("Absent: Buscombe, Hayes, Hook and Rollason  Total 4")] \
        == ["Buscombe", "Hayes", "Hook", "Rollason"]
    # A total the names do not make is no such list.
    assert people_in_prose("Absent: Buscombe, Hayes and Hook  Total 4") == []


def test_the_first_name_after_a_plural_title_with_its_own_title_has_both() -> None:
    # Fenland, fenland_meeting_595: "Councillors Mrs Newell" prints both titles before her name.
    [newell] = people_in_prose("Councillors Mrs Newell and Councillor Seaton")[:1]
    assert (newell.person.name, newell.person.honorific) == ("Newell", "Councillor Mrs")


def test_whole_names_after_a_plural_noun_of_members_and_a_comma() -> None:
    # Fenland, fenland_meeting_595: former councillors, named without a title.
    text = ("Councillor Mrs Cox paid tribute to two previous serving Councillors, Ann Carlisle and Peter Tunley who "
            "both sadly passed away earlier in October.")
    assert [(named.person.name, named.person.honorific) for named in people_in_prose(text)] == [
        ("Cox", "Councillor Mrs"), ("Ann Carlisle", None), ("Peter Tunley", None)]


def test_a_name_opening_a_sentence_then_the_current_post() -> None:
    # Wokingham, wokingham_meeting_4253: the Mayor's farewell.
    [smith] = people_in_prose("Caroline Smith the current Mayor, welcomed recently elected Members.")
    assert (smith.person.name, smith.person.honorific, smith.role) == ("Caroline Smith", None, "Mayor")


def test_someone_who_agreed_to_serve_as_an_office_holds_it() -> None:
    # Kensington and Chelsea, kensington-chelsea_meeting_3419.
    text = ("The Mayor gave a short speech of thanks to Full Council and announced that his mother, Ms Jennie Lane, "
            "had agreed to serve as his Mayoress.")
    assert [(named.person.name, named.person.honorific, named.role) for named in people_in_prose(text)] == [
        ("Jennie Lane", "Ms", "Mayoress")]


def test_someone_a_silence_was_kept_for_and_the_post_they_held() -> None:
    # Hackney, hackney_meeting_3800.
    text = ("2.4  One minute’s silence was observed for Jo Cox, MP for Batley and Spen constituency, West Yorkshire, "
            "who was murdered on 16th June 2016.")
    assert [(named.person.name, named.role) for named in people_in_prose(text)] == [
        ("Jo Cox", "MP for Batley and Spen constituency")]


def test_the_second_post_and_name_of_a_pair_on_the_line_its_sentence_wraps_onto() -> None:
    # Lewisham, lewisham_meeting_5647.
    text = ("The Chair welcomed to the meeting the new Young Mayor, Femi Komolafe\n\n"
            "and Deputy Young Mayor, Aaliyah Odedina.\n")
    assert [(named.person.name, named.role) for named in people_in_prose(text)] == [
        ("Femi Komolafe", "Young Mayor"), ("Aaliyah Odedina", "Deputy Young Mayor")]


def test_someone_whose_death_is_noted_and_officers_to_contact() -> None:
    # Watford, watford_meeting_2982.
    text = ("The meeting noted with sadness the death of Alan Garside who had worked in the Democratic Services team "
            "until very recently.")
    assert [(named.person.name, named.role) for named in people_in_prose(text)] == [("Alan Garside", None)]
    text = "Those interested should contact Sandra Hancock or Anita Hibbs, or book through the Members Portal."
    assert [named.person.name for named in people_in_prose(text)] == ["Sandra Hancock", "Anita Hibbs"]
    # Arun, arun_meeting_1605.
    text = ("Secondly, the Chair announced that the Council had been informed earlier in the day of the sad passing "
            "of Sam McDowell who had passed away on 21 January 2022.")
    assert [named.person.name for named in people_in_prose(text)] == ["Sam McDowell"]


def test_a_name_after_the_and_a_calling_in_lower_case() -> None:
    # Burnley, burnley_meeting_961: the artist of a gift, no post.
    text = ("Councillor Charlie Briggs, which was a picture by the artist Lloyd George Higgins of Clock Tower Mill, "
            "to say \"Thank You \" for his year as Mayor of Burnley.")
    higgins = [named for named in people_in_prose(text) if named.person.name == "Lloyd George Higgins"]
    assert [(named.person.honorific, named.role) for named in higgins] == [(None, None)]


def test_a_member_of_staff_and_the_post_said_of_their_given_name() -> None:
    # Arun, arun_meeting_1605: a tribute to a member of staff and a former one.
    text = ("Firstly, he needed to inform Members of the death of one of the Council’s members of staff Brenda Heyne "
            "who had passed away unexpectedly on 23 November 2021. This had been a great shock for Brenda’s family, "
            "close friends and colleagues. Brenda had been a Building Control Support Officer and had worked in the "
            "Building Control section of the Council for all the 16 years she had been with Arun.\n"
            "Secondly, the Chair announced that the Council had been informed earlier in the day of the sad passing "
            "of Sam McDowell who had passed away on 21 January 2022. Sam had been the Council’s Payroll Manager from "
            "1980 until 2009 when he had retired.\n")
    assert [(named.person.name, named.role) for named in people_in_prose(text)] == [
        ("Brenda Heyne", "Building Control Support Officer"), ("Sam McDowell", "Payroll Manager")]


def test_an_office_before_its_comma_is_the_role_of_the_titled_member_after_it() -> None:
    # Epsom and Ewell, epsom-ewell_meeting_1790.txt: "the former Mayor, Councillor Steve Bridger who …"; "current"
    # says only that the office is held now, so is no part of it.
    line = ("The Mayor made a number of announcements relating to noteworthy recent and upcoming events and invited "
            "Councillor Alex Coley to provide the Council with a statement on behalf of the former Mayor, Councillor "
            "Steve Bridger who was unable to attend the meeting.")
    assert named_in(line) == [("Councillor", "Alex Coley", None), ("Councillor", "Steve Bridger", "former Mayor")]
    assert named_in("He thanked the current Deputy Mayor, Councillor Jane Smith who had stood in.")[-1] == (
        "Councillor", "Jane Smith", "Deputy Mayor")
    assert named_in("He thanked the Leader, Councillor Jane Smith and Councillor Ann Lee.") == [
        ("Councillor", "Jane Smith", None), ("Councillor", "Ann Lee", None)]


def test_the_second_of_two_officers_on_a_contact_line_is_a_contact_too() -> None:
    # Bradford, bradford_meeting_6827.txt: "Contact: Jill Bell / Yusuf Patel"; the first is the meeting's contact
    # (read by the page's reader), the second is named here with the same role.
    assert named_in("Contact: Jill Bell / Yusuf Patel") == [(None, "Yusuf Patel", "Contact")]


def test_a_whole_name_opening_a_sentence_that_gave_an_announcement_is_a_person() -> None:
    # Dacorum, dacorum_issue_26013.txt: an initial and a surname, no title; one word alone is no name.
    assert named_in("C Hamilton gave an announcement referring to the minutes of the 13 th April.") == [
        (None, "C Hamilton", None)]
    assert named_in("Members gave a statement on the budget.") == []


def test_an_office_before_a_titled_name_that_ends_the_sentence() -> None:
    """"… conducted by the Archdeacon of Northshire, the Venerable Paul Kerr." (our own sentence in the pattern, the
    office and name made up: no non-holdout page with it was found): the office between the commas is the role of
    the name that closes the sentence."""
    [named] = people_in_prose("The Chairman reminded Councillors of the Carol Service, to be conducted by the "
                              "Archdeacon of Northshire, the Venerable Paul Kerr.")
    assert (named.person.name, named.person.honorific, named.role) == (
        "Paul Kerr", "Venerable", "Archdeacon of Northshire")


def test_an_office_a_dash_and_the_member_holding_it_with_initials_run_together() -> None:
    # Reigate and Banstead, reigate-and-banstead_meeting_337 (minute 33, "Questions by Members").
    text = ("Five questions were asked and responses given by the Leader of the Council - Councillor Mrs. J.M.A. "
            "Spiers (1), the Deputy Leader and Executive Member for Finance - Councillor V.W. Broad (1) and the "
            "Executive Member for Prosperous Borough - Councillor M.J. Miller (2) in accordance with Council "
            "Procedure Rule 14.\n")
    assert [(n.person.honorific, n.person.name, n.role) for n in people_in_prose(text)] == [
        ("Councillor Mrs", "J.M.A. Spiers", "Leader of the Council"),
        ("Councillor", "V.W. Broad", "Deputy Leader and Executive Member for Finance"),
        ("Councillor", "M.J. Miller", "Executive Member for Prosperous Borough")]


def test_an_untitled_name_and_the_post_the_page_calls_our_own() -> None:
    # Wychavon, wychavon_meeting_5215 (the Chairman's announcements).
    text = ("It is also my sad duty to inform you that Joanne Lomax, our Property Standards and Enforcement Officer "
            "in our shared Housing service, passed away on Saturday 29 April.\n")
    assert [(n.person.name, n.role) for n in people_in_prose(text)] == [
        ("Joanne Lomax", "Property Standards and Enforcement Officer")]


def test_an_untitled_name_thanked_to_or_named_for_a_part_with_its_post_after_the_comma() -> None:
    # Runnymede, runnymede_meeting_777 (the election of the Mayor, the Mayor's Chaplain).
    text = ("Councillor Harnden offered her thanks to her consorts, Ian Patenall and Father Gerard Mee, and to Clare "
            "Sykes, Executive Officer, for their support.\nCouncillor Saise-Marshall announced that her Chaplain "
            "would be Ben Beecroft, Dean of Runnymede, and Reverend")
    assert [(n.person.name, n.role) for n in people_in_prose(text) if not n.person.honorific] == [
        ("Clare Sykes", "Executive Officer"), ("Ian Patenall", "consort"), ("Ben Beecroft", "Dean of Runnymede")]


def test_the_office_a_proposal_the_sentence_says_was_resolved_elects_to() -> None:
    # Runnymede, runnymede_meeting_777: resolved in the sentence that proposes it; a proposal alone elects nobody.
    resolved = ("It was proposed (by Councillor Clarke), seconded (by Councillor Willingale) and resolved that "
                "Councillor Saise-Marshall be elected as Mayor for the 2023/24 municipal year.\n")
    assert [(n.person.name, n.role) for n in people_in_prose(resolved)] == [
        ("Clarke", None), ("Willingale", None), ("Saise-Marshall", "Mayor")]
    proposed = resolved.replace(", seconded (by Councillor Willingale) and resolved", "")
    assert [(n.person.name, n.role) for n in people_in_prose(proposed)] == [
        ("Clarke", None), ("Saise-Marshall", None)]


def test_a_declared_interest_as_a_firm_s_associate() -> None:
    # Monmouthshire, monmouthshire_meeting_5700 (declarations of interest).
    text = ("Item 9.3 – Motion: My Day My Life - County Councillor Paul Pavia declared a personal non-prejudicial "
            "interest as an Associate of Practice Solutions. He is not involved with the project team or the "
            "project.\n")
    [pavia] = people_in_prose(text)
    assert (pavia.person.honorific, pavia.person.name, pavia.role, pavia.role_in) == (
        "County Councillor", "Paul Pavia", "Associate", Organisation("Practice Solutions"))


def test_an_office_two_held_said_in_the_plural_with_a_possessive() -> None:
    # Runnymede, runnymede_meeting_777 (the outgoing Mayor's thanks).
    text = ("Councillor Harnden offered her thanks to her consorts, Ian Patenall and Father Gerard Mee, and to Clare "
            "Sykes, Executive Officer, for their support.\n")
    assert [(n.person.honorific, n.person.name, n.role) for n in people_in_prose(text)] == [
        ("Councillor", "Harnden", None), (None, "Clare Sykes", "Executive Officer"), (None, "Ian Patenall", "consort"),
        ("Father", "Gerard Mee", "consort")]


def test_each_officer_of_a_front_sheet_s_contacts_list_with_the_post_over_the_name() -> None:
    # Southampton, southampton_meeting_532 (the agenda front sheet); the details are never kept.
    text = ("  Contacts\n \n  Council Administrator\n  Sandra Coltman\n  Tel. 023 8083 2718\n"
            "  Email: sandra.coltman@southampton.gov.uk\n \n  Solicitor to the Council\n  Mark Heath\n"
            "  Tel. 023 8083 2371\n  Email: mark.heath@southampton.gov.uk\n \n  Administrative Information\n")
    assert [(n.person.name, n.role) for n in people_in_prose(text)] == [
        ("Sandra Coltman", "Council Administrator"), ("Mark Heath", "Solicitor to the Council")]


def test_an_untitled_name_who_made_the_representations() -> None:
    # Sheffield, sheffield_meeting_6700 (a petition heard).
    text = ("Representations on behalf of the petitioners were made by Lisa Siddall. She stated that her son was one "
            "of the children that attended swimming lessons at the pool.\n")
    assert [(n.person.honorific, n.person.name, n.role) for n in people_in_prose(text)] == [
        (None, "Lisa Siddall", None)]


def test_a_post_before_a_whole_name_in_the_possessive() -> None:
    # Newport, newport_meeting_7556 (the Mayor's announcements).
    text = ("On behalf of the Council, the Mayor congratulated the Leader of the Council on her elevation to the House "
            "of Lords following the former Prime Minister Theresa May’s Resignation Honours List.\n")
    assert [(n.person.name, n.role) for n in people_in_prose(text)] == [("Theresa May", "former Prime Minister")]


def test_two_officers_on_a_contact_line_with_the_team_after_the_second_both_work_in_it() -> None:
    # Stoke-on-Trent, stoke-on-trent_meeting_8431.md: "Contact: Helen Barr/Julie Harvey Democratic Management";
    # the team follows the second name with no comma and is the post of both.
    assert named_in("Contact: Helen Barr/Julie Harvey Democratic Management") == [
        (None, "Julie Harvey", "Democratic Management")]
    contact = parse_contact("Helen Barr/Julie Harvey Democratic Management")
    assert contact is not None and contact.person is not None
    assert (contact.person.name, contact.role) == ("Helen Barr", "Democratic Management")


def test_a_contact_whose_details_open_a_bracket_has_no_bracket_in_the_name() -> None:
    # Swindon, swindon_meeting_5094.md: "Contact: Shaun Banks (Telephone 01793 463606) email: …".
    contact = parse_contact("Shaun Banks (Telephone 01793 463606) email: sbanks@swindon.gov.uk")
    assert contact is not None and contact.person is not None
    assert (contact.person.name, contact.role, contact.phone) == ("Shaun Banks", None, "01793 463606")


def test_an_officer_listed_with_a_post_that_opens_with_deputy_or_ends_in_a_bracket() -> None:
    # Torfaen, torfaen_meeting_5768.txt, "Officers on the dias": a name, a comma, the post.
    assert named_in("Nigel Aurelius, Assistant Chief Executive (Resources)") == [
        (None, "Nigel Aurelius", "Assistant Chief Executive (Resources)")]
    assert named_in("Justine Cass, Deputy Monitoring Officer and Solicitor") == [
        (None, "Justine Cass", "Deputy Monitoring Officer and Solicitor")]


def test_a_resolution_restating_the_motion_it_carried_elects_the_member() -> None:
    # Redcar and Cleveland, redcar-and-cleveland_meeting_261.txt: "RESOLVED that on the successful motion of …
    # that Councillor Bendelow be elected as Deputy Mayor …": resolved, no longer a proposal.
    assert named_in("RESOLVED that on the successful motion of Councillor Brown and duly seconded by Councillor Berry "
                    "that Councillor Bendelow be elected as Deputy Mayor for the Borough of Redcar and Cleveland for "
                    "the ensuing Municipal Year 2023/24.") == [
        ("Councillor", "Brown", None), ("Councillor", "Berry", None),
        ("Councillor", "Bendelow", "Deputy Mayor for the Borough of Redcar and Cleveland")]
    assert named_in("MOVED BY Councillor Hannaway and duly seconded by Councillor Davies that Councillor Kay be "
                    "elected as Deputy Mayor for the Borough of Redcar and Cleveland.")[-1] == (
        "Councillor", "Kay", None)


def test_elected_with_the_formal_words_between_commas() -> None:
    # North Tyneside, north-tyneside_meeting_979.txt; the term after the office is no part of it.
    assert named_in("Resolved that Councillor S Cox be, and is hereby elected, Chair of the Council for the 2024/25 "
                    "Municipal Year and until the acceptance of Office by a successor.") == [
        ("Councillor", "S Cox", "Chair of the Council")]


def test_a_surname_that_is_a_role_word_after_a_title() -> None:
    # Redcar and Cleveland, redcar-and-cleveland_meeting_261.txt: "Councillor Head be elected as Mayor …".
    assert named_in("RESOLVED that on the successful motion of Councillor Morgan and duly seconded by Councillor "
                    "Nightingale that Councillor Head be elected as Mayor of the Borough of Redcar and Cleveland for "
                    "the ensuing Municipal Year 2023/24.")[-1] == (
        "Councillor", "Head", "Mayor of the Borough of Redcar and Cleveland")
    assert named_in("Councillor Head of Planning spoke.") == []


def test_one_person_gets_the_fullest_title_the_page_prints_for_them() -> None:
    """records/plymouth_meeting_10530.txt: "Cllr Mrs Bridgeman" in the declarations, "Mrs Bridgeman" in a vote
    list under "Councillors": one title, "Cllr Mrs"; "Cllr Evans" and "Councillor Evans" are one title, the first
    kept; "Mr Page" and "Dr Page" are left as printed."""
    people = [Person("Bridgeman", honorific="Mrs"), Person("Bridgeman", honorific="Cllr Mrs"),
              Person("Evans", honorific="Cllr"), Person("Evans", honorific="Councillor"),
              Person("Page", honorific="Mr"), Person("Page", honorific="Dr")]
    one_title_each(Record(kind="meeting", source_id="1", people=people))
    assert [person.honorific for person in people] == ["Cllr Mrs", "Cllr Mrs", "Cllr", "Cllr", "Mr", "Dr"]


def test_by_virtue_of_being_a_post_in_a_body() -> None:
    """records/pembrokeshire_meeting_3015.txt: "… by virtue of being a Governor of Roch School …", "… by virtue of
    being the Chairman of Governors at Johnston School.": each declarant's post and the body it is in."""
    adams = ("Councillor J L Adams declared a personal interest in Agenda Item No. 9, Review of Educational Provision "
             "in the St David’s Area, by virtue of being a Governor of Roch School which was one of the schools "
             "mentioned in the review of the St David’s area.")
    rowlands = ("Councillor K Rowlands declared a personal interest in Agenda Item No. 10, 21st Century Schools "
                "Programme Management Board, by virtue of being the Chairman of Governors at Johnston School.")
    found = [(named.person.name, named.role, named.role_in.name if named.role_in else None)
             for text in (adams, rowlands) for named in people_in_prose(text) if named.role]
    assert found == [("J L Adams", "Governor", "Roch School"),
                     ("K Rowlands", "Chairman of Governors", "Johnston School")]


def test_a_post_in_another_council_given_as_the_reason_for_an_interest() -> None:
    """records/test-valley_meeting_3915.md: "… declared a personal interest in agenda item 12: …, as a Hampshire
    County Council Cabinet Member and Executive Lead Member for Universal Services.": the post and its council;
    "as a Test Valley Borough Councillor currently appointed to …" names no post this way."""
    north = ("Councillor Kirsty North declared a personal interest in agenda item 12: Introduction of Weekly Food "
             "Waste Collection Service, as a Hampshire County Council Cabinet Member and Executive Lead Member for "
             "Universal Services.")
    adams = ("Councillor Adams-King declared a personal interest in agenda item 13: Appointment to South East "
             "Councils, as a Test Valley Borough Councillor currently appointed to South East Councils.")
    found = [(named.person.name, named.role, named.role_in.name if named.role_in else None)
             for text in (north, adams) for named in people_in_prose(text) if named.role]
    assert found == [("Kirsty North", "Cabinet Member and Executive Lead Member for Universal Services",
                      "Hampshire County Council")]


def test_a_full_stop_after_a_whole_plural_title_ends_the_sentence() -> None:
    """Kirklees (ieListDocuments MID=5269, a Markdown row): "Member Question Time To consider questions from
    Councillors. Decision: No questions were asked." names nobody ("Decision" is the cell's label); an
    abbreviation takes its stop before the names ("Cllrs. Smith and Jones")."""
    assert people_in_prose("Member Question Time To consider questions from Councillors. Decision: No questions "
                           "were asked. |") == []
    assert [n.person.name for n in people_in_prose("Apologies were received from Cllrs. Smith and Jones.")] == [
        "Smith", "Jones"]


def test_a_portfolio_with_commas_runs_on_to_the_clause_about_its_holder() -> None:
    """Surrey, ieListDocuments MId=7763 (not a corpus record): "A special thanks was paid to Mary Lewis, Cabinet
    Member for Children, Young People and Families who was standing down …": the portfolio is all three phrases,
    not "Cabinet Member for Children"."""
    line = ("A special thanks was paid to Mary Lewis, Cabinet Member for Children, Young People and Families who "
            "was standing down and had delivered many positive changes for children and young people in Surrey.")
    assert [(n.person.name, n.role) for n in people_in_prose(line)] == [
        ("Mary Lewis", "Cabinet Member for Children, Young People and Families")]


def test_a_code_before_a_comma_is_no_office_of_the_member_after_it() -> None:
    """Epping Forest, epping-forest_meeting_9631: "Pursuant to the Council's Code of Member Conduct, Councillor S.
    Murray declared …": the words before the comma name a code (its role word inside what it is of), no office;
    "the Portfolio Holder for Housing, Councillor S. Stavrou" is one."""
    line = ("Pursuant to the Council's Code of Member Conduct, Councillor S. Murray declared a non pecuniary interest "
            "in agenda item 12 (Overview and Scrutiny Committee).")
    assert [(n.person.name, n.role) for n in people_in_prose(line)] == [("S. Murray", None)]
    line = ("Question by Councillor S. Neville to the Portfolio Holder for Housing, Councillor S. Stavrou\n"
            "“Could the Housing Portfolio Holder advise;")
    assert [(n.person.name, n.role) for n in people_in_prose(line)] == [
        ("S. Neville", None), ("S. Stavrou", "Portfolio Holder for Housing")]


def test_a_bracket_after_a_titled_name_is_not_a_post_holder_named_in_brackets() -> None:
    """Chichester, chichester_issue_7439: "The Chairman of the Council, Mrs E Hamilton (West Wittering) welcomed
    …": the bracket is her ward, not someone holding "Chairman of the Council, Mrs E Hamilton", nor her post
    (the office printed before her name is)."""
    line = ("The Chairman of the Council, Mrs E Hamilton (West Wittering) welcomed everyone present, Chichester "
            "District Council (CDC) members and officers.")
    assert "West Wittering" not in [n.person.name for n in people_in_prose(line)]
    [hamilton] = [n for n in people_in_prose(line) if n.person.name == "E Hamilton"]
    assert hamilton.role == "Chairman of the Council"  # the office before her name; her ward in brackets is none


def test_a_post_said_with_a_pronoun_is_of_a_member_its_own_sentence_names() -> None:
    """Bassetlaw, bassetlaw_meeting_845: after "She thanked Councillor G Freeman for trusting her to be Chairman …",
    "During her time as Chairman, she will …" two sentences on is the new Chairman's, not Councillor Freeman's."""
    line = ("She thanked Councillor G Freeman for trusting her to be Chairman as due to personal circumstances "
            "Councillor G Freeman was unable to perform the duty of Chairman for 2023/24. It is with pride she accepts "
            "the nomination to represent Bassetlaw. She looks forward to working with all councillors. During her "
            "time as Chairman, she will do her utmost to champion people with mental health issues.")
    assert [(n.person.name, n.role) for n in people_in_prose(line)] == [("G Freeman", None)]


def test_initials_run_together_take_the_spelling_the_page_prints_with_spaces() -> None:
    """Isle of Anglesey, isle-of-anglesey_meeting_127: the list of members prints "E. Schofield" and "G. O. Parry
    MBE", the declarations "Councillor E.Schofield declared …" and "Councillor G.O. Parry MBE declared …": one
    person each, spelt as the list spells them; a name the page prints one way only stays as printed."""
    record = Record("meeting", "127", people=[Person("E. Schofield"), Person("G. O. Parry"), Person("P.J.Dunning"),
                                              Person("E.Schofield", honorific="Councillor"), Person("G.O. Parry")])
    one_spelling_each(record)
    assert [person.name for person in record.people] == [
        "E. Schofield", "G. O. Parry", "P.J.Dunning", "E. Schofield", "G. O. Parry"]


def test_a_post_ends_where_the_sentence_goes_on_in_lower_case() -> None:
    """Ceredigion, ceredigion_meeting_274; Huntingdonshire, huntingdonshire_meeting_5115: a post read up to a verb or
    a clause the sentence goes on with is cut there, its joining words kept ("of Huntingdon")."""
    record = Record("meeting", "274")
    add_people_in_prose(record, "b)    The Chairman, Councillor Ifan Davies extended his condolences to Rowland Rees "
                                "Evans, the High Sheriff and former Councillor following the recent bereavement of his "
                                "father;\n")
    add_people_in_prose(record, "PRAYER Minutes: The Reverend A Milton, Team Rector of Huntingdon opened the meeting "
                                "with prayer. |\n")
    roles = {post.holder.name: post.label for post in record.posts if post.holder}
    assert roles["Rowland Rees Evans"] == "High Sheriff"
    assert roles["A Milton"] == "Team Rector of Huntingdon"


def test_a_place_in_a_bracket_after_a_titled_name_is_no_role_and_no_person() -> None:
    """records/chichester_issue_7439.txt: "The Chairman of the Council, Mrs E Hamilton (West Wittering) welcomed …":
    the bracket is her ward (no role word in it): neither her role nor a person holding the office before it."""
    line = ("The Chairman of the Council, Mrs E Hamilton (West Wittering) welcomed everyone present, Chichester "
            "District Council (CDC) members and officers, members of the public and media representatives, to the "
            "first Council meeting of 2019.")
    assert [(n.person.honorific, n.person.name, n.role) for n in people_in_prose(line)] == [
        ("Mrs", "E Hamilton", "Chairman of the Council")]


def test_an_untitled_name_of_initials_elected_to_an_office() -> None:
    """records/lincolnshire_meeting_8606.txt prints its members untitled, by initials and surname."""
    line = "That W H Gray be appointed as the Vice Chairman of the County Council for 2024/25."
    assert [(n.person.name, n.role) for n in people_in_prose(line)] == [
        ("W H Gray", "Vice Chairman of the County Council")]


def test_an_office_before_a_name_with_letters_after_it_and_an_office_after_its_style() -> None:
    """records/dartford_meeting_3024.txt: "The Leader of the Council, Councillor J A Kite MBE, nominated …"; "…
    Councillor R M Currans was duly elected the Worshipful the Mayor of the Borough of Dartford, …"."""
    lines = ["The Leader of the Council, Councillor J A Kite MBE, nominated Councillor R M Currans to be elected.",
             "There being no further nominations Councillor R M Currans was duly elected the Worshipful the Mayor of "
             "the Borough of Dartford, for the 2021/22 Municipal Year."]
    assert [(n.person.name, n.role) for line in lines for n in people_in_prose(line)] == [
        ("J A Kite", "Leader of the Council"), ("R M Currans", None),
        ("R M Currans", "Mayor of the Borough of Dartford")]


def test_one_congratulated_on_being_selected_and_a_post_then_a_former_one() -> None:
    """records/ceredigion_meeting_274.txt: a person congratulated on being selected is named (a team "on their
    achieving an award" is not, records/east-hertfordshire_meeting_3509.txt); "the High Sheriff and former
    Councillor following the recent bereavement …" is the High Sheriff."""
    lines = ["Councillor Catrin M S Davies congratulated Joshua Tarling on being selected to represent Wales in the "
             "Commonwealth Games;", "He congratulated Herts Chiefs Basketball on their achieving an award for "
             "diversity and equality in sport.", "The Chairman, Councillor Ifan Davies extended his condolences to "
             "Rowland Rees Evans, the High Sheriff and former Councillor following the recent bereavement of his "
             "father;"]
    assert [(n.person.name, n.role) for line in lines for n in people_in_prose(line)] == [
        ("Catrin M S Davies", None), ("Joshua Tarling", None), ("Ifan Davies", "Chairman"),
        ("Rowland Rees Evans", "High Sheriff")]


def test_a_titled_names_post_running_into_the_verb_without_a_closing_comma() -> None:
    """records/ceredigion_meeting_299.txt: "Mrs Dana Jones, Democratic Services and Standards Officer declared …"."""
    line = ("Mrs Dana Jones, Democratic Services and Standards Officer declared a personal and prejudicial interest in "
            "application 7(q) to 7(x).")
    assert [(n.person.honorific, n.person.name, n.role) for n in people_in_prose(line)] == [
        ("Mrs", "Dana Jones", "Democratic Services and Standards Officer")]


def test_a_bracket_after_a_titled_name_is_a_role_only_when_it_names_a_post() -> None:
    """A ward in the bracket is no role (records/chichester_issue_7439.txt, "(West Wittering)"); a post is, also
    one no role noun names ("(Opposition Spokesperson)", "(Chief Whip)")."""
    lines = ["Councillor Jane Smith (Bognor Regis East) welcomed everyone.",
             "Councillor Ann Lee (Chief Whip) attended the meeting.",
             "Councillor Tom Hill (Opposition Spokesperson) spoke on the item."]
    assert [(n.person.name, n.role) for line in lines for n in people_in_prose(line)] == [
        ("Jane Smith", None), ("Ann Lee", "Chief Whip"), ("Tom Hill", "Opposition Spokesperson")]


def test_a_list_of_members_wrapped_over_lines_that_end_in_commas() -> None:
    """Isle of Anglesey, isle-of-anglesey_meeting_127: the minutes' list of members, copied from a Word document,
    wraps over paragraphs ending in commas; the plural title stands for every name. Welsh initials of two letters
    ("C. Ll. Everett") and initials run into the surname ("D.R.Hughes") are names."""
    text = ("Councillors Mrs. B. Burns MBE, John Byast, W. J. Chorlton,\n\nJ. M. Davies, E. G. Davies, J. Arwel "
            "Edwards, Keith Evans,\n\nC. Ll. Everett, P. M. Fowlie, D. R. Hadley, D.R.Hughes,\n\n"
            "R. L. Owen,G. O. Parry MBE, Bob Parry, OBE,\n\nHefin W. Thomas, John Williams.\n")
    assert [(n.person.honorific, n.person.name, n.person.post_nominals) for n in people_in_prose(text)] == [
        ("Councillor Mrs", "B. Burns", ("MBE",)), ("Councillor", "John Byast", ()),
        ("Councillor", "W. J. Chorlton", ()), ("Councillor", "J. M. Davies", ()), ("Councillor", "E. G. Davies", ()),
        ("Councillor", "J. Arwel Edwards", ()), ("Councillor", "Keith Evans", ()),
        ("Councillor", "C. Ll. Everett", ()), ("Councillor", "P. M. Fowlie", ()), ("Councillor", "D. R. Hadley", ()),
        ("Councillor", "D.R.Hughes", ()), ("Councillor", "R. L. Owen", ()), ("Councillor", "G. O. Parry", ("MBE",)),
        ("Councillor", "Bob Parry", ("OBE",)), ("Councillor", "Hefin W. Thomas", ()),
        ("Councillor", "John Williams", ())]


def test_a_line_ending_in_a_comma_is_read_alone_too() -> None:
    """Leeds, leeds_meeting_3614: "… on behalf of Councillor Denise Atkinson," then "Steve McBarron, Co-optee…" on
    the next line: the name opening that line is read as one opening a line, as well as in the joined sentence."""
    text = ("Apologies for absence were received on behalf of Councillor Denise Atkinson,\n\nSteve McBarron, "
            "Co-opteeBramley & Stanningley Forum and Inspector Mark Bownass, West Inner Neighbourhood Policing Team "
            "Inspector (NPT).\n")
    assert [(n.person.name, n.role) for n in people_in_prose(text)] == [
        ("Denise Atkinson", None), ("Mark Bownass", "West Inner Neighbourhood Policing Team Inspector (NPT)"),
        ("Steve McBarron", "Co-optee")]


def test_one_spelling_for_initials_printed_spaced_and_run_together() -> None:
    """Isle of Anglesey, isle-of-anglesey_meeting_127: "E. Schofield" in the list of members, "Councillor
    E.Schofield declared an interest …" in the minutes: one person, printed as the list prints him."""
    listed, declaring = Person("E. Schofield", honorific="Councillor"), Person("E.Schofield", honorific="Councillor")
    other = Person("E. G. Davies", honorific="Councillor")
    one_spelling_each(Record(kind="meeting", source_id="127", people=[listed, declaring, other]))
    assert [listed.name, declaring.name, other.name] == ["E. Schofield", "E. Schofield", "E. G. Davies"]


def test_an_office_before_a_name_needs_its_role_noun_at_its_head() -> None:
    """Epping Forest, epping-forest_meeting_9631: "Pursuant to the Council's Code of Member Conduct, Councillor S.
    Murray declared …": a code, though "Member" is a word of it, is no office of his."""
    text = ("Pursuant to the Council's Code of Member Conduct, Councillor S. Murray declared a non pecuniary interest "
            "in agenda item 12 (Overview and Scrutiny Committee).")
    assert [(n.person.name, n.role) for n in people_in_prose(text)] == [("S. Murray", None)]


def test_a_post_after_a_name_ends_where_whom_they_act_for_begins() -> None:
    """Epping Forest, epping-forest_meeting_9631: "… from Councillor C. Whitbread, Leader of Council on behalf of the
    Housing Portfolio Holder S. Stavrou": the Leader of Council, answering for another member."""
    text = ("Answer to Councillor S. Neville from Councillor C. Whitbread, Leader of Council on behalf of the Housing "
            "Portfolio Holder S. Stavrou")
    assert [(n.person.name, n.role) for n in people_in_prose(text)] == [
        ("S. Neville", None), ("C. Whitbread", "Leader of Council")]


def test_a_post_after_a_name_printed_without_its_closing_comma_ends_at_the_verb() -> None:
    """Huntingdonshire, huntingdonshire_meeting_5115: "The Reverend A Milton, Team Rector of Huntingdon opened the
    meeting with prayer.": the post is "Team Rector of Huntingdon", not the sentence after it."""
    text = "PRAYER Minutes: The Reverend A Milton, Team Rector of Huntingdon opened the meeting with prayer."
    assert [(n.person.honorific, n.person.name, n.role) for n in people_in_prose(text)] == [
        ("Reverend", "A Milton", "Team Rector of Huntingdon")]


def test_a_name_then_a_dash_and_the_office_alone_on_its_line() -> None:
    """Isle of Anglesey, isle-of-anglesey_meeting_127: "Councillor W. J. Williams MBE - Chairman" and "Councillor John
    Roberts - Vice-Chairman" over the list of members: the office each holds; a dash before words that name no
    office states none."""
    text = ("Councillor W. J. Williams MBE - Chairman\n\n\nCouncillor John Roberts - Vice-Chairman\n\n\n"
            "Councillor Eric Jones - Planning Applications\n\nThe meeting was opened with a Prayer.\n")
    assert [(n.person.name, n.role) for n in people_in_prose(text)] == [
        ("W. J. Williams", "Chairman"), ("John Roberts", "Vice-Chairman"), ("Eric Jones", None)]


def test_a_bullet_inside_a_line_starts_an_entry_as_a_line_does() -> None:
    """Conwy, conwy_meeting_6982: announcements run into one line, "· " before each; "· Hazel Beach-Jones,
    Independent Member of the Standards Committee, was welcomed …" opens its entry with the untitled name."""
    text = ("Minutes: The Leader made the following announcements: · Historically, the Eisteddfod has to announce its "
            "intention to visit. · Hazel Beach-Jones, Independent Member of the Standards Committee, was welcomed to "
            "the meeting and would be observing the proceedings.\nNext item\n")
    assert [(n.person.name, n.role) for n in people_in_prose(text)] == [
        ("Hazel Beach-Jones", "Independent Member of the Standards Committee")]


def test_a_champion_before_a_titled_name_in_brackets() -> None:
    """Conwy, conwy_meeting_6982: "the Armed Forces Champion (Councillor Liz Roberts)": her role; "Champion" after a
    name is a surname; a titled name before a bracket ("former Councillor Muriel Green (Alderwoman Green)", North
    Tyneside) is no role."""
    text = ("Special thanks were given to the Armed Forces Champion (Councillor Liz Roberts), staff from Venue Cymru.\n"
            "Councillor Sarah Champion spoke.\nA minute's silence was observed in respect of the passing of former "
            "Councillor Muriel Green (Alderwoman Green).\nNext\n")
    assert [(n.person.name, n.role) for n in people_in_prose(text)] == [
        ("Liz Roberts", "Armed Forces Champion"), ("Sarah Champion", None), ("Muriel Green", None)]


def test_a_hard_wrapped_sentence_goes_on_at_a_line_opening_in_lower_case() -> None:
    """Basildon, basildon_meeting_6199: "… subject to the addition ot Councillors Green" / "and Carrion in the list
    of those Members present at the meeting.": the list of names goes on over the wrap."""
    text = ("record and signed by the Mayor, subject to the addition ot Councillors Green\nand Carrion in the list of "
            "those Members present at the meeting. (For voting see Appendix 3, Column 1.) |\n|\n")
    assert [(n.person.honorific, n.person.name) for n in people_in_prose(text)] == [
        ("Councillor", "Green"), ("Councillor", "Carrion")]


def test_an_untitled_name_that_spoke_on_behalf_of_others() -> None:
    """Derbyshire Dales, derbyshire-dales_meeting_174: "a statement was received from Northwood & Tinkersley Parish
    Council, John Youatt on behalf of the owners of the Woodyard …": a person; a body before "on behalf of" is none."""
    text = ("In accordance with the procedure for public participation a statement was received from Northwood & "
            "Tinkersley Parish Council, John Youatt on behalf of the owners of the Woodyard and a letter from Rowsley "
            "Parish Council.\nA letter was received from Rowsley Parish Council on behalf of its residents.\nNext\n")
    assert [n.person.name for n in people_in_prose(text)] == ["John Youatt"]


def test_the_office_someone_acts_in_said_before_them() -> None:
    """Huntingdonshire, huntingdonshire_meeting_5115: "… all the Christmas events that she had attended in her
    capacity as Chairman, Councillor Mrs Boddington thanked all those …": Chairman is her role."""
    text = ("Having informed the Council of all the Christmas events that she had attended in her capacity as "
            "Chairman, Councillor Mrs Boddington thanked all those who had contributed.\nNext\n")
    assert [(n.person.honorific, n.person.name, n.role) for n in people_in_prose(text)] == [
        ("Councillor Mrs", "Boddington", "Chairman")]


def test_a_military_rank_before_initials_and_a_post_that_runs_into_its_verb() -> None:
    """Huntingdonshire, huntingdonshire_meeting_5115: "… ceremonies when Colonel D Bristow, the Lord Lieutenant’s
    representative had presented a new award created under the Order of St John in recognition …": a rank before
    initials is a title, the post ends at the verb; a rank before words ("The Major Projects Board") titles nobody."""
    text = ("In describing a number of presentations, the Chairman drew particular attention to two St John’s Award "
            "ceremonies when Colonel D Bristow, the Lord Lieutenant’s representative had presented a new award created "
            "under the Order of St John in recognition of individuals. The Major Projects Board met.\nNext\n")
    assert [(n.person.honorific, n.person.name, n.role) for n in people_in_prose(text)] == [
        ("Colonel", "D Bristow", "Lord Lieutenant’s representative")]


def test_a_post_then_an_untitled_name_thanked_with_their_team() -> None:
    """Horsham, horsham_meeting_1280: "Thanked the Town Centres and Events Manager, Garry Mortimer-Cook and his team
    for organising outside events …": the post is his."""
    text = ("·         Thanked the Town Centres and Events Manager, Garry Mortimer-Cook and his team for organising "
            "outside events for Horsham District Council.\nNext\n")
    assert [(n.person.name, n.role) for n in people_in_prose(text)] == [
        ("Garry Mortimer-Cook", "Town Centres and Events Manager")]


def test_an_office_in_the_opening_phrase_is_not_the_next_members_role() -> None:
    """records/ashfield_meeting_3554.txt: "(During the election of the Chairman, Councillor Lauren Mitchell entered
    the meeting at 7.05 p.m.)": the Chairman is what was being elected, Councillor Mitchell the subject of
    "entered", holding no office; a name a comma closes is the office's (records/fareham_meeting_3564.txt)."""
    during = ("(During the election of the Chairman, Councillor Lauren Mitchell entered the meeting at 7.05 p.m.)")
    led = ("Following the meeting being opened with prayers led by the Mayor’s Chaplin, Reverend Ian Meredith, the "
           "Mayor extended a warm welcome to all guests at this annual meeting of the Council.")
    assert [(named.person.name, named.role) for text in (during, led) for named in people_in_prose(text)] == [
        ("Lauren Mitchell", None), ("Ian Meredith", "Mayor’s Chaplin")]


def test_an_office_in_the_opening_phrase_is_the_name_s_when_the_name_does_nothing() -> None:
    """"In respect of her questions put to the Cabinet Member, Councillor Ann Vole at the last meeting, Councillor
    Bea Lark asked …": the name after the opening phrase is said of, no subject of a verb: the office is hers; the
    subject of one is not ("At the invitation of the Mayor, Councillor Cy Wren spoke")."""
    put = ("In respect of her questions put to the Cabinet Member, Councillor Ann Vole at the last meeting, Councillor "
           "Bea Lark asked for a written reply.")
    spoke = "At the invitation of the Mayor, Councillor Cy Wren spoke on the item."
    assert [(named.person.name, named.role) for text in (put, spoke) for named in people_in_prose(text)] == [
        ("Ann Vole", "Cabinet Member"), ("Bea Lark", None), ("Cy Wren", None)]


def test_a_registrar_is_a_post_after_an_untitled_name() -> None:
    """"the recent death of Ann Vole, Registrar at Kinton Town Hall, who …": a registrar is a post, as an officer's
    is."""
    said = "The Mayor noted the recent death of Ann Vole, Registrar at Kinton Town Hall, who many had known."
    assert [(named.person.name, named.role) for named in people_in_prose(said)] == [
        ("Ann Vole", "Registrar at Kinton Town Hall")]


def test_a_mayor_titled_before_the_name_holds_the_post_printed_after_it() -> None:
    """"Apologies were received from … and Mayor Ann Vole, Mayor of Kinton.": "Mayor" her title, the post after
    the comma hers, with its own commas ("Mayor of Kinton and Portfolio Holder for Housing, Skills and Health")."""
    said = "Apologies were received from Mayor Ann Vole, Mayor of Kinton."
    assert [(n.person.honorific, n.person.name, n.role) for n in people_in_prose(said)] == [
        ("Mayor", "Ann Vole", "Mayor of Kinton")]
    longer = ("Apologies were received from Mayor Ann Vole, Mayor of Kinton and Portfolio Holder for Housing, Skills "
              "and Health.")
    assert [n.role for n in people_in_prose(longer)] == [
        "Mayor of Kinton and Portfolio Holder for Housing, Skills and Health"]


def test_a_post_in_lower_case_between_commas_after_a_thanked_name() -> None:
    """"The Chair thanked Ann Vole, the retiring clerk of the Panel, wishing her well": the post in lower case is
    hers, without its article; words that hold no post ("Bea Lark, the first speaker of the evening,") give none."""
    said = "The Chair thanked Ann Vole, the retiring clerk of the Panel, wishing her a happy retirement."
    assert [(n.person.name, n.role) for n in people_in_prose(said)] == [("Ann Vole", "retiring clerk of the Panel")]
    other = "The Chair thanked Bea Lark, the first speaker of the evening, for her words."
    assert [n.role for n in people_in_prose(other) if n.role] == []


def test_a_post_printed_in_full_and_cut_short_is_one_post() -> None:
    """records/torfaen_meeting_5768.txt: "Contact: Jacquelyn Tranter  Senior Business Support Officer - Democratic
    Services" and, in the attendance, "Jacquelyn Tranter, Senior Business Support Officer": one post, printed in
    full once; another person's different post is left."""
    record = read_record(ROOT / "tests" / "corpus" / "records" / "torfaen_meeting_5768.txt")
    roles = {(part.holder.name, part.label) for part in parts(record) if isinstance(part, Post) and part.holder} | {
        (part.person.name, part.role) for part in parts(record)
        if isinstance(getattr(part, "person", None), Person) and getattr(part, "role", None)}
    assert {role for name, role in roles if name == "Jacquelyn Tranter"} == {
        "Senior Business Support Officer - Democratic Services"}
    assert ("Justine Cass", "Deputy Monitoring Officer and Solicitor") in roles


def test_bassetlaw_roles_of_the_new_and_the_retiring_chairman() -> None:
    """records/bassetlaw_meeting_845.txt: the meeting elects D Merryweather "Chairman of Bassetlaw District
    Council"; "She thanked Councillor G Freeman for trusting her to be Chairman … During her time as Chairman, she
    will …" gives Freeman no post ("her" is the new Chairman, named in no sentence of it); "the retiring Chairman,
    Councillor M Richardson" held the office until this election, which gave it to another."""
    text = ("Resolved that Councillor D Merryweather be elected Chairman of Bassetlaw District Council for the "
            "2023/24 municipal year.\n\nThe Chairman thanked fellow Councillors for supporting the nomination. She "
            "thanked Councillor G Freeman for trusting her to be Chairman as due to personal circumstances Councillor "
            "G Freeman was unable to perform the duty of Chairman for 2023/24. It is with pride she accepts the "
            "nomination to represent Bassetlaw. She looks forward to working with all councillors. During her time "
            "as Chairman, she will "
            "do her utmost to champion people with mental health issues.\n\nResolved that a vote of thanks be "
            "recorded to the retiring Chairman, Councillor M Richardson.")
    assert [(n.person.name, n.role) for n in people_in_prose(text)] == [
        ("D Merryweather", "Chairman of Bassetlaw District Council"), ("G Freeman", None), ("M Richardson", None)]
    alone = "To convey the best thanks of the council to the retiring Mayor, Councillor S Green, for his service."
    assert [(n.person.name, n.role) for n in people_in_prose(alone)] == [("S Green", "Mayor")]  # Barnsley


def test_names_an_award_is_presented_to_ranks_as_titles_and_a_silence_in_memory() -> None:
    """records/fareham_meeting_3564.txt: "The Mayor presented Citizen of Honour badges to Denise Fletcher-Lance,
    Paula Hemingway and Betty Richards." names three people; records/exeter_meeting_4805.txt: "… the new Naval
    Regional Commander for the South West – Brigadier Frasier – who had taken over from Commodore Jamie Miller, …"
    (ranks as titles) and "… observed a minute’s silence in memory of Jean Hadley a former Councillor …"."""
    fareham = ("The Mayor presented Citizen of Honour badges to Denise Fletcher-Lance, Paula Hemingway and Betty "
               "Richards.")
    exeter = ("The Lord Mayor advised that she had the opportunity to meet the new Naval Regional Commander for the "
              "South West – Brigadier Frasier – who had taken over from Commodore Jamie Miller, who would be a hard "
              "act to follow.")
    silence = ("The Council observed a minute’s silence in memory of Jean Hadley a former Councillor who had recently "
               "passed away.")
    assert [(n.person.honorific, n.person.name) for text in (fareham, exeter, silence)
            for n in people_in_prose(text)] == [
        (None, "Denise Fletcher-Lance"), (None, "Paula Hemingway"), (None, "Betty Richards"),
        ("Brigadier", "Frasier"), ("Commodore", "Jamie Miller"), (None, "Jean Hadley")]
    assert people_in_prose("The report was presented to Full Council and Cabinet.") == []


def test_an_untitled_name_and_the_post_between_commas_before_its_verb() -> None:
    """records/doncaster_meeting_3983.txt: "On behalf of the Council, Damian Allen, the Chief Executive, presented a
    Commemorative Badge to the retiring Chair of Council.": the name after the opening phrase, the post between
    commas, the verb after it; a place between commas is no post."""
    said = ("On behalf of the Council, Damian Allen, the Chief Executive, presented a Commemorative Badge to the "
            "retiring Chair of Council.")
    assert [(n.person.name, n.role) for n in people_in_prose(said)] == [("Damian Allen", "Chief Executive")]
    assert people_in_prose("In the end, Market Street, the High Street, reopened in May.") == []


def test_a_post_in_the_plural_before_the_names_of_its_holders() -> None:
    """records/exeter_meeting_4805.txt: "The Lord Mayor welcomed the two new Directors David Bartram and Jo
    Yelland.": each a Director; a plural that is no post ("the new Sponsors Acme Homes and Bell Builders") none."""
    said = "The Lord Mayor welcomed the two new Directors David Bartram and Jo Yelland."
    assert [(n.person.name, n.role) for n in people_in_prose(said)] == [
        ("David Bartram", "Director"), ("Jo Yelland", "Director")]
    assert [n.role for n in people_in_prose("She thanked the new Sponsors Acme Homes and Bell Builders.")] == []


def test_a_rank_of_several_words_is_a_title_its_words_alone_are_not() -> None:
    """records/fareham_meeting_3564.txt: "The HMS Collingwood Cup was presented to Petty Officer Alan Bates.": the
    rank is his title; records/wychavon_meeting_5215.txt: "… Joanne Lomax, our Property Standards and Enforcement
    Officer in our shared Housing service, passed away …": "Officer" alone is no title, the post hers."""
    fareham = "The HMS Collingwood Cup was presented to Petty Officer Alan Bates."
    wychavon = ("It is also my sad duty to inform you that Joanne Lomax, our Property Standards and Enforcement "
                "Officer in our shared Housing service, passed away on Saturday 29 April.")
    assert [(n.person.honorific, n.person.name, n.role) for text in (fareham, wychavon)
            for n in people_in_prose(text)] == [
        ("Petty Officer", "Alan Bates", None),
        (None, "Joanne Lomax", "Property Standards and Enforcement Officer")]


def test_a_heading_in_title_case_names_nobody_after_its_post() -> None:
    """City of London (mgAi.aspx?ID=114668) titles an item "Any Other Business That the Chairman Considers Urgent":
    in a heading every word is capitalised, so "Considers Urgent" after "the Chairman" is the heading's words, not
    the Chairman's name. A wrapped line of a sentence keeps its comma and stop, and its name (Lewisham)."""
    assert people_in_prose("Any Other Business That the Chairman Considers Urgent") == []
    assert [(found.person.name, found.role) for found in people_in_prose(
        "and Deputy Young Mayor, Aaliyah Odedina.")] == [("Aaliyah Odedina", "Deputy Young Mayor")]


def test_a_town_keeps_its_particle_in_the_body_a_post_is_held_in() -> None:
    """Wiltshire (CId=149, MeetingId=7200): "by virtue of being a member of Bradford on Avon Town Council" names
    the Town Council, not "Bradford"; a body's own word takes no particle (Cheshire East IId=6795: "a member of the
    Board on Dane Housing" names no body)."""
    [found] = people_in_prose("Councillor Magnus Macdonald declared a non-pecuniary interests in applications "
                              "W/13/12/02346/FUL, W/12/02347/FUL and W/12/02348/LBC: Kingston Mills, Kingston Road, "
                              "Bradford on Avon, by virtue of being a member of Bradford on Avon Town Council and had "
                              "met with the applicant.")
    assert (found.person.name, found.role, found.role_in) == (
        "Magnus Macdonald", "member", Organisation("Bradford on Avon Town Council"))
    [board] = people_in_prose("Councillor D Brown declared a personal and prejudicial in applications 09/1300M, "
                              "09/1296M, 09/1295M, 09/1577M and 09/1613M on the grounds that he was a member of the "
                              "Board on Dane Housing who were the applicants involved in the applications.")
    assert (board.person.name, board.role, board.role_in) == ("D Brown", None, None)


def test_a_role_after_a_name_stops_where_the_contact_details_start() -> None:
    """Belfast (CId=168, MId=5871): "Contact: Mr Henry Downey, Democratic Services Officer  90320202 x6311" with
    the page's next line run on: the role is "Democratic Services Officer", never its phone digits."""
    text = ("Venue: Lavery Room - City Hall\n\nContact: Mr Henry Downey, Democratic Services Officer  90320202 "
            "x6311\n\nItems")
    assert [(found.person.name, found.role) for found in people_in_prose(text)] == [
        ("Henry Downey", "Democratic Services Officer")]


def test_a_motion_under_its_mover_and_seconder_holds_no_office_until_resolved() -> None:
    """records/folkestone-hythe_meeting_4478.txt: "Proposed by Councillor Prater," / "Seconded by Councillor
    Treloar;" / "That Councillor Davison be elected as Chairman of the Council." is a nomination the Council then
    did not carry; the RESOLVED paragraph says whose the office became."""
    text = ("Proposed by Councillor Monk,\n\nSeconded by Councillor Mrs Hollingsbee;\n\n \n\nThat Councillor Mrs Anne "
            "Berry be elected as Chairman of the Council.\n\n \n\nProposed by Councillor Prater,\n\nSeconded by "
            "Councillor Treloar;\n\n \n\nThat Councillor Davison be elected as Chairman of the Council.\n\n \n\n"
            "RESOLVED:\n\n \n\nThat Councillor Mrs Anne Berry be elected as Chairman of the District Council of "
            "Folkestone and Hythe until the next annual meeting of the Council.\n")
    roles = {named.person.name: named.role for named in people_in_prose(text)}
    assert roles["Davison"] is None
    assert roles["Anne Berry"] == "Chairman of the District Council of Folkestone and Hythe"


def test_a_name_ends_before_the_word_that_opens_the_next_sentence() -> None:
    """records/caerphilly_meeting_12609.md: a question's heading run into its text ("… from Councillor G. Simmonds
    To ask the Leader of Council, …"): the name ends before "To"; "To" before a verb that is no infinitive may be a
    surname ("Councillor Alan To said")."""
    names = [named.person.name for named in people_in_prose(
        "Question to the Leader of Council from Councillor G. Simmonds To ask the Leader of Council, what sanctions "
        "are available.")]
    assert "G. Simmonds" in names and "G. Simmonds To" not in names
    assert [named.person.name for named in people_in_prose("Councillor Alan To said that it was so.")] == ["Alan To"]


def test_someone_on_behalf_of_an_outside_body_belongs_to_it() -> None:
    """records/high-peak_meeting_3125.txt: "Public Question from Rachel Purchase on behalf of High Peak Biodiversity
    Group": her organisation; "on behalf of the residents of Hythe" names no body."""
    [named] = people_in_prose("1.     Public Question from Rachel Purchase on behalf of High Peak Biodiversity Group")
    assert (named.person.name, named.person.organisation) == ("Rachel Purchase",
                                                              Organisation("High Peak Biodiversity Group"))
    [other] = people_in_prose("a statement by Jane Smith on behalf of the residents of Hythe")
    assert (other.person.name, other.person.organisation) == ("Jane Smith", None)


def test_appointed_to_the_post_of_an_office() -> None:
    """records/caerphilly_meeting_14014.txt: "RESOLVED that Mr D. Street be appointed to the post of Deputy Chief
    Executive.": the office is his."""
    [named] = people_in_prose("RESOLVED that Mr D. Street be appointed to the post of Deputy Chief Executive.")
    assert (named.person.honorific, named.person.name, named.role) == ("Mr", "D. Street", "Deputy Chief Executive")


def test_a_member_of_a_bodys_executive_at_that_body() -> None:
    """records/harrogate_meeting_3730.txt: "… on the basis that he was a Member of the Executive at North Yorkshire
    County Council, …": the post is "Member of the Executive", held at the County Council."""
    [named] = people_in_prose("Councillor Michael Harrison declared an interest in Minute 38/22 on the basis that he "
                              "was a Member of the Executive at North Yorkshire County Council, the decision making "
                              "body.")
    assert (named.person.name, named.role, named.role_in) == (
        "Michael Harrison", "Member of the Executive", Organisation("North Yorkshire County Council"))


def test_an_office_joined_to_a_deputy_office_is_one_office() -> None:
    """records/high-peak_meeting_2417.md: "Councillor Stewart Gardner be and is hereby appointed Vice-Chairman of the
    Council and Deputy Mayor of the Borough of High Peak until …": "Deputy" opens the second office here, no title."""
    [named] = people_in_prose("“Councillor Stewart Gardner be and is hereby appointed Vice-Chairman of the Council and "
                              "Deputy Mayor of the Borough of High Peak until the next Annual Meeting of the Council "
                              "and it was RESOLVED accordingly.")
    assert named.role == "Vice-Chairman of the Council and Deputy Mayor of the Borough of High Peak"


def test_a_surname_of_several_words_joined_by_a_particle_is_the_fuller_name_ending_with_it() -> None:
    """records/west-northamptonshire_meeting_162.txt: "Councillor Andre Gonzalez De Savage", then "That Councillor
    Gonzalez De Savage be elected Vice-Chair …": one person, named in full, the office theirs."""
    text = ("Councillor Rumens proposed that Councillor Andre Gonzalez De Savage be elected as Vice-Chair of West "
            "Northamptonshire Council.\n\nRESOLVED:\n\nThat Councillor Gonzalez De Savage be elected Vice-Chair of "
            "West Northamptonshire Council for the year 2021-22.")
    assert [(n.person.honorific, n.person.name, n.role) for n in people_in_prose(text)
            if "Savage" in n.person.name] == [
        ("Councillor", "Andre Gonzalez De Savage", "Vice-Chair of West Northamptonshire Council")]


def test_a_surname_after_mr_takes_the_given_name_printed_after_a_civic_post_and_its_comma() -> None:
    """records/hinckley-bosworth_meeting_1894.txt: "… the recent death of former councillor and Mayor, Denis Bown.
    Other councillors spoke about Mr Bown …": Mr Bown is Denis Bown."""
    text = ("The Mayor expressed her sadness at the recent death of former councillor and Mayor, Denis Bown. Other "
            "councillors spoke about Mr Bown and a moment of silent reflection was held.")
    assert [(n.person.honorific, n.person.name) for n in people_in_prose(text)] == [("Mr", "Denis Bown")]


def test_a_committee_another_council_names_is_an_outside_body() -> None:
    """records/basingstoke-deane_meeting_1443.txt: "… she was a member of the Hampshire County Council Regulatory
    Committee": a member of that body, not a post in one of the page's own committees."""
    text = ("Councillor J Frankum declared that in relation to agenda item 14, the motion on the Barton Stacey "
            "Incinerator proposal, she was a member of the Hampshire County Council Regulatory Committee and advised "
            "she would leave the room during consideration of the item.")
    assert [(n.person.name, n.role, n.role_in) for n in people_in_prose(text)] == [
        ("J Frankum", "member", Organisation("Hampshire County Council Regulatory Committee"))]


def test_an_untitled_name_and_the_councils_post_after_its_comma() -> None:
    """records/broxtowe_meeting_5330.txt: "… for Ruth Hyde OBE, the Council’s Chief Executive, who was due to retire
    …": the post is hers ("Chief" a word of the post here, not a title), her letters kept."""
    text = ("A vote of thanks was proposed by Councillor G Marshall and seconded by a number of councillors, for Ruth "
            "Hyde OBE, the Council’s Chief Executive, who was due to retire in September 2025.")
    assert [(n.person.name, n.person.post_nominals, n.role) for n in people_in_prose(text)] == [
        ("G Marshall", (), None), ("Ruth Hyde", ("OBE",), "Chief Executive")]


def test_an_untitled_name_and_a_post_after_the_that_closes_the_clause() -> None:
    """records/waltham-forest_meeting_4641.txt: "… making special mention of Stephen Myhill, the Mayoralty Support
    Officer.": the post is his. records/cornwall_meeting_11482.txt: "… Royal Cornwall Show, the Leader had …": a verb
    after the post says the comma ended a clause, so no post of a "Royal Cornwall Show"."""
    text = ("The Mayor provided Members with a presentation reflecting on her year in office and her many engagements, "
            "and praised the work and support of the team of people around her, making special mention of Stephen "
            "Myhill, the Mayoralty Support Officer.")
    assert [(n.person.name, n.role) for n in people_in_prose(text)] == [("Stephen Myhill", "Mayoralty Support Officer")]
    assert people_in_prose("In respect of the previous week’s Royal Cornwall Show, the Leader had been able to meet "
                           "Cornwall’s MPs who had been in attendance.") == []


def test_a_declared_post_naming_a_body_before_its_of_is_left_unsplit_and_unsaid() -> None:
    """records/north-east-derbyshire_meeting_2531.txt: "… as a Director on the National Board of Football": no
    "Director on the National Board" of "Football"; a plain "as a Director of Northwood Group Limited" is read."""
    thacker = ("Councillor M E Thacker MBE declared an interest in Motion ‘A’ on the agenda (Facilities for Women’s "
               "Football), as a Director on the National Board of Football.")
    dale = ("Councillor A Dale declared an interest in Item 19 – Northwood Update as a Director of Northwood Group "
            "Limited.")
    assert [(n.person.name, n.role) for n in people_in_prose(thacker)] == [("M E Thacker", None)]
    assert [(n.person.name, n.role, n.role_in) for n in people_in_prose(dale)] == [
        ("A Dale", "Director", Organisation("Northwood Group Limited"))]


def test_a_seat_on_a_named_board_is_no_post_of_an_organisation() -> None:
    """records/spelthorne_meeting_4518.txt: "he was on the Knowle Green Estates Board of Directors" names the body
    inside the words: no post "on the Knowle Green Estates Board" of an organisation "Directors"; a board in lower
    case before its body's name is read (records/camden_meeting_10528.txt)."""
    nichols = "Councillor Nichols advised that he was on the Knowle Green Estates Board of Directors."
    beales = ("In relation to Item 10(c), Councillor Beales declared in the interests of transparency that he was on "
              "the management board of the Maiden Lane Community Centre, an organisation that was mentioned in the "
              "report.")
    assert [(n.person.name, n.role) for n in people_in_prose(nichols)] == [("Nichols", None)]
    assert [(n.person.name, n.role, n.role_in) for n in people_in_prose(beales)] == [
        ("Beales", "on the management board", Organisation("Maiden Lane Community Centre"))]


def test_a_circuit_judges_style_and_a_pastor_are_titles() -> None:
    """records/milton-keynes_meeting_6904.txt: "the appointment of His Honour Judge Patrick Perusko as Honorary
    Recorder"; records/hinckley-bosworth_meeting_1445.txt: "Prayer was offered by Pastor Garry Kelly."."""
    judge = people_in_prose("To consider, upon the retirement of His Honour Judge Anthony Hughes:")
    pastor = people_in_prose("Prayer was offered by Pastor Garry Kelly.")
    assert [(n.person.honorific, n.person.name) for n in judge + pastor] == [
        ("His Honour Judge", "Anthony Hughes"), ("Pastor", "Garry Kelly")]


def test_an_untitled_name_thanked_for_what_they_did_as_a_post() -> None:
    """records/stroud_meeting_1337.txt: "The Chair thanked Stephen Taylor for the support he had provided as Interim
    Monitoring Officer for th" (the copy cut short): the post is his."""
    found = people_in_prose("The Chair thanked Stephen Taylor for the support he had provided as Interim Monitoring "
                            "Officer for th")
    assert [(n.person.name, n.role) for n in found] == [("Stephen Taylor", "Interim Monitoring Officer")]


def test_thanks_expressed_to_an_untitled_name_for_their_contribution_as_a_post() -> None:
    """records/west-northamptonshire_meeting_162.txt: "Councillor Larratt expressed his thanks to Chris Millar for
    his contribution as Chair of West Northamptonshire Shadow Authority.": the post is Chris Millar's."""
    found = people_in_prose("Councillor Larratt expressed his thanks to Chris Millar for his contribution as Chair of "
                            "West Northamptonshire Shadow Authority.")
    assert [(n.person.name, n.role) for n in found] == [
        ("Larratt", None), ("Chris Millar", "Chair of West Northamptonshire Shadow Authority")]


def test_a_contact_line_printing_the_phone_before_the_officers_name() -> None:
    """records/new-forest_meeting_7913.txt: "Contact: Tel: 023 8028 5072 - Matt Wisdom  E-mail:  democratic@…": the
    contact is Matt Wisdom (his details kept apart, as printed)."""
    contact = parse_contact("Tel: 023 8028 5072 - Matt Wisdom  E-mail:  democratic@nfdc.gov.uk")
    assert (contact.person.name, contact.role, contact.phone) == ("Matt Wisdom", None, "023 8028 5072")


def test_whole_names_listed_as_what_members_were() -> None:
    """records/stroud_meeting_1337.txt: "The three members receiving awards were Charlotte Bignall, Lily Haines and
    Tom Wickham-Bassett.": three people, untitled; places listed after "were" with no noun of people are none."""
    found = people_in_prose("The three members receiving awards were Charlotte Bignall, Lily Haines and Tom "
                            "Wickham-Bassett.")
    assert [(n.person.honorific, n.person.name) for n in found] == [
        (None, "Charlotte Bignall"), (None, "Lily Haines"), (None, "Tom Wickham-Bassett")]
    assert people_in_prose("The venues were Market Bosworth and Burbage Village.") == []


def test_an_untitled_name_opening_a_sentence_that_submitted_a_question() -> None:
    """records/milton-keynes_meeting_7255.txt: "Paul Bartlett submitted a question but as he was not able to attend
    …": a person, untitled; a team that submitted one is none."""
    found = people_in_prose("Paul Bartlett submitted a question but as he was not able to attend the meeting the "
                            "Mayor requested that he was sent a written response.")
    assert [(n.person.honorific, n.person.name) for n in found] == [(None, "Paul Bartlett")]
    assert people_in_prose("Democratic Services submitted a question to the panel.") == []


def test_a_name_installed_as_an_honour_and_an_office_before_a_dashed_title() -> None:
    """records/exeter_meeting_4805.txt: "… meet the new Naval Regional Commander for the South West – Brigadier Frasier
    – who had taken over from Commodore Jamie Miller …" (a commander's office, the dash before his title and name) and
    "… preside over the inauguration of Rob Baxter as a Freeman of the City." (an honour a ceremony gives a whole
    untitled name). "Freeman" is a surname too ("Councillor G Freeman", Bassetlaw) and no role noun; a body admitted
    as a Freeman is not read (no ceremony noun before it)."""
    said = ("The Lord Mayor advised that she had the opportunity to meet the new Naval Regional Commander for the "
            "South West – Brigadier Frasier – who had taken over from Commodore Jamie Miller, who would be a hard act "
            "to follow. She also announced that it had given her great pleasure to preside over the inauguration of "
            "Rob Baxter as a Freeman of the City.")
    assert [(p.person.honorific, p.person.name, p.role) for p in people_in_prose(said)] == [
        ("Brigadier", "Frasier", "Naval Regional Commander for the South West"), ("Commodore", "Jamie Miller", None),
        (None, "Rob Baxter", "Freeman of the City")]
    assert people_in_prose("the Royal British Legion Industries, Aylesford be admitted as an Honorary Freeman of the "
                           "Borough") == []


def test_a_name_congratulated_on_an_honour_only_a_person_holds() -> None:
    """records/broxtowe_meeting_5330.txt: "… congratulated Lewis Bull on being the Council’s Employee of the Year and
    the Elections Team for the being selected as Team of the Year.": an employee of the year is a person; a team of
    the year is not ("congratulated Herts Chiefs on being the Team of the Year" names nobody)."""
    said = ("The Mayor gave a brief résumé of his engagements to date and congratulated Lewis Bull on being the "
            "Council’s Employee of the Year and the Elections Team for the being selected as Team of the Year.")
    assert [(p.person.name, p.role) for p in people_in_prose(said)] == [("Lewis Bull", None)]
    assert people_in_prose("The Mayor congratulated Herts Chiefs on being the Team of the Year.") == []


def test_a_retired_officers_rank_with_its_bracket_is_the_title() -> None:
    """records/runnymede_meeting_777.txt: "… her consort would be her husband, Maj (Retd) Rob Marshall." and "The
    Mayor’s Consort badge was presented to Maj (Retd) Rob Marshall.": the abbreviated rank with "(Retd)" titles him;
    "Major" alone stays no title in prose ("Major Projects")."""
    said = "The Mayor’s Consort badge was presented to Maj (Retd) Rob Marshall."
    assert [(p.person.honorific, p.person.name) for p in people_in_prose(said)] == [("Maj (Retd)", "Rob Marshall")]
    assert people_in_prose("The Major Projects Board met on Tuesday.") == []


def test_a_minutes_label_ends_a_name() -> None:
    """City of Lincoln (lincoln_meeting_7313) runs an item's title into its label: "Minute's Silence - Councillor
    Sue Burke Minutes: Council observed a minute’s silence …" names Sue Burke (before: "Sue Burke Minutes")."""
    found = people_in_prose("Minute's Silence - Councillor Sue Burke Minutes: Council observed a minute’s silence in "
                            "memory of the late Councillor Sue Burke.")
    assert {(n.person.name, n.person.honorific) for n in found} == {("Sue Burke", "Councillor")}


def test_a_post_and_its_body_after_a_dash_in_a_bracket() -> None:
    """Liverpool City Region: "The Metro Mayor welcomed Councillor Graham Morgan (Leader – Knowsley MBC) to his first
    meeting …": the post "Leader", held in Knowsley MBC (before: the post "Leader – Knowsley MBC")."""
    found = people_in_prose("The Metro Mayor welcomed Councillor Graham Morgan (Leader – Knowsley MBC) to his first "
                            "meeting of the Liverpool City Region Combined Authority.")
    assert [(n.person.name, n.role, n.person.organisation) for n in found] == [
        ("Graham Morgan", "Leader", Organisation("Knowsley MBC"))]


def test_a_post_after_a_name_that_closes_a_fronted_phrase_is_the_next_subject() -> None:
    """Derry City and Strabane: "In response, to a query by Councillor McCann, the Lead Legal Services Officer advised
    that …": the officer advised; McCann holds no post (before: McCann the Lead Legal Services Officer)."""
    found = people_in_prose("In response, to a query by Councillor McCann, the Lead Legal Services Officer advised "
                            "that amending Standing Orders required submitting a motion to Council.")
    assert [(n.person.name, n.role) for n in found] == [("McCann", None)]
    found = people_in_prose("Colonel D Bristow, the Lord Lieutenant’s representative had presented a new award.")
    assert [n.role for n in found if n.person.name == "D Bristow"] != [None]


def test_a_title_before_an_item_s_title_names_nobody() -> None:
    """North Northamptonshire: "Under paragraph 161. Councillor Learning and Development Policy, Councillor Carr
    requested a correction …": the first "Councillor" opens an item's title (before: a Councillor "Learning")."""
    found = people_in_prose("Under paragraph 161. Councillor Learning and Development Policy, Councillor Carr "
                            "requested a correction.")
    assert [n.person.name for n in found] == ["Carr"]


def test_a_post_ends_where_another_person_starts() -> None:
    """Havant: "a joint presentation from Steven Cross, Head Chef at Park Community School and Maggie Haynes of
    Tuppenny Barn Organics, on their work …": Steven Cross is Head Chef at Park Community School (before: the post ran
    on through Maggie Haynes and her body)."""
    found = people_in_prose("The Council to receive a joint presentation from Steven Cross, Head Chef at Park "
                            "Community School and Maggie Haynes of Tuppenny Barn Organics, on their work to promote "
                            "healthy eating among young people in the Borough.")
    assert [(n.person.name, n.role, n.person.organisation) for n in found if n.person.name == "Steven Cross"] == [
        ("Steven Cross", "Head Chef", Organisation("Park Community School"))]
    # Hounslow (a stored page, MId=9595): a portfolio's "and" joins no other person.
    found = people_in_prose("Report by Councillor Theo Dennison, Cabinet Member for Finance and Citizen Engagement.")
    assert [n.role for n in found] == ["Cabinet Member for Finance and Citizen Engagement"]


def test_a_post_list_stops_at_the_next_person() -> None:
    """South Somerset: "Apologies were also received from Mark Williams, Chief Executive, Vega Sturgess, Strategic
    Director and Donna Parham, Assistant Director.": Mark Williams is the Chief Executive (before: his post ran on
    through the two officers after him)."""
    found = people_in_prose("Apologies were also received from Mark Williams, Chief Executive, Vega Sturgess, "
                            "Strategic Director and Donna Parham, Assistant Director.")
    assert [(n.person.name, n.role) for n in found if n.person.name == "Mark Williams"] == [
        ("Mark Williams", "Chief Executive")]


def test_a_post_then_a_name_in_the_possessive() -> None:
    """Scottish Borders: "The Convener advised that this was the Director of Social Work & Practice, Stuart
    Easingwood’s last day with the Council …", later "Mr Easingwood": Stuart Easingwood, the Director (before: a
    person "Easingwood" of his own)."""
    found = people_in_prose("The Convener advised that this was the Director of Social Work & Practice, Stuart "
                            "Easingwood’s last day with the Council before he took up a new job in South Tyneside.")
    assert [(n.person.name, n.role) for n in found] == [("Stuart Easingwood", "Director of Social Work & Practice")]


def test_a_possessive_keeps_its_noun_in_a_post() -> None:
    """Huntingdonshire: "Colonel D Bristow, the Lord Lieutenant’s representative had presented a new award …": the
    post is the Lord Lieutenant’s representative (before: "Lord Lieutenant’s")."""
    found = people_in_prose("In describing a number of presentations, the Chairman drew particular attention to two "
                            "St John’s Award ceremonies when Colonel D Bristow, the Lord Lieutenant’s representative "
                            "had presented a new award.")
    assert [(n.person.name, n.role) for n in found if n.person.name == "D Bristow"] == [
        ("D Bristow", "Lord Lieutenant’s representative")]


def test_a_portfolio_s_parts_run_to_the_verb() -> None:
    """Bedford: "Councillor Spice, Portfolio Holder for Economic Growth, Planning and Prosperity submitted the
    Council’s proposed response …": the whole portfolio (before: "Portfolio Holder for Economic Growth")."""
    found = people_in_prose("Minutes: Councillor Spice, Portfolio Holder for Economic Growth, Planning and Prosperity "
                            "submitted the Council’s proposed response to the consultation.")
    assert [(n.person.name, n.role) for n in found] == [
        ("Spice", "Portfolio Holder for Economic Growth, Planning and Prosperity")]


def test_a_stray_stop_after_a_member_s_title_before_another_title() -> None:
    """Blaby: item 310 "Welcome to Councillor. Dr. John Bloxham": the title printed first is "Councillor Dr" (before:
    "Dr", the stop read as a sentence's end); "… Deputy Mayor. Councillor Lari …" still starts a sentence."""
    found = people_in_prose("Welcome to Councillor. Dr. John Bloxham\n\nMinutes:\n\nThe Chair, Cllr. Nick Chapman "
                            "welcomed him.")
    assert [(n.person.name, n.person.honorific) for n in found] == [
        ("John Bloxham", "Councillor Dr"), ("Nick Chapman", "Cllr")]


def test_members_listed_under_a_lead_in_that_says_they_are_councillors() -> None:
    # South Lakeland, south-lakeland_meeting_4459: outgoing councillors, a bullet each, untitled; the lead-in says
    # they are Councillors; the last but one entry ends "; and". Titled entries are the other grammars'.
    text = ("the Chairman expressed thanks to the following outgoing Councillors for their Service to the "
            "Authority:-\n\n·         Matt Brereton;\n\n·         Graham Vincent; and\n\n·         David Williams.\n")
    assert [(n.person.honorific, n.person.name) for n in people_in_prose(text)] == [
        ("Councillor", "Matt Brereton"), ("Councillor", "Graham Vincent"), ("Councillor", "David Williams")]


def test_the_people_lettered_entries_open_with_under_congratulated() -> None:
    # Scottish Borders, scottish-borders_meeting_4755: "(a)" entries, each opening with its names, a bracket or the
    # body one is from after a name, then what the entry says of them; "form" (the page's misprint) is no "from",
    # so the name after it is not read.
    text = ("The Convener congratulated:-\n\n \n\n(a)     Chris Bell from Amey and Richard Parry form Transport "
            "Scotland who had received the Highways Award;\n\n(c)     Kate Pearson, Sam Elliot and Bryan McGrath "
            "(who could not be present) for their work on the Tour of Britain:\n")
    assert [(n.person.honorific, n.person.name) for n in people_in_prose(text)] == [
        (None, "Chris Bell"), (None, "Kate Pearson"), (None, "Sam Elliot"), (None, "Bryan McGrath")]


def test_the_body_an_entry_says_its_people_are_from() -> None:
    # Scottish Borders, scottish-borders_meeting_4755: "from Amey" after a name is that person's body; "…, from the
    # West Linton Village Nursery" after the names (and a bracket) is the body of each.
    text = ("The Convener congratulated:-\n\n(a)     Chris Bell from Amey and Richard Parry form Transport Scotland "
            "who had received the Highways Award;\n\n(b)     Caroline Dunmar and Pauline MacFarlane (who could not "
            "be present), from the West Linton Village Nursery who had been awarded an Early Learning and Childcare "
            "Innovation Award;\n\n(c)     Kate Pearson, Sam Elliot and Bryan McGrath (who could not be present) for "
            "their work on the Tour of Britain:\n")
    assert [(n.person.name, n.person.organisation) for n in people_in_prose(text)] == [
        ("Chris Bell", Organisation("Amey")), ("Caroline Dunmar", Organisation("West Linton Village Nursery")),
        ("Pauline MacFarlane", Organisation("West Linton Village Nursery")), ("Kate Pearson", None),
        ("Sam Elliot", None), ("Bryan McGrath", None)]


def test_a_post_after_by_right_before_an_untitled_name() -> None:
    # Scottish Borders, scottish-borders_meeting_4755: "by Children’s Minister Maree Todd for …": the post is hers.
    found = people_in_prose("Caroline Dunmar had been awarded an Early Learning and Childcare Innovation Award by "
                            "Children’s Minister Maree Todd for their ground breaking peer mentoring staff programme.")
    assert [(n.person.name, n.role) for n in found if n.role] == [("Maree Todd", "Children’s Minister")]
    assert people_in_prose("The report was considered by Planning Committee and noted.") == []


def test_the_name_a_congratulated_entry_ends_with_after_a_comma() -> None:
    # Blaenau Gwent, blaenau-gwent_meeting_1167: "Congratulations were extended to:-", entries under a symbol font's
    # bullet ("„"); a club or a body names nobody, what one is then the name after the comma names that person.
    text = ("Congratulations were extended to:-\n\n„ Brynmawr Rugby Football Club on winning Division One East in "
            "the WRU League.\n\n„ Gymfinity Gymnastics Sports Academy, Tredegar who had competed and won the All "
            "American Open Cheer Championships in Las Vegas.\n\n„ Three times Snooker World Champion, Mark "
            "Williams.\n")
    assert [(n.person.name, n.role) for n in people_in_prose(text)] == [("Mark Williams", None)]


def test_an_untitled_name_remembered_is_a_person() -> None:
    # Blaby, blaby_meeting_4731: "… invited Members and Officers to hold a minute silence for Darren Hill." A body
    # remembered ("a minute's silence for Remembrance Sunday") or a name that goes on is none.
    found = people_in_prose("The Chair, Cllr. Nick Chapman invited Members and Officers to hold a minute silence for "
                            "Darren Hill.")
    assert [(n.person.honorific, n.person.name, n.role) for n in found] == [
        ("Cllr", "Nick Chapman", "Chair"), (None, "Darren Hill", None)]
    assert people_in_prose("The Council held a minute's silence for Remembrance Sunday.") == []
    assert people_in_prose("A silence was held in memory of Queen Elizabeth Hospital staff.") == []


def test_a_teams_people_listed_after_including() -> None:
    # Waltham Forest, waltham-forest_meeting_4641: the Mayor's Youth Team "including" five whole names, then "for …".
    found = people_in_prose("… and to the Mayor’s Youth Team including Luke Doyley, Luke Wilmoth, Gulcin Sariyildiz, "
                            "Josh Robinson and Faith Agbar-Butler for the able manner in which they have discharged "
                            "their duties.")
    assert [(n.person.honorific, n.person.name) for n in found] == [
        (None, "Luke Doyley"), (None, "Luke Wilmoth"), (None, "Gulcin Sariyildiz"), (None, "Josh Robinson"),
        (None, "Faith Agbar-Butler")]
    # Bodies a team includes are no people: "Network Rail" reads as a body's name.
    assert people_in_prose("The project team including Network Rail, Transport Scotland and Highland Council met "
                           "twice.") == []


def test_an_untitled_name_and_an_office_in_lower_case_of_a_body_between_commas() -> None:
    # Forest of Dean, forest-of-dean_meeting_1073: "David Rees, chairman of the Independent Remuneration Panel,".
    found = people_in_prose("Cllr Stephens, Chairman of the Council, welcomed councillors, David Rees, chairman of "
                            "the Independent Remuneration Panel, and members of the public to the meeting.")
    assert [(n.person.name, n.role, n.role_in) for n in found if n.person.name == "David Rees"] == [
        ("David Rees", "chairman", Organisation("Independent Remuneration Panel"))]
    # A member of a body is no office of it; the council's own chair is the council's.
    assert people_in_prose("We thanked Jane Smith, member of the Friends of the Park, for her work.") == []
    assert people_in_prose("We thanked Jane Smith, chairman of Wyre Council, for her work.") == []


def test_an_untitled_name_whose_death_is_told_and_the_post_after_its_comma() -> None:
    # Trafford, trafford_meeting_790: "the death on 7 January of Paul Goggins, Member of Parliament for Wythenshawe and
    # Sale East, a week after …": the post is his.
    found = people_in_prose("With sadness, the Mayor referred to the death on 7 January of Paul Goggins, Member of "
                            "Parliament for Wythenshawe and Sale East, a week after he collapsed while jogging.")
    assert [(n.person.name, n.role) for n in found] == [
        ("Paul Goggins", "Member of Parliament for Wythenshawe and Sale East")]


def test_a_name_with_initials_appointed_as_an_office() -> None:
    # Gedling, gedling_meeting_368: "To appoint JR Baggaley as the Independent Person …": the office is his; a firm
    # appointed (no initials) is no person.
    found = people_in_prose("To appoint JR Baggaley as the Independent Person for a period of 5 years and agree to "
                            "the appointment of a Reserve Independent Person (currently vacant).")
    assert [(n.person.name, n.role) for n in found] == [("JR Baggaley", "Independent Person")]
    assert people_in_prose("To appoint Grant Thornton as the External Auditor for 2024/25.") == []


def test_an_untitled_name_described_as_a_local_resident() -> None:
    # North Somerset, north-somerset_meeting_797: "Miranda Pickersgill, local resident - impact of …": a person, no
    # post; a place described so is none.
    found = people_in_prose("Public Participation: Miranda Pickersgill, local resident - impact of the Banwell Bypass "
                            "on the neighbouring villages of Winscombe, Sandford and Churchill")
    assert [(n.person.name, n.role) for n in found] == [("Miranda Pickersgill", None)]
    assert people_in_prose("The Parish Council, local residents and businesses were consulted.") == []


def test_a_post_after_a_name_ends_at_the_next_officers_name() -> None:
    # South Somerset, south-somerset_meeting_1111: "Vega Sturgess" after the comma is the next officer, no part of
    # Mark Williams's post.
    found = people_in_prose("Apologies were also received from Mark Williams, Chief Executive, Vega Sturgess, "
                            "Strategic Director and Donna Parham, Assistant Director.")
    assert [(n.person.name, n.role) for n in found][:1] == [("Mark Williams", "Chief Executive")]


def test_an_officer_to_contact_and_posts_ending_at_a_bracket_or_a_second_capacity() -> None:
    # West Dorset, west-dorset_meeting_3754: the officer to contact, named with the post.
    found = people_in_prose("For further advice please contact Stuart Caundle, Monitoring Officer, in advance of "
                            "the meeting.")
    assert [(n.person.name, n.role) for n in found] == [("Stuart Caundle", "Monitoring Officer")]
    # Boston, boston_meeting_2039: the post ends where its bracket closes.
    found = people_in_prose("(A report by Andy Fisher, Assistant Director – General Fund Assets)")
    assert [(n.person.name, n.role) for n in found] == [("Andy Fisher", "Assistant Director – General Fund Assets")]
    # Havant, havant_meeting_10339: the post ends at "and a …" (a second capacity), "Deputy" before a post is no
    # title; a post "at" an outside body is held in it; the post ends before a second person "of" a body.
    found = people_in_prose("The presentation was given by Councillor Richard Burrett, Deputy Leader of West Sussex "
                            "County Council and a member of South East Employers’ Executive Committee.")
    assert [(n.person.name, n.role) for n in found] == [
        ("Richard Burrett", "Deputy Leader of West Sussex County Council")]
    [cross] = people_in_prose("The Council to receive a joint presentation from Steven Cross, Head Chef at Park "
                              "Community School and Maggie Haynes of Tuppenny Barn Organics, on their work.")
    assert (cross.person.name, cross.role, cross.person.organisation) == (
        "Steven Cross", "Head Chef", Organisation("Park Community School"))


def test_a_question_asker_in_a_heading_and_a_post_with_its_body_after_a_dash() -> None:
    # Stockton-on-Tees, stockton-on-tees_meeting_4237: "Public Question submitted by …", no verb "was".
    found = people_in_prose("Public Question submitted by John McDermottroe for response by the Leader of the Council "
                            "(Cllr Bob Cook):")
    assert sorted(n.person.name for n in found) == ["Bob Cook", "John McDermottroe"]
    # Liverpool City Region, liverpool-city-region_meeting_1876: "(Leader – Knowsley MBC)", a post and its council.
    [morgan] = people_in_prose("The Metro Mayor welcomed Councillor Graham Morgan (Leader – Knowsley MBC) to his "
                               "first meeting.")
    assert (morgan.person.name, morgan.role, morgan.person.organisation) == (
        "Graham Morgan", "Leader", Organisation("Knowsley MBC"))


def test_a_post_then_a_name_closed_by_a_possessive_or_to_his() -> None:
    # Scottish Borders, scottish-borders_meeting_6850: "the Director …, Stuart Easingwood’s last day"; "Mr
    # Easingwood" later gives his title.
    [easingwood] = people_in_prose("1.2  The Convener advised that this was the Director of Social Work & Practice, "
                                   "Stuart Easingwood’s last day with the Council.  He presented Mr Easingwood with a "
                                   "Border Reiver Statue.")
    assert (easingwood.person.honorific, easingwood.person.name, easingwood.role) == (
        "Mr", "Stuart Easingwood", "Director of Social Work & Practice")
    # Liverpool City Region, liverpool-city-region_meeting_7018: a council's possessive names where the post is held;
    # "Metro Mayor" a title before a whole name, not before an item's words.
    found = people_in_prose("Metro Mayor Steve Rotheram provided Members with an update and in doing so welcomed "
                            "Halton Borough Council’s new Chief Executive, Stephen Young to his first Combined "
                            "Authority meeting.\n\nLiverpool City Region Metro Mayor Announcements and Updates\n")
    assert [(n.person.honorific, n.person.name, n.role, n.role_in) for n in found] == [
        ("Metro Mayor", "Steve Rotheram", None, None),
        (None, "Stephen Young", "Chief Executive", Organisation("Halton Borough Council"))]


def test_an_office_once_held_before_a_titled_name_closed_by_for() -> None:
    # Scarborough, scarborough_meeting_10770: "the former Chief Executive, Mr Jim Dillon for all his hard work".
    [dillon] = people_in_prose("The Deputy Mayor placed on record the Council’s thanks to the former Chief Executive, "
                               "Mr Jim Dillon for all his hard work for the Borough.")
    assert (dillon.person.honorific, dillon.person.name, dillon.role) == ("Mr", "Jim Dillon", "former Chief Executive")


def test_a_post_once_held_then_an_untitled_name_and_a_titled_one() -> None:
    # North Dorset, north-dorset_meeting_3510: "a former Leader of the Council, Frank Spencer and Alderman …".
    found = people_in_prose("In opening the meeting, the Chairman referred to the recent passing of a former Leader "
                            "of the Council, Frank Spencer and Alderman Mervyn Jeffery.")
    assert sorted((n.person.honorific or "", n.person.name, n.role or "") for n in found) == [
        ("", "Frank Spencer", "former Leader of the Council"), ("Alderman", "Mervyn Jeffery", "")]


def test_a_titled_member_welcomed_to_a_first_meeting_in_a_new_role() -> None:
    # Cornwall, cornwall_meeting_11482.
    [gardner] = people_in_prose("The Leader then took the opportunity to welcome Councillor Gardner to his first "
                                "Cabinet meeting, in his new role of Cabinet Member for Economy.")
    assert (gardner.person.name, gardner.role) == ("Gardner", "Cabinet Member for Economy")


def test_an_officer_wished_well_with_a_post_and_its_council_after_a_dash() -> None:
    # Liverpool City Region, liverpool-city-region_meeting_1876.
    [palin] = people_in_prose("On behalf of the Liverpool City Region Combined Authority, the Metro Mayor wished Mike "
                              "Palin, Chief Executive – St Helens MBC, a full recovery and sent him their best wishes.")
    assert (palin.person.name, palin.role, palin.person.organisation) == (
        "Mike Palin", "Chief Executive", Organisation("St Helens MBC"))


def test_a_committee_post_held_at_another_council() -> None:
    """Dorset County 1037: the post is the committee's chair, the body the other council; Camden's Treasurer "of the
    London Piano Festival Association at Kings Place" holds the post in the association."""
    wharf = ("Cllr Peter Wharf declared a general interest in minute 147 as the Chairman of the Planning Committee at "
             "Purbeck District Council in respect the proposed bridge at Wareham Station.")
    assert [(n.person.name, n.role, n.role_in and n.role_in.name) for n in people_in_prose(wharf)] == [
        ("Peter Wharf", "Chairman of the Planning Committee", "Purbeck District Council")]
    kirk = ("Councillor Matthew Kirk declared in relation to item 6 (Camden Evening and Night-time Economy report) "
            "that he was Treasurer of the London Piano Festival Association at Kings Place which was just outside "
            "the boundary of the borough.")
    assert [(n.person.name, n.role, n.role_in and n.role_in.name) for n in people_in_prose(kirk)] == [
        ("Matthew Kirk", "Treasurer", "London Piano Festival Association")]


def test_a_person_of_a_club_is_of_that_body() -> None:
    """East Dorset 2840: "Mr Gary Starmer of the Wayfarers Cricket Club" — a club is a body by its name's last
    word, like an association or a trust."""
    [starmer] = people_in_prose("The Leader advised that Mr Gary Starmer of the Wayfarers Cricket Club had indicated "
                                "that he wished to make a deputation to Cabinet.")
    assert (starmer.person.honorific, starmer.person.name, starmer.person.organisation) == (
        "Mr", "Gary Starmer", Organisation("Wayfarers Cricket Club"))


def test_an_officer_line_names_the_officer_in_its_post() -> None:
    """Aylesbury Vale 3756: "Case officer: Sue Pilcher (spilcher@…)" under a planning application — the officer in
    the label's post, the e-mail left with the line; a line naming a team names no one."""
    line = "Case officer: Sue Pilcher (spilcher@aylesburyvlaedc.gov.uk)"
    assert [(n.person.name, n.role) for n in people_in_prose(line)] == [("Sue Pilcher", "Case officer")]
    assert people_in_prose("Planning officer: Development Management") == []


def test_an_untitled_name_and_a_post_in_a_body_before_the_verb() -> None:
    """East Dorset 4163: "that Hilary Chittenden, Chairman of ETAG had hoped to attend" — the post as printed, the
    body (its letters) her organisation; a council's team after "of" is no outside body."""
    [hilary] = people_in_prose("In opening the Chairman advised that Hilary Chittenden, Chairman of ETAG had hoped "
                               "to attend this evenings meeting, but that she had unfortunately had to tender her "
                               "apologise.")
    assert (hilary.person.name, hilary.role, hilary.role_in) == ("Hilary Chittenden", "Chairman of ETAG",
                                                                  Organisation("ETAG"))
    [smith] = people_in_prose("Bryan Smith, Head of Legal Services explained that the report was late.")
    assert (smith.person.name, smith.role, smith.role_in) == ("Bryan Smith", "Head of Legal Services", None)


def test_the_nature_of_a_declared_interest_names_the_post_held() -> None:
    """Chiltern 3457: "… declared a personal interest in planning application CH/2016/1770/FA.  Nature of interest –
    Councillor MacBean was a Member of Chesham Town Council." — a Member of the town council; a nature that names
    no post ("Councillor Jones knew some of the objectors") names none."""
    [macbean] = people_in_prose("Councillor J E MacBean declared a personal interest in planning application "
                                "CH/2016/1770/FA.  Nature of interest – Councillor MacBean was a Member of Chesham "
                                "Town Council.")
    assert (macbean.person.name, macbean.role, macbean.role_in) == ("J E MacBean", "Member",
                                                                    Organisation("Chesham Town Council"))
    [jones] = people_in_prose("Councillor C M Jones declared a personal interest in planning application "
                              "CH/2016/2081/RC.  Nature of interest – Councillor Jones knew some of the objectors.")
    assert jones.role is None


def test_an_office_appointed_to_keeps_its_ampersand() -> None:
    """"The Chair reported that Councillor Maria Crompton had been appointed Portfolio Lead for Public Service Reform &
    Social Economy and chair of the Public Service Reform Board." (records west-midlands-ca_meeting_366): "&" joins the
    office's words as "and" does."""
    found = people_in_prose("The Chair reported that Councillor Maria Crompton had been appointed Portfolio Lead for "
                            "Public Service Reform & Social Economy and chair of the Public Service Reform Board.")
    assert [(named.person.name, named.role) for named in found] == [
        ("Maria Crompton", "Portfolio Lead for Public Service Reform & Social Economy")]


def test_a_post_keeps_its_remit_in_lower_case() -> None:
    """"Councillor Heakin, Cabinet Member with responsibility for the Children’s Services Portfolio, responded."
    (records rochdale_meeting_4417): "with responsibility for" names the post's remit, part of it."""
    record = read_record(ROOT / "tests" / "corpus" / "records" / "rochdale_meeting_4417.txt")
    assert [post.label for post in record.posts if post.holder.name == "Heakin"] == [
        "Cabinet Member with responsibility for the Children’s Services Portfolio"]


def test_a_whole_name_asked_to_address_the_council() -> None:
    """"The Mayor asked Lewis Tweedale to address the Council and Councillor Heakin, … responded." (records
    rochdale_meeting_4417): a person, no post; a team asked to speak is no one."""
    found = people_in_prose("The Mayor asked Lewis Tweedale to address the Council and Councillor Heakin responded.")
    assert sorted((named.person.name, named.role) for named in found) == [("Heakin", None), ("Lewis Tweedale", None)]
    assert people_in_prose("The Chair invited Democratic Services to address the Committee.") == []


def test_a_whole_name_and_their_post_in_a_council_between_commas() -> None:
    """"It was noted that that the Returning Officer intended to appoint Helen Paterson, Chief Executive of Walsall
    Metropolitan Borough Council, as his deputy." (records west-midlands-ca_meeting_366): the post, in that council."""
    found = people_in_prose("It was noted that that the Returning Officer intended to appoint Helen Paterson, Chief "
                            "Executive of Walsall Metropolitan Borough Council, as his deputy.")
    assert [(named.person.name, named.role, named.role_in and named.role_in.name) for named in found] == [
        ("Helen Paterson", "Chief Executive", "Walsall Metropolitan Borough Council")]


def test_a_post_before_a_titled_name_closed_by_and_a_verb() -> None:
    """ "… met the Scheme Organiser, Mrs Okafor and welcomed her proposals": "and" then a verb closes the name, as a
    comma does, so the post before it is hers (an organiser is a person's role)."""
    found = people_in_prose("The Portfolio Holder met the Scheme Organiser, Mrs Okafor and welcomed her proposals.")
    assert [(n.person.honorific, n.person.name, n.role) for n in found] == [("Mrs", "Okafor", "Scheme Organiser")]


def test_a_misprinted_title_held_gives_way_to_the_title_the_prose_spells_right() -> None:
    """holdout/canterbury_meeting_12136.txt's pattern: the attendance read "Councilor Rae Ives" (a misprint), the
    prose prints "Councillor Rae Ives": one member, titled as spelt right; a different title held stays."""
    held = Person("Rae Ives", honorific="Councilor")
    record = Record(kind="meeting", source_id="1", people=[held])
    add_people_in_prose(record, "Councillor Rae Ives left the room.\n")
    assert record.people == [Person("Rae Ives", honorific="Councillor")]
    mrs = Person("Rae Ives", honorific="Mrs")
    record = Record(kind="meeting", source_id="1", people=[mrs])
    add_people_in_prose(record, "Councillor Rae Ives left the room.\n")
    assert record.people[0].honorific == "Mrs"


def test_one_title_each_keeps_the_title_spelt_right_over_its_misprint() -> None:
    """holdout/canterbury_meeting_12136.txt's pattern: an attendance read "Councilor Rae Ives", a declaration
    "Councillor Rae Ives": one member, "Councillor", whichever the page printed first."""
    misprinted, spelt = Person("Rae Ives", honorific="Councilor"), Person("Rae Ives", honorific="Councillor")
    record = Record(kind="meeting", source_id="1", people=[misprinted, spelt])
    one_title_each(record)
    assert [p.honorific for p in record.people] == ["Councillor", "Councillor"]


def test_a_post_in_a_body_said_between_commas_after_a_name_is_their_role_in_that_body() -> None:
    """holdout/buckinghamshire-county_meeting_6771.txt's pattern: "Mr R Reed, as Chairman of the X Fire Authority
    (XFA), introduced the item": role Chairman, held in that body (not a body he sits for: the member stays the
    council's); "as a resident of the area" is no post."""
    [reed] = people_in_prose("Mr T Vane, as Chairman of the Testshire & Wold Fire Authority (TWFA), introduced the "
                             "item.")
    assert (reed.person.name, reed.person.honorific, reed.role, reed.role_in, reed.person.organisation) == (
        "T Vane", "Mr", "Chairman", Organisation("Testshire & Wold Fire Authority"), None)
    [bee] = people_in_prose("Councillor Ann Bee, as a resident of the area, spoke against the application.")
    assert (bee.role, bee.role_in) == (None, None)
    own = [people_in_prose(f"Councillor Ann Bee, as {post}, introduced the report.")[0]
           for post in ("Leader of the Council", "Chair of the Planning Committee")]
    assert [(named.role, named.role_in) for named in own] == [
        ("Leader of the Council", None), ("Chair of the Planning Committee", None)]  # the council's posts: whole


def test_a_post_said_as_the_councils_after_a_titled_name_is_their_role() -> None:
    """holdout/canterbury_meeting_12136.txt's pattern: "Councillor A was the council’s heritage champion and
    representative on …": role "heritage champion" (up to the first "and"); "the council's guest" is no post."""
    [lowe] = people_in_prose("Councillor P Lowe was the council’s climate champion and representative on the Forest "
                             "Trust, a governor of Hill School.")
    assert (lowe.person.name, lowe.role, lowe.role_in) == ("P Lowe", "climate champion", None)
    [guest] = people_in_prose("Councillor P Lowe was the council's guest.")
    assert guest.role is None


def test_someone_invited_to_present_a_petition_is_a_person() -> None:
    """"The Council invited Rosa Penn to present a petition on behalf of …" (a stray "the" before the name too): a
    person, with no post; an officer invited by post ("the Chief Executive") names nobody."""
    for line in ("The Council invited Rosa Penn to present a petition on behalf of the Mill Lane Residents.",
                 "The Council invited the Rosa Penn to present a petition on behalf of the Mill Lane Residents."):
        named = people_in_prose(line)
        assert [(n.person.honorific, n.person.name, n.role) for n in named] == [(None, "Rosa Penn", None)]
    assert people_in_prose("The Chair invited the Chief Executive to present the petition received.") == []


def test_someone_whose_family_is_sent_condolences_is_a_person() -> None:
    """"… condolences to the family of Iris Quayle, a former Councillor and Honorary Freewoman of the Borough, who
    …": a person, the honour she held when she died her role (the former office before it not hers then); "the
    family of Tom Rudd, a caretaker at the Civic Centre, who …": a person with no post read from lower case."""
    named = people_in_prose("The Mayor sent the Council's condolences to the family of Iris Quayle, a former "
                            "Councillor and Honorary Freewoman of the Borough, who had died in May.")
    assert [(n.person.name, n.role) for n in named] == [("Iris Quayle", "Honorary Freewoman of the Borough")]
    plain = people_in_prose("He also sent condolences to the family of Tom Rudd, a caretaker at the Civic Centre, "
                            "who had died suddenly.")
    assert [(n.person.name, n.role) for n in plain] == [("Tom Rudd", None)]
