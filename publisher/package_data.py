"""Where the publisher finds its own files: the ontology, the SHACL shapes, the reference data, the bundled
records, the settings file.

They sit at the top of the repository (``ontology/``, ``shapes/``, ``data/``) and are package data of
``publisher`` through the links ``publisher/ontology``, ``publisher/shapes`` and ``publisher/data``: a wheel
carries copies of them, an editable install reads the checkout's own files. Every lookup starts from
:func:`importlib.resources.files`, so nothing depends on where the package was installed.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

PACKAGE = "publisher"


def folder(name: str) -> Path:
    """A folder of package data as a real path: rdflib, globbing and the ingest pipeline read paths.

    pip always unpacks a wheel, so the folder is on disk; a zipped install is refused in one clear line.
    """
    found = files(PACKAGE).joinpath(name)
    if not isinstance(found, Path):
        raise RuntimeError(f"publisher's {name}/ is not on disk ({found!r}): install publisher unzipped, with pip")
    return found.resolve()  # an editable install's link resolves to the checkout's folder


ONTOLOGY_DIR = folder("ontology")
SHAPES_DIR = folder("shapes")
DATA_DIR = folder("data")
RECORDS_DIR = DATA_DIR / "records"  # the bundled records a new server publishes
TEMPLATES_DIR = folder("web/templates")
STATIC_DIR = folder("web/static")


def checkout() -> Path | None:
    """The repository the package runs from (an editable install), or None for an installed wheel.

    Only a checkout has a place to regenerate files the repository keeps, such as ``ontology/mappings.sssom.tsv``.
    """
    root = DATA_DIR.parent
    return root if (root / "pyproject.toml").is_file() and (root / PACKAGE).is_dir() else None


def deployment_file(name: str) -> Path:
    """``./NAME`` when the working directory has one (a deployment's own, beside its ``var/``), else the
    packaged ``data/NAME``: an installed wheel is not edited in place, a checkout keeps using ``data/``."""
    local = Path(name)
    return local if local.is_file() else DATA_DIR / name


def settings_file() -> Path:
    """The settings a command reads: ``./settings.toml``, else the packaged ``data/settings.toml`` (whose
    values are also the built-in defaults, so a deployment's file need only hold what differs)."""
    return deployment_file("settings.toml")


def takedown_file() -> Path:
    """The takedown list ingest applies: ``./takedown.csv``, else the packaged (empty) ``data/takedown.csv``."""
    return deployment_file("takedown.csv")


__all__ = ["DATA_DIR", "ONTOLOGY_DIR", "RECORDS_DIR", "SHAPES_DIR", "STATIC_DIR", "TEMPLATES_DIR", "checkout",
           "deployment_file", "folder", "settings_file", "takedown_file"]
