"""The repository stands alone: the design its code cites is in it, and no code or test reads beside it."""

from __future__ import annotations

import re
from pathlib import Path

from tests.conftest import ROOT

ARCHITECTURE = ROOT / "docs" / "architecture.md"
CITATION = re.compile(r"docs/architecture\.md §(\d+)(?:\.(\d+))?")
CITING = ["publisher/**/*.py", "tests/**/*.py", "*.md", "bench/*.md", "ontology/*", "shapes/*.ttl", "data/*.toml"]


def citing_files() -> list[Path]:
    return sorted({path for pattern in CITING for path in ROOT.glob(pattern) if path.is_file()})


def sections() -> dict[int, str]:
    """The design's numbered sections (``## 1. Data flow``), each with its text."""
    parts = re.split(r"^## (\d+)\. ", ARCHITECTURE.read_text(encoding="utf-8"), flags=re.M)
    return {int(number): text for number, text in zip(parts[1::2], parts[2::2], strict=True)}


def test_every_citation_of_the_design_names_a_section_it_has() -> None:
    """Code cites the design by section ("docs/architecture.md §5.7"): a citation must land on that section, and
    on its numbered point where it names one."""
    found = sections()
    assert sorted(found) == [1, 2, 3, 4, 5, 6, 7]
    cited = 0
    for path in citing_files():
        for match in CITATION.finditer(path.read_text(encoding="utf-8")):
            section, point = int(match[1]), match[2]
            assert section in found, f"{path}: {match[0]}"
            assert point is None or re.search(rf"^{point}\. ", found[section], re.M), f"{path}: {match[0]}"
            cited += 1
    assert cited > 20  # the code does cite it: a pattern that matched nothing would prove nothing


def test_nothing_reads_beside_the_repository() -> None:
    """A clone must run its tests with nothing beside it: no path into a sibling folder such as ../shared."""
    outside = re.compile(r"""parents\[2\]|ROOT\.parent\b|\.\./shared|/ ["']shared["']""")
    readers = sorted((ROOT / "publisher").rglob("*.py")) + sorted((ROOT / "tests").glob("*.py"))
    offenders = [f"{path.relative_to(ROOT)}:{number}" for path in readers if path.name != "test_repository.py"
                 for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
                 if outside.search(line)]
    assert offenders == []
    assert not re.search(r"DESIGN\.md", "".join(p.read_text(encoding="utf-8") for p in citing_files()))
