"""The council register: every UK principal council, looked up by GOV.UK slug, GSS code or ModernGov host.

Built from mySociety's "UK Local Authority Names and Codes" (CC-BY-4.0), copied into ``data/``.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from urllib.parse import urlsplit

from publisher.errors import PublisherError
from publisher.settings import DATA_DIR

REGISTER_CSV = DATA_DIR / "uk_local_authorities_current.csv"
SITES_CSV = DATA_DIR / "moderngov_sites.csv"
REGISTER_ATTRIBUTION = "mySociety, UK Local Authority Names and Codes (CC-BY-4.0)"


@dataclass(frozen=True)
class Council:
    slug: str  # GOV.UK slug, e.g. "stockport"
    gss: str  # e.g. "E08000007"
    name: str  # short name, e.g. "Stockport"
    official_name: str  # "Stockport Metropolitan Borough Council"
    authority_type: str  # "Metropolitan district"
    nation: str
    start_date: str | None = None
    end_date: str | None = None


@dataclass(frozen=True)
class CouncilRegister:
    councils: tuple[Council, ...]
    sites: dict[str, str]  # ModernGov host -> slug

    def get(self, slug_or_gss: str) -> Council:
        """The council named by GOV.UK slug or GSS code; a clear error for anything else."""
        key = slug_or_gss.strip()
        for council in self.councils:
            if key.lower() == council.slug or key.upper() == council.gss:
                return council
        raise PublisherError(f"unknown council {slug_or_gss!r}: give a GOV.UK slug (e.g. stockport, "
                             f"south-cambridgeshire) or a GSS code (e.g. E08000007)")

    def for_url(self, url: str | None) -> Council | None:
        """The council whose ModernGov site serves ``url``, if we know the host."""
        if not url:
            return None
        host = (urlsplit(url).hostname or "").lower()
        slug = self.sites.get(host)
        return self.get(slug) if slug else None


def _council_from_row(row: dict[str, str]) -> Council | None:
    if not row.get("gov-uk-slug") or not row.get("gss-code"):
        return None  # combined authorities and a few bodies have no GOV.UK slug: not councils we publish
    return Council(
        slug=row["gov-uk-slug"], gss=row["gss-code"], name=row["nice-name"],
        official_name=row["official-name"], authority_type=row["local-authority-type-name"],
        nation=row["nation"], start_date=row["start-date"] or None, end_date=row["end-date"] or None,
    )


@cache
def load_register(register: Path = REGISTER_CSV, sites: Path = SITES_CSV) -> CouncilRegister:
    with register.open(encoding="utf-8", newline="") as f:
        councils = tuple(c for c in map(_council_from_row, csv.DictReader(f)) if c)
    with sites.open(encoding="utf-8", newline="") as f:
        hosts = {row["host"].lower(): row["council_slug"] for row in csv.DictReader(f)}
    return CouncilRegister(councils, hosts)
