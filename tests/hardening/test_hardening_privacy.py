"""Personal data (issue 7, item 8; docs/architecture.md §6).

A page whose officer contact line gives a direct-dial number and a personal email: under the default policy
(``role-only``) neither string appears in any dump, SPARQL result, HTML page, search answer or log of a server
publishing it, nor in any file that server wrote; the officer's name and role are published. The takedown
list (``data/takedown.csv``) removes a named person's phone and email even where the policy is ``publish``,
and keeps them out through re-ingest and a rebuild of the dumps.
"""

from __future__ import annotations

import contextlib
import gzip
import io
import re
import shutil
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import httpx
import pytest

from publisher.cli import main
from publisher.dump_files import build_dumps
from publisher.errors import PublisherError
from publisher.ingest import Pipeline
from publisher.settings import load_settings
from publisher.store.embedded import EmbeddedStore
from publisher.takedown import TAKEDOWN_FILE, Entry, Takedown
from tests import paths
from tests.conftest import LiveServer, free_port, start_server

ROOT = paths.ROOT
FOUNDING = ROOT / "data" / "records" / "stockport_issue_68785_ssp_priorities_cts.txt"
PHONE = "0161 474 9876"
EMAIL = "peter.owston1970@gmail.com"
SECRETS = (PHONE, EMAIL, PHONE.replace(" ", ""), "owston1970")


def fixture_page(folder: Path) -> Path:
    """The founding record, its officer contact line giving a direct dial and a personal email."""
    folder.mkdir(parents=True, exist_ok=True)
    page = folder / FOUNDING.name
    text = FOUNDING.read_text(encoding="utf-8")
    contact = "Officer contact: Peter Owston on 0161 474 3274 or email: peter.owston@stockport.gov.uk"
    assert contact in text
    page.write_text(text.replace(contact, f"Officer contact: Peter Owston on {PHONE} or email: {EMAIL}"),
                    encoding="utf-8")
    shutil.copy(FOUNDING.with_suffix(".source.txt"), folder)
    return page


def leaks(text: str) -> list[str]:
    return [secret for secret in SECRETS if secret in text]


# -- the default policy, end to end -----------------------------------------------------------------------

@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[LiveServer, str]]:
    """A server publishing the fixture page, and what its ingest (-v: warnings too) printed."""
    folder = tmp_path_factory.mktemp("privacy")
    page = fixture_page(folder / "records")
    port = free_port()
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed), contextlib.redirect_stderr(printed):
        assert main(["ingest", str(page), "-v", "--store", str(folder / "store"),
                     "--base-uri", f"http://127.0.0.1:{port}"]) == 0
    started = start_server(folder / "store", "--log-level", "debug", port=port)  # log everything it can
    yield started, printed.getvalue()
    started.stop()


def test_default_policy_publishes_neither_number_nor_email_anywhere(served: tuple[LiveServer, str]) -> None:
    server, ingest_output = served
    assert "1 record landed" in ingest_output and leaks(ingest_output) == []
    texts: dict[str, str] = {}
    with httpx.Client(base_url=server.base, timeout=30) as client:
        def get(path: str, **kwargs: object) -> str:
            response = client.get(path, **kwargs)  # type: ignore[arg-type]
            assert response.status_code == 200, path
            texts[path + str(kwargs)] = response.text
            return response.text

        for dump in client.get("/dumps/", headers={"Accept": "application/json"}).json()["files"]:
            texts[dump["url"]] = gzip.decompress(client.get(dump["url"]).content).decode()
        everything = get("/sparql", params={"query": "SELECT * { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } }",
                                            "format": "tsv"})
        assert "Peter Owston" in everything  # the name is published: the record is here
        things = get("/sparql", params={"query": f"SELECT DISTINCT ?s {{ ?s ?p ?o FILTER(STRSTARTS(STR(?s), "
                                                  f'"{server.base}/id/stockport/")) }}', "format": "csv"})
        subjects = [line for line in things.splitlines()[1:] if line]
        assert len(subjects) > 10 and f"{server.base}/id/stockport/person/peter-owston" in subjects
        for iri in subjects:
            doc = iri.replace("/id/", "/doc/", 1)
            get(doc + ".html")
            get(doc + ".jsonld")
        for path in ("/", "/void", "/search?q=Owston", "/search?q=474", "/search?q=gmail",
                     "/graph/stockport/issue-meetings/68785"):
            get(path)
        assert get("/search?q=Owston", headers={"Accept": "application/json"})
    assert not {where: leaks(text) for where, text in texts.items() if leaks(text)}
    server.stop()
    log = (server.store.parent / f"server-{server.base.rpartition(':')[2]}.log").read_text()
    assert "GET /search?q=Owston" in log  # the log is there, at debug level
    assert leaks(log) == []
    folder = server.store.parent  # the store, the dumps, the search index, the log; not the source page
    written = [p for p in folder.rglob("*") if p.is_file() and p.relative_to(folder).parts[0] != "records"]
    assert len(written) > 10
    assert [p for p in written if any(s.encode() in p.read_bytes() for s in SECRETS)] == []


# -- the takedown list -------------------------------------------------------------------------------------

def store_text(store: EmbeddedStore) -> str:
    out = io.BytesIO()
    store.export("nq", out)
    return out.getvalue().decode()


def test_takedown_removes_a_named_persons_contact_details_and_survives_rebuilds(tmp_path: Path) -> None:
    page = fixture_page(tmp_path / "records")
    publish = load_settings().with_overrides(contact_details="publish")
    listed = tmp_path / "takedown.csv"
    listed.write_text("# asked on 2026-01-05\nname,council,requested,note\n"
                      "  peter  OWSTON ,stockport,2026-01-05,asked by email\n", encoding="utf-8")
    takedown = Takedown.load(listed)
    assert takedown.entries == (Entry("peter  OWSTON", "stockport", date(2026, 1, 5)),)
    store = EmbeddedStore(tmp_path / "store")
    try:
        assert Pipeline(store, publish, takedown=Takedown()).run([page]).count("landed") == 1
        assert set(leaks(store_text(store))) >= {PHONE, EMAIL}  # 'publish' publishes them: the control

        assert Pipeline(store, publish, takedown=takedown).run([page]).count("landed") == 1  # changed: replaced
        assert leaks(store_text(store)) == []
        assert "Peter Owston" in store_text(store)  # the name and role stay
        assert Pipeline(store, publish, takedown=takedown).run([page]).count("unchanged") == 1  # and stays so
        assert leaks(store_text(store)) == []
        dumps = build_dumps(store, publish, tmp_path / "dumps" / "v1")
        for file in dumps.files:
            assert leaks(gzip.decompress((dumps.folder / file.name).read_bytes()).decode()) == [], file.name
    finally:
        store.close()


def test_takedown_for_another_council_does_not_apply(tmp_path: Path) -> None:
    page = fixture_page(tmp_path / "records")
    publish = load_settings().with_overrides(contact_details="publish")
    store = EmbeddedStore(tmp_path / "store")
    try:
        Pipeline(store, publish, takedown=Takedown((Entry("Peter Owston", "woking"),))).run([page])
        assert set(leaks(store_text(store))) >= {PHONE, EMAIL}
    finally:
        store.close()


def test_the_shipped_list_loads_and_a_bad_list_names_file_and_line(tmp_path: Path) -> None:
    assert TAKEDOWN_FILE.is_file() and Takedown.load() == Takedown()  # shipped empty, and read by default
    assert Pipeline(EmbeddedStore(None), load_settings()).takedown == Takedown()
    bad = tmp_path / "takedown.csv"
    bad.write_text("name,council,requested\nJane Example,,5 January 2026\n", encoding="utf-8")
    with pytest.raises(PublisherError, match=re.escape(f"{bad}:2: requested must be a date (YYYY-MM-DD), not "
                                                       "'5 January 2026'")):
        Takedown.load(bad)
    bad.write_text("who,council\nJane Example,\n", encoding="utf-8")
    with pytest.raises(PublisherError, match=re.escape(f"{bad}:1: the header must be name,council,requested,note")):
        Takedown.load(bad)
    bad.write_text("name\n,stockport\n", encoding="utf-8")
    with pytest.raises(PublisherError, match=re.escape(f"{bad}:2: a takedown entry needs a name")):
        Takedown.load(bad)
