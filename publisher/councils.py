"""The council register: every UK principal council, looked up by GOV.UK slug, GSS code or ModernGov host.

Built from mySociety's "UK Local Authority Names and Codes" (CC-BY-4.0), copied byte-for-byte into ``data/``,
plus two small files of ours: ``data/moderngov_sites.csv`` (the ModernGov sites we know) and
``data/council_links.csv`` (Wikidata / OpenDataCommunities identifiers, each row with the source it was
taken from). A fact none of them states stays empty: nothing here is guessed (``data/README.md`` says where
every column comes from).

The register also lists combined authorities (and the Greater London Authority) in the column
``combined-authority`` of each council; they are kept as :class:`Council` entries of their own kind, so a
council links to its combined authority's own resource.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from urllib.parse import urlsplit

from publisher.errors import PublisherError
from publisher.package_data import DATA_DIR

REGISTER_CSV = DATA_DIR / "uk_local_authorities_current.csv"
SITES_CSV = DATA_DIR / "moderngov_sites.csv"
LINKS_CSV = DATA_DIR / "council_links.csv"
REGISTER_ATTRIBUTION = "mySociety, UK Local Authority Names and Codes (CC-BY-4.0)"
REGISTER_SOURCE = "https://github.com/mysociety/uk_local_authority_names_and_codes"
# Register type codes of strategic authorities over several councils: combined (county) authorities and the
# Greater London Authority ("Strategic Regional Authority"). The others are principal councils.
COMBINED_AUTHORITY_TYPES = frozenset({"COMB", "SRA"})
WIKIDATA_ID = re.compile(r"^Q[1-9][0-9]*$")
ODC_PREFIX = "http://opendatacommunities.org/id/"
GSS_CODE = re.compile(r"^[EWSN][0-9]{8}$")


def name_slug(text: str) -> str:
    """A slug from a name, as ``publisher.rdf.slug`` makes it (ASCII, lower case, hyphens)."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")


@dataclass(frozen=True)
class Council:
    """A principal council, or a combined authority (``is_combined_authority``), as the register states it."""

    slug: str  # GOV.UK slug, e.g. "stockport"; see ``_slugs`` for entries the register gives none
    gss: str  # e.g. "E08000007"
    name: str  # short name, e.g. "Stockport"
    official_name: str  # "Stockport Metropolitan Borough Council"
    authority_type: str  # "Metropolitan district"
    nation: str
    start_date: str | None = None
    end_date: str | None = None
    code: str = ""  # the register's own key, "SKP"
    type_code: str = ""  # "MD", "NMD", "UA", "COMB" …
    region: str | None = None
    combined_authority: Council | None = None
    successors: tuple[str, ...] = ()  # slugs of the authorities that replaced it ("replaced-by")
    moderngov_url: str | None = None  # base URL of its ModernGov site, where we know one
    wikidata: str | None = None  # "Q…", only from a cited source (data/council_links.csv)
    opendatacommunities: str | None = None  # an opendatacommunities.org IRI, likewise
    alt_names: tuple[str, ...] = ()
    slug_from_register: bool = True  # False: the register has no GOV.UK slug, ours is made from its name

    @property
    def is_combined_authority(self) -> bool:
        return self.type_code in COMBINED_AUTHORITY_TYPES

    @property
    def names(self) -> tuple[str, ...]:
        """Every name the register knows it by, for matching a name printed in a record."""
        return tuple(dict.fromkeys((self.official_name, self.name, *self.alt_names)))


@dataclass(frozen=True)
class CouncilLinks:
    """Identifiers of one council elsewhere, with the source that states them."""

    wikidata: str | None
    opendatacommunities: str | None
    source: str


@dataclass(frozen=True)
class CouncilRegister:
    councils: tuple[Council, ...]  # principal councils, each with its combined authority where it has one
    sites: dict[str, str]  # ModernGov host -> slug (of the first council listed for a shared site)
    combined_authorities: tuple[Council, ...] = ()
    # host -> every council the site serves: more than one for a site that councils share (Lewes and
    # Eastbourne), where the URL alone cannot say which council a record is of
    site_councils: dict[str, frozenset[str]] = field(default_factory=dict)

    def get(self, slug_or_gss: str) -> Council:
        """The council (or combined authority) named by GOV.UK slug, GSS code, or one of its names in the
        register ("Stockport", "Stockport Metropolitan Borough Council", as a sidecar's "Council:" line says
        it); a clear error for anything else, or for a name two councils share."""
        key = slug_or_gss.strip()
        known = (*self.councils, *self.combined_authorities)  # a combined authority keeps records too (GLA)
        for council in known:
            if key.lower() == council.slug or key.upper() == council.gss:
                return council
        named = {c.slug: c for c in known if key.casefold() in (n.casefold() for n in c.names)}
        if len(named) == 1:
            return next(iter(named.values()))
        if named:
            raise PublisherError(f"council {slug_or_gss!r} is the name of {len(named)} councils "
                                 f"({', '.join(sorted(named))}): give a GOV.UK slug or a GSS code")
        raise PublisherError(f"unknown council {slug_or_gss!r}: give a GOV.UK slug (e.g. stockport, "
                             f"south-cambridgeshire), a GSS code (e.g. E08000007) or the council's name")

    def for_url(self, url: str | None) -> Council | None:
        """The council whose ModernGov site serves ``url``, if we know the host."""
        if not url:
            return None
        host = (urlsplit(url).hostname or "").lower()
        slug = self.sites.get(host)
        return self.get(slug) if slug else None

    def contradiction(self, url: str | None, council: Council) -> Council | None:
        """The council ``url``'s ModernGov site serves, when it is not ``council`` (nor shares the site with
        it): a record cannot be filed under a council other than the one its source URL says."""
        by_url = self.for_url(url)
        if by_url is None or by_url.slug == council.slug:
            return None
        host = (urlsplit(url or "").hostname or "").lower()
        return None if council.slug in self.site_councils.get(host, frozenset()) else by_url

    def combined_authority_named(self, name: str) -> Council | None:
        """The combined authority the register knows by ``name`` ("Greater Manchester Combined Authority")."""
        wanted = name_slug(name)
        return next((ca for ca in self.combined_authorities
                     if wanted in {name_slug(n) for n in ca.names if len(n.split()) > 1}), None)


# -- reading the files ---------------------------------------------------------------------------------------


def _rows(path: Path) -> list[tuple[int, dict[str, str]]]:
    """The rows of a CSV file with their line numbers (the header is line 1)."""
    with path.open(encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        return [(reader.line_num, row) for row in reader]


def _slugs(rows: list[dict[str, str]]) -> dict[str, str]:
    """Register code -> slug. The GOV.UK slug where the register has one; else our own, from the short name
    (the official name for a combined authority, whose short name is a place: "Greater Manchester"), or
    from the official name where the short name's slug is already some council's GOV.UK slug (the new
    "Somerset Council" beside the abolished Somerset County Council, which keeps "somerset")."""
    taken = {row["gov-uk-slug"] for row in rows if row["gov-uk-slug"]}
    slugs: dict[str, str] = {}
    for row in rows:
        if row["gov-uk-slug"]:
            slugs[row["local-authority-code"]] = row["gov-uk-slug"]
            continue
        combined = row["local-authority-type"] in COMBINED_AUTHORITY_TYPES
        own = name_slug(row["official-name"] if combined else row["nice-name"])
        if own in taken:
            own = name_slug(row["official-name"])
        if own in taken:
            raise PublisherError(f"{REGISTER_CSV}: no unique slug for {row['local-authority-code']}")
        taken.add(own)
        slugs[row["local-authority-code"]] = own
    return slugs


def load_sites(path: Path = SITES_CSV) -> tuple[dict[str, str], dict[str, str]]:
    """ModernGov host -> council slug (the first row's, for a host on several rows: a shared site), and
    council slug -> the base URL of its site."""
    hosts: dict[str, str] = {}
    base_urls: dict[str, str] = {}
    for line, row in _rows(path):
        host, slug_ = (row.get("host") or "").strip().lower(), (row.get("council_slug") or "").strip()
        if not host or not slug_:
            raise PublisherError(f"{path}:{line}: host and council_slug are both needed")
        hosts.setdefault(host, slug_)
        base = (row.get("base_url") or "").strip()
        if base:
            if urlsplit(base).hostname != host or urlsplit(base).scheme not in ("http", "https"):
                raise PublisherError(f"{path}:{line}: base_url {base!r} is not an http(s) URL on {host}")
            base_urls.setdefault(slug_, base)
    return hosts, base_urls


def load_links(path: Path = LINKS_CSV, known_codes: frozenset[str] | None = None) -> dict[str, CouncilLinks]:
    """Register code -> identifiers elsewhere. Every filled row names its source; a malformed value is an
    error naming the file, line and column, never silently dropped."""
    if not path.exists():
        return {}
    links: dict[str, CouncilLinks] = {}
    for line, row in _rows(path):
        code = (row.get("local-authority-code") or "").strip()
        wikidata = (row.get("wikidata") or "").strip() or None
        odc = (row.get("opendatacommunities") or "").strip() or None
        source = (row.get("source") or "").strip()
        where = f"{path}:{line}"
        if known_codes is not None and code not in known_codes:
            raise PublisherError(f"{where}: local-authority-code {code!r} is not in the register")
        if wikidata and not WIKIDATA_ID.match(wikidata):
            raise PublisherError(f"{where}: wikidata {wikidata!r} is not a Wikidata item id such as Q21525")
        if odc and not odc.startswith(ODC_PREFIX):
            raise PublisherError(f"{where}: opendatacommunities {odc!r} is not an IRI under {ODC_PREFIX}")
        if (wikidata or odc) and not source:
            raise PublisherError(f"{where}: source is empty: say where the identifiers were taken from")
        if code in links:
            raise PublisherError(f"{where}: local-authority-code {code!r} is listed twice")
        links[code] = CouncilLinks(wikidata, odc, source)
    return links


def _council(row: dict[str, str], slugs: dict[str, str], base_urls: dict[str, str],
             links: dict[str, CouncilLinks], combined: dict[str, Council]) -> Council:
    code = row["local-authority-code"]
    found = links.get(code)
    successors = tuple(slugs[c.strip()] for c in row["replaced-by"].split(",") if c.strip() in slugs)
    return Council(
        slug=slugs[code], gss=row["gss-code"], name=row["nice-name"], official_name=row["official-name"],
        authority_type=row["local-authority-type-name"], nation=row["nation"],
        start_date=row["start-date"] or None, end_date=row["end-date"] or None, code=code,
        type_code=row["local-authority-type"], region=row["region"] or None,
        combined_authority=combined.get(row["combined-authority"]), successors=successors,
        moderngov_url=base_urls.get(slugs[code]),
        wikidata=found.wikidata if found else None, opendatacommunities=found.opendatacommunities if found else None,
        alt_names=tuple(n.strip() for n in row["alt-names"].split(",") if n.strip() and not n.strip().islower()),
        slug_from_register=bool(row["gov-uk-slug"]),
    )


@cache
def load_register(register: Path = REGISTER_CSV, sites: Path = SITES_CSV, links: Path = LINKS_CSV) -> CouncilRegister:
    """The register: rows with a GSS code (the 25 Northern Ireland districts abolished in 2015 have none and
    are left out: a council is published by its area)."""
    numbered = _rows(register)
    rows = [row for _, row in numbered if GSS_CODE.match(row.get("gss-code") or "")]
    slugs = _slugs(rows)
    hosts, base_urls = load_sites(sites)
    found = load_links(links, frozenset(slugs))
    combined: dict[str, Council] = {}
    for row in rows:
        if row["local-authority-type"] in COMBINED_AUTHORITY_TYPES:
            combined[row["local-authority-code"]] = _council(row, slugs, base_urls, found, {})
    councils = tuple(_council(row, slugs, base_urls, found, combined) for row in rows
                     if row["local-authority-type"] not in COMBINED_AUTHORITY_TYPES)
    known = {c.slug for c in councils}
    served = _site_councils(sites)
    for host, slugs in served.items():
        for slug_ in sorted(slugs - known):
            raise PublisherError(f"{sites}: host {host} names council {slug_!r}, which is not in the register")
    return CouncilRegister(councils, hosts, tuple(combined.values()), served)


def _site_councils(path: Path) -> dict[str, frozenset[str]]:
    """Host -> the slugs of every row naming it: the councils a (shared) site serves."""
    served: dict[str, set[str]] = {}
    for _, row in _rows(path):
        served.setdefault((row.get("host") or "").strip().lower(), set()).add((row.get("council_slug") or "").strip())
    return {host: frozenset(slugs) for host, slugs in served.items()}
