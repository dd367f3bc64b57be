"""The publisher's own files are package data: found through importlib.resources, in the checkout when the
install is editable (what these tests run on); `.ci/smoke-wheel` checks the same from an installed wheel."""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

import pytest

from publisher.package_data import DATA_DIR, ONTOLOGY_DIR, RECORDS_DIR, SHAPES_DIR, checkout, settings_file
from publisher.settings import load_settings
from tests.conftest import ROOT


def test_folders_resolve_through_importlib_resources() -> None:
    root = files("publisher")
    for name, folder in (("ontology", ONTOLOGY_DIR), ("shapes", SHAPES_DIR), ("data", DATA_DIR)):
        assert root.joinpath(name).is_dir(), name
        assert folder == ROOT / name  # editable: the checkout's own folders, not copies
    assert (ONTOLOGY_DIR / "context.jsonld").is_file() and (ONTOLOGY_DIR / "mappings.sssom.tsv").is_file()
    assert (SHAPES_DIR / "lblod" / "besluit-publicatie-shapes.ttl").is_file()
    assert (DATA_DIR / "uk_local_authorities_current.csv").is_file() and (DATA_DIR / "takedown.csv").is_file()
    assert sorted(RECORDS_DIR.glob("*.source.txt"))


def test_the_wheel_declares_every_file_kind_it_reads() -> None:
    """Every file under ontology/, shapes/ and data/ matches a package-data pattern of pyproject.toml, so a
    file kind added later is not silently left out of the wheel."""
    import tomllib

    patterns = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["package-data"]["publisher"]
    for top in ("ontology", "shapes", "data"):
        for path in (ROOT / top).rglob("*"):
            if path.is_file() and "__pycache__" not in path.parts:
                relative = path.relative_to(ROOT)
                assert any(relative.match(pattern) for pattern in patterns), f"{relative} is not in the wheel"


def test_the_wheel_carries_the_web_files_pages_load() -> None:
    """The templates and every static file a page loads (our CSS and scripts, the vendored YASGUI of ``/query``
    and Swagger UI of ``/api`` with their licences) match a package-data pattern: a wheel without them serves
    blank pages."""
    import tomllib

    patterns = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["package-data"]["publisher"]
    web = ROOT / "publisher" / "web"
    shipped = [p for top in ("templates", "static") for p in (web / top).rglob("*") if p.is_file()]
    assert web / "static" / "yasgui" / "yasgui.min.js" in shipped and web / "static" / "yasgui" / "LICENSE" in shipped
    assert {"swagger-ui-bundle.js", "swagger-ui.css"} <= {p.name for p in shipped}
    assert web / "static" / "swagger-ui" / "LICENSE" in shipped
    for path in shipped:
        relative = path.relative_to(ROOT / "publisher")
        assert any(relative.match(pattern) and len(relative.parts) == len(pattern.split("/"))
                   for pattern in patterns), f"{relative} is not in the wheel"


def test_a_checkout_is_recognised() -> None:
    assert checkout() == ROOT


def test_settings_come_from_the_working_directory_first(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert settings_file() == DATA_DIR / "settings.toml" and load_settings().council == "stockport"
    (tmp_path / "settings.toml").write_text('council = "woking"\n', encoding="utf-8")
    assert settings_file() == Path("settings.toml")
    settings = load_settings()
    assert settings.council == "woking" and settings.contact_details == "role-only"  # the rest: the defaults
