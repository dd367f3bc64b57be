"""schemathesis against the live server's OpenAPI document (issue 7, item 10): for every documented operation,
requests drawn from the document get no 5xx, and every response matches what the document says: a documented
status, a documented media type, a body matching the schema where one is given (JSON), documented headers.

Routes state what they answer with ``publisher.web.openapi.responses`` (RDF, result and HTML media types,
errors as plain text). Not checked, and why:
- schemathesis' "positive data acceptance" and "negative data rejection": the document cannot say which
  strings are SPARQL queries, graph IRIs or dump names that exist, so well-typed data is rightly refused
  (400, 404, 406) and the check would only restate that;
- the routes outside the document (``include_in_schema=False``): /id/ and /doc/ (Cool URIs over any path),
  /graph/, the HTML pages, /admin/ (token, loopback); tests/web/test_resources.py, test_pages.py and
  test_admin_ingest.py cover them.
"""

from __future__ import annotations

import httpx
import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis.errors import Unsatisfiable
from schemathesis import GenerationMode
from schemathesis.checks import (
    content_type_conformance,
    not_a_server_error,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)
from schemathesis.core.failures import Failure, FailureGroup

from tests.conftest import LiveServer

pytestmark = pytest.mark.slow  # ~30 s: every documented operation against the live server

CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance,
          response_headers_conformance]


def failures_of(operation: schemathesis.APIOperation, mode: GenerationMode, examples: int) -> list[str]:
    """Run ``examples`` drawn cases of one operation; each distinct failure as one line."""
    found: list[str] = []

    @given(operation.as_strategy(generation_mode=mode))
    @settings(max_examples=examples, deadline=None, derandomize=True, database=None,
              suppress_health_check=list(HealthCheck))
    def run(case: schemathesis.Case) -> None:
        try:
            case.call_and_validate(checks=CHECKS, timeout=30)
        except (FailureGroup, Failure) as err:  # collected, then reported together
            line = f"{operation.label} ({mode.value}): {' '.join(str(err).split()).partition('[')[0][:300]}"
            if line not in found:
                found.append(line)

    try:
        run()
    except Unsatisfiable:  # a malformed request needs a parameter or body to spoil: this one has none
        assert mode is GenerationMode.NEGATIVE
    return found


def test_every_documented_operation_answers_as_documented(live_server: LiveServer) -> None:
    """(schemathesis' pytest plugin cannot load a schema from a fixture under pytest 9, so the operations are
    driven from here: each with 10 well-formed and 4 malformed requests.)"""
    schema = schemathesis.openapi.from_url(live_server.url("/openapi.json"))
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 20
    failures = [line for operation in operations
                for mode, examples in ((GenerationMode.POSITIVE, 10), (GenerationMode.NEGATIVE, 4))
                for line in failures_of(operation, mode, examples)]
    assert failures == []


def test_the_document_describes_sparql_and_the_data_routes(live_server: LiveServer) -> None:
    document = httpx.get(live_server.url("/openapi.json"), timeout=10).json()
    sparql = document["paths"]["/sparql"]
    assert [p["name"] for p in sparql["get"]["parameters"]] == ["query", "default-graph-uri", "named-graph-uri",
                                                                "format"]
    assert set(sparql["post"]["requestBody"]["content"]) == {"application/x-www-form-urlencoded",
                                                             "application/sparql-query"}
    assert {"application/sparql-results+json", "text/turtle", "text/csv"} <= set(
        sparql["get"]["responses"]["200"]["content"])
    assert set(sparql["get"]["responses"]) >= {"200", "400", "406", "413", "429", "503"}
    assert set(document["paths"]["/dumps/{name}"]["get"]["responses"]["200"]["content"]) >= {"application/gzip"}
    assert "application/json" not in document["paths"]["/void"]["get"]["responses"]["200"]["content"]
