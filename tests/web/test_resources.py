"""Cool URIs on a live server: ``/id/`` answers 303 to the negotiated ``/doc/``, the document is exactly the
DESCRIBE of the thing plus the document's own four triples, with the headers Linked Data clients rely on."""

from __future__ import annotations

import httpx
import pytest
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, FOAF, RDF, XSD

OGL = URIRef("http://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/")
MEETING = "stockport/meeting/2017-12-04-communities-transport-scrutiny-committee"
ITEM = "stockport/agenda-item/2017-12-04-communities-transport-scrutiny-committee-item-4"
# One resource of every kind the bundled data holds.
RESOURCES = {
    "council": "stockport",
    "committee": "stockport/committee/communities-transport-scrutiny-committee",
    "meeting": MEETING,
    "agenda item": ITEM,
    "issue": "stockport/issue/68785",
    "decision": "stockport/decision/2017-12-04-communities-transport-scrutiny-committee-item-4-1",
    "person": "stockport/person/sheila-bailey",
    "person of an outside body": "org/greater-manchester-police/person/emma-taylor",
    "post": "stockport/post/cabinet-member-for-communities-and-housing",
    "organisation": "org/greater-manchester-police",
    "document": "stockport/document/2017-12-04-communities-transport-scrutiny-committee-item-4-document-1",
    "participation": "stockport/participation/2017-12-04-communities-transport-scrutiny-committee-item-4-2",
    "role": "stockport/role/deputy-chief-executive",
}
TYPES = {"html": "text/html", "ttl": "text/turtle", "jsonld": "application/ld+json", "rdf": "application/rdf+xml",
         "nt": "application/n-triples"}
CONTENT_TYPES = {**{ext: f"{media}; charset=utf-8" for ext, media in TYPES.items()}, "nt": "application/n-triples"}
RDF_PARSERS = {"ttl": "turtle", "jsonld": "json-ld", "rdf": "xml", "nt": "nt"}


HTTP = httpx.Client(timeout=30, follow_redirects=False)  # one client: a new one per request costs ~0.1 s


def get(server, path: str, accept: str | None = None, **headers: str) -> httpx.Response:
    if accept is not None:
        headers["Accept"] = accept
    return HTTP.get(server.url(path), headers=headers)


def described(server, iri: str) -> set:
    """What the SPARQL endpoint's DESCRIBE gives for ``iri``, as N-Triples."""
    response = HTTP.post(server.url("/sparql"), data={"query": f"DESCRIBE <{iri}>"},
                         headers={"Accept": "application/n-triples"})
    assert response.status_code == 200, response.text
    return set(Graph().parse(data=response.text, format="nt"))


def vary(response: httpx.Response) -> set[str]:
    return {v.strip().lower() for v in response.headers.get("vary", "").split(",")}


@pytest.mark.parametrize("kind", RESOURCES)
def test_dereferencing_gives_the_describe_plus_the_documents_own_triples(live_server, kind: str) -> None:
    path = RESOURCES[kind]
    thing = URIRef(live_server.url(f"/id/{path}"))
    document = URIRef(live_server.url(f"/doc/{path}"))
    graph = Graph().parse(str(thing))  # rdflib follows the 303 and negotiates RDF itself
    own = {t for t in graph if t[0] == document}
    modified = next(o for s, p, o in own if p == DCTERMS.modified)
    assert own == {(document, RDF.type, FOAF.Document), (document, FOAF.primaryTopic, thing),
                   (document, DCTERMS.license, OGL), (document, DCTERMS.modified, modified)}
    assert isinstance(modified, Literal) and modified.datatype == XSD.dateTime
    rest = set(graph) - own
    assert rest == described(live_server, str(thing))
    assert any(s == thing for s, _, _ in rest), "the thing's own triples are in its document"


@pytest.mark.parametrize(("accept", "ext"), [
    ("text/html", "html"), ("text/turtle", "ttl"), ("application/ld+json", "jsonld"),
    ("application/rdf+xml", "rdf"), ("application/n-triples", "nt"), ("text/plain", "nt"),
    ("*/*", "html"), (None, "html"), ("text/turtle;q=0.5, application/rdf+xml", "rdf"),
    ("application/xhtml+xml", "html"),
])
def test_id_answers_303_to_the_negotiated_document(live_server, accept: str | None, ext: str) -> None:
    response = get(live_server, f"/id/{MEETING}", accept)
    assert response.status_code == 303
    assert response.headers["location"] == f"/doc/{MEETING}.{ext}"
    assert "accept" in vary(response)
    head = HTTP.head(live_server.url(f"/id/{MEETING}"), headers={"Accept": accept or "*/*"})
    assert (head.status_code, head.headers["location"]) == (303, f"/doc/{MEETING}.{ext}")


def test_an_address_typed_with_a_trailing_slash_moves_to_the_one_without(live_server) -> None:
    """No IRI ends in "/": "/id/stockport/" and "/doc/…/" are 301s to the address without it, query kept; the
    address then dereferences as usual; the bare "/id/" stays what it was (not a thing)."""
    moves = [(f"/id/{MEETING}/", f"/id/{MEETING}"), ("/id/stockport/?format=ttl", "/id/stockport?format=ttl"),
             (f"/doc/{MEETING}.ttl/", f"/doc/{MEETING}.ttl")]
    for path, moved in moves:
        response = get(live_server, path, "text/turtle")
        assert (response.status_code, response.headers["location"]) == (301, moved), path
    assert get(live_server, "/id/stockport?format=ttl", "text/html").headers["location"] == "/doc/stockport.ttl"
    assert get(live_server, "/id/", "text/html").status_code == 404


def test_id_takes_a_format_parameter(live_server) -> None:
    response = get(live_server, f"/id/{MEETING}?format=ttl", "text/html")
    assert (response.status_code, response.headers["location"]) == (303, f"/doc/{MEETING}.ttl")


@pytest.mark.parametrize("ext", TYPES)
def test_doc_without_extension_negotiates_and_names_the_others(live_server, ext: str) -> None:
    response = get(live_server, f"/doc/{ITEM}", TYPES[ext])
    assert response.status_code == 200
    assert response.headers["content-type"] == CONTENT_TYPES[ext]
    assert "accept" in vary(response)
    assert response.headers["content-location"] == f"/doc/{ITEM}.{ext}"
    assert response.headers["link"] == ", ".join(
        f'</doc/{ITEM}.{other}>; rel="alternate"; type="{media}"' for other, media in TYPES.items() if other != ext)


@pytest.mark.parametrize("ext", TYPES)
def test_every_extension_url_answers_in_its_format(live_server, ext: str) -> None:
    response = get(live_server, f"/doc/{ITEM}.{ext}", "image/png")  # the extension decides, not Accept
    assert response.status_code == 200
    assert response.headers["content-type"] == CONTENT_TYPES[ext]
    assert "content-location" not in response.headers
    assert f'</doc/{ITEM}.{ext}>' not in response.headers["link"]
    assert response.headers["link"].count('rel="alternate"') == 4
    if ext in RDF_PARSERS:
        graph = Graph().parse(data=response.text, format=RDF_PARSERS[ext])
        thing, document = URIRef(live_server.url(f"/id/{ITEM}")), URIRef(live_server.url(f"/doc/{ITEM}"))
        assert (document, FOAF.primaryTopic, thing) in graph
        assert {t for t in graph if t[0] != document} == described(live_server, str(thing))
    else:
        assert "<h1>" in response.text


def test_unknown_thing_is_404(live_server) -> None:
    for path in ("/id/stockport/meeting/1999-01-01-nothing", "/doc/stockport/meeting/1999-01-01-nothing.ttl",
                 "/doc/stockport/meeting/1999-01-01-nothing", "/id/stockport/meeting/x%3E%20%3Cy"):
        text = get(live_server, path, "text/turtle")
        assert text.status_code == 404, path
        assert text.headers["content-type"] == "text/plain; charset=utf-8"
        assert text.text.startswith("Not found. There is nothing at ")
        page = get(live_server, path, "text/html")
        assert page.status_code == 404, path
        assert page.headers["content-type"] == "text/html; charset=utf-8"
        assert '<a href="/search">' in page.text


def test_nothing_acceptable_is_406_listing_what_is_offered(live_server) -> None:
    for path in (f"/id/{MEETING}", f"/doc/{MEETING}"):
        response = get(live_server, path, "image/png")
        assert response.status_code == 406
        assert response.text == ("Not acceptable: none of the formats in your Accept header is offered here. "
                                 "Available: text/html, text/turtle, application/ld+json, application/rdf+xml, "
                                 "application/n-triples.\n")


def test_conditional_requests_answer_304(live_server) -> None:
    first = get(live_server, f"/doc/{MEETING}.ttl")
    etag, modified = first.headers["etag"], first.headers["last-modified"]
    again = get(live_server, f"/doc/{MEETING}.ttl", **{"If-None-Match": etag})
    assert (again.status_code, again.content, again.headers["etag"]) == (304, b"", etag)
    assert get(live_server, f"/doc/{MEETING}.ttl", **{"If-Modified-Since": modified}).status_code == 304
    assert get(live_server, f"/doc/{MEETING}.ttl", **{"If-None-Match": '"other"'}).status_code == 200
    assert get(live_server, f"/doc/{MEETING}.nt").headers["etag"] != etag
    negotiated = get(live_server, f"/doc/{MEETING}", "text/turtle")
    assert get(live_server, f"/doc/{MEETING}", "text/turtle",
               **{"If-None-Match": negotiated.headers["etag"]}).status_code == 304


def test_head_of_a_document_has_the_headers_and_no_body(live_server) -> None:
    response = HTTP.head(live_server.url(f"/doc/{MEETING}.ttl"))
    assert (response.status_code, response.content) == (200, b"")
    assert response.headers["content-type"] == "text/turtle; charset=utf-8"
    assert response.headers["etag"] == get(live_server, f"/doc/{MEETING}.ttl").headers["etag"]


def test_record_graph_dereferences_to_its_content(live_server) -> None:
    path = "/graph/stockport/issue-meetings/68785"
    graph_iri = URIRef(live_server.url(path))
    turtle = get(live_server, path, "text/turtle")
    assert (turtle.status_code, turtle.headers["content-type"]) == (200, "text/turtle; charset=utf-8")
    graph = Graph().parse(data=turtle.text, format="turtle")
    assert (graph_iri, URIRef("http://www.w3.org/ns/prov#wasDerivedFrom"),
            URIRef("https://democracy.stockport.gov.uk/ieIssueDetails.aspx?IId=68785&Opt=3")) in graph
    trig = get(live_server, path, "application/trig")
    assert trig.headers["content-type"] == "application/trig; charset=utf-8"
    dataset = Dataset().parse(data=trig.text, format="trig")
    assert {str(g.identifier) for g in dataset.graphs() if len(g)} == {str(graph_iri)}
    assert len(dataset.graph(graph_iri)) == len(graph)
    assert get(live_server, "/graph/stockport/issue-meetings/0", "text/turtle").status_code == 404
