"""The one grammar of person mentions (issue 14, part 5), tested on mention strings from the records.

Each row is a string as a record printed it (data/records and the corpus records) and its exact parse.
Where the corpus excerpts (cut at about 2,000 characters) hold no whole instance of a form, the row
follows the form quoted in the issue's findings with a name and role filled in ("The Cabinet Member for
Housing (Jane Smith)", "Jane Smith (Service Director for Adults, Stockport Council)", "Emma Taylor (Chief
Inspector, Sussex Police)", "Thomas [Tom] Hayes", "A Name at a.name@council.gov.uk", …). The privacy
rows check that an officer's email or phone never ends up in a name or a role.
"""

from __future__ import annotations

from dataclasses import replace

import pytest
from rdflib import Literal

from publisher import rdf
from publisher.errors import PublisherError
from publisher.model import Contact, Person, Post, Record, parts
from publisher.namespaces import SCHEMA
from publisher.sources import read_record
from publisher.sources.person_mentions import (
    EMAIL,
    PHONE,
    POST_NOMINALS,
    Mention,
    is_organisation,
    person_named,
    read_mention,
    read_mentions,
    split_honorific,
    split_names,
    split_post_nominals,
)
from publisher.sources.text_rules import actor, parse_contact
from publisher.sources.webservice import read_webservice
from publisher.validate import Validator, violations, warnings
from tests import paths
from tests.conftest import ROOT

M = Mention
MENTIONS: list[tuple[str, Mention | None]] = [
    # honorifics and ranks
    ("Councillor Sheila Bailey", M("Sheila Bailey", "Councillor")),
    ("Councillor Bill Woolfall", M("Bill Woolfall", "Councillor")),
    ("Cllr Patrick Molyneux", M("Patrick Molyneux", "Cllr")),
    ("Mr Andrew Dru", M("Andrew Dru", "Mr")),
    ("Mrs L Kaufman", M("L Kaufman", "Mrs")),
    ("Ms Rehill", M("Rehill", "Ms")),
    ("Miss Jane Doe", M("Jane Doe", "Miss")),
    ("Dr Onkar Sahota", M("Onkar Sahota", "Dr")),
    ("Alderman Sir John Stuttard", M("John Stuttard", "Alderman Sir")),
    ("Alderman Sir Michael Savory", M("Michael Savory", "Alderman Sir")),
    ("Honorary Alderman Brian Watson", M("Brian Watson", "Honorary Alderman")),  # York, york_meeting_14607
    ("Deputy Henry Jones", M("Henry Jones", "Deputy")),
    ("Deputy Robin Eve", M("Robin Eve", "Deputy")),
    ("Superintendent Emma Taylor", M("Emma Taylor", "Superintendent")),
    ("Chief Inspector Paul Jones", M("Paul Jones", "Chief Inspector")),
    ("Sir Albert Bore", M("Albert Bore", "Sir")),
    ("Dame Jane Roberts", M("Jane Roberts", "Dame")),
    # initials
    ("Cllr C R Slade", M("C R Slade", "Cllr")),
    ("Cllr R B Eva", M("R B Eva", "Cllr")),
    ("Ms J. Oats", M("J. Oats", "Ms")),
    # post-nominals after the name
    ("Valerie Shawcross CBE", M("Valerie Shawcross", post_nominals=("CBE",))),
    ("Jennette Arnold OBE", M("Jennette Arnold", post_nominals=("OBE",))),
    ("Caroline Pidgeon MBE", M("Caroline Pidgeon", post_nominals=("MBE",))),
    ("John Biggs, JP", M("John Biggs", post_nominals=("JP",))),
    ("Dennis Johnson, MBE", M("Dennis Johnson", post_nominals=("MBE",))),
    # nicknames
    ("Thomas [Tom] Hayes", M("Thomas Hayes", nickname="Tom")),
    ("Robert (Bob) Smith", M("Robert Smith", nickname="Bob")),
    # role after the name
    ("Cllr Lyons, Portfolio Holder", M("Lyons", "Cllr", role="Portfolio Holder")),
    # the sentence going on after the role is not part of it (gloucestershire_decision_26164)
    ("Cllr Patrick Molyneux, Cabinet Member for Economy, Education and Skills, sought approval of the council’s "
     "School Co-ordination and Admissions Arrangements for 2021",
     M("Patrick Molyneux", "Cllr", role="Cabinet Member for Economy, Education and Skills")),
    ("Bev Thomas, Democratic Services Team Leader", M("Bev Thomas", role="Democratic Services Team Leader")),
    ("Carl Whistlecraft, Head of Governance and Democratic Services",
     M("Carl Whistlecraft", role="Head of Governance and Democratic Services")),
    # 'Name (Role)' and 'Name (Role, Organisation)'
    ("Minesh Patel (Corporate Director, Finance & Resources)",
     M("Minesh Patel", role="Corporate Director, Finance & Resources")),
    ("Ravinder Jassar (Deputy Director, Finance)", M("Ravinder Jassar", role="Deputy Director, Finance")),
    ("Jane Smith (Service Director for Adults, Stockport Council)",
     M("Jane Smith", role="Service Director for Adults", organisation="Stockport Council")),
    ("Emma Taylor (Chief Inspector, Sussex Police)",
     M("Emma Taylor", role="Chief Inspector", organisation="Sussex Police")),
    # role before the name: 'The Role (Name)', 'Role, Name'
    ("The Cabinet Member for Communities and Housing (Councillor Sheila Bailey)",
     M("Sheila Bailey", "Councillor", role="Cabinet Member for Communities and Housing")),
    ("The Chairman (Councillor Perry)", M("Perry", "Councillor", role="Chairman")),
    ("The Cabinet Member for Housing (Jane Smith)", M("Jane Smith", role="Cabinet Member for Housing")),
    ("Leader of the Council (Councillor Mark Hunter)", M("Mark Hunter", "Councillor", role="Leader of the Council")),
    ("Leader of the Council, Cllr Mark Hunter", M("Mark Hunter", "Cllr", role="Leader of the Council")),
    ("Cllr Patrick Molyneux, Cabinet Member for Economy",
     M("Patrick Molyneux", "Cllr", role="Cabinet Member for Economy")),
    # officer contacts, with or without labels
    ("Michael Courts on 01424 451764  email  mcourts@hastings.gov.uk",
     M("Michael Courts", email="mcourts@hastings.gov.uk", phone="01424 451764")),
    ("Angela Stewart, Regeneration Officer Email: angela.stewart@oldham.gov.uk 0161 770 4294",
     M("Angela Stewart", role="Regeneration Officer", email="angela.stewart@oldham.gov.uk", phone="0161 770 4294")),
    ("Bryony Gibbs, Governance Officer  Tel: 020 8937 1355; Email:",
     M("Bryony Gibbs", role="Governance Officer", phone="020 8937 1355")),
    ("Chris Coulson 0113 3787738 Email: chris.coulson@leeds.gov.uk.",
     M("Chris Coulson", email="chris.coulson@leeds.gov.uk", phone="0113 3787738")),
    ("Debbie Snook 01622 602030", M("Debbie Snook", phone="01622 602030")),
    ("Ms Rehill, Democratic Services  020 8207 7423", M("Rehill", "Ms", role="Democratic Services",
                                                         phone="020 8207 7423")),
    ("A Name at a.name@council.gov.uk", M("A Name", email="a.name@council.gov.uk")),
    ("Jo Bloggs at jo.bloggs@stockport.gov.uk", M("Jo Bloggs", email="jo.bloggs@stockport.gov.uk")),
    # a person and the body they come from, after a comma or a dash (an Edinburgh neighbourhood partnership's
    # attendance block; North Warwickshire's Area Forum East, 21 July 2005: "John Randle – Hartshill Parish
    # Council"); the body's initials in brackets are its short name, not a post
    ("Robert Aitken, NHS Lothian", M("Robert Aitken", organisation="NHS Lothian")),
    ("Inspector Tom Galbraith, Lothian & Borders Police",
     M("Tom Galbraith", "Inspector", organisation="Lothian & Borders Police")),
    ("Ian Brooke, Edinburgh Voluntary Organisations Council (EVOC)",
     M("Ian Brooke", organisation="Edinburgh Voluntary Organisations Council")),
    ("John Randle – Hartshill Parish Council", M("John Randle", organisation="Hartshill Parish Council")),
    ("Lisa Fairlie – Director of Housing Operations", M("Lisa Fairlie", role="Director of Housing Operations")),
    # not a person
    ("Deputy Chief Executive", None),
    ("Planning Committee, Kent County Council", None),
    ("Democratic Services  03450 450 500 Email: democratic.services@scambs.gov.uk", None),
    ("The Strategic Head of Service & Monitoring Officer (Legal and Democratic Governance)", None),
    ("Email:", None),
]


@pytest.mark.parametrize(("printed", "expected"), MENTIONS, ids=[row[0][:50] for row in MENTIONS])
def test_read_mention(printed: str, expected: Mention | None) -> None:
    assert read_mention(printed) == expected


@pytest.mark.parametrize(("printed", "expected"), MENTIONS, ids=[row[0][:50] for row in MENTIONS])
def test_contact_details_never_in_a_name_or_role(printed: str, expected: Mention | None) -> None:
    """Privacy (§6): an email or phone is split off, so the policy downstream can drop it."""
    mention = read_mention(printed)
    if mention is None:
        return
    for part in (mention.name, mention.role or "", mention.organisation or ""):
        assert "@" not in part and not any(char.isdigit() for char in part), part


def test_list_of_names_takes_the_plural_honorific() -> None:
    assert read_mentions("Councillors John Batchelor, Anna Bradnam and Tim Wotherspoon") == [
        M("John Batchelor", "Councillor"), M("Anna Bradnam", "Councillor"), M("Tim Wotherspoon", "Councillor")]


def test_list_keeps_post_nominals_with_their_name() -> None:
    assert read_mentions("Valerie Shawcross CBE, Jennette Arnold OBE and John Biggs, JP") == [
        M("Valerie Shawcross", post_nominals=("CBE",)), M("Jennette Arnold", post_nominals=("OBE",)),
        M("John Biggs", post_nominals=("JP",))]


@pytest.mark.parametrize(("printed", "name", "letters", "nickname"), [
    ("Dennis Johnson, MBE", "Dennis Johnson", ("MBE",), None),
    ("Thomas [Tom] Hayes", "Thomas Hayes", (), "Tom"),
    ("Councillor Valerie Shawcross CBE", "Valerie Shawcross", ("CBE",), None),
    # Erewash's roster: academic degrees, a degree's class in brackets part of it (not a nickname)
    ("Councillor Robert A Parkinson BSc", "Robert A Parkinson", ("BSc",), None),
    ("Councillor Alexander Phillips BA (Hons) MA", "Alexander Phillips", ("BA (Hons)", "MA"), None),
    ("Councillor Mrs Linda McGraw BA (Hons)", "Linda McGraw", ("BA (Hons)",), None),
    ("Councillor Ruth Bowman J.P.", "Ruth Bowman", ("JP",), None),  # Forest Heath: letters printed with stops
    ("Councillor J.P. Smith", "J.P. Smith", (), None),  # initials, not letters
])
def test_roster_name(printed: str, name: str, letters: tuple[str, ...], nickname: str | None) -> None:
    person = person_named(printed)
    assert (person.name, person.post_nominals, person.nickname) == (name, letters, nickname)


def test_deputy_is_a_title_only_before_a_name() -> None:
    assert split_honorific("Deputy Henry Jones") == ("Deputy", "Henry Jones")
    assert split_honorific("Deputy Leader") == (None, "Deputy Leader")


def test_officer_contact_at_an_email() -> None:
    contact = parse_contact("A Name at a.name@council.gov.uk")
    assert contact is not None and contact.person is not None
    assert (contact.person.name, contact.email, contact.phone) == ("A Name", "a.name@council.gov.uk", None)


def test_contact_with_role_and_organisation_in_one_bracket() -> None:
    contact = parse_contact("Jane Smith (Service Director for Adults, Stockport Council) Tel: 0161 474 3274")
    assert contact is not None and contact.person is not None
    assert (contact.person.name, contact.role, contact.phone) == (
        "Jane Smith", "Service Director for Adults", "0161 474 3274")
    assert contact.person.organisation is not None and contact.person.organisation.name == "Stockport Council"


GLA_ROSTER = ROOT / "tests" / "corpus" / "records" / "greater-london_webservice_getcouncillorsbyward.xml"


@pytest.fixture(scope="module")
def gla_roster() -> Record:
    return read_webservice(GLA_ROSTER.read_text(encoding="utf-8"), None, GLA_ROSTER)


def test_roster_post_nominals_and_titles_leave_the_name(gla_roster: Record) -> None:
    """The GLA's web-service roster prints "Jennette Arnold OBE", "James Cleverly MP", "Mayor John Biggs"."""
    people = {person.name: person for person in _roster_people(gla_roster)}
    assert people["Jennette Arnold"].post_nominals == ("OBE",)
    assert people["Valerie Shawcross"].post_nominals == ("CBE",)
    assert people["James Cleverly"].post_nominals == ("MP",)
    assert people["John Biggs"].honorific == "Mayor"
    assert people["Onkar Sahota"].honorific == "Dr"


def test_post_nominals_and_nickname_are_published_apart_and_conform(gla_roster: Record) -> None:
    """schema:name holds the bare name (the SHACL name shape), the letters and nickname their own terms."""
    record = replace(gla_roster, people=[*gla_roster.people, person_named("Thomas [Tom] Hayes, JP")])
    graph = rdf.map_record(record, rdf.Minter("http://127.0.0.1:8000", "greater-london"), "publish")
    hayes = next(graph.subjects(SCHEMA.name, Literal("Thomas Hayes")))
    assert set(graph.objects(hayes, SCHEMA.honorificSuffix)) == {Literal("JP")}
    assert set(graph.objects(hayes, SCHEMA.alternateName)) == {Literal("Tom")}
    arnold = next(graph.subjects(SCHEMA.name, Literal("Jennette Arnold")))
    assert set(graph.objects(arnold, SCHEMA.honorificSuffix)) == {Literal("OBE")}
    assert not [str(o) for o in graph.objects(None, SCHEMA.name) if str(o).endswith(("OBE", "MBE", "CBE", " MP"))]
    assert not violations(Validator().check(graph))


def _roster_people(record: Record) -> list[Person]:
    return [*record.people, *(m.person for m in record.memberships)]


def test_report_author_never_publishes_a_printed_phone_or_email() -> None:
    """The report author is published whatever the contact setting, so its details must not ride along."""
    from publisher.sources.decision_page import _report_author

    author = _report_author("Tom Simpson, Senior Planning Policy Officer Tel: 0161 474 3274")
    assert author.name == "Tom Simpson" and "0161" not in repr(author)


def test_minutes_actors_use_the_same_grammar() -> None:
    """"The <post> (<person>)" in minutes prose: post-nominals leave the name there too."""
    person, post = actor("The Cabinet Member for Communities and Housing (Councillor Jennette Arnold OBE)")
    assert person is not None and post is not None
    assert (person.name, person.honorific, person.post_nominals) == ("Jennette Arnold", "Councillor", ("OBE",))
    assert post.label == "Cabinet Member for Communities and Housing" and post.holder is person


CORPUS_DIRS = (ROOT / "data" / "records", ROOT / "tests" / "corpus" / "records")  # never the holdout
RECORD_SUFFIXES = (".txt", ".html", ".htm", ".xml")


def _corpus_records() -> list[Record]:
    records = []
    for folder in CORPUS_DIRS:
        for path in sorted(folder.iterdir()):
            if path.suffix in RECORD_SUFFIXES and not path.name.endswith(".source.txt"):
                try:
                    records.append(read_record(path))
                except PublisherError:  # a refused record (known_refusals.tsv) mentions nobody we publish
                    continue
    return records


def test_every_person_mention_in_the_corpus_is_bare_and_private() -> None:
    """Every person the readers take from the corpus: no honorific, post-nominal, nickname bracket or
    contact detail in the name, and no phone or email in a post's or contact's role."""
    people = 0
    for record in _corpus_records():
        for part in parts(record):
            if isinstance(part, Person):
                people += 1
                words = part.name.split()
                assert not split_honorific(part.name)[0], part.name
                assert words and words[-1] not in POST_NOMINALS and "[" not in part.name, part.name
                assert not any(char.isdigit() or char == "@" for char in part.name), part.name
            labels = [part.label] if isinstance(part, Post) else [part.role or ""] if isinstance(part, Contact) else []
            for label in labels:
                assert not EMAIL.search(label) and not PHONE.search(label), label
    assert people > 100


def test_the_shapes_check_post_nominal_letters(gla_roster: Record) -> None:
    odd = Person("Thomas Hayes", post_nominals=("J.P.",))
    graph = rdf.map_record(replace(gla_roster, people=[odd]), rdf.Minter("http://127.0.0.1:8000", "greater-london"),
                           "publish")
    found = warnings(Validator().check(graph))
    assert any("honorificSuffix" in finding.message for finding in found)


def test_list_entries_after_a_semicolon_a_title_printed_twice_and_a_footnote_mark() -> None:
    # Reigate and Banstead, reigate-and-banstead_meeting_337: "Present:" over this line ("* Part meeting." below).
    listed = split_names("Councillor Councillor B.A. Stead (Mayor); Councillors R. Amiah, Mrs. N.J. Bramhall, "
                         "A.J. De Save*, J.C.St. Essex and C.T.H. Whinney.")
    assert [(entry.person.name, entry.person.honorific, entry.notes) for entry in listed] == [
        ("B.A. Stead", "Councillor", ("Mayor",)), ("R. Amiah", "Councillor", ()), ("N.J. Bramhall", "Mrs", ()),
        ("A.J. De Save", "Councillor", ()), ("J.C.St. Essex", "Councillor", ()), ("C.T.H. Whinney", "Councillor", ())]


def test_a_degrees_university_or_subject_in_brackets_is_part_of_the_degree() -> None:
    assert split_post_nominals("Ann Dale BEng (Lond)") == ("Ann Dale", ("BEng (Lond)",))
    assert split_post_nominals("Ann Dale BSc (Econ) PhD") == ("Ann Dale", ("BSc (Econ)", "PhD"))
    assert split_post_nominals("Ann Dale BA (Hons) MA") == ("Ann Dale", ("BA (Hons)", "MA"))
    assert split_post_nominals("Ann Dale JP (Lond)") == ("Ann Dale JP (Lond)", ())  # brackets after degrees only
    assert split_post_nominals("Ann Dale MBE KSG") == ("Ann Dale", ("MBE", "KSG"))  # a papal knighthood too


def test_an_office_before_a_titled_name_ended_by_a_stop_and_a_degrees_bracket() -> None:
    # A roster's name field: the office before the name with a stop, as "Leader, Cllr X" has a comma (the article
    # kept as printed); a degree's bracket after the name is the degree's, not a role.
    consort = read_mention("Mayor's Consort. Councillor Ann Dale")
    assert (consort.role, consort.honorific, consort.name) == ("Mayor's Consort", "Councillor", "Ann Dale")
    assert read_mention("The Mayor. Cllr Ann Dale").role == "The Mayor"
    assert read_mention("Dr. Councillor Ann Dale").role is None  # a title's stop is no office's
    lond = read_mention("Councillor Ann Dale BEng (Lond)")
    assert (lond.name, lond.post_nominals, lond.role) == ("Ann Dale", ("BEng (Lond)",), None)


def test_two_titles_run_together_are_two_titles() -> None:
    # A typing slip in a roster's name field ("CouncillorMrs …"): both titles, the name apart; a title that only
    # starts like another ("Mrs" is not "Mr" + "s") and a name beginning like a title stay as they were.
    assert split_honorific("CouncillorMrs Ann Dale") == ("Councillor Mrs", "Ann Dale")
    assert split_honorific("CllrDr Raj Patel") == ("Cllr Dr", "Raj Patel")
    assert split_honorific("Mrs Ann Dale") == ("Mrs", "Ann Dale")
    assert split_honorific("Councillor Mrsic") == ("Councillor", "Mrsic")
    assert split_honorific("Lordship Lane") == (None, "Lordship Lane")


def test_a_district_councillor_s_title() -> None:
    # Sevenoaks, sevenoaks_meeting_2246: "the passing of former District Councillor Mrs Joyce Course".
    assert split_honorific("District Councillor Mrs Joyce Course") == ("District Councillor Mrs", "Joyce Course")


def test_a_welsh_patronymic_particle_is_part_of_the_name() -> None:
    """Gwynedd, gwynedd_meeting_285: "Councillors Craig ab Iago, Endaf Cooke, …": "ab" (like "ap") joins the name;
    read otherwise the list stopped at "Craig" and every apology after it was lost."""
    assert read_mentions("Councillors Craig ab Iago, Endaf Cooke and Trevor Edwards") == [
        M("Craig ab Iago", "Councillor"), M("Endaf Cooke", "Councillor"), M("Trevor Edwards", "Councillor")]


@pytest.mark.parametrize(("rest", "name", "role"), [
    ("Liz Bateson, Democratic Services - telephone (01524) 582047, or email  ebateson@lancaster.gov.uk ",
     "Liz Bateson", "Democratic Services"),  # Lancaster: the dash led into the details
    ("Mr Henry Downey, Democratic Services Officer  90320202 x6311", "Henry Downey",
     "Democratic Services Officer"),  # Belfast: a number without its area code
])
def test_a_contact_role_keeps_no_dash_or_digits_of_the_details(rest: str, name: str, role: str) -> None:
    """A role is words: the dash before "telephone" and a phone number printed without its area code are the
    contact details' (never published), not the role's."""
    contact = parse_contact(rest)
    assert contact is not None and contact.person is not None
    assert (contact.person.name, contact.role) == (name, role)


def test_a_title_printed_twice_is_said_once() -> None:
    """Reigate and Banstead's attendance line opens "Councillor Councillor B.A. Stead (Mayor); Councillors …":
    the title once; two different titles stay together."""
    assert split_honorific("Councillor Councillor B.A. Stead") == ("Councillor", "B.A. Stead")
    assert split_honorific("Councillor Mrs. N.J. Bramhall") == ("Councillor Mrs", "N.J. Bramhall")


def test_a_privy_counsellor_s_style_is_a_title() -> None:
    """Liverpool City Region's apologies name "Rt Hon Jane Kennedy": Jane Kennedy, titled "Rt Hon" (before: a person
    named "Rt Hon Jane Kennedy")."""
    assert split_honorific("Rt Hon Jane Kennedy") == ("Rt Hon", "Jane Kennedy")
    assert split_honorific("The Rt Hon Jane Kennedy") == ("Rt Hon", "Jane Kennedy")


def test_a_bureau_and_a_metropolitan_borough_council_are_bodies() -> None:
    """Weymouth and Portland: "Cllr F Drake declared a non-pecuniary interest in item 5 as a Trustee of the Citizens
    Advice Bureau" holds his post in the Citizens Advice Bureau (before: "Citizens Advice", the name cut to a known
    body's); Liverpool City Region: "(Leader – Knowsley MBC)"."""
    assert is_organisation("Citizens Advice Bureau")
    assert is_organisation("Knowsley MBC")
    assert not is_organisation("Knowsley")


def test_a_degree_ends_a_name_but_initials_start_one() -> None:
    """Degrees are letters only at a name's end: Herefordshire's "Councillors DJ Benjamin, BA Durkin" prints
    initials that spell "BA"."""
    assert [(n.person.name, n.person.post_nominals) for n in split_names("Councillors DJ Benjamin, BA Durkin")] == [
        ("DJ Benjamin", ()), ("BA Durkin", ())]
    assert person_named("Councillor Miss Phillipa Tatham BA (Hons)").honorific == "Councillor Miss"


def test_a_post_and_its_council_after_the_name_s_comma() -> None:
    """"Cllr Dine Romero, Leader, Bath & North East Somerset Council" (records west-of-england-ca_meeting_443): the
    post, then the council they lead, as a bracket would print them; a bracket saying whom they stand in for is no
    post."""
    assert read_mention("Cllr Dine Romero, Leader, Bath & North East Somerset Council") == Mention(
        "Dine Romero", "Cllr", role="Leader", organisation="Bath & North East Somerset Council")
    assert read_mention("Cllr Helen Godwin, Bristol City Council (substituting for Mayor Marvin Rees)") == Mention(
        "Helen Godwin", "Cllr", organisation="Bristol City Council")


def test_a_notice_after_the_contact_is_no_post() -> None:
    """"Contact: Ian Hird  Please note change of venue" (records west-of-england-ca_meeting_443)."""
    from publisher.sources.text_rules import parse_contact

    contact = parse_contact("Ian Hird  Please note change of venue")
    assert (contact.person.name, contact.role) == ("Ian Hird", None)


def test_the_council_a_members_title_is_prefixed_with() -> None:
    """"City of York Councillor Claire Douglas would chair meetings held in York and North Yorkshire Councillor Carl Les
    would chair meetings held in North Yorkshire." (records york-north-yorkshire-ca_meeting_8223): the council each
    sits on, as printed; words that name no council the register knows, or a post, give none."""
    from publisher.sources.person_mentions import council_before_title

    assert council_before_title("That there should be co-chairs.  City of York ") == "City of York"
    assert council_before_title("would chair meetings held in York and North Yorkshire ") == "North Yorkshire"
    assert council_before_title("The Deputy Mayor ") is None
    assert council_before_title("Ward ") is None
    record = read_record(paths.TESTS / "corpus" / "records" / "york-north-yorkshire-ca_meeting_8223.txt")
    assert sorted({(person.name, person.organisation.name) for person in parts(record)
                   if isinstance(person, Person) and person.organisation}) == [
        ("Carl Les", "North Yorkshire"), ("Claire Douglas", "City of York")]


def test_a_contact_line_of_three_officers_and_one_post() -> None:
    """"Contact: Alison James, John Addison, Peter Thompson  Senior Committee Services officer" (records
    rochdale_meeting_5158): three contacts; which of them holds the post the line does not say, so none is given it."""
    from publisher.sources.text_rules import parse_contact

    contact = parse_contact("Alison James, John Addison, Peter Thompson  Senior Committee Services officer")
    assert (contact.person.name, contact.role) == ("Alison James", None)
    record = read_record(paths.TESTS / "corpus" / "records" / "rochdale_meeting_5158.txt")
    assert sorted(post.holder.name for post in record.posts if post.label == "Contact") == [
        "John Addison", "Peter Thompson"]


@pytest.mark.parametrize(("rest", "honorific", "name", "role"), [
    ("Elections & Member Support Manager: Mr. J. Dunn  Direct Line: 01632 960123 E-mail:  jdunn@example.gov.uk",
     "Mr", "J. Dunn", "Elections & Member Support Manager"),  # the post first, a colon, the titled name
    ("Senior Scrutiny Officer: Rosa Kent  Tel: 01632 960789", None, "Rosa Kent", "Senior Scrutiny Officer"),
    ("Rosa Kent, Scrutiny Officer  Direct Dial: 01632 960456", None, "Rosa Kent", "Scrutiny Officer"),
])
def test_a_contact_s_post_before_a_colon_and_a_direct_line(rest: str, honorific: str | None, name: str,
                                                           role: str) -> None:
    """A contact line may print the post first and a colon before the officer ("Manager: Mr. J. Dunn"), and the
    phone after "Direct Line:" / "Direct Dial:", a label of the details as "Tel:" is: never a role, never published."""
    contact = parse_contact(rest)
    assert contact is not None and contact.person is not None
    assert (contact.person.honorific, contact.person.name, contact.role) == (honorific, name, role)
    assert contact.phone is not None and contact.phone.startswith("01632")
