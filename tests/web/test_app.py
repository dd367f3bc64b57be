"""The app as one house (issue 15): every URL comes from the one route table in ``web/app.py``, and the
framework's own answers (an unknown path, a method a route does not take) are the site's error pages for a
browser and JSON for machines (issue 16). In
process (TestClient): the network protocol is not under test here."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.routing import APIRoute
from fastapi.testclient import TestClient
from lxml import html as lxml_html
from starlette.routing import Mount, Route

from publisher.ingest import Pipeline
from publisher.settings import load_settings
from publisher.store.embedded import EmbeddedStore
from publisher.web.app import ROUTES, create_app
from publisher.web.site import Site
from tests.built_records import everything_record

BROWSER = {"Accept": "text/html,application/xhtml+xml,*/*;q=0.8"}
FRAMEWORK = {"/openapi.json"}  # FastAPI's own: the OpenAPI document (its viewer, /api, is ours)


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    store = EmbeddedStore(None)
    pipeline = Pipeline(store, load_settings())
    pipeline.ensure_reference_data()
    assert pipeline.ingest_record(everything_record()).status == "landed"
    site = Site(load_settings(), store, work_dir=Path(tmp_path_factory.mktemp("work")))
    with TestClient(create_app(site)) as test_client:
        yield test_client


def test_every_url_the_app_answers_is_in_the_route_table(client: TestClient) -> None:
    served = set()
    for route in client.app.routes:  # type: ignore[attr-defined]
        if isinstance(route, Mount):
            served.add((route.path, ("MOUNT",)))
        elif isinstance(route, APIRoute | Route) and route.path not in FRAMEWORK:
            served.add((route.path, tuple(sorted(route.methods or ()))))
    table = {(r.path, ("MOUNT",) if r.mount else tuple(sorted(r.methods))) for r in ROUTES}
    assert served == table


def test_the_route_table_lists_every_interface_url_once_per_method() -> None:
    seen = [(r.path, method) for r in ROUTES for method in r.methods]
    assert len(seen) == len(set(seen))
    assert {r.interface for r in ROUTES} == {"pages", "sparql", "resources", "description", "dumps", "releases",
                                             "changes", "admin"}


def test_an_unknown_path_is_the_sites_error_page_for_a_browser(client: TestClient) -> None:
    answer = client.get("/nothing/here", headers=BROWSER)
    assert answer.status_code == 404
    assert answer.headers["content-type"] == "text/html; charset=utf-8"
    page = lxml_html.fromstring(answer.text)
    assert page.xpath("string(//h1)") == "Not found"
    assert "There is nothing at /nothing/here on this site." in page.xpath("string(//main)")
    assert page.xpath("//header[@class='site']//a[@class='brand']/@href") == ["/"]  # the site's one frame


def test_an_unknown_path_is_json_for_machines(client: TestClient) -> None:
    answer = client.get("/nothing/here", headers={"Accept": "*/*"})
    assert answer.status_code == 404
    assert answer.headers["content-type"] == "application/json"
    assert answer.json() == {"detail": "There is nothing at /nothing/here on this site."}


def test_a_method_a_route_does_not_take_says_which_and_what_is_allowed(client: TestClient) -> None:
    answer = client.delete("/void")
    assert answer.status_code == 405
    assert answer.json() == {"detail": "DELETE is not allowed on /void."}
    assert set(answer.headers["allow"].split(", ")) == {"GET", "HEAD"}


@pytest.mark.parametrize("path", ["/void", "/def", "/def/participation-kind", "/dumps/"])
def test_description_pages_are_in_the_sites_frame(client: TestClient, path: str) -> None:
    answer = client.get(path, headers=BROWSER)
    assert answer.status_code in (200, 503)  # /dumps/ answers 503 while its first files are built
    if answer.status_code == 503:
        return
    page = lxml_html.fromstring(answer.text)
    assert page.xpath("//link[@rel='stylesheet']/@href") == ["/static/style.css"]
    assert page.xpath("//header[@class='site']//a[@class='brand']/text()") == ["Council Linked Data"]
    assert page.xpath("//footer[@class='site']")


def test_api_is_swagger_ui_from_the_sites_own_files(client: TestClient) -> None:
    """FastAPI's page loaded Swagger UI from a CDN (blank offline); ours loads our copy, in the site's frame."""
    answer = client.get("/api", headers=BROWSER)
    assert answer.status_code == 200 and answer.headers["content-type"] == "text/html; charset=utf-8"
    assert '<script src="/static/swagger-ui/swagger-ui-bundle.js"></script>' in answer.text
    assert '<link rel="stylesheet" href="/static/swagger-ui/swagger-ui.css">' in answer.text
    assert 'data-openapi="/openapi.json"' in answer.text and '<header class="site">' in answer.text
    assert "cdn" not in answer.text.lower()
    for path in ("/static/swagger-ui/swagger-ui-bundle.js", "/static/swagger-ui/swagger-ui.css", "/static/api.js"):
        assert client.get(path).status_code == 200, path
    assert client.get("/docs").status_code == 404  # FastAPI's own viewer is off


def test_every_operation_of_the_openapi_has_its_own_id(client: TestClient) -> None:
    """GET and HEAD of one route shared an operationId (FastAPI names both after the first method of a set):
    invalid OpenAPI, and Swagger UI opened both at one click."""
    document = client.get("/openapi.json").json()
    ids = [op["operationId"] for item in document["paths"].values() for op in item.values()]
    assert len(ids) == len(set(ids)) > 30
    assert document["paths"]["/void"]["get"]["operationId"] == "void_void_get"
    assert document["paths"]["/void"]["head"]["operationId"] == "void_void_head"
    assert list(document["paths"]["/sparql"]) == ["get", "head", "post"]  # in one order, GET first
