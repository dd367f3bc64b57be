"""SPARQLWrapper, the Python client people use, against the live server: every way of asking, every format,
and the founding record's facts back exactly."""

from __future__ import annotations

import csv
import io

import pytest
from rdflib import Graph, Literal, URIRef
from SPARQLWrapper import CSV, GET, JSON, JSONLD, POST, POSTDIRECTLY, TSV, TURTLE, URLENCODED, XML, SPARQLWrapper

from tests.conftest import LiveServer

PREFIXES = """PREFIX cl: <https://w3id.org/council-lod/def#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX schema: <http://schema.org/>
"""
MEETING = "/id/stockport/meeting/2017-12-04-communities-transport-scrutiny-committee"
ITEM = "/id/stockport/agenda-item/2017-12-04-communities-transport-scrutiny-committee-item-4"
SCHEMA_START = URIRef("http://schema.org/startDate")
XSD_DATE = URIRef("http://www.w3.org/2001/XMLSchema#date")


def wrapper(server: LiveServer, query: str, fmt: str, method: str = GET, request: str = URLENCODED) -> SPARQLWrapper:
    client = SPARQLWrapper(server.url("/sparql"))
    client.setQuery(PREFIXES + query)
    client.setReturnFormat(fmt)
    client.setMethod(method)
    client.setRequestMethod(request)
    return client


def decision_query(server: LiveServer) -> str:
    return f"SELECT ?text WHERE {{ ?d cl:madeAt <{server.base}{ITEM}> ; prov:value ?text }}"


def date_query(server: LiveServer) -> str:
    return f"SELECT ?date WHERE {{ <{server.base}{MEETING}> schema:startDate ?date }}"


@pytest.mark.parametrize(("method", "request_method"), [(GET, URLENCODED), (POST, URLENCODED), (POST, POSTDIRECTLY)])
def test_select_json_every_way(live_server: LiveServer, method: str, request_method: str) -> None:
    found = wrapper(live_server, decision_query(live_server), JSON, method, request_method).queryAndConvert()
    assert found["head"]["vars"] == ["text"]
    assert found["results"]["bindings"] == [
        {"text": {"type": "literal", "value": "That the report be noted.", "xml:lang": "en"}}]


def test_select_xml(live_server: LiveServer) -> None:
    document = wrapper(live_server, date_query(live_server), XML, POST).queryAndConvert()
    literal = document.getElementsByTagName("literal")[0]
    assert literal.firstChild.data == "2017-12-04"
    assert literal.getAttribute("datatype") == str(XSD_DATE)


def test_select_csv(live_server: LiveServer) -> None:
    data = wrapper(live_server, decision_query(live_server), CSV, POST, POSTDIRECTLY).queryAndConvert()
    assert list(csv.reader(io.StringIO(data.decode()))) == [["text"], ["That the report be noted."]]


def test_select_tsv(live_server: LiveServer) -> None:
    data = wrapper(live_server, date_query(live_server), TSV).queryAndConvert()
    assert data.decode() == f'?date\n"2017-12-04"^^<{XSD_DATE}>\n'


def test_ask_json(live_server: LiveServer) -> None:
    query = f'ASK {{ <{live_server.base}{MEETING}> schema:startDate "2017-12-04"^^<{XSD_DATE}> }}'
    assert wrapper(live_server, query, JSON, POST).queryAndConvert() == {"head": {}, "boolean": True}


def construct_query(server: LiveServer) -> str:
    return f"CONSTRUCT {{ ?m schema:startDate ?date }} WHERE {{ ?i cl:meeting ?m . ?m schema:startDate ?date . " \
           f"FILTER(?i = <{server.base}{ITEM}>) }}"


def test_construct_turtle(live_server: LiveServer) -> None:
    data = wrapper(live_server, construct_query(live_server), TURTLE).queryAndConvert()
    graph = Graph().parse(data=data, format="turtle")
    assert set(graph) == {(URIRef(live_server.base + MEETING), SCHEMA_START, Literal("2017-12-04", datatype=XSD_DATE))}


def test_construct_json_ld(live_server: LiveServer) -> None:
    graph = wrapper(live_server, construct_query(live_server), JSONLD, POST).queryAndConvert()
    assert set(graph) == {(URIRef(live_server.base + MEETING), SCHEMA_START, Literal("2017-12-04", datatype=XSD_DATE))}


def test_describe_rdf_xml_by_default(live_server: LiveServer) -> None:
    client = wrapper(live_server, f"DESCRIBE <{live_server.base}{MEETING}>", XML)
    graph = client.queryAndConvert()  # SPARQLWrapper asks for RDF/XML and parses it
    meeting = URIRef(live_server.base + MEETING)
    assert (meeting, SCHEMA_START, Literal("2017-12-04", datatype=XSD_DATE)) in graph
    assert (URIRef(live_server.base + ITEM), URIRef("https://w3id.org/council-lod/def#meeting"), meeting) in graph
