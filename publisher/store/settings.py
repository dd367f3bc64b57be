"""The settings a store's data depends on, kept in the store itself, so that every later command uses them.

A store built with ``--base-uri http://127.0.0.1:8799`` holds IRIs under that base; a later command that minted
under another base would mix two bases in one store. So the settings the data depends on are recorded in the
store, in the graph ``SETTINGS_GRAPH`` (``urn:x-council-lod:settings``, the same whatever the base, so it is
found before the base is known), as one literal per setting::

    <urn:x-council-lod:settings> <urn:x-council-lod:setting#base_uri> "http://127.0.0.1:8799" .

Being in the store, they travel with it: in the embedded store's folder and in its checkpoints
(``publisher backup``), and in a remote SPARQL store, where a file beside the store would be lost. The graph
is kept out of the default graph, ``graphs()``, the exports and so the dumps, VoID and the service description,
and out of the snapshot /sparql reads named graphs from (``EmbeddedStore.snapshot``). Through a remote store's
/sparql, ``GRAPH ?g`` still finds it (the server holds it): its values are public facts anyway.

What is recorded, and when:

- ``base_uri`` and ``contact_details`` (what is published of officers' contact details changes the records'
  triples): when the first record lands (``publisher.ingest.Pipeline``);
- ``changes_page_size``: when ``publisher serve`` first serves the store, since full ``/changes`` pages are
  cached by clients forever from then on.

The default council is not recorded: it is a fallback per run, like ``--council``.

How a command's settings are resolved (``settings_of_store``): what the store records wins over
``data/settings.toml``; a value given on the command line that differs from the recorded one is refused,
naming both (a base is changed with ``publisher rebase``). A store from before this was recorded (records,
but no settings graph) has its base read from its graphs' IRIs (``…/graph/vocabulary``, ``…/graph/history``),
recorded by the next command that writes.
"""

from __future__ import annotations

from dataclasses import fields, replace

import pyoxigraph as ox

from publisher.errors import PublisherError
from publisher.settings import Settings
from publisher.store.interface import SETTINGS_GRAPH, RecordStore

SETTING = "urn:x-council-lod:setting#"
DATA_SETTINGS = ("base_uri", "contact_details")  # recorded when the first record lands
SERVING_SETTINGS = ("changes_page_size",)  # recorded when the store is first served
RECORDED = DATA_SETTINGS + SERVING_SETTINGS
BASE_MARKERS = ("/graph/vocabulary", "/graph/history")  # graphs every store built by the publisher has


def recorded_settings(store: RecordStore) -> dict[str, str]:
    """The settings recorded in ``store``, by name, as written (``{}`` for a new store)."""
    rows = store.query(f"SELECT ?k ?v WHERE {{ GRAPH <{SETTINGS_GRAPH}> {{ <{SETTINGS_GRAPH}> ?k ?v }} }}")
    found = {row["k"].value.removeprefix(SETTING): row["v"].value for row in rows  # type: ignore[attr-defined]
             if row["k"].value.startswith(SETTING)}
    return {name: value for name, value in found.items() if name in RECORDED}


def inferred_base(store: RecordStore) -> str | None:
    """The base of a store built before settings were recorded, read from its graphs' IRIs; None if it has no
    such graph. A store whose graphs carry two bases (the mix this module prevents) is refused."""
    bases = sorted({g.removesuffix(marker) for g in store.graphs() for marker in BASE_MARKERS if g.endswith(marker)})
    if len(bases) > 1:
        raise PublisherError(f"the store holds graphs under several bases ({', '.join(bases)}): keep one with "
                             f"'publisher rebase', or rebuild the store")
    return bases[0] if bases else None


def stored_values(store: RecordStore) -> dict[str, str]:
    """What the store fixes: its recorded settings, or, for an older store, the base its graphs show."""
    values = recorded_settings(store)
    if "base_uri" not in values and (base := inferred_base(store)):
        values["base_uri"] = base
    return values


def _typed(name: str, value: str) -> object:
    kind = next(f.type for f in fields(Settings) if f.name == name)
    return int(value) if kind in (int, "int") else value


def settings_of_store(store: RecordStore, defaults: Settings, **given: object) -> Settings:
    """The settings a command runs with on ``store``: ``defaults`` (``data/settings.toml``), then what the
    store records, then what the command line ``given`` (None: not given), which must agree with the store."""
    values = stored_values(store)
    stored = {name: _typed(name, value) for name, value in values.items()}
    settings = replace(defaults, **stored) if stored else defaults
    wanted = defaults.with_overrides(**given)  # normalises a given base, checks the values
    for name, value in given.items():
        if value is None or name not in stored:
            continue
        if getattr(wanted, name) != stored[name]:
            raise PublisherError(conflict(name, stored[name], getattr(wanted, name)))
    return settings.with_overrides(**{k: v for k, v in given.items() if k not in stored})


def check_agrees(store: RecordStore, settings: Settings) -> None:
    """Refuse to write into ``store`` with ``settings`` that differ from what it records (a last guard
    before a write: the commands resolve their settings with ``settings_of_store`` first)."""
    for name, value in stored_values(store).items():
        if name in DATA_SETTINGS and getattr(settings, name) != _typed(name, value):
            raise PublisherError(conflict(name, _typed(name, value), getattr(settings, name)))


def conflict(name: str, stored: object, given: object) -> str:
    if name == "base_uri":
        return (f"the store was built with base URI {stored}, not {given}: leave out --base-uri to use "
                f"{stored}, or run 'publisher rebase {given}' to move every IRI of the store to the new base")
    return (f"the store records {name} = {stored}, not {given}: its published data depends on it "
            f"(leave the option out to use {stored})")


def settings_update(values: dict[str, str]) -> str:
    """The SPARQL update that makes ``values`` the whole settings graph (named graph only, never the
    default graph)."""
    subject = f"<{SETTINGS_GRAPH}>"
    lines = " ".join(f"{subject} <{SETTING}{name}> {ox.Literal(str(value))} ."
                     for name, value in sorted(values.items()))
    return f"DROP SILENT GRAPH <{SETTINGS_GRAPH}> ;\nINSERT DATA {{ GRAPH <{SETTINGS_GRAPH}> {{ {lines} }} }}"


def record_settings(store: RecordStore, settings: Settings, names: tuple[str, ...] = DATA_SETTINGS) -> bool:
    """Record ``names`` of ``settings`` in ``store`` unless it records them already: no write when nothing
    is new. A value the store records differently is refused (``check_agrees``), never overwritten."""
    recorded = recorded_settings(store)
    wanted = {**recorded, **{name: str(getattr(settings, name)) for name in names}}
    for name in names:
        if name in recorded and recorded[name] != wanted[name]:
            raise PublisherError(conflict(name, recorded[name], wanted[name]))
    if wanted == recorded:
        return False
    store.update(settings_update(wanted))
    return True


__all__ = ["DATA_SETTINGS", "RECORDED", "SERVING_SETTINGS", "SETTING", "check_agrees", "conflict", "inferred_base",
           "record_settings", "recorded_settings", "settings_of_store", "settings_update", "stored_values"]
