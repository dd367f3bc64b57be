"""Settings of a deployment: defaults from ``data/settings.toml``, overridden by command-line options."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, replace
from pathlib import Path

from publisher.errors import PublisherError

DATA_DIR = Path(__file__).resolve().parent.parent / "data"
CONTACT_POLICIES = ("publish", "role-only", "drop")


@dataclass(frozen=True)
class Settings:
    base_uri: str = "http://127.0.0.1:8000"
    council: str = "stockport"  # default council slug when a record's source does not say
    contact_details: str = "role-only"
    store: Path = Path("var/store")
    # Members per /changes page (publisher.web.changes). Fixed for a deployment: full pages are cached by
    # clients forever, so changing it re-pages the stream under the same URLs.
    changes_page_size: int = 100

    def with_overrides(self, **values: object) -> Settings:
        """A copy with every non-None value replaced; checks the result."""
        changed = replace(self, **{k: v for k, v in values.items() if v is not None})
        changed.check()
        return changed

    def check(self) -> None:
        if self.contact_details not in CONTACT_POLICIES:
            raise PublisherError(f"contact_details must be one of {', '.join(CONTACT_POLICIES)}, "
                                 f"not {self.contact_details!r}")
        if not self.base_uri.startswith(("http://", "https://")):
            raise PublisherError(f"base URI must be an http(s) URI, not {self.base_uri!r}")
        if not 1 <= self.changes_page_size <= 10_000:
            raise PublisherError(f"changes_page_size must be between 1 and 10000, not {self.changes_page_size}")


def load_settings(path: Path = DATA_DIR / "settings.toml") -> Settings:
    """Read the settings file; a missing file means the built-in defaults."""
    if not path.exists():
        return Settings()
    try:
        values = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as err:
        raise PublisherError(f"{path}: not valid TOML: {err}") from err
    known = {k: values[k] for k in ("base_uri", "council", "contact_details", "changes_page_size") if k in values}
    if "store" in values:
        known["store"] = Path(values["store"])
    settings = Settings(**known)
    settings.check()
    return replace(settings, base_uri=settings.base_uri.rstrip("/"))
