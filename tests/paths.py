"""Where the suite's shared files are, for test modules at any depth of ``tests/`` (the layout mirrors the
package: ``tests/sources``, ``tests/query``, ``tests/store``, ``tests/web``, and ``tests/hardening``)."""

from pathlib import Path

TESTS = Path(__file__).resolve().parent
ROOT = TESTS.parent
BUNDLED = ROOT / "data" / "records"  # the records a new server publishes
FOUNDING = BUNDLED / "stockport_issue_68785_ssp_priorities_cts.txt"  # the record many tests ingest first
SECOND = BUNDLED / "stockport_issue_94630_scrutiny_topics_two_meetings.txt"  # and the one they ingest after it
