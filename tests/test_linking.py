"""Many councils in one store, linked: meetings of two councils in one query, one IRI for Greater Manchester
Police across councils and committees (also when printed "GMP"), roles matched across councils, and people
who share a surname kept apart.

``tests/records/manchester_issue_test_gmp_neighbourhoods.txt`` is a record made up for these tests (its
sidecar says so) in the layout of a ModernGov issue page; every other record is a real one from ``data/``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from publisher.councils import load_register
from publisher.ingest import Pipeline
from publisher.model import Attendance, Organisation, Person, Post, Record
from publisher.organisations import (
    OrganisationResolver,
    abbreviations,
    named_in,
    organisation_kind,
    resolve_organisations,
)
from publisher.people import Resolver, RosterPerson
from publisher.settings import Settings
from publisher.store import open_store

ROOT = Path(__file__).resolve().parents[1]
RECORDS = ROOT / "data" / "records"
TEST_RECORD = ROOT / "tests" / "records" / "manchester_issue_test_gmp_neighbourhoods.txt"
BASE = "http://127.0.0.1:8000"
GMP = f"{BASE}/id/org/greater-manchester-police"
PREFIXES = """
PREFIX cl: <https://w3id.org/council-lod/def#>
PREFIX besluit: <http://data.vlaanderen.be/ns/besluit#>
PREFIX schema: <http://schema.org/>
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX foaf: <http://xmlns.com/foaf/0.1/>
PREFIX role-kind: <https://w3id.org/council-lod/def/role-kind/>
"""
# The query the README shows: every meeting of every council in the store, with its council's GSS code.
MEETINGS_WITH_GSS = PREFIXES + """
SELECT ?day ?gss ?meeting WHERE {
  ?meeting a cl:Meeting ; schema:startDate ?start ; besluit:isGehoudenDoor ?committee .
  ?committee org:subOrganizationOf ?council .
  ?council cl:gssCode ?gss .
  BIND(SUBSTR(STR(?start), 1, 10) AS ?day)
} ORDER BY ?day ?meeting
"""
# "Every cabinet member for housing across Greater Manchester", whatever each council calls the post.
HOUSING_PORTFOLIOS_IN_GREATER_MANCHESTER = PREFIXES + """
SELECT ?council ?post ?holder WHERE {
  ?role skos:broader role-kind:executive-portfolio-holder ; skos:prefLabel ?label .
  FILTER(CONTAINS(LCASE(?label), "housing"))
  ?post org:role ?role ; org:postIn ?council ; skos:prefLabel ?postLabel .
  OPTIONAL { ?post org:heldBy/foaf:name ?holder }
  ?council cl:combinedAuthority/cl:gssCode "E47000001" .
} ORDER BY ?council
"""


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory):
    """Two real Stockport records, South Cambridgeshire's, and the Manchester test record, in one store."""
    opened = open_store(tmp_path_factory.mktemp("linked") / "store")
    files = [RECORDS / "stockport_issue_68785_ssp_priorities_cts.txt",
             RECORDS / "stockport_issue_94630_scrutiny_topics_two_meetings.txt",
             RECORDS / "scambs_meeting_6690_council_apologies_declarations.txt", TEST_RECORD]
    report = Pipeline(opened, Settings(base_uri=BASE)).run(files, progress=False)
    assert report.count("landed") == 4, [o.message for o in report.refused]
    yield opened
    opened.close()


def select(store, query: str) -> list[tuple[str, ...]]:
    solutions = store.query(query)
    names = [v.value for v in solutions.variables]
    return [tuple(s[n].value if s[n] is not None else None for n in names) for s in solutions]


def test_one_query_lists_the_meetings_of_both_councils_with_their_gss_codes_by_date(store) -> None:
    rows = [row for row in select(store, MEETINGS_WITH_GSS) if "/id/manchester/" not in row[2]]
    assert rows == [
        ("2017-01-26", "E07000012", f"{BASE}/id/south-cambridgeshire/meeting/2017-01-26-council"),
        ("2017-12-04", "E08000007",
         f"{BASE}/id/stockport/meeting/2017-12-04-communities-transport-scrutiny-committee"),
        ("2021-09-27", "E08000007", f"{BASE}/id/stockport/meeting/2021-09-27-scrutiny-co-ordination-committee"),
        ("2021-10-07", "E08000007", f"{BASE}/id/stockport/meeting/2021-10-07-council-meeting"),
    ]


def test_greater_manchester_police_is_one_organisation_across_councils_and_committees(store) -> None:
    rows = select(store, PREFIXES + """
        SELECT ?org ?person ?committee WHERE {
          ?part cl:onBehalfOf ?org ; cl:participant ?person ; cl:atItem/cl:meeting/besluit:isGehoudenDoor ?committee .
        } ORDER BY ?person""")
    assert rows == [
        (GMP, f"{GMP}/person/dana-holt",
         f"{BASE}/id/manchester/committee/communities-and-equalities-scrutiny-committee"),
        (GMP, f"{GMP}/person/emma-taylor", f"{BASE}/id/stockport/committee/communities-transport-scrutiny-committee"),
    ]
    # "(GMP)" was resolved from "Greater Manchester Police (GMP)" in the same record: no post called "GMP".
    assert not select(store, PREFIXES + 'SELECT ?post WHERE { ?post skos:prefLabel "GMP" }')
    assert select(store, PREFIXES + f"SELECT ?kind WHERE {{ <{GMP}> cl:organisationKind ?kind }}") == [
        ("https://w3id.org/council-lod/def/organisation-kind/police-force",)]


def test_items_name_the_shared_organisations_their_text_names(store) -> None:
    rows = select(store, PREFIXES + """
        SELECT ?item ?org WHERE { ?item a cl:AgendaItem ; cl:namesOrganisation ?org } ORDER BY ?item ?org""")
    stockport = f"{BASE}/id/stockport/agenda-item/2017-12-04-communities-transport-scrutiny-committee-item-4"
    manchester = f"{BASE}/id/manchester/agenda-item/2018-03-14-communities-and-equalities-scrutiny-committee-item-6"
    assert rows == [
        (manchester, f"{BASE}/id/org/greater-manchester-combined-authority"),
        (manchester, f"{BASE}/id/org/greater-manchester-fire-and-rescue-service"),
        (manchester, GMP),
        (stockport, GMP),
        (stockport, f"{BASE}/id/org/safer-stockport-partnership"),
    ]
    # The combined authority a record names is the register's own resource, with its GSS code.
    assert select(store, PREFIXES + f"""SELECT ?gss WHERE {{
        <{BASE}/id/org/greater-manchester-combined-authority> a cl:CombinedAuthority ; cl:gssCode ?gss }}""") == [
        ("E47000001",)]


def test_every_cabinet_member_for_housing_across_greater_manchester_is_one_query(store) -> None:
    assert select(store, HOUSING_PORTFOLIOS_IN_GREATER_MANCHESTER) == [
        (f"{BASE}/id/manchester", f"{BASE}/id/manchester/post/executive-member-for-housing-and-regeneration",
         "Robin Fenwick"),
        (f"{BASE}/id/stockport", f"{BASE}/id/stockport/post/cabinet-member-for-communities-and-housing",
         "Sheila Bailey"),
    ]


def test_two_people_with_one_surname_in_one_council_stay_two_persons(store) -> None:
    rows = select(store, PREFIXES + f"""
        SELECT ?person ?name WHERE {{ ?person a cl:Person ; foaf:name ?name
          FILTER(STRSTARTS(STR(?person), "{BASE}/id/manchester/person/")) }} ORDER BY ?person""")
    assert rows == [(f"{BASE}/id/manchester/person/alex-quill", "Alex Quill"),  # the officer contact
                    (f"{BASE}/id/manchester/person/owen-marsh", "Owen Marsh"),
                    (f"{BASE}/id/manchester/person/petra-marsh", "Petra Marsh"),
                    (f"{BASE}/id/manchester/person/robin-fenwick", "Robin Fenwick")]
    resolver = Resolver([RosterPerson("Petra Marsh"), RosterPerson("Owen Marsh")])
    assert resolver.match("Marsh") is None  # "Councillor Marsh" could be either: not merged
    assert resolver.match("P Marsh").name == "Petra Marsh"


def test_people_are_not_merged_across_councils_by_name() -> None:
    """The same name in two councils is two IRIs; only someone appearing for an outside body is shared."""
    from publisher import model
    from publisher.rdf import Minter
    same = model.Person("Sheila Bailey", "Councillor")
    assert Minter(BASE, "stockport").person(same) != Minter(BASE, "manchester").person(same)
    officer = model.Person("Emma Taylor", "Superintendent", model.Organisation("Greater Manchester Police"))
    assert str(Minter(BASE, "stockport").person(officer)) == str(Minter(BASE, "manchester").person(officer)) == \
        f"{GMP}/person/emma-taylor"


def test_abbreviations_come_only_from_the_same_text() -> None:
    assert abbreviations(["with Greater Manchester Police (GMP) and the Safer Stockport Partnership (SSP)"]) == {
        "GMP": "Greater Manchester Police", "SSP": "Safer Stockport Partnership"}
    assert abbreviations(["Superintendent Emma Taylor (GMP) attended"]) == {}  # used, never defined
    assert abbreviations(["the Annual Report (AR)"]) == {}  # not an organisation's name
    assert abbreviations(["Greater Manchester Police (GMP)", "Greater Manchester Partnership (GMP)"]) == {}  # ambiguous


def test_kinds_and_names_of_shared_organisations() -> None:
    assert organisation_kind("Greater Manchester Police") == "police force"
    assert organisation_kind("Greater Manchester Fire and Rescue Service") == "fire and rescue service"
    assert organisation_kind("Stockport NHS Foundation Trust") == "nhs body"
    assert organisation_kind("NHS Greater Manchester Integrated Care") == "nhs body"
    assert organisation_kind("Greater Manchester Combined Authority") == "combined authority"
    assert organisation_kind("Safer Stockport Partnership") == "partnership"
    assert organisation_kind("Stockport Council") is None and organisation_kind("Police") is None
    assert named_in("priority areas for the Safer Stockport Partnership to focus on in a new Safer Stockport "
                    "Partnership Plan.") == ["Safer Stockport Partnership"]
    assert named_in("The police continued to work in partnership with other agencies.") == []


def test_a_post_of_another_council_is_the_post_held_in_that_body() -> None:
    """"Cllr Tom Hunt, Leader of Sheffield City Council" (South Yorkshire MCA) is the post "Leader" held in
    Sheffield City Council, as a bracket or comma would print it; a post of the record's own council, of the
    council by its kind alone, of a place, or of a team stays whole."""
    hunt, young = Person("Tom Hunt", "Cllr"), Person("Claire Young", "Cllr")
    posts = [Post("Leader of Sheffield City Council", hunt), Post("Chairman of Wiltshire Council"),
             Post("Chair of Council of City of Doncaster Council"), Post("Vice Chairman of the County Council"),
             Post("Mayor of Greater Manchester"), Post("Head of Legal Services"),
             Post("Chairman of ETAG", organisation=Organisation("ETAG")),
             Post("Director of Finance of Coventry City Council")]
    attended = Attendance(young, "present", "Leader of South Gloucestershire Council")
    record = Record("meeting", "1", posts=posts, people=[young])
    wiltshire = load_register().get("wiltshire")  # the council the record is filed under
    resolve_organisations(record, load_register(), wiltshire)
    assert [(p.label, p.organisation and p.organisation.name) for p in posts] == [
        ("Leader", "Sheffield City Council"), ("Chairman of Wiltshire Council", None),
        ("Chair of Council", "City of Doncaster Council"),  # not the record's own council here
        ("Vice Chairman of the County Council", None), ("Mayor of Greater Manchester", None),
        ("Head of Legal Services", None), ("Chairman", "ETAG"), ("Director of Finance", "Coventry City Council")]
    assert hunt.organisation is None  # a post held in a body says so; the person's own body is another fact
    OrganisationResolver(record, load_register(), wiltshire)._role_held_in_body(attended)
    assert (attended.role, young.organisation) == ("Leader", Organisation("South Gloucestershire Council"))


def test_void_has_a_subset_per_council_and_linksets(store) -> None:
    from publisher.councils import load_register
    from publisher.namespaces import VOID
    from publisher.web.dataset import compute_statistics, count_links, links_by_scan, void_graph
    from publisher.web.site import Site

    site = Site(Settings(base_uri=BASE), store)
    graph = void_graph(site, compute_statistics(site), None)
    subsets = {str(s) for s in graph.subjects(VOID.uriSpace, None) if "#council-" in str(s)}
    assert subsets == {f"{BASE}/void#council-{slug}" for slug in ("manchester", "south-cambridgeshire", "stockport")}
    linksets = {str(s): (str(graph.value(s, VOID.linkPredicate)), str(graph.value(s, VOID.objectsTarget)),
                         int(graph.value(s, VOID.triples)))
                for s in graph.subjects(None, VOID.Linkset)}
    assert linksets[f"{BASE}/void#links-ons-areaServed"] == (
        "http://schema.org/areaServed", "http://statistics.data.gov.uk/", 445)  # 430 councils, 15 authorities
    shared = f"{BASE}/void#shared-organisations"
    assert linksets[f"{BASE}/void#links-shared-organisations-onBehalfOf"] == (
        "https://w3id.org/council-lod/def#onBehalfOf", shared, 2)
    assert linksets[f"{BASE}/void#links-shared-organisations-namesOrganisation"] == (
        "https://w3id.org/council-lod/def#namesOrganisation", shared, 6)
    in_authorities = sum(1 for council in load_register().councils if council.combined_authority)
    assert linksets[f"{BASE}/void#links-shared-organisations-combinedAuthority"] == (
        "https://w3id.org/council-lod/def#combinedAuthority", shared, in_authorities)
    assert not any("wikidata" in key for key in linksets)  # no Wikidata link is known: no linkset
    # the embedded store counts object by object; what a remote server does, a scan per target, agrees
    assert count_links(store, BASE) == links_by_scan(store, BASE) and len(linksets) >= 4
