"""A base URI is written one way, however people type it (docs/architecture.md §1, §3)."""

from __future__ import annotations

import pytest

from publisher.errors import PublisherError
from publisher.settings import Settings, normalise_base


@pytest.mark.parametrize(("typed", "base"), [
    ("http://example.org", "http://example.org"),
    ("http://example.org/", "http://example.org"),
    ("  HTTP://Example.ORG:80/ ", "http://example.org"),
    ("https://example.org:443", "https://example.org"),
    ("http://127.0.0.1:8799/", "http://127.0.0.1:8799"),
    ("https://data.example.org/lod/", "https://data.example.org/lod"),
    ("https://data.example.org//lod//", "https://data.example.org/lod"),
    ("http://[::1]:8000/", "http://[::1]:8000"),
])
def test_a_base_is_normalised_once(typed: str, base: str) -> None:
    assert normalise_base(typed) == base
    assert Settings().with_overrides(base_uri=typed).base_uri == base
    assert Settings(base_uri=typed).base_uri == base


@pytest.mark.parametrize(("typed", "says"), [
    ("example.org", "must be an http(s) URI with a host"),
    ("ftp://example.org/", "must be an http(s) URI with a host"),
    ("http://", "must be an http(s) URI with a host"),
    ("http://example.org/?x=1", "has a query or fragment"),
    ("http://example.org/#top", "has a query or fragment"),
    ("http://me:secret@example.org", "holds a user name or password"),
    ("http://example.org:99999", "is not a valid URI"),
])
def test_a_base_that_cannot_mint_iris_is_refused(typed: str, says: str) -> None:
    with pytest.raises(PublisherError, match=says.replace("(", r"\(").replace(")", r"\)")):
        normalise_base(typed)
